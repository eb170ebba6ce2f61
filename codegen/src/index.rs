//! The search for a set's name index: the parameters of the library's `table::NameIndex`, found
//! natively here so that the compiler only reads them.

use std::collections::HashSet;

#[path = "../../src/table/hash.rs"]
#[allow(dead_code)] // read16 is the library's alone
mod hash;

use hash::{bucket_of, home_slot, name_hash, EMPTY};

use crate::blob::layout;

/// Sets with at most this many names get one bucket: no displacement to load, at the price of a
/// table of up to 8 slots a name (at most 1,024) and a longer search for the seed. Larger sets get
/// buckets of about 4 names and 2 slots a name, so the tables grow linearly.
const ONE_BUCKET_MAX_NAMES: usize = 128;

/// Slots for a one-bucket index of `n` names: `n² / 4` (a random seed then succeeds about once in 7
/// tries) but at most `8 n` (about once in `e^(n / 16)`: some thousands of tries at 128 names).
fn one_bucket_slots(n: usize) -> usize {
    (n * n / 4).min(8 * n).max(2 * n).max(2).next_power_of_two()
}

/// The parameters of a set's name index, as the library's `NameIndex` holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    pub seed: u64,
    pub wide: bool,
    pub windows: usize,
    pub bucket_bits: u32,
    pub displacements: Vec<u16>,
    /// Slot → index into the names, or `EMPTY`.
    pub slots: Vec<u16>,
}

#[cfg(test)]
impl Index {
    /// Looks `name` up the way the library does (without its branch-free comparison).
    pub fn find(&self, names: &[&str], name: &str) -> Option<usize> {
        let hash = name_hash(name, self.seed, self.wide);
        let slot_bits = self.slots.len().trailing_zeros();
        let home = home_slot(hash, self.bucket_bits, slot_bits);
        let displacement = usize::from(self.displacements[bucket_of(hash, self.bucket_bits)]);
        let entry = usize::from(self.slots[(home ^ displacement) & (self.slots.len() - 1)]);
        names
            .get(entry)
            .filter(|&&found| found == name)
            .map(|_| entry)
    }
}

/// Finds the index of `names`: the narrow hash if it tells every two names apart, else the wide one;
/// then the smallest seed (and per bucket the smallest displacement) that puts every name in a slot of
/// its own. Deterministic, so the generated file changes only when the names do.
///
/// # Errors
///
/// If a name is listed twice, is longer than 64 bytes, or two names hash alike even with the wide hash
/// (then `name_hash` must read more of them).
pub fn search(names: &[&str]) -> Result<Index, String> {
    let mut seen = HashSet::new();
    for name in names {
        if !seen.insert(name) {
            return Err(format!("{name:?} is listed twice in a code set"));
        }
        if name.len() > 64 {
            return Err(format!("{name:?} is longer than 64 bytes"));
        }
    }
    let longest = names.iter().map(|name| name.len()).max().unwrap_or(0);
    let windows = longest.max(16).div_ceil(16);
    let apart = |wide: bool| {
        let mut hashes = HashSet::new();
        names
            .iter()
            .all(|name| hashes.insert(name_hash(name, 0, wide)))
    };
    let wide = !apart(false);
    if !apart(true) {
        return Err("two names of a code set hash alike: name_hash must read more of them".into());
    }
    let n = names.len();
    let (bucket_bits, slot_count) = if n <= ONE_BUCKET_MAX_NAMES {
        (0, one_bucket_slots(n))
    } else {
        let buckets = n.div_ceil(4).next_power_of_two();
        (buckets.trailing_zeros(), (2 * n).next_power_of_two())
    };
    // Every seed multiplies by another odd number, so distinct hashes stay distinct.
    for seed in 0..1 << 20 {
        if let Some((displacements, slots)) = place(names, seed, wide, bucket_bits, slot_count) {
            return Ok(Index {
                seed,
                wide,
                windows,
                bucket_bits,
                displacements,
                slots,
            });
        }
    }
    Err("no seed gives a perfect name index".into())
}

