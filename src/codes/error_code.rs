//! [`ErrorCode`]: the errors of `onError`.

code_set! {
    /// Callback error code (`ErrorCode`, SDK file `ErrorCode.cs`).
    ///
    /// The SDK calls `onError` with one of these codes when it hits an error it cannot recover from by
    /// itself; the application has to act (renew the token, join again, tell the user).
    ///
    /// ```
    /// use bytertc_codes::{ErrorCode, Locale};
    ///
    /// fn on_error(raw: i32) -> String {
    ///     match ErrorCode::try_from(raw) {
    ///         Ok(ErrorCode::InvalidToken) => "renew the token".to_owned(),
    ///         Ok(code) => code.localized(Locale::Zh).to_string(),
    ///         Err(unknown) => format!("{unknown}"),
    ///     }
    /// }
    ///
    /// assert_eq!(on_error(-1000), "renew the token");
    /// assert_eq!(on_error(-1009), "Token 过期。调用 joinRoom 使用新的 Token 重新加入房间。（-1009）");
    /// assert_eq!(on_error(-1234), "unknown ByteRTC ErrorCode: -1234");
    /// ```
    pub enum ErrorCode {
        InvalidToken = "-1000" {
            names: {
                "ERROR_CODE_INVALID_TOKEN": [Unity, Android],
                "ByteRTCErrorCodeInvalidToken": [Ios, Macos],
                "kErrorCodeInvalidToken": [Windows, Linux, Electron],
            },
            zh: ["Token 无效。", "进房时使用的 Token 无效或过期失效。需要用户重新获取 Token，并调用 updateToken 方法更新 Token。"],
            en: [
                "Token is invalid",
                "The token used to join the room is invalid or has expired. The user needs to obtain a new token and call the updateToken method to update it.",
            ],
        }
        JoinRoom = "-1001" {
            names: {
                "ERROR_CODE_JOIN_ROOM": [Unity, Android],
                "ByteRTCErrorCodeJoinRoom": [Ios, Macos],
                "kErrorCodeJoinRoom": [Windows, Linux, Electron],
            },
            zh: ["加入房间错误。", "进房时发生未知错误导致加入房间失败。需要用户重新加入房间。"],
            en: [
                "Error joining the room",
                "An unknown error occurred while joining the room, so joining failed. The user needs to join the room again.",
            ],
        }
        NoPublishPermission = "-1002" {
            names: {
                "ERROR_CODE_NO_PUBLISH_PERMISSION": [Unity, Android],
                "ByteRTCErrorCodeNoPublishPermission": [Ios, Macos],
                "kErrorCodeNoPublishPermission": [Windows, Linux, Electron],
            },
            zh: ["没有发布音视频流权限。", "用户在所在房间中发布音视频流失败，失败原因为用户没有发布流的权限。"],
            en: [
                "No permission to publish audio and video streams",
                "The user failed to publish audio and video streams in the room because the user does not have permission to publish streams.",
            ],
        }
        NoSubscribePermission = "-1003" {
            names: {
                "ERROR_CODE_NO_SUBSCRIBE_PERMISSION": [Unity, Android],
                "ByteRTCErrorCodeNoSubscribePermission": [Ios, Macos],
                "kErrorCodeNoSubscribePermission": [Windows, Linux, Electron],
            },
            zh: ["没有订阅音视频流权限。", "用户订阅所在房间中的音视频流失败，失败原因为用户没有订阅流的权限。"],
            en: [
                "No permission to subscribe to audio and video streams",
                "The user failed to subscribe to audio and video streams in the room because the user does not have permission to subscribe to streams.",
            ],
        }
        DuplicateLogin = "-1004" {
            names: {
                "ERROR_CODE_DUPLICATE_LOGIN": [Unity, Android],
                "ByteRTCErrorCodeDuplicateLogin": [Ios, Macos],
                "kErrorCodeDuplicateLogin": [Windows, Linux, Electron],
            },
            zh: ["相同用户 ID 的用户加入本房间，当前用户被踢出房间"],
            en: ["A user with the same user ID joined this room, so the current user was kicked out of the room"],
        }
        AppIdNull = "-1005" {
            names: {
                "ERROR_CODE_APP_ID_NULL": [Unity, Android],
            },
            zh: ["App ID 参数异常。", "创建引擎时传入的 App ID 参数为空。"],
            en: [
                "Invalid App ID parameter",
                "The App ID passed in when creating the engine is empty.",
            ],
        }
        KickedOut = "-1006" {
            names: {
                "ERROR_CODE_KICKED_OUT": [Unity, Android],
                "ByteRTCErrorCodeKickedOut": [Ios, Macos],
                "kErrorCodeKickedOut": [Windows, Linux, Electron],
            },
            zh: ["服务端调用 OpenAPI 将当前用户踢出房间"],
            en: ["The server kicked the current user out of the room by calling OpenAPI"],
        }
        RoomIdIllegal = "-1007" {
            names: {
                "ERROR_CODE_ROOM_ID_ILLEGAL": [Unity, Android],
                "ByteRTCErrorCodeRoomIdIllegal": [Ios, Macos],
                "kRoomErrorCodeRoomIdIllegal": [Windows, Linux, Electron],
            },
            zh: ["当调用 createRoom ，如果 roomId 非法，会返回 null，并抛出该错误"],
            en: ["When createRoom is called with an invalid roomId, it returns null and throws this error"],
        }
        TokenExpired = "-1009" {
            names: {
                "ERROR_CODE_TOKEN_EXPIRED": [Unity, Android],
                "ByteRTCErrorCodeTokenExpired": [Ios, Macos],
                "kRoomErrorTokenExpired": [Windows, Linux, Electron],
            },
            zh: ["Token 过期。调用 joinRoom 使用新的 Token 重新加入房间。"],
            en: ["The token has expired; call joinRoom with a new token to rejoin the room"],
        }
        UpdateTokenWithInvalidToken = "-1010" {
            names: {
                "ERROR_CODE_UPDATE_TOKEN_WITH_INVALID_TOKEN": [Unity, Android],
                "ByteRTCErrorCodeUpdateTokenWithInvalidToken": [Ios, Macos],
                "kRoomErrorUpdateTokenWithInvalidToken": [Windows, Linux, Electron],
            },
            zh: ["调用 updateToken 传入的 Token 无效"],
            en: ["The token passed to updateToken is invalid"],
        }
        RoomDismiss = "-1011" {
            names: {
                "ERROR_CODE_ROOM_DISMISS": [Unity, Android],
                "ByteRTCErrorCodeRoomDismiss": [Ios, Macos],
                "kErrorCodeRoomDismiss": [Windows, Linux, Electron],
            },
            zh: ["服务端调用 OpenAPI 解散房间，所有用户被移出房间。"],
            en: ["The server dismissed the room by calling OpenAPI, and all users were removed from the room"],
        }
        JoinRoomWithoutLicenseAuthenticateSdk = "-1012" {
            names: {
                "ERROR_CODE_JOIN_ROOM_WITHOUT_LICENSE_AUTHENTICATE_SDK": [Unity],
                "kErrorCodeJoinRoomWithoutLicenseAuthenticateSDK": [Electron],
            },
            zh: ["加入房间错误。", "调用 joinRoom 方法时, LICENSE 计费账号未使用 LICENSE_AUTHENTICATE SDK，加入房间错误。"],
            en: [
                "Error joining the room",
                "When joinRoom was called, the LICENSE billing account was not using the LICENSE_AUTHENTICATE SDK, so joining the room failed.",
            ],
        }
        RoomAlreadyExist = "-1013" {
            names: {
                "ERROR_CODE_ROOM_ALREADY_EXIST": [Unity, Android],
                "ByteRTCRoomAlreadyExist": [Ios, Macos],
                "kErrorCodeRoomAlreadyExist": [Windows, Linux, Electron],
            },
            zh: ["通话回路检测已经存在同样 roomId 的房间了"],
            en: ["Echo test: a room with the same roomId already exists"],
        }
        UserIdDifferent = "-1014" {
            names: {
                "ERROR_CODE_USER_ID_DIFFERENT": [Unity, Android],
                "ByteRTCUserIDDifferent": [Ios, Macos],
                "kErrorCodeUserIDDifferent": [Windows, Linux],
            },
            zh: ["加入多个房间时使用了不同的 uid。", "同一个引擎实例中，用户需使用同一个 uid 加入不同的房间。"],
            en: [
                "Different uids were used to join multiple rooms",
                "Within the same engine instance, the user must use the same uid to join different rooms.",
            ],
        }
        ServerLicenseExpire = "-1017" {
            names: {
                "ERROR_CODE_SERVER_LICENSE_EXPIRE": [Unity],
            },
            zh: ["服务端license过期，拒绝进房。"],
            en: ["The server license has expired, so joining the room is refused"],
        }
        ExceedsTheUpperLimit = "-1018" {
            names: {
                "ERROR_CODE_EXCEEDS_THE_UPPER_LIMIT": [Unity],
            },
            zh: ["超过服务端license许可的并发量上限，拒绝进房。"],
            en: ["The concurrency limit allowed by the server license has been exceeded, so joining the room is refused"],
        }
        LicenseParameterError = "-1019" {
            names: {
                "ERROR_CODE_LICENSE_PARAMETER_ERROR": [Unity],
            },
            zh: ["license参数错误，拒绝进房。"],
            en: ["A license parameter is incorrect, so joining the room is refused"],
        }
        LicenseFilePathError = "-1020" {
            names: {
                "ERROR_CODE_LICENSE_FILE_PATH_ERROR": [Unity],
            },
            zh: ["license证书路径错误。"],
            en: ["The license certificate path is incorrect"],
        }
        LicenseIllegal = "-1021" {
            names: {
                "ERROR_CODE_LICENSE_ILLEGAL": [Unity],
            },
            zh: ["license证书不合法。"],
            en: ["The license certificate is invalid"],
        }
        LicenseExpired = "-1022" {
            names: {
                "ERROR_CODE_LICENSE_EXPIRED": [Unity],
            },
            zh: ["license证书已经过期，拒绝进房。"],
            en: ["The license certificate has expired, so joining the room is refused"],
        }
        LicenseInformationNotMatch = "-1023" {
            names: {
                "ERROR_CODE_LICENSE_INFORMATION_NOT_MATCH": [Unity],
            },
            zh: ["license证书内容不匹配。"],
            en: ["The license certificate content does not match"],
        }
        LicenseNotMatchWithCache = "-1024" {
            names: {
                "ERROR_CODE_LICENSE_NOT_MATCH_WITH_CACHE": [Unity],
            },
            zh: ["license当前证书与缓存证书不匹配。"],
            en: ["The current license certificate does not match the cached certificate"],
        }
        JoinRoomRoomForbidden = "-1025" {
            names: {
                "ERROR_CODE_JOIN_ROOM_ROOM_FORBIDDEN": [Android],
                "ByteRTCErrorCodeJoinRoomRoomForbidden": [Ios, Macos],
                "kErrorCodeJoinRoomRoomForbidden": [Windows, Linux, Electron],
            },
            zh: ["房间被封禁。通过 onRoomStateChanged 回调。"],
            en: ["The room is banned; reported via the onRoomStateChanged callback"],
        }
        JoinRoomUserForbidden = "-1026" {
            names: {
                "ERROR_CODE_JOIN_ROOM_USER_FORBIDDEN": [Android],
                "ByteRTCErrorCodeJoinRoomUserForbidden": [Ios, Macos],
                "kErrorCodeJoinRoomUserForbidden": [Windows, Linux, Electron],
            },
            zh: ["用户被封禁。通过 onRoomStateChanged 回调。"],
            en: ["The user is banned; reported via the onRoomStateChanged callback"],
        }
        JoinRoomLicenseFunctionNotFound = "-1027" {
            names: {
                "kErrorCodeJoinRoomLicenseFunctionNotFound": [Electron],
            },
            zh: ["license 计费方法没有加载成功。可能是因为 license 相关插件未正确集成。"],
            en: ["The license billing method failed to load, possibly because the license plugin is not integrated correctly"],
        }
        OverSubscribeLimit = "-1070" {
            names: {
                "ERROR_CODE_OVER_SUBSCRIBE_LIMIT": [Unity, Android],
                "ByteRTCErrorCodeOverStreamSubscribeLimit": [Ios, Macos],
                "kErrorCodeOverStreamSubscribeLimit": [Windows, Linux, Electron],
            },
            zh: [
                "订阅音视频流失败，订阅音视频流总数超过上限。",
                "游戏场景下为了保证音视频通话的性能和质量，服务器会限制用户订阅的音视频流的总数。当用户订阅的音视频流总数已达上限时，继续订阅更多流时会失败，同时用户会收到此错误通知。",
            ],
            en: [
                "Failed to subscribe to audio and video streams: the total number of subscribed streams exceeds the limit",
                "In game scenarios, to ensure the performance and quality of audio and video calls, the server limits the total number of audio and video streams a user can subscribe to. Once the user has reached this limit, any attempt to subscribe to more streams fails and the user receives this error.",
            ],
        }
        OverStreamPublishLimit = "-1080" {
            names: {
                "ERROR_CODE_OVER_STREAM_PUBLISH_LIMIT": [Unity, Android],
                "ByteRTCErrorCodeOverStreamPublishLimit": [Ios, Macos],
                "kErrorCodeOverStreamPublishLimit": [Windows, Linux, Electron],
            },
            zh: [
                "发布流失败，发布流总数超过上限。",
                "RTC 系统会限制单个房间内发布的总流数，总流数包括视频流、音频流和屏幕流。如果房间内发布流数已达上限时，本地用户再向房间中发布流时会失败，同时会收到此错误通知。",
            ],
            en: [
                "Failed to publish the stream: the total number of published streams exceeds the limit",
                "The RTC system limits the total number of streams published in a single room, counting video, audio and screen streams together. Once the number of streams published in the room has reached the limit, any further stream the local user publishes to the room fails and the user receives this error.",
            ],
        }
        OverScreenPublishLimit = "-1081" {
            names: {
                "ERROR_CODE_OVER_SCREEN_PUBLISH_LIMIT": [Unity, Android],
                "ByteRTCErrorCodeOverScreenPublishLimit": [Ios, Macos],
                "kErrorCodeOverScreenPublishLimit": [Windows, Linux],
            },
            deprecated: "3.52" => OverStreamPublishLimit,
            zh: [
                "发布屏幕流失败，发布流总数超过上限。",
                "RTC 系统会限制单个房间内发布的总流数，总流数包括视频流、音频流和屏幕流。如果房间内发布流数已达上限时，本地用户再向房间中发布流时会失败，同时会收到此错误通知。",
            ],
            en: [
                "Failed to publish the screen stream: the total number of published streams exceeds the limit",
                "The RTC system limits the total number of streams published in a single room, counting video, audio and screen streams together. Once the number of streams published in the room has reached the limit, any further stream the local user publishes to the room fails and the user receives this error.",
            ],
        }
        OverVideoPublishLimit = "-1082" {
            names: {
                "ERROR_CODE_OVER_VIDEO_PUBLISH_LIMIT": [Unity, Android],
                "ByteRTCErrorCodeOverVideoPublishLimit": [Ios, Macos],
                "kErrorCodeOverVideoPublishLimit": [Windows, Linux],
            },
            deprecated: "3.52" => OverStreamPublishLimit,
            zh: [
                "发布视频流总数超过上限。",
                "RTC 系统会限制单个房间内发布的视频流数。如果房间内发布视频流数已达上限时，本地用户再向房间中发布视频流时会失败，同时会收到此错误通知。",
            ],
            en: [
                "The total number of published video streams exceeds the limit",
                "The RTC system limits the number of video streams published in a single room. Once the number of video streams published in the room has reached the limit, any further video stream the local user publishes to the room fails and the user receives this error.",
            ],
        }
        InvalidAudioSyncUseridRepeated = "-1083" {
            names: {
                "ERROR_CODE_INVALID_AUDIO_SYNC_USERID_REPEATED": [Unity, Android],
                "ByteRTCErrorCodInvalidAudioSyncUidRepeated": [Ios, Macos],
                "kErrorCodeInvalidAudioSyncUidRepeated": [Windows, Linux, Electron],
            },
            zh: ["音视频同步失败。", "当前音频源已与其他视频源关联同步关系。", "单个音频源不支持与多个视频源同时同步。"],
            en: [
                "Audio-video synchronization failed",
                "The current audio source is already synchronized with another video source.",
                "A single audio source cannot be synchronized with multiple video sources at the same time.",
            ],
        }
        AbnormalServerStatus = "-1084" {
            names: {
                "ERROR_CODE_ABNORMAL_SERVER_STATUS": [Unity, Android],
                "ByteRTCErrorCodeAbnormalServerStatus": [Ios, Macos],
                "kErrorCodeAbnormalServerStatus": [Windows, Linux, Electron],
            },
            zh: ["服务端异常状态导致退出房间。", "SDK与信令服务器断开，并不再自动重连，可联系技术支持。"],
            en: [
                "Left the room due to an abnormal server state",
                "The SDK has been disconnected from the signaling server and will not reconnect automatically. You can contact technical support.",
            ],
        }
    }
}
