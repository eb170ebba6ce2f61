//! The table model (one `src/codes/*.toml` file: a [`Table`] of [`Row`]s) and every rule of one
//! table: [`read_table`] reads it and checks what the compiler would not (variants and values once,
//! identifiers, hidden marks, texts, deprecations, evidence, other meanings, the OK codes).

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::sources::{
    describe_sources, family, newest_cpp, source_bits, source_index, source_list_bits, INFERENCES,
    PLATFORMS, SOURCES,
};

/// One `src/codes/*.toml` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The Rust enum's name (`enum`).
    #[serde(rename = "enum")]
    pub name: String,
    /// The module's one-line doc.
    pub module: String,
    /// The enum's rustdoc.
    pub doc: String,
    /// Every name the SDK gives the enum on the reference pages and in the headers
    /// (`KTVErrorCode`, `ByteRTCKTVErrorCode`), the Rust name too where it is one of them.
    pub sdk_names: Vec<String>,
    /// The callbacks (or return values) that deliver the set's codes, as Markdown.
    pub delivered_by: String,
    /// The set whose codes of the same values these mean the same (`RtsErrorCode` mirrors
    /// `ErrorCode`): every code converts into it with `From`, and back with `TryFrom`.
    pub same_as: Option<String>,
    /// The evidence of every link of the set whose row gives none.
    pub link_evidence: Option<EvidenceSpec>,
    /// The variants of the OK codes: the codes that say the operation succeeded or that nothing is
    /// wrong, which `is_ok` and `into_result` tell apart. `None` for a set without a code named `Ok`,
    /// `Success` or `…Success`; a set with one says which are OK, if none (an event named `Success`
    /// among other events that are no failures either).
    pub ok: Option<Vec<String>>,
    /// The codes (`[[code]]`), in the order of the reference pages.
    #[serde(rename = "code")]
    pub codes: Vec<Row>,
}

/// One code of a table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// The Rust variant.
    pub variant: String,
    /// The SDK's value.
    pub value: i32,
    /// More rustdoc search aliases.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Each identifier followed by the platforms whose pages and the sources whose headers use it.
    pub identifiers: Vec<Vec<String>>,
    /// The sources (labels and ranges) whose doc comment marks the code `@hidden` with no platform
    /// list.
    #[serde(default)]
    pub hidden_in: Vec<String>,
    /// The platforms (as the library's `Platform` names them) of a scoped `@hidden(…)` mark in the
    /// newest C++ source that lists the code.
    #[serde(default)]
    pub hidden_on: Vec<String>,
    /// Where a page or header marks the code deprecated.
    pub deprecated: Option<Deprecated>,
    /// The Chinese text, a line an element; the first is the summary.
    pub zh: Vec<String>,
    /// The source label of the header the Chinese comes from, `"crate"` where this crate wrote it,
    /// `None` where it is a reference page's.
    pub zh_from: Option<String>,
    /// The English text, likewise.
    pub en: Vec<String>,
    /// The codes of other sets (`Set::Variant`, Rust names) that this one stands for: the same event,
    /// reported by another callback (`PublishStateChangeReason::NoPublishPermission` stands for
    /// `ErrorCode::NoPublishPermission`).
    #[serde(default)]
    pub stands_for: Vec<String>,
    /// The codes of older sets (`Set::Variant`) that this one replaces.
    #[serde(default)]
    pub replaces: Vec<String>,
    /// The evidence of the row's links, where it is not the set's `link_evidence`.
    pub evidence: Option<EvidenceSpec>,
    /// Where the code is known from when no page or source of the crate lists it (Markdown): then,
    /// and only then, an identifier may name no page or source.
    #[serde(default)]
    pub known_from: Option<String>,
    /// What sources say the code means where that differs from `zh`/`en`.
    #[serde(default)]
    pub other_meanings: Vec<OtherMeaning>,
}

/// What a source says a code means, where that differs from the row's texts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherMeaning {
    /// The label of the first source of its family that says it.
    pub source: String,
    /// The label of the last source of that family that says it.
    pub until: String,
    /// The Chinese text, as the row's.
    pub zh: Vec<String>,
    /// The English text, as the row's.
    pub en: Vec<String>,
}

