//! The generator of `src/codes/name_index.rs`: searches, natively and ahead of time, the parameters of
//! every set's [`NameIndex`], so that the compiler only reads them (the way `unicode-ident` and
//! `regex-syntax` keep their tables).
//!
//! The test [`name_index_is_current`] regenerates the file and fails on any difference; run it with
//! `BYTERTC_REGENERATE=1` to write the file instead:
//!
//! ```text
//! BYTERTC_REGENERATE=1 cargo test --lib name_index
//! ```
//!
//! A stale file still compiles (the index is read, never checked, at compile time), so the command
//! works after any edit of the tables.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::{bucket_of, home_slot, name_hash, NameIndex, EMPTY};

/// The file the generator writes, relative to the crate root.
const PATH: &str = "src/codes/name_index.rs";

/// Sets with at most this many names get one bucket: no displacement to load, at the price of a table
/// of about `names² / 4` slots (at most 1,024). Larger sets get buckets of about 4 names and 2 slots a
/// name, so the tables grow linearly.
const ONE_BUCKET_MAX_NAMES: usize = 64;

/// The owned form of a [`NameIndex`], as the search finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) seed: u64,
    pub(crate) wide: bool,
    pub(crate) windows: usize,
    pub(crate) bucket_bits: u32,
    pub(crate) displacements: Vec<u16>,
    pub(crate) slots: Vec<u16>,
}

impl Found {
    /// The index as the library uses it (leaked: tests only).
    pub(crate) fn leak(self) -> NameIndex {
        NameIndex {
            set: "",
            seed: self.seed,
            wide: self.wide,
            windows: self.windows,
            bucket_bits: self.bucket_bits,
            displacements: self.displacements.leak(),
            slots: self.slots.leak(),
        }
    }
}

