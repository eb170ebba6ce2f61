//! The SDK releases whose headers or reference pages list the codes ([`Source`], [`Sources`], by
//! SDK family [`Sdk`]), and what a code meant in one of them where that differs from its description
//! ([`Meaning`]).

use core::fmt;
use core::str::FromStr;

use crate::error::RejectedInput;
use crate::format::pad;
use crate::Locale;

/// One public SDK release's code definitions: the C++ or Objective-C headers, or the Android or
/// Electron reference pages (or type definitions), as published for that release.
///
/// Beside the 3.58 reference pages ([`Platform`](crate::Platform)), a code knows which of these list
/// it and under which identifier, so an application can tell what the release it links defines, and
/// when a code came and went. `Display` gives the label (`cpp-3.61`), which `FromStr` parses back.
///
/// There are 38 sources, every public release from 3.24 to 3.61 that could be found, in four
/// families ([`Sdk`]):
///
/// - **C++** headers of 3.24, 3.26–3.30, 3.33–3.38, 3.41, 3.45, 3.46, 3.50, 3.52, 3.54, 3.56,
///   3.57, 3.58, 3.60 and 3.61. Each is the headers of one platform: Windows up to 3.58, Linux for
///   3.60 and 3.61 (a platform's headers can differ in scoped `@hidden(…)` marks, not in the codes).
///   `cpp-3.56` is the BytePlus build of the same SDK, with official English comments.
/// - **Objective-C** headers (`ByteRTC…` identifiers, iOS; 3.58 from the macOS framework) of 3.45,
///   3.50, 3.52, 3.54, 3.57 and 3.58.
/// - **Android** reference pages (the Java constants and their values) of 3.45, 3.50, 3.52, 3.54
///   and 3.57.
/// - **Electron** reference pages of 3.54 and 3.57, and the type definitions of 3.58.4 and 3.60.1.
///
/// No public source was found of 3.25, 3.31, 3.32, 3.39, 3.40, 3.42–3.44, 3.47–3.49, 3.51, 3.53,
/// 3.55 and 3.59. A release without a source is a **gap, not an absence**: a code that 3.50 and
/// 3.52 list was most likely in 3.51 too, and a code that a family's sources list with a gap
/// between them ([`Sources`]' `(not 3.46)`) may only be missing from that one file.
///
/// [`Source::ALL`] (and `Ord`) follow the families in that order, each's releases oldest first.
///
/// ```
/// use bytertc_codes::{Code, ErrorCode, Sdk, Source};
///
/// // Does the 3.61 C++ SDK still define -1007? No: it left the C++ headers in 3.60.
/// let code = ErrorCode::RoomIdIllegal;
/// assert!(!code.sources().contains(Source::Cpp3_61));
/// assert_eq!(code.identifier_in(Source::Electron3_60_1), Some("kRoomErrorCodeRoomIdIllegal"));
///
/// assert_eq!(Source::Cpp3_61.to_string(), "cpp-3.61");
/// assert_eq!("electron-3.60.1".parse::<Source>(), Ok(Source::Electron3_60_1));
/// assert_eq!(Source::find(Sdk::Objc, "3.50"), Some(Source::Objc3_50));
/// assert_eq!(Source::find(Sdk::Android, "3.58"), None); // no Android source of 3.58
/// assert_eq!(Source::in_sdk(Sdk::Electron).len(), 4);
/// assert_eq!(Source::ALL.len(), 38);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Source {
    /// The C++ SDK 3.24 headers (Windows).
    Cpp3_24,
    /// The C++ SDK 3.26 headers (Windows).
    Cpp3_26,
    /// The C++ SDK 3.27 headers (Windows).
    Cpp3_27,
    /// The C++ SDK 3.28 headers (Windows).
    Cpp3_28,
    /// The C++ SDK 3.29 headers (Windows).
    Cpp3_29,
    /// The C++ SDK 3.30 headers (Windows).
    Cpp3_30,
    /// The C++ SDK 3.33 headers (Windows).
    Cpp3_33,
    /// The C++ SDK 3.34 headers (Windows).
    Cpp3_34,
    /// The C++ SDK 3.35 headers (Windows).
    Cpp3_35,
    /// The C++ SDK 3.36 headers (Windows).
    Cpp3_36,
    /// The C++ SDK 3.37 headers (Windows).
    Cpp3_37,
    /// The C++ SDK 3.38 headers (Windows).
    Cpp3_38,
    /// The C++ SDK 3.41 headers (Windows).
    Cpp3_41,
    /// The C++ SDK 3.45 headers (Windows).
    Cpp3_45,
    /// The C++ SDK 3.46 headers (Windows).
    Cpp3_46,
    /// The C++ SDK 3.50 headers (Windows).
    Cpp3_50,
    /// The C++ SDK 3.52 headers (Windows).
    Cpp3_52,
    /// The C++ SDK 3.54 headers (Windows).
    Cpp3_54,
    /// The C++ SDK 3.56 headers (Windows): the BytePlus build of the same SDK, with official English
    /// comments.
    Cpp3_56,
    /// The C++ SDK 3.57 headers (Windows).
    Cpp3_57,
    /// The C++ SDK 3.58 headers (Windows; the 3.58.1 Linux headers define the same codes).
    Cpp3_58,
    /// The C++ SDK 3.60 headers (Linux `x86_64`).
    Cpp3_60,
    /// The C++ SDK 3.61 headers (Linux).
    Cpp3_61,
    /// The Objective-C SDK 3.45 headers (iOS).
    Objc3_45,
    /// The Objective-C SDK 3.50 headers (iOS).
    Objc3_50,
    /// The Objective-C SDK 3.52 headers (iOS).
    Objc3_52,
    /// The Objective-C SDK 3.54 headers (iOS).
    Objc3_54,
    /// The Objective-C SDK 3.57 headers (iOS).
    Objc3_57,
    /// The Objective-C SDK 3.58 headers (the macOS framework).
    Objc3_58,
    /// The Android SDK 3.45 reference page (Java constants and values).
    Android3_45,
    /// The Android SDK 3.50 reference page.
    Android3_50,
    /// The Android SDK 3.52 reference page.
    Android3_52,
    /// The Android SDK 3.54 reference page.
    Android3_54,
    /// The Android SDK 3.57 reference page.
    Android3_57,
    /// The Electron SDK 3.54 reference page.
    Electron3_54,
    /// The Electron SDK 3.57 reference page.
    Electron3_57,
    /// The Electron SDK 3.58.4 type definitions.
    Electron3_58_4,
    /// The Electron SDK 3.60.1 type definitions.
    Electron3_60_1,
}

