//! serde support: the integer code on the wire, names accepted when reading; a code of any set as its
//! set and value; a set as its name; a locale as its tag.
//!
//! Nothing here allocates: every visitor reads a borrowed or transient `&str` in place, and error
//! messages are formatted lazily.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::any::Ambiguous;
use crate::format::Shown;
use crate::{lookup_name, AnyCode, Code, CodeSet, Locale};

/// Deserializes a code. A human-readable format (JSON, TOML, YAML) may hold the integer (the SDK's wire
/// form), a string holding the integer (how JSON and TOML write a map key), or a string with the code's
/// Rust name or any SDK identifier; a binary format (bincode, postcard), which cannot say what it
/// holds, holds the `i32` that `Serialize` wrote. An unknown value is an error naming the set and the
/// value; messages are formatted lazily, without an allocator.
pub(crate) fn deserialize<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    InSet(Typed::<C>(PhantomData)).deserialize(deserializer)
}

/// The set a code is read in: one known at compile time (a code enum) or at run time (an [`AnyCode`]
/// whose set came first). One visitor serves both, so every rule holds for both.
trait Lookup: Copy {
    type Value;
    fn set_name(self) -> &'static str;
    fn find_code(self, code: i32) -> Option<Self::Value>;
    fn find_name(self, name: &str) -> Option<Self::Value>;
}

/// A code enum, as a [`Lookup`].
struct Typed<C>(PhantomData<C>);

impl<C> Clone for Typed<C> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<C> Copy for Typed<C> {}

impl<C: Code> Lookup for Typed<C> {
    type Value = C;

    #[inline]
    fn set_name(self) -> &'static str {
        C::SET
    }

    #[inline]
    fn find_code(self, code: i32) -> Option<C> {
        C::from_code(code)
    }

    #[inline]
    fn find_name(self, name: &str) -> Option<C> {
        C::from_name(name)
    }
}

impl Lookup for CodeSet {
    type Value = AnyCode;

    #[inline]
    fn set_name(self) -> &'static str {
        self.name()
    }

    #[inline]
    fn find_code(self, code: i32) -> Option<AnyCode> {
        CodeSet::from_code(self, code)
    }

    #[inline]
    fn find_name(self, name: &str) -> Option<AnyCode> {
        Some(self.at(self.table().find_name(name)?))
    }
}

/// Reads a code of the set `L` names: see [`deserialize`].
#[derive(Clone, Copy)]
struct InSet<L>(L);

impl<'de, L: Lookup> DeserializeSeed<'de> for InSet<L> {
    type Value = L::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<L::Value, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(self)
        } else {
            deserializer.deserialize_i32(self)
        }
    }
}

/// The `i32` that `value` is exactly, for a float: `serde_json` reads `-0` (and `-1000.0`) as a float.
// The saturating cast and the exact comparison are the test: see below.
#[allow(clippy::cast_possible_truncation, clippy::float_cmp)]
#[inline]
fn integral(value: f64) -> Option<i32> {
    // `as` saturates and maps NaN to 0, so the round trip is exact only for an integral `value` in
    // range (and for -0.0, which is 0).
    let integer = value as i32;
    (f64::from(integer) == value).then_some(integer)
}

/// The integer a string holds (`"-1000"`, as JSON and TOML write a map key), if it holds one.
#[inline]
fn integer_in(value: &str) -> Option<i128> {
    value.parse().ok()
}

impl<L: Lookup> InSet<L> {
    fn unknown<E: de::Error>(self, value: impl fmt::Display) -> E {
        E::custom(format_args!(
            "unknown ByteRTC {}: {value}",
            self.0.set_name()
        ))
    }

    fn read_integer<E: de::Error>(self, value: i128) -> Result<L::Value, E> {
        i32::try_from(value)
            .ok()
            .and_then(|code| self.0.find_code(code))
            .ok_or_else(|| self.unknown(value))
    }

