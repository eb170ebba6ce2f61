//! What every code set has in common: the [`Code`] trait and the [`Localized`] display adapter.

use core::fmt;

use crate::{AnyCode, Deprecation, Locale, Meaning, Platform, Platforms, Source, Sources};

pub(crate) mod sealed {
    /// Keeps [`Code`](super::Code) implementable only by this crate, so methods can be added to it.
    pub trait Sealed {}
}

/// The methods every code set shares, for code that is generic over the sets.
///
/// Each enum has most of these methods as `const fn`s of its own (`ErrorCode::code`,
/// `ErrorCode::summary`, …), and this trait forwards to them; `sources`, `identifier_in`,
/// `is_hidden`, `hidden_in`, `hidden_on` and `other_meanings` are only here (written once, they cost
/// nothing per set to compile), so calling them needs the trait in scope (`use bytertc_codes::Code;`
/// or `use bytertc_codes::*;`). It is sealed: only this crate's code sets implement it.
///
/// ```
/// use bytertc_codes::{Code, ErrorCode, Locale, WarningCode};
///
/// fn describe<C: Code>(raw: i32) -> Option<&'static str> {
///     C::from_code(raw).map(|code| code.summary(Locale::En))
/// }
///
/// assert_eq!(describe::<ErrorCode>(-1000), Some("Token is invalid"));
/// assert_eq!(describe::<WarningCode>(-1000), None);
/// assert_eq!(ErrorCode::ALL.len(), <ErrorCode as Code>::ALL.len());
/// ```
pub trait Code:
    sealed::Sealed
    + Copy
    + Eq
    + Ord
    + core::hash::Hash
    + fmt::Debug
    + fmt::Display
    + TryFrom<i32, Error = crate::UnknownCode>
    + Into<i32>
    + Into<AnyCode>
    + core::str::FromStr<Err = crate::ParseCodeError>
    + 'static
{
    /// The name of the code set, e.g. `"ErrorCode"`.
    const SET: &'static str = Self::CODE_SET.name();
    /// Every code of the set, in the order of the reference pages.
    const ALL: &'static [Self];

    /// The set, as a value.
    const CODE_SET: crate::CodeSet;

    /// The code that `name` (the Rust variant name or any platform's identifier) names, if any.
    #[must_use]
    #[inline]
    fn from_name(name: &str) -> Option<Self> {
        crate::table::from_name(Self::CODE_SET, Self::ALL, name)
    }

    // The rest forward, through `AnyCode`'s set-independent tables, to what each enum has as `const
    // fn`s: written once here, they cost nothing per set to compile.

    /// The SDK's integer value of this code.
    #[must_use]
    #[inline]
    fn code(self) -> i32 {
        Into::<i32>::into(self)
    }
    /// The code with this SDK value, if the set defines one.
    #[must_use]
    #[inline]
    fn from_code(code: i32) -> Option<Self> {
        Self::try_from(code).ok()
    }
    /// The Rust variant name, e.g. `"InvalidToken"`.
    #[must_use]
    #[inline]
    fn name(self) -> &'static str {
        Into::<AnyCode>::into(self).name()
    }
    /// The SDK identifier, e.g. `"ERROR_CODE_INVALID_TOKEN"`: the 3.58 Unity page's, else the 3.58
    /// Android page's, else the newest C++ header's, else the newest Electron, then Objective-C,
    /// source's.
    #[must_use]
    #[inline]
    fn sdk_name(self) -> &'static str {
        Into::<AnyCode>::into(self).sdk_name()
    }
    /// The first line of the description in `locale`.
    #[must_use]
    #[inline]
    fn summary(self, locale: Locale) -> &'static str {
        Into::<AnyCode>::into(self).summary(locale)
    }
    /// The full description in `locale`, lines separated by `\n`.
    #[must_use]
    #[inline]
    fn description(self, locale: Locale) -> &'static str {
        Into::<AnyCode>::into(self).description(locale)
    }
    /// The identifier of this code on `platform`'s reference page, if that page lists it.
    #[must_use]
    #[inline]
    fn identifier(self, platform: Platform) -> Option<&'static str> {
        Into::<AnyCode>::into(self).identifier(platform)
    }
    /// The platforms whose reference pages list this code.
    #[must_use]
    #[inline]
    fn platforms(self) -> Platforms {
        Into::<AnyCode>::into(self).platforms()
    }
    /// The SDK releases whose headers list this code.
    #[must_use]
    #[inline]
    fn sources(self) -> Sources {
        Into::<AnyCode>::into(self).sources()
    }
    /// The identifier of this code in `source`'s headers, if they list it.
    #[must_use]
    #[inline]
    fn identifier_in(self, source: Source) -> Option<&'static str> {
        Into::<AnyCode>::into(self).identifier_in(source)
    }
    /// Whether the newest C++ header that lists this code marks it `@hidden` with no platform list
    /// (undocumented, for internal use): whether [`hidden_in`](Self::hidden_in) has the newest C++
    /// source of [`sources`](Self::sources).
    #[must_use]
    #[inline]
    fn is_hidden(self) -> bool {
        Into::<AnyCode>::into(self).is_hidden()
    }
    /// The sources whose doc comment marks this code `@hidden` with no platform list.
    #[must_use]
    #[inline]
    fn hidden_in(self) -> Sources {
        Into::<AnyCode>::into(self).hidden_in()
    }
    /// The platforms of a scoped `@hidden(…)` mark in the newest C++ header that lists this code
    /// (hidden in those platforms' docs, documented elsewhere); empty where there is none.
    #[must_use]
    #[inline]
    fn hidden_on(self) -> Platforms {
        Into::<AnyCode>::into(self).hidden_on()
    }
    /// What this code means in sources that document it differently from its description.
    #[must_use]
    #[inline]
    fn other_meanings(self) -> &'static [Meaning] {
        Into::<AnyCode>::into(self).other_meanings()
    }
    /// Where some reference page or header marks this code deprecated.
    #[must_use]
    #[inline]
    fn deprecation(self) -> Option<Deprecation<Self>> {
        let deprecation = Into::<AnyCode>::into(self).deprecation()?;
        let replaced_by = deprecation
            .replaced_by()
            .filter(|code| code.set() == Self::SET)
            .and_then(|code| Self::from_code(code.code()));
        Some(deprecation.with_replaced_by(replaced_by))
    }
    /// A [`Display`](fmt::Display) adapter showing the summary and the code in `locale`.
    #[must_use]
    #[inline]
    fn localized(self, locale: Locale) -> Localized<Self> {
        Localized::new(self, locale)
    }
}

