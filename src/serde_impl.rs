//! serde support: the integer code on the wire, names accepted when reading.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};

use crate::format::Shown;
use crate::Code;

/// Deserializes a code. A human-readable format (JSON, TOML, YAML) may hold the integer (the SDK's wire
/// form) or a string with the code's Rust name or any SDK identifier; a binary format (bincode,
/// postcard), which cannot say what it holds, holds the `i32` that `Serialize` wrote. An unknown value is
/// an error naming the set and the value; messages are formatted lazily, without an allocator.
pub(crate) fn deserialize<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(CodeVisitor(PhantomData))
    } else {
        deserializer.deserialize_i32(CodeVisitor(PhantomData))
    }
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: Code> CodeVisitor<C> {
    fn unknown<E: de::Error>(value: impl fmt::Display) -> E {
        E::custom(format_args!("unknown ByteRTC {}: {value}", C::SET))
    }

    fn from_i64<E: de::Error>(value: i64) -> Result<C, E> {
        i32::try_from(value)
            .ok()
            .and_then(C::from_code)
            .ok_or_else(|| Self::unknown(value))
    }
}

impl<'de, C: Code> Visitor<'de> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a ByteRTC {} (an integer code or its name)", C::SET)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<C, E> {
        Self::from_i64(value)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<C, E> {
        match i64::try_from(value) {
            Ok(value) => Self::from_i64(value),
            Err(_) => Err(Self::unknown(value)),
        }
    }

    /// A float that is exactly an integer in `i32` range: serde_json reads `-0` (and `-1000.0`) as a
    /// float. Every other float is rejected.
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<C, E> {
        // `as` saturates and maps NaN to 0, so the round trip is exact only for an integral `value` in
        // range (and for -0.0, which is 0).
        let integer = value as i32;
        if f64::from(integer) == value {
            Self::from_i64(integer.into())
        } else {
            Err(E::invalid_type(Unexpected::Float(value), &self))
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<C, E> {
        C::from_name(value).ok_or_else(|| {
            E::custom(format_args!(
                "unknown ByteRTC {} name: {}",
                C::SET,
                Shown(value)
            ))
        })
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<C, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}
