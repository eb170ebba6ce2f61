//! The generator of bytertc-codes' code-set tables.
//!
//! Every code set is written once, as a table in `src/codes/<module>.toml`; this crate turns each into
//! `src/codes/<module>.rs`: the enum with a rustdoc per variant, and constant data (rows, names, the
//! perfect hash index of the names) that the library's `code_set!` macro reads. The library compiles
//! plain constants, which is what keeps it cheap to compile (see the README's "Build cost"): no
//! `macro_rules!` repetition over codes, no `const` evaluation per code, and variants declared in value
//! order so that consecutive values need no discriminant expression of their own.
//!
//! `cargo run -p bytertc-codes-codegen` writes the files; `-- --check` only compares, and the
//! library's `tests/codegen.rs` does the same on every `cargo test`.
//!
//! # The table format
//!
//! ```toml
//! enum = "ErrorCode"                              # the Rust enum
//! module = "[`ErrorCode`]: the errors of `onError`."   # the module's one-line doc
//! doc = '''
//! The enum's rustdoc (Markdown; examples in it are doc tests).
//! '''
//! sdk_names = ["ErrorCode", "ByteRTCErrorCode"]   # the enum's names on the pages and in the headers
//! delivered_by = "`onError`"                      # the callbacks that deliver the codes (Markdown)
//! same_as = "ErrorCode"                           # optional: every code means the code of the same
//!                                                 # value there (`From` converts into it, `TryFrom`
//!                                                 # back)
//! link_evidence = { inferred = "same-value" }     # optional: the evidence of every link of the set
//!                                                 # that its row gives none (see `evidence` below)
//! ok = ["Ok"]                                     # the OK codes (`is_ok`, `into_result`): the codes
//!                                                 # that say the operation succeeded or nothing is
//!                                                 # wrong; required, if only `[]`, where a code is
//!                                                 # named `Ok`, `Success` or `…Success`
//!
//! [[code]]                                        # one per code, in the order of the reference pages
//! variant = "InvalidToken"
//! value = -1000
//! aliases = ["..."]                               # optional: more rustdoc search aliases
//! identifiers = [                                 # each SDK identifier once, `sdk_name()` first,
//!     ["ERROR_CODE_INVALID_TOKEN", "Unity", "Android", "android-3.45..android-3.57"],
//!     ["kErrorCodeInvalidToken", "Windows", "Linux", "Electron", "cpp-3.24..cpp-3.61"],
//! ]                                               # with the 3.58 pages (platform names) and the
//!                                                 # sources that use it: source labels, or
//!                                                 # inclusive ranges `first..last` of one family's
//!                                                 # sources (every source of that family between
//!                                                 # them in `Source::ALL` order); where a source
//!                                                 # has two (an alias), the first is its
//!                                                 # `identifier_in`
//! hidden_in = ["cpp-3.45..cpp-3.61", "objc-3.50"]   # optional: the sources whose doc comment marks
//!                                                 # the code `@hidden` with no platform list
//!                                                 # (`is_hidden`: the newest C++ source that lists
//!                                                 # it is one); each source lists the code
//! hidden_on = ["Android", "Windows", "Linux"]     # optional: the platforms of a scoped
//!                                                 # `@hidden(…)` mark in the newest C++ source that
//!                                                 # lists the code, as `Platform` names them
//! deprecated = { since = "3.52", replaced_by = "OverStreamPublishLimit" }   # optional; `replaced_by`
//! # names a variant of the set, or with `set = "AVSyncEvent"` an identifier of another set
//! zh = ["摘要", "更多行"]                          # lines; the first is the summary
//! zh_from = "cpp-3.61"                            # optional: the header the Chinese comes from
//!                                                 # ("crate" where no source has one); else a page
//! en = ["Summary", "More lines"]
//! stands_for = ["ErrorCode::NoPublishPermission"] # optional: codes of other sets that mean the same
//!                                                 # event, delivered another way (Rust names)
//! replaces = ["StreamMixingErrorCode::Timeout"]   # optional: older codes this one replaces
//! evidence = { inferred = "same-identifier-words" }   # the evidence of the row's links, where it
//! # is not the set's `link_evidence`: `{ stated = "cpp-3.57" }`, the oldest source that says so,
//! # which lists both codes (for `replaces`: it deprecates the older code and names this one, as
//! # that code's `deprecated` records); or `{ inferred = "..." }`, what the crate infers the link
//! # from where no source says so: "same-value" (where the values are equal, and only there),
//! # "same-identifier-words" or "same-text". The generator rejects anything else.
//!
//! known_from = "the Flutter plugin's …"           # optional (Markdown): where the code is known from
//!                                                 # when no page or source lists it; then, and only
//!                                                 # then, an identifier may name none
//!
//! [[code.other_meanings]]                         # optional: what a source says that differs
//! source = "cpp-3.60"                             # the first source of its family that says it
//! until = "cpp-3.61"                              # the last source of that family that says it:
//!                                                 # the meaning holds in the family's sources from
//!                                                 # `source` through `until` (both list the code;
//!                                                 # two meanings of a family do not overlap)
//! zh = ["..."]
//! en = ["..."]
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod blob;
mod index;

use blob::Blob;

/// The platforms a table may name, with the bit each has in the library's `Platforms`.
const PLATFORMS: [&str; 7] = [
    "Unity", "Android", "iOS", "macOS", "Windows", "Linux", "Electron",
];

