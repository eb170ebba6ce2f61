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
            names: {
                "kLocalAudioStreamErrorOk": [Unity, Electron],
            },
            zh: ["本地音频状态正常"],
            en: ["Local audio status is normal"],
        }
        Failure = "1" {
            names: {
                "kLocalAudioStreamErrorFailure": [Unity, Electron],
            },
            zh: ["本地音频出错原因未知"],
            en: ["Local audio error of unknown cause"],
        }
        DeviceNoPermission = "2" {
            names: {
                "kLocalAudioStreamErrorDeviceNoPermission": [Unity, Electron],
            },
            zh: ["没有权限启动本地音频录制设备"],
            en: ["No permission to start the local audio capture device"],
        }
        DeviceBusy = "3" {
            names: {
                "kLocalAudioStreamErrorDeviceBusy": [Unity],
            },
            zh: ["本地音频录制设备已经在使用中"],
            en: ["The local audio capture device is already in use"],
        }
        RecordFailure = "4" {
            names: {
                "kLocalAudioStreamErrorRecordFailure": [Unity, Electron],
            },
            zh: ["本地音频录制失败，建议你检查录制设备是否正常工作"],
            en: ["Local audio capture failed; check whether the capture device is working properly"],
        }
        EncodeFailure = "5" {
            names: {
                "kLocalAudioStreamErrorEncodeFailure": [Unity, Electron],
            },
            zh: ["本地音频编码失败"],
            en: ["Local audio encoding failed"],
        }
        NoRecordingDevice = "6" {
            names: {
                "kLocalAudioStreamErrorNoRecordingDevice": [Unity, Electron],
            },
            zh: ["没有可用的音频录制设备"],
            en: ["No audio capture device is available"],
        }
    }
}
