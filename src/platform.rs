//! The SDK platforms whose reference pages list the codes, and deprecation data.

use core::fmt;
use core::str::FromStr;

use crate::error::RejectedInput;
use crate::format::pad;
use crate::table::Replacement;
use crate::AnyCode;

/// An SDK platform with its own API reference page (all of release 3.58).
///
/// Values and meanings agree across platforms; only the identifiers' style differs
/// (`ERROR_CODE_X` on Unity and Android, `ByteRTCErrorCodeX` on iOS and macOS, `kErrorCodeX` in C++).
///
/// ```
/// use bytertc_codes::{ErrorCode, Platform};
///
/// let code = ErrorCode::JoinRoomRoomForbidden;
/// assert_eq!(code.identifier(Platform::Windows), Some("kErrorCodeJoinRoomRoomForbidden"));
/// assert_eq!(code.identifier(Platform::Ios), Some("ByteRTCErrorCodeJoinRoomRoomForbidden"));
/// assert_eq!(code.identifier(Platform::Unity), None); // not on the Unity page
/// assert_eq!("ios".parse::<Platform>(), Ok(Platform::Ios));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Platform {
    /// The Unity C# SDK (`bytertc.ErrorCode`), the crate's primary source.
    Unity,
    /// The Android Java SDK (`com.ss.bytertc.engine.type.ErrorCode`).
    Android,
    /// The iOS Objective-C SDK (`ByteRTCErrorCode`).
    Ios,
    /// The macOS Objective-C SDK (`ByteRTCErrorCode`).
    Macos,
    /// The Windows C++ SDK (`bytertc::ErrorCode`).
    Windows,
    /// The Linux C++ SDK (`bytertc::ErrorCode`).
    Linux,
    /// The Electron SDK.
    Electron,
}

impl Platform {
    /// Every platform, in the order this crate lists them.
    pub const ALL: &'static [Platform] = &[
        Platform::Unity,
        Platform::Android,
        Platform::Ios,
        Platform::Macos,
        Platform::Windows,
        Platform::Linux,
        Platform::Electron,
    ];

    /// The platform's usual name: `"Unity"`, `"Android"`, `"iOS"`, `"macOS"`, `"Windows"`, `"Linux"`,
    /// `"Electron"`.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Platform::Unity => "Unity",
            Platform::Android => "Android",
            Platform::Ios => "iOS",
            Platform::Macos => "macOS",
            Platform::Windows => "Windows",
            Platform::Linux => "Linux",
            Platform::Electron => "Electron",
        }
    }

    #[inline]
    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for Platform {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl FromStr for Platform {
    type Err = ParsePlatformError;

    /// Parses a platform name, case-insensitively (`"iOS"`, `"ios"`, `"MacOS"`).
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // An index loop: an iterator adaptor over a new type is a tree of generic functions that
        // every build of the crate compiles.
        let mut i = 0;
        while i < Platform::ALL.len() {
            if Platform::ALL[i].name().eq_ignore_ascii_case(s) {
                return Ok(Platform::ALL[i]);
            }
            i += 1;
        }
        Err(ParsePlatformError::new(s))
    }
}

/// A string that names no [`Platform`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(
    feature = "std",
    error("unknown ByteRTC platform {input:?} (expected Unity, Android, iOS, macOS, Windows, Linux or Electron)")
)]
#[cfg_attr(
    not(feature = "std"),
    error("unknown ByteRTC platform (expected Unity, Android, iOS, macOS, Windows, Linux or Electron)")
)]
pub struct ParsePlatformError {
    input: RejectedInput,
}

impl ParsePlatformError {
    #[inline]
    fn new(input: &str) -> Self {
        Self {
            input: RejectedInput::new(input),
        }
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

/// A set of [`Platform`]s: the reference pages that list a code. Small and `Copy` (one byte).
///
/// ```
/// use bytertc_codes::{ErrorCode, Platform};
///
/// let platforms = ErrorCode::AppIdNull.platforms();
/// assert!(platforms.contains(Platform::Android));
/// assert!(!platforms.contains(Platform::Windows));
/// assert_eq!(platforms.iter().collect::<Vec<_>>(), [Platform::Unity, Platform::Android]);
/// assert_eq!(platforms.to_string(), "Unity, Android");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Platforms(pub(crate) u8);

impl Platforms {
    /// No platform.
    pub const EMPTY: Platforms = Platforms(0);

    /// Every platform.
    pub const ALL: Platforms = Platforms((1 << Platform::ALL.len()) - 1);

    /// This set with `platform` added.
    #[must_use]
    #[inline]
    pub const fn with(self, platform: Platform) -> Platforms {
        Platforms(self.0 | platform.bit())
    }

    /// Whether `platform` is in the set.
    #[must_use]
    #[inline]
    pub const fn contains(self, platform: Platform) -> bool {
        self.0 & platform.bit() != 0
    }

    /// How many platforms are in the set.
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

    /// The platforms in the set, in [`Platform::ALL`] order.
    #[inline]
    pub fn iter(self) -> impl Iterator<Item = Platform> + Clone {
        Platform::ALL
            .iter()
            .copied()
            .filter(move |&p| self.contains(p))
    }
}

impl FromIterator<Platform> for Platforms {
    fn from_iter<I: IntoIterator<Item = Platform>>(iter: I) -> Self {
        iter.into_iter().fold(Platforms::EMPTY, Platforms::with)
    }
}

impl fmt::Debug for Platforms {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for Platforms {
    /// The platform names separated by `", "`; honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct List(Platforms);
        impl fmt::Display for List {
            #[inline]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for (i, platform) in self.0.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(platform.name())?;
                }
                Ok(())
            }
        }
        pad(f, format_args!("{}", List(*self)))
    }
}

