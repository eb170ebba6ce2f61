//! Helpers shared by the integration tests.
#![allow(dead_code, unused_macros)]

/// Calls the generic function `$check::<Set>()` once for each of the five code sets.
macro_rules! for_each_set {
    ($check:ident) => {{
        $check::<bytertc_codes::AudioRecordingErrorCode>();
        $check::<bytertc_codes::LocalAudioStreamError>();
        $check::<bytertc_codes::LocalVideoStreamError>();
        $check::<bytertc_codes::ErrorCode>();
        $check::<bytertc_codes::WarningCode>();
    }};
}
pub(crate) use for_each_set;

/// The names of the five sets, in the order of the SDK reference page.
pub const SETS: [&str; 5] = [
    "AudioRecordingErrorCode",
    "LocalAudioStreamError",
    "LocalVideoStreamError",
    "ErrorCode",
    "WarningCode",
];
