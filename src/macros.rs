//! The one table-to-code generator.
//!
//! Every code set is written once, as a `code_set!` table in `src/codes/`. Each row holds the value, the
//! Rust variant, each platform's identifier, the deprecation (if any) and both texts; the enum, its
//! conversions, names, texts, `ALL`, the lookup tables, the trait impls and each variant's rustdoc are
//! all generated from that row (the approach of `http`'s `status_codes!`), so a value, its names and its
//! texts cannot drift apart.

/// Generates a code-set enum and everything derived from its table.
///
/// Row syntax, optionally preceded by `#[doc(alias = "...")]` lines for extra search aliases:
///
/// ```text
/// Variant = "value" {
///     names: { "IDENTIFIER": [Platform, ...], ... },   // each distinct identifier once
///     deprecated: "3.52" => ReplacementVariant,         // optional; the replacement is optional
///     zh: "中文",
///     en: "English",
/// }
/// ```
///
/// Texts use `\n` between lines; the first line is the summary.
///
/// The value is written as a string literal because rustdoc's `doc(alias)` takes only a string literal
/// (no `stringify!`); `text::parse_code` turns it into the discriminant at compile time, so a malformed
/// value is a compile error and the number exists once.
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
                    zh: $zh:literal,
                    en: $en:literal $(,)?
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
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::num_enum::IntoPrimitive,
            ::strum::EnumIter, ::strum::EnumCount, ::strum::IntoStaticStr,
        )]
        #[repr(i32)]
        #[non_exhaustive]
        pub enum $Enum {
            $(
                #[doc = $en]
                #[doc = ""]
                #[doc = concat!("> ", $zh)]
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
            /// One hash and one string comparison (a perfect hash table built at compile time).
            #[must_use]
            #[inline(always)]
            pub fn from_name(name: &str) -> Option<Self> {
                match $crate::table::find_name(&Self::NAME_TABLE, Self::NAMES, name) {
                    Some(index) => Some(Self::NAME_CODES[index]),
                    None => None,
                }
            }

            /// The Rust variant name, e.g. `"InvalidToken"` (the same as strum's `IntoStaticStr`).
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$Variant => stringify!($Variant),)+
                }
            }

            /// The SDK identifier exactly as the reference page writes it: the Unity page's, or for a code
            /// Unity does not list, the Android page's, else the C++ one (see [`identifier`](Self::identifier)
            /// for every platform's).
            #[must_use]
            pub const fn sdk_name(self) -> &'static str {
                match self {
                    $(Self::$Variant => const {
                        $crate::platform::preferred_name(&[
                            $(($name, $crate::Platforms::EMPTY $(.with($crate::Platform::$platform))+)),+
                        ])
                    },)+
                }
            }

            /// The identifier of this code on `platform`'s reference page, or `None` where that page does
            /// not list it.
            #[must_use]
            #[allow(unreachable_patterns)] // a set listed on every page leaves `_` unreachable
            pub const fn identifier(self, platform: $crate::Platform) -> Option<&'static str> {
                match (self, platform) {
                    $($(
                        (Self::$Variant, $($crate::Platform::$platform)|+) => Some($name),
                    )+)+
                    _ => None,
                }
            }

            /// The platforms whose reference pages list this code.
            #[must_use]
            pub const fn platforms(self) -> $crate::Platforms {
                match self {
                    $(Self::$Variant => $crate::Platforms::EMPTY $($(.with($crate::Platform::$platform))+)+,)+
                }
            }

            /// Where some reference page marks this code deprecated: since which SDK release, and which
            /// code of this set replaces it.
            #[must_use]
            #[allow(unreachable_patterns)] // a set with every code deprecated leaves `_` unreachable
            pub const fn deprecation(self) -> Option<$crate::Deprecation<Self>> {
                match self {
                    $($(
                        Self::$Variant => Some($crate::Deprecation::new(
                            $since,
                            code_set!(@option $(Self::$replacement)?),
                        )),
                    )?)+
                    _ => None,
                }
            }

            /// The full description in `locale`: one or more lines separated by `\n`; the first line is
            /// the [`summary`](Self::summary).
            #[must_use]
            #[inline]
            pub const fn description(self, locale: $crate::Locale) -> &'static str {
                Self::TEXTS[self.position()][locale as usize * 2 + 1]
            }

            /// The first line of the [`description`](Self::description) in `locale`.
            #[must_use]
            #[inline]
            pub const fn summary(self, locale: $crate::Locale) -> &'static str {
                Self::TEXTS[self.position()][locale as usize * 2]
            }

            /// A [`Display`](core::fmt::Display) adapter showing the summary and the code in `locale`,
            /// e.g. `Token 无效。（-1000）`.
            #[must_use]
            pub const fn localized(self, locale: $crate::Locale) -> $crate::Localized<Self> {
                $crate::Localized::new(self, locale)
            }
        }

        // The compile-time tables (see `table`), all derived from the rows above.
        impl $Enum {
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
            const POSITION: [u8; Self::DENSE_LEN] = {
                assert!(Self::ALL.len() <= u8::MAX as usize, "too many codes for u8 positions");
                let mut table = [0; Self::DENSE_LEN];
                let mut i = 0;
                while i < Self::ALL.len() {
                    table[(Self::ALL[i] as i32 - Self::RANGE.0) as usize] = i as u8;
                    i += 1;
                }
                table
            };
            /// Per position in `ALL`: Chinese summary and description, English summary and description
            /// (indexed by `locale as usize * 2 + (0 | 1)`).
            const TEXTS: [[&'static str; 4]; Self::ALL.len()] = [$([
                const { $crate::text::first_line($zh) },
                $zh,
                const { $crate::text::first_line($en) },
                $en,
            ]),+];
            /// Every name `FromStr` accepts, and the code each one names.
            const NAMES: &'static [&'static str] = &[$(stringify!($Variant) $(, $name)+),+];
            const NAME_CODES: &'static [Self] = &[$(Self::$Variant $(, code_set!(@second $name, Self::$Variant))+),+];
            const NAME_SLOTS: usize = $crate::table::name_slots(Self::NAMES.len());
            const NAME_TABLE: $crate::table::NameTable<{ Self::NAME_SLOTS }> =
                $crate::table::build_name_table(Self::NAMES);

            #[inline(always)]
            const fn position(self) -> usize {
                Self::POSITION[(self as i32 - Self::RANGE.0) as usize] as usize
            }
        }

        impl ::core::fmt::Display for $Enum {
            /// The English summary and the code, e.g. `Token is invalid (-1000)`; honours width, fill
            /// and alignment like `str`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.localized($crate::Locale::En), f)
            }
        }

        impl ::core::error::Error for $Enum {}

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
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i32(self.code())
            }
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl<'de> ::serde::Deserialize<'de> for $Enum {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                $crate::serde_impl::deserialize(deserializer)
            }
        }
    };
}