/// Displays a code's summary and value in one language; made by `localized` on every code enum.
///
/// English reads `Token is invalid (-1000)` (the same as the enum's own `Display`); Chinese uses
/// full-width parentheses: `Token 无效。（-1000）`.
///
/// ```
/// use bytertc_codes::{ErrorCode, Locale};
///
/// let code = ErrorCode::TokenExpired;
/// assert_eq!(code.localized(Locale::En).to_string(), format!("{code}"));
/// assert_eq!(
///     ErrorCode::InvalidToken.localized(Locale::Zh).to_string(),
///     "Token 无效。（-1000）"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Localized<C> {
    code: C,
    locale: Locale,
}

impl<C> Localized<C> {
    #[inline]
    pub(crate) const fn new(code: C, locale: Locale) -> Self {
        Self { code, locale }
    }
}

impl<C: Code> Localized<C> {
    /// The code being displayed.
    #[must_use]
    #[inline]
    pub fn code(&self) -> C {
        self.code
    }

    /// The language it is displayed in.
    #[must_use]
    #[inline]
    pub fn locale(&self) -> Locale {
        self.locale
    }
}

impl<C: Code> fmt::Display for Localized<C> {
    /// Honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::format::code(
            f,
            self.code.summary(self.locale),
            self.code.code(),
            self.locale,
        )
    }
}