    /// A name, else the integer the string holds; the error quotes at most 64 bytes of `value`.
    fn read_str<E: de::Error>(self, value: &str) -> Result<L::Value, E> {
        if let Some(code) = self.0.find_name(value) {
            return Ok(code);
        }
        match integer_in(value) {
            Some(integer) => self.read_integer(integer),
            None => Err(E::custom(format_args!(
                "unknown ByteRTC {} name: {}",
                self.0.set_name(),
                Shown(value)
            ))),
        }
    }
}

impl<L: Lookup> Visitor<'_> for InSet<L> {
    type Value = L::Value;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a ByteRTC {} (an integer code or its name)",
            self.0.set_name()
        )
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<L::Value, E> {
        self.read_integer(value.into())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<L::Value, E> {
        self.read_integer(value.into())
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<L::Value, E> {
        self.read_integer(value)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<L::Value, E> {
        match i128::try_from(value) {
            Ok(value) => self.read_integer(value),
            Err(_) => Err(self.unknown(value)),
        }
    }

    /// A float that is exactly an integer in `i32` range. Every other float is rejected.
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<L::Value, E> {
        match integral(value) {
            Some(integer) => self.read_integer(integer.into()),
            None => Err(E::invalid_type(Unexpected::Float(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<L::Value, E> {
        self.read_str(value)
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<L::Value, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// CodeSet: its name.

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for CodeSet {
    /// The Rust enum's name, e.g. `"ErrorCode"`, in every format.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for CodeSet {
    /// Any name [`CodeSet::from_name`] takes: the Rust enum's name or any SDK name of it, in any ASCII
    /// case.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(CodeSetVisitor)
    }
}

struct CodeSetVisitor;

impl Visitor<'_> for CodeSetVisitor {
    type Value = CodeSet;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the name of a ByteRTC code set")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<CodeSet, E> {
        CodeSet::from_name(value).ok_or_else(|| {
            // The message of `ParseCodeSetError`.
            E::custom(format_args!("unknown ByteRTC code set: {}", Shown(value)))
        })
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<CodeSet, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Locale: its tag.

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Locale {
    /// The BCP 47 language subtag, `"zh"` or `"en"`, in every format.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Locale {
    /// Any tag `Locale`'s `FromStr` takes: `zh`, `zh-CN`, `en_US.UTF-8`, …
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(LocaleVisitor)
    }
}

struct LocaleVisitor;

impl Visitor<'_> for LocaleVisitor {
    type Value = Locale;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a locale tag such as zh, zh-CN or en_US.UTF-8")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Locale, E> {
        crate::locale::parse_locale(value).ok_or_else(|| {
            // The message of `ParseLocaleError`.
            E::custom(format_args!(
                "unsupported locale {} (expected zh or en, e.g. zh-CN, en_US.UTF-8)",
                Shown(value)
            ))
        })
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Locale, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// AnyCode: its set and its value.

/// The fields of an [`AnyCode`], in the order they are written.
const FIELDS: &[&str] = &["set", "code"];

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for AnyCode {
    /// A struct `AnyCode { set, code }`: the set's name ([`CodeSet`]'s form) and the integer code (the
    /// set's form). JSON writes `{"set":"ErrorCode","code":-1000}`; bincode and postcard the name
    /// then the `i32`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("AnyCode", FIELDS.len())?;
        state.serialize_field("set", &self.code_set())?;
        state.serialize_field("code", &self.code())?;
        state.end()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for AnyCode {
    /// The struct that `Serialize` writes. A human-readable format may also hold a `[set, code]`
    /// sequence, the fields in either order, the code as anything the set's enum reads (its integer,
    /// name or integer in a string), or a string that [`AnyCode::from_str`](core::str::FromStr)
    /// takes (`"ErrorCode::InvalidToken"`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(AnyCodeVisitor)
        } else {
            deserializer.deserialize_struct("AnyCode", FIELDS, AnyCodeVisitor)
        }
    }
}

struct AnyCodeVisitor;

impl<'de> Visitor<'de> for AnyCodeVisitor {
    type Value = AnyCode;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a ByteRTC code of any set: its set and its value, or a qualified name")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<AnyCode, A::Error> {
        let set: CodeSet = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        seq.next_element_seed(InSet(set))?
            .ok_or_else(|| de::Error::invalid_length(1, &self))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyCode, A::Error> {
        let mut set = None;
        let mut code = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Set if set.is_some() => return Err(de::Error::duplicate_field("set")),
                Field::Code if code.is_some() => return Err(de::Error::duplicate_field("code")),
                Field::Set => set = Some(map.next_value::<CodeSet>()?),
                // With the set known, the code is read in it at once; before it, held until the set
                // comes.
                Field::Code => {
                    code = Some(match set {
                        Some(set) => Pending::Code(map.next_value_seed(InSet(set))?),
                        None => map.next_value::<Pending>()?,
                    });
                }
            }
        }
        let set = set.ok_or_else(|| de::Error::missing_field("set"))?;
        match code.ok_or_else(|| de::Error::missing_field("code"))? {
            Pending::Code(code) => Ok(code),
            Pending::Integer(integer) => InSet(set).read_integer(integer),
            Pending::Name(name) => InSet(set).read_str(name),
        }
    }

    /// A name [`lookup_name`] resolves to one code, as `AnyCode::from_str` takes it.
    fn visit_str<E: de::Error>(self, value: &str) -> Result<AnyCode, E> {
        let mut found = lookup_name(value);
        match (found.next(), found.next()) {
            (Some(code), None) => Ok(code),
            // The message of `ParseAnyCodeError`, which lists the candidates.
            (Some(code), Some(_)) => match code.static_name(value) {
                Some(name) => Err(E::custom(Ambiguous(name))),
                None => Err(E::custom(format_args!(
                    "ambiguous ByteRTC code name: {}; qualify it with its set",
                    Shown(value)
                ))),
            },
            (None, _) => Err(E::custom(format_args!(
                "unknown ByteRTC code name: {}",
                Shown(value)
            ))),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<AnyCode, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}

/// A field of an [`AnyCode`].
enum Field {
    Set,
    Code,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`set` or `code`")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Field, E> {
        match value {
            0 => Ok(Field::Set),
            1 => Ok(Field::Code),
            _ => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Field, E> {
        match value {
            "set" => Ok(Field::Set),
            "code" => Ok(Field::Code),
            // serde's own message quotes the whole key: bound it like every other.
            _ => Err(E::custom(format_args!(
                "unknown field {}, expected `set` or `code`",
                Shown(value)
            ))),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Field, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}

/// The `code` of an [`AnyCode`] map, read before its set or after it. A name read before the set is
/// held as the crate's own `&'static str` equal to it, so that a transient string needs no copy.
enum Pending {
    Code(AnyCode),
    Integer(i128),
    Name(&'static str),
}

impl<'de> Deserialize<'de> for Pending {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PendingVisitor)
    }
}

struct PendingVisitor;

impl Visitor<'_> for PendingVisitor {
    type Value = Pending;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a ByteRTC code (an integer code or its name)")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Pending, E> {
        Ok(Pending::Integer(value.into()))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Pending, E> {
        Ok(Pending::Integer(value.into()))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Pending, E> {
        Ok(Pending::Integer(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Pending, E> {
        match integral(value) {
            Some(integer) => Ok(Pending::Integer(integer.into())),
            None => Err(E::invalid_type(Unexpected::Float(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Pending, E> {
        if let Some(integer) = integer_in(value) {
            return Ok(Pending::Integer(integer));
        }
        // The name as one of the crate's own strings: a name of no set is an error now, while the
        // input is still there to quote.
        CodeSet::ALL
            .iter()
            .find_map(|&set| set.at(set.table().find_name(value)?).static_name(value))
            .map(Pending::Name)
            .ok_or_else(|| E::custom(format_args!("unknown ByteRTC code name: {}", Shown(value))))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Pending, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}
