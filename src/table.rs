//! The lookup tables behind `from_code`, the texts and `FromStr`.
//!
//! A `match` on sparse values (`WarningCode` runs from -2000 to -7005) compiles to a tree of compares that
//! mispredicts on real streams, and a `match` on strings to one comparison per name. Each set instead has
//! (see `code_set!` and the generated `src/codes/*.rs`):
//!
//! - a perfect hash of the values ([`layout::value_slot`]), found by the generator: each set's
//!   `SLOTS` hold the codes by slot, so `from_code` is a multiplication, a shift, one load and one
//!   compare, and `data` holds the position in `ALL` of each slot's code;
//! - a fixed-size record per code ([`Row`]), so everything else about a code is a few loads from the
//!   set's data blob and a slice of its text blob;
//! - a perfect hash index of every name, generated ahead of time ([`NameIndex`]), so `from_str` hashes
//!   once and compares one candidate;
//!
//! and a [`SetTable`] gathers them for code that works on every set.

// The readers here (and in `hash` and `layout`) are `#[inline(always)]`, with clippy's pedantic
// `inline_always` allowed, because measurements say so: with `#[inline]` on them instead, a quick
// `cargo bench --all-features --bench lookup -- ErrorCode/ WarningCode/` (16 sets, the mean of two
// runs' medians) took 1.32 times as long for `description`, 1.11 for `summary` and 1.56 and 1.27 for
// `from_str` of SDK and Rust names; `try_from` and `from_code` were unchanged.
#![allow(clippy::inline_always)]

use crate::{CodeSet, Deprecation, Locale, Meaning, Platform, Platforms, Source, Sources};

pub(crate) mod layout;

/// A deprecated code: its position in `ALL`, since which SDK release a page or header deprecates it,
/// and what replaces it if a source names something.
pub(crate) type Deprecated = (u16, &'static str, Option<Replacement>);

/// The code that a deprecation names as the replacement.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct Replacement {
    /// The SDK name of its set.
    pub(crate) set: &'static str,
    /// Its SDK identifier.
    pub(crate) name: &'static str,
    /// Its set and position in that set's `ALL`, where this crate has the set.
    pub(crate) code: Option<(CodeSet, u16)>,
}

/// A code set's data in a type that is not generic over the set: every method of every set reads it
/// through functions compiled once, not once a set.
///
/// What every code has — names, texts, identifiers — is in two blobs: `text`, every string of the set
/// run together, and `data`, fixed-size records of integers (see `layout`) that point into it. To the
/// compiler each blob is one literal: a struct and a string per code would cost it (and every
/// application's build) about 2 M instructions a code, in type checking, constant evaluation and
/// code generation (measured with cachegrind).
///
/// What only some codes have — a hidden mark, a deprecation, other meanings, links — is in short
/// lists by position in `ALL`.
pub(crate) struct SetTable {
    /// The enum's name.
    pub(crate) name: &'static str,
    /// Every name the SDK gives the enum on its pages and in its headers.
    pub(crate) sdk_names: &'static [&'static str],
    /// The callbacks that deliver the codes, as Markdown.
    pub(crate) delivered_by: &'static str,
    /// The multiplier of the value hash (`layout::value_slot`).
    pub(crate) value_seed: u32,
    /// The shift of the value hash: it has `2^(32 - value_shift)` slots.
    pub(crate) value_shift: u32,
    /// The number of codes.
    pub(crate) len: u16,
    /// Every string of the set, run together.
    pub(crate) text: &'static str,
    /// The records of `layout`, section after section.
    pub(crate) data: &'static [u8],
    /// Where in `data` the identifier entries start.
    pub(crate) identifiers_at: u32,
    /// Where in `data` the name entries start.
    pub(crate) names_at: u32,
    /// Where in `data` the positions start: slot of the value hash → position in `ALL` of the code
    /// there (`u16`, `layout::NO_CODE` for a slot without one).
    pub(crate) positions_at: u32,
    /// The perfect hash index of the names.
    pub(crate) name_index: NameIndex,
    /// The codes that some sources mark `@hidden` (with no platform list), by ascending position in
    /// `ALL`: (position, `Sources` bits of those sources).
    pub(crate) hidden_in: &'static [(u16, u64)],
    /// The codes that the newest C++ header listing them marks `@hidden(…)` for some platforms, by
    /// ascending position in `ALL`: (position, `Platforms` bits of those platforms).
    pub(crate) hidden_on: &'static [(u16, u8)],
    /// The deprecated codes, by ascending position.
    pub(crate) deprecations: &'static [Deprecated],
    /// The codes that sources document otherwise, by ascending position, each with what they say.
    pub(crate) other_meanings: &'static [(u16, &'static [Meaning])],
    /// The codes linked to codes of other sets, by ascending position: (position, relation, the other
    /// code's set, its position there, evidence).
    pub(crate) links: &'static [crate::link::LinkEntry],
}

