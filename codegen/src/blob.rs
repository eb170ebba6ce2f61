//! A set's two blobs: every string run together (`SetTable::text`), and the fixed-size records that
//! point into it (`SetTable::data`), in the layout the library reads (`src/table/layout.rs`).
//!
//! Each blob is one literal in the generated file: to the compiler a string and a struct per code cost
//! about 2 M instructions a code (type checking, constant evaluation, a global each in code
//! generation); a literal costs it next to nothing.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::index::{Index, ValueHash};
use crate::Table;

#[path = "../../src/table/layout.rs"]
#[allow(dead_code)] // offsets within records that only the library reads by name
pub(crate) mod layout;

/// The blobs of one set, and where each section of the data starts.
pub struct Blob {
    text: String,
    /// Each string's offset in `text`, so that a string the set repeats is stored once.
    offsets: HashMap<String, u32>,
    data: Vec<u8>,
    identifiers_at: usize,
    names_at: usize,
    positions_at: usize,
    displacements_at: usize,
    slots_at: usize,
}

impl Blob {
    /// The blobs of `table`, whose names (every name `from_name` takes, each with the position of its
    /// code) are `names`, indexed by `index`; its values hashed by `value_hash`.
    ///
    /// # Errors
    ///
    /// If a string is too long for its record (64 KiB), the text for its offsets (4 GiB), or the set
    /// has too many codes or identifiers for a `u16`.
    pub fn new(
        table: &Table,
        names: &[(&str, usize)],
        index: &Index,
        value_hash: ValueHash,
    ) -> Result<Blob, String> {
        let mut blob = Blob::empty();
        let too_many = |what: &str| format!("{}: too many {what} for a u16", table.name);
        // A position is a `u16`, and its largest value marks a value without a code.
        if table.codes.len() >= usize::from(layout::NO_CODE) {
            return Err(too_many("codes"));
        }
        let mut identifiers = Vec::new();
        for row in &table.codes {
            let start = blob.data.len();
            blob.string(&row.variant)?;
            for lines in [&row.zh, &row.en] {
                blob.string(&lines.join("\n"))?;
                blob.u16(lines[0].len())?;
            }
            let first = identifiers.len();
            identifiers.extend(row.identifiers()?);
            blob.u16(first).map_err(|_| too_many("identifiers"))?;
            blob.u16(identifiers.len() - first)?;
            assert_eq!(blob.data.len() - start, layout::ROW, "the layout of a row");
        }
        blob.identifiers_at = blob.data.len();
        for (identifier, pages, sources) in identifiers {
            let start = blob.data.len();
            blob.string(identifier)?;
            blob.u16(usize::from(pages))?;
            assert_eq!(blob.data.len() - start, layout::IDENTIFIER_SOURCES);
            blob.data.extend_from_slice(&sources.to_le_bytes());
            assert_eq!(
                blob.data.len() - start,
                layout::IDENTIFIER,
                "the layout of an identifier"
            );
        }
        blob.names_at = blob.data.len();
        for &(name, position) in names {
            blob.string(name)?;
            blob.u16(position).map_err(|_| too_many("codes"))?;
        }
        blob.positions_at = blob.data.len();
        let mut by_slot = vec![usize::from(layout::NO_CODE); value_hash.slots()];
        for (position, row) in table.codes.iter().enumerate() {
            by_slot[value_hash.slot(row.value)] = position;
        }
        for position in by_slot {
            blob.u16(position)?;
        }
        blob.displacements_at = blob.data.len();
        for &displacement in &index.displacements {
            blob.u16(usize::from(displacement))?;
        }
        blob.slots_at = blob.data.len();
        for &slot in &index.slots {
            blob.u16(usize::from(slot))?;
        }
        Ok(blob)
    }

    /// No strings, no records.
    fn empty() -> Blob {
        Blob {
            text: String::new(),
            offsets: HashMap::new(),
            data: Vec::new(),
            identifiers_at: 0,
            names_at: 0,
            positions_at: 0,
            displacements_at: 0,
            slots_at: 0,
        }
    }

    /// Appends a `u16`.
    fn u16(&mut self, value: usize) -> Result<(), String> {
        let value = u16::try_from(value).map_err(|_| format!("{value} does not fit a u16"))?;
        self.data.extend_from_slice(&value.to_le_bytes());
        Ok(())
    }

    /// Appends the record of `string` (its offset in the text, stored there once, and its length).
    fn string(&mut self, string: &str) -> Result<(), String> {
        let offset = match self.offsets.get(string) {
            Some(&offset) => offset,
            None => {
                let offset = u32::try_from(self.text.len())
                    .map_err(|_| "a set's text is over 4 GiB".to_string())?;
                self.text.push_str(string);
                self.offsets.insert(string.to_string(), offset);
                offset
            }
        };
        self.data.extend_from_slice(&offset.to_le_bytes());
        let len = u16::try_from(string.len())
            .map_err(|_| format!("a string of {} bytes is over 64 KiB", string.len()))?;
        self.data.extend_from_slice(&len.to_le_bytes());
        Ok(())
    }

