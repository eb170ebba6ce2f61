//! [`WarningCode`]: the warnings of `onWarning`.

code_set! {
    /// Callback warning code (`WarningCode`, SDK file `WarningCode.cs`).
    ///
    /// The SDK calls `onWarning` with one of these codes when it has hit a problem and is trying to recover
    /// by itself. Warnings are notifications only.
    ///
    /// ```
    /// use bytertc_codes::WarningCode;
    ///
    /// let warning: WarningCode = "WARNING_CODE_SUBSCRIBE_STREAM_FAILED404".parse().unwrap();
    /// assert_eq!(warning.code(), -2003);
    /// assert_eq!(i32::from(warning), -2003);
    /// ```
    pub enum WarningCode {
        GetRoomFailed = "-2000" {
            names: {
                "WARNING_CODE_GET_ROOM_FAILED": [Android],
                "ByteRTCWarningCodeGetRoomFailed": [Ios, Macos],
                "kWarningCodeGetRoomFailed": [Windows, Linux],
            },
            deprecated: "3.45",
            zh: [
                "获取房间信息失败警告",
                "注意",
                "SDK 获取房间信息失败（包含超时，返回非 200 的错误码），每隔两秒重试一次。",
                "连续失败 5 次后，报该 warning，并继续重试。",
                "建议提示用户：进入房间失败，请稍后再试",
            ],
            en: [
                "Failed to get room information",
                "Note:",
                "If the SDK fails to get room information (including timeouts and non-200 error codes), it retries every two seconds.",
                "After 5 consecutive failures, the SDK reports this warning and keeps retrying.",
                "We recommend telling the user that joining the room failed and that they should try again later.",
            ],
        }
        JoinRoomFailed = "-2001" {
            names: {
                "WARNING_CODE_JOIN_ROOM_FAILED": [Unity, Android],
                "ByteRTCWarningCodeJoinRoomFailed": [Ios, Macos],
                "kWarningCodeJoinRoomFailed": [Windows, Linux, Electron],
            },
            zh: ["进房失败。", "初次进房或者由于网络状况不佳断网重连时，由于服务器错误导致进房失败。SDK 会自动重试进房。"],
            en: [
                "Failed to join the room",
                "Joining the room failed because of a server error, on the first attempt or while reconnecting after a disconnection caused by poor network conditions. The SDK automatically retries joining the room.",
            ],
        }
        PublishStreamFailed = "-2002" {
            names: {
                "WARNING_CODE_PUBLISH_STREAM_FAILED": [Unity, Android],
                "ByteRTCWarningCodePublishStreamFailed": [Ios, Macos],
                "kWarningCodePublishStreamFailed": [Windows, Linux, Electron],
            },
            zh: ["发布音视频流失败。", "当你在所在房间中发布音视频流时，由于服务器错误导致发布失败。SDK 会自动重试发布。"],
            en: [
                "Failed to publish audio and video streams",
                "Publishing audio and video streams in your room failed due to a server error. The SDK automatically retries publishing.",
            ],
        }
        SubscribeStreamFailed404 = "-2003" {
            names: {
                "WARNING_CODE_SUBSCRIBE_STREAM_FAILED404": [Unity, Android],
                "ByteRTCWarningCodeSubscribeStreamFailed404": [Ios, Macos],
                "kWarningCodeSubscribeStreamFailed404": [Windows, Linux, Electron],
            },
            zh: ["订阅音视频流失败。", "当前房间中找不到订阅的音视频流导致订阅失败。SDK 会自动重试订阅，若仍订阅失败则建议你退出重试。"],
            en: [
                "Failed to subscribe to audio and video streams",
                "The subscription failed because the subscribed audio and video streams could not be found in the current room. The SDK automatically retries the subscription; if it still fails, we recommend that you leave the room and try again.",
            ],
        }
        SubscribeStreamFailed5xx = "-2004" {
            names: {
                "WARNING_CODE_SUBSCRIBE_STREAM_FAILED5XX": [Unity, Android],
                "ByteRTCWarningCodeSubscribeStreamFailed5xx": [Ios, Macos],
                "kWarningCodeSubscribeStreamFailed5xx": [Windows, Linux, Electron],
            },
            zh: ["订阅音视频流失败。", "当你订阅所在房间中的音视频流时，由于服务器错误导致订阅失败。SDK 会自动重试订阅。"],
            en: [
                "Failed to subscribe to audio and video streams",
                "Subscribing to audio and video streams in your room failed due to a server error. The SDK automatically retries the subscription.",
            ],
        }
        #[doc(alias = "PublishStreamForbidden")]
        PublishStreamForbiden = "-2009" {
            names: {
                "WARNING_CODE_PUBLISH_STREAM_FORBIDEN": [Unity, Android],
                "ByteRTCWarningCodePublishStreamForbiden": [Ios, Macos],
                "kWarningCodePublishStreamForbiden": [Windows, Linux, Electron],
            },
            zh: ["当调用 setUserVisibility 将自身可见性设置为 false 后，再尝试发布流会触发此警告。"],
            en: ["Trying to publish a stream after calling setUserVisibility to set your own visibility to false triggers this warning"],
        }
        #[doc(alias = "SubscribeStreamForbidden")]
        SubscribeStreamForbiden = "-2010" {
            names: {
                "WARNING_CODE_SUBSCRIBE_STREAM_FORBIDEN": [Android],
                "ByteRTCWarningCodeSubscribeStreamForbiden": [Ios, Macos],
                "kWarningCodeSubscribeStreamForbiden": [Windows, Linux],
            },
            deprecated: "3.45",
            zh: [
                "自动订阅模式未关闭时，尝试开启手动订阅模式会触发此警告。",
                "你需在进房前关闭自动订阅模式，再调用 subscribeUserStream 方法手动订阅音视频流。",
            ],
            en: [
                "Trying to enable manual subscription mode while automatic subscription mode is still on triggers this warning",
                "Disable automatic subscription before joining the room, then call subscribeUserStream to subscribe to audio and video streams manually.",
            ],
        }
        SendCustomMessage = "-2011" {
            names: {
                "WARNING_CODE_SEND_CUSTOM_MESSAGE": [Unity, Android],
                "ByteRTCWarningCodeSendCustomMessage": [Ios, Macos],
                "kWarningCodeSendCustomMessage": [Windows, Linux, Electron],
            },
            zh: ["发送自定义广播消息失败, 当前你未在房间中。"],
            en: ["Failed to send the custom broadcast message because you are not in the room"],
        }
        ReceiveUserNotifyStop = "-2013" {
            names: {
                "WARNING_CODE_RECEIVE_USER_NOTIFY_STOP": [Unity, Android],
                "ByteRTCWarningCodeCodeUserNotifyStop": [Ios, Macos],
                "kWarningCodeUserNotifyStop": [Windows, Linux, Electron],
            },
            zh: ["当房间内人数超过 500 人时，停止向房间内已有用户发送 onUserJoined 和 onUserLeave 回调，并通过广播提示房间内所有用户。"],
            en: ["When the room has more than 500 users, the onUserJoined and onUserLeave callbacks stop being sent to existing users in the room, and all users in the room are notified by broadcast"],
        }
        UserInPublish = "-2014" {
            names: {
                "WARNING_CODE_USER_IN_PUBLISH": [Unity, Android],
                "ByteRTCWarningCodeUserInPublish": [Ios, Macos],
                "kWarningCodeUserInPublish": [Windows, Linux, Electron],
            },
            zh: ["用户已经在其他房间发布过流，或者用户正在发布公共流。"],
            en: ["The user has already published streams in another room, or the user is publishing a public stream"],
        }
        RoomIdAlreadyExist = "-2015" {
            names: {
                "WARNING_CODE_ROOM_ID_ALREADY_EXIST": [Android],
                "ByteRTCWarningCodeRoomAlreadyExist": [Ios, Macos],
            },
            deprecated: "3.45",
            zh: ["已存在同样 roomId 的房间。"],
            en: ["A room with the same roomId already exists"],
        }
        OldRoomBeenReplaced = "-2016" {
            names: {
                "WARNING_CODE_OLD_ROOM_BEEN_REPLACED": [Unity, Android],
                "ByteRTCWarningCodeOldRoomBeenReplaced": [Ios, Macos],
                "kWarningCodeOldRoomBeenReplaced": [Windows, Linux, Electron],
            },
            zh: ["已存在相同 roomId 的房间，新创建的房间实例已替换旧房间实例。"],
            en: ["A room with the same roomId already exists, and the newly created room instance has replaced the old one"],
        }
        InEchoTestMode = "-2017" {
            names: {
                "WARNING_CODE_IN_ECHO_TEST_MODE": [Unity, Android],
                "ByteRTCWarningCodeInEchoTestMode": [Ios, Macos],
                "kWarningCodeInEchoTestMode": [Windows, Linux, Electron],
            },
            zh: ["当前正在进行回路测试，该接口调用无效"],
            en: ["An echo test is in progress, so this API call has no effect"],
        }
        NoCameraPermission = "-5001" {
            names: {
                "WARNING_CODE_NO_CAMERA_PERMISSION": [Unity, Android],
                "ByteRTCWarningCodeNoCameraPermission": [Ios, Macos],
                "kWarningCodeNoCameraPermission": [Windows, Linux, Electron],
            },
            zh: ["摄像头权限异常，当前应用没有获取摄像头权限。"],
            en: ["Camera permission error: the current app has not been granted camera permission"],
        }
        NoMicrophonePermission = "-5002" {
            names: {
                "WARNING_CODE_NO_MICROPHONE_PERMISSION": [Android],
                "ByteRTCWarningCodeNoMicrophonePermission": [Ios, Macos],
                "kWarningCodeNoMicrophonePermission": [Windows, Linux],
            },
            deprecated: "3.33",
            zh: ["麦克风权限异常，当前应用没有获取麦克风权限。"],
            en: ["Microphone permission error: the current app has not been granted microphone permission"],
        }
        #[doc(alias = "RecordingDeviceStartFailed")]
        RecodingDeviceStartFailed = "-5003" {
            names: {
                "WARNING_CODE_RECODING_DEVICE_START_FAILED": [Android],
                "ByteRTCWarningCodeAudioDeviceManagerRecordingStartFail": [Ios, Macos],
                "kWarningCodeRecodingDeviceStartFailed": [Windows, Linux],
            },
            deprecated: "3.33",
            zh: ["音频采集设备启动失败。", "启动音频采集设备失败，当前设备可能被其他应用占用。"],
            en: [
                "Failed to start the audio capture device",
                "The audio capture device could not be started; it may be in use by another application.",
            ],
        }
        PlayoutDeviceStartFailed = "-5004" {
            names: {
                "WARNING_CODE_PLAYOUT_DEVICE_START_FAILED": [Android],
                "ByteRTCWarningCodeAudioDeviceManagerPlayoutStartFail": [Ios, Macos],
                "kWarningCodePlayoutDeviceStartFailed": [Windows, Linux],
            },
            deprecated: "3.33",
            zh: ["音频播放设备启动失败警告。", "可能由于系统资源不足，或参数错误。"],
            en: [
                "Failed to start the audio playback device",
                "This may be caused by insufficient system resources or invalid parameters.",
            ],
        }
        NoRecordingDevice = "-5005" {
            names: {
                "WARNING_CODE_NO_RECORDING_DEVICE": [Android],
                "ByteRTCWarningCodeNoRecordingDevice": [Ios, Macos],
                "kWarningCodeNoRecordingDevice": [Windows, Linux],
            },
            deprecated: "3.33",
            zh: ["无可用音频采集设备。", "启动音频采集设备失败，请插入可用的音频采集设备。"],
            en: [
                "No audio capture device available",
                "The audio capture device could not be started; connect an available audio capture device.",
            ],
        }
        NoPlayoutDevice = "-5006" {
            names: {
                "WARNING_CODE_NO_PLAYOUT_DEVICE": [Android],
                "ByteRTCWarningCodeNoPlayoutDevice": [Ios, Macos],
                "kWarningCodeNoPlayoutDevice": [Windows, Linux],
            },
            deprecated: "3.33",
            zh: ["无可用音频播放设备。", "启动音频播放设备失败，请插入可用的音频播放设备。"],
            en: [
                "No audio playback device available",
                "The audio playback device could not be started; connect an available audio playback device.",
            ],
        }
        RecordingSilence = "-5007" {
            names: {
                "WARNING_CODE_RECORDING_SILENCE": [Android],
                "ByteRTCWarningCodeRecordingSilence": [Ios, Macos],
                "kWarningCodeRecordingSilence": [Windows, Linux],
            },
            deprecated: "3.33",
            zh: ["当前音频设备没有采集到有效的声音数据，请检查更换音频采集设备。"],
            en: ["The current audio device captured no valid audio data; check or replace the audio capture device"],
        }
        MediaDeviceOperationDenied = "-5008" {
            names: {
                "WARNING_CODE_MEDIA_DEVICE_OPERATION_DENIED": [Android],
                "ByteRTCWarningCodeMediaDeviceOperationDennied": [Ios, Macos],
                "kWarningCodeMediaDeviceOperationDenied": [Windows, Linux],
            },
            deprecated: "3.33",
            zh: ["媒体设备误操作警告。", "使用自定义采集时，不可调用内部采集开关，调用时将触发此警告。"],
            en: [
                "Invalid media device operation",
                "When custom capture is in use, the APIs that turn internal capture on or off must not be called; calling them triggers this warning.",
            ],
        }
        SetScreenAudioSourceTypeFailed = "-5009" {
            names: {
                "WARNING_CODE_SET_SCREEN_AUDIO_SOURCE_TYPE_FAILED": [Unity, Android],
                "ByteRTCWarningSetScreenAudioSourceTypeFailed": [Ios, Macos],
                "kWarningCodeSetScreenAudioSourceTypeFailed": [Windows, Linux],
            },
            zh: ["不支持在 PublishScreen 之后，调用 SetScreenAudioSourceType 设置屏幕音频采集类型"],
            en: ["Calling SetScreenAudioSourceType to set the screen audio capture type after PublishScreen is not supported"],
        }
        SetScreenStreamIndexFailed = "-5010" {
            names: {
                "WARNING_CODE_SET_SCREEN_STREAM_INDEX_FAILED": [Unity, Android],
                "ByteRTCWarningSetScreenAudioStreamIndexFailed": [Ios, Macos],
                "kWarningCodeSetScreenAudioStreamIndexFailed": [Windows, Linux, Electron],
            },
            zh: ["不支持在 PublishScreen 之后，调用 SetScreenAudioStreamIndex 设置屏幕音频共享发布类型"],
            en: ["Calling SetScreenAudioStreamIndex to set the publish type of shared screen audio after PublishScreen is not supported"],
        }
        SetScreenStreamInvalidVoicePitch = "-5011" {
            names: {
                "WARNING_CODE_SET_SCREEN_STREAM_INVALID_VOICE_PITCH": [Unity, Android],
                "ByteRTCWarningInvalidVoicePitch": [Ios, Macos],
                "kWarningCodeInvalidVoicePitch": [Windows, Linux, Electron],
            },
            zh: ["设置语音音高不合法"],
            en: ["The voice pitch setting is invalid"],
        }
        InvalidAudioFormat = "-5012" {
            names: {
                "kWarningCodeInvalidAudioFormat": [Windows, Linux, Electron],
            },
            zh: ["设置音频格式不合法"],
            en: ["The audio format setting is invalid"],
        }
        InvalidCallForExtAudio = "-5013" {
            names: {
                "WARNING_CODE_INVALID_CALL_FOR_EXT_AUDIO": [Unity, Android],
                "ByteRTCWarningInvalidCallForExtAudio": [Ios, Macos],
                "kWarningCodeInvalidCallForExtAudio": [Windows, Linux, Electron],
            },
            zh: ["外部音频源新旧接口混用"],
            en: ["Old and new external audio source APIs are used together"],
        }
        InvalidRemoteStreamKey = "-5014" {
            names: {
                "WARNING_CODE_INVALID_REMOTE_STREAM_KEY": [Unity],
                "kWarningCodeInvalidRemoteStreamKey": [Windows, Linux],
            },
            zh: ["非法的远端流索引"],
            en: ["Invalid remote stream index"],
        }
        InvalidCanvasHandle = "-6001" {
            names: {
                "kWarningCodeInvalidCanvasHandle": [Windows, Linux, Electron],
                "ByteRTCWarningCodeInvalidCanvasHandle": [Ios, Macos],
            },
            zh: [
                "指定的内部渲染画布句柄无效。",
                "当你调用 setLocalVideoCanvas:withCanvas: 或 setRemoteVideoCanvas:withCanvas: 时指定了无效的画布句柄，触发此回调。",
            ],
            en: [
                "The specified internal rendering canvas handle is invalid",
                "This is triggered when you call setLocalVideoCanvas:withCanvas: or setRemoteVideoCanvas:withCanvas: with an invalid canvas handle.",
            ],
        }
        LicenseFileExpired = "-7001" {
            names: {
                "kWarningLicenseFileExpired": [Windows, Linux, Electron],
            },
            zh: ["鉴权文件失效，当检查鉴权文件状态时，本地文件与远端文件不一致会触发次警告。通过 onRoomStateChanged 回调。"],
            en: ["The license file is no longer valid: this warning is triggered when a status check finds that the local license file does not match the remote one; reported via the onRoomStateChanged callback"],
        }
        InvalidSamiAppkeyOrToken = "-7002" {
            names: {
                "WARNING_CODE_INVALID_SAMI_APPKEY_OR_TOKEN": [Android],
                "ByteRTCWarningCodeInvaildSamiAppkeyORToken": [Ios, Macos],
                "kWarningInvaildSamiAppkeyORToken": [Windows, Linux, Electron],
            },
            zh: ["音频技术 SDK 鉴权失效。联系技术支持人员。"],
            en: ["Authentication of the Audio Technology (SAMI) SDK is invalid; contact technical support"],
        }
        InvalidResourcePath = "-7003" {
            names: {
                "WARNING_CODE_INVALID_RESOURCE_PATH": [Android],
                "ByteRTCWarningCodeInvaildSamiResourcePath": [Ios, Macos],
                "kWarningInvaildSamiResourcePath": [Windows, Linux, Electron],
            },
            zh: ["音频技术 资源加载失败。传入正确的 DAT 路径，或联系技术支持人员。"],
            en: ["The Audio Technology (SAMI) SDK failed to load its resources; pass the correct DAT path or contact technical support"],
        }
        LoadSamiLibraryFailed = "-7004" {
            names: {
                "WARNING_CODE_LOAD_SAMI_LIBRARY_FAILED": [Android],
                "ByteRTCWarningCodeLoadSamiLibraryFailed": [Ios, Macos],
                "kWarningLoadSamiLibraryFailed": [Windows, Linux, Electron],
            },
            zh: ["音频技术 库加载失败。使用正确的库，或联系技术支持人员。"],
            en: ["Failed to load the Audio Technology (SAMI) SDK library; use the correct library or contact technical support"],
        }
        InvalidSamiEffectType = "-7005" {
            names: {
                "WARNING_CODE_INVALID_SAMI_EFFECT_TYPE": [Android],
                "ByteRTCWarningCodeInvaildSamiEffectType": [Ios, Macos],
                "kWarningInvaildSamiEffectType": [Windows, Linux, Electron],
            },
            zh: ["音频技术 不支持此音效。联系技术支持人员。"],
            en: ["The Audio Technology (SAMI) SDK does not support this sound effect; contact technical support"],
        }
    }
}
