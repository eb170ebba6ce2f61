//! What every code set has in common, generated per set.
//!
//! Every code set is written once, as a table in `src/codes/<module>.toml`. The generator in `codegen/`
//! turns it into `src/codes/<module>.rs`: the enum, with each variant's rustdoc, and its constant data
//! (every string in one text literal, a record per code, every name and the perfect hash index of the
//! names in one byte literal), so that a value, its names and its texts cannot drift apart (the
//! approach of `http`'s `status_codes!` table, moved ahead of time). That file then calls `code_set!`,
//! which adds the methods and trait impls every set has.
//!
//! What is generated is shaped by what it costs every application to compile (see the README's "Build
//! cost"), measured with cachegrind on the compiler:
//!
//! - two literals per set instead of a struct and strings per code (a code costs about 0.9 M
//!   instructions, 2.6 M as a struct of strings);
//! - no derive but `PartialEq` (which constants in patterns need): `Clone`, `Eq`, `Ord` and `Hash` are
//!   written here as a derive would write them, at a fraction of its cost;
//! - every method body one call to a function compiled once for all sets, taking the set as a
//!   `CodeSet` (an empty method costs about 0.2 M instructions, one with a call 0.4 M, one with two
//!   calls or a constant's fields 0.6 M; a set has some 40 bodies);
//! - methods `#[inline]`, so that a crate compiles only those it calls (without it, a method is
//!   compiled to machine code in the library too: 1.2 M).