/// The SDK family of a [`Source`]: the language or framework whose headers or pages it is.
///
/// `Display` gives the [`name`](Self::name); `FromStr` takes the short form of a label's prefix
/// (`cpp`, `objc`, `android`, `electron`) or the name, case-insensitively.
///
/// ```
/// use bytertc_codes::Sdk;
///
/// assert_eq!("objc".parse::<Sdk>(), Ok(Sdk::Objc));
/// assert_eq!("Objective-C".parse::<Sdk>(), Ok(Sdk::Objc));
/// assert_eq!("C++".parse::<Sdk>(), Ok(Sdk::Cpp));
/// assert_eq!(Sdk::Android.to_string(), "Android");
/// assert!("java".parse::<Sdk>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Sdk {
    /// The C/C++ SDK (Windows, Linux), which Rust applications link.
    Cpp,
    /// The Objective-C SDK (iOS, macOS).
    Objc,
    /// The Android (Java) SDK.
    Android,
    /// The Electron SDK.
    Electron,
}

/// Per [`Sdk`]: its name, its short form (the labels' prefix), and where its sources start in
/// [`Source::ALL`]; one more entry ends the last family.
const FAMILIES: [(&str, &str, usize); 5] = [
    ("C++", "cpp", 0),
    ("Objective-C", "objc", 23),
    ("Android", "android", 29),
    ("Electron", "electron", 34),
    ("", "", 38),
];

