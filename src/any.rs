//! One type for a code of any set, and lookups across every set.

use core::fmt;
use core::str::FromStr;

use crate::error::RejectedInput;

// Every set's enum, for the per-set macros below and the links in the docs they write, with clippy's
// pedantic `wildcard_imports` allowed: naming each would be a second list of the sets, and links by
// full path instead (`…](crate::ErrorCode)`, one more `stringify!` a set in each macro) cost the
// library's compile 4.5 M instructions (0.15 %, cachegrind) for the same docs.
#[allow(clippy::wildcard_imports)]
use crate::codes::*;
use crate::table::Row;
use crate::CodeSet;
use crate::{Deprecation, Locale, Meaning, Platform, Platforms, Recovery, Source, Sources};

macro_rules! any_code {
    // Any code, to fill an array before it is written.
    (@placeholder $first:ident $($rest:ident)*) => {
        AnyCode::$first($first::ALL[0])
    };
    (() $($module:ident::$Enum:ident,)+) => {
        /// A code of any set.
        ///
        /// The same integer means different things in different sets, so an `AnyCode` always knows its set.
        /// Use it where the set is not known in advance: a log line, a command-line argument, a search.
        ///
        /// ```
        /// use bytertc_codes::{lookup, AnyCode, LocalAudioStreamError, LocalVideoStreamError};
        ///
        /// // 3 from the local audio and video state callbacks (many other sets have a 3 too).
        /// let found: Vec<AnyCode> = lookup(3).take(2).collect();
        /// assert_eq!(
        ///     found,
        ///     [
        ///         AnyCode::LocalAudioStreamError(LocalAudioStreamError::DeviceBusy),
        ///         AnyCode::LocalVideoStreamError(LocalVideoStreamError::DeviceBusy),
        ///     ]
        /// );
        /// assert_eq!(found[1].set(), "LocalVideoStreamError");
        /// assert_eq!(found[1].to_string(), "The local video capture device is in use (3)");
        /// ```
        ///
        /// # serde
        ///
        /// With the `serde` feature an `AnyCode` is stored as its set and its value: a struct
        /// `AnyCode { set, code }` of the set's name (as [`CodeSet`] writes it) and the integer code
        /// (as the set's enum writes it). JSON (any human-readable format) reads
        /// `{"set":"ErrorCode","code":-1000}`; a binary format (bincode, postcard) holds the name then
        /// the `i32`, as it holds any struct. The set is written by name rather than by an index, so
        /// stored data stays readable when sets are added.
        ///
        /// A human-readable format may also hold the fields in either order, `[set, code]`, the set by
        /// any name [`CodeSet::from_name`] takes, the code as anything its set's enum reads (its
        /// integer, its name, the integer in a string), or a string that [`from_str`](core::str::FromStr::from_str)
        /// takes (`"ErrorCode::InvalidToken"`). An unknown set, a value or name its set does not have,
        /// a missing, duplicate or unknown field are errors that quote the input (at most 64 bytes of
        /// it). The deserializer allocates nothing of its own, even from a transient string.
        ///
        /// A struct cannot key a JSON map: key one by a code enum (`{"-1000": …}`), or by [`CodeSet`]
        /// and then the code.
        ///
        /// ```
        /// # #[cfg(feature = "serde")] {
        /// use bytertc_codes::{AnyCode, ErrorCode};
        ///
        /// let code = AnyCode::from(ErrorCode::InvalidToken);
        /// let json = serde_json::to_string(&code).unwrap();
        /// assert_eq!(json, r#"{"set":"ErrorCode","code":-1000}"#);
        /// assert_eq!(serde_json::from_str::<AnyCode>(&json).unwrap(), code);
        /// for other in [
        ///     r#"{"code":"InvalidToken","set":"ByteRTCErrorCode"}"#,
        ///     r#"["ErrorCode","-1000"]"#,
        ///     r#""ErrorCode::InvalidToken""#,
        /// ] {
        ///     assert_eq!(serde_json::from_str::<AnyCode>(other).unwrap(), code);
        /// }
        /// let err = serde_json::from_str::<AnyCode>(r#"{"set":"ErrorCode","code":-1234}"#);
        /// assert!(err.unwrap_err().to_string().starts_with("unknown ByteRTC ErrorCode: -1234"));
        /// # }
        /// ```
        // `PartialEq` is derived, so that constants work as patterns; `Debug`, `Hash` and the order
        // are written below through `parts`, once, rather than as a derive's arm per set.
        #[derive(Clone, Copy, PartialEq)]
        #[non_exhaustive]
        pub enum AnyCode {
            $(
                #[doc = concat!("A [`", stringify!($Enum), "`].")]
                $Enum($Enum),
            )+
        }

        $(
            impl From<$Enum> for AnyCode {
                #[inline]
                fn from(code: $Enum) -> Self {
                    AnyCode::$Enum(code)
                }
            }
        )+

        impl AnyCode {
            /// Every code of every set: the sets in the order of [`lookup`], each in its `ALL` order.
            pub const ALL: &'static [AnyCode] = &{
                let mut all = [any_code!(@placeholder $($Enum)+); 0 $(+ $Enum::ALL.len())+];
                let mut next = 0;
                $(
                    let mut i = 0;
                    while i < $Enum::ALL.len() {
                        all[next] = AnyCode::$Enum($Enum::ALL[i]);
                        next += 1;
                        i += 1;
                    }
                )+
                all
            };
        }

    };
}
with_sets!(any_code);

