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
        JoinRoomFailed = "-2001" {
            sdk: "WARNING_CODE_JOIN_ROOM_FAILED",
            zh: "进房失败。\n初次进房或者由于网络状况不佳断网重连时，由于服务器错误导致进房失败。SDK 会自动重试进房。",
            en: "Failed to join the room\nWhen joining the room for the first time, or when reconnecting after a disconnection caused by poor network conditions, joining the room failed due to a server error. The SDK automatically retries joining the room.",
        }
        PublishStreamFailed = "-2002" {
            sdk: "WARNING_CODE_PUBLISH_STREAM_FAILED",
            zh: "发布音视频流失败。\n当你在所在房间中发布音视频流时，由于服务器错误导致发布失败。SDK 会自动重试发布。",
            en: "Failed to publish audio and video streams\nPublishing audio and video streams in your room failed due to a server error. The SDK automatically retries publishing.",
        }
        SubscribeStreamFailed404 = "-2003" {
            sdk: "WARNING_CODE_SUBSCRIBE_STREAM_FAILED404",
            zh: "订阅音视频流失败。\n当前房间中找不到订阅的音视频流导致订阅失败。SDK 会自动重试订阅，若仍订阅失败则建议你退出重试。",
            en: "Failed to subscribe to audio and video streams\nThe subscription failed because the subscribed audio and video streams could not be found in the current room. The SDK automatically retries the subscription; if it still fails, we recommend that you leave the room and try again.",
        }
        SubscribeStreamFailed5xx = "-2004" {
            sdk: "WARNING_CODE_SUBSCRIBE_STREAM_FAILED5XX",
            zh: "订阅音视频流失败。\n当你订阅所在房间中的音视频流时，由于服务器错误导致订阅失败。SDK 会自动重试订阅。",
            en: "Failed to subscribe to audio and video streams\nSubscribing to audio and video streams in your room failed due to a server error. The SDK automatically retries the subscription.",
        }
        #[doc(alias = "PublishStreamForbidden")]
        PublishStreamForbiden = "-2009" {
            sdk: "WARNING_CODE_PUBLISH_STREAM_FORBIDEN",
            zh: "当调用 setUserVisibility 将自身可见性设置为 false 后，再尝试发布流会触发此警告。",
            en: "Trying to publish a stream after calling setUserVisibility to set your own visibility to false triggers this warning",
        }
        SendCustomMessage = "-2011" {
            sdk: "WARNING_CODE_SEND_CUSTOM_MESSAGE",
            zh: "发送自定义广播消息失败, 当前你未在房间中。",
            en: "Failed to send the custom broadcast message because you are not in the room",
        }
        ReceiveUserNotifyStop = "-2013" {
            sdk: "WARNING_CODE_RECEIVE_USER_NOTIFY_STOP",
            zh: "当房间内人数超过 500 人时，停止向房间内已有用户发送 onUserJoined 和 onUserLeave 回调，并通过广播提示房间内所有用户。",
            en: "When the room has more than 500 users, the onUserJoined and onUserLeave callbacks stop being sent to existing users in the room, and all users in the room are notified by broadcast",
        }
        UserInPublish = "-2014" {
            sdk: "WARNING_CODE_USER_IN_PUBLISH",
            zh: "用户已经在其他房间发布过流，或者用户正在发布公共流。",
            en: "The user has already published streams in another room, or the user is publishing a public stream",
        }
        OldRoomBeenReplaced = "-2016" {
            sdk: "WARNING_CODE_OLD_ROOM_BEEN_REPLACED",
            zh: "已存在相同 roomId 的房间，新创建的房间实例已替换旧房间实例。",
            en: "A room with the same roomId already exists, and the newly created room instance has replaced the old one",
        }
        InEchoTestMode = "-2017" {
            sdk: "WARNING_CODE_IN_ECHO_TEST_MODE",
            zh: "当前正在进行回路测试，该接口调用无效",
            en: "An echo test is in progress, so this API call has no effect",
        }
        NoCameraPermission = "-5001" {
            sdk: "WARNING_CODE_NO_CAMERA_PERMISSION",
            zh: "摄像头权限异常，当前应用没有获取摄像头权限。",
            en: "Camera permission error: the current app has not been granted camera permission",
        }
        SetScreenAudioSourceTypeFailed = "-5009" {
            sdk: "WARNING_CODE_SET_SCREEN_AUDIO_SOURCE_TYPE_FAILED",
            zh: "不支持在 PublishScreen 之后，调用 SetScreenAudioSourceType 设置屏幕音频采集类型",
            en: "Calling SetScreenAudioSourceType to set the screen audio capture type after PublishScreen is not supported",
        }
        SetScreenStreamIndexFailed = "-5010" {
            sdk: "WARNING_CODE_SET_SCREEN_STREAM_INDEX_FAILED",
            zh: "不支持在 PublishScreen 之后，调用 SetScreenAudioStreamIndex 设置屏幕音频共享发布类型",
            en: "Calling SetScreenAudioStreamIndex to set the publish type of shared screen audio after PublishScreen is not supported",
        }
        SetScreenStreamInvalidVoicePitch = "-5011" {
            sdk: "WARNING_CODE_SET_SCREEN_STREAM_INVALID_VOICE_PITCH",
            zh: "设置语音音高不合法",
            en: "The voice pitch setting is invalid",
        }
        InvalidCallForExtAudio = "-5013" {
            sdk: "WARNING_CODE_INVALID_CALL_FOR_EXT_AUDIO",
            zh: "外部音频源新旧接口混用",
            en: "Old and new external audio source APIs are used together",
        }
        InvalidRemoteStreamKey = "-5014" {
            sdk: "WARNING_CODE_INVALID_REMOTE_STREAM_KEY",
            zh: "非法的远端流索引",
            en: "Invalid remote stream index",
        }
    }
}