/// Why a link holds: a source says so, or the crate infers it. Exactly one of the two is given.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceSpec {
    /// The label of the oldest source that says so.
    pub stated: Option<String>,
    /// What the crate infers it from: one of the reasons of `INFERENCES` (`sources.rs`).
    pub inferred: Option<String>,
}

impl EvidenceSpec {
    /// The library's `Evidence` variant and the `Source` or `Inference` variant in it, or why the spec
    /// is invalid.
    pub(crate) fn rust(&self) -> Result<(&'static str, &'static str), String> {
        match (&self.stated, &self.inferred) {
            (Some(label), None) => {
                let (_, variant) = SOURCES[source_index(label).ok_or_else(|| {
                    format!("evidence: stated by {label:?}, which is no source label")
                })?];
                Ok(("Stated", variant))
            }
            (None, Some(word)) => {
                let (_, variant) = INFERENCES.iter().find(|(w, _)| w == word).ok_or_else(|| {
                    let known: Vec<&str> = INFERENCES.iter().map(|(w, _)| *w).collect();
                    format!(
                        "evidence: unknown inference {word:?} (known: {})",
                        known.join(", ")
                    )
                })?;
                Ok(("Inferred", variant))
            }
            (Some(_), Some(_)) => Err("evidence: stated or inferred, not both".into()),
            (None, None) => {
                Err("evidence: `stated` with a source label, or `inferred` with a reason".into())
            }
        }
    }
}

/// Where a page or header marks a code deprecated.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deprecated {
    /// The earliest SDK release any page or header deprecates it in.
    pub since: String,
    /// What replaces it, if a source names something: a variant of the same set, or with `set` an
    /// identifier of that set.
    pub replaced_by: Option<String>,
    /// The SDK name of the replacement's set, where it is another set.
    pub set: Option<String>,
}

impl Row {
    /// The identifiers, each with its platforms and sources as the library's `Platforms` and
    /// `Sources` bits.
    pub(crate) fn identifiers(&self) -> Result<Vec<(&str, u8, u64)>, String> {
        self.identifiers
            .iter()
            .map(|entry| {
                let (name, platforms) = entry
                    .split_first()
                    .ok_or_else(|| format!("{}: an empty identifier entry", self.variant))?;
                if platforms.is_empty() && self.known_from.is_none() {
                    return Err(format!(
                        "{}: {name} names no page or source (and the row no `known_from`)",
                        self.variant
                    ));
                }
                let (mut page_bits, mut source_bits) = (0u8, 0u64);
                for label in platforms {
                    let fail = |what: String| format!("{}: {name}: {what}", self.variant);
                    if let Some(bit) = PLATFORMS.iter().position(|p| p == label) {
                        if page_bits & 1 << bit != 0 {
                            return Err(fail(format!("{label} is named twice")));
                        }
                        page_bits |= 1 << bit;
                    } else if let Some(bits) = crate::sources::source_bits(label).map_err(fail)? {
                        if source_bits & bits != 0 {
                            return Err(fail(format!("{label:?} names a source twice")));
                        }
                        source_bits |= bits;
                    } else {
                        return Err(fail(format!("unknown platform or source {label:?}")));
                    }
                }
                Ok((name.as_str(), page_bits, source_bits))
            })
            .collect()
    }

    /// The `Sources` bits of every source that lists the code.
    fn source_bits(&self) -> u64 {
        self.identifiers()
            .map(|ids| ids.iter().fold(0, |all, (_, _, bits)| all | bits))
            .unwrap_or(0)
    }

    /// The `Sources` bits of `hidden_in`.
    pub(crate) fn hidden_in_bits(&self) -> Result<u64, String> {
        let bits = source_list_bits(&format!("{}: hidden_in", self.variant), &self.hidden_in)?;
        let unlisted = bits & !self.source_bits();
        if unlisted != 0 {
            return Err(format!(
                "{}: hidden_in names {}, which lists no identifier of the code",
                self.variant,
                describe_sources(unlisted)
            ));
        }
        Ok(bits)
    }

