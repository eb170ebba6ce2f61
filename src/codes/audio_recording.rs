//! [`AudioRecordingErrorCode`]: results of audio-file recording.

code_set! {
    /// Error code of audio-file recording (`AudioRecordingErrorCode`, SDK file `IRTCVideo.cs`).
    ///
    /// The SDK reports it in the audio recording state callback
    /// (`OnAudioRecordingStateUpdateEventHandler` in Unity, `onAudioRecordingStateUpdate` in the native
    /// SDKs). [`Ok`](Self::Ok) means recording works; every other value is a failure.
    ///
    /// # Matching
    ///
    /// The enum is `#[non_exhaustive]`: a later SDK release may add codes, so a `match` needs a `_` arm.
    ///
    /// ```
    /// use bytertc_codes::{AudioRecordingErrorCode, Locale};
    ///
    /// match AudioRecordingErrorCode::try_from(-1) {
    ///     Ok(AudioRecordingErrorCode::Ok) => {}
    ///     Ok(AudioRecordingErrorCode::NoPermission) => assert_eq!(
    ///         AudioRecordingErrorCode::NoPermission.summary(Locale::Zh),
    ///         "没有文件写权限"
    ///     ),
    ///     Ok(other) => panic!("unexpected {other}"),
    ///     Err(unknown) => panic!("{unknown}"),
    /// }
    /// ```
    pub enum AudioRecordingErrorCode {
        Ok = "0" {
            names: {
                "kAudioRecordingErrorCodeOk": [Unity, Windows, Linux, Electron],
                "AUDIO_RECORDING_ERROR_CODE_OK": [Android],
                "ByteRTCAudioRecordingErrorCodeOk": [Ios, Macos],
            },
            zh: ["录制正常"],
            en: ["Recording is working normally"],
        }
        NoPermission = "-1" {
            names: {
                "kAudioRecordingErrorCodeNoPermission": [Unity, Windows, Linux, Electron],
                "AUDIO_RECORDING_ERROR_CODE_NO_PERMISSION": [Android],
                "ByteRTCAudioRecordingErrorCodeNoPermission": [Ios, Macos],
            },
            zh: ["没有文件写权限"],
            en: ["No permission to write the file"],
        }
        NotInRoom = "-2" {
            names: {
                "kAudioRecordingErrorNotInRoom": [Unity],
                "AUDIO_RECORDING_ERROR_CODE_NOT_IN_ROOM": [Android],
                "ByteRTCAudioRecordingErrorNotInRoom": [Ios, Macos],
                "kAudioRecordingErrorCodeNotInRoom": [Windows, Linux, Electron],
            },
            zh: ["没有进入房间"],
            en: ["Not in a room"],
        }
        AlreadyStarted = "-3" {
            names: {
                "kAudioRecordingAlreadyStarted": [Unity],
                "AUDIO_RECORDING_ERROR_CODE_ALREADY_STARTED": [Android],
                "ByteRTCAudioRecordingAlreadyStarted": [Ios, Macos],
                "kAudioRecordingErrorCodeAlreadyStarted": [Windows, Linux, Electron],
            },
            zh: ["录制已经开始"],
            en: ["Recording has already started"],
        }
        NotStarted = "-4" {
            names: {
                "kAudioRecordingNotStarted": [Unity],
                "AUDIO_RECORDING_ERROR_CODE_NOT_STARTED": [Android],
                "ByteRTCAudioRecordingNotStarted": [Ios, Macos],
                "kAudioRecordingErrorCodeNotStarted": [Windows, Linux, Electron],
            },
            zh: ["录制还未开始"],
            en: ["Recording has not started yet"],
        }
        NotSupport = "-5" {
            names: {
                "kAudioRecordingErrorCodeNotSupport": [Unity, Windows, Linux, Electron],
                "AUDIO_RECORDING_ERROR_CODE_NOT_SUPPORT": [Android],
                "ByteRTCAudioRecordingErrorCodeNotSupport": [Ios, Macos],
            },
            zh: ["录制失败。文件格式不支持。"],
            en: ["Recording failed because the file format is not supported"],
        }
        Other = "-6" {
            names: {
                "kAudioRecordingErrorCodeOther": [Unity, Windows, Linux, Electron],
                "AUDIO_RECORDING_ERROR_CODE_OTHER": [Android],
                "ByteRTCAudioRecordingErrorCodeOther": [Ios, Macos],
            },
            zh: ["其他异常"],
            en: ["Other error"],
        }
    }
}
