//! Compile-time lookup tables behind `from_code`, the texts and `FromStr`.
//!
//! A `match` on sparse values (`WarningCode` runs from -2000 to -7005) compiles to a tree of compares that
//! mispredicts on real streams, and a `match` on strings to one comparison per name. The `code_set!`
//! macro therefore builds, in `const` items evaluated by the compiler, from each set's `ALL`:
//!
//! - a dense table over the set's value range, so `from_code` is a branch-free clamp and one load;
//! - each variant's position in `ALL`, so everything else about a code is a load from its [`Row`];
//!
//! and `from_str` reads a perfect hash index of every name, generated ahead of time ([`NameIndex`]).

use crate::{Deprecation, Platform, Platforms};

/// Everything about a code but its value: one row of constant data per code, which the compiler only
/// has to store (a `match` arm per code in every method would cost it far more).
pub(crate) struct Row<C: 'static> {
    /// The Rust variant name.
    pub(crate) name: &'static str,
    /// Chinese summary and description, English summary and description (indexed by
    /// `locale as usize * 2 + (0 | 1)`).
    pub(crate) texts: [&'static str; 4],
    /// Every SDK identifier with the platforms whose pages use it; the first is `sdk_name()`.
    pub(crate) identifiers: &'static [(&'static str, Platforms)],
    pub(crate) deprecation: Option<Deprecation<C>>,
}

/// The identifier that `platform`'s page uses, among a row's `identifiers`.
#[inline]
pub(crate) const fn identifier(
    identifiers: &'static [(&'static str, Platforms)],
    platform: Platform,
) -> Option<&'static str> {
    let mut i = 0;
    while i < identifiers.len() {
        if identifiers[i].1.contains(platform) {
            return Some(identifiers[i].0);
        }
        i += 1;
    }
    None
}

/// Every platform that uses one of a row's `identifiers`.
#[inline]
pub(crate) const fn platforms(identifiers: &[(&'static str, Platforms)]) -> Platforms {
    let mut all = 0;
    let mut i = 0;
    while i < identifiers.len() {
        all |= identifiers[i].1 .0;
        i += 1;
    }
    Platforms(all)
}

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

/// Marks an empty slot of a name index.
pub(crate) const EMPTY: u16 = u16::MAX;

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
/// costs no mispredictions. `seed` picks the odd multiplier; it and `wide` are chosen per set by the
/// generator (see [`NameIndex`]).
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

/// The bucket of a name with hash `hash`: its top `bucket_bits` bits.
#[inline(always)]
const fn bucket_of(hash: u64, bucket_bits: u32) -> usize {
    if bucket_bits == 0 {
        0
    } else {
        (hash >> (64 - bucket_bits)) as usize
    }
}

/// The slot of a name with hash `hash` before its bucket's displacement: the `slot_bits` bits below the
/// bucket's (the top bits of a multiplicative hash are the best mixed).
#[inline(always)]
const fn home_slot(hash: u64, bucket_bits: u32, slot_bits: u32) -> usize {
    (hash >> (64 - bucket_bits - slot_bits)) as usize & ((1 << slot_bits) - 1)
}

/// A perfect hash index of a set's names, found ahead of time by the generator in
/// [`generate`] and checked in as `src/codes/name_index.rs`, so the compiler only reads constants.
///
/// A name's hash picks a bucket (its top `bucket_bits` bits) and, from the bits below, a slot, which the
/// bucket's displacement (xored in) moves to where no other name of the set lands. A lookup is one hash,
/// one load of the displacement, one load of the slot and one comparison, with no probing loop whose
/// length would vary by name. Small sets have one bucket whose displacement is 0: the compiler folds it,
/// and the lookup is one hash, one load and one comparison. The table grows linearly with the names:
/// about 2 slots a name.
///
/// Nothing checks the parameters at compile time (that would hash every name in the compiler's slow
/// interpreter); the unit test `generate::name_index_is_current` regenerates them and fails on any
/// difference, and `from_name`'s tests look every name up.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NameIndex {
    /// The code set whose names these are.
    pub(crate) set: &'static str,
    /// Picks the hash's multiplier.
    pub(crate) seed: u64,
    /// Whether the hash reads 16 bytes of a name rather than 8.
    pub(crate) wide: bool,
    /// 16-byte windows that cover the longest name.
    pub(crate) windows: usize,
    /// log2 of the number of buckets (0: one bucket).
    pub(crate) bucket_bits: u32,
    /// Per bucket, the displacement xored into the slot.
    pub(crate) displacements: &'static [u16],
    /// Slot → index into the set's names, or [`EMPTY`]. A power of two long.
    pub(crate) slots: &'static [u16],
}

impl NameIndex {
    /// An index that finds nothing: what a set whose index has not been generated yet gets, so that
    /// the crate still compiles and the generator can run.
    const NONE: NameIndex = NameIndex {
        set: "",
        seed: 0,
        wide: false,
        windows: 1,
        bucket_bits: 0,
        displacements: &[0],
        slots: &[EMPTY, EMPTY],
    };

    /// The index of `set` in `generated`, or one that finds nothing.
    pub(crate) const fn of(generated: &'static [NameIndex], set: &str) -> &'static NameIndex {
        let mut i = 0;
        while i < generated.len() {
            if str_eq(generated[i].set, set) {
                return &generated[i];
            }
            i += 1;
        }
        &Self::NONE
    }

    /// The slot of a name with hash `hash`.
    #[inline(always)]
    const fn slot(&self, hash: u64) -> usize {
        let slot_bits = self.slots.len().trailing_zeros();
        let home = home_slot(hash, self.bucket_bits, slot_bits);
        let displacement = self.displacements[bucket_of(hash, self.bucket_bits)] as usize;
        (home ^ displacement) & (self.slots.len() - 1)
    }

    /// The index in `names` of `name`, looked up in this index (generated from the same `names`).
    #[inline(always)]
    pub(crate) fn find(&self, names: &[&str], name: &str) -> Option<usize> {
        let entry = self.slots[self.slot(name_hash(name, self.seed, self.wide))] as usize;
        // An empty slot (`EMPTY`) is past the end of `names`.
        match names.get(entry) {
            Some(candidate) if same_name(candidate.as_bytes(), name.as_bytes(), self.windows) => {
                Some(entry)
            }
            _ => None,
        }
    }
}

/// `a == b` in a `const fn`.
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
mod generate;

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