impl Sdk {
    /// Every SDK family, in the order of [`Source::ALL`].
    pub const ALL: &'static [Sdk] = &[Sdk::Cpp, Sdk::Objc, Sdk::Android, Sdk::Electron];

    /// `"C++"`, `"Objective-C"`, `"Android"` or `"Electron"`.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        FAMILIES[self as usize].0
    }

    /// The short form, the prefix of its sources' labels: `"cpp"`, `"objc"`, `"android"` or
    /// `"electron"`.
    #[must_use]
    #[inline]
    pub const fn short_name(self) -> &'static str {
        FAMILIES[self as usize].1
    }

    /// The family's sources, oldest first: a slice of [`Source::ALL`].
    #[must_use]
    #[inline]
    pub const fn sources(self) -> &'static [Source] {
        let start = FAMILIES[self as usize].2;
        let end = FAMILIES[self as usize + 1].2;
        Source::ALL.split_at(end).0.split_at(start).1
    }
}

impl fmt::Display for Sdk {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl FromStr for Sdk {
    type Err = ParseSdkError;

    /// Parses the short form (`cpp`, `objc`, `android`, `electron`) or the name (`C++`,
    /// `Objective-C`, …), case-insensitively.
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Index loops rather than iterator adaptors here and below: each adaptor over a new type
        // is a tree of generic functions the compiler builds for every user of the crate.
        let mut i = 0;
        while i < Sdk::ALL.len() {
            let sdk = Sdk::ALL[i];
            if sdk.short_name().eq_ignore_ascii_case(s) || sdk.name().eq_ignore_ascii_case(s) {
                return Ok(sdk);
            }
            i += 1;
        }
        Err(ParseSdkError {
            input: RejectedInput::new(s),
        })
    }
}

/// A string that names no [`Sdk`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(
    feature = "std",
    error("unknown ByteRTC SDK {input:?} (expected cpp, objc, android or electron)")
)]
#[cfg_attr(
    not(feature = "std"),
    error("unknown ByteRTC SDK (expected cpp, objc, android or electron)")
)]
pub struct ParseSdkError {
    input: RejectedInput,
}