/// Reads the `u16` at `at` of `data`.
#[inline(always)]
const fn u16_at(data: &[u8], at: usize) -> u16 {
    match data.split_at(at).1.first_chunk::<2>() {
        Some(bytes) => u16::from_le_bytes(*bytes),
        None => 0,
    }
}

/// Reads the `u64` at `at` of `data`.
#[inline(always)]
const fn u64_at(data: &[u8], at: usize) -> u64 {
    match data.split_at(at).1.first_chunk::<8>() {
        Some(bytes) => u64::from_le_bytes(*bytes),
        None => 0,
    }
}

/// Reads the `u32` at `at` of `data`.
#[inline(always)]
const fn u32_at(data: &[u8], at: usize) -> u32 {
    match data.split_at(at).1.first_chunk::<4>() {
        Some(bytes) => u32::from_le_bytes(*bytes),
        None => 0,
    }
}

impl SetTable {
    /// The string whose offset and length are at `at` of `data`.
    #[inline(always)]
    const fn str_at(&self, at: usize) -> &'static str {
        self.str_with_len(at, at + 4)
    }

    /// The string whose offset is at `at` of `data`, and its length at `len_at`.
    #[inline(always)]
    const fn str_with_len(&self, at: usize, len_at: usize) -> &'static str {
        let offset = u32_at(self.data, at) as usize;
        let len = u16_at(self.data, len_at) as usize;
        self.text.split_at(offset).1.split_at(len).0
    }

    /// The `u16` at `at` of `data`.
    #[inline(always)]
    const fn u16(&self, at: usize) -> u16 {
        u16_at(self.data, at)
    }

    /// The row of `code`, a value the set defines.
    #[inline(always)]
    pub(crate) const fn row(&'static self, code: i32) -> Row {
        self.row_at(self.position(code) as usize)
    }

    /// The row of the code at `position` in `ALL`.
    #[inline(always)]
    pub(crate) const fn row_at(&'static self, position: usize) -> Row {
        Row {
            table: self,
            at: position * layout::ROW,
        }
    }

    /// The position in `ALL` of `code`, a value the set defines.
    #[inline(always)]
    pub(crate) const fn position(&self, code: i32) -> u16 {
        let slot = layout::value_slot(code, self.value_seed, self.value_shift);
        self.u16(self.positions_at as usize + 2 * slot)
    }

    /// The sources that mark `code` (a value the set defines) `@hidden` with no platform list.
    #[inline]
    pub(crate) const fn hidden_in(&self, code: i32) -> Sources {
        let position = self.position(code);
        let mut i = 0;
        while i < self.hidden_in.len() {
            if self.hidden_in[i].0 == position {
                return Sources(self.hidden_in[i].1);
            }
            i += 1;
        }
        Sources::EMPTY
    }

    /// The platforms of the scoped `@hidden(…)` mark of `code` (a value the set defines) in the
    /// newest C++ header that lists it.
    #[inline]
    pub(crate) const fn hidden_on(&self, code: i32) -> Platforms {
        let position = self.position(code);
        let mut i = 0;
        while i < self.hidden_on.len() {
            if self.hidden_on[i].0 == position {
                return Platforms(self.hidden_on[i].1);
            }
            i += 1;
        }
        Platforms::EMPTY
    }

    /// Whether the newest C++ header that lists `code` (a value the set defines) marks it `@hidden`
    /// with no platform list.
    #[inline]
    pub(crate) const fn is_hidden(&'static self, code: i32) -> bool {
        match self.row(code).sources().last(crate::Sdk::Cpp) {
            Some(newest) => self.hidden_in(code).contains(newest),
            None => false,
        }
    }

    /// The deprecation of `code` (a value the set defines), if it has one.
    #[inline]
    pub(crate) const fn deprecated(&'static self, code: i32) -> Option<&'static Deprecated> {
        let position = self.position(code);
        let mut i = 0;
        while i < self.deprecations.len() {
            if self.deprecations[i].0 == position {
                return Some(&self.deprecations[i]);
            }
            i += 1;
        }
        None
    }

    /// What sources say `code` (a value the set defines) means, where that differs from its texts.
    #[inline]
    pub(crate) const fn other_meanings(&self, code: i32) -> &'static [Meaning] {
        let position = self.position(code);
        let mut i = 0;
        while i < self.other_meanings.len() {
            if self.other_meanings[i].0 == position {
                return self.other_meanings[i].1;
            }
            i += 1;
        }
        &[]
    }

    /// The number of names `from_name` accepts.
    #[cfg(test)]
    pub(crate) const fn name_count(&self) -> usize {
        (self.positions_at - self.names_at) as usize / layout::NAME
    }

    /// The `index`-th name `from_name` accepts.
    #[cfg(test)]
    pub(crate) const fn name_at(&self, index: usize) -> &'static str {
        self.str_at(self.names_at as usize + index * layout::NAME)
    }

    /// The position in `ALL` of the code that `name` names in this set.
    // The casts take the fields out of the name entry, read in one load: the offset is its low 32
    // bits, the length the 16 above.
    #[allow(clippy::cast_possible_truncation)]
    #[inline(always)]
    pub(crate) fn find_name(&self, name: &str) -> Option<usize> {
        let index = &self.name_index;
        let entry = self.u16(index.slot(self, name_hash(name, index.seed, index.wide)));
        if entry == EMPTY {
            return None;
        }
        // The name entry in one load: offset, length, position.
        let at = self.names_at as usize + usize::from(entry) * layout::NAME;
        let record = match self.data.split_at(at).1.first_chunk::<8>() {
            Some(bytes) => u64::from_le_bytes(*bytes),
            None => return None,
        };
        let offset = record as u32 as usize;
        let len = (record >> 32) as u16 as usize;
        // Bytes, not a `str`: the comparison needs no character boundaries.
        let candidate = self.text.as_bytes().get(offset..offset + len)?;
        if same_name(candidate, name.as_bytes(), index.windows) {
            Some((record >> 48) as usize)
        } else {
            None
        }
    }
}

