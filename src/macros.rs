//! What every code set has in common, generated per set.
//!
//! Every code set is written once, as a table in `src/codes/<module>.toml`. The generator in `codegen/`
//! turns it into `src/codes/<module>.rs`: the enum, with each variant's rustdoc, and its constant data
//! (every string in one text literal, a record per code, every name and the perfect hash index of the
//! names in one byte literal), so that a value, its names and its texts cannot drift apart (the
//! approach of `http`'s `status_codes!` table, moved ahead of time). That file then calls `code_set!`,
//! which adds the methods and trait impls every set has.
//!
//! What is generated is shaped by what it costs every application to compile (see "Build cost" in
//! `docs/performance.md`), measured with cachegrind on the compiler:
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
//!
//! Within a set, each item and each body costs (measured with cachegrind on the library's `rustc`, 36
//! sets): a trait impl with one method about 0.6 M instructions, more for every `match` or call of a
//! trait method in its body (`i32::cmp`, `Hasher::write_i32`: 0.3–0.5 M a set each), less for a cast
//! and an operator or a call of an inherent method. So a body is a cast and an operator, an inherent
//! call, or one call to a function of `convert` that is generic over the set (checked once); a
//! constant is a literal where it can be (`COUNT`: `Self::ALL.len()` costs 0.2 M a set to evaluate);
//! what is behind a feature is behind a macro that expands to nothing without it (an item behind
//! `#[cfg]` would still be parsed once a set).

/// Generates everything a code set has but its enum and its tables, which `codegen/` writes into the
/// set's module from its `.toml` table: `code_set!(ErrorCode, 1773678269, 26, 35)` after the enum and
/// an `impl` with `ALL`, `SLOTS` (the code in each slot of the value hash) and `TABLE`, where the
/// numbers are the seed and the shift of the value hash (`table::layout::value_slot`) and the number
/// of codes (a literal, since `Self::ALL.len()` in a constant costs the compiler 0.2 M instructions a
/// set to evaluate).
///
/// Nothing here repeats per code, so a code costs the compiler its variant and its row of constants.
macro_rules! code_set {
    ($Enum:ident, $seed:literal, $shift:literal, $count:literal) => {
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
            /// keeps the value. It costs a multiplication, a shift, one load and one compare (a
            /// perfect hash of the set's values, found ahead of time).
            #[must_use]
            #[inline]
            pub const fn from_code(code: i32) -> Option<Self> {
                let found = Self::SLOTS[$crate::table::layout::value_slot(code, $seed, $shift)];
                if found as i32 == code {
                    Some(found)
                } else {
                    None
                }
            }

            /// The code that `name` names: its Rust variant name or any platform's SDK identifier,
            /// case-sensitively; `None` otherwise. `FromStr` is the same lookup with an error that keeps
            /// the input; this one never allocates.
            ///
            /// One hash and one string comparison (a perfect hash index generated ahead of time).
            // `always`, as `from_str`'s below: with `#[inline]` on the two, `from_str` took 1.5 times
            // as long (a quick `cargo bench --all-features --bench lookup -- ErrorCode/from_str
            // WarningCode/from_str`, 13 sets, the mean of two runs' medians: SDK names 1.84, Rust
            // names 1.26). Clippy's `inline_always` does not look into macros.
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

            /// The SDK identifier exactly as its source writes it: the 3.58 Unity page's; for a code that
            /// page does not list, the 3.58 Android page's; else the newest C++ header's; else the newest
            /// Electron, then Objective-C, source's (see [`identifier`](Self::identifier) for every
            /// platform's).
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

        // `convert::partial_cmp` is `Some(Ord::cmp(self, other))`, the canonical body, in one call
        // (clippy's `non_canonical_partial_ord_impl` is allowed on `mod codes`, once).
        impl ::core::cmp::PartialOrd for $Enum {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> Option<::core::cmp::Ordering> {
                $crate::convert::partial_cmp(self, other)
            }
        }

        impl ::core::cmp::Ord for $Enum {
            /// By the integer value.
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                $crate::convert::cmp(self, other)
            }
        }

        impl ::core::hash::Hash for $Enum {
            /// The integer value, as `#[derive(Hash)]` hashes a `#[repr(i32)]` enum's.
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                $crate::convert::hash(self, state)
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
            const COUNT: usize = $count;
        }

        impl ::strum::IntoEnumIterator for $Enum {
            type Iterator = ::core::iter::Copied<::core::slice::Iter<'static, Self>>;

            /// Every code, in the order of [`ALL`](Self::ALL).
            #[inline]
            fn iter() -> Self::Iterator {
                $crate::convert::iter(Self::ALL)
            }
        }

        impl ::core::convert::TryFrom<i32> for $Enum {
            type Error = $crate::UnknownCode;

            #[inline]
            fn try_from(code: i32) -> ::core::result::Result<Self, Self::Error> {
                $crate::convert::known(Self::from_code(code), code)
            }
        }

        impl ::core::str::FromStr for $Enum {
            type Err = $crate::ParseCodeError;

            /// Parses the Rust variant name (`InvalidToken`) or any platform's SDK identifier
            /// (`ERROR_CODE_INVALID_TOKEN`, `kErrorCodeInvalidToken`, `ByteRTCErrorCode…`),
            /// case-sensitively.
            ///
            /// See [`from_name`](Self::from_name).
            // `always`: measured, see `from_name`.
            #[inline(always)]
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                $crate::convert::parse(s)
            }
        }

        impl ::core::convert::TryFrom<$crate::AnyCode> for $Enum {
            type Error = $crate::WrongSet;

            /// The code, if it is of this set; else the error, which keeps it.
            #[inline]
            fn try_from(code: $crate::AnyCode) -> ::core::result::Result<Self, Self::Error> {
                $crate::convert::narrow(code)
            }
        }

        impl ::core::cmp::PartialEq<i32> for $Enum {
            /// Whether the code's value is `other`.
            #[inline]
            fn eq(&self, other: &i32) -> bool {
                *self as i32 == *other
            }
        }

        impl ::core::cmp::PartialEq<$Enum> for i32 {
            /// Whether `other`'s value is this integer.
            #[inline]
            fn eq(&self, other: &$Enum) -> bool {
                *self == *other as i32
            }
        }

        impl $crate::Code for $Enum {
            const ALL: &'static [Self] = Self::ALL;
            const CODE_SET: $crate::CodeSet = $crate::CodeSet::$Enum;
        }

        impl $crate::code::sealed::Sealed for $Enum {}

        // Behind features, through a macro that expands to nothing without them: an item behind
        // `#[cfg]` would still be parsed once a set, and each macro call costs too.
        feature_impls!($Enum);
    };
}

