//! [`LocalVideoStreamError`]: errors of the local video stream state.

code_set! {
    /// Error code of a local video stream state change (`LocalVideoStreamError`, SDK file
    /// `IRTCVideoRoom.cs`).
    ///
    /// The SDK reports it, together with the new state, in the local video state callback
    /// (`OnLocalVideoStateChangedEventHandler` in Unity, `onLocalVideoStateChanged` in the native SDKs).
    /// [`Ok`](Self::Ok) means no error.
    ///
    /// ```
    /// use bytertc_codes::{Locale, LocalVideoStreamError};
    ///
    /// let error = LocalVideoStreamError::try_from(4).unwrap();
    /// assert_eq!(error, LocalVideoStreamError::DeviceNotFound);
    /// assert_eq!(error.to_string(), "The local video capture device does not exist (4)");
    /// ```
    pub enum LocalVideoStreamError {
        Ok = "0" {
            names: {
                "kLocalVideoStreamErrorOk": [Unity, Windows, Linux, Electron],
            },
            zh: ["状态正常"],
            en: ["Status is normal"],
        }
        Failure = "1" {
            names: {
                "kLocalVideoStreamErrorFailure": [Unity, Windows, Linux, Electron],
            },
            zh: ["本地视频流发布失败"],
            en: ["Failed to publish the local video stream"],
        }
        DeviceNoPermission = "2" {
            names: {
                "kLocalVideoStreamErrorDeviceNoPermission": [Unity, Windows, Linux, Electron],
            },
            zh: ["没有权限启动本地视频采集设备"],
            en: ["No permission to start the local video capture device"],
        }
        DeviceBusy = "3" {
            names: {
                "kLocalVideoStreamErrorDeviceBusy": [Unity, Windows, Linux, Electron],
            },
            zh: ["本地视频采集设备被占用"],
            en: ["The local video capture device is in use"],
        }
        DeviceNotFound = "4" {
            names: {
                "kLocalVideoStreamErrorDeviceNotFound": [Unity, Windows, Linux, Electron],
            },
            zh: ["本地视频采集设备不存在"],
            en: ["The local video capture device does not exist"],
        }
        CaptureFailure = "5" {
            names: {
                "kLocalVideoStreamErrorCaptureFailure": [Unity, Windows, Linux, Electron],
            },
            zh: ["本地视频采集失败，建议检查采集设备是否正常工作"],
            en: ["Local video capture failed; check whether the capture device is working properly"],
        }
        EncodeFailure = "6" {
            names: {
                "kLocalVideoStreamErrorEncodeFailure": [Unity, Windows, Linux, Electron],
            },
            zh: ["本地视频编码失败"],
            en: ["Local video encoding failed"],
        }
        DeviceDisconnected = "7" {
            names: {
                "kLocalVideoStreamErrorDeviceDisconnected": [Unity, Windows, Linux, Electron],
            },
            zh: ["本地视频采集设备被移除"],
            en: ["The local video capture device was removed"],
        }
    }
}