/// A code's row: a view of its record in its set's data.
#[derive(Clone, Copy)]
pub(crate) struct Row {
    table: &'static SetTable,
    /// Where in `data` the record starts.
    at: usize,
}

impl Row {
    /// The Rust variant name.
    #[inline(always)]
    pub(crate) const fn name(self) -> &'static str {
        self.table.str_at(self.at + layout::ROW_NAME)
    }

    /// Where in `data` the record of the description in `locale` starts.
    #[inline(always)]
    const fn text_at(self, locale: Locale) -> usize {
        self.at + layout::ROW_TEXTS + locale as usize * layout::ROW_TEXT_LEN
    }

    /// The first line of the description in `locale`: the description's offset, and the summary's
    /// own length.
    #[inline(always)]
    pub(crate) const fn summary(self, locale: Locale) -> &'static str {
        let at = self.text_at(locale);
        self.table.str_with_len(at, at + 6)
    }

    /// The description in `locale`.
    #[inline(always)]
    pub(crate) const fn description(self, locale: Locale) -> &'static str {
        self.table.str_at(self.text_at(locale))
    }

    /// The number of identifiers.
    #[inline(always)]
    pub(crate) const fn identifier_count(self) -> usize {
        self.table.u16(self.at + layout::ROW_IDENTIFIERS + 2) as usize
    }

    /// Where in `data` the `i`-th identifier entry starts.
    #[inline(always)]
    const fn identifier_at(self, i: usize) -> usize {
        let first = self.table.u16(self.at + layout::ROW_IDENTIFIERS) as usize;
        self.table.identifiers_at as usize + (first + i) * layout::IDENTIFIER
    }

    /// The `i`-th identifier.
    #[inline(always)]
    pub(crate) const fn identifier_at_index(self, i: usize) -> &'static str {
        self.table.str_at(self.identifier_at(i))
    }

    /// The pages (`Platforms` bits) and the sources (`Sources` bits) that use the `i`-th identifier.
    #[inline(always)]
    const fn listed_at(self, i: usize) -> (u16, u64) {
        let at = self.identifier_at(i);
        (
            self.table.u16(at + layout::IDENTIFIER_PAGES),
            u64_at(self.table.data, at + layout::IDENTIFIER_SOURCES),
        )
    }

    /// The SDK name: the first identifier.
    #[inline(always)]
    pub(crate) const fn sdk_name(self) -> &'static str {
        self.identifier_at_index(0)
    }

    /// Every identifier.
    #[inline]
    pub(crate) fn identifiers(self) -> impl Iterator<Item = &'static str> + Clone {
        (0..self.identifier_count()).map(move |i| self.identifier_at_index(i))
    }

    /// The first identifier whose pages include one of `pages` or whose sources one of `sources`.
    #[inline]
    const fn identifier_where(self, pages: u16, sources: u64) -> Option<&'static str> {
        let mut i = 0;
        while i < self.identifier_count() {
            let (p, s) = self.listed_at(i);
            if p & pages != 0 || s & sources != 0 {
                return Some(self.identifier_at_index(i));
            }
            i += 1;
        }
        None
    }

    /// Every page and every source that lists the code.
    #[inline]
    const fn listed(self) -> (u16, u64) {
        let (mut pages, mut sources) = (0, 0);
        let mut i = 0;
        while i < self.identifier_count() {
            let (p, s) = self.listed_at(i);
            pages |= p;
            sources |= s;
            i += 1;
        }
        (pages, sources)
    }

    /// The identifier that `platform`'s page uses.
    #[inline]
    pub(crate) const fn identifier(self, platform: Platform) -> Option<&'static str> {
        self.identifier_where(Platforms::EMPTY.with(platform).0 as u16, 0)
    }

    /// The identifier that `source`'s headers use.
    #[inline]
    pub(crate) const fn identifier_in(self, source: Source) -> Option<&'static str> {
        self.identifier_where(0, Sources::EMPTY.with(source).0)
    }

    /// Every platform whose page lists the code.
    // An identifier entry's pages are `Platforms` bits: a `u8` (as the generator has them) in a `u16`
    // field, so the cast keeps every bit. (`try_from` is not `const`.)
    #[allow(clippy::cast_possible_truncation)]
    #[inline]
    pub(crate) const fn platforms(self) -> Platforms {
        Platforms(self.listed().0 as u8)
    }

    /// Every source whose headers list the code.
    #[inline]
    pub(crate) const fn sources(self) -> Sources {
        Sources(self.listed().1)
    }
}

