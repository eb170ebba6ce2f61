//! The code sets themselves, as values: which enum a code belongs to.

use core::fmt;
use core::str::FromStr;

// Every set's enum, for the per-set macro below and its docs' links: see the same import in `any`.
#[allow(clippy::wildcard_imports)]
use crate::codes::*;
use crate::error::RejectedInput;
use crate::table::SetTable;
use crate::AnyCode;

macro_rules! code_set_enum {
    (() $($module:ident::$Enum:ident,)+) => {
        /// A code set: the enum a code belongs to, with the SDK's names for it and the callbacks that
        /// deliver it.
        ///
        /// The same integer means different things in different sets, so a value on its own needs its
        /// set. A `CodeSet` names one at run time: from a command-line flag, a config file, the callback
        /// that delivered a code. It parses from the Rust enum's name or any name the SDK gives the enum
        /// (`KTVErrorCode`, `ByteRTCErrorCode`), in any ASCII case.
        ///
        /// ```
        /// use bytertc_codes::{AnyCode, CodeSet, ErrorCode};
        ///
        /// let set: CodeSet = "ByteRTCErrorCode".parse().unwrap();
        /// assert_eq!(set, CodeSet::ErrorCode);
        /// assert_eq!(set.name(), "ErrorCode");
        /// assert_eq!(set.from_code(-1000), Some(AnyCode::ErrorCode(ErrorCode::InvalidToken)));
        /// assert_eq!(set.codes().next(), Some(AnyCode::ErrorCode(ErrorCode::ALL[0])));
        /// assert_eq!("errorcode".parse::<CodeSet>(), Ok(CodeSet::ErrorCode));
        /// ```
        ///
        /// With the `serde` feature a `CodeSet` is its Rust name (`"ErrorCode"`) in every format, and
        /// reads back from any name `FromStr` takes; an unknown name is an error that quotes it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum CodeSet {
            $(
                #[doc = concat!("[`", stringify!($Enum), "`].")]
                $Enum,
            )+
        }

        impl CodeSet {
            /// Every set, most likely first: the order of [`lookup`](crate::lookup), of
            /// [`AnyCode::ALL`] and of the `Ord` of `CodeSet` and `AnyCode` (see "Which set?" in the
            /// README).
            pub const ALL: &'static [CodeSet] = &[$(CodeSet::$Enum,)+];

            /// The set's table.
            #[inline(always)]
            pub(crate) const fn table(self) -> &'static SetTable {
                /// Every set's table, by `CodeSet`: one load, where a `match` would be a jump.
                const TABLES: &[&SetTable] = &[$(&$Enum::TABLE,)+];
                TABLES[self as usize]
            }

            /// The code at `position` in the set's `ALL`.
            #[inline]
            pub(crate) const fn at(self, position: usize) -> AnyCode {
                match self {
                    $(CodeSet::$Enum => AnyCode::$Enum($Enum::ALL[position]),)+
                }
            }

            /// The code of the set with the SDK value `code`, if the set defines it.
            ///
            /// ```
            /// use bytertc_codes::{AnyCode, CodeSet, LocalVideoStreamError};
            ///
            /// assert_eq!(
            ///     CodeSet::LocalVideoStreamError.from_code(3),
            ///     Some(AnyCode::LocalVideoStreamError(LocalVideoStreamError::DeviceBusy))
            /// );
            /// assert_eq!(CodeSet::LocalVideoStreamError.from_code(-3), None);
            /// ```
            #[must_use]
            #[inline]
            pub fn from_code(self, code: i32) -> Option<AnyCode> {
                match self {
                    $(CodeSet::$Enum => match $Enum::from_code(code) {
                        Some(code) => Some(AnyCode::$Enum(code)),
                        None => None,
                    },)+
                }
            }
        }
    };
}
with_sets!(code_set_enum);

impl CodeSet {
    /// The number of codes in all sets: the length of [`AnyCode::ALL`].
    pub(crate) const CODES: usize = {
        let mut codes = 0;
        let mut set = 0;
        while set < CodeSet::ALL.len() {
            codes += CodeSet::ALL[set].table().len as usize;
            set += 1;
        }
        codes
    };