impl ParseSdkError {
    /// The rejected input, exactly as it was given, however long.
    #[cfg(feature = "std")]
    #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
    #[must_use]
    #[inline]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

/// Per [`Source`], by `self as usize`: its label and its release (the label's end).
const SOURCES: [(&str, &str); 38] = [
    ("cpp-3.24", "3.24"),
    ("cpp-3.26", "3.26"),
    ("cpp-3.27", "3.27"),
    ("cpp-3.28", "3.28"),
    ("cpp-3.29", "3.29"),
    ("cpp-3.30", "3.30"),
    ("cpp-3.33", "3.33"),
    ("cpp-3.34", "3.34"),
    ("cpp-3.35", "3.35"),
    ("cpp-3.36", "3.36"),
    ("cpp-3.37", "3.37"),
    ("cpp-3.38", "3.38"),
    ("cpp-3.41", "3.41"),
    ("cpp-3.45", "3.45"),
    ("cpp-3.46", "3.46"),
    ("cpp-3.50", "3.50"),
    ("cpp-3.52", "3.52"),
    ("cpp-3.54", "3.54"),
    ("cpp-3.56", "3.56"),
    ("cpp-3.57", "3.57"),
    ("cpp-3.58", "3.58"),
    ("cpp-3.60", "3.60"),
    ("cpp-3.61", "3.61"),
    ("objc-3.45", "3.45"),
    ("objc-3.50", "3.50"),
    ("objc-3.52", "3.52"),
    ("objc-3.54", "3.54"),
    ("objc-3.57", "3.57"),
    ("objc-3.58", "3.58"),
    ("android-3.45", "3.45"),
    ("android-3.50", "3.50"),
    ("android-3.52", "3.52"),
    ("android-3.54", "3.54"),
    ("android-3.57", "3.57"),
    ("electron-3.54", "3.54"),
    ("electron-3.57", "3.57"),
    ("electron-3.58.4", "3.58.4"),
    ("electron-3.60.1", "3.60.1"),
];

impl Source {
    /// Every source: C++, Objective-C, Android, then Electron, each family's releases oldest first.
    pub const ALL: &'static [Source] = &[
        Source::Cpp3_24,
        Source::Cpp3_26,
        Source::Cpp3_27,
        Source::Cpp3_28,
        Source::Cpp3_29,
        Source::Cpp3_30,
        Source::Cpp3_33,
        Source::Cpp3_34,
        Source::Cpp3_35,
        Source::Cpp3_36,
        Source::Cpp3_37,
        Source::Cpp3_38,
        Source::Cpp3_41,
        Source::Cpp3_45,
        Source::Cpp3_46,
        Source::Cpp3_50,
        Source::Cpp3_52,
        Source::Cpp3_54,
        Source::Cpp3_56,
        Source::Cpp3_57,
        Source::Cpp3_58,
        Source::Cpp3_60,
        Source::Cpp3_61,
        Source::Objc3_45,
        Source::Objc3_50,
        Source::Objc3_52,
        Source::Objc3_54,
        Source::Objc3_57,
        Source::Objc3_58,
        Source::Android3_45,
        Source::Android3_50,
        Source::Android3_52,
        Source::Android3_54,
        Source::Android3_57,
        Source::Electron3_54,
        Source::Electron3_57,
        Source::Electron3_58_4,
        Source::Electron3_60_1,
    ];

    /// The label, e.g. `"cpp-3.57"` or `"electron-3.60.1"` (what `Display` writes and `FromStr`
    /// parses; the keys of the command-line tool's `sources` JSON object).
    #[must_use]
    #[inline]
    pub const fn label(self) -> &'static str {
        SOURCES[self as usize].0
    }

    /// The SDK family: C++, Objective-C, Android or Electron.
    #[must_use]
    #[inline]
    pub const fn sdk(self) -> Sdk {
        let i = self as usize;
        if i >= FAMILIES[Sdk::Electron as usize].2 {
            Sdk::Electron
        } else if i >= FAMILIES[Sdk::Android as usize].2 {
            Sdk::Android
        } else if i >= FAMILIES[Sdk::Objc as usize].2 {
            Sdk::Objc
        } else {
            Sdk::Cpp
        }
    }

    /// The release, e.g. `"3.57"` or `"3.60.1"`.
    #[must_use]
    #[inline]
    pub const fn release(self) -> &'static str {
        SOURCES[self as usize].1
    }

    /// The sources of `sdk`, oldest first: a slice of [`ALL`](Self::ALL) (as [`Sdk::sources`]).
    #[must_use]
    #[inline]
    pub const fn in_sdk(sdk: Sdk) -> &'static [Source] {
        sdk.sources()
    }

    /// The source of `sdk` for `release` (`"3.50"`, `"3.60.1"`: exactly as [`release`](Self::release)
    /// writes it), if there is one.
    #[must_use]
    #[inline]
    pub fn find(sdk: Sdk, release: &str) -> Option<Source> {
        let sources = sdk.sources();
        let mut i = 0;
        while i < sources.len() {
            if sources[i].release() == release {
                return Some(sources[i]);
            }
            i += 1;
        }
        None
    }

    #[inline]
    const fn bit(self) -> u64 {
        1 << self as u8
    }
}

impl fmt::Display for Source {
    /// The label, e.g. `cpp-3.61`; honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.label())
    }
}

