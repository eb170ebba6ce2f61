//! Compile-time lookup tables behind `from_code`, the texts and `FromStr`.
//!
//! A `match` on sparse values (`WarningCode` runs from -2000 to -7005) compiles to a tree of compares that
//! mispredicts on real streams, and a `match` on strings to one comparison per name. The `code_set!`
//! macro therefore builds, in `const` items evaluated by the compiler, from each set's `ALL`:
//!
//! - a dense table over the set's value range, so `from_code` is a branch-free clamp and one load;
//! - each variant's position in `ALL`, so a text is a load from a `[&str; 4]` row;
//! - a perfect hash table of every name, so `from_str` hashes once and compares one candidate.

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

/// Slots of the name table for `names` names: a power of two near `names² / 4`, so that a random seed
/// leaves no two names in one slot with a fair chance (about 1 in 7 at worst), and the compile-time
/// seed search is short.
pub(crate) const fn name_slots(names: usize) -> usize {
    assert!(names < 1 << 12, "too many names for a u16 name table");
    let wanted = names * names / 4;
    let at_least = if wanted < 2 * names {
        2 * names
    } else {
        wanted
    };
    if at_least < 2 {
        2
    } else {
        at_least.next_power_of_two()
    }
}

/// Reads 8 bytes at `at` as a little-endian `u64` (one bounds check, one unaligned load).
#[inline(always)]
const fn read8(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at(at).1.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// Reads 16 bytes at `at` as a little-endian `u128`.
#[inline(always)]
const fn read16(bytes: &[u8], at: usize) -> u128 {
    match bytes.split_at(at).1.first_chunk::<16>() {
        Some(chunk) => u128::from_le_bytes(*chunk),
        None => 0,
    }
}

/// A fast hash of a name: its length and its last 8 bytes or, if `wide`, its last 16 (names of a set
/// share prefixes like `ERROR_CODE_` and differ towards the end), mixed by one multiplication. Names of
/// 8 bytes or more take one path and shorter ones another, so a stream of SDK identifiers (all longer)
/// costs no mispredictions. Two names of a set that this hash cannot tell apart are a compile error.
/// `seed` picks the odd multiplier; it and `wide` are chosen at compile time per set (see
/// [`build_name_table`]).
#[inline(always)]
pub(crate) const fn name_hash(name: &str, seed: u64, wide: bool) -> u64 {
    let bytes = name.as_bytes();
    let len = bytes.len();
    let mixed = if len >= 8 {
        let last = len - 8;
        let tail = read8(bytes, last);
        if wide {
            // The 8 bytes before the tail, or for a name under 16 bytes its first 8.
            tail ^ read8(bytes, last.saturating_sub(8)).rotate_left(21)
        } else {
            tail
        }
    } else {
        let mut word = 0u64;
        let mut i = 0;
        while i < len {
            word |= (bytes[i] as u64) << (8 * i);
            i += 1;
        }
        word
    };
    (mixed ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15 ^ seed << 1)
}

/// The slot of `hash` in a table of `slots` slots: its top bits, the best mixed of a multiplicative
/// hash.
#[inline(always)]
const fn slot_of(hash: u64, slots: usize) -> usize {
    (hash >> (64 - slots.trailing_zeros())) as usize & (slots - 1)
}

/// A perfect hash table of a set's names: with the set's seed, no two names share a slot. A lookup is
/// one hash, one load and one comparison, with no probing loop whose length would vary by name.
/// Names are at most 64 bytes long (a compile-time check), so the comparison is a few 16-byte windows.
pub(crate) struct NameTable<const SLOTS: usize> {
    seed: u64,
    /// Whether the hash reads 16 bytes of a name rather than 8.
    wide: bool,
    /// 16-byte windows that cover the longest name.
    windows: usize,
    /// Slot → index into the names, or [`EMPTY`].
    slots: [u16; SLOTS],
}

/// Builds the [`NameTable`] of `names` at compile time, trying seeds until no two names share a slot.
/// A name given twice is a compile error.
pub(crate) const fn build_name_table<const SLOTS: usize>(names: &[&str]) -> NameTable<SLOTS> {
    let n = names.len();
    assert!(n < SLOTS, "the name table is too small");
    let mut longest = 16;
    let mut i = 0;
    while i < n {
        if names[i].len() > longest {
            longest = names[i].len();
        }
        let mut j = 0;
        while j < i {
            assert!(
                !str_eq(names[i], names[j]),
                "a name is listed twice in a code set"
            );
            j += 1;
        }
        i += 1;
    }
    assert!(longest <= 64, "a name is longer than 64 bytes");
    let windows = longest.div_ceil(16);
    // The narrow hash if it tells every two names apart, else the wide one.
    let wide = !hashes_apart(names, false);
    assert!(
        hashes_apart(names, true),
        "two names of a code set hash alike: name_hash must read more of them"
    );
    let mut seed: u64 = 0;
    'seeds: loop {
        assert!(
            seed < 1 << 16,
            "no seed separates the names of this code set"
        );
        let mut slots = [EMPTY; SLOTS];
        let mut i = 0;
        while i < n {
            let slot = slot_of(name_hash(names[i], seed, wide), SLOTS);
            if slots[slot] != EMPTY {
                seed += 1;
                continue 'seeds;
            }
            slots[slot] = i as u16;
            i += 1;
        }
        return NameTable {
            seed,
            wide,
            windows,
            slots,
        };
    }
}

