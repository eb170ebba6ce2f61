//! The SDK releases whose headers list the codes ([`Source`], [`Sources`]), and what a code meant in
//! one of them where that differs from its description ([`Meaning`]).

use core::fmt;
use core::str::FromStr;

use crate::error::RejectedInput;
use crate::format::pad;
use crate::Locale;

/// One SDK release's code definitions: the C++ headers or the Electron type definitions that define
/// the code enums, as shipped with that release.
///
/// Beside the 3.58 reference pages ([`Platform`](crate::Platform)), a code knows which of these list
/// it and under which identifier, so an application can tell what the release it links defines.
/// `Display` gives the label (`cpp-3.61`), which `FromStr` parses back.
///
/// ```
/// use bytertc_codes::{Code, ErrorCode, Source};
///
/// // Does the 3.61 C++ SDK still define -1007? No: it left the C++ headers in 3.60.
/// let code = ErrorCode::RoomIdIllegal;
/// assert!(!code.sources().contains(Source::Cpp3_61));
/// assert_eq!(code.identifier_in(Source::Electron3_60_1), Some("kRoomErrorCodeRoomIdIllegal"));
/// assert_eq!(code.sources().to_string(), "C++ 3.57–3.58, Electron 3.58.4–3.60.1");
///
/// assert_eq!(Source::Cpp3_61.to_string(), "cpp-3.61");
/// assert_eq!("electron-3.60.1".parse::<Source>(), Ok(Source::Electron3_60_1));
/// assert_eq!(Source::ALL.len(), 6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Source {
    /// The C++ SDK 3.57 headers (Windows).
    Cpp3_57,
    /// The C++ SDK 3.58 headers (Windows; the 3.58.1 Linux headers define the same codes).
    Cpp3_58,
    /// The C++ SDK 3.60 headers (Linux x86_64).
    Cpp3_60,
    /// The C++ SDK 3.61 headers (Linux).
    Cpp3_61,
    /// The Electron SDK 3.58.4 type definitions.
    Electron3_58_4,
    /// The Electron SDK 3.60.1 type definitions.
    Electron3_60_1,
}

/// Which SDK a [`Source`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Sdk {
    /// The C/C++ SDK, which Rust applications link.
    Cpp,
    /// The Electron SDK.
    Electron,
}

impl Sdk {
    /// `"C++"` or `"Electron"`.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Sdk::Cpp => "C++",
            Sdk::Electron => "Electron",
        }
    }
}

impl fmt::Display for Sdk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl Source {
    /// Every source, C++ first, each SDK's releases oldest first.
    pub const ALL: &'static [Source] = &[
        Source::Cpp3_57,
        Source::Cpp3_58,
        Source::Cpp3_60,
        Source::Cpp3_61,
        Source::Electron3_58_4,
        Source::Electron3_60_1,
    ];

    /// The label, e.g. `"cpp-3.57"` or `"electron-3.60.1"` (what `Display` writes and `FromStr`
    /// parses; the keys of the command-line tool's `sources` JSON object).
    #[must_use]
    #[inline]
    pub const fn label(self) -> &'static str {
        match self {
            Source::Cpp3_57 => "cpp-3.57",
            Source::Cpp3_58 => "cpp-3.58",
            Source::Cpp3_60 => "cpp-3.60",
            Source::Cpp3_61 => "cpp-3.61",
            Source::Electron3_58_4 => "electron-3.58.4",
            Source::Electron3_60_1 => "electron-3.60.1",
        }
    }

    /// The SDK: C++ or Electron.
    #[must_use]
    #[inline]
    pub const fn sdk(self) -> Sdk {
        match self {
            Source::Cpp3_57 | Source::Cpp3_58 | Source::Cpp3_60 | Source::Cpp3_61 => Sdk::Cpp,
            Source::Electron3_58_4 | Source::Electron3_60_1 => Sdk::Electron,
        }
    }

    /// The release, e.g. `"3.57"` or `"3.60.1"`.
    #[must_use]
    #[inline]
    pub const fn release(self) -> &'static str {
        match self {
            Source::Cpp3_57 => "3.57",
            Source::Cpp3_58 => "3.58",
            Source::Cpp3_60 => "3.60",
            Source::Cpp3_61 => "3.61",
            Source::Electron3_58_4 => "3.58.4",
            Source::Electron3_60_1 => "3.60.1",
        }
    }

    #[inline]
    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for Source {
    /// The label, e.g. `cpp-3.61`; honours width, fill and alignment like `str`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.label())
    }
}