impl FromStr for Source {
    type Err = ParseSourceError;

    /// Parses a label, case-insensitively (`"cpp-3.61"`, `"Electron-3.60.1"`).
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut i = 0;
        while i < Source::ALL.len() {
            if Source::ALL[i].label().eq_ignore_ascii_case(s) {
                return Ok(Source::ALL[i]);
            }
            i += 1;
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
    error(
        "unknown ByteRTC source {input:?} (expected a label such as cpp-3.61 or electron-3.60.1)"
    )
)]
#[cfg_attr(
    not(feature = "std"),
    error("unknown ByteRTC source (expected a label such as cpp-3.61 or electron-3.60.1)")
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

/// A set of [`Source`]s: the releases whose headers or pages list a code. Small and `Copy` (a
/// `u64`, a bit per source).
///
/// `Display` shows a code's life at a glance: per SDK family, the first and the last release that
/// list it, naming the family's sources between them that do not (gaps), as in
/// `C++ 3.24–3.61 (not 3.46), Objective-C 3.45–3.58, Electron 3.60.1`. A release without a source
/// at all is no gap: see [`Source`].
///
/// ```
/// use bytertc_codes::{Code, ErrorCode, Sdk, Source, Sources};
///
/// let sources = ErrorCode::MultiRoomUnpublishFailed.sources();
/// assert!(sources.contains(Source::Cpp3_61) && !sources.contains(Source::Electron3_60_1));
/// assert_eq!(sources.last(Sdk::Cpp), Some(Source::Cpp3_61));
///
/// let some: Sources = [Source::Cpp3_45, Source::Cpp3_50, Source::Cpp3_54, Source::Objc3_58]
///     .into_iter()
///     .collect();
/// assert_eq!(some.to_string(), "C++ 3.45–3.54 (not 3.46, 3.52), Objective-C 3.58");
/// assert_eq!(some.first(Sdk::Cpp), Some(Source::Cpp3_45));
/// assert_eq!(some.in_sdk(Sdk::Objc).len(), 1);
/// assert_eq!(Sources::EMPTY.with(Source::Cpp3_58).to_string(), "C++ 3.58");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Sources(pub(crate) u64);

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

    /// The sources of the set that are of `sdk`.
    #[must_use]
    #[inline]
    pub const fn in_sdk(self, sdk: Sdk) -> Sources {
        let start = FAMILIES[sdk as usize].2;
        let end = FAMILIES[sdk as usize + 1].2;
        // The bits from `start` up to `end`, exclusive.
        let family = ((1u64 << (end - start)) - 1) << start;
        Sources(self.0 & family)
    }

    /// The oldest release of `sdk` in the set: when the code first appears in that family.
    #[must_use]
    #[inline]
    pub const fn first(self, sdk: Sdk) -> Option<Source> {
        let bits = self.in_sdk(sdk).0;
        if bits == 0 {
            None
        } else {
            Some(Source::ALL[bits.trailing_zeros() as usize])
        }
    }

    /// The newest release of `sdk` in the set: when the code last appears in that family.
    #[must_use]
    #[inline]
    pub const fn last(self, sdk: Sdk) -> Option<Source> {
        let bits = self.in_sdk(sdk).0;
        if bits == 0 {
            None
        } else {
            Some(Source::ALL[63 - bits.leading_zeros() as usize])
        }
    }

    /// The newest release of `sdk` in the set (the same as [`last`](Self::last)).
    #[must_use]
    #[inline]
    pub const fn newest(self, sdk: Sdk) -> Option<Source> {
        self.last(sdk)
    }
}

impl FromIterator<Source> for Sources {
    fn from_iter<I: IntoIterator<Item = Source>>(iter: I) -> Self {
        iter.into_iter().fold(Sources::EMPTY, Sources::with)
    }
}