/// Every code, in any set, with the SDK value `code`: at most one per set, most likely set first (the
/// order of [`CodeSet::ALL`]: the five sets of the SDK reference page, `AudioRecordingErrorCode`,
/// `LocalAudioStreamError`, `LocalVideoStreamError`, `ErrorCode`, `WarningCode`, then the others).
/// Allocates nothing.
///
/// ```
/// use bytertc_codes::{
///     lookup, AnyCode, CodeSet, ErrorCode, LoginErrorCode, RoomStateChangeReason, RtsErrorCode,
/// };
///
/// assert_eq!(
///     lookup(-1000).collect::<Vec<_>>(),
///     [
///         AnyCode::ErrorCode(ErrorCode::InvalidToken),
///         AnyCode::RoomStateChangeReason(RoomStateChangeReason::InvalidToken),
///         AnyCode::LoginErrorCode(LoginErrorCode::InvalidToken),
///         AnyCode::RtsErrorCode(RtsErrorCode::InvalidToken),
///     ]
/// );
/// // From `onError`, only one of them is meant:
/// assert_eq!(
///     lookup(-1000).find(|c| c.code_set() == CodeSet::ErrorCode),
///     Some(AnyCode::ErrorCode(ErrorCode::InvalidToken))
/// );
/// assert_eq!(lookup(100_000).count(), 0);
/// ```
#[inline]
pub fn lookup(code: i32) -> impl Iterator<Item = AnyCode> + Clone {
    CodeSet::ALL
        .iter()
        .filter_map(move |&set| set.from_code(code))
}

/// Every code, in any set, that `name` names: a Rust variant name (`DeviceBusy` names one in each local
/// stream set and one in `MediaDeviceError`), any platform's SDK identifier, or a name qualified with
/// its set (`ErrorCode::InvalidToken`, `ByteRTCErrorCode::ERROR_CODE_INVALID_TOKEN`: any name
/// [`CodeSet::from_name`] takes). Case-sensitive but for the set; in the order of [`lookup`].
/// Allocates nothing.
///
/// ```
/// use bytertc_codes::{lookup_name, AnyCode, LocalVideoStreamError};
///
/// assert_eq!(lookup_name("DeviceBusy").count(), 3);
/// assert_eq!(
///     lookup_name("kLocalVideoStreamErrorDeviceBusy").collect::<Vec<_>>(),
///     [AnyCode::LocalVideoStreamError(LocalVideoStreamError::DeviceBusy)]
/// );
/// assert_eq!(lookup_name("LocalVideoStreamError::DeviceBusy").count(), 1);
/// ```
#[inline]
pub fn lookup_name(name: &str) -> impl Iterator<Item = AnyCode> + Clone + '_ {
    let (qualifier, name) = match name.split_once("::") {
        Some((set, name)) => (Some(set), name),
        None => (None, name),
    };
    CodeSet::ALL
        .iter()
        .filter(move |set| qualifier.is_none_or(|q| set.is_named(q)))
        .filter_map(move |&set| Some(set.at(set.table().find_name(name)?)))
}