/// Finds the index of `names`: the narrow hash if it tells every two names apart, else the wide one;
/// then the smallest seed (and per bucket the smallest displacement) that puts every name in a slot of
/// its own. Deterministic, so the file it renders changes only when the names do.
///
/// # Panics
///
/// If a name is listed twice, is longer than 64 bytes, or two names hash alike even with the wide hash
/// (then `name_hash` must read more of them).
pub(crate) fn search(names: &[&str]) -> Found {
    let mut seen = HashSet::new();
    for name in names {
        assert!(seen.insert(name), "{name:?} is listed twice in a code set");
        assert!(name.len() <= 64, "{name:?} is longer than 64 bytes");
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
    assert!(
        apart(true),
        "two names of a code set hash alike: name_hash must read more of them"
    );
    let n = names.len();
    let (bucket_bits, slot_count) = if n <= ONE_BUCKET_MAX_NAMES {
        (0, (n * n / 4).max(2 * n).max(2).next_power_of_two())
    } else {
        let buckets = n.div_ceil(4).next_power_of_two();
        (buckets.trailing_zeros(), (2 * n).next_power_of_two())
    };
    // Every seed multiplies by another odd number, so the hashes stay distinct.
    for seed in 0..1 << 20 {
        let index = NameIndex {
            set: "",
            seed,
            wide,
            windows,
            bucket_bits,
            displacements: &[],
            slots: &[],
        };
        if let Some((displacements, slots)) = place(&index, names, slot_count) {
            return Found {
                seed,
                wide,
                windows,
                bucket_bits,
                displacements,
                slots,
            };
        }
    }
    panic!("no seed gives a perfect name index");
}

/// With `index`'s seed, a displacement per bucket and the slot table, if the buckets can be placed
/// (largest first, each at its smallest displacement that lands all its names on free slots).
fn place(index: &NameIndex, names: &[&str], slot_count: usize) -> Option<(Vec<u16>, Vec<u16>)> {
    let buckets = 1usize << index.bucket_bits;
    let slot_bits = slot_count.trailing_zeros();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    let mut homes = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let hash = name_hash(name, index.seed, index.wide);
        members[bucket_of(hash, index.bucket_bits)].push(i);
        homes.push(home_slot(hash, index.bucket_bits, slot_bits));
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

/// The whole generated file.
fn render() -> String {
    let mut out = String::from(
        "//! @generated by `BYTERTC_REGENERATE=1 cargo test --lib name_index` (see `table::generate`):\n\
         //! the perfect hash index of every code set's names. Do not edit; regenerate after changing\n\
         //! any set's names.\n\
         \n\
         use crate::table::{NameIndex, EMPTY as E};\n\
         \n\
         /// The index of `set`'s names (one that finds nothing if `set` has none here yet).\n\
         pub(crate) const fn of(set: &str) -> &'static NameIndex {\n    \
         NameIndex::of(GENERATED, set)\n\
         }\n\
         \n\
         const GENERATED: &[NameIndex] = &[\n",
    );
    macro_rules! render_sets {
        (() $($module:ident::$Enum:ident,)+) => {
            $(render_set(&mut out, stringify!($Enum), crate::codes::$Enum::NAMES);)+
        };
    }
    with_sets!(render_sets);
    out.push_str("];\n");
    out
}

fn render_set(out: &mut String, set: &str, names: &[&str]) {
    let found = search(names);
    let list = |values: &[u16]| {
        values
            .iter()
            .map(|&v| {
                if v == EMPTY {
                    "E".to_owned()
                } else {
                    v.to_string()
                }
            })
            .collect::<Vec<_>>()
    };
    let _ = write!(
        out,
        "    // {} names in {} slots, {} bucket(s).\n    \
         NameIndex {{\n        \
         set: \"{set}\",\n        seed: {},\n        wide: {},\n        windows: {},\n        \
         bucket_bits: {},\n        displacements: &[",
        names.len(),
        found.slots.len(),
        found.displacements.len(),
        found.seed,
        found.wide,
        found.windows,
        found.bucket_bits,
    );
    wrap(out, &list(&found.displacements));
    out.push_str("],\n        slots: &[");
    wrap(out, &list(&found.slots));
    out.push_str("],\n    },\n");
}

/// Writes `items` separated by `, `, in lines as rustfmt wraps them (under 100 columns).
fn wrap(out: &mut String, items: &[String]) {
    if items.len() <= 16 {
        out.push_str(&items.join(", "));
        return;
    }
    let mut line = String::new();
    out.push('\n');
    for item in items {
        if 12 + line.len() + item.len() + 1 > 99 {
            let _ = writeln!(out, "            {}", line.trim_end());
            line.clear();
        }
        line.push_str(item);
        line.push_str(", ");
    }
    let _ = writeln!(out, "            {}", line.trim_end());
    out.push_str("        ");
}

#[test]
fn name_index_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
    let rendered = render();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == rendered {
        return;
    }
    if std::env::var_os("BYTERTC_REGENERATE").is_some() {
        std::fs::write(&path, rendered).expect("write the name index");
    } else {
        panic!("{PATH} is stale: run `BYTERTC_REGENERATE=1 cargo test --lib name_index`");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_finds_exactly(index: &NameIndex, names: &[&str], others: &[&str]) {
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
        let found = search(&names);
        assert_eq!(found.bucket_bits, 0);
        assert_eq!(found.displacements, [0]);
        assert_eq!(found.slots.len(), 16);
        assert!(!found.wide, "the last 8 bytes tell these names apart");
        let others = [
            "ok",
            "OK ",
            "ERROR_CODE_Z",
            "kAudioRecordingErrorCodeOK",
            "abc",
            "\u{0}",
        ];
        assert_finds_exactly(&found.leak(), &names, &others);
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
        let found = search(&names);
        assert!(found.wide);
        assert_eq!(found.windows, 2);
        let others = ["JoinRoomBothForbidden", "Forbidden", "UserForbiddeN"];
        assert_finds_exactly(&found.leak(), &names, &others);
    }

    #[test]
    fn large_sets_grow_linearly() {
        for n in [65, 200, 1000, 4000] {
            let owned: Vec<String> = (0..n)
                .map(|i| format!("kSyntheticCodeNumber{i}Failed"))
                .collect();
            let names: Vec<&str> = owned.iter().map(String::as_str).collect();
            let found = search(&names);
            assert!(
                found.slots.len() <= 4 * n,
                "{n}: {} slots",
                found.slots.len()
            );
            assert!(found.displacements.len() <= n.div_ceil(2), "{n}");
            let others = ["kSyntheticCodeNumber4000000Failed", "Failed", ""];
            assert_finds_exactly(&found.leak(), &names, &others);
        }
    }

    #[test]
    #[should_panic(expected = "hash alike")]
    fn names_that_differ_only_before_their_last_16_bytes_are_rejected() {
        search(&["A_SAME_LAST_16_BYTES", "B_SAME_LAST_16_BYTES"]);
    }

    #[test]
    #[should_panic(expected = "listed twice")]
    fn a_duplicate_name_is_rejected() {
        search(&["A", "B", "A"]);
    }

    #[test]
    #[should_panic(expected = "longer than 64 bytes")]
    fn a_name_over_64_bytes_is_rejected() {
        search(&[&"x".repeat(65)]);
    }
}