impl fmt::Debug for Sources {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for Sources {
    /// Per SDK family that has a source in the set, its name and its first and last release, with
    /// the family's sources between them that the set lacks: `C++ 3.24–3.61 (not 3.46, 3.50)`, or
    /// `C++ 3.61` for one; families separated by `, `. Honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// The ranges, unpadded.
        struct Ranges(Sources);
        impl fmt::Display for Ranges {
            #[inline]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let sources = self.0;
                let mut separator = "";
                let mut family = 0;
                while family < Sdk::ALL.len() {
                    let sdk = Sdk::ALL[family];
                    family += 1;
                    let (Some(first), Some(last)) = (sources.first(sdk), sources.last(sdk)) else {
                        continue;
                    };
                    f.write_str(separator)?;
                    f.write_str(sdk.name())?;
                    f.write_str(" ")?;
                    f.write_str(first.release())?;
                    separator = ", ";
                    if first == last {
                        continue;
                    }
                    f.write_str("–")?;
                    f.write_str(last.release())?;
                    let mut before = " (not ";
                    let mut i = first as usize + 1;
                    while i < last as usize {
                        let source = Source::ALL[i];
                        if !sources.contains(source) {
                            f.write_str(before)?;
                            f.write_str(source.release())?;
                            before = ", ";
                        }
                        i += 1;
                    }
                    if before == ", " {
                        f.write_str(")")?;
                    }
                }
                Ok(())
            }
        }
        pad(f, format_args!("{}", Ranges(*self)))
    }
}

/// What a code means in some sources where that differs from its [`description`](crate::ErrorCode::description)
/// (the 3.58 reference pages' meaning): a later release that documents it anew, or an SDK that
/// documents it otherwise. Made by [`Code::other_meanings`](crate::Code::other_meanings).
///
/// A meaning holds in the sources of one family ([`Sdk`]) from [`source`](Self::source) through
/// [`until`](Self::until) ([`holds_in`](Self::holds_in)); in every other source the description
/// holds. The meanings of a code never overlap, so at most one holds in a source: the text in force
/// there, which `diff` compares (with the `diff` feature).
///
/// ```
/// use bytertc_codes::{Code, ErrorCode, Locale, Source, WarningCode};
///
/// let code = WarningCode::UserInPublish;
/// assert!(code.description(Locale::Zh).contains("公共流"));
/// let later = &code.other_meanings()[0];
/// assert_eq!((later.source(), later.until()), (Source::Cpp3_60, Source::Cpp3_61));
/// assert!(later.description(Locale::Zh).contains("WTN 流"));
/// assert!(later.holds_in(Source::Cpp3_61) && !later.holds_in(Source::Cpp3_58));
///
/// // -1004 meant more in the C++ headers of 3.29, and more again in 3.30 to 3.38.
/// let [in_3_29, in_3_30] = ErrorCode::DuplicateLogin.other_meanings() else { panic!() };
/// assert_eq!((in_3_29.source(), in_3_29.until()), (Source::Cpp3_29, Source::Cpp3_29));
/// assert_eq!((in_3_30.source(), in_3_30.until()), (Source::Cpp3_30, Source::Cpp3_38));
/// assert!(in_3_30.holds_in(Source::Cpp3_34) && !in_3_30.holds_in(Source::Cpp3_41));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Meaning {
    /// The first source of its family that documents the code this way.
    pub(crate) source: Source,
    /// The last source of that family that documents it this way.
    pub(crate) until: Source,
    /// Chinese summary and description, English summary and description, as in `Row`.
    pub(crate) texts: [&'static str; 4],
}

impl Meaning {
    /// The first source of its family that documents the code this way (another family's sources
    /// may say the same earlier; that family then has a meaning of its own where that matters).
    #[must_use]
    #[inline]
    pub const fn source(&self) -> Source {
        self.source
    }

