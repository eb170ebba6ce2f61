//! The five code sets, one table each.

mod audio_recording;
mod error_code;
mod local_audio;
mod local_video;
mod warning_code;

pub use audio_recording::AudioRecordingErrorCode;
pub use error_code::ErrorCode;
pub use local_audio::LocalAudioStreamError;
pub use local_video::LocalVideoStreamError;
pub use warning_code::WarningCode;
