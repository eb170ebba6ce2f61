//! The hash of a name and the slot it picks in a `NameIndex`.
//!
//! Shared, as source, by the library and by the generator in `codegen/` (which searches each set's
//! parameters natively and writes them into the generated tables), so that both hash alike. It must
//! therefore use nothing outside this file.

/// Marks an empty slot of a name index.
pub(crate) const EMPTY: u16 = u16::MAX;

/// Reads 8 bytes at `at` as a little-endian `u64` (one bounds check, one unaligned load).
#[inline(always)]
pub(crate) const fn read8(bytes: &[u8], at: usize) -> u64 {
    match bytes.split_at(at).1.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// Reads 16 bytes at `at` as a little-endian `u128`.
#[inline(always)]
pub(crate) const fn read16(bytes: &[u8], at: usize) -> u128 {
    match bytes.split_at(at).1.first_chunk::<16>() {
        Some(chunk) => u128::from_le_bytes(*chunk),
        None => 0,
    }
}

/// A fast hash of a name: its length and its last 8 bytes (names of a set share prefixes like
/// `ERROR_CODE_` and differ towards the end) or, if `wide`, its last 24 and its first 8 (the older
/// releases give codes names that end alike and differ at the start, `ByteRTCMediaDeviceError…` and
/// `kMediaDeviceErrorDevice…`, or in one letter 21 bytes from the end, Android 3.45's
/// `ERROR_CODE_EXXEEDS_THE_UPPER_LIMIT`), mixed by one multiplication. Names of 8 bytes or more take
/// one path and shorter ones another, so a stream of SDK identifiers (all longer) costs no
/// mispredictions. `seed` picks the odd multiplier; it and `wide` are chosen per set by the generator
/// (see `NameIndex`).
#[inline(always)]
pub(crate) const fn name_hash(name: &str, seed: u64, wide: bool) -> u64 {
    let bytes = name.as_bytes();
    let len = bytes.len();
    let mixed = if len >= 8 {
        let last = len - 8;
        let tail = read8(bytes, last);
        if wide {
            // The 16 bytes before the tail (reads that would start before the name start at its
            // first byte) and the first 8.
            tail ^ read8(bytes, last.saturating_sub(8)).rotate_left(21)
                ^ read8(bytes, last.saturating_sub(16)).rotate_left(42)
                ^ read8(bytes, 0).rotate_left(11)
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
// The cast keeps every bit: `bucket_bits` is at most 14 (names are indexed by `u16`, about 4 a
// bucket), so the bucket fits a 32-bit `usize`. (`try_from` is not `const`.)
#[allow(clippy::cast_possible_truncation)]
#[inline(always)]
pub(crate) const fn bucket_of(hash: u64, bucket_bits: u32) -> usize {
    if bucket_bits == 0 {
        0
    } else {
        (hash >> (64 - bucket_bits)) as usize
    }
}

/// The slot of a name with hash `hash` before its bucket's displacement: the `slot_bits` bits below the
/// bucket's (the top bits of a multiplicative hash are the best mixed).
// A 32-bit `usize` drops only bits above the low `slot_bits`, which the mask drops anyway: the slot
// is the same on every target. (`try_from` is not `const`.)
#[allow(clippy::cast_possible_truncation)]
#[inline(always)]
pub(crate) const fn home_slot(hash: u64, bucket_bits: u32, slot_bits: u32) -> usize {
    (hash >> (64 - bucket_bits - slot_bits)) as usize & ((1 << slot_bits) - 1)
}
