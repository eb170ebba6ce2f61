//! Every code of the SDK reference page, and nothing else, with its exact value, identifier and text.
//!
//! `fixtures/bytertc-unity-error-codes.md` is a verbatim copy of the SDK 3.58 Unity reference page. This
//! test reads its tables, applies the crate's documented text rules, and compares both ways.

mod common;

use std::collections::BTreeMap;

use bytertc_codes::{Code, Locale};
use common::{for_each_set, SETS};

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

/// The crate's documented rules for turning a 说明 cell into `description(Locale::Zh)`: each run of
/// `<br>`, `<br/>`, `<br />` with the white space around it becomes one `\n`; backticks are removed;
/// `[Text](target)` becomes `Text`; leading and trailing white space is trimmed.
fn clean(raw: &str) -> String {
    // Links first: `[Text](target)` → `Text`.
    let mut unlinked = String::new();
    let mut rest = raw;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| {
            after[close + 2..]
                .find(')')
                .map(|end| (close, close + 2 + end))
        }) {
            Some((close, end)) => {
                unlinked.push_str(&rest[..open]);
                unlinked.push_str(&after[..close]);
                rest = &after[end + 1..];
            }
            None => {
                unlinked.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    unlinked.push_str(rest);
    let unticked = unlinked.replace('`', "");

    // Then every run of <br> tags (and the white space around it) → one newline.
    let mut out = String::new();
    let mut rest = unticked.as_str();
    loop {
        let Some(start) = rest.find("<br") else {
            out.push_str(rest);
            break;
        };
        let tag_end = start + rest[start..].find('>').expect("unterminated <br") + 1;
        let tag = &rest[start..tag_end];
        assert!(
            matches!(tag, "<br>" | "<br/>" | "<br />"),
            "unexpected tag {tag}"
        );
        out.push_str(rest[..start].trim_end());
        out.push('\n');
        rest = rest[tag_end..].trim_start();
        // Further tags in the same run collapse into the same newline.
        while let Some(next) = ["<br>", "<br/>", "<br />"]
            .iter()
            .find(|t| rest.starts_with(**t))
        {
            rest = rest[next.len()..].trim_start();
        }
    }
    out.trim().to_owned()
}

fn crate_rows<C: Code>() -> Vec<Row> {
    C::ALL
        .iter()
        .map(|&code| Row {
            value: code.code(),
            sdk_name: code.sdk_name().to_owned(),
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
    let mut expected = SETS.to_vec();
    expected.sort_unstable();
    assert_eq!(names, expected);
    assert_eq!(rows.values().map(Vec::len).sum::<usize>(), 66);
}

#[test]
fn every_set_matches_the_page_both_ways() {
    fn check<C: Code>() {
        let page = page_rows();
        let expected: Vec<Row> = page[C::SET]
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
        let mut names: Vec<&str> = C::ALL
            .iter()
            .flat_map(|c| [c.name(), c.sdk_name()])
            .collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 2 * C::ALL.len(), "{}", C::SET);
    }
    for_each_set!(check);
}