/// The row of `code`, a value of `set`.
#[inline(always)]
pub(crate) const fn row(set: CodeSet, code: i32) -> Row {
    set.table().row(code)
}

// What each enum's methods call: one call a method body, since a body costs the compiler more for
// every call and path in it (about 0.2 M instructions for an empty method, 0.4 M for one call, 0.6 M
// for two), and every set has them all.

/// [`Row::name`] of `code`, a value of `set`.
#[inline(always)]
pub(crate) const fn name(set: CodeSet, code: i32) -> &'static str {
    row(set, code).name()
}

/// [`Row::sdk_name`] of `code`, a value of `set`.
#[inline(always)]
pub(crate) const fn sdk_name(set: CodeSet, code: i32) -> &'static str {
    row(set, code).sdk_name()
}

/// [`Row::identifier`] of `code`, a value of `set`.
#[inline(always)]
pub(crate) const fn identifier(
    set: CodeSet,
    code: i32,
    platform: Platform,
) -> Option<&'static str> {
    row(set, code).identifier(platform)
}

/// [`Row::platforms`] of `code`, a value of `set`.
#[inline(always)]
pub(crate) const fn platforms(set: CodeSet, code: i32) -> Platforms {
    row(set, code).platforms()
}

/// [`Row::summary`] of `code`, a value of `set`.
#[inline(always)]
pub(crate) const fn summary(set: CodeSet, code: i32, locale: Locale) -> &'static str {
    row(set, code).summary(locale)
}

/// [`Row::description`] of `code`, a value of `set`.
#[inline(always)]
pub(crate) const fn description(set: CodeSet, code: i32, locale: Locale) -> &'static str {
    row(set, code).description(locale)
}

/// The `Debug` of `code`, a value of `set`: its Rust name.
#[inline]
pub(crate) fn debug(
    f: &mut core::fmt::Formatter<'_>,
    set: CodeSet,
    code: i32,
) -> core::fmt::Result {
    f.write_str(name(set, code))
}

/// The deprecation of `code`, a value of the set `set`, with a replacement in the same set taken
/// from its `all`.
#[inline]
pub(crate) const fn deprecation<C: Copy>(
    set: CodeSet,
    code: i32,
    all: &'static [C],
) -> Option<Deprecation<C>> {
    match set.table().deprecated(code) {
        None => None,
        Some((_, since, replacement)) => {
            let replaced_by = match replacement {
                Some(Replacement {
                    code: Some((in_set, position)),
                    ..
                }) if *in_set as u8 == set as u8 => Some(all[*position as usize]),
                _ => None,
            };
            Some(Deprecation::new(since, replacement.as_ref(), replaced_by))
        }
    }
}