    /// The last source of the same family that documents the code this way: the family's next
    /// source that lists the code says something else.
    #[must_use]
    #[inline]
    pub const fn until(&self) -> Source {
        self.until
    }

    /// Whether the meaning holds in `source`: a source of its family from
    /// [`source`](Self::source) through [`until`](Self::until) (whether or not `source` lists the
    /// code).
    #[must_use]
    #[inline]
    pub const fn holds_in(&self, source: Source) -> bool {
        self.source as u8 <= source as u8 && source as u8 <= self.until as u8
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
            // The label is the family's short name, a dash and the release.
            assert_eq!(
                source.label(),
                format!("{}-{}", source.sdk().short_name(), source.release())
            );
            assert_eq!(Source::find(source.sdk(), source.release()), Some(source));
        }
        assert!(Source::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!("cpp-3.59".parse::<Source>().is_err());
        assert!("".parse::<Source>().is_err());
        assert_eq!(Source::find(Sdk::Cpp, "3.59"), None);
        assert_eq!(Source::find(Sdk::Electron, "3.58"), None);
    }

    #[test]
    fn families_partition_the_sources_in_order() {
        let counts: Vec<usize> = Sdk::ALL
            .iter()
            .map(|&sdk| Source::in_sdk(sdk).len())
            .collect();
        assert_eq!(counts, [23, 6, 5, 4]);
        let joined: Vec<Source> = Sdk::ALL
            .iter()
            .flat_map(|&sdk| Source::in_sdk(sdk).iter().copied())
            .collect();
        assert_eq!(joined, Source::ALL);
        for &sdk in Sdk::ALL {
            assert!(sdk.sources().iter().all(|source| source.sdk() == sdk));
            assert_eq!(Sources::ALL.in_sdk(sdk).len(), sdk.sources().len());
            assert_eq!(Sources::ALL.first(sdk), sdk.sources().first().copied());
            assert_eq!(Sources::ALL.last(sdk), sdk.sources().last().copied());
        }
        assert_eq!(
            Source::in_sdk(Sdk::Electron),
            [
                Source::Electron3_54,
                Source::Electron3_57,
                Source::Electron3_58_4,
                Source::Electron3_60_1
            ]
        );
        assert_eq!(Source::Cpp3_56.sdk(), Sdk::Cpp);
        assert_eq!(Source::Objc3_45.sdk(), Sdk::Objc);
        assert_eq!(Source::Android3_57.sdk(), Sdk::Android);
        assert_eq!(Source::Electron3_54.sdk(), Sdk::Electron);
    }

    #[test]
    fn sdk_names_parse() {
        for &sdk in Sdk::ALL {
            assert_eq!(sdk.short_name().parse::<Sdk>(), Ok(sdk));
            assert_eq!(sdk.name().parse::<Sdk>(), Ok(sdk));
            assert_eq!(sdk.name().to_lowercase().parse::<Sdk>(), Ok(sdk));
            assert_eq!(sdk.short_name().to_uppercase().parse::<Sdk>(), Ok(sdk));
            assert_eq!(sdk.to_string(), sdk.name());
        }
        assert_eq!(
            Sdk::ALL.iter().map(|sdk| sdk.name()).collect::<Vec<_>>(),
            ["C++", "Objective-C", "Android", "Electron"]
        );
        for bad in ["", "c", "java", "ios", "cpp ", "electron-3.54"] {
            let err = bad.parse::<Sdk>().unwrap_err();
            #[cfg(feature = "std")]
            assert_eq!(err.input(), bad);
            #[cfg(feature = "std")]
            assert!(err
                .to_string()
                .contains("expected cpp, objc, android or electron"));
            let _ = err;
        }
    }

    fn set(sources: &[Source]) -> String {
        sources.iter().copied().collect::<Sources>().to_string()
    }

