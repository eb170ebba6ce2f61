//! The sources and platforms a table may name: the constants that mirror the library's `Source`,
//! `Platform` and `Inference`, source labels and ranges of them as the library's `Sources` bits, and
//! those bits as people read them.

/// The platforms a table may name, with the bit each has in the library's `Platforms`.
pub(crate) const PLATFORMS: [&str; 7] = [
    "Unity", "Android", "iOS", "macOS", "Windows", "Linux", "Electron",
];

/// The sources (headers or pages of an SDK release) a table may name, in the order of the library's
/// `Source::ALL`: with the bit each has in the library's `Sources` and the variant of its `Source`.
/// `tests/library.rs` checks that the labels are the library's.
pub(crate) const SOURCES: [(&str, &str); 38] = [
    ("cpp-3.24", "Cpp3_24"),
    ("cpp-3.26", "Cpp3_26"),
    ("cpp-3.27", "Cpp3_27"),
    ("cpp-3.28", "Cpp3_28"),
    ("cpp-3.29", "Cpp3_29"),
    ("cpp-3.30", "Cpp3_30"),
    ("cpp-3.33", "Cpp3_33"),
    ("cpp-3.34", "Cpp3_34"),
    ("cpp-3.35", "Cpp3_35"),
    ("cpp-3.36", "Cpp3_36"),
    ("cpp-3.37", "Cpp3_37"),
    ("cpp-3.38", "Cpp3_38"),
    ("cpp-3.41", "Cpp3_41"),
    ("cpp-3.45", "Cpp3_45"),
    ("cpp-3.46", "Cpp3_46"),
    ("cpp-3.50", "Cpp3_50"),
    ("cpp-3.52", "Cpp3_52"),
    ("cpp-3.54", "Cpp3_54"),
    ("cpp-3.56", "Cpp3_56"),
    ("cpp-3.57", "Cpp3_57"),
    ("cpp-3.58", "Cpp3_58"),
    ("cpp-3.60", "Cpp3_60"),
    ("cpp-3.61", "Cpp3_61"),
    ("objc-3.45", "Objc3_45"),
    ("objc-3.50", "Objc3_50"),
    ("objc-3.52", "Objc3_52"),
    ("objc-3.54", "Objc3_54"),
    ("objc-3.57", "Objc3_57"),
    ("objc-3.58", "Objc3_58"),
    ("android-3.45", "Android3_45"),
    ("android-3.50", "Android3_50"),
    ("android-3.52", "Android3_52"),
    ("android-3.54", "Android3_54"),
    ("android-3.57", "Android3_57"),
    ("electron-3.54", "Electron3_54"),
    ("electron-3.57", "Electron3_57"),
    ("electron-3.58.4", "Electron3_58_4"),
    ("electron-3.60.1", "Electron3_60_1"),
];

/// The labels of the sources a table may name, in the order of the library's `Source::ALL`.
#[must_use]
pub fn source_labels() -> Vec<&'static str> {
    SOURCES.iter().map(|(label, _)| *label).collect()
}

/// The reasons a table may give for an inferred link, with the library's `Inference` variant of each.
pub(crate) const INFERENCES: [(&str, &str); 3] = [
    ("same-value", "SameValue"),
    ("same-identifier-words", "SameIdentifierWords"),
    ("same-text", "SameText"),
];

/// The position of a source label in [`SOURCES`].
pub(crate) fn source_index(label: &str) -> Option<usize> {
    SOURCES.iter().position(|(l, _)| *l == label)
}

/// The SDK family of a source label: what precedes its `-` (`cpp`, `objc`, `android`, `electron`).
pub(crate) fn family(label: &str) -> &str {
    label.split_once('-').map_or(label, |(family, _)| family)
}

/// The `Sources` bits of `item`: a source label, or an inclusive range `first..last` of one family's
/// sources (every source of that family from `first` to `last` in [`SOURCES`] order). `None` where
/// `item` is neither (a platform name, say).
///
/// # Errors
///
/// A range whose ends are no source labels, are of two families, or are not oldest first.
pub(crate) fn source_bits(item: &str) -> Result<Option<u64>, String> {
    let Some((first, last)) = item.split_once("..") else {
        return Ok(source_index(item).map(|i| 1u64 << i));
    };
    let index = |label: &str| {
        source_index(label).ok_or_else(|| format!("range {item:?}: {label:?} is no source label"))
    };
    let (a, b) = (index(first)?, index(last)?);
    if family(first) != family(last) {
        return Err(format!(
            "range {item:?}: both ends must be sources of one SDK family"
        ));
    }
    if a >= b {
        return Err(format!(
            "range {item:?}: the first end must be an older release than the last (a single \
             source is its label alone)"
        ));
    }
    Ok(Some(((1u64 << (b - a + 1)) - 1) << a))
}