/// The impls of a set behind features: nothing without them.
#[cfg(not(any(feature = "serde", feature = "num_enum")))]
macro_rules! feature_impls {
    ($Enum:ident) => {};
}

/// The impls of a set behind features.
#[cfg(any(feature = "serde", feature = "num_enum"))]
macro_rules! feature_impls {
    ($Enum:ident) => {
        serde_impls!($Enum);
        num_enum_impls!($Enum);
    };
}

/// The serde impls of a set (`code_set!`): the integer code, written and read.
#[cfg(feature = "serde")]
macro_rules! serde_impls {
    ($Enum:ident) => {
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

/// Nothing, without the `serde` feature.
#[cfg(not(feature = "serde"))]
#[allow(unused_macros)] // Unused without `num_enum` too.
macro_rules! serde_impls {
    ($Enum:ident) => {};
}

/// `num_enum::TryFromPrimitive` of a set (`code_set!`).
#[cfg(feature = "num_enum")]
macro_rules! num_enum_impls {
    ($Enum:ident) => {
        #[cfg_attr(docsrs, doc(cfg(feature = "num_enum")))]
        impl ::num_enum::TryFromPrimitive for $Enum {
            type Primitive = i32;
            type Error = ::num_enum::TryFromPrimitiveError<Self>;

            const NAME: &'static str = stringify!($Enum);

            /// The code with the value `number`, as `TryFrom<i32>` finds it, with `num_enum`'s error.
            #[inline]
            fn try_from_primitive(number: i32) -> ::core::result::Result<Self, Self::Error> {
                $crate::convert::try_from_primitive(number)
            }
        }
    };
}

/// Nothing, without the `num_enum` feature.
#[cfg(not(feature = "num_enum"))]
#[allow(unused_macros)] // Unused without `serde` too.
macro_rules! num_enum_impls {
    ($Enum:ident) => {};
}