/// The sources (headers or pages of an SDK release) a table may name, in the order of the library's
/// `Source::ALL`: with the bit each has in the library's `Sources` and the variant of its `Source`.
/// `tests/codegen.rs` checks that the labels are the library's.
const SOURCES: [(&str, &str); 38] = [
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
const INFERENCES: [(&str, &str); 3] = [
    ("same-value", "SameValue"),
    ("same-identifier-words", "SameIdentifierWords"),
    ("same-text", "SameText"),
];

/// The position of a source label in [`SOURCES`].
fn source_index(label: &str) -> Option<usize> {
    SOURCES.iter().position(|(l, _)| *l == label)
}

/// The SDK family of a source label: what precedes its `-` (`cpp`, `objc`, `android`, `electron`).
fn family(label: &str) -> &str {
    label.split_once('-').map_or(label, |(family, _)| family)
}

/// The `Sources` bits of `item`: a source label, or an inclusive range `first..last` of one family's
/// sources (every source of that family from `first` to `last` in [`SOURCES`] order). `None` where
/// `item` is neither (a platform name, say).
///
/// # Errors
///
/// A range whose ends are no source labels, are of two families, or are not oldest first.
fn source_bits(item: &str) -> Result<Option<u64>, String> {
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
fn source_list_bits(what: &str, items: &[String]) -> Result<u64, String> {
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
fn newest_cpp(bits: u64) -> Option<u64> {
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
fn describe_sources(bits: u64) -> String {
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
fn describe_range(source: &str, until: &str) -> String {
    let (Some(first), Some(last)) = (source_index(source), source_index(until)) else {
        return format!("{source}..{until}");
    };
    let (start, end) = (describe_sources(1 << first), describe_sources(1 << last));
    match end.rsplit_once(' ') {
        Some((_, release)) if last != first => format!("{start}–{release}"),
        _ => start,
    }
}

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
    /// What the crate infers it from: one of [`INFERENCES`].
    pub inferred: Option<String>,
}

impl EvidenceSpec {
    /// The library's `Evidence` variant and the `Source` or `Inference` variant in it, or why the spec
    /// is invalid.
    fn rust(&self) -> Result<(&'static str, &'static str), String> {
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
    fn identifiers(&self) -> Result<Vec<(&str, u8, u64)>, String> {
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
                    } else if let Some(bits) = crate::source_bits(label).map_err(fail)? {
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
    fn hidden_in_bits(&self) -> Result<u64, String> {
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
    fn hidden_on_bits(&self) -> Result<u8, String> {
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
    fn is_hidden(&self) -> bool {
        let hidden = self.hidden_in_bits().unwrap_or(0);
        newest_cpp(self.source_bits()).is_some_and(|newest| hidden & newest != 0)
    }

    /// Whether the row links to codes of other sets itself (`stands_for`, `replaces`).
    fn has_links(&self) -> bool {
        !self.stands_for.is_empty() || !self.replaces.is_empty()
    }

    /// Whether the source of `label` lists the code.
    fn listed_by(&self, label: &str) -> bool {
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
    fn names(&self) -> impl Iterator<Item = &str> {
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
fn ok_codes(table: &Table) -> Result<Vec<&Row>, String> {
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

/// A string literal for generated Rust.
fn literal(text: &str) -> String {
    format!("{text:?}")
}

/// The generated Rust of one table read from `<stem>.toml`; `tables` are all the crate's tables, in
/// which a replacement of another set is looked up.
///
/// # Errors
///
/// If the names cannot be indexed (a name listed twice, longer than 64 bytes, or hashing like
/// another), or a replacement in a set the crate has names no code of it.
pub fn render(table: &Table, stem: &str, tables: &[Table]) -> Result<String, String> {
    let mut out = String::new();
    let name = &table.name;
    let _ = writeln!(out, "//! {}", table.module);
    let _ = writeln!(out, "//!");
    let _ = writeln!(
        out,
        "//! @generated by `cargo run -p bytertc-codes-codegen` from `{stem}.toml`: edit that file and\n\
         //! run the generator again, never this one."
    );
    out.push_str("\nuse crate::table::{NameIndex, SetTable};\n");
    out.push('\n');
    for line in table.doc.trim_end().lines() {
        doc_line(&mut out, "", line);
    }
    let _ = writeln!(
        out,
        "///\n/// # Order\n///\n/// `Ord` and `PartialOrd` follow the integer value (`-1001 < -1000`), as do the variants below;\n\
         /// [`ALL`](Self::ALL) follows the reference pages."
    );
    let _ = writeln!(
        out,
        "#[derive(PartialEq)]\n#[repr(i32)]\n#[non_exhaustive]\npub enum {name} {{"
    );
    // In value order, so that a value one above the previous needs no discriminant expression: each
    // of those is an item of its own that costs the compiler as much as the rest of the variant.
    let mut by_value: Vec<&Row> = table.codes.iter().collect();
    by_value.sort_by_key(|row| row.value);
    let mut previous = None;
    for row in by_value {
        variant_doc(&mut out, row);
        if previous.is_some_and(|p: i32| p.checked_add(1) == Some(row.value)) {
            let _ = writeln!(out, "    {},", row.variant);
        } else {
            let _ = writeln!(out, "    {} = {},", row.variant, row.value);
        }
        previous = Some(row.value);
    }
    out.push_str("}\n\n");

    let values: Vec<i32> = table.codes.iter().map(|c| c.value).collect();
    let value_hash = index::value_hash(&values).map_err(|e| format!("{name}: {e}"))?;
    let count = table.codes.len();
    let _ = writeln!(
        out,
        "code_set!({name}, {}, {}, {count});\n",
        value_hash.seed, value_hash.shift
    );
    if !ok_codes(table)?.is_empty() {
        let _ = writeln!(
            out,
            "/// `is_ok` and `into_result`: the OK codes are in `crate::codes::OK`.\n\
             impl crate::OkCode for {name} {{}}\n"
        );
    }
    let _ = writeln!(out, "impl {name} {{");
    out.push_str(
        "    /// Every code of this set, in the order of the reference pages (the Unity page's; a code it lacks,\n    \
         /// listed only by other pages or the SDK headers, sits where its value puts it).\n",
    );
    let all: Vec<String> = table
        .codes
        .iter()
        .map(|c| format!("Self::{}", c.variant))
        .collect();
    list(
        &mut out,
        "    pub const ALL: &'static [Self] = &[",
        &all,
        "];",
    );
    // Each slot of the value hash holds the code that hashes to it, or else the first code (which
    // cannot compare equal to a value that hashes there): a byte string of positions in `ALL`, which
    // the compiler reads far faster than an array of paths.
    let mut slots = vec![0u16; value_hash.slots()];
    for (position, code) in table.codes.iter().enumerate() {
        slots[value_hash.slot(code.value)] =
            u16::try_from(position).map_err(|_| format!("{name}: over 65,536 codes"))?;
    }
    // A byte a slot where every position fits one (the SDK's sets), else two.
    let (function, positions): (&str, Vec<u8>) = match slots
        .iter()
        .map(|&p| u8::try_from(p))
        .collect::<Result<Vec<u8>, _>>()
    {
        Ok(bytes) => ("slots", bytes),
        Err(_) => (
            "slots_wide",
            slots.iter().flat_map(|p| p.to_le_bytes()).collect(),
        ),
    };
    let _ = write!(
        out,
        "    /// The value hash: the code of each slot (see `table::layout::value_slot`).\n    \
         const SLOTS: [Self; {}] = crate::table::{function}(\n        Self::ALL,\n        ",
        slots.len()
    );
    blob::bytes_literal(&mut out, &positions);
    out.push_str(",\n    );\n");
    let names = name_entries(table);
    out.push_str(
        "    /// Everything about the codes but their values, for the methods and for `AnyCode`.\n",
    );
    out.push_str("    pub(crate) const TABLE: SetTable = SetTable {\n");
    let _ = writeln!(out, "        name: {},", literal(name));
    let sdk_names: Vec<String> = table.sdk_names.iter().map(|n| literal(n)).collect();
    list(&mut out, "        sdk_names: &[", &sdk_names, "],");
    let _ = writeln!(
        out,
        "        delivered_by: {},",
        literal(&table.delivered_by)
    );
    let _ = writeln!(out, "        value_seed: {},", value_hash.seed);
    let _ = writeln!(out, "        value_shift: {},", value_hash.shift);
    let _ = writeln!(out, "        len: {},", table.codes.len());
    let just_names: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
    let index = index::search(&just_names).map_err(|e| format!("{name}: {e}"))?;
    let blob = Blob::new(table, &names, &index, value_hash)?;
    blob.render(&mut out, &index, names.len());
    render_sparse(&mut out, table, tables)?;
    out.push_str("    };\n");
    out.push_str("}\n");
    if let Some(other) = &table.same_as {
        render_same_as(&mut out, table, other, tables)?;
    }
    render_conversions(&mut out, table, tables)?;
    Ok(out)
}

/// `From<Set> for Other`, where every code of the set means the code of the same value in `other`: a
/// `match` from variant to variant, which the generator checks covers every code of the set; and
/// `TryFrom<Other> for Set` back, by value. Values are unique in a set, so each link is one to one and
/// the two are inverse; a code of `other` that the set does not mirror is `NoCounterpart`, which keeps
/// it.
fn render_same_as(
    out: &mut String,
    table: &Table,
    other: &str,
    tables: &[Table],
) -> Result<(), String> {
    let name = &table.name;
    let target = tables
        .iter()
        .find(|t| t.name == other)
        .ok_or_else(|| format!("{name}: same_as names {other}, which is no set"))?;
    let mut pairs = Vec::new();
    for row in &table.codes {
        let mirrored = target
            .codes
            .iter()
            .find(|c| c.value == row.value)
            .ok_or_else(|| format!("{name} {} mirrors no code of {other}", row.value))?;
        pairs.push((&row.variant, &mirrored.variant));
    }
    let _ = writeln!(
        out,
        "\nimpl From<{name}> for crate::{other} {{\n    \
         /// The [`{other}`](crate::{other}) of the same value, which means the same: every code of\n    \
         /// [`{name}`] mirrors one.\n    \
         #[inline]\n    \
         fn from(code: {name}) -> Self {{\n        \
         match code {{"
    );
    for (here, there) in &pairs {
        let _ = writeln!(
            out,
            "            {name}::{here} => crate::{other}::{there},"
        );
    }
    out.push_str("        }\n    }\n}\n");
    // Back by value: the code of the same value is the one that mirrors it (checked above, code by
    // code), and one call costs the compiler less than a `match`.
    let _ = writeln!(
        out,
        "\nimpl TryFrom<crate::{other}> for {name} {{\n    \
         type Error = crate::NoCounterpart;\n\n    \
         /// The code of this set that mirrors the [`{other}`](crate::{other}): the one of the same\n    \
         /// value. A code that none mirrors is the error, which keeps it.\n    \
         #[inline]\n    \
         fn try_from(code: crate::{other}) -> Result<Self, Self::Error> {{\n        \
         crate::convert::mirror(code.into())\n    \
         }}\n}}"
    );
    Ok(())
}

/// A code's text as Markdown that shows it as it is: `[0,400]` is no link, `*` no emphasis, `<` no tag.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '[' | ']' | '*' | '<' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A `///` line, without trailing white space.
fn doc_line(out: &mut String, indent: &str, line: &str) {
    if line.is_empty() {
        let _ = writeln!(out, "{indent}///");
    } else {
        let _ = writeln!(out, "{indent}/// {line}");
    }
}

/// A text as rustdoc paragraphs, one a line (`quote`: in a block quote), so that lines do not run
/// together: the English summary, which has no final full stop, gets one.
fn text_paragraphs(out: &mut String, lines: &[String], quote: bool) {
    for (i, line) in lines.iter().enumerate() {
        let mut line = plain(line);
        if i == 0 && !quote && !line.ends_with(|c: char| ".:!?".contains(c)) {
            line.push('.');
        }
        if i > 0 {
            doc_line(out, "    ", if quote { ">" } else { "" });
        }
        if quote {
            line.insert_str(0, "> ");
        }
        doc_line(out, "    ", &line);
    }
}

/// The rustdoc of a variant: both texts, the value, every identifier with its pages, the deprecation.
fn variant_doc(out: &mut String, row: &Row) {
    text_paragraphs(out, &row.en, false);
    doc_line(out, "    ", "");
    text_paragraphs(out, &row.zh, true);
    doc_line(out, "    ", "");
    doc_line(
        out,
        "    ",
        &format!("Value `{}`. SDK identifiers:", row.value),
    );
    doc_line(out, "    ", "");
    for (identifier, pages, sources) in row.identifiers().expect("read_table checked it") {
        let mut listed = Vec::new();
        if pages != 0 {
            let pages: Vec<&str> = (0..PLATFORMS.len())
                .filter(|&i| pages & 1 << i != 0)
                .map(|i| PLATFORMS[i])
                .collect();
            listed.push(format!("3.58 pages {}", pages.join(", ")));
        }
        if sources != 0 {
            listed.push(format!("sources {}", describe_sources(sources)));
        }
        if listed.is_empty() {
            listed.push("no page or source of this crate (see below)".to_string());
        }
        doc_line(
            out,
            "    ",
            &format!("- `{identifier}`: {}", listed.join("; ")),
        );
    }
    if let Some(known_from) = &row.known_from {
        doc_line(out, "    ", "");
        doc_line(out, "    ", &format!("**Known from** {known_from}"));
    }
    let hidden_in = row.hidden_in_bits().expect("read_table checked it");
    let hidden_on_bits = row.hidden_on_bits().expect("read_table checked it");
    let hidden_on: Vec<&str> = (0..PLATFORMS.len())
        .filter(|&i| hidden_on_bits & 1 << i != 0)
        .map(|i| PLATFORMS[i])
        .collect();
    if row.is_hidden() {
        doc_line(out, "    ", "");
        doc_line(
            out,
            "    ",
            "**Hidden**: the newest C++ header that lists it marks it `@hidden` (for internal use), so it is undocumented. The SDK can still deliver it.",
        );
    } else if !hidden_on.is_empty() {
        doc_line(out, "    ", "");
        doc_line(
            out,
            "    ",
            &format!(
                "**Hidden on {}**: the newest C++ header that lists it marks it `@hidden({})`, so those platforms' docs leave it out; the others document it.",
                hidden_on.join(", "),
                hidden_on.join(",")
            ),
        );
    }
    if hidden_in != 0 && !row.is_hidden() {
        doc_line(out, "    ", "");
        doc_line(
            out,
            "    ",
            &format!(
                "Marked `@hidden` (for internal use) in {}.",
                describe_sources(hidden_in)
            ),
        );
    }
    if row.zh_from.as_deref() == Some("crate") {
        doc_line(out, "    ", "");
        doc_line(
            out,
            "    ",
            "No source documents this code in Chinese; the Chinese text is this crate's, written from its identifier and the other texts.",
        );
    }
    for meaning in &row.other_meanings {
        doc_line(out, "    ", "");
        doc_line(
            out,
            "    ",
            &format!(
                "**In {}** it is documented otherwise:",
                describe_range(&meaning.source, &meaning.until)
            ),
        );
        doc_line(out, "    ", "");
        text_paragraphs(out, &meaning.en, false);
        doc_line(out, "    ", "");
        text_paragraphs(out, &meaning.zh, true);
    }
    if let Some(deprecated) = &row.deprecated {
        doc_line(out, "    ", "");
        let replaced = match (&deprecated.replaced_by, &deprecated.set) {
            (Some(r), None) => format!(", replaced by [`{r}`](Self::{r})"),
            (Some(r), Some(set)) => format!(", replaced by `{set}` `{r}`"),
            _ => String::new(),
        };
        doc_line(
            out,
            "    ",
            &format!(
                "**Deprecated** since SDK {}{replaced}. The SDK still sends it to apps built with older releases.",
                deprecated.since
            ),
        );
    }
    let _ = writeln!(out, "    #[doc(alias = \"{}\")]", row.value);
    for alias in row
        .identifiers
        .iter()
        .filter_map(|e| e.first())
        .chain(&row.aliases)
    {
        let _ = writeln!(out, "    #[doc(alias = {})]", literal(alias));
    }
}

/// The lists of what only some codes have: hidden marks, deprecations, other meanings, each by
/// position in `ALL`.
fn render_sparse(out: &mut String, table: &Table, tables: &[Table]) -> Result<(), String> {
    let rows = || table.codes.iter().enumerate();
    let hidden_in: Vec<String> = rows()
        .map(|(position, row)| {
            (
                position,
                row.hidden_in_bits().expect("read_table checked it"),
            )
        })
        .filter(|&(_, bits)| bits != 0)
        .map(|(position, bits)| format!("({position}, {bits:#x})"))
        .collect();
    out.push_str(
        "        // (position in `ALL`, `Sources` bits) of the codes that some sources mark `@hidden`.\n",
    );
    list(out, "        hidden_in: &[", &hidden_in, "],");
    let hidden_on: Vec<String> = rows()
        .map(|(position, row)| {
            (
                position,
                row.hidden_on_bits().expect("read_table checked it"),
            )
        })
        .filter(|&(_, bits)| bits != 0)
        .map(|(position, bits)| format!("({position}, {bits:#04x})"))
        .collect();
    out.push_str(
        "        // (position in `ALL`, `Platforms` bits) of the codes hidden on some platforms.\n",
    );
    list(out, "        hidden_on: &[", &hidden_on, "],");
    out.push_str("        deprecations: &[\n");
    for (position, row) in rows() {
        if let Some(deprecated) = &row.deprecated {
            let _ = writeln!(
                out,
                "            ({position}, {}, {}),",
                literal(&deprecated.since),
                replacement(table, deprecated, tables)?
            );
        }
    }
    out.push_str("        ],\n        other_meanings: &[\n");
    for (position, row) in rows() {
        if row.other_meanings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "            ({position}, &[");
        for meaning in &row.other_meanings {
            let variant =
                |label: &str| SOURCES[source_index(label).expect("read_table checked it")].1;
            out.push_str("                crate::Meaning {\n");
            let _ = writeln!(
                out,
                "                    source: crate::Source::{},",
                variant(&meaning.source)
            );
            let _ = writeln!(
                out,
                "                    until: crate::Source::{},",
                variant(&meaning.until)
            );
            out.push_str("                    texts: [\n");
            for lines in [&meaning.zh, &meaning.en] {
                let _ = writeln!(out, "                        {},", literal(&lines[0]));
                let _ = writeln!(
                    out,
                    "                        {},",
                    literal(&lines.join("\n"))
                );
            }
            out.push_str("                    ],\n                },\n");
        }
        out.push_str("            ]),\n");
    }
    out.push_str("        ],\n");
    render_links(out, table, tables)?;
    Ok(())
}

/// A link's target, `Set::Variant`: the set's table and the variant's position in its `ALL`.
fn link_target<'t>(
    from: &Table,
    target: &str,
    tables: &'t [Table],
) -> Result<(&'t Table, usize), String> {
    let (set, variant) = target
        .split_once("::")
        .ok_or_else(|| format!("{}: link {target:?} is not Set::Variant", from.name))?;
    let other = tables
        .iter()
        .find(|t| t.name == set)
        .ok_or_else(|| format!("{}: link {target:?} names no set of the crate", from.name))?;
    if other.name == from.name {
        return Err(format!("{}: link {target:?} is in the same set", from.name));
    }
    let position = other
        .codes
        .iter()
        .position(|c| c.variant == variant)
        .ok_or_else(|| format!("{}: link {target:?}: {set} has no {variant}", from.name))?;
    Ok((other, position))
}

/// One link of a table: (position in `ALL`, relation, target table, target position, evidence as the
/// library's `Evidence` variant and the `Source` or `Inference` variant in it).
type LinkRow<'t> = (
    usize,
    &'static str,
    &'t Table,
    usize,
    (&'static str, &'static str),
);

/// Every link of a table, each with its evidence, checked against the codes. A set that mirrors
/// another (`same_as`) stands for its code of the same value, code by code.
fn links<'t>(table: &Table, tables: &'t [Table]) -> Result<Vec<LinkRow<'t>>, String> {
    let mut links = Vec::new();
    for (position, row) in table.codes.iter().enumerate() {
        let spec = row
            .evidence
            .as_ref()
            .or(table.link_evidence.as_ref())
            .filter(|_| row.has_links() || table.same_as.is_some());
        let mut targets = Vec::new();
        if let Some(other) = &table.same_as {
            let target = tables
                .iter()
                .find(|t| &t.name == other)
                .ok_or_else(|| format!("{}: same_as names {other}, which is no set", table.name))?;
            let mirrored = target
                .codes
                .iter()
                .position(|c| c.value == row.value)
                .ok_or_else(|| {
                    format!("{} {} mirrors no code of {other}", table.name, row.value)
                })?;
            targets.push(("StandsFor", target, mirrored));
        }
        for (relation, names) in [("StandsFor", &row.stands_for), ("Replaces", &row.replaces)] {
            for target in names {
                let (other, at) = link_target(table, target, tables)?;
                targets.push((relation, other, at));
            }
        }
        for (relation, other, at) in targets {
            let spec =
                spec.ok_or_else(|| format!("{} {}: no evidence", table.name, row.variant))?;
            check_evidence(table, row, relation, other, &other.codes[at], spec)?;
            links.push((position, relation, other, at, spec.rust()?));
        }
    }
    Ok(links)
}

/// Every name `from_name` accepts for a code of `table`, with the position of its code, in the order
/// of the codes and of `Row::names`. A name that two releases give two codes of the set
/// (`kPublicStreamOK`: 200 in C++ 3.41 and 3.45, 0 in 3.46 and 3.50) is listed once, for the code
/// that the newest of them gives it ([`Row::name_rank`]); both codes keep it as an identifier.
fn name_entries(table: &Table) -> Vec<(&str, usize)> {
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

/// Whether `deprecated`, of a code of another set, names `row` of `table` as its replacement.
fn names_replacement(deprecated: Option<&Deprecated>, table: &Table, row: &Row) -> bool {
    let Some(Deprecated {
        replaced_by: Some(name),
        set: Some(set),
        ..
    }) = deprecated
    else {
        return false;
    };
    let same_set = table.name.eq_ignore_ascii_case(set) || table.sdk_names.iter().any(|n| n == set);
    same_set && row.names().any(|n| n == name)
}

/// Checks a link's evidence against the two codes: a stated link's source lists both, and a stated
/// `replaces` is the replaced code's deprecation, which names this one (and such a deprecation makes
/// the link stated); an inference of the same value is one of equal values, and only that.
fn check_evidence(
    table: &Table,
    row: &Row,
    relation: &str,
    other: &Table,
    target: &Row,
    spec: &EvidenceSpec,
) -> Result<(), String> {
    let link = format!(
        "{}::{} {relation} {}::{}",
        table.name, row.variant, other.name, target.variant
    );
    let named = relation == "Replaces" && names_replacement(target.deprecated.as_ref(), table, row);
    match (&spec.stated, &spec.inferred) {
        (Some(label), _) => {
            if !row.listed_by(label) || !target.listed_by(label) {
                return Err(format!(
                    "{link}: stated by {label}, which does not list both codes"
                ));
            }
            if relation == "Replaces" && !named {
                return Err(format!(
                    "{link}: stated by {label}, but the table records no deprecation of {} that \
                     names {}",
                    target.variant, row.variant
                ));
            }
        }
        (None, Some(word)) => {
            if named {
                return Err(format!(
                    "{link}: the deprecation of {} names {}, so the link is stated: give the source",
                    target.variant, row.variant
                ));
            }
            if (word == "same-value") != (row.value == target.value) {
                return Err(format!(
                    "{link}: inferred from {word:?}, but the values are {} and {}",
                    row.value, target.value
                ));
            }
        }
        (None, None) => {}
    }
    Ok(())
}

/// The `links` list of a table: a block that imports the variants it names, so that each link fits
/// on a line.
fn render_links(out: &mut String, table: &Table, tables: &[Table]) -> Result<(), String> {
    let links = links(table, tables)?;
    if links.is_empty() {
        out.push_str("        links: &[],\n");
        return Ok(());
    }
    out.push_str(
        "        // (position in `ALL`, relation, the other code's set and position in its `ALL`, evidence:\n        \
         // the position of the stating source in `Source::ALL`, or 0x80 + the `Inference`)\n        \
         links: &[\n",
    );
    for (position, relation, other, at, (kind, reason)) in &links {
        let evidence = if *kind == "Stated" {
            SOURCES
                .iter()
                .position(|(_, variant)| variant == reason)
                .expect("a source variant")
        } else {
            0x80 + INFERENCES
                .iter()
                .position(|(_, variant)| variant == reason)
                .expect("an inference variant")
        };
        let _ = writeln!(
            out,
            "            ({position}, crate::Relation::{relation}, crate::CodeSet::{}, {at}, {evidence:#04x}),",
            other.name
        );
    }
    out.push_str("        ],\n");
    Ok(())
}

/// The `TryFrom` conversions of `stands_for` links: from each code to the code of the other set it
/// stands for, and back where no two codes stand for the same one.
fn render_conversions(out: &mut String, table: &Table, tables: &[Table]) -> Result<(), String> {
    if table.same_as.is_some() {
        return Ok(());
    }
    let name = &table.name;
    let mut by_set: BTreeMap<&str, Vec<(&Row, &Row)>> = BTreeMap::new();
    for row in &table.codes {
        for target in &row.stands_for {
            let (other, at) = link_target(table, target, tables)?;
            by_set
                .entry(other.name.as_str())
                .or_default()
                .push((row, &other.codes[at]));
        }
    }
    for (other, pairs) in by_set {
        let there = |variant: &str| format!("crate::{other}::{variant}");
        let here = |variant: &str| format!("{name}::{variant}");
        let arms: Vec<(String, String)> = pairs
            .iter()
            .map(|(row, target)| (here(&row.variant), there(&target.variant)))
            .collect();
        render_try_from(
            out,
            (name, &format!("crate::{other}")),
            &format!(
                "The [`{other}`](crate::{other}) that the code stands for: the same event, delivered\n    \
                 /// another way. A code that stands for none is the error, which keeps it."
            ),
            &arms,
            other,
        );
        let mut targets: Vec<&str> = pairs.iter().map(|(_, t)| t.variant.as_str()).collect();
        targets.sort_unstable();
        if targets.windows(2).any(|w| w[0] == w[1]) {
            continue; // Not one to one: no way back.
        }
        let back: Vec<(String, String)> = arms.into_iter().map(|(from, to)| (to, from)).collect();
        render_try_from(
            out,
            (&format!("crate::{other}"), name),
            &format!(
                "The code that stands for the [`{other}`](crate::{other}), where one does. A code that\n    \
                 /// none stands for is the error, which keeps it."
            ),
            &back,
            name,
        );
    }
    Ok(())
}

/// `impl TryFrom<from> for to` (both paths as written in generated code) with a rustdoc, a `match` arm
/// `pattern => Ok(value)` a pair, and `NoCounterpart` (naming the set `to_set`) for every other code.
fn render_try_from(
    out: &mut String,
    (from, to): (&str, &str),
    doc: &str,
    arms: &[(String, String)],
    to_set: &str,
) {
    let _ = writeln!(
        out,
        "\nimpl TryFrom<{from}> for {to} {{\n    \
         type Error = crate::NoCounterpart;\n\n    \
         /// {doc}\n    \
         #[inline]\n    \
         fn try_from(code: {from}) -> Result<Self, Self::Error> {{\n        \
         match code {{"
    );
    for (pattern, value) in arms {
        let _ = writeln!(out, "            {pattern} => Ok({value}),");
    }
    let _ = writeln!(
        out,
        "            _ => Err(crate::NoCounterpart::new(code.into(), crate::CodeSet::{to_set})),\n        }}\n    }}\n}}"
    );
}

/// The `Option<Replacement>` expression of a deprecation: the replacement's set, identifier, and
/// where this crate has it, its set and position.
fn replacement(table: &Table, deprecated: &Deprecated, tables: &[Table]) -> Result<String, String> {
    let Some(name) = &deprecated.replaced_by else {
        return Ok("None".to_owned());
    };
    let (set, identifier, code) = match &deprecated.set {
        None => {
            let (position, row) = table
                .codes
                .iter()
                .enumerate()
                .find(|(_, c)| &c.variant == name)
                .expect("read_table checked the replacement");
            (
                table.name.as_str(),
                row.identifiers[0][0].as_str(),
                Some((table, position)),
            )
        }
        Some(set) => {
            // A set is the same whether spelled the SDK's way (`AVSyncEvent`) or Rust's.
            let other = tables
                .iter()
                .find(|t| t.name.eq_ignore_ascii_case(set) || t.sdk_names.iter().any(|n| n == set));
            let code = match other {
                None => None,
                Some(other) => Some((
                    other,
                    other
                        .codes
                        .iter()
                        .position(|c| c.names().any(|n| n == name))
                        .ok_or_else(|| {
                            format!("{}: no code of {set} is named {name}", table.name)
                        })?,
                )),
            };
            (set.as_str(), name.as_str(), code)
        }
    };
    let code = match code {
        Some((table, position)) => {
            format!("Some((crate::CodeSet::{}, {position}))", table.name)
        }
        None => "None".to_owned(),
    };
    Ok(format!(
        "Some(crate::table::Replacement {{ set: {}, name: {}, code: {code} }})",
        literal(set),
        literal(identifier)
    ))
}

/// `open`, the `items` separated by `, ` (on one line if it fits in 100 columns, else wrapped), and
/// `close`.
fn list(out: &mut String, open: &str, items: &[String], close: &str) {
    let one_line = format!("{open}{}{close}", items.join(", "));
    if one_line.len() <= 100 {
        out.push_str(&one_line);
        out.push('\n');
        return;
    }
    let indent = " ".repeat(open.len() - open.trim_start().len() + 4);
    out.push_str(open);
    out.push('\n');
    let mut line = String::new();
    for item in items {
        if !line.is_empty() && indent.len() + line.len() + item.len() + 1 > 100 {
            let _ = writeln!(out, "{indent}{}", line.trim_end());
            line.clear();
        }
        line.push_str(item);
        line.push_str(", ");
    }
    let _ = writeln!(out, "{indent}{}", line.trim_end());
    let _ = writeln!(out, "{}{close}", &indent[4..]);
}

/// Every generated file of the crate at `root`, with the contents it should have.
///
/// # Errors
///
/// If a table is invalid.
pub fn generate(root: &Path) -> Result<BTreeMap<PathBuf, String>, String> {
    let codes = root.join("src/codes");
    let (list, tables) = read_tables(root)?;
    let paths: Vec<PathBuf> = list
        .iter()
        .map(|module| codes.join(format!("{module}.toml")))
        .collect();
    let mut files = BTreeMap::new();
    for ((path, module), table) in paths.iter().zip(&list).zip(&tables) {
        files.insert(path.with_extension("rs"), render(table, module, &tables)?);
    }
    // A set is found by any of its names, in any case: no two sets may share one.
    let mut owners: BTreeMap<String, &str> = BTreeMap::new();
    for table in &tables {
        for name in core::iter::once(&table.name).chain(&table.sdk_names) {
            let owner = owners
                .entry(name.to_ascii_lowercase())
                .or_insert(&table.name);
            if *owner != table.name {
                return Err(format!("{owner} and {} are both named {name}", table.name));
            }
        }
    }
    files.insert(codes.join("mod.rs"), render_list(&list, &tables));
    files.insert(root.join("tests/common/sets.rs"), render_test_list(&tables));
    Ok(files)
}

/// The crate's list of sets (`src/codes/sets.toml`: module names) and their tables, in its order.
///
/// # Errors
///
/// If the list or a table is invalid, or a table in `src/codes/` is not in the list.
pub fn read_tables(root: &Path) -> Result<(Vec<String>, Vec<Table>), String> {
    let codes = root.join("src/codes");
    let list_path = codes.join("sets.toml");
    let list = read_list(&list_path)?;
    let paths: Vec<PathBuf> = list
        .iter()
        .map(|module| codes.join(format!("{module}.toml")))
        .collect();
    for entry in fs::read_dir(&codes).map_err(|e| format!("{}: {e}", codes.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let is_table = path.extension().is_some_and(|e| e == "toml") && path != list_path;
        if is_table && !paths.contains(&path) {
            return Err(format!(
                "{} is not in {}: add its module to the list",
                path.display(),
                list_path.display()
            ));
        }
    }
    let tables = paths
        .iter()
        .map(|path| read_table(path))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((list, tables))
}

/// The list of sets, `src/codes/sets.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    sets: Vec<String>,
}

/// Reads the list of sets: module names, each once.
fn read_list(path: &Path) -> Result<Vec<String>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let list: List = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let unique: HashSet<&String> = list.sets.iter().collect();
    if list.sets.is_empty() || unique.len() != list.sets.len() {
        return Err(format!(
            "{}: every set once, and at least one",
            path.display()
        ));
    }
    Ok(list.sets)
}

/// `src/codes/mod.rs`: the modules, their re-exports and `with_sets!`, the list every per-set item of
/// the library is generated from.
fn render_list(modules: &[String], tables: &[Table]) -> String {
    let mut out = String::from(
        "//! The code sets, one table each, and the one list of them.\n//!\n\
         //! @generated by `cargo run -p bytertc-codes-codegen` from `sets.toml`: edit that file and run\n\
         //! the generator again, never this one.\n\n\
         /// The one list of code sets, in the order [`lookup`](crate::lookup) reports them: each entry names a\n\
         /// set's module (generated from the table `src/codes/<module>.toml`) and its enum.\n\
         ///\n\
         /// Everything per set outside its table is generated from this list by a callback macro: the\n\
         /// modules and re-exports below, `AnyCode` and its dispatch, `lookup`, `lookup_name`, `CodeSet`.\n\
         ///\n\
         /// `with_sets!(callback)` or `with_sets!(callback(args...))` expands to\n\
         /// `callback! { (args...) module::Enum, ... }`.\n\
         macro_rules! with_sets {\n    \
         ($callback:ident $(($($args:tt)*))?) => {\n        \
         $callback! {\n            \
         ($($($args)*)?)\n",
    );
    for (module, table) in modules.iter().zip(tables) {
        let _ = writeln!(out, "            {module}::{},", table.name);
    }
    out.push_str(
        "        }\n    };\n}\n\n\
         macro_rules! declare_sets {\n    \
         (() $($module:ident::$Enum:ident,)+) => {\n        \
         $(\n            mod $module;\n            pub use $module::$Enum;\n        )+\n    };\n}\n\
         with_sets!(declare_sets);\n",
    );
    out.push_str(
        "\n/// The values of each set's OK codes (`OkCode`, `AnyCode::is_ok`), by `CodeSet`: the `ok` of its\n\
         /// table.\n",
    );
    let _ = writeln!(out, "pub(crate) const OK: [&[i32]; {}] = [", tables.len());
    for table in tables {
        let values: Vec<String> = ok_codes(table)
            .expect("read_table checked it")
            .iter()
            .map(|row| row.value.to_string())
            .collect();
        let _ = writeln!(out, "    // {}\n    &[{}],", table.name, values.join(", "));
    }
    out.push_str("];\n");
    out
}

/// `tests/common/sets.rs`: the list of sets for the integration tests and the benchmarks.
fn render_test_list(tables: &[Table]) -> String {
    let mut out = String::from(
        "// @generated by `cargo run -p bytertc-codes-codegen` from `src/codes/sets.toml`: edit that file\n\
         // and run the generator again, never this one.\n\n\
         /// Calls the generic function `$check::<Set>(args...)` once for each code set, in the order of\n\
         /// the list of sets.\n\
         #[allow(unused_macros)]\n\
         macro_rules! for_each_set {\n    \
         ($check:ident $(, $arg:expr)* $(,)?) => {{\n",
    );
    for table in tables {
        let _ = writeln!(
            out,
            "        $check::<bytertc_codes::{}>($($arg),*);",
            table.name
        );
    }
    out.push_str("    }};\n}\n#[allow(unused_imports)]\npub(crate) use for_each_set;\n\n");
    out.push_str(
        "/// The names of the sets, in the order of the list of sets.\n#[allow(dead_code)]\n",
    );
    let names: Vec<String> = tables.iter().map(|t| literal(&t.name)).collect();
    let _ = writeln!(out, "pub const SETS: [&str; {}] = [", names.len());
    for name in names {
        let _ = writeln!(out, "    {name},");
    }
    out.push_str("];\n");
    out
}

/// Writes every generated file that differs; returns what it did.
///
/// # Errors
///
/// If a table is invalid or a file cannot be written.
pub fn write(root: &Path) -> Result<String, String> {
    let mut written = Vec::new();
    let files = generate(root)?;
    for (path, contents) in &files {
        if fs::read_to_string(path).ok().as_deref() != Some(contents) {
            fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path.display().to_string());
        }
    }
    Ok(format!(
        "{} files, {} written{}",
        files.len(),
        written.len(),
        if written.is_empty() {
            String::new()
        } else {
            format!(": {}", written.join(", "))
        }
    ))
}

/// Compares every generated file with what the tables give.
///
/// # Errors
///
/// Names every stale file, with the command that regenerates them.
pub fn check(root: &Path) -> Result<String, String> {
    let files = generate(root)?;
    let stale: Vec<String> = files
        .iter()
        .filter(|(path, contents)| fs::read_to_string(path).ok().as_deref() != Some(contents))
        .map(|(path, _)| path.display().to_string())
        .collect();
    if stale.is_empty() {
        Ok(format!("{} files, all current", files.len()))
    } else {
        Err(format!(
            "stale: {}; run `cargo run -p bytertc-codes-codegen`",
            stale.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A set `name` of `rows` (TOML `[[code]]` tables), with `header` lines.
    fn set(name: &str, header: &str, rows: &str) -> String {
        format!(
            "enum = \"{name}\"\nmodule = \"m\"\ndoc = \"d\"\nsdk_names = [\"{name}\"]\n\
             delivered_by = \"x\"\n{header}\n{rows}"
        )
    }

    /// `Old::Gone` (-5, in C++ 3.57, deprecated for `New`'s `kNewThere` unless `deprecation` says
    /// otherwise) and `Old::Same` (7).
    fn old(deprecation: &str) -> String {
        set(
            "Old",
            "",
            &format!(
                "[[code]]\nvariant = \"Gone\"\nvalue = -5\nidentifiers = [[\"kOldGone\", \"cpp-3.57\"]]\n\
                 {deprecation}\nzh = [\"旧\"]\nen = [\"Old\"]\n\n\
                 [[code]]\nvariant = \"Same\"\nvalue = 7\nidentifiers = [[\"kOldSame\", \"cpp-3.57\"]]\n\
                 zh = [\"同\"]\nen = [\"Same\"]\n"
            ),
        )
    }

    const DEPRECATED: &str =
        "deprecated = { since = \"3.33\", replaced_by = \"kNewThere\", set = \"New\" }";

    /// `New::There` (1, in C++ 3.57 and 3.60) replaces `Old::Gone` with `there`'s evidence;
    /// `New::Same` (7) stands for `Old::Same` with `same`'s.
    fn new(header: &str, there: &str, same: &str) -> String {
        set(
            "New",
            header,
            &format!(
                "[[code]]\nvariant = \"There\"\nvalue = 1\n\
                 identifiers = [[\"kNewThere\", \"cpp-3.57\", \"cpp-3.60\"]]\nzh = [\"新\"]\nen = [\"New\"]\n\
                 replaces = [\"Old::Gone\"]\n{there}\n\n\
                 [[code]]\nvariant = \"Same\"\nvalue = 7\nidentifiers = [[\"kNewSame\", \"cpp-3.60\"]]\n\
                 zh = [\"同\"]\nen = [\"Same\"]\nstands_for = [\"Old::Same\"]\n{same}\n"
            ),
        )
    }

    const STATED: &str = "evidence = { stated = \"cpp-3.57\" }";
    const SAME_VALUE: &str = "evidence = { inferred = \"same-value\" }";

    /// `New`'s links, or the first error, as read from files and rendered.
    fn new_links(old: &str, new: &str) -> Result<Vec<(usize, String, usize, String)>, String> {
        let dir = std::env::temp_dir().join(format!(
            "bytertc-codegen-links-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let mut tables = Vec::new();
        for (name, text) in [("old", old), ("new", new)] {
            let path = dir.join(format!("{name}.toml"));
            fs::write(&path, text).map_err(|e| e.to_string())?;
            let table = read_table(&path);
            let _ = fs::remove_file(&path);
            tables.push(table?);
        }
        let _ = fs::remove_dir(&dir);
        let links = links(&tables[1], &tables)?;
        Ok(links
            .into_iter()
            .map(|(from, relation, other, at, (kind, reason))| {
                (
                    from,
                    format!("{relation} {}", other.name),
                    at,
                    format!("{kind}({reason})"),
                )
            })
            .collect())
    }

    #[test]
    fn links_carry_their_evidence() {
        let expected = vec![
            (
                0,
                "Replaces Old".to_owned(),
                0,
                "Stated(Cpp3_57)".to_owned(),
            ),
            (
                1,
                "StandsFor Old".to_owned(),
                1,
                "Inferred(SameValue)".to_owned(),
            ),
        ];
        assert_eq!(
            new_links(&old(DEPRECATED), &new("", STATED, SAME_VALUE)),
            Ok(expected.clone())
        );
        // The set's `link_evidence` stands for a row's that gives none.
        let header = "link_evidence = { inferred = \"same-value\" }";
        assert_eq!(
            new_links(&old(DEPRECATED), &new(header, STATED, "")),
            Ok(expected)
        );
        let tables: Vec<Table> = [old(DEPRECATED), new("", STATED, SAME_VALUE)]
            .iter()
            .map(|text| toml::from_str(text).expect("a table"))
            .collect();
        let mut out = String::new();
        render_links(&mut out, &tables[1], &tables).expect("links");
        // Stated by `cpp-3.57` (the 20th source, 0x13), and inferred from the same value (0x80).
        assert!(
            out.contains(
                "            (0, crate::Relation::Replaces, crate::CodeSet::Old, 0, 0x13),\n"
            ) && out.contains(", 0x80),\n"),
            "{out}"
        );
    }

    #[test]
    fn bad_evidence_is_a_generator_error() {
        let fails = |old: &str, new: &str, what: &str| {
            let err = new_links(old, new).expect_err(what);
            assert!(err.contains(what), "{err:?} should say {what:?}");
        };
        let old_ok = old(DEPRECATED);
        // Unknown values, a stated link without a source label, neither or both.
        let unknown = "evidence = { inferred = \"similar\" }";
        fails(
            &old_ok,
            &new("", STATED, unknown),
            "unknown inference \"similar\"",
        );
        let no_label = "evidence = { stated = \"\" }";
        fails(
            &old_ok,
            &new("", no_label, SAME_VALUE),
            "which is no source label",
        );
        let page = "evidence = { stated = \"Windows\" }";
        fails(
            &old_ok,
            &new("", page, SAME_VALUE),
            "which is no source label",
        );
        fails(
            &old_ok,
            &new("", "evidence = {}", SAME_VALUE),
            "`stated` with a source label",
        );
        let both = "evidence = { stated = \"cpp-3.57\", inferred = \"same-text\" }";
        fails(&old_ok, &new("", both, SAME_VALUE), "not both");
        fails(
            &old_ok,
            &new("", "evidence = \"stated\"", SAME_VALUE),
            "invalid type",
        );
        // A link without evidence; evidence without a link; a set default that no link takes.
        fails(&old_ok, &new("", STATED, ""), "Same: a link needs evidence");
        let stray = set(
            "New",
            "",
            &format!(
                "[[code]]\nvariant = \"A\"\nvalue = 1\nidentifiers = [[\"kA\", \"cpp-3.60\"]]\n\
                 zh = [\"甲\"]\nen = [\"A\"]\n{SAME_VALUE}\n"
            ),
        );
        fails(&old_ok, &stray, "A: evidence, but no link");
        let header = "link_evidence = { inferred = \"same-value\" }";
        fails(
            &old_ok,
            &new(header, STATED, SAME_VALUE),
            "link_evidence is the evidence of no link",
        );
        // A stated link whose source does not list both codes, or that no deprecation records.
        let later = "evidence = { stated = \"cpp-3.60\" }";
        fails(
            &old_ok,
            &new("", later, SAME_VALUE),
            "does not list both codes",
        );
        fails(
            &old(""),
            &new("", STATED, SAME_VALUE),
            "records no deprecation of Gone",
        );
        // A deprecation that names the code states the link.
        let inferred = "evidence = { inferred = \"same-identifier-words\" }";
        fails(
            &old_ok,
            &new("", inferred, SAME_VALUE),
            "so the link is stated",
        );
        // The same value, and only then.
        let text = "evidence = { inferred = \"same-text\" }";
        fails(&old_ok, &new("", STATED, text), "the values are 7 and 7");
        fails(
            &old(""),
            &new("", SAME_VALUE, SAME_VALUE),
            "the values are 1 and -5",
        );
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
    fn a_variant_doc_gives_each_line_its_own_paragraph() {
        let row: Row = toml::from_str(
            r#"
            variant = "CannotFoundCanvas"
            value = -1087
            identifiers = [["kErrorCodeCannotFoundCanvas", "cpp-3.57"]]
            zh = ["找不到画布", "通常是因为画布已被移除。"]
            en = ["The specified canvas cannot be found", "This usually happens when [it] was removed."]
            "#,
        )
        .expect("a valid row");
        let mut out = String::new();
        variant_doc(&mut out, &row);
        // The English summary is a sentence of its own, with its full stop; each line a paragraph,
        // the Chinese ones in the block quote too.
        assert!(
            out.starts_with(
                "    /// The specified canvas cannot be found.\n    ///\n    \
                 /// This usually happens when \\[it\\] was removed.\n    ///\n    \
                 /// > 找不到画布\n    /// >\n    /// > 通常是因为画布已被移除。\n    ///\n"
            ),
            "{out}"
        );
    }

    /// A row of `identifiers` (TOML) with `extra` lines.
    fn row(identifiers: &str, extra: &str) -> Row {
        toml::from_str(&format!(
            "variant = \"A\"\nvalue = 1\nidentifiers = {identifiers}\nzh = [\"甲\"]\nen = [\"A\"]\n{extra}"
        ))
        .expect("a row")
    }

    fn bits(labels: &[&str]) -> u64 {
        labels
            .iter()
            .map(|l| 1u64 << source_index(l).expect("a label"))
            .fold(0, |a, b| a | b)
    }

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
        // In a row: a range that overlaps a label of the same entry; a platform named twice.
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
        let mut out = String::new();
        variant_doc(&mut out, &scoped);
        assert!(
            out.contains("**Hidden on Android, Windows, Linux**: the newest C++ header that lists it marks it `@hidden(Android,Windows,Linux)`"),
            "{out}"
        );
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
        // The docs: hidden now, or once.
        let mut out = String::new();
        variant_doc(&mut out, &hidden);
        assert!(out.contains("**Hidden**: the newest C++ header"), "{out}");
        let mut out = String::new();
        variant_doc(&mut out, &earlier);
        assert!(
            out.contains("Marked `@hidden` (for internal use) in C++ 3.45–3.54."),
            "{out}"
        );
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
        assert_eq!(describe_range("cpp-3.30", "cpp-3.38"), "C++ 3.30–3.38");
        assert_eq!(
            describe_range("electron-3.60.1", "electron-3.60.1"),
            "Electron 3.60.1"
        );
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