/// The code of `all` (the `ALL` of `set`) that `name` names.
#[inline(always)]
pub(crate) fn from_name<C: Copy>(set: CodeSet, all: &[C], name: &str) -> Option<C> {
    set.table().find_name(name).map(|position| all[position])
}

/// A set's value hash, evaluated at compile time: the code of `all` (the set's `ALL`) at each of
/// `positions`, one a slot. Generic rather than written out per set, so that the compiler checks the
/// loop once; and a byte string, which it reads far faster than an array of paths to variants.
pub(crate) const fn slots<C: Copy, const SLOTS: usize>(
    all: &[C],
    positions: &[u8; SLOTS],
) -> [C; SLOTS] {
    let mut slots = [all[0]; SLOTS];
    let mut slot = 0;
    while slot < SLOTS {
        slots[slot] = all[positions[slot] as usize];
        slot += 1;
    }
    slots
}

/// [`slots`] for a set of more than 256 codes: `positions` holds a little-endian `u16` a slot. (The
/// compiler evaluates it per slot at compile time, where each operation counts: the SDK's sets are
/// far smaller, and take the byte per slot of `slots`.)
// Only sets of more than 256 codes use it, such as those `benches/build-cost.sh` generates.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const fn slots_wide<C: Copy, const SLOTS: usize>(
    all: &[C],
    positions: &[u8],
) -> [C; SLOTS] {
    let mut slots = [all[0]; SLOTS];
    let mut slot = 0;
    while slot < SLOTS {
        // Two indexings, not `u16_at`: at compile time, slicing (`split_at`, `first_chunk`) costs
        // the compiler some 400 K instructions a slot.
        let position = positions[2 * slot] as usize | (positions[2 * slot + 1] as usize) << 8;
        slots[slot] = all[position];
        slot += 1;
    }
    slots
}

mod hash;

pub(crate) use hash::name_hash;
use hash::EMPTY;
use hash::{bucket_of, home_slot, read16, read8};

/// A perfect hash index of a set's names, found ahead of time by the generator in `codegen/` and
/// written into the set's generated file, so the compiler only reads constants.
///
/// A name's hash picks a bucket (its top `bucket_bits` bits) and, from the bits below, a slot, which the
/// bucket's displacement (xored in) moves to where no other name of the set lands. A lookup is one hash,
/// one load of the displacement, one load of the slot and one comparison, with no probing loop whose
/// length would vary by name. Sets of up to 128 names have one bucket whose displacement is 0: the
/// compiler folds it, and the lookup is one hash, one load and one comparison, in a table of at most
/// 1,024 slots. Larger sets have buckets of about 4 names and about 2 slots a name, so the table grows
/// linearly with the names.
///
/// The displacements (`u16` a bucket) and the slots (`u16` a slot: the index of a name entry, or
/// `EMPTY`) are in the set's data. Nothing checks the parameters at compile time (that would hash
/// every name in the compiler's slow interpreter); `codegen/tests/library.rs` regenerates every table and
/// fails on any difference, and `from_name`'s tests look every name up.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NameIndex {
    /// Picks the hash's multiplier.
    pub(crate) seed: u64,
    /// Whether the hash reads 32 bytes of a name (its last 24 and its first 8) rather than 8.
    pub(crate) wide: bool,
    /// 16-byte windows that cover the longest name.
    pub(crate) windows: usize,
    /// log2 of the number of buckets (0: one bucket).
    pub(crate) bucket_bits: u32,
    /// log2 of the number of slots.
    pub(crate) slot_bits: u32,
    /// Where in the set's data the displacements start.
    pub(crate) displacements_at: u32,
    /// Where in the set's data the slots start.
    pub(crate) slots_at: u32,
}

impl NameIndex {
    /// Where in `table`'s data the slot of a name with hash `hash` is.
    #[inline(always)]
    const fn slot(&self, table: &SetTable, hash: u64) -> usize {
        let home = home_slot(hash, self.bucket_bits, self.slot_bits);
        let displacement = if self.bucket_bits == 0 {
            0
        } else {
            table.u16(self.displacements_at as usize + 2 * bucket_of(hash, self.bucket_bits))
                as usize
        };
        let slot = (home ^ displacement) & ((1 << self.slot_bits) - 1);
        self.slots_at as usize + 2 * slot
    }
}