    /// The `Platforms` bits of `hidden_on`.
    pub(crate) fn hidden_on_bits(&self) -> Result<u8, String> {
        let mut bits = 0u8;
        for name in &self.hidden_on {
            let bit = PLATFORMS.iter().position(|p| p == name).ok_or_else(|| {
                format!(
                    "{}: hidden_on: {name:?} is no platform (known: {})",
                    self.variant,
                    PLATFORMS.join(", ")
                )
            })?;
            if bits & 1 << bit != 0 {
                return Err(format!("{}: hidden_on names {name} twice", self.variant));
            }
            bits |= 1 << bit;
        }
        Ok(bits)
    }

    /// Whether the newest C++ source that lists the code marks it `@hidden` with no platform list.
    pub(crate) fn is_hidden(&self) -> bool {
        let hidden = self.hidden_in_bits().unwrap_or(0);
        newest_cpp(self.source_bits()).is_some_and(|newest| hidden & newest != 0)
    }

    /// Whether the row links to codes of other sets itself (`stands_for`, `replaces`).
    pub(crate) fn has_links(&self) -> bool {
        !self.stands_for.is_empty() || !self.replaces.is_empty()
    }

    /// Whether the source of `label` lists the code.
    pub(crate) fn listed_by(&self, label: &str) -> bool {
        source_index(label).is_some_and(|i| self.source_bits() & 1 << i != 0)
    }

    /// How recent this code's use of `name` is, to choose between two codes of a set that one name
    /// names in two releases: its variant ranks first; an identifier ranks by the newest release whose
    /// page (3.58) or source uses it.
    fn name_rank(&self, name: &str) -> Vec<u32> {
        if name == self.variant {
            return vec![u32::MAX];
        }
        let version = |release: &str| -> Vec<u32> {
            release
                .split('.')
                .map(|part| part.parse().unwrap_or(0))
                .collect()
        };
        let labels = self
            .identifiers
            .iter()
            .filter(|entry| entry.first().is_some_and(|first| first == name))
            .flat_map(|entry| entry.iter().skip(1));
        let mut newest = Vec::new();
        for label in labels {
            let bits = source_bits(label).ok().flatten().unwrap_or(0);
            let releases: Vec<Vec<u32>> = if PLATFORMS.contains(&label.as_str()) {
                vec![vec![3, 58]]
            } else {
                (0..SOURCES.len())
                    .filter(|&i| bits & 1 << i != 0)
                    .map(|i| version(SOURCES[i].0.split_once('-').map_or("", |(_, r)| r)))
                    .collect()
            };
            for release in releases {
                newest = newest.max(release);
            }
        }
        newest
    }

    /// Every name `from_name` accepts for this code: the variant, then each identifier.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.variant.as_str()).chain(
            self.identifiers
                .iter()
                .filter_map(|e| e.first())
                .map(String::as_str),
        )
    }
}