impl FromStr for Source {
    type Err = ParseSourceError;

    /// Parses a label, case-insensitively (`"cpp-3.61"`, `"Electron-3.60.1"`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        for &source in Source::ALL {
            if source.label().eq_ignore_ascii_case(s) {
                return Ok(source);
            }
        }
        Err(ParseSourceError {
            input: RejectedInput::new(s),
        })
    }
}

/// A string that is no [`Source`] label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(
    feature = "std",
    error("unknown ByteRTC source {input:?} (expected cpp-3.57, cpp-3.58, cpp-3.60, cpp-3.61, electron-3.58.4 or electron-3.60.1)")
)]
#[cfg_attr(
    not(feature = "std"),
    error("unknown ByteRTC source (expected cpp-3.57, cpp-3.58, cpp-3.60, cpp-3.61, electron-3.58.4 or electron-3.60.1)")
)]
pub struct ParseSourceError {
    input: RejectedInput,
}

impl ParseSourceError {
    /// The rejected input, exactly as it was given, however long.
    #[cfg(feature = "std")]
    #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
    #[must_use]
    #[inline]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

/// A set of [`Source`]s: the releases whose headers list a code. Small and `Copy` (one byte).
///
/// `Display` is compact: consecutive releases of one SDK become a range, as in
/// `C++ 3.57–3.61, Electron 3.60.1`.
///
/// ```
/// use bytertc_codes::{Code, ErrorCode, Source, Sources};
///
/// let sources = ErrorCode::MultiRoomUnpublishFailed.sources();
/// assert_eq!(sources.len(), 4);
/// assert!(sources.contains(Source::Cpp3_61) && !sources.contains(Source::Electron3_60_1));
/// assert_eq!(sources.to_string(), "C++ 3.57–3.61");
/// assert_eq!(Sources::EMPTY.with(Source::Cpp3_58).to_string(), "C++ 3.58");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Sources(pub(crate) u8);

impl Sources {
    /// No source.
    pub const EMPTY: Sources = Sources(0);

    /// Every source.
    pub const ALL: Sources = Sources((1 << Source::ALL.len()) - 1);

    /// This set with `source` added.
    #[must_use]
    #[inline]
    pub const fn with(self, source: Source) -> Sources {
        Sources(self.0 | source.bit())
    }

    /// Whether `source` is in the set.
    #[must_use]
    #[inline]
    pub const fn contains(self, source: Source) -> bool {
        self.0 & source.bit() != 0
    }

    /// How many sources are in the set.
    #[must_use]
    #[inline]
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    #[must_use]
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The sources in the set, in [`Source::ALL`] order.
    #[inline]
    pub fn iter(self) -> impl Iterator<Item = Source> + Clone {
        Source::ALL
            .iter()
            .copied()
            .filter(move |&source| self.contains(source))
    }

    /// The newest release of `sdk` in the set.
    #[must_use]
    #[inline]
    pub const fn newest(self, sdk: Sdk) -> Option<Source> {
        let mut i = Source::ALL.len();
        while i > 0 {
            i -= 1;
            let source = Source::ALL[i];
            if self.contains(source) && source.sdk() as u8 == sdk as u8 {
                return Some(source);
            }
        }
        None
    }
}

impl FromIterator<Source> for Sources {
    fn from_iter<I: IntoIterator<Item = Source>>(iter: I) -> Self {
        iter.into_iter().fold(Sources::EMPTY, Sources::with)
    }
}

impl fmt::Debug for Sources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for Sources {
    /// Per SDK, its name and its releases, consecutive ones as a range (`C++ 3.57–3.58, 3.61`);
    /// honours width, fill and alignment like `str`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Compact(Sources);
        impl fmt::Display for Compact {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut first_sdk = true;
                for &sdk in &[Sdk::Cpp, Sdk::Electron] {
                    // The SDK's releases, each with whether the set has it.
                    let releases: &[Source] = match sdk {
                        Sdk::Cpp => &Source::ALL[..4],
                        Sdk::Electron => &Source::ALL[4..],
                    };
                    let mut i = 0;
                    let mut first_run = true;
                    while i < releases.len() {
                        if !self.0.contains(releases[i]) {
                            i += 1;
                            continue;
                        }
                        let start = i;
                        while i + 1 < releases.len() && self.0.contains(releases[i + 1]) {
                            i += 1;
                        }
                        if first_run {
                            if !first_sdk {
                                f.write_str(", ")?;
                            }
                            write!(f, "{} ", sdk.name())?;
                            first_sdk = false;
                            first_run = false;
                        } else {
                            f.write_str(", ")?;
                        }
                        f.write_str(releases[start].release())?;
                        if i > start {
                            write!(f, "–{}", releases[i].release())?;
                        }
                        i += 1;
                    }
                }
                Ok(())
            }
        }
        pad(f, format_args!("{}", Compact(*self)))
    }
}