    /// The Rust enum's name, e.g. `"KtvErrorCode"`.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        self.table().name
    }

    /// Every name the SDK gives the enum on its 3.58 reference pages and in its headers, e.g.
    /// `["KTVErrorCode", "ByteRTCKTVErrorCode"]`; the Rust name too where the SDK uses it.
    #[must_use]
    #[inline]
    pub const fn sdk_names(self) -> &'static [&'static str] {
        self.table().sdk_names
    }

    /// The callbacks (or return values) that deliver the set's codes, as Markdown, e.g.
    /// ``"`onLoginResult`"``.
    #[must_use]
    #[inline]
    pub const fn delivered_by(self) -> &'static str {
        self.table().delivered_by
    }

    /// The callbacks that deliver the set's codes, by name, in the order
    /// [`delivered_by`](Self::delivered_by) names them: each name it quotes that starts with `on` and
    /// a capital letter (`onError`, `onLocalAudioStateChanged`). Empty for a set no callback delivers
    /// (`ReturnStatus`, the API calls' return value) or whose callback no source names. A callback may
    /// deliver more than one set (`onError`: `ErrorCode`, `AsrErrorCode` in the speech recognition
    /// engine's handler, and `RtsErrorCode` in the RTS SDK).
    ///
    /// ```
    /// use bytertc_codes::CodeSet;
    ///
    /// assert!(CodeSet::ErrorCode.callbacks().eq(["onError"]));
    /// assert!(CodeSet::MediaDeviceError
    ///     .callbacks()
    ///     .eq(["onAudioDeviceStateChanged", "onVideoDeviceStateChanged"]));
    /// assert_eq!(CodeSet::ReturnStatus.callbacks().count(), 0);
    /// // The sets `onError` delivers:
    /// let mut sets = CodeSet::ALL
    ///     .iter()
    ///     .filter(|set| set.callbacks().any(|name| name == "onError"));
    /// assert_eq!(sets.next(), Some(&CodeSet::ErrorCode));
    /// assert_eq!(sets.next(), Some(&CodeSet::AsrErrorCode));
    /// assert_eq!(sets.next(), Some(&CodeSet::RtsErrorCode));
    /// assert_eq!(sets.next(), None);
    /// ```
    #[inline]
    pub fn callbacks(self) -> impl Iterator<Item = &'static str> + Clone {
        // `delivered_by` is Markdown: the quoted parts are every other piece between backticks.
        self.delivered_by()
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|name| is_callback_name(name))
    }

    /// Every code of the set, in its `ALL` order.
    #[must_use]
    #[inline]
    pub fn codes(self) -> impl ExactSizeIterator<Item = AnyCode> + Clone {
        (0..usize::from(self.table().len)).map(move |position| self.at(position))
    }

    /// The set that `name` names: the Rust enum's name or one of its [`sdk_names`](Self::sdk_names),
    /// in any ASCII case.
    #[must_use]
    #[inline]
    pub fn from_name(name: &str) -> Option<CodeSet> {
        // Index loops: an iterator adaptor over a new type is a tree of generic functions that every
        // build of the crate compiles.
        let mut i = 0;
        while i < CodeSet::ALL.len() {
            if CodeSet::ALL[i].is_named(name) {
                return Some(CodeSet::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// Whether `name` is one of the set's names, in any ASCII case.
    #[inline]
    pub(crate) fn is_named(self, name: &str) -> bool {
        if self.name().eq_ignore_ascii_case(name) {
            return true;
        }
        let sdk_names = self.sdk_names();
        let mut i = 0;
        while i < sdk_names.len() {
            if sdk_names[i].eq_ignore_ascii_case(name) {
                return true;
            }
            i += 1;
        }
        false
    }
}

/// Whether a name quoted in `delivered_by` is a callback's: `on`, a capital letter, then letters and
/// digits (not a parameter such as `error`, nor an interface such as `IKTVPlayerEventHandler`).
#[inline]
fn is_callback_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() > 2
        && bytes.starts_with(b"on")
        && bytes[2].is_ascii_uppercase()
        && bytes.iter().all(u8::is_ascii_alphanumeric)
}

impl fmt::Display for CodeSet {
    /// The Rust enum's name; honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl FromStr for CodeSet {
    type Err = ParseCodeSetError;

    /// [`CodeSet::from_name`], with an error that keeps the input.
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CodeSet::from_name(s).ok_or_else(|| ParseCodeSetError {
            input: RejectedInput::new(s),
        })
    }
}

/// A string that names no code set, given to [`CodeSet::from_str`].
///
/// With the `std` feature it keeps the input (`input()`), and its message quotes at most the first 64
/// bytes of it.
///
/// ```
/// use bytertc_codes::CodeSet;
///
/// let err = "NopeCode".parse::<CodeSet>().unwrap_err();
/// # #[cfg(feature = "std")]
/// assert_eq!(err.to_string(), r#"unknown ByteRTC code set: "NopeCode""#);
/// # #[cfg(feature = "std")]
/// assert_eq!(err.input(), "NopeCode");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParseCodeSetError {
    input: RejectedInput,
}