/// Whether `name_hash` with `wide` gives every two of `names` different hashes. Every seed multiplies by
/// an odd number (a bijection), so the answer is the same for every seed: names with equal hashes could
/// never be told apart by the seed search.
const fn hashes_apart(names: &[&str], wide: bool) -> bool {
    let mut i = 0;
    while i < names.len() {
        let mut j = 0;
        while j < i {
            if name_hash(names[i], 0, wide) == name_hash(names[j], 0, wide) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
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

/// The index in `names` of `name`, looked up in `table` (built from the same `names`).
#[inline(always)]
pub(crate) fn find_name<const SLOTS: usize>(
    table: &NameTable<SLOTS>,
    names: &[&str],
    name: &str,
) -> Option<usize> {
    let entry = table.slots[slot_of(name_hash(name, table.seed, table.wide), SLOTS)] as usize;
    // An empty slot (`EMPTY`) is past the end of `names`.
    match names.get(entry) {
        Some(candidate) if same_name(candidate.as_bytes(), name.as_bytes(), table.windows) => {
            Some(entry)
        }
        _ => None,
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
        let table: NameTable<16> = build_name_table(&names);
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
        assert_eq!(name_slots(7), 16);
        assert_eq!(name_slots(31), 256);
        assert_eq!(name_slots(125), 4096);
        assert_eq!(name_slots(0), 2);
        assert!(!table.wide, "the last 8 bytes tell these names apart");
    }

    #[test]
    fn names_that_end_alike_get_the_wide_hash() {
        let names = [
            "JoinRoomUserForbidden",
            "JoinRoomRoomForbidden",
            "kErrorCodeJoinRoomUserForbidden",
            "kErrorCodeJoinRoomRoomForbidden",
            "UserForbidden",
            "RoomForbidden",
        ];
        assert!(!hashes_apart(&names, false));
        let table: NameTable<16> = build_name_table(&names);
        assert!(table.wide);
        assert_eq!(table.windows, 2);
        for (i, name) in names.iter().enumerate() {
            assert_eq!(find_name(&table, &names, name), Some(i), "{name}");
        }
        for other in ["JoinRoomBothForbidden", "Forbidden", "UserForbiddeN"] {
            assert_eq!(find_name(&table, &names, other), None, "{other}");
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

    #[test]
    #[should_panic(expected = "hash alike")]
    fn names_that_differ_only_before_their_last_16_bytes_are_rejected() {
        let _: NameTable<8> = build_name_table(&["A_SAME_LAST_16_BYTES", "B_SAME_LAST_16_BYTES"]);
    }

    #[test]
    #[should_panic(expected = "listed twice")]
    fn a_duplicate_name_is_rejected() {
        let _: NameTable<8> = build_name_table(&["A", "B", "A"]);
    }
}