/// Reads `path` and checks what the compiler would not.
///
/// # Errors
///
/// If the file is not a valid table: bad TOML, a variant or value given twice, an unknown platform, an
/// empty text, a deprecation naming no variant of the set.
pub fn read_table(path: &Path) -> Result<Table, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let fail = |what: String| format!("{}: {what}", path.display());
    if table.codes.is_empty() {
        return Err(fail("a code set needs at least one code".into()));
    }
    let variants: HashSet<&str> = table.codes.iter().map(|c| c.variant.as_str()).collect();
    if variants.len() != table.codes.len() {
        return Err(fail("a variant is given twice".into()));
    }
    if let Some(spec) = &table.link_evidence {
        spec.rust()
            .map_err(|e| fail(format!("link_evidence: {e}")))?;
        let linked = table.same_as.is_some()
            || table
                .codes
                .iter()
                .any(|row| row.evidence.is_none() && row.has_links());
        if !linked {
            return Err(fail(
                "link_evidence is the evidence of no link: every link gives its own".into(),
            ));
        }
    }
    let mut values = HashSet::new();
    for row in &table.codes {
        match (&row.evidence, row.has_links() || table.same_as.is_some()) {
            (Some(spec), true) => {
                spec.rust()
                    .map_err(|e| fail(format!("{}: {e}", row.variant)))?;
            }
            (Some(_), false) => {
                return Err(fail(format!("{}: evidence, but no link", row.variant)));
            }
            (None, true) if table.link_evidence.is_none() => {
                return Err(fail(format!(
                    "{}: a link needs evidence (the row's `evidence` or the set's `link_evidence`)",
                    row.variant
                )));
            }
            (None, _) => {}
        }
        if !values.insert(row.value) {
            return Err(fail(format!("the value {} is given twice", row.value)));
        }
        if row.identifiers.is_empty() {
            return Err(fail(format!("{} has no SDK identifier", row.variant)));
        }
        row.identifiers().map_err(fail)?;
        row.hidden_in_bits().map_err(fail)?;
        row.hidden_on_bits().map_err(fail)?;
        texts_ok(&row.variant, &row.zh, &row.en).map_err(fail)?;
        if let Some(deprecated) = &row.deprecated {
            match (&deprecated.replaced_by, &deprecated.set) {
                (Some(replacement), None) if !variants.contains(replacement.as_str()) => {
                    return Err(fail(format!(
                        "{} is replaced by {replacement}, which the set does not have",
                        row.variant
                    )));
                }
                (None, Some(_)) => {
                    return Err(fail(format!(
                        "{}: a replacement set without a replacement",
                        row.variant
                    )));
                }
                _ => {}
            }
        }
        if let Some(from) = &row.zh_from {
            if from != "crate" && source_index(from).is_none() {
                return Err(fail(format!(
                    "{}: zh_from {from:?} is neither a source label nor \"crate\"",
                    row.variant
                )));
            }
        }
        let mut meaning_bits = 0u64;
        for meaning in &row.other_meanings {
            let bits = meaning_bits_of(row, meaning).map_err(fail)?;
            if meaning_bits & bits != 0 {
                return Err(fail(format!(
                    "{}: the meaning of {}..{} overlaps another one",
                    row.variant, meaning.source, meaning.until
                )));
            }
            meaning_bits |= bits;
            texts_ok(&row.variant, &meaning.zh, &meaning.en).map_err(fail)?;
        }
    }
    ok_codes(&table).map_err(fail)?;
    Ok(table)
}

/// The `Sources` bits of the sources in which `meaning` holds: its family's from `source` through
/// `until`.
///
/// # Errors
///
/// An unknown label, `until` of another family or older than `source`, or an end that does not list
/// the code.
fn meaning_bits_of(row: &Row, meaning: &OtherMeaning) -> Result<u64, String> {
    let variant = &row.variant;
    let (source, until) = (&meaning.source, &meaning.until);
    let (Some(first), Some(last)) = (source_index(source), source_index(until)) else {
        return Err(format!(
            "{variant}: other meaning {source:?}..{until:?}: unknown source"
        ));
    };
    if family(source) != family(until) {
        return Err(format!(
            "{variant}: other meaning: until {until:?} is not of the family of {source:?}"
        ));
    }
    if last < first {
        return Err(format!(
            "{variant}: other meaning: until {until:?} is older than {source:?}"
        ));
    }
    let listed = row.source_bits();
    for (label, i) in [(source, first), (until, last)] {
        if listed & 1 << i == 0 {
            return Err(format!(
                "{variant}: other meaning: {label} lists no identifier of the code"
            ));
        }
    }
    Ok(((1u64 << (last - first + 1)) - 1) << first)
}

/// Whether a code's variant names it a success, so that its set must say whether it is an OK code.
fn is_named_ok(variant: &str) -> bool {
    variant == "Ok" || variant.ends_with("Success")
}