    /// The `SetTable` fields of the blobs and the name index (`names` names, indexed by `index`), in
    /// the generated struct literal.
    pub fn render(&self, out: &mut String, index: &Index, names: usize) {
        let _ = writeln!(
            out,
            "        // Every string of the set, run together ({} bytes).",
            self.text.len()
        );
        out.push_str("        text: ");
        text_literal(out, &self.text);
        out.push_str(",\n");
        let _ = writeln!(
            out,
            "        // {} rows of {} bytes, the identifiers, the names, the positions, the name index \
             ({} bytes).",
            self.identifiers_at / layout::ROW,
            layout::ROW,
            self.data.len()
        );
        out.push_str("        data: ");
        bytes_literal(out, &self.data);
        out.push_str(",\n");
        let _ = writeln!(out, "        identifiers_at: {},", self.identifiers_at);
        let _ = writeln!(out, "        names_at: {},", self.names_at);
        let _ = writeln!(out, "        positions_at: {},", self.positions_at);
        let _ = writeln!(
            out,
            "        // The perfect hash index of the {names} names: {} slots, {} bucket(s).",
            index.slots.len(),
            index.displacements.len()
        );
        out.push_str("        name_index: NameIndex {\n");
        let _ = writeln!(out, "            seed: {},", index.seed);
        let _ = writeln!(out, "            wide: {},", index.wide);
        let _ = writeln!(out, "            windows: {},", index.windows);
        let _ = writeln!(out, "            bucket_bits: {},", index.bucket_bits);
        let _ = writeln!(
            out,
            "            slot_bits: {},",
            index.slots.len().trailing_zeros()
        );
        let _ = writeln!(
            out,
            "            displacements_at: {},",
            self.displacements_at
        );
        let _ = writeln!(out, "            slots_at: {},", self.slots_at);
        out.push_str("        },\n");
    }
}

/// How many bytes of escaped literal go on one line.
const LINE: usize = 88;

/// `text` as a string literal broken over lines with `\` continuations (which skip the next line's
/// leading white space, so a line never starts with white space of the text).
fn text_literal(out: &mut String, text: &str) {
    out.push('"');
    let mut line = 0;
    for c in text.chars() {
        if line >= LINE && !c.is_whitespace() {
            out.push_str("\\\n            ");
            line = 0;
        }
        let escaped: String = c.escape_debug().collect();
        line += escaped.len();
        out.push_str(&escaped);
    }
    out.push('"');
}

/// `bytes` as a byte string literal broken over lines with `\` continuations.
pub(crate) fn bytes_literal(out: &mut String, bytes: &[u8]) {
    out.push_str("b\"");
    for (i, byte) in bytes.iter().enumerate() {
        if i > 0 && i % (LINE / 4) == 0 {
            out.push_str("\\\n            ");
        }
        let _ = write!(out, "\\x{byte:02x}");
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_literal_keeps_every_character() {
        let text = "Token 无效。\n  two spaces \"quoted\" \\ back\tslash ".repeat(5);
        let mut out = String::new();
        text_literal(&mut out, &text);
        // What the compiler reads: escapes undone, each `\` newline and the white space after it
        // skipped.
        let mut read = String::new();
        let mut chars = out[1..out.len() - 1].chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\\' {
                read.push(c);
                continue;
            }
            match chars.next() {
                Some('\n') => {
                    while chars.peek().is_some_and(|c| c.is_whitespace()) {
                        chars.next();
                    }
                }
                Some('n') => read.push('\n'),
                Some('t') => read.push('\t'),
                Some(c @ ('"' | '\\' | '\'')) => read.push(c),
                other => panic!("unexpected escape {other:?}"),
            }
        }
        assert_eq!(read, text);
        assert!(out.lines().count() > 1);
    }

    #[test]
    fn a_string_the_set_repeats_is_stored_once() {
        let mut blob = Blob::empty();
        blob.string("InvalidToken").unwrap();
        blob.string("kErrorCodeInvalidToken").unwrap();
        blob.string("InvalidToken").unwrap();
        assert_eq!(blob.text, "InvalidTokenkErrorCodeInvalidToken");
        assert_eq!(blob.data[12..16], blob.data[0..4]);
    }

    #[test]
    fn a_row_is_a_row() {
        // name, two texts with their summaries, first identifier and count
        assert_eq!(6 + 2 * (6 + 2) + 2 + 2, layout::ROW);
        assert_eq!(layout::ROW_IDENTIFIERS, 6 + 2 * layout::ROW_TEXT_LEN);
    }

    #[test]
    fn an_identifier_entry_holds_every_source() {
        // The identifier, the pages' bits (u16), the sources' bits (u64: 38 sources and room).
        assert_eq!(layout::IDENTIFIER_PAGES, 6);
        assert_eq!(layout::IDENTIFIER_SOURCES, layout::IDENTIFIER_PAGES + 2);
        assert_eq!(layout::IDENTIFIER, layout::IDENTIFIER_SOURCES + 8);
    }
}