macro_rules! parts {
    (($any:expr) $($module:ident::$Enum:ident,)+) => {
        match $any {
            $(AnyCode::$Enum(code) => (CodeSet::$Enum, code as i32),)+
        }
    };
}

impl AnyCode {
    /// Every code of every set, as an iterator over [`ALL`](Self::ALL).
    #[inline]
    pub fn all() -> impl Iterator<Item = AnyCode> + Clone {
        AnyCode::ALL.iter().copied()
    }

    /// The code's set and value: the one place that looks at the set, so that every other method is
    /// compiled once, not once a set.
    // `always` (clippy's pedantic `inline_always` allowed), as `row`: measured, see `convert::known`.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn parts(self) -> (CodeSet, i32) {
        with_sets!(parts(self))
    }

    /// The code's set and its position in the set's `ALL`.
    #[inline]
    pub(crate) fn position(self) -> (CodeSet, usize) {
        let (set, code) = self.parts();
        (set, usize::from(set.table().position(code)))
    }

    #[allow(clippy::inline_always)] // See `parts`.
    #[inline(always)]
    fn row(self) -> Row {
        let (set, code) = self.parts();
        set.table().row(code)
    }

    /// The name of the code's set, e.g. `"ErrorCode"`: the [`name`](CodeSet::name) of
    /// [`code_set`](Self::code_set).
    #[must_use]
    #[inline]
    pub fn set(self) -> &'static str {
        self.parts().0.name()
    }

    /// The code's set.
    #[must_use]
    #[inline]
    pub fn code_set(self) -> CodeSet {
        self.parts().0
    }

    /// The SDK's integer value.
    #[must_use]
    #[inline]
    pub fn code(self) -> i32 {
        self.parts().1
    }

    /// The Rust variant name, e.g. `"InvalidToken"`.
    #[must_use]
    #[inline]
    pub fn name(self) -> &'static str {
        self.row().name()
    }

    /// The SDK identifier: the 3.58 Unity page's, else the 3.58 Android page's, else the newest C++
    /// header's, else the newest Electron, then Objective-C, source's.
    #[must_use]
    #[inline]
    pub fn sdk_name(self) -> &'static str {
        self.row().sdk_name()
    }

    /// The identifier on `platform`'s reference page, if it lists the code.
    #[must_use]
    #[inline]
    pub fn identifier(self, platform: Platform) -> Option<&'static str> {
        self.row().identifier(platform)
    }

    /// The platforms whose reference pages list the code.
    #[must_use]
    #[inline]
    pub fn platforms(self) -> Platforms {
        self.row().platforms()
    }

    /// The SDK releases whose headers list the code.
    #[must_use]
    #[inline]
    pub fn sources(self) -> Sources {
        self.row().sources()
    }

    /// The identifier in `source`'s headers, if they list the code.
    #[must_use]
    #[inline]
    pub fn identifier_in(self, source: Source) -> Option<&'static str> {
        self.row().identifier_in(source)
    }

    /// Whether the newest C++ header that lists the code marks it `@hidden` with no platform list
    /// (for internal use): whether [`hidden_in`](Self::hidden_in) has the newest C++ source of
    /// [`sources`](Self::sources).
    #[must_use]
    #[inline]
    pub fn is_hidden(self) -> bool {
        let (set, code) = self.parts();
        set.table().is_hidden(code)
    }

    /// The sources whose doc comment marks the code `@hidden` with no platform list.
    #[must_use]
    #[inline]
    pub fn hidden_in(self) -> Sources {
        let (set, code) = self.parts();
        set.table().hidden_in(code)
    }

    /// The platforms of a scoped `@hidden(…)` mark in the newest C++ header that lists the code:
    /// hidden in those platforms' docs, documented elsewhere. Empty where there is none.
    #[must_use]
    #[inline]
    pub fn hidden_on(self) -> Platforms {
        let (set, code) = self.parts();
        set.table().hidden_on(code)
    }

    /// What the code means in sources that document it differently from its description.
    #[must_use]
    #[inline]
    pub fn other_meanings(self) -> &'static [Meaning] {
        let (set, code) = self.parts();
        set.table().other_meanings(code)
    }

    /// Where a page or header marks the code deprecated; the replacement may be of any set.
    #[must_use]
    #[inline]
    pub fn deprecation(self) -> Option<Deprecation<AnyCode>> {
        let (set, code) = self.parts();
        let (_, since, replacement) = set.table().deprecated(code)?;
        let deprecation = Deprecation::new(since, replacement.as_ref(), None::<AnyCode>);
        Some(deprecation.with_replaced_by(deprecation.replacement()))
    }

    /// The first line of the description in `locale`.
    #[must_use]
    #[inline]
    pub fn summary(self, locale: Locale) -> &'static str {
        self.row().summary(locale)
    }

    /// The full description in `locale`, lines separated by `\n`.
    #[must_use]
    #[inline]
    pub fn description(self, locale: Locale) -> &'static str {
        self.row().description(locale)
    }

    /// What the SDK's reference says to do: [`ErrorCode::recovery`] for an [`ErrorCode`], and
    /// [`Recovery::None`] for the other sets.
    #[must_use]
    #[inline]
    pub fn recovery(self) -> Recovery {
        match self {
            AnyCode::ErrorCode(code) => code.recovery(),
            _ => Recovery::None,
        }
    }
}