    #[test]
    fn display_gives_ranges_per_family_naming_gaps() {
        assert_eq!(
            Sources::ALL.to_string(),
            "C++ 3.24–3.61, Objective-C 3.45–3.58, Android 3.45–3.57, Electron 3.54–3.60.1"
        );
        assert_eq!(Sources::EMPTY.to_string(), "");
        // A single source; a run; a gap; several gaps.
        assert_eq!(set(&[Source::Cpp3_61]), "C++ 3.61");
        assert_eq!(set(&[Source::Cpp3_60, Source::Cpp3_61]), "C++ 3.60–3.61");
        assert_eq!(
            set(&[Source::Cpp3_57, Source::Cpp3_58, Source::Cpp3_61]),
            "C++ 3.57–3.61 (not 3.60)"
        );
        let all_but = |gaps: &[Source]| -> Sources {
            Sources::ALL
                .in_sdk(Sdk::Cpp)
                .iter()
                .filter(|s| !gaps.contains(s))
                .collect()
        };
        assert_eq!(
            all_but(&[Source::Cpp3_46]).to_string(),
            "C++ 3.24–3.61 (not 3.46)"
        );
        assert_eq!(
            all_but(&[Source::Cpp3_46, Source::Cpp3_50]).to_string(),
            "C++ 3.24–3.61 (not 3.46, 3.50)"
        );
        // Gaps are within a family: the ends of the run are the family's first and last.
        assert_eq!(
            all_but(&[Source::Cpp3_24, Source::Cpp3_61]).to_string(),
            "C++ 3.26–3.60"
        );
        // Several families, each on its own, in `Sdk::ALL` order.
        let mut several = all_but(&[Source::Cpp3_46]);
        for source in [
            Source::Electron3_60_1,
            Source::Objc3_45,
            Source::Objc3_58,
            Source::Android3_45,
            Source::Android3_50,
            Source::Android3_52,
            Source::Android3_54,
            Source::Android3_57,
            Source::Electron3_54,
            Source::Electron3_57,
            Source::Electron3_58_4,
        ] {
            several = several.with(source);
        }
        let objc_middle = [
            Source::Objc3_50,
            Source::Objc3_52,
            Source::Objc3_54,
            Source::Objc3_57,
        ];
        assert_eq!(
            several.to_string(),
            "C++ 3.24–3.61 (not 3.46), Objective-C 3.45–3.58 (not 3.50, 3.52, 3.54, 3.57), \
             Android 3.45–3.57, Electron 3.54–3.60.1"
        );
        for source in objc_middle {
            several = several.with(source);
        }
        assert_eq!(
            several.to_string(),
            "C++ 3.24–3.61 (not 3.46), Objective-C 3.45–3.58, Android 3.45–3.57, Electron 3.54–3.60.1"
        );
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
    fn first_last_and_newest_per_sdk() {
        let sources: Sources = [
            Source::Cpp3_24,
            Source::Cpp3_57,
            Source::Cpp3_60,
            Source::Electron3_58_4,
        ]
        .into_iter()
        .collect();
        assert_eq!(sources.newest(Sdk::Cpp), Some(Source::Cpp3_60));
        assert_eq!(sources.last(Sdk::Cpp), Some(Source::Cpp3_60));
        assert_eq!(sources.first(Sdk::Cpp), Some(Source::Cpp3_24));
        assert_eq!(sources.first(Sdk::Electron), Some(Source::Electron3_58_4));
        assert_eq!(sources.last(Sdk::Electron), Some(Source::Electron3_58_4));
        assert_eq!(sources.first(Sdk::Objc), None);
        assert_eq!(sources.in_sdk(Sdk::Cpp).len(), 3);
        assert_eq!(sources.in_sdk(Sdk::Android), Sources::EMPTY);
        assert_eq!(Sources::EMPTY.newest(Sdk::Cpp), None);
        assert_eq!(Sources::ALL.len(), 38);
        assert_eq!(Sources::ALL.iter().collect::<Vec<_>>(), Source::ALL);
    }
}