/// What a code means in one source where that differs from its [`description`](crate::ErrorCode::description)
/// (the 3.58 reference pages' meaning): a later release that documents it anew, or an SDK that
/// documents it otherwise. Made by [`Code::other_meanings`](crate::Code::other_meanings).
///
/// ```
/// use bytertc_codes::{Code, Locale, Source, WarningCode};
///
/// let code = WarningCode::UserInPublish;
/// assert!(code.description(Locale::Zh).contains("公共流"));
/// let later = &code.other_meanings()[0];
/// assert_eq!(later.source(), Source::Cpp3_60);
/// assert!(later.description(Locale::Zh).contains("WTN 流"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Meaning {
    /// The first source that documents the code this way.
    pub(crate) source: Source,
    /// Chinese summary and description, English summary and description, as in `Row`.
    pub(crate) texts: [&'static str; 4],
}

impl Meaning {
    /// The first source that documents the code this way (the later sources of the same SDK that
    /// list the code do too, unless another meaning names a later one).
    #[must_use]
    #[inline]
    pub const fn source(&self) -> Source {
        self.source
    }

    /// The first line of the description in `locale`.
    #[must_use]
    #[inline]
    pub const fn summary(&self, locale: Locale) -> &'static str {
        self.texts[locale as usize * 2]
    }

    /// The description in `locale`, lines separated by `\n`; the Chinese is the source's own, the
    /// English this crate's.
    #[must_use]
    #[inline]
    pub const fn description(&self, locale: Locale) -> &'static str {
        self.texts[locale as usize * 2 + 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_are_ordered() {
        for (i, &source) in Source::ALL.iter().enumerate() {
            assert_eq!(source as usize, i);
            assert_eq!(source.label().parse::<Source>(), Ok(source));
            assert_eq!(source.label().to_uppercase().parse::<Source>(), Ok(source));
            assert_eq!(source.to_string(), source.label());
            assert!(source.label().ends_with(source.release()));
        }
        assert!("cpp-3.59".parse::<Source>().is_err());
        assert!("".parse::<Source>().is_err());
    }

    #[test]
    fn compact_display() {
        let set = |sources: &[Source]| sources.iter().copied().collect::<Sources>().to_string();
        assert_eq!(
            Sources::ALL.to_string(),
            "C++ 3.57–3.61, Electron 3.58.4–3.60.1"
        );
        assert_eq!(Sources::EMPTY.to_string(), "");
        assert_eq!(
            set(&[Source::Cpp3_57, Source::Cpp3_58, Source::Cpp3_61]),
            "C++ 3.57–3.58, 3.61"
        );
        assert_eq!(set(&[Source::Electron3_60_1]), "Electron 3.60.1");
        assert_eq!(
            set(&[Source::Cpp3_60, Source::Electron3_58_4]),
            "C++ 3.60, Electron 3.58.4"
        );
        assert_eq!(
            format!("{:>16}", set_of(Source::Cpp3_57)),
            "        C++ 3.57"
        );
        assert_eq!(
            format!("{:?}", set_of(Source::Cpp3_57)),
            "{Cpp3_57}".to_owned()
        );
    }

    fn set_of(source: Source) -> Sources {
        Sources::EMPTY.with(source)
    }

    #[test]
    fn newest_per_sdk() {
        let sources: Sources = [Source::Cpp3_57, Source::Cpp3_60, Source::Electron3_58_4]
            .into_iter()
            .collect();
        assert_eq!(sources.newest(Sdk::Cpp), Some(Source::Cpp3_60));
        assert_eq!(sources.newest(Sdk::Electron), Some(Source::Electron3_58_4));
        assert_eq!(Sources::EMPTY.newest(Sdk::Cpp), None);
    }
}