/// `a == b`, where `a` is a name of a table whose names are at most `16 * windows` bytes long, without
/// the data-dependent branches of `memcmp`: names of 16 bytes or more are compared as `windows` 16-byte
/// windows (the last ones clamped to the end), names of 8 to 15 bytes as two 8-byte windows. On a
/// stream of random names this avoids a misprediction per lookup. `windows` is a constant of the table, so
/// the loop unrolls.
#[inline(always)]
fn same_name(a: &[u8], b: &[u8], windows: usize) -> bool {
    debug_assert!(a.len() <= 16 * windows);
    // The length of `b` (the input), not of `a` (a table entry): the compiler knows every entry's
    // length and would otherwise specialize the code per entry, with a branch per entry.
    let len = b.len();
    if a.len() != len {
        return false;
    }
    if len >= 16 {
        // Windows at 0, 16, … (clamped to the end) and one ending at the end: together they cover
        // `16 * windows` bytes, so all of `a`.
        let last = len - 16;
        let mut diff = read16(a, last) ^ read16(b, last);
        for window in 0..windows - 1 {
            let at = (window * 16).min(last);
            diff |= read16(a, at) ^ read16(b, at);
        }
        diff == 0
    } else if len >= 8 {
        (read8(a, 0) ^ read8(b, 0)) | (read8(a, len - 8) ^ read8(b, len - 8)) == 0
    } else {
        let mut diff = 0;
        let mut i = 0;
        while i < len {
            diff |= a[i] ^ b[i];
            i += 1;
        }
        diff == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_and_slots_wide_read_the_same_positions() {
        use crate::WarningCode;
        let all = WarningCode::ALL;
        let narrow: [u8; 5] = [3, 0, 34, 7, 1];
        let wide: [u8; 10] = [3, 0, 0, 0, 34, 0, 7, 0, 1, 0];
        let expected = narrow.map(|p| all[usize::from(p)]);
        assert_eq!(slots::<WarningCode, 5>(all, &narrow), expected);
        assert_eq!(slots_wide::<WarningCode, 5>(all, &wide), expected);
        // A position of 256 or more needs its high byte.
        let many: Vec<u16> = (0..300).collect();
        let bytes: Vec<u8> = [299u16, 256, 0]
            .iter()
            .flat_map(|p| p.to_le_bytes())
            .collect();
        assert_eq!(slots_wide::<u16, 3>(&many, &bytes), [299, 256, 0]);
    }

    #[test]
    fn every_value_of_the_widest_range_is_found_exactly_where_the_set_has_it() {
        use crate::WarningCode;
        let all = WarningCode::ALL;
        for code in (-7006..=-1999).chain([i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX]) {
            assert_eq!(
                WarningCode::from_code(code),
                all.iter().copied().find(|c| c.code() == code),
                "{code}"
            );
        }
    }

    #[test]
    fn same_name_is_equality() {
        let long = "ERROR_CODE_JOIN_ROOM_WITHOUT_LICENSE_AUTHENTICATE_SDK";
        for (a, b) in [
            ("", ""),
            ("Ok", "Ok"),
            ("Ok", "OK"),
            ("12345678", "12345678"),
            ("12345678", "12345679"),
            ("x2345678", "12345678"),
            (long, long),
            (
                long,
                "ERROR_CODE_JOIN_ROOM_WITHOUT_LICENSE_AUTHENTICATE_SDX",
            ),
            (
                long,
                "XRROR_CODE_JOIN_ROOM_WITHOUT_LICENSE_AUTHENTICATE_SDK",
            ),
            (long, "ERROR_CODE_JOIN_ROOM_WITHOUT_LICENSE_AUTHENTICATE_SD"),
        ] {
            assert_eq!(same_name(a.as_bytes(), b.as_bytes(), 4), a == b, "{a} {b}");
        }
        // Every single-byte difference at every position of every length is seen, for every number of
        // windows a table can have.
        for windows in 1..=4 {
            for len in 0..=16 * windows {
                let a = vec![b'x'; len];
                for at in 0..len {
                    let mut b = a.clone();
                    b[at] = b'y';
                    assert!(!same_name(&a, &b, windows), "{windows} {len} {at}");
                }
                assert!(same_name(&a, &a.clone(), windows));
                assert!(!same_name(&a, &[&a[..], b"x"].concat(), windows));
            }
        }
    }
}
