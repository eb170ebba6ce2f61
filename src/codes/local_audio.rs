//! [`LocalAudioStreamError`]: errors of the local audio stream state.

code_set! {
    /// Error code of a local audio stream state change (`LocalAudioStreamError`, SDK file
    /// `IRTCVideoRoom.cs`).
    ///
    /// The SDK reports it, together with the new state, in the local audio state callback
    /// (`OnLocalAudioStateChangedEventHandler` in Unity, `onLocalAudioStateChanged` in the native SDKs).
    /// [`Ok`](Self::Ok) means no error.
    ///
    /// The same integers mean other things in [`LocalVideoStreamError`](crate::LocalVideoStreamError):
    /// `3` is [`DeviceBusy`](Self::DeviceBusy) in both, but `4` is a recording failure here and a missing
    /// camera there.
    ///
    /// ```
    /// use bytertc_codes::{Locale, LocalAudioStreamError};
    ///
    /// let error = LocalAudioStreamError::try_from(3).unwrap();
    /// assert_eq!(error, LocalAudioStreamError::DeviceBusy);
    /// assert_eq!(error.summary(Locale::Zh), "本地音频录制设备已经在使用中");
    /// ```
    pub enum LocalAudioStreamError {
        Ok = "0" {
            sdk: "kLocalAudioStreamErrorOk",
            zh: "本地音频状态正常",
            en: "Local audio status is normal",
        }
        Failure = "1" {
            sdk: "kLocalAudioStreamErrorFailure",
            zh: "本地音频出错原因未知",
            en: "Local audio error of unknown cause",
        }
        DeviceNoPermission = "2" {
            sdk: "kLocalAudioStreamErrorDeviceNoPermission",
            zh: "没有权限启动本地音频录制设备",
            en: "No permission to start the local audio recording device",
        }
        DeviceBusy = "3" {
            sdk: "kLocalAudioStreamErrorDeviceBusy",
            zh: "本地音频录制设备已经在使用中",
            en: "The local audio recording device is already in use",
        }
        RecordFailure = "4" {
            sdk: "kLocalAudioStreamErrorRecordFailure",
            zh: "本地音频录制失败，建议你检查录制设备是否正常工作",
            en: "Local audio recording failed; check whether the recording device is working properly",
        }
        EncodeFailure = "5" {
            sdk: "kLocalAudioStreamErrorEncodeFailure",
            zh: "本地音频编码失败",
            en: "Local audio encoding failed",
        }
        NoRecordingDevice = "6" {
            sdk: "kLocalAudioStreamErrorNoRecordingDevice",
            zh: "没有可用的音频录制设备",
            en: "No audio recording device is available",
        }
    }
}
