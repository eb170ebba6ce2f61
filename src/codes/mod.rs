//! The code sets, one table each, and the one list of them.

/// The one list of code sets, in the order [`lookup`](crate::lookup) reports them: each entry names a
/// set's table file in `src/codes/` and its enum.
///
/// Everything per set outside its table is generated from this list by a callback macro — the
/// modules and re-exports below, `AnyCode` and its dispatch, `lookup`, `lookup_name`, the set ids of
/// the errors, the name index generator — so adding a set touches its table file and this list.
///
/// `with_sets!(callback)` or `with_sets!(callback(args...))` expands to
/// `callback! { (args...) module::Enum, ... }`.
macro_rules! with_sets {
    ($callback:ident $(($($args:tt)*))?) => {
        $callback! {
            ($($($args)*)?)
            audio_recording::AudioRecordingErrorCode,
            local_audio::LocalAudioStreamError,
            local_video::LocalVideoStreamError,
            error_code::ErrorCode,
            warning_code::WarningCode,
        }
    };
}

macro_rules! declare_sets {
    (() $($module:ident::$Enum:ident,)+) => {
        $(
            mod $module;
            pub use $module::$Enum;
        )+
    };
}
with_sets!(declare_sets);

pub(crate) mod name_index;
