//! The languages of the SDK's texts.

use core::fmt;
use core::str::FromStr;

use crate::error::RejectedInput;

/// A language the crate has texts in.
///
/// Chinese is the SDK reference page's own text; English is written for this crate from the same
/// content. Pick a locale explicitly for every call: the crate has no global locale.
///
/// ```
/// use bytertc_codes::{ErrorCode, Locale};
///
/// let locale: Locale = "zh_CN.UTF-8".parse().unwrap();
/// assert_eq!(locale, Locale::Zh);
/// assert_eq!(ErrorCode::InvalidToken.summary(locale), "Token 无效。");
/// assert_eq!(ErrorCode::InvalidToken.summary(Locale::En), "Token is invalid");
/// ```
///
/// With the `serde` feature a `Locale` is its tag ([`code`](Self::code): `"zh"`, `"en"`) in every
/// format, and reads back from any tag `FromStr` takes (`"zh-CN"`, `"en_US.UTF-8"`); an unsupported
/// one is an error that quotes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Locale {
    /// Chinese (`zh`), the SDK reference page's language.
    Zh,
    /// English (`en`).
    En,
}

impl Locale {
    /// Every locale, Chinese first.
    pub const ALL: &'static [Locale] = &[Locale::Zh, Locale::En];

    /// The BCP 47 primary language subtag: `"zh"` or `"en"`.
    #[must_use]
    #[inline]
    pub const fn code(self) -> &'static str {
        match self {
            Locale::Zh => "zh",
            Locale::En => "en",
        }
    }
}

impl fmt::Display for Locale {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code())
    }
}

impl FromStr for Locale {
    type Err = ParseLocaleError;

    /// Parses a BCP 47 tag (`zh`, `zh-CN`, `zh-Hans-CN`, `en-US`) or a POSIX locale name
    /// (`zh_CN.UTF-8`, `en_GB.UTF-8@euro`), case-insensitively. Only the language decides: every Chinese
    /// script and region (`zh-TW` included) is [`Locale::Zh`].
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_locale(s).ok_or_else(|| ParseLocaleError::new(s))
    }
}

/// Splits `tag` into language, subtags, and optional POSIX `.codeset` / `@modifier`, checking each part's
/// shape; `None` when it is no well-formed tag of a known language.
#[inline]
pub(crate) fn parse_locale(tag: &str) -> Option<Locale> {
    let (tag, modifier) = match tag.split_once('@') {
        Some((tag, modifier)) => (tag, Some(modifier)),
        None => (tag, None),
    };
    let (tag, codeset) = match tag.split_once('.') {
        Some((tag, codeset)) => (tag, Some(codeset)),
        None => (tag, None),
    };
    let well_formed = |part: &str, max: usize, extra: &[u8]| {
        !part.is_empty()
            && part.len() <= max
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
    };
    if !codeset.is_none_or(|c| well_formed(c, 32, b"-_"))
        || !modifier.is_none_or(|m| well_formed(m, 32, b"-_"))
    {
        return None;
    }
    let mut subtags = tag.split(['-', '_']);
    let language = subtags.next()?;
    if !subtags.all(|subtag| well_formed(subtag, 8, b"")) {
        return None;
    }
    if language.eq_ignore_ascii_case("zh") {
        Some(Locale::Zh)
    } else if language.eq_ignore_ascii_case("en") {
        Some(Locale::En)
    } else {
        None
    }
}

/// A string that names no [`Locale`] the crate has texts in.
///
/// ```
/// use bytertc_codes::Locale;
///
/// let err = "fr-FR".parse::<Locale>().unwrap_err();
/// # #[cfg(feature = "std")]
/// assert_eq!(err.to_string(), r#"unsupported locale "fr-FR" (expected zh or en, e.g. zh-CN, en_US.UTF-8)"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(
    feature = "std",
    error("unsupported locale {input:?} (expected zh or en, e.g. zh-CN, en_US.UTF-8)")
)]
#[cfg_attr(
    not(feature = "std"),
    error("unsupported locale (expected zh or en, e.g. zh-CN, en_US.UTF-8)")
)]
pub struct ParseLocaleError {
    input: RejectedInput,
}

impl ParseLocaleError {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_bcp47_and_posix_forms() {
        let table = [
            ("zh", Locale::Zh),
            ("ZH", Locale::Zh),
            ("zh-CN", Locale::Zh),
            ("zh-cn", Locale::Zh),
            ("zh-Hans", Locale::Zh),
            ("zh-Hans-CN", Locale::Zh),
            ("zh-Hant-TW", Locale::Zh),
            ("zh_CN.UTF-8", Locale::Zh),
            ("zh_CN.utf8", Locale::Zh),
            ("zh-TW", Locale::Zh),
            ("en", Locale::En),
            ("EN", Locale::En),
            ("en-US", Locale::En),
            ("en_GB.UTF-8", Locale::En),
            ("en_IE.UTF-8@euro", Locale::En),
            ("En-Latn-US", Locale::En),
        ];
        for (input, expected) in table {
            assert_eq!(input.parse::<Locale>(), Ok(expected), "{input}");
        }
    }

    #[test]
    fn rejects_everything_else_and_keeps_the_input() {
        for input in [
            "",
            "z",
            "zh-",
            "-zh",
            "zh--CN",
            "zh_CN.",
            "zh@",
            "zhx",
            "eng",
            "english",
            "chinese",
            "fr",
            "fr-FR",
            "C",
            "POSIX",
            " zh",
            "zh ",
            "zh-CN-toolongsubtag",
            "zh-中文",
            "en_US.UTF 8",
        ] {
            let err = input.parse::<Locale>().unwrap_err();
            #[cfg(feature = "std")]
            assert_eq!(err.input(), input);
            let _ = err;
        }
    }

    #[test]
    fn all_round_trips_through_display() {
        for &locale in Locale::ALL {
            assert_eq!(locale.to_string().parse::<Locale>(), Ok(locale));
        }
        assert_eq!(Locale::ALL, &[Locale::Zh, Locale::En]);
    }
}
