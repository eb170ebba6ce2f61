//! Every code of the SDK reference page, and nothing else, with its exact value, identifier and text.
//!
//! `fixtures/bytertc-unity-error-codes.md` is a verbatim copy of the SDK 3.58 Unity reference page. This
//! test reads its tables, applies the crate's documented text rules, and compares both ways.

mod common;

use std::collections::BTreeMap;

use bytertc_codes::{Code, CodeSet, Locale, Platform};
use common::{clean, for_each_set, SETS};

const PAGE: &str = include_str!("fixtures/bytertc-unity-error-codes.md");

#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    value: i32,
    sdk_name: String,
    raw_text: String,
}

/// The page's tables: set name → rows in page order.
fn page_rows() -> BTreeMap<String, Vec<Row>> {
    let mut sets = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in PAGE.lines() {
        if let Some(name) = line.strip_prefix("# ") {
            current = Some(name.trim().to_owned());
            continue;
        }
        let Some(set) = &current else { continue };
        let Some(inner) = line.strip_prefix("| ").and_then(|l| l.strip_suffix(" |")) else {
            continue;
        };
        let cells: Vec<&str> = inner.splitn(3, " | ").collect();
        let [ident, value, text] = cells[..] else {
            continue;
        };
        let Ok(value) = value.parse::<i32>() else {
            continue;
        }; // header and separator rows
        let sdk_name = ident.strip_prefix("public static int ").unwrap_or(ident);
        sets.entry(set.clone()).or_insert_with(Vec::new).push(Row {
            value,
            sdk_name: sdk_name.to_owned(),
            raw_text: text.to_owned(),
        });
    }
    sets
}

/// The crate's codes that the Unity page lists, in table order, with their Unity identifiers.
fn crate_rows<C: Code>() -> Vec<Row> {
    C::ALL
        .iter()
        .filter(|code| code.platforms().contains(Platform::Unity))
        .map(|&code| Row {
            value: code.code(),
            sdk_name: code
                .identifier(Platform::Unity)
                .expect("listed on Unity")
                .to_owned(),
            raw_text: code.description(Locale::Zh).to_owned(),
        })
        .collect()
}

#[test]
fn text_rules_behave_as_documented() {
    assert_eq!(clean("a <br> b"), "a\nb");
    assert_eq!(clean("a。  <br><br/>b"), "a。\nb");
    assert_eq!(clean("a <br />\n<br>  b <br>"), "a\nb");
    assert_eq!(clean("调用 `updateToken` 方法"), "调用 updateToken 方法");
    assert_eq!(
        clean("在 [PublishScreen](191859#IRTCVideoRoom-publishscreen) 之后"),
        "在 PublishScreen 之后"
    );
    assert_eq!(clean("  x  "), "x");
}

#[test]
fn page_has_the_five_sets_and_66_codes() {
    let rows = page_rows();
    let mut names: Vec<&str> = rows.keys().map(String::as_str).collect();
    names.sort_unstable();
    // The sets with a code on the Unity page: the five, the first five of the list of sets.
    let mut expected: Vec<&str> = SETS
        .iter()
        .copied()
        .filter(|set| {
            CodeSet::from_name(set)
                .is_some_and(|set| set.codes().any(|c| c.platforms().contains(Platform::Unity)))
        })
        .collect();
    assert_eq!(expected, SETS[..5]);
    expected.sort_unstable();
    assert_eq!(names, expected);
    assert_eq!(rows.values().map(Vec::len).sum::<usize>(), 66);
}

#[test]
fn every_set_matches_the_page_both_ways() {
    fn check<C: Code>() {
        let page = page_rows();
        let Some(listed) = page.get(C::SET) else {
            // A set the Unity page lacks: no code of it claims the page.
            assert!(
                C::ALL
                    .iter()
                    .all(|c| !c.platforms().contains(Platform::Unity)),
                "{}",
                C::SET
            );
            return;
        };
        let expected: Vec<Row> = listed
            .iter()
            .map(|row| Row {
                raw_text: clean(&row.raw_text),
                ..row.clone()
            })
            .collect();
        let actual = crate_rows::<C>();
        // Nothing missing, nothing extra.
        for row in &expected {
            assert!(
                actual.iter().any(|a| a.value == row.value),
                "{}: the page's {} ({}) is missing",
                C::SET,
                row.value,
                row.sdk_name
            );
        }
        for row in &actual {
            assert!(
                expected.iter().any(|e| e.value == row.value),
                "{}: {} ({}) is not on the page",
                C::SET,
                row.value,
                row.sdk_name
            );
        }
        // Same order, same identifier, same text: row by row.
        assert_eq!(actual, expected, "{}", C::SET);
        // For the Unity page's codes, `sdk_name` is the Unity identifier.
        for &code in C::ALL {
            if let Some(unity) = code.identifier(Platform::Unity) {
                assert_eq!(code.sdk_name(), unity);
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn every_name_and_value_is_unique_within_its_set() {
    fn check<C: Code>() {
        let mut values: Vec<i32> = C::ALL.iter().map(|c| c.code()).collect();
        values.sort_unstable();
        values.dedup();
        assert_eq!(values.len(), C::ALL.len(), "{}", C::SET);
        // Each name (Rust or any platform's) belongs to exactly one code.
        let mut owners: BTreeMap<&str, i32> = BTreeMap::new();
        for &code in C::ALL {
            let names = std::iter::once(code.name())
                .chain(Platform::ALL.iter().filter_map(|&p| code.identifier(p)));
            for name in names {
                let owner = *owners.entry(name).or_insert(code.code());
                assert_eq!(owner, code.code(), "{}: {name} names two codes", C::SET);
            }
        }
    }
    for_each_set!(check);
}