impl Eq for AnyCode {}

impl PartialOrd for AnyCode {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AnyCode {
    /// By set, in the order of [`CodeSet::ALL`], then by value.
    #[inline]
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.parts().cmp(&other.parts())
    }
}

impl core::hash::Hash for AnyCode {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.parts().hash(state);
    }
}

impl fmt::Debug for AnyCode {
    /// As `#[derive(Debug)]` writes it: `ErrorCode(InvalidToken)`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// Debug-formats as the bare name.
        struct Bare(&'static str);
        impl fmt::Debug for Bare {
            #[inline]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }
        f.debug_tuple(self.set()).field(&Bare(self.name())).finish()
    }
}

impl fmt::Display for AnyCode {
    /// The same as the inner code's `Display`: the English summary and the code; honours width, fill
    /// and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::format::code(f, self.summary(Locale::En), self.code(), Locale::En)
    }
}

impl FromStr for AnyCode {
    type Err = ParseAnyCodeError;

    /// Parses a name that [`lookup_name`] resolves to exactly one code: any platform's SDK identifier
    /// (`kLocalVideoStreamErrorDeviceBusy`), a qualified name (`ErrorCode::InvalidToken`), or a Rust
    /// variant name that only one set has (`InvalidToken`, but not `DeviceBusy`).
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut found = lookup_name(s);
        match (found.next(), found.next()) {
            (Some(code), None) => Ok(code),
            (None, _) => Err(ParseAnyCodeError::new(s, None)),
            (Some(code), Some(_)) => Err(ParseAnyCodeError::new(s, code.static_name(s))),
        }
    }
}

impl AnyCode {
    /// The `&'static str` among this code's names (its Rust name and every identifier of every page
    /// and header) that equals `name`, if any.
    #[inline]
    pub(crate) fn static_name(self, name: &str) -> Option<&'static str> {
        core::iter::once(self.name())
            .chain(self.row().identifiers())
            .find(|&candidate| candidate == name)
    }
}

/// A string that names no code, or codes in more than one set, given to [`AnyCode::from_str`].
///
/// An ambiguous name's message lists the codes it names, qualified with their sets, with or without
/// `std`; [`candidates`](Self::candidates) gives them as values. An unknown name's message quotes at
/// most the first 64 bytes of it (with `std`; the whole input stays in `input()`).
///
/// ```
/// use bytertc_codes::{AnyCode, LocalAudioStreamError, LocalVideoStreamError, MediaDeviceError};
///
/// let err = "DeviceBusy".parse::<AnyCode>().unwrap_err();
/// assert!(err.is_ambiguous());
/// assert_eq!(
///     err.to_string(),
///     "ambiguous ByteRTC code name \"DeviceBusy\": it names LocalAudioStreamError::DeviceBusy, \
///      LocalVideoStreamError::DeviceBusy and MediaDeviceError::DeviceBusy; qualify it with its set"
/// );
/// assert_eq!(
///     err.candidates().collect::<Vec<_>>(),
///     [
///         AnyCode::LocalAudioStreamError(LocalAudioStreamError::DeviceBusy),
///         AnyCode::LocalVideoStreamError(LocalVideoStreamError::DeviceBusy),
///         AnyCode::MediaDeviceError(MediaDeviceError::DeviceBusy),
///     ]
/// );
/// assert!(!"Nope".parse::<AnyCode>().unwrap_err().is_ambiguous());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParseAnyCodeError {
    input: RejectedInput,
    /// The input, borrowed from the tables, where it names codes in several sets.
    ambiguous: Option<&'static str>,
    /// The set the input is qualified with, where its qualifier names one.
    qualifier: Option<CodeSet>,
}

