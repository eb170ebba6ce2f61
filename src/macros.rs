//! The one table-to-code generator.
//!
//! Every code set is written once, as a `code_set!` table in `src/codes/`. Each row holds the value, the
//! Rust variant, each platform's identifier, the deprecation (if any) and both texts; the enum, its
//! conversions, names, texts, `ALL`, the lookup tables, the trait impls and each variant's rustdoc are
//! all generated from that row (the approach of `http`'s `status_codes!`), so a value, its names and its
//! texts cannot drift apart.
//!
//! What it generates is shaped by what it costs every application to compile (see the README's
//! "Build cost"): a row of constant data per code instead of a `match` arm per code in every method;
//! no derive macro that re-parses the enum; no per-code `const` evaluation but the discriminant; and
//! the methods `#[inline]`, so that a crate compiles only those it calls.

/// Generates a code-set enum and everything derived from its table.
///
/// Row syntax, optionally preceded by `#[doc(alias = "...")]` lines for extra search aliases:
///
/// ```text
/// Variant = "value" {
///     names: { "IDENTIFIER": [Platform, ...], ... },   // each distinct identifier once, sdk_name first
///     deprecated: "3.52" => ReplacementVariant,         // optional; the replacement is optional
///     zh: ["中文摘要", "更多行"],                          // lines; the first is the summary
///     en: ["English summary", "More lines"],
/// }
/// ```
///
/// The value is written as a string literal because rustdoc's `doc(alias)` takes only a string literal
/// (no `stringify!`); `text::parse_code` turns it into the discriminant at compile time, so a malformed
/// value is a compile error and the number exists once. A text is a list of lines so that `concat!`
/// joins them while the macro expands: neither the summary nor the description costs the compiler's
/// interpreter anything.
macro_rules! code_set {
    (@option) => { None };
    (@option $value:expr) => { Some($value) };
    (@second $ignored:tt, $value:expr) => { $value };
    (
        $(#[$meta:meta])*
        pub enum $Enum:ident {
            $(
                $(#[doc(alias = $alias:literal)])*
                $Variant:ident = $code:literal {
                    names: { $($name:literal: [$($platform:ident),+ $(,)?]),+ $(,)? },
                    $(deprecated: $since:literal $(=> $replacement:ident)?,)?
                    zh: [$zh:literal $(, $zh_more:literal)* $(,)?],
                    en: [$en:literal $(, $en_more:literal)* $(,)?] $(,)?
                }
            )+
        }
    ) => {
        $(#[$meta])*
        ///
        /// # Order
        ///
        /// `Ord` and `PartialOrd` follow the integer value (`-1001 < -1000`), not the order of
        /// [`ALL`](Self::ALL), which follows the reference pages.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(i32)]
        #[non_exhaustive]
        pub enum $Enum {
            $(
                #[doc = concat!($en $(, "\n", $en_more)*)]
                #[doc = ""]
                #[doc = concat!("> ", $zh $(, "\n", $zh_more)*)]
                #[doc = ""]
                #[doc = concat!("Value `", $code, "`. SDK identifiers:")]
                #[doc = ""]
                $(#[doc = concat!("- `", $name, "`:" $(, " ", stringify!($platform))+)])+
                $(
                    #[doc = ""]
                    #[doc = concat!(
                        "**Deprecated** since SDK ", $since
                        $(, ", replaced by [`", stringify!($replacement), "`](Self::", stringify!($replacement), ")")?,
                        ". The SDK still sends it to apps built with older releases.",
                    )]
                )?
                #[doc(alias = $code)]
                $(#[doc(alias = $name)])+
                $(#[doc(alias = $alias)])*
                $Variant = $crate::text::parse_code($code),
            )+
        }

        impl $Enum {
            /// The name of this code set, as used in error messages (`UnknownCode::set`).
            pub const SET: &'static str = stringify!($Enum);

            /// Every code of this set, in the order of the Unity reference page, with the codes only other
            /// platforms' pages list inserted by value.
            pub const ALL: &'static [Self] = &[$(Self::$Variant),+];

            /// The SDK's integer value of this code.
            #[must_use]
            #[inline]
            pub const fn code(self) -> i32 {
                self as i32
            }

            /// The code with this SDK value, or `None` if this set defines no such value.
            ///
            /// `TryFrom<i32>` is the same lookup with an error ([`UnknownCode`](crate::UnknownCode)) that
            /// keeps the value. It costs a branch-free range clamp and one load from a table built at
            /// compile time.
            #[must_use]
            #[inline]
            pub const fn from_code(code: i32) -> Option<Self> {
                Self::DENSE[$crate::table::dense_slot(code, Self::RANGE.0, Self::DENSE_LEN)]
            }

            /// The code that `name` names: its Rust variant name or any platform's SDK identifier,
            /// case-sensitively; `None` otherwise. `FromStr` is the same lookup with an error that keeps
            /// the input; this one never allocates.
            ///
            /// One hash and one string comparison (a perfect hash index generated ahead of time).
            #[must_use]
            #[inline(always)]
            pub fn from_name(name: &str) -> Option<Self> {
                match Self::NAME_INDEX.find(Self::NAMES, name) {
                    Some(index) => Some(Self::NAME_CODES[index]),
                    None => None,
                }
            }

            /// The Rust variant name, e.g. `"InvalidToken"` (the same as strum's `IntoStaticStr`).
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static str {
                self.row().name
            }

            /// The SDK identifier exactly as the reference page writes it: the Unity page's, or for a code
            /// Unity does not list, the Android page's, else the C++ one (see [`identifier`](Self::identifier)
            /// for every platform's).
            #[must_use]
            #[inline]
            pub const fn sdk_name(self) -> &'static str {
                self.row().identifiers[0].0
            }

            /// The identifier of this code on `platform`'s reference page, or `None` where that page does
            /// not list it.
            #[must_use]
            #[inline]
            pub const fn identifier(self, platform: $crate::Platform) -> Option<&'static str> {
                $crate::table::identifier(self.row().identifiers, platform)
            }

            /// The platforms whose reference pages list this code.
            #[must_use]
            #[inline]
            pub const fn platforms(self) -> $crate::Platforms {
                $crate::table::platforms(self.row().identifiers)
            }

            /// Where some reference page marks this code deprecated: since which SDK release, and which
            /// code of this set replaces it.
            #[must_use]
            #[inline]
            pub const fn deprecation(self) -> Option<$crate::Deprecation<Self>> {
                self.row().deprecation
            }

            /// The full description in `locale`: one or more lines separated by `\n`; the first line is
            /// the [`summary`](Self::summary).
            #[must_use]
            #[inline]
            pub const fn description(self, locale: $crate::Locale) -> &'static str {
                self.row().texts[locale as usize * 2 + 1]
            }

            /// The first line of the [`description`](Self::description) in `locale`.
            #[must_use]
            #[inline]
            pub const fn summary(self, locale: $crate::Locale) -> &'static str {
                self.row().texts[locale as usize * 2]
            }

            /// A [`Display`](core::fmt::Display) adapter showing the summary and the code in `locale`,
            /// e.g. `Token 无效。（-1000）`.
            #[must_use]
            #[inline]
            pub const fn localized(self, locale: $crate::Locale) -> $crate::Localized<Self> {
                $crate::Localized::new(self, locale)
            }
        }

        // The compile-time tables (see `table`), all derived from the rows above.
        impl $Enum {
            /// Per position in `ALL`: everything about the code but its value.
            const ROWS: &'static [$crate::table::Row<Self>] = &[$(
                $crate::table::Row {
                    name: stringify!($Variant),
                    texts: [
                        $zh,
                        concat!($zh $(, "\n", $zh_more)*),
                        $en,
                        concat!($en $(, "\n", $en_more)*),
                    ],
                    identifiers: &[$(
                        ($name, $crate::Platforms(0 $(| 1 << $crate::Platform::$platform as u8)+)),
                    )+],
                    deprecation: code_set!(@option $(
                        $crate::Deprecation::new($since, code_set!(@option $(Self::$replacement)?))
                    )?),
                },
            )+];
            const CODES: &'static [i32] = &[$(Self::$Variant as i32),+];
            const RANGE: (i32, i32) = $crate::table::code_range(Self::CODES);
            const DENSE_LEN: usize = $crate::table::dense_len(Self::RANGE);
            /// Value - `RANGE.0` → code, then one `None` for every value outside the range.
            const DENSE: [Option<Self>; Self::DENSE_LEN + 1] = {
                let mut table = [None; Self::DENSE_LEN + 1];
                let mut i = 0;
                while i < Self::ALL.len() {
                    table[(Self::ALL[i] as i32 - Self::RANGE.0) as usize] = Some(Self::ALL[i]);
                    i += 1;
                }
                table
            };
            /// Value - `RANGE.0` → position in `ALL` (only read for valid codes).
            const POSITION: [u16; Self::DENSE_LEN] = {
                assert!(Self::ALL.len() <= u16::MAX as usize, "too many codes for u16 positions");
                let mut table = [0; Self::DENSE_LEN];
                let mut i = 0;
                while i < Self::ALL.len() {
                    table[(Self::ALL[i] as i32 - Self::RANGE.0) as usize] = i as u16;
                    i += 1;
                }
                table
            };
            /// Every name `FromStr` accepts, and the code each one names. `codes::name_index` indexes
            /// them: regenerate it after changing any name (see `table::generate`).
            pub(crate) const NAMES: &'static [&'static str] = &[$(stringify!($Variant) $(, $name)+),+];
            const NAME_INDEX: &'static $crate::table::NameIndex =
                $crate::codes::name_index::of(stringify!($Enum));
            const NAME_CODES: &'static [Self] = &[$(Self::$Variant $(, code_set!(@second $name, Self::$Variant))+),+];

            #[inline(always)]
            const fn row(self) -> &'static $crate::table::Row<Self> {
                &Self::ROWS[Self::POSITION[(self as i32 - Self::RANGE.0) as usize] as usize]
            }
        }

        impl ::core::fmt::Debug for $Enum {
            /// The Rust variant name, as `#[derive(Debug)]` would write it.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl ::core::fmt::Display for $Enum {
            /// The English summary and the code, e.g. `Token is invalid (-1000)`; honours width, fill
            /// and alignment like `str`.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.localized($crate::Locale::En), f)
            }
        }

        impl ::core::error::Error for $Enum {}

        impl ::core::convert::From<$Enum> for i32 {
            #[inline]
            fn from(code: $Enum) -> i32 {
                code.code()
            }
        }

        impl ::core::convert::From<$Enum> for &'static str {
            /// The Rust variant name (strum's `IntoStaticStr`).
            #[inline]
            fn from(code: $Enum) -> &'static str {
                code.name()
            }
        }

        impl ::core::convert::From<&$Enum> for &'static str {
            /// The Rust variant name (strum's `IntoStaticStr`).
            #[inline]
            fn from(code: &$Enum) -> &'static str {
                code.name()
            }
        }

        impl ::strum::EnumCount for $Enum {
            const COUNT: usize = Self::ALL.len();
        }

        impl ::strum::IntoEnumIterator for $Enum {
            type Iterator = ::core::iter::Copied<::core::slice::Iter<'static, Self>>;

            /// Every code, in the order of [`ALL`](Self::ALL).
            #[inline]
            fn iter() -> Self::Iterator {
                Self::ALL.iter().copied()
            }
        }

        impl ::core::convert::TryFrom<i32> for $Enum {
            type Error = $crate::UnknownCode;

            #[inline]
            fn try_from(code: i32) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(code) {
                    Some(value) => Ok(value),
                    // Cold, so known codes take a predicted branch instead of a select between both
                    // results: the SDK sends codes this crate knows far more often than others.
                    None => Err($crate::UnknownCode::cold(const { $crate::error::SetId::$Enum }, code)),
                }
            }
        }

        impl ::core::str::FromStr for $Enum {
            type Err = $crate::ParseCodeError;

            /// Parses the Rust variant name (`InvalidToken`) or any platform's SDK identifier
            /// (`ERROR_CODE_INVALID_TOKEN`, `kErrorCodeInvalidToken`, `ByteRTCErrorCodeInvalidToken`),
            /// case-sensitively.
            ///
            /// See [`from_name`](Self::from_name).
            #[inline(always)]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_name(s) {
                    Some(code) => Ok(code),
                    None => Err($crate::ParseCodeError::new($crate::error::SetId::$Enum, s)),
                }
            }
        }

        impl $crate::Code for $Enum {
            const SET: &'static str = Self::SET;
            const ALL: &'static [Self] = Self::ALL;

            #[inline]
            fn code(self) -> i32 {
                self.code()
            }
            #[inline]
            fn from_code(code: i32) -> Option<Self> {
                Self::from_code(code)
            }
            #[inline]
            fn from_name(name: &str) -> Option<Self> {
                Self::from_name(name)
            }
            #[inline]
            fn name(self) -> &'static str {
                self.name()
            }
            #[inline]
            fn sdk_name(self) -> &'static str {
                self.sdk_name()
            }
            #[inline]
            fn summary(self, locale: $crate::Locale) -> &'static str {
                self.summary(locale)
            }
            #[inline]
            fn description(self, locale: $crate::Locale) -> &'static str {
                self.description(locale)
            }
            #[inline]
            fn identifier(self, platform: $crate::Platform) -> Option<&'static str> {
                self.identifier(platform)
            }
            #[inline]
            fn platforms(self) -> $crate::Platforms {
                self.platforms()
            }
            #[inline]
            fn deprecation(self) -> Option<$crate::Deprecation<Self>> {
                self.deprecation()
            }
        }

        impl $crate::code::sealed::Sealed for $Enum {}

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl ::serde::Serialize for $Enum {
            #[inline]
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i32(self.code())
            }
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl<'de> ::serde::Deserialize<'de> for $Enum {
            #[inline]
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                $crate::serde_impl::deserialize(deserializer)
            }
        }
    };
}