/// With `seed`, a displacement per bucket and the slot table, if the buckets can be placed (largest
/// first, each at its smallest displacement that lands all its names on free slots).
fn place(
    names: &[&str],
    seed: u64,
    wide: bool,
    bucket_bits: u32,
    slot_count: usize,
) -> Option<(Vec<u16>, Vec<u16>)> {
    let buckets = 1usize << bucket_bits;
    let slot_bits = slot_count.trailing_zeros();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    let mut homes = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let hash = name_hash(name, seed, wide);
        members[bucket_of(hash, bucket_bits)].push(i);
        homes.push(home_slot(hash, bucket_bits, slot_bits));
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
    let mut displacements = vec![0u16; buckets];
    let mut slots = vec![EMPTY; slot_count];
    for bucket in order {
        let keys = &members[bucket];
        if keys.is_empty() {
            continue;
        }
        // With one bucket there is no displacement to load: only 0 is tried.
        let tries = if buckets == 1 { 1 } else { slot_count };
        let fits = (0..tries).find(|&d| {
            let mut taken = Vec::with_capacity(keys.len());
            keys.iter().all(|&i| {
                let slot = homes[i] ^ d;
                let free = slots[slot] == EMPTY && !taken.contains(&slot);
                taken.push(slot);
                free
            })
        })?;
        displacements[bucket] = u16::try_from(fits).expect("displacements fit in u16");
        for &i in keys {
            slots[homes[i] ^ fits] = u16::try_from(i).expect("names fit in u16");
        }
    }
    Some((displacements, slots))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_finds_exactly(index: &Index, names: &[&str], others: &[&str]) {
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.find(names, name), Some(i), "{name}");
        }
        for other in others {
            assert_eq!(index.find(names, other), None, "{other}");
        }
    }

    #[test]
    fn a_small_set_gets_one_bucket() {
        let names = [
            "Ok",
            "kAudioRecordingErrorCodeOk",
            "A",
            "",
            "ERROR_CODE_X",
            "ERROR_CODE_Y",
            "ab",
        ];
        let index = search(&names).unwrap();
        assert_eq!(index.bucket_bits, 0);
        assert_eq!(index.displacements, [0]);
        assert_eq!(index.slots.len(), 16);
        assert!(!index.wide, "the last 8 bytes tell these names apart");
        let others = [
            "ok",
            "OK ",
            "ERROR_CODE_Z",
            "kAudioRecordingErrorCodeOK",
            "abc",
            "\u{0}",
        ];
        assert_finds_exactly(&index, &names, &others);
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
        let index = search(&names).unwrap();
        assert!(index.wide);
        assert_eq!(index.windows, 2);
        let others = ["JoinRoomBothForbidden", "Forbidden", "UserForbiddeN"];
        assert_finds_exactly(&index, &names, &others);
    }

    #[test]
    fn tables_stay_small_and_grow_linearly() {
        for n in [100, 128, 129, 200, 1000, 4000] {
            let owned: Vec<String> = (0..n)
                .map(|i| format!("kSyntheticCodeNumber{i}Failed"))
                .collect();
            let names: Vec<&str> = owned.iter().map(String::as_str).collect();
            let index = search(&names).unwrap();
            let slots = index.slots.len();
            if n <= ONE_BUCKET_MAX_NAMES {
                assert_eq!(index.displacements, [0], "{n}");
                assert!(slots <= 1024, "{n}: {slots} slots");
            } else {
                assert!(slots <= 4 * n, "{n}: {slots} slots");
                assert!(index.displacements.len() <= n.div_ceil(2), "{n}");
            }
            let others = ["kSyntheticCodeNumber4000000Failed", "Failed", ""];
            assert_finds_exactly(&index, &names, &others);
        }
    }

    #[test]
    fn bad_names_are_errors() {
        // The same first 8 bytes and last 24: the wide hash reads nothing else.
        let alike = search(&[
            "SAME_PREA_THE_SAME_LAST_24_BYTES_",
            "SAME_PREB_THE_SAME_LAST_24_BYTES_",
        ]);
        assert!(alike.unwrap_err().contains("hash alike"));
        assert!(search(&["A", "B", "A"])
            .unwrap_err()
            .contains("listed twice"));
        let long = "x".repeat(65);
        assert!(search(&[&long])
            .unwrap_err()
            .contains("longer than 64 bytes"));
    }
}

/// The parameters of a set's value hash (`layout::value_slot`): its seed and its shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueHash {
    pub seed: u32,
    pub shift: u32,
}

impl ValueHash {
    /// The number of slots.
    pub fn slots(self) -> usize {
        1 << (32 - self.shift)
    }

    /// The slot of `value`, as the library computes it.
    pub fn slot(self, value: i32) -> usize {
        layout::value_slot(value, self.seed, self.shift)
    }
}

/// Seeds tried for each number of slots before the search doubles them.
const VALUE_SEED_TRIES: u32 = 1 << 16;

/// Finds the smallest value hash that gives each of `values` (distinct) a slot of its own: the fewest
/// slots (at least 2, and at least one a value) for which one of the first seeds (odd numbers from a
/// fixed sequence) succeeds. Deterministic, so the generated file changes only when the values do.
///
/// # Errors
///
/// If a value is listed twice, or no seed works with up to 2^16 slots.
pub fn value_hash(values: &[i32]) -> Result<ValueHash, String> {
    let distinct: HashSet<i32> = values.iter().copied().collect();
    if distinct.len() != values.len() {
        return Err("a value is listed twice".into());
    }
    let mut bits = values.len().next_power_of_two().trailing_zeros().max(1);
    let mut taken = Vec::new();
    while bits <= 16 {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..VALUE_SEED_TRIES {
            // splitmix64, whose output is well spread; odd, so the multiplication is a bijection.
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            let seed = (z >> 32) as u32 | 1;
            let hash = ValueHash {
                seed,
                shift: 32 - bits,
            };
            taken.clear();
            taken.resize(hash.slots(), false);
            if values
                .iter()
                .all(|&value| !std::mem::replace(&mut taken[hash.slot(value)], true))
            {
                return Ok(hash);
            }
        }
        bits += 1;
    }
    Err(format!(
        "no value hash of up to 2^16 slots for {} values",
        values.len()
    ))
}

#[cfg(test)]
mod value_hash_tests {
    use super::*;

    #[test]
    fn every_value_gets_a_slot_of_its_own() {
        for values in [
            vec![0],
            vec![-1, 1],
            (0..7).collect(),
            (-7005..=-2000).step_by(143).collect(),
            vec![i32::MIN, -1, 0, 1, i32::MAX],
            (1000..1100).collect::<Vec<i32>>(),
        ] {
            let hash = value_hash(&values).expect("a hash");
            assert!(hash.slots() >= values.len().max(2));
            let slots: HashSet<usize> = values.iter().map(|&v| hash.slot(v)).collect();
            assert_eq!(slots.len(), values.len(), "{values:?}");
            assert!(slots.iter().all(|&slot| slot < hash.slots()));
        }
    }

    #[test]
    fn a_value_listed_twice_is_an_error() {
        assert!(value_hash(&[3, 1, 3]).is_err());
    }
}
