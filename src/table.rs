//! Compile-time lookup tables behind `from_code`, the texts and `FromStr`.
//!
//! A `match` on sparse values (`WarningCode` runs from -2000 to -7005) compiles to a tree of compares that
//! mispredicts on real streams, and a `match` on strings to one comparison per name. The `code_set!`
//! macro therefore builds, in `const` items evaluated by the compiler, from each set's `ALL`:
//!
//! - a dense table over the set's value range, so `from_code` is a branch-free clamp and one load;
//! - each variant's position in `ALL`, so a text is a load from a `[&str; 4]` row;
//! - an open-addressing hash table of every name, so `from_str` hashes once and compares one candidate.

/// The smallest and largest of `codes` (which is not empty).
pub(crate) const fn code_range(codes: &[i32]) -> (i32, i32) {
    assert!(!codes.is_empty(), "a code set needs at least one code");
    let (mut min, mut max) = (codes[0], codes[0]);
    let mut i = 1;
    while i < codes.len() {
        if codes[i] < min {
            min = codes[i];
        }
        if codes[i] > max {
            max = codes[i];
        }
        i += 1;
    }
    (min, max)
}

/// Length of the dense table over `min..=max`. Bounded so that a set spread over a huge range fails to
/// compile rather than silently growing the binary.
pub(crate) const fn dense_len((min, max): (i32, i32)) -> usize {
    let len = (max as i64 - min as i64 + 1) as usize;
    assert!(
        len <= 1 << 16,
        "a code set's values span too wide a range for a dense table"
    );
    len
}

/// The slot of `code` in a dense table of `len` value slots starting at `min`, followed by one `None`
/// slot at index `len` that every value outside the range maps to. Branch-free (a compare and a
/// conditional move), so a stream mixing known and unknown codes costs no mispredictions.
#[inline(always)]
pub(crate) const fn dense_slot(code: i32, min: i32, len: usize) -> usize {
    // The exact difference is in 0..2^32, so it survives the wrap to u32 unchanged.
    let index = code.wrapping_sub(min) as u32 as usize;
    if index < len {
        index
    } else {
        len
    }
}

/// Marks an empty slot of a name table.
pub(crate) const EMPTY: u16 = u16::MAX;

/// Number of slots of the name table for `names` names: a power of two, at most a quarter full, so
/// probes are short and always reach an empty slot.
pub(crate) const fn name_slots(names: usize) -> usize {
    assert!(
        names < EMPTY as usize / 4,
        "too many names for a u16 name table"
    );
    (names * 4).next_power_of_two()
}

/// Reads 8 bytes at `at` as a little-endian `u64` (one bounds check, one unaligned load).
#[inline(always)]
const fn read8(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at(at).1.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// A fast hash of a name: its length and three 8-byte windows (start, middle, end), mixed by one
/// multiplication. Names of one set differ in length or in those windows almost always; equal hashes
/// only cost an extra probe.
#[inline]
pub(crate) const fn name_hash(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let len = bytes.len();
    let mixed = if len >= 8 {
        read8(bytes, 0)
            ^ read8(bytes, len / 2 - 4).rotate_left(21)
            ^ read8(bytes, len - 8).rotate_left(42)
    } else {
        let mut word = 0u64;
        let mut i = 0;
        while i < len {
            word |= (bytes[i] as u64) << (8 * i);
            i += 1;
        }
        word
    };
    (mixed ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The first slot to probe for `hash` in a table of `slots` slots (a power of two).
#[inline(always)]
const fn home_slot(hash: u64, slots: usize) -> usize {
    (hash >> 32) as usize & (slots - 1)
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The name table: slot → index into `names` (or [`EMPTY`]), by linear probing. A name given twice is a
/// compile error.
pub(crate) const fn build_name_table<const SLOTS: usize>(names: &[&str]) -> [u16; SLOTS] {
    let mut table = [EMPTY; SLOTS];
    let mut n = 0;
    while n < names.len() {
        let mut slot = home_slot(name_hash(names[n]), SLOTS);
        while table[slot] != EMPTY {
            assert!(
                !str_eq(names[table[slot] as usize], names[n]),
                "a name is listed twice in a code set"
            );
            slot = (slot + 1) & (SLOTS - 1);
        }
        table[slot] = n as u16;
        n += 1;
    }
    table
}

/// The index in `names` of `name`, looked up in `table` (from [`build_name_table`]).
#[inline]
pub(crate) fn find_name(table: &[u16], names: &[&str], name: &str) -> Option<usize> {
    let mask = table.len() - 1;
    let mut slot = home_slot(name_hash(name), table.len());
    loop {
        let entry = table[slot];
        if entry == EMPTY {
            return None;
        }
        if names[entry as usize] == name {
            return Some(entry as usize);
        }
        slot = (slot + 1) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_slot_is_exact_at_the_edges() {
        assert_eq!(dense_slot(-7005, -7005, 5006), 0);
        assert_eq!(dense_slot(-2000, -7005, 5006), 5005);
        assert_eq!(dense_slot(-1999, -7005, 5006), 5006);
        assert_eq!(dense_slot(-7006, -7005, 5006), 5006);
        for code in [i32::MIN, i32::MIN + 1, -1, 0, i32::MAX] {
            assert_eq!(dense_slot(code, -7005, 5006), 5006);
        }
        assert_eq!(
            dense_slot(i32::MAX, i32::MIN, usize::MAX),
            u32::MAX as usize
        );
        assert_eq!(code_range(&[0, -6, 3]), (-6, 3));
        assert_eq!(dense_len((-6, 3)), 10);
    }

    #[test]
    fn the_name_table_finds_every_name_and_nothing_else() {
        let names = [
            "Ok",
            "kAudioRecordingErrorCodeOk",
            "A",
            "",
            "ERROR_CODE_X",
            "ERROR_CODE_Y",
            "ab",
        ];
        const SLOTS: usize = 32;
        let table: [u16; SLOTS] = build_name_table(&names);
        for (i, name) in names.iter().enumerate() {
            assert_eq!(find_name(&table, &names, name), Some(i), "{name}");
        }
        for other in [
            "ok",
            "OK ",
            "ERROR_CODE_Z",
            "kAudioRecordingErrorCodeOK",
            "abc",
            "\u{0}",
        ] {
            assert_eq!(find_name(&table, &names, other), None, "{other}");
        }
        assert_eq!(name_slots(7), 32);
    }

    #[test]
    #[should_panic(expected = "listed twice")]
    fn a_duplicate_name_is_rejected() {
        let _: [u16; 8] = build_name_table(&["A", "A"]);
    }
}