impl ParseCodeSetError {
    /// The rejected input, exactly as it was given, however long.
    #[cfg(feature = "std")]
    #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
    #[must_use]
    #[inline]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

impl fmt::Display for ParseCodeSetError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(feature = "std")]
        return write!(f, "unknown ByteRTC code set: {:?}", self.input);
        #[cfg(not(feature = "std"))]
        return f.write_str("unknown ByteRTC code set");
    }
}

impl core::error::Error for ParseCodeSetError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_is_found_by_each_of_its_names_in_any_case() {
        for &set in CodeSet::ALL {
            for name in core::iter::once(set.name()).chain(set.sdk_names().iter().copied()) {
                assert_eq!(CodeSet::from_name(name), Some(set), "{name}");
                assert_eq!(
                    CodeSet::from_name(&name.to_ascii_uppercase()),
                    Some(set),
                    "{name}"
                );
            }
            assert_eq!(set.to_string(), set.name());
            assert_eq!(set.codes().len(), usize::from(set.table().len));
            assert!(!set.delivered_by().is_empty());
        }
        assert_eq!(CodeSet::from_name(""), None);
        assert_eq!(CodeSet::from_name("ErrorCode::InvalidToken"), None);
    }

    #[test]
    fn callbacks_are_the_quoted_callback_names_of_delivered_by() {
        let named = |set: CodeSet| -> Vec<&str> { set.callbacks().collect() };
        assert_eq!(named(CodeSet::WarningCode), ["onWarning"]);
        assert_eq!(named(CodeSet::RtsErrorCode), ["onError"]);
        assert_eq!(
            named(CodeSet::RoomStateChangeReason),
            ["onRoomStateChangedWithReason"]
        );
        // A parameter (`error`) and types (`ForwardStreamStateInfo`, `IKTVPlayerEventHandler`) are
        // quoted too, but are no callbacks.
        assert_eq!(
            named(CodeSet::StreamMixingErrorCode),
            ["onMixingEvent", "onStreamMixingEvent", "onStreamPushEvent"]
        );
        assert_eq!(
            named(CodeSet::ForwardStreamError),
            ["onForwardStreamStateChanged"]
        );
        assert_eq!(named(CodeSet::KtvPlayerErrorCode), ["onPlayStateChanged"]);
        // Sets no callback delivers (API calls' return values), or whose callback no source names.
        const NONE: [CodeSet; 6] = [
            CodeSet::ReturnStatus,
            CodeSet::TranscodingError,
            CodeSet::NetworkDetectionStartReturn,
            CodeSet::BusinessCheckCode,
            CodeSet::RtsWarningCode,
            CodeSet::RtsReturnStatus,
        ];
        for set in NONE {
            assert_eq!(named(set), Vec::<&str>::new(), "{set}");
        }
        // Every other set has a callback, and each is quoted in `delivered_by`.
        for &set in CodeSet::ALL {
            let names = named(set);
            assert!(!names.is_empty() || NONE.contains(&set), "{set}");
            for name in names {
                assert!(
                    set.delivered_by().contains(&format!("`{name}`")),
                    "{set}: {name}"
                );
            }
        }
        assert!(is_callback_name("onAVSyncEvent"));
        for not in [
            "on",
            "one",
            "onError()",
            "error",
            "IKTVPlayerEventHandler",
            "",
        ] {
            assert!(!is_callback_name(not), "{not}");
        }
    }
}