impl ParseAnyCodeError {
    #[inline]
    fn new(input: &str, ambiguous: Option<&'static str>) -> Self {
        Self {
            input: RejectedInput::new(input),
            ambiguous,
            qualifier: input
                .split_once("::")
                .and_then(|(qualifier, _)| CodeSet::from_name(qualifier)),
        }
    }

    /// The set that the name is qualified with (`ErrorCode` in `"ErrorCode::Nope"`, in any name
    /// [`CodeSet::from_name`] takes), if its qualifier names one: the set that has no such code.
    /// `None` for a name without a known qualifier; an ambiguous name's sets are those of its
    /// [`candidates`](Self::candidates).
    ///
    /// Every error type of the crate that concerns a set gives it by `code_set()`, as
    /// [`AnyCode::code_set`] does.
    ///
    /// ```
    /// use bytertc_codes::{AnyCode, CodeSet};
    ///
    /// let err = "ByteRTCErrorCode::Nope".parse::<AnyCode>().unwrap_err();
    /// assert_eq!(err.code_set(), Some(CodeSet::ErrorCode));
    /// assert_eq!("Nope".parse::<AnyCode>().unwrap_err().code_set(), None);
    /// assert_eq!("NopeCode::Nope".parse::<AnyCode>().unwrap_err().code_set(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code_set(&self) -> Option<CodeSet> {
        self.qualifier
    }

    /// Whether the name was found in several sets (rather than in none).
    #[must_use]
    #[inline]
    pub const fn is_ambiguous(&self) -> bool {
        self.ambiguous.is_some()
    }

    /// Every code an ambiguous name names, in the order of [`lookup`]; nothing for an unknown name.
    #[inline]
    pub fn candidates(&self) -> impl Iterator<Item = AnyCode> + Clone {
        let ambiguous = self.ambiguous.is_some();
        lookup_name(self.ambiguous.unwrap_or("")).filter(move |_| ambiguous)
    }

    /// The rejected input, exactly as it was given, however long.
    #[cfg(feature = "std")]
    #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
    #[must_use]
    #[inline]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

impl fmt::Display for ParseAnyCodeError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(name) = self.ambiguous else {
            #[cfg(feature = "std")]
            return write!(f, "unknown ByteRTC code name: {:?}", self.input);
            #[cfg(not(feature = "std"))]
            return f.write_str("unknown ByteRTC code name");
        };
        fmt::Display::fmt(&Ambiguous(name), f)
    }
}

/// The message of an ambiguous name (one of the crate's own strings, so that it needs no copy): the
/// codes it names, qualified with their sets.
pub(crate) struct Ambiguous(pub(crate) &'static str);

impl fmt::Display for Ambiguous {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.0;
        write!(f, "ambiguous ByteRTC code name {name:?}: it names ")?;
        let count = lookup_name(name).count();
        for (i, code) in lookup_name(name).enumerate() {
            let separator = match i {
                0 => "",
                _ if i + 1 == count => " and ",
                _ => ", ",
            };
            write!(f, "{separator}{}::{}", code.set(), code.name())?;
        }
        f.write_str("; qualify it with its set")
    }
}

impl core::error::Error for ParseAnyCodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_a_set_takes_is_one_of_its_codes_static_names() {
        for &set in CodeSet::ALL {
            for name in (0..set.table().name_count()).map(|i| set.table().name_at(i)) {
                let position = set.table().find_name(name).unwrap();
                assert_eq!(set.at(position).static_name(name), Some(name), "{set}");
            }
        }
    }
}
