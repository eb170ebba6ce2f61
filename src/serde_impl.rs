//! serde support: the integer code on the wire, names accepted when reading.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};

use crate::Code;

/// Deserializes a code from an integer (the SDK's wire form) or from a string holding its Rust name or
/// SDK identifier. An unknown value is an error naming the set and keeping the value.
pub(crate) fn deserialize<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    deserializer.deserialize_any(CodeVisitor(PhantomData))
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: Code> CodeVisitor<C> {
    fn from_i64<E: de::Error>(value: i64) -> Result<C, E> {
        i32::try_from(value)
            .ok()
            .and_then(C::from_code)
            .ok_or_else(|| E::custom(format_args!("unknown ByteRTC {}: {value}", C::SET)))
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
            Err(_) => Err(E::custom(format_args!(
                "unknown ByteRTC {}: {value}",
                C::SET
            ))),
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<C, E> {
        value.parse().map_err(|err| E::custom(err))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<C, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}