/// Generates everything a code set has but its enum and its tables, which `codegen/` writes into the
/// set's module from its `.toml` table: `code_set!(ErrorCode, -1111, 112)` after the enum and an
/// `impl` with `ALL`, `VALUES` (each code's value, in `ALL`'s order) and `TABLE`, where the numbers
/// are the smallest value and the length of the value range.
///
/// Nothing here repeats per code, so a code costs the compiler its variant and its row of constants.
macro_rules! code_set {
    ($Enum:ident, $min:literal, $len:literal) => {
        impl $Enum {
            /// The name of this code set, as used in error messages (`UnknownCode::set`).
            pub const SET: &'static str = stringify!($Enum);

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
                Self::CODES[$crate::table::dense_slot(code, $min, $len)]
            }

            /// The code that `name` names: its Rust variant name or any platform's SDK identifier,
            /// case-sensitively; `None` otherwise. `FromStr` is the same lookup with an error that keeps
            /// the input; this one never allocates.
            ///
            /// One hash and one string comparison (a perfect hash index generated ahead of time).
            #[must_use]
            #[inline(always)]
            pub fn from_name(name: &str) -> Option<Self> {
                $crate::table::from_name($crate::CodeSet::$Enum, Self::ALL, name)
            }

            /// The Rust variant name, e.g. `"InvalidToken"` (the same as strum's `IntoStaticStr`).
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static str {
                $crate::table::name($crate::CodeSet::$Enum, self as i32)
            }

            /// The SDK identifier exactly as the reference page writes it: the Unity page's, or for a code
            /// Unity does not list, the Android page's, else the C++ one (see [`identifier`](Self::identifier)
            /// for every platform's).
            #[must_use]
            #[inline]
            pub const fn sdk_name(self) -> &'static str {
                $crate::table::sdk_name($crate::CodeSet::$Enum, self as i32)
            }

            /// The identifier of this code on `platform`'s reference page, or `None` where that page does
            /// not list it.
            #[must_use]
            #[inline]
            pub const fn identifier(self, platform: $crate::Platform) -> Option<&'static str> {
                $crate::table::identifier($crate::CodeSet::$Enum, self as i32, platform)
            }

            /// The platforms whose reference pages list this code.
            #[must_use]
            #[inline]
            pub const fn platforms(self) -> $crate::Platforms {
                $crate::table::platforms($crate::CodeSet::$Enum, self as i32)
            }

            /// Where some reference page or header marks this code deprecated: since which SDK release,
            /// and what replaces it.
            #[must_use]
            #[inline]
            pub const fn deprecation(self) -> Option<$crate::Deprecation<Self>> {
                $crate::table::deprecation($crate::CodeSet::$Enum, self as i32, Self::ALL)
            }

            /// The full description in `locale`: one or more lines separated by `\n`; the first line is
            /// the [`summary`](Self::summary).
            #[must_use]
            #[inline]
            pub const fn description(self, locale: $crate::Locale) -> &'static str {
                $crate::table::description($crate::CodeSet::$Enum, self as i32, locale)
            }

            /// The first line of the [`description`](Self::description) in `locale`.
            #[must_use]
            #[inline]
            pub const fn summary(self, locale: $crate::Locale) -> &'static str {
                $crate::table::summary($crate::CodeSet::$Enum, self as i32, locale)
            }

            /// A [`Display`](core::fmt::Display) adapter showing the summary and the code in `locale`,
            /// e.g. `Token 无效。（-1000）`.
            #[must_use]
            #[inline]
            pub const fn localized(self, locale: $crate::Locale) -> $crate::Localized<Self> {
                $crate::Localized::new(self, locale)
            }

            /// Value - min → the code, then one `None` for every value outside the range.
            const CODES: [Option<Self>; $len + 1] =
                $crate::table::dense(Self::ALL, Self::VALUES, $min);
        }

        // `PartialEq` is derived (so that constants of the enum work as patterns); the rest is written
        // here as a derive would write it, comparing and hashing the value, at a fraction of the
        // derive's cost to compile.
        impl ::core::marker::Copy for $Enum {}

        impl ::core::clone::Clone for $Enum {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        impl ::core::cmp::Eq for $Enum {}

        impl ::core::cmp::PartialOrd for $Enum {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> Option<::core::cmp::Ordering> {
                Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        impl ::core::cmp::Ord for $Enum {
            /// By the integer value.
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                (*self as i32).cmp(&(*other as i32))
            }
        }

        impl ::core::hash::Hash for $Enum {
            /// The integer value, as `#[derive(Hash)]` hashes a `#[repr(i32)]` enum's.
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                state.write_i32(*self as i32)
            }
        }

        impl ::core::fmt::Debug for $Enum {
            /// The Rust variant name, as `#[derive(Debug)]` would write it.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::table::debug(f, $crate::CodeSet::$Enum, *self as i32)
            }
        }

        impl ::core::fmt::Display for $Enum {
            /// The English summary and the code, e.g. `Token is invalid (-1000)`; honours width, fill
            /// and alignment like `str`.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::format::english(f, $crate::CodeSet::$Enum, *self as i32)
            }
        }

        impl ::core::error::Error for $Enum {}

        impl ::core::convert::From<$Enum> for i32 {
            #[inline]
            fn from(code: $Enum) -> i32 {
                code as i32
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
                    None => Err($crate::UnknownCode::cold($crate::CodeSet::$Enum, code)),
                }
            }
        }

        impl ::core::str::FromStr for $Enum {
            type Err = $crate::ParseCodeError;

            /// Parses the Rust variant name (`InvalidToken`) or any platform's SDK identifier
            /// (`ERROR_CODE_INVALID_TOKEN`, `kErrorCodeInvalidToken`, `ByteRTCErrorCode…`),
            /// case-sensitively.
            ///
            /// See [`from_name`](Self::from_name).
            #[inline(always)]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_name(s) {
                    Some(code) => Ok(code),
                    None => Err($crate::ParseCodeError::new($crate::CodeSet::$Enum, s)),
                }
            }
        }

        impl $crate::Code for $Enum {
            const ALL: &'static [Self] = Self::ALL;
            const CODE_SET: $crate::CodeSet = $crate::CodeSet::$Enum;
        }

        impl $crate::code::sealed::Sealed for $Enum {}

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl ::serde::Serialize for $Enum {
            #[inline]
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_i32(*self as i32)
            }
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl<'de> ::serde::Deserialize<'de> for $Enum {
            #[inline]
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::serde_impl::deserialize(deserializer)
            }
        }
    };
}
