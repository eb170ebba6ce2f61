//! The layout of a set's data blob (`SetTable::data`): fixed-size records of little-endian integers.
//!
//! Shared, as source, by the library (which reads the records) and by the generator in `codegen/`
//! (which writes them), so that both agree. It must therefore use nothing outside this file.
//!
//! The blob holds, one section after another: a row per code (by position in `ALL`), an entry per
//! identifier, an entry per name `from_name` accepts, a position per slot of the value hash
//! ([`value_slot`]), the name index's displacements and its slots. Strings are
//! ranges of the set's text blob (`SetTable::text`): an offset (`u32`) and a length (`u16`).

/// A row: the Rust name (offset `u32`, length `u16`), the Chinese and the English description
/// (offset `u32`, length `u16`, length of the summary, its first line, `u16`), then the first of the
/// code's identifier entries and how many it has (`u16` each).
pub(crate) const ROW: usize = 26;
/// Within a row: the Rust name.
pub(crate) const ROW_NAME: usize = 0;
/// Within a row: the Chinese description; the English one follows at `+ ROW_TEXT_LEN`.
pub(crate) const ROW_TEXTS: usize = 6;
/// The size of a description's record within a row.
pub(crate) const ROW_TEXT_LEN: usize = 8;
/// Within a row: the first identifier entry, then the number of entries.
pub(crate) const ROW_IDENTIFIERS: usize = 22;

/// An identifier entry: the identifier (offset `u32`, length `u16`), then the pages that use it
/// (`Platforms` bits, `u16`) and the sources that do (`Sources` bits, `u64`).
pub(crate) const IDENTIFIER: usize = 16;
/// Within an identifier entry: the pages' bits.
pub(crate) const IDENTIFIER_PAGES: usize = 6;
/// Within an identifier entry: the sources' bits.
pub(crate) const IDENTIFIER_SOURCES: usize = 8;

/// The position (`u16`) in a slot of the value hash that no code of the set hashes to. Written by the
/// generator; the library reads positions only of the set's own values.
#[allow(dead_code)]
pub(crate) const NO_CODE: u16 = u16::MAX;

/// The slot of `code` in a set's value hash of `2^(32 - shift)` slots: a multiplicative hash whose
/// `seed` the generator chose so that every code of the set has a slot of its own. A value that is
/// not a code of the set lands in some slot too; the lookup then compares the value it finds there.
// `code as u32` takes the value's bits, as the generator hashes them (`i32::cast_unsigned` is newer
// than the generator's MSRV, which compiles this file too); `From` and `TryFrom` are not `const`.
#[allow(clippy::cast_sign_loss)]
#[inline(always)]
pub(crate) const fn value_slot(code: i32, seed: u32, shift: u32) -> usize {
    ((code as u32).wrapping_mul(seed) >> shift) as usize
}

/// A name entry: the name (offset `u32`, length `u16`) and the position in `ALL` of its code (`u16`).
pub(crate) const NAME: usize = 8;