/// The rows of the OK codes, in the order of `ok`, checked: each names a variant of the set, once, and
/// a set with a code named `Ok`, `Success` or `…Success` lists its OK codes (if none, `ok = []`).
pub(crate) fn ok_codes(table: &Table) -> Result<Vec<&Row>, String> {
    let Some(ok) = &table.ok else {
        return match table.codes.iter().find(|row| is_named_ok(&row.variant)) {
            Some(row) => Err(format!(
                "{} is named a success: say whether it is an OK code with `ok` (`ok = []` if not)",
                row.variant
            )),
            None => Ok(Vec::new()),
        };
    };
    let mut rows: Vec<&Row> = Vec::new();
    for variant in ok {
        let row = table
            .codes
            .iter()
            .find(|row| &row.variant == variant)
            .ok_or_else(|| format!("ok names {variant}, which the set does not have"))?;
        if rows.iter().any(|r| r.variant == row.variant) {
            return Err(format!("ok names {variant} twice"));
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Whether both texts are non-empty lines without newlines.
fn texts_ok(variant: &str, zh: &[String], en: &[String]) -> Result<(), String> {
    for (language, lines) in [("zh", zh), ("en", en)] {
        if lines.is_empty()
            || lines
                .iter()
                .any(|l| l.trim().is_empty() || l.contains('\n'))
        {
            return Err(format!(
                "{variant}: {language} needs non-empty lines without newlines"
            ));
        }
    }
    Ok(())
}

/// Every name `from_name` accepts for a code of `table`, with the position of its code, in the order
/// of the codes and of `Row::names`. A name that two releases give two codes of the set
/// (`kPublicStreamOK`: 200 in C++ 3.41 and 3.45, 0 in 3.46 and 3.50) is listed once, for the code
/// that the newest of them gives it ([`Row::name_rank`]); both codes keep it as an identifier.
pub(crate) fn name_entries(table: &Table) -> Vec<(&str, usize)> {
    let mut entries: Vec<(&str, usize)> = Vec::new();
    for (position, row) in table.codes.iter().enumerate() {
        for name in row.names() {
            match entries.iter_mut().find(|(listed, _)| *listed == name) {
                Some(entry) => {
                    if row.name_rank(name) > table.codes[entry.1].name_rank(name) {
                        entry.1 = position;
                    }
                }
                None => entries.push((name, position)),
            }
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{bits, row, set};

    #[test]
    fn an_identifier_s_ranges_give_its_sources() {
        let row = row(
            r#"[["kA", "Windows", "cpp-3.24..cpp-3.30", "cpp-3.61"], ["ByteRTCA", "objc-3.45..objc-3.58"]]"#,
            "",
        );
        let ids = row.identifiers().unwrap();
        assert_eq!(ids[0].1, 1 << 4);
        assert_eq!(
            ids[0].2,
            bits(&[
                "cpp-3.24", "cpp-3.26", "cpp-3.27", "cpp-3.28", "cpp-3.29", "cpp-3.30", "cpp-3.61"
            ])
        );
        assert_eq!(ids[1].2.count_ones(), 6);
        assert!(row.listed_by("cpp-3.27") && !row.listed_by("cpp-3.33"));
        assert_eq!(
            describe_sources(row.source_bits()),
            "C++ 3.24–3.61 (not 3.33, 3.34, 3.35, 3.36, 3.37, 3.38, 3.41, 3.45, 3.46, 3.50, \
             3.52, 3.54, 3.56, 3.57, 3.58, 3.60), Objective-C 3.45–3.58"
        );
    }

    #[test]
    fn bad_identifier_entries_are_rejected_with_a_clear_message() {
        // A range that overlaps a label of the same entry; a platform named twice; a bad range.
        let overlap = row(r#"[["kA", "cpp-3.24..cpp-3.30", "cpp-3.27"]]"#, "");
        assert!(overlap
            .identifiers()
            .unwrap_err()
            .contains("names a source twice"));
        let twice = row(r#"[["kA", "Linux", "Linux"]]"#, "");
        assert!(twice
            .identifiers()
            .unwrap_err()
            .contains("Linux is named twice"));
        let bad = row(r#"[["kA", "cpp-3.61..cpp-3.60"]]"#, "");
        assert!(bad.identifiers().unwrap_err().starts_with("A: kA: range"));
    }

    #[test]
    fn hidden_in_and_hidden_on_are_checked_and_give_is_hidden() {
        let ids = r#"[["kA", "Windows", "cpp-3.45..cpp-3.61"], ["ByteRTCA", "objc-3.50"]]"#;
        // Hidden in the newest C++ source: hidden.
        let hidden = row(ids, r#"hidden_in = ["cpp-3.50..cpp-3.61", "objc-3.50"]"#);
        assert_eq!(hidden.hidden_in_bits().map(u64::count_ones), Ok(9));
        assert!(hidden.is_hidden());
        // Hidden in older ones only: not hidden now.
        let earlier = row(ids, r#"hidden_in = ["cpp-3.45..cpp-3.54"]"#);
        assert!(!earlier.is_hidden());
        assert!(!row(ids, "").is_hidden());
        // A source that does not list the code; a source twice; a platform name.
        let unlisted = row(ids, r#"hidden_in = ["cpp-3.41"]"#);
        let err = unlisted.hidden_in_bits().unwrap_err();
        assert!(
            err.contains("hidden_in names C++ 3.41, which lists no identifier"),
            "{err}"
        );
        let twice = row(ids, r#"hidden_in = ["cpp-3.45..cpp-3.61", "cpp-3.61"]"#);
        assert!(twice
            .hidden_in_bits()
            .unwrap_err()
            .contains("names a source twice"));
        let platform = row(ids, r#"hidden_in = ["Windows"]"#);
        assert!(platform
            .hidden_in_bits()
            .unwrap_err()
            .contains("\"Windows\" is no source label or range"));
        // hidden_on: platforms as `Platform` names them, each once, in bit order.
        let scoped = row(ids, r#"hidden_on = ["Linux", "Android", "Windows"]"#);
        assert_eq!(scoped.hidden_on_bits(), Ok(1 << 1 | 1 << 4 | 1 << 5));
        assert!(!scoped.is_hidden());
        let unknown = row(ids, r#"hidden_on = ["ios"]"#);
        assert!(unknown
            .hidden_on_bits()
            .unwrap_err()
            .contains("\"ios\" is no platform"));
        let again = row(ids, r#"hidden_on = ["Linux", "Linux"]"#);
        assert!(again
            .hidden_on_bits()
            .unwrap_err()
            .contains("names Linux twice"));
    }

    /// A table of two codes with the given table-level `ok` line (or none).
    fn table_with_ok(ok: &str, variants: [&str; 2]) -> Table {
        let text = format!(
            r#"
            enum = "TestCode"
            module = "A test set."
            doc = "A test set."
            sdk_names = ["TestCode"]
            delivered_by = "nothing"
            {ok}

            [[code]]
            variant = "{}"
            value = 0
            identifiers = [["kTestCodeA", "cpp-3.61"]]
            zh = ["甲"]
            en = ["A"]

            [[code]]
            variant = "{}"
            value = 1
            identifiers = [["kTestCodeB", "cpp-3.61"]]
            zh = ["乙"]
            en = ["B"]
            "#,
            variants[0], variants[1]
        );
        toml::from_str(&text).expect("a valid table")
    }

    #[test]
    fn a_set_with_a_code_named_a_success_says_which_codes_are_ok() {
        let names = |rows: Vec<&Row>| rows.iter().map(|r| r.variant.clone()).collect::<Vec<_>>();
        // Named so, and listed: the OK codes, in the order of `ok`.
        let table = table_with_ok(r#"ok = ["RoomSuccess", "Ok"]"#, ["Ok", "RoomSuccess"]);
        assert_eq!(names(ok_codes(&table).unwrap()), ["RoomSuccess", "Ok"]);
        // No code named so, no `ok`: none.
        let table = table_with_ok("", ["Start", "Failed"]);
        assert!(ok_codes(&table).unwrap().is_empty());
        // A code named so: `ok` is required, if only empty.
        let table = table_with_ok("", ["Success", "Failed"]);
        let err = ok_codes(&table).unwrap_err();
        assert!(err.contains("Success is named a success"), "{err}");
        let table = table_with_ok("ok = []", ["Success", "Failed"]);
        assert!(ok_codes(&table).unwrap().is_empty());
        // Only variants of the set, each once.
        let table = table_with_ok(r#"ok = ["Nope"]"#, ["Ok", "Failed"]);
        assert!(ok_codes(&table).unwrap_err().contains("Nope"));
        let table = table_with_ok(r#"ok = ["Ok", "Ok"]"#, ["Ok", "Failed"]);
        assert!(ok_codes(&table).unwrap_err().contains("twice"));
    }

    #[test]
    fn a_name_two_releases_give_two_codes_names_the_newer_one() {
        let text = set(
            "Public",
            "",
            "[[code]]\nvariant = \"Success\"\nvalue = 0\nidentifiers = [\n\
             [\"kPublicOK\", \"cpp-3.46\", \"cpp-3.50\"], [\"kPublicCodeOK\", \"Windows\"]]\n\
             zh = [\"成\"]\nen = [\"Success\"]\n\n\
             [[code]]\nvariant = \"Ok\"\nvalue = 200\nidentifiers = [[\"kPublicOK\", \"cpp-3.41\"]]\n\
             zh = [\"好\"]\nen = [\"OK\"]\n",
        );
        let table: Table = toml::from_str(&text).expect("a valid table");
        assert_eq!(
            name_entries(&table),
            [
                ("Success", 0),
                ("kPublicOK", 0),
                ("kPublicCodeOK", 0),
                ("Ok", 1)
            ]
        );
        // The variant's own name always names it, and a page (3.58) is newer than 3.50.
        assert!(table.codes[1].name_rank("Ok") > table.codes[0].name_rank("kPublicOK"));
        assert_eq!(table.codes[0].name_rank("kPublicCodeOK"), [3, 58]);
        assert_eq!(table.codes[1].name_rank("kPublicOK"), [3, 41]);
    }

    #[test]
    fn other_meanings_hold_in_one_family_from_source_through_until() {
        // `A` (1) is listed by C++ 3.29 to 3.38 and Objective-C 3.45; `meanings` are its own.
        let read = |meanings: &str| -> Result<Table, String> {
            let text = set(
                "M",
                "",
                &format!(
                    "[[code]]\nvariant = \"A\"\nvalue = 1\n\
                     identifiers = [[\"kA\", \"cpp-3.29..cpp-3.38\", \"objc-3.45\"]]\n\
                     zh = [\"甲\"]\nen = [\"A\"]\n{meanings}"
                ),
            );
            let path = std::env::temp_dir().join(format!(
                "bytertc-codegen-meanings-{}-{:?}.toml",
                std::process::id(),
                std::thread::current().id()
            ));
            fs::write(&path, text).map_err(|e| e.to_string())?;
            let table = read_table(&path);
            let _ = fs::remove_file(&path);
            table
        };
        let meaning = |source: &str, until: &str| {
            format!(
                "\n[[code.other_meanings]]\nsource = \"{source}\"\nuntil = \"{until}\"\n\
                 zh = [\"乙\"]\nen = [\"B\"]\n"
            )
        };
        let table = read(&(meaning("cpp-3.29", "cpp-3.29") + &meaning("cpp-3.30", "cpp-3.38")))
            .expect("two meanings, one after the other");
        assert_eq!(
            meaning_bits_of(&table.codes[0], &table.codes[0].other_meanings[1]),
            Ok(0b111_1111 << 5),
            "cpp-3.30 (the sixth source) to cpp-3.38 (the twelfth)"
        );
        assert!(
            read(&(meaning("cpp-3.29", "cpp-3.30") + &meaning("objc-3.45", "objc-3.45"))).is_ok()
        );
        for (meanings, what) in [
            (meaning("cpp-3.29", "objc-3.45"), "is not of the family"),
            (meaning("cpp-3.33", "cpp-3.30"), "is older than"),
            (
                meaning("cpp-3.24", "cpp-3.30"),
                "cpp-3.24 lists no identifier",
            ),
            (
                meaning("cpp-3.29", "cpp-3.41"),
                "cpp-3.41 lists no identifier",
            ),
            (meaning("cpp-3.29", "cpp-3.99"), "unknown source"),
            (
                meaning("cpp-3.29", "cpp-3.33") + &meaning("cpp-3.33", "cpp-3.38"),
                "overlaps another one",
            ),
        ] {
            let err = read(&meanings).expect_err(what);
            assert!(err.contains(what), "{err:?} should say {what:?}");
        }
        // `until` is required.
        let err =
            read("\n[[code.other_meanings]]\nsource = \"cpp-3.29\"\nzh = [\"乙\"]\nen = [\"B\"]\n")
                .unwrap_err();
        assert!(err.contains("missing field `until`"), "{err}");
    }

    #[test]
    fn the_hidden_field_is_gone() {
        let err = toml::from_str::<Row>(
            "variant = \"A\"\nvalue = 1\nidentifiers = [[\"kA\", \"cpp-3.61\"]]\n\
             zh = [\"甲\"]\nen = [\"A\"]\nhidden = true\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("unknown field `hidden`"), "{err}");
    }
}
