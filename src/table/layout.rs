//! The layout of a set's data blob (`SetTable::data`): fixed-size records of little-endian integers.
//!
//! Shared, as source, by the library (which reads the records) and by the generator in `codegen/`
//! (which writes them), so that both agree. It must therefore use nothing outside this file.
//!
//! The blob holds, one section after another: a row per code (by position in `ALL`), an entry per
//! identifier, an entry per name `from_name` accepts, a position per value of the set's value range,
//! the name index's displacements and its slots. Strings are ranges of the set's text blob
//! (`SetTable::text`): an offset (`u32`) and a length (`u16`).

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

/// A name entry: the name (offset `u32`, length `u16`) and the position in `ALL` of its code (`u16`).
pub(crate) const NAME: usize = 8;
