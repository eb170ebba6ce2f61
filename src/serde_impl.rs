//! serde support: the integer code on the wire, names accepted when reading.
//!
//! Nothing here allocates: every visitor reads a borrowed or transient `&str` in place, and error
//! messages are formatted lazily.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, Unexpected, Visitor};

use crate::format::Shown;
use crate::{AnyCode, Code, CodeSet};

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
    fn clone(&self) -> Self {
        *self
    }
}

impl<C> Copy for Typed<C> {}

impl<C: Code> Lookup for Typed<C> {
    type Value = C;

    fn set_name(self) -> &'static str {
        C::SET
    }

    fn find_code(self, code: i32) -> Option<C> {
        C::from_code(code)
    }

    fn find_name(self, name: &str) -> Option<C> {
        C::from_name(name)
    }
}

impl Lookup for CodeSet {
    type Value = AnyCode;

    fn set_name(self) -> &'static str {
        self.name()
    }

    fn find_code(self, code: i32) -> Option<AnyCode> {
        CodeSet::from_code(self, code)
    }

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

/// The `i32` that `value` is exactly, for a float: serde_json reads `-0` (and `-1000.0`) as a float.
fn integral(value: f64) -> Option<i32> {
    // `as` saturates and maps NaN to 0, so the round trip is exact only for an integral `value` in
    // range (and for -0.0, which is 0).
    let integer = value as i32;
    (f64::from(integer) == value).then_some(integer)
}

/// The integer a string holds (`"-1000"`, as JSON and TOML write a map key), if it holds one.
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