/// Where some SDK reference page or header marks a code deprecated: since which release, and what
/// replaces it.
///
/// No `#[deprecated]` attribute is put on such variants: the SDK still sends these codes to apps built
/// with older releases, and matching on them must not warn.
///
/// The replacement may be a code of another set, even of one this crate does not have yet: its set and
/// identifier are always there ([`replacement_set`](Self::replacement_set),
/// [`replacement_name`](Self::replacement_name)), the typed code where the crate has it
/// ([`replaced_by`](Self::replaced_by) within the same set, [`replacement`](Self::replacement) in
/// any).
///
/// ```
/// use bytertc_codes::{AnyCode, ErrorCode};
///
/// let deprecation = ErrorCode::OverScreenPublishLimit.deprecation().unwrap();
/// assert_eq!(deprecation.since(), "3.52");
/// assert_eq!(deprecation.replaced_by(), Some(ErrorCode::OverStreamPublishLimit));
/// assert_eq!(deprecation.replacement(), Some(AnyCode::from(ErrorCode::OverStreamPublishLimit)));
/// assert_eq!(ErrorCode::InvalidToken.deprecation(), None);
///
/// // Replaced, from 3.60 on, by a code of another set (`AVSyncEvent`).
/// let deprecation = ErrorCode::InvalidAudioSyncUseridRepeated.deprecation().unwrap();
/// assert_eq!(deprecation.since(), "3.60");
/// assert_eq!(deprecation.replaced_by(), None);
/// assert_eq!(deprecation.replacement_set(), Some("AVSyncEvent"));
/// assert_eq!(deprecation.replacement_name(), Some("kAVSyncEventInvalidUidRepeated"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Deprecation<C> {
    since: &'static str,
    replacement: Option<&'static Replacement>,
    replaced_by: Option<C>,
}

impl<C: Copy> Deprecation<C> {
    #[inline]
    pub(crate) const fn new(
        since: &'static str,
        replacement: Option<&'static Replacement>,
        replaced_by: Option<C>,
    ) -> Self {
        Self {
            since,
            replacement,
            replaced_by,
        }
    }

    /// The same deprecation with `replaced_by` as the typed replacement.
    pub(crate) fn with_replaced_by<D>(self, replaced_by: Option<D>) -> Deprecation<D> {
        Deprecation {
            since: self.since,
            replacement: self.replacement,
            replaced_by,
        }
    }

    /// The earliest SDK release that any page or header deprecates the code in, e.g. `"3.52"`.
    #[must_use]
    #[inline]
    pub const fn since(&self) -> &'static str {
        self.since
    }

    /// The code to use instead, where it is a `C`: for an enum's own `deprecation()` a code of the
    /// same set, for [`AnyCode::deprecation`] a code of any set this crate has.
    #[must_use]
    #[inline]
    pub const fn replaced_by(&self) -> Option<C> {
        self.replaced_by
    }

    /// The code to use instead, of any set, where a source names one and this crate has its set.
    #[must_use]
    #[inline]
    pub fn replacement(&self) -> Option<AnyCode> {
        let (set, position) = self.replacement?.code?;
        Some(set.at(position.into()))
    }

    /// The SDK name of the replacement's set (e.g. `"ErrorCode"`, `"AVSyncEvent"`), where a source
    /// names a replacement.
    #[must_use]
    #[inline]
    pub const fn replacement_set(&self) -> Option<&'static str> {
        match self.replacement {
            Some(replacement) => Some(replacement.set),
            None => None,
        }
    }

    /// The replacement's SDK identifier (e.g. `"kAVSyncEventInvalidUidRepeated"`; for a replacement
    /// in the same set its [`sdk_name`](crate::ErrorCode::sdk_name)), where a source names one.
    #[must_use]
    #[inline]
    pub const fn replacement_name(&self) -> Option<&'static str> {
        match self.replacement {
            Some(replacement) => Some(replacement.name),
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms_set_operations() {
        let set = Platforms::EMPTY.with(Platform::Linux).with(Platform::Unity);
        assert_eq!(set.len(), 2);
        assert!(set.contains(Platform::Unity) && set.contains(Platform::Linux));
        assert!(!set.contains(Platform::Ios));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Platform::Unity, Platform::Linux]
        );
        assert_eq!(set.to_string(), "Unity, Linux");
        assert_eq!(format!("{set:?}"), "{Unity, Linux}");
        assert_eq!(Platforms::ALL.len(), Platform::ALL.len());
        assert_eq!(
            Platform::ALL.iter().copied().collect::<Platforms>(),
            Platforms::ALL
        );
        assert!(Platforms::EMPTY.is_empty());
        assert_eq!(Platforms::EMPTY.to_string(), "");
    }

    #[test]
    fn platform_names_parse_case_insensitively() {
        for &p in Platform::ALL {
            assert_eq!(p.name().parse::<Platform>(), Ok(p));
            assert_eq!(p.name().to_uppercase().parse::<Platform>(), Ok(p));
        }
        assert!("Flutter".parse::<Platform>().is_err());
        assert!("".parse::<Platform>().is_err());
    }
}