/// The `Sources` bits of a list of source labels and ranges, each of which must be one.
pub(crate) fn source_list_bits(what: &str, items: &[String]) -> Result<u64, String> {
    let mut bits = 0;
    for item in items {
        let item_bits = source_bits(item)?
            .ok_or_else(|| format!("{what}: {item:?} is no source label or range"))?;
        if bits & item_bits != 0 {
            return Err(format!("{what}: {item:?} names a source twice"));
        }
        bits |= item_bits;
    }
    Ok(bits)
}

/// The newest C++ source among `bits`, as its bit.
pub(crate) fn newest_cpp(bits: u64) -> Option<u64> {
    let cpp: u64 = SOURCES
        .iter()
        .enumerate()
        .filter(|(_, (label, _))| family(label) == "cpp")
        .fold(0, |all, (i, _)| all | 1 << i);
    let listed = bits & cpp;
    (listed != 0).then(|| 1 << (63 - listed.leading_zeros()))
}

/// `bits` the way the library's `Sources` displays them: per SDK family, the first and last
/// release, with the gaps between them (`C++ 3.24–3.61 (not 3.46), Electron 3.60.1`).
pub(crate) fn describe_sources(bits: u64) -> String {
    let names = [
        ("cpp", "C++"),
        ("objc", "Objective-C"),
        ("android", "Android"),
        ("electron", "Electron"),
    ];
    let release = |i: usize| SOURCES[i].0.split_once('-').map_or("", |(_, r)| r);
    let mut parts = Vec::new();
    for (short, name) in names {
        let listed: Vec<usize> = (0..SOURCES.len())
            .filter(|&i| family(SOURCES[i].0) == short && bits & 1 << i != 0)
            .collect();
        let (Some(&first), Some(&last)) = (listed.first(), listed.last()) else {
            continue;
        };
        let mut part = format!("{name} {}", release(first));
        if last != first {
            part.push_str(&format!("–{}", release(last)));
            let gaps: Vec<&str> = (first..last)
                .filter(|&i| bits & 1 << i == 0)
                .map(release)
                .collect();
            if !gaps.is_empty() {
                part.push_str(&format!(" (not {})", gaps.join(", ")));
            }
        }
        parts.push(part);
    }
    parts.join(", ")
}

/// A meaning's sources for people: `C++ 3.29` for one, `C++ 3.30–3.38` for a run (whichever of the
/// family's sources between them list the code).
pub(crate) fn describe_range(source: &str, until: &str) -> String {
    let (Some(first), Some(last)) = (source_index(source), source_index(until)) else {
        return format!("{source}..{until}");
    };
    let (start, end) = (describe_sources(1 << first), describe_sources(1 << last));
    match end.rsplit_once(' ') {
        Some((_, release)) if last != first => format!("{start}–{release}"),
        _ => start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::bits;

    #[test]
    fn ranges_expand_to_every_source_of_the_family_between_their_ends() {
        assert_eq!(source_bits("cpp-3.57"), Ok(Some(bits(&["cpp-3.57"]))));
        assert_eq!(source_bits("Windows"), Ok(None));
        assert_eq!(
            source_bits("cpp-3.54..cpp-3.58"),
            Ok(Some(bits(&[
                "cpp-3.54", "cpp-3.56", "cpp-3.57", "cpp-3.58"
            ])))
        );
        assert_eq!(
            source_bits("electron-3.57..electron-3.60.1"),
            Ok(Some(bits(&[
                "electron-3.57",
                "electron-3.58.4",
                "electron-3.60.1"
            ])))
        );
        // The whole C++ family: all 23, and nothing of Objective-C after it.
        let cpp = source_bits("cpp-3.24..cpp-3.61").unwrap().unwrap();
        assert_eq!(cpp.count_ones(), 23);
        assert_eq!(cpp, (1 << 23) - 1);
    }

    #[test]
    fn bad_ranges_are_rejected_with_a_clear_message() {
        let fails = |item: &str, what: &str| {
            let err = source_bits(item).expect_err(item);
            assert!(err.contains(what), "{err:?} should say {what:?}");
            assert!(err.contains(item), "{err:?} should name {item:?}");
        };
        fails("cpp-3.24..objc-3.58", "one SDK family");
        fails("cpp-3.61..cpp-3.24", "older release than the last");
        fails("cpp-3.57..cpp-3.57", "older release than the last");
        fails("cpp-3.59..cpp-3.61", "\"cpp-3.59\" is no source label");
        fails("cpp-3.24..", "\"\" is no source label");
        fails("..cpp-3.61", "\"\" is no source label");
        fails("cpp-3.24..cpp-3.30..cpp-3.61", "is no source label");
        fails("Windows..Linux", "is no source label");
    }

    #[test]
    fn a_meaning_s_sources_read_as_one_release_or_a_run() {
        assert_eq!(describe_range("cpp-3.30", "cpp-3.38"), "C++ 3.30–3.38");
        assert_eq!(
            describe_range("electron-3.60.1", "electron-3.60.1"),
            "Electron 3.60.1"
        );
    }
}
