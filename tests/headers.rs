//! The codes as the SDK releases themselves define them: the C++ headers and Electron type definitions
//! in `fixtures/headers/` (verbatim copies; see `fixtures/README.md`), against what the crate says of
//! each code's sources, identifiers, `@hidden` mark, deprecation and Chinese texts.
//!
//! The fixtures are found by listing that directory, so a new release is one more file there, plus the
//! `Source` variant that the tests then demand.

mod common;

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use bytertc_codes::{
    Code, CodeSet, ErrorCode, Locale, MixedStreamTaskErrorCode, Sdk, SingleStreamPushEvent, Source,
    Sources, StreamMixingErrorCode, WarningCode,
};
use bytertc_codes_codegen::{read_tables, Table};
use common::for_each_set;

// ---- The fixtures, parsed -------------------------------------------------------------------------

/// The language of a doc comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Zh,
    En,
}

/// One doc comment (`/** … */`).
#[derive(Debug)]
struct Comment {
    lang: Lang,
    /// Its lines without the comment markers (`/**`, `*/`, the leading ` * ` of each line) and
    /// without the locale marker; trimmed.
    lines: Vec<String>,
}

impl Comment {
    /// Reads a comment, `/**` to `*/` included. Its language is its locale marker's: `@locale zh` or
    /// `@locale en` on a line of its own (C++, some Electron), or `{zh}` / `{en}` right after `/**`
    /// (Electron). A comment without a marker is Chinese, as all of 3.57's are.
    fn parse(raw: &str) -> Comment {
        let body = raw
            .trim()
            .strip_prefix("/**")
            .and_then(|body| body.strip_suffix("*/"))
            .unwrap_or_else(|| panic!("not a doc comment: {raw:?}"));
        let mut lang = None;
        let mut lines = Vec::new();
        for (i, line) in body.lines().enumerate() {
            let mut line = line.trim_start().trim_start_matches('*').trim();
            if i == 0 {
                for (marker, marked) in [("{zh}", Lang::Zh), ("{en}", Lang::En)] {
                    if let Some(rest) = line.strip_prefix(marker) {
                        lang = Some(marked);
                        line = rest.trim();
                    }
                }
            }
            if let Some(locale) = line.strip_prefix("@locale") {
                lang = Some(match locale.trim() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => panic!("unknown locale {other:?} in {raw:?}"),
                });
                continue;
            }
            lines.push(line.to_owned());
        }
        Comment {
            lang: lang.unwrap_or(Lang::Zh),
            lines,
        }
    }

    /// The rest of each line that starts with the tag `@name` (a tag ends before a character that
    /// is not a letter or digit): `@hidden(Linux)` gives `(Linux)`, `@deprecated since 3.52` gives
    /// `since 3.52`.
    fn tag<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.lines.iter().filter_map(move |line| {
            let rest = line.strip_prefix('@')?.strip_prefix(name)?;
            (!rest.starts_with(|c: char| c.is_ascii_alphanumeric())).then(|| rest.trim_start())
        })
    }

    /// The `@brief` text: the rest of the `@brief` line and the lines after it up to the next line
    /// that starts with `@`, joined by `\n`.
    fn brief(&self) -> Option<String> {
        let start = self
            .lines
            .iter()
            .position(|line| line.starts_with("@brief"))?;
        let first = self.lines[start]["@brief".len()..].trim_start();
        let rest = self.lines[start + 1..]
            .iter()
            .take_while(|line| !line.starts_with('@'))
            .map(String::as_str);
        Some(
            std::iter::once(first)
                .chain(rest)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    }

    /// Whether the comment marks its enumerator `@hidden` in a header for `os`: a bare `@hidden`
    /// (with or without a reason), or `@hidden(…)` whose list names `os`, case-insensitively.
    fn hides_on(&self, os: &str) -> bool {
        self.tag("hidden").any(|rest| match rest.strip_prefix('(') {
            Some(list) => list
                .split(')')
                .next()
                .unwrap_or_default()
                .split(',')
                .any(|platform| platform.trim().eq_ignore_ascii_case(os)),
            None => true,
        })
    }

    /// The deprecation marks of the comment: each `@deprecated since X…` (with the `use kName` it
    /// names, if any), and a Chinese brief that begins `已在 X 版本中废弃` (with the
    /// `使用 Set.kName 代替` it names, if any).
    fn deprecations(&self) -> Vec<Mark> {
        let mut marks = Vec::new();
        for rest in self.tag("deprecated") {
            let rest = strip_javadoc_links(rest);
            // `since 3.52`, or in Chinese `从 353 开始`.
            let since = rest
                .strip_prefix("since")
                .or_else(|| rest.strip_prefix("从"))
                .map(leading_release)
                .filter(|release| !release.is_empty())
                .map(dotted_release)
                .unwrap_or_else(|| panic!("@deprecated without `since <release>`: {rest:?}"));
            let replacement = rest
                .split_once(" use ")
                .and_then(|(_, clause)| first_identifier(clause));
            marks.push(Mark { since, replacement });
        }
        if let Some(brief) = self.brief().filter(|_| self.lang == Lang::Zh) {
            let brief = strip_javadoc_links(&brief);
            if let Some(rest) = brief.strip_prefix("已在") {
                let since = leading_release(rest);
                let after = rest.trim_start()[since.len()..].trim_start();
                if !since.is_empty() && after.starts_with("版本中废弃") {
                    let replacement = after.split_once("使用").and_then(|(_, clause)| {
                        first_identifier(clause.split("代替").next().unwrap_or_default())
                    });
                    marks.push(Mark {
                        since: since.to_owned(),
                        replacement,
                    });
                }
            }
        }
        marks
    }
}

/// A deprecation mark of a header.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Mark {
    /// The release it names, e.g. `3.52`.
    since: String,
    /// The replacement it names: the set where it is written `Set.kName`, and `kName`.
    replacement: Option<(Option<String>, String)>,
}

/// The release at the start of `text` (digits and dots, without a sentence's final dot).
fn leading_release(text: &str) -> &str {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    text[..end].trim_end_matches('.')
}

/// A release as the SDK numbers them elsewhere: `353` (one KTV deprecation writes it so) is `3.53`.
fn dotted_release(release: &str) -> String {
    if release.len() == 3 && release.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}.{}", &release[..1], &release[1..])
    } else {
        release.to_owned()
    }
}

/// The first SDK identifier in `clause`, `kName` or `Set.kName`, as (set, name).
fn first_identifier(clause: &str) -> Option<(Option<String>, String)> {
    clause
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .map(|word| word.trim_matches('.'))
        .find_map(|word| {
            let (set, name) = match word.split_once('.') {
                Some((set, name)) => (Some(set.to_owned()), name),
                None => (None, word),
            };
            let mut chars = name.chars();
            (chars.next() == Some('k') && chars.next().is_some_and(|c| c.is_ascii_uppercase()))
                .then(|| (set, name.to_owned()))
        })
}

/// One enumerator of a header enum.
#[derive(Debug)]
struct Enumerator {
    name: String,
    value: i32,
    /// The doc comments right before it.
    comments: Vec<Comment>,
}

impl Enumerator {
    /// A range marker rather than a code: a name ending in `Max`, or a textless one ending in `Base`.
    fn is_range_marker(&self) -> bool {
        self.name.ends_with("Max")
            || (self.name.ends_with("Base") && self.comments.iter().all(|c| c.brief().is_none()))
    }

    /// The cleaned text of its Chinese comment's `@brief`, unless that is missing or cleans to nothing.
    fn chinese(&self) -> Option<String> {
        let mut briefs = self
            .comments
            .iter()
            .filter(|comment| comment.lang == Lang::Zh)
            .filter_map(Comment::brief);
        let brief = briefs.next();
        assert!(
            briefs.next().is_none(),
            "{} has two Chinese briefs",
            self.name
        );
        brief
            .map(|brief| clean(&brief))
            .filter(|text| !text.is_empty())
    }

    /// Whether any of its comments marks it `@hidden` in a header for `os`.
    fn hidden_on(&self, os: &str) -> bool {
        self.comments.iter().any(|comment| comment.hides_on(os))
    }

    /// Its deprecation marks, in any of its comments.
    fn deprecations(&self) -> BTreeSet<Mark> {
        self.comments
            .iter()
            .flat_map(Comment::deprecations)
            .collect()
    }
}

/// One release's file of `fixtures/headers/`.
#[derive(Debug)]
struct Header {
    /// The file name, for messages.
    file: String,
    source: Source,
    /// The OS of C++ headers (`windows`, `linux`), to which `@hidden(…)` lists refer.
    os: Option<String>,
    /// Every enum of the file, by name.
    enums: BTreeMap<String, Vec<Enumerator>>,
}

impl Header {
    /// Reads a fixture. Its line 2 names the release (`// Release: cpp-3.57-windows. …` or
    /// `// Release: electron-3.60.1. …`), which the file is named after; the label drops a C++
    /// release's OS (`cpp-3.57`) and must be a [`Source`]'s.
    fn parse(file: &str, text: &str) -> Header {
        let release = text
            .lines()
            .nth(1)
            .and_then(|line| line.strip_prefix("// Release: "))
            .and_then(|line| line.split_once(". "))
            .map(|(release, _)| release)
            .unwrap_or_else(|| panic!("{file}: line 2 should be `// Release: <release>. …`"));
        let (label, os, extension) = match release.strip_prefix("cpp-") {
            Some(rest) => {
                let (version, os) = rest.split_once('-').unwrap_or_else(|| {
                    panic!("{file}: a C++ release is `cpp-<version>-<os>`, not {release:?}")
                });
                (format!("cpp-{version}"), Some(os.to_owned()), ".h")
            }
            None if release.starts_with("electron-") => (release.to_owned(), None, ".d.ts"),
            None => panic!("{file}: {release:?} is a release of no known SDK"),
        };
        assert_eq!(
            file,
            format!("{release}{extension}"),
            "a fixture is named after its release"
        );
        let source: Source = label.parse().unwrap_or_else(|_| {
            panic!(
                "{file} is the release {label}, which bytertc_codes::Source does not have: \
                 add a Source variant for it (src/source.rs, and its label to the codegen's SOURCES)"
            )
        });
        assert_eq!(source.label(), label, "{file}");
        let enums = parse_enums(file, text);
        let found: BTreeSet<&str> = text
            .lines()
            .nth(2)
            .and_then(|line| line.strip_prefix("// Enums found: "))
            .unwrap_or_else(|| panic!("{file}: line 3 should be `// Enums found: …`"))
            .split(", ")
            .collect();
        assert_eq!(
            enums.keys().map(String::as_str).collect::<BTreeSet<_>>(),
            found,
            "{file}: the enums parsed are the ones line 3 lists"
        );
        Header {
            file: file.to_owned(),
            source,
            os,
            enums,
        }
    }

    /// The header's enum of the set named `set` (by any of its names), if it has one.
    fn enumerators(&self, set: &str) -> Option<&[Enumerator]> {
        let wanted = CodeSet::from_name(set).unwrap_or_else(|| panic!("{set} is no set"));
        let mut found = self
            .enums
            .iter()
            .filter(|(name, _)| CodeSet::from_name(name) == Some(wanted));
        let (_, enumerators) = found.next()?;
        assert!(
            found.next().is_none(),
            "{} has two enums of {set}",
            self.file
        );
        Some(enumerators)
    }

    /// The enumerators of the set named `set` that are codes (not range markers), in order.
    fn codes<'a>(&'a self, set: &str) -> impl Iterator<Item = &'a Enumerator> + 'a {
        self.enumerators(set)
            .unwrap_or_default()
            .iter()
            .filter(|enumerator| !enumerator.is_range_marker())
    }

    /// The enumerator of the enum `set` with `value`, if it has one.
    fn code(&self, set: &str, value: i32) -> Option<&Enumerator> {
        self.codes(set).find(|enumerator| enumerator.value == value)
    }

    /// The OS of a C++ header.
    fn os(&self) -> &str {
        self.os
            .as_deref()
            .unwrap_or_else(|| panic!("{} is no C++ header", self.file))
    }
}

/// Every enum of a fixture: each section (`// ---- Name  (from path)`) holds doc comments and the
/// enum `Name` (`enum Name {` or `export declare enum Name {`, closed by `};` or `}`); an enumerator
/// without `= value` takes the previous value plus one (the first 0), and the doc comments right
/// before it. Anything else is an error, so that a new format shows up here first.
fn parse_enums(file: &str, text: &str) -> BTreeMap<String, Vec<Enumerator>> {
    let mut enums = BTreeMap::new();
    let mut section: Option<&str> = None;
    let mut open: Option<(&str, Vec<Enumerator>)> = None;
    let mut comments = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        let at = format!("{file}:{}", index + 1);
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("// ---- ") {
            section = rest.split_whitespace().next();
        } else if trimmed.is_empty() || trimmed.starts_with("//") {
            // Blank lines and line comments (the file's first three lines among them) say nothing.
        } else if trimmed.starts_with("/*") {
            let mut raw = trimmed.to_owned();
            while !raw.ends_with("*/") {
                let (_, next) = lines
                    .next()
                    .unwrap_or_else(|| panic!("{at}: unterminated comment"));
                raw.push('\n');
                raw.push_str(next.trim_end());
            }
            comments.push(Comment::parse(&raw));
        } else if let Some(name) = enum_opening(trimmed) {
            assert!(open.is_none(), "{at}: an enum inside an enum");
            assert_eq!(Some(name), section, "{at}: the enum is its section's");
            // The comments before the enum are its own doc, not an enumerator's.
            comments.clear();
            open = Some((name, Vec::new()));
        } else if matches!(trimmed, "}" | "};") {
            let (name, enumerators) = open
                .take()
                .unwrap_or_else(|| panic!("{at}: a `}}` outside an enum"));
            assert!(
                enums.insert(name.to_owned(), enumerators).is_none(),
                "{at}: {name} is defined twice"
            );
            comments.clear();
        } else if let Some((_, enumerators)) = &mut open {
            let entry = trimmed.trim_end_matches(',');
            let (name, value) = match entry.split_once('=') {
                Some((name, value)) => {
                    let value = value.trim().parse().unwrap_or_else(|_| {
                        panic!("{at}: the value of {name} is no integer: {value:?}")
                    });
                    (name.trim(), value)
                }
                None => (
                    entry,
                    enumerators
                        .last()
                        .map_or(0, |last: &Enumerator| last.value + 1),
                ),
            };
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{at}: not an enumerator: {line:?}"
            );
            enumerators.push(Enumerator {
                name: name.to_owned(),
                value,
                comments: std::mem::take(&mut comments),
            });
        } else {
            panic!("{at}: unexpected outside an enum: {line:?}");
        }
    }
    assert!(open.is_none(), "{file}: an enum is not closed");
    enums
}

/// The name of the enum that `line` opens.
fn enum_opening(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("export declare enum ")
        .or_else(|| line.strip_prefix("enum "))?;
    Some(rest.strip_suffix('{')?.trim())
}

/// Every fixture of `fixtures/headers/`, parsed once.
fn headers() -> &'static [Header] {
    static HEADERS: OnceLock<Vec<Header>> = OnceLock::new();
    HEADERS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/headers");
        let mut headers: Vec<Header> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| {
                let path = entry
                    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                    .path();
                let text =
                    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let file = path
                    .file_name()
                    .and_then(|name| name.to_str())
                    .unwrap_or_else(|| panic!("{}: not a UTF-8 file name", path.display()));
                Header::parse(file, &text)
            })
            .collect();
        headers.sort_by_key(|header| header.source);
        headers
    })
}

/// The fixture of `source`.
/// The sources whose files `tests/fixtures/headers/` holds, in `Source::ALL` order: the headers of
/// 3.57–3.61 so far; the other sources' fixtures are still to come.
const FIXTURED: &[Source] = &[
    Source::Cpp3_57,
    Source::Cpp3_58,
    Source::Cpp3_60,
    Source::Cpp3_61,
    Source::Electron3_58_4,
    Source::Electron3_60_1,
];

fn header(source: Source) -> &'static Header {
    headers()
        .iter()
        .find(|header| header.source == source)
        .unwrap_or_else(|| panic!("tests/fixtures/headers/ has no file of the release {source}"))
}

/// The cleaned Chinese text that `source` gives the code `value` of `set`, if it has one.
fn chinese(source: Source, set: &str, value: i32) -> Option<String> {
    header(source).code(set, value)?.chinese()
}

/// A release as numbers, for comparing: `"3.58.4"` → `[3, 58, 4]`.
fn version(release: &str) -> Vec<u32> {
    release
        .split('.')
        .map(|part| {
            part.parse()
                .unwrap_or_else(|_| panic!("{release:?} is no release"))
        })
        .collect()
}

/// Sources oldest first by release (3.57 < 3.58 < 3.58.4 < 3.60 < 3.60.1 < 3.61), then in `Source`
/// order.
fn by_release(a: &Source, b: &Source) -> Ordering {
    version(a.release())
        .cmp(&version(b.release()))
        .then(a.cmp(b))
}

// ---- The cleaning rules ---------------------------------------------------------------------------

/// The crate's rules for turning a header's Chinese `@brief` text (see [`Comment::brief`]: the text up
/// to the next line starting with `@`, each comment line's leading ` * ` removed, lines joined by `\n`)
/// into `description(Locale::Zh)`:
///
/// - `{@link …}` is removed entirely (in headers it follows the name it links:
///   `onRoomStateChanged{@link #IRTCRoomEventHandler#onRoomStateChanged}` → `onRoomStateChanged`);
/// - `[Text](target)` becomes `Text`; backticks are removed;
/// - `<br>` (also `<br/>`, `<br />`) and each comment line end are line breaks;
/// - each line is trimmed, and white space right after full-width punctuation (，。；：、！？) is removed;
/// - a leading deprecation note (`已在 … 废弃，使用 … 代替。`) is removed: it is deprecation data;
/// - then the rules every source shares (`common::sentence_rules`): a line break inside a sentence is
///   no line break (`…和 <br>` / `kRoomProfileTypeMeetingRoom，…`); a sentence naming the callback
///   that delivers the code (`通过 … 回调。` or `通过 … 回调通知。`) is removed, because the enum docs list
///   callbacks per release; empty lines are dropped, and the lines are joined with `\n`, as in
///   `description()`.
fn clean(brief: &str) -> String {
    let text = strip_markdown_links(&strip_javadoc_links(brief)).replace('`', "");
    let text = ["<br />", "<br/>"]
        .iter()
        .fold(text, |text, tag| text.replace(tag, "<br>"))
        .replace("<br>", "\n");
    let mut lines: Vec<String> = text.lines().map(|line| tighten(line.trim())).collect();
    if let Some(first) = lines.iter_mut().find(|line| !line.is_empty()) {
        *first = drop_deprecation_note(first).trim().to_owned();
    }
    common::sentence_rules(lines.iter().map(String::as_str))
}

/// `{@link …}` removed (an unterminated one, a typo of some English texts, is left alone).
fn strip_javadoc_links(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{@link") {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// `[Text](target)` → `Text` (the `[` nearest before `](`).
fn strip_markdown_links(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(middle) = rest.find("](") {
        match (rest[..middle].rfind('['), rest[middle..].find(')')) {
            (Some(open), Some(close)) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..middle]);
                rest = &rest[middle + close + 1..];
            }
            _ => {
                out.push_str(&rest[..middle + 2]);
                rest = &rest[middle + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// White space right after full-width punctuation removed.
fn tighten(line: &str) -> String {
    let mut out = String::new();
    let mut after_punctuation = false;
    for c in line.chars() {
        if after_punctuation && c.is_whitespace() {
            continue;
        }
        after_punctuation = "，。；：、！？".contains(c);
        out.push(c);
    }
    out
}

/// A leading `已在 … 废弃，使用 … 代替。` removed (without a `代替。`, up to the `。` after `废弃`).
fn drop_deprecation_note(line: &str) -> &str {
    let Some(deprecated) = line
        .starts_with("已在")
        .then(|| line.find("废弃"))
        .flatten()
    else {
        return line;
    };
    let note = &line[deprecated..];
    let end = note
        .find("代替。")
        .map(|end| end + "代替。".len())
        .or_else(|| note.find('。').map(|end| end + '。'.len_utf8()))
        .unwrap_or(note.len());
    &note[end..]
}

// ---- The crate's tables and the pages' deprecations -------------------------------------------------

/// The crate's tables (`src/codes/*.toml`), by enum name.
fn tables() -> &'static BTreeMap<String, Table> {
    static TABLES: OnceLock<BTreeMap<String, Table>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (_, tables) = read_tables(root).unwrap_or_else(|e| panic!("{e}"));
        tables
            .into_iter()
            .map(|table| (table.name.clone(), table))
            .collect()
    })
}

/// The table of the set `C`.
fn table<C: Code>() -> &'static Table {
    tables()
        .get(C::SET)
        .unwrap_or_else(|| panic!("src/codes/ has no table of {}", C::SET))
}

/// The pages' deprecation marks by set and value: the `deprecated_since` column of
/// `fixtures/platform-codes.tsv` (the fixture `tests/platforms.rs` reads), non-empty cells only.
fn page_deprecations() -> BTreeMap<(String, i32), BTreeSet<String>> {
    let mut lines = include_str!("fixtures/platform-codes.tsv").lines();
    let columns: Vec<&str> = lines
        .next()
        .expect("platform-codes.tsv has a header line")
        .split('\t')
        .collect();
    let column = |name: &str| {
        columns
            .iter()
            .position(|column| *column == name)
            .unwrap_or_else(|| panic!("platform-codes.tsv has no column {name}"))
    };
    let (set, value, since) = (column("set"), column("value"), column("deprecated_since"));
    let mut marks: BTreeMap<(String, i32), BTreeSet<String>> = BTreeMap::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), columns.len(), "bad fixture line {line:?}");
        if cells[since].is_empty() {
            continue;
        }
        let value = cells[value]
            .parse()
            .unwrap_or_else(|_| panic!("bad value in {line:?}"));
        marks
            .entry((cells[set].to_owned(), value))
            .or_default()
            .insert(cells[since].to_owned());
    }
    marks
}

// ---- The parser and the cleaning rules --------------------------------------------------------------

#[test]
fn the_parser_reads_values_comments_and_locales() {
    let cpp = "// ---- Demo  (from demo.h)
/**
 * @brief The enum's own doc, not an enumerator's.
 */
enum Demo {
    /**
     * @locale zh
     * @hidden(Android,Linux)
     * @deprecated since 3.52, use kDemoSecond（-1080）instead
     * @brief 第一。
     *        第二行。
     * @note 注意。
     */
    /**
     * @locale en
     * @brief First.
     */
    kDemoFirst,
    kDemoSecond,
    /** @hidden for internal use only */
    kDemoThird = -5,
    // A line comment.
    kDemoFourth
};
";
    let enums = parse_enums("demo.h", cpp);
    let demo = &enums["Demo"];
    let values: Vec<(&str, i32)> = demo.iter().map(|e| (e.name.as_str(), e.value)).collect();
    assert_eq!(
        values,
        [
            ("kDemoFirst", 0),
            ("kDemoSecond", 1),
            ("kDemoThird", -5),
            ("kDemoFourth", -4)
        ]
    );
    let first = &demo[0];
    assert_eq!(first.comments.len(), 2);
    assert_eq!(
        first.comments.iter().map(|c| c.lang).collect::<Vec<_>>(),
        [Lang::Zh, Lang::En]
    );
    assert_eq!(first.chinese().as_deref(), Some("第一。\n第二行。"));
    assert!(first.hidden_on("linux") && !first.hidden_on("windows"));
    assert_eq!(
        first.deprecations().into_iter().collect::<Vec<_>>(),
        [Mark {
            since: "3.52".into(),
            replacement: Some((None, "kDemoSecond".into())),
        }]
    );
    assert!(demo[1].comments.is_empty() && demo[1].chinese().is_none());
    assert!(demo[2].hidden_on("windows") && demo[2].chinese().is_none());

    let electron = "// ---- Demo  (from js/types/index.d.ts)
export declare enum Demo {
    /** {en}
     * @brief Deprecated.
     */
    /** {zh}
     ** @brief 已在 3.33 版本中废弃，使用 MediaDeviceError{@link #MediaDeviceError}.kMediaDeviceErrorDeviceNotFound 代替。<br>
     *        无可用设备。
     */
    kDemoFirst = 2
}
";
    let enums = parse_enums("demo.d.ts", electron);
    let first = &enums["Demo"][0];
    assert_eq!(first.value, 2);
    assert_eq!(first.chinese().as_deref(), Some("无可用设备。"));
    assert_eq!(
        first.deprecations().into_iter().collect::<Vec<_>>(),
        [Mark {
            since: "3.33".into(),
            replacement: Some((
                Some("MediaDeviceError".into()),
                "kMediaDeviceErrorDeviceNotFound".into()
            )),
        }]
    );
    // 3.57's comments carry no locale marker and are Chinese.
    assert_eq!(Comment::parse("/**\n * @brief 中文\n */").lang, Lang::Zh);
    // One KTV code writes its release without a dot, in Chinese or English.
    for comment in [
        "/**\n * @deprecated 从 353 开始。\n */",
        "/**\n * @locale en\n * @deprecated since 353.\n */",
    ] {
        let marks = Comment::parse(comment).deprecations();
        assert_eq!(marks.len(), 1, "{comment}");
        assert_eq!(marks[0].since, "3.53", "{comment}");
    }
}

#[test]
fn the_cleaning_rules_behave_as_documented() {
    let brief = |raw: &str| Comment::parse(raw).brief();
    // The @brief text up to the next line starting with `@`, without the leading ` * `.
    assert_eq!(
        brief("/**\n * @hidden\n * @brief 第一行。\n *        第二行。\n * @note 注意。\n */")
            .as_deref(),
        Some("第一行。\n第二行。")
    );
    assert_eq!(brief("/** @hidden for internal use only */"), None);
    // {@link …} goes entirely, a Markdown link keeps its text, backticks go.
    assert_eq!(
        clean("调用 joinRoom{@link #IRTCRoom#joinRoom} 后调用 [updateToken](85532#updatetoken) 或 `setUserVisibility`"),
        "调用 joinRoom 后调用 updateToken 或 setUserVisibility"
    );
    // <br> and line ends break lines; each line is trimmed; empty lines are dropped.
    assert_eq!(
        clean("甲  <br>\n   乙 <br/>\n\n丙<br />丁"),
        "甲\n乙\n丙\n丁"
    );
    // White space right after full-width punctuation goes, and only there.
    assert_eq!(
        clean("错误码。  SDK 内部， 甲； 乙： 丙、 丁！ 戊？ 己 ，庚"),
        "错误码。SDK 内部，甲；乙：丙、丁！戊？己 ，庚"
    );
    // The sentence naming the callback goes; other sentences with 通过 stay.
    assert_eq!(
        clean("Token 无效。通过 onRoomStateChanged{@link #IRTCRoomEventHandler#onRoomStateChanged} 回调。 <br>\n  需要重新获取 Token。"),
        "Token 无效。\n需要重新获取 Token。"
    );
    assert_eq!(
        clean("没有权限。通过 onVideoPublishStateChanged、onAudioPublishStateChanged 和/或 onScreenAudioPublishStateChanged 回调通知。"),
        "没有权限。"
    );
    assert_eq!(
        clean("会通过 onError 回调通知用户。并通过广播提示所有用户。"),
        "会通过 onError 回调通知用户。并通过广播提示所有用户。"
    );
    assert_eq!(
        clean("音视频同步失败。通过 onStreamStateChanged 回调。"),
        "音视频同步失败。"
    );
    // The whole sentence goes, also where a clause comes before 通过.
    assert_eq!(
        clean(
            "发送失败。<br>\n由 `sendServerMessage` 触发，通过 `onServerMessageSendResult` 回调。"
        ),
        "发送失败。"
    );
    // A line break inside a sentence is none: after a comma, or (but after the first line) at an
    // identifier where the line before has no punctuation; a space goes between CJK and ASCII.
    assert_eq!(
        clean("出现回声。 <br>\n  当 `kA` 和 <br>\n`kB`，且关闭时，将通过 <br>\n`onWarning` 返回本值。"),
        "出现回声。\n当 kA 和 kB，且关闭时，将通过 onWarning 返回本值。"
    );
    assert_eq!(clean("甲。<br>乙之后，<br>丙。"), "甲。\n乙之后，丙。");
    assert_eq!(
        clean("啸叫。\n仅 `kA`、`kB`\n三种模式支持。"),
        "啸叫。\n仅 kA、kB 三种模式支持。"
    );
    // Line breaks that stay: after a summary without a full stop, between sentences, before a
    // list item, and between lines of Chinese words.
    assert_eq!(
        clean("设备运行时错误<br>\nonError 例如。<br>甲 kA\n+ 乙\n注意\nSDK 重试。"),
        "设备运行时错误\nonError 例如。\n甲 kA\n+ 乙\n注意\nSDK 重试。"
    );
    // A leading deprecation note goes; the same words later stay.
    assert_eq!(
        clean("已在 3.33 版本中废弃，使用 MediaDeviceError{@link #MediaDeviceError}.kMediaDeviceErrorDeviceNoPermission 代替。<br>\n麦克风权限异常。"),
        "麦克风权限异常。"
    );
    assert_eq!(
        clean("已在 3.33 版本中废弃，使用 use MediaDeviceError.kX 代替。 音频设备启动失败。"),
        "音频设备启动失败。"
    );
    assert_eq!(
        clean("甲<br>已在 3.33 版本中废弃。"),
        "甲\n已在 3.33 版本中废弃。"
    );
}

// ---- The fixtures themselves ------------------------------------------------------------------------

#[test]
fn every_source_has_one_fixture_with_the_five_sets() {
    let sources: Vec<Source> = headers().iter().map(|header| header.source).collect();
    assert_eq!(
        sources, FIXTURED,
        "tests/fixtures/headers/ holds one file per fixtured Source"
    );
    for header in headers() {
        assert_eq!(
            header.os.is_some(),
            header.source.sdk() == Sdk::Cpp,
            "{}",
            header.file
        );
        // The five sets of the reference page are in every release; the others come and go.
        for set in &common::SETS[..5] {
            assert!(
                header.enumerators(set).is_some_and(|e| !e.is_empty()),
                "{} has no enum {set}",
                header.file
            );
        }
    }
    // Every set but the Android-only `TranscodingError` is in some header.
    let in_no_header: Vec<&str> = common::SETS
        .iter()
        .copied()
        .filter(|set| headers().iter().all(|h| h.enumerators(set).is_none()))
        .collect();
    assert_eq!(in_no_header, ["TranscodingError"]);
}

#[test]
fn the_only_range_markers_are_the_stream_sets_max_and_base() {
    let markers: Vec<String> = headers()
        .iter()
        .flat_map(|header| {
            common::SETS.iter().flat_map(move |&set| {
                header
                    .enumerators(set)
                    .unwrap_or_default()
                    .iter()
                    .filter(|e| e.is_range_marker())
                    .map(move |e| format!("{} {set} {} = {}", header.source, e.name, e.value))
            })
        })
        .collect();
    // `…Max` ends the stream-mixing ranges; a textless `…Base` starts the single-stream ones. None is a
    // code (no page lists one), so the crate has no variant of them; Electron 3.60.1's textless
    // `kSingleStreamTaskErrorCodeBase` is C++'s hidden code 1090, which the crate has from C++.
    assert_eq!(
        markers,
        [
            "cpp-3.57 StreamMixingErrorCode kStreamMixingErrorCodeMax = 1199",
            "cpp-3.57 SingleStreamPushEvent kSingleStreamPushEventBase = 0",
            "cpp-3.58 StreamMixingErrorCode kStreamMixingErrorCodeMax = 1199",
            "cpp-3.58 SingleStreamPushEvent kSingleStreamPushEventBase = 0",
            "cpp-3.60 MixedStreamTaskErrorCode kMixedStreamTaskErrorCodeMax = 1199",
            "cpp-3.61 MixedStreamTaskErrorCode kMixedStreamTaskErrorCodeMax = 1199",
            "electron-3.58.4 StreamMixingErrorCode kStreamMixingErrorCodeMax = 1199",
            "electron-3.60.1 MixedStreamTaskErrorCode kMixedStreamTaskErrorCodeMax = 1199",
            "electron-3.60.1 SingleStreamTaskErrorCode kSingleStreamTaskErrorCodeBase = 1090",
        ],
        "range markers the tests skip"
    );
    assert_eq!(StreamMixingErrorCode::from_code(1199), None);
    assert_eq!(SingleStreamPushEvent::from_code(0), None);
    assert_eq!(MixedStreamTaskErrorCode::from_code(1199), None);
}

// ---- Header → crate, crate → header -----------------------------------------------------------------

/// Calls `check` with each enumerator of set `C` in every fixture, its header, the crate's code of
/// that value (panicking where there is none) and a label for messages.
fn for_each_enumerator<C: Code>(mut check: impl FnMut(&Header, &Enumerator, C, &str)) {
    for header in headers() {
        for enumerator in header.codes(C::SET) {
            let at = format!(
                "{} {} {} ({})",
                header.source,
                C::SET,
                enumerator.value,
                enumerator.name
            );
            let code = C::from_code(enumerator.value)
                .unwrap_or_else(|| panic!("{at}: the crate has no such code"));
            check(header, enumerator, code, &at);
        }
    }
}

#[test]
fn every_header_enumerator_is_a_code_of_that_name() {
    fn check<C: Code>() {
        for_each_enumerator::<C>(|header, enumerator, code, at| {
            // A value with two enumerators (`RtsErrorCode` -1013) is known by the first.
            let first = header
                .code(C::SET, enumerator.value)
                .expect("the enumerator itself");
            assert_eq!(
                code.identifier_in(header.source),
                Some(first.name.as_str()),
                "{at}: identifier_in"
            );
            assert_eq!(
                C::from_name(&enumerator.name),
                Some(code),
                "{at}: from_name"
            );
            assert_eq!(
                enumerator.name.parse::<C>().ok(),
                Some(code),
                "{at}: FromStr"
            );
        });
    }
    for_each_set!(check);
}

#[test]
fn every_code_has_the_headers_identifiers_and_sources() {
    fn check<C: Code>() {
        for &code in C::ALL {
            let mut listed = Sources::EMPTY;
            for &source in FIXTURED {
                let identifier = header(source)
                    .code(C::SET, code.code())
                    .map(|enumerator| enumerator.name.as_str());
                assert_eq!(
                    code.identifier_in(source),
                    identifier,
                    "{} {} in {source}",
                    C::SET,
                    code.code()
                );
                if identifier.is_some() {
                    listed = listed.with(source);
                }
            }
            assert_eq!(
                code.sources(),
                listed,
                "{} {}: sources",
                C::SET,
                code.code()
            );
        }
    }
    for_each_set!(check);
}

#[test]
fn hidden_is_the_newest_cpp_headers_mark() {
    fn check<C: Code>() {
        for &code in C::ALL {
            let newest = FIXTURED
                .iter()
                .filter(|source| source.sdk() == Sdk::Cpp)
                .filter(|&&source| header(source).code(C::SET, code.code()).is_some())
                .max_by(|a, b| by_release(a, b));
            let expected = newest.is_some_and(|&source| {
                let header = header(source);
                header
                    .code(C::SET, code.code())
                    .is_some_and(|enumerator| enumerator.hidden_on(header.os()))
            });
            let why = newest.map_or_else(
                || "no C++ header lists it".to_owned(),
                |source| format!("the newest C++ header that lists it is {source}"),
            );
            assert_eq!(
                code.is_hidden(),
                expected,
                "{} {} ({}): {why}",
                C::SET,
                code.code(),
                code.name()
            );
        }
    }
    for_each_set!(check);
}

// ---- Deprecations -----------------------------------------------------------------------------------

/// The enum that defines `identifier` in some header, other than `set`: where a deprecation names a
/// replacement without its set (`use kAVSyncEventInvalidUidRepeated carried by onAVSyncEvent`), the
/// headers tell whose it is (`AVSyncEvent`'s, in C++ 3.60 and 3.61).
fn set_defining(identifier: &str, set: &str) -> String {
    let sets: BTreeSet<&str> = headers()
        .iter()
        .flat_map(|header| &header.enums)
        .filter(|(name, enumerators)| {
            CodeSet::from_name(name) != CodeSet::from_name(set)
                && enumerators.iter().any(|e| e.name == identifier)
        })
        .map(|(name, _)| name.as_str())
        .collect();
    let mut sets = sets.into_iter();
    match (sets.next(), sets.next()) {
        (Some(only), None) => only.to_owned(),
        (None, _) => panic!("no header enum defines {identifier}"),
        (Some(one), Some(other)) => panic!("both {one} and {other} define {identifier}"),
    }
}

#[test]
fn every_header_deprecation_is_in_the_crate() {
    fn check<C: Code>() {
        for_each_enumerator::<C>(|_, enumerator, code, at| {
            for mark in enumerator.deprecations() {
                let deprecation = code.deprecation().unwrap_or_else(|| {
                    panic!("{at}: deprecated since {}, not in the crate", mark.since)
                });
                assert!(
                    version(deprecation.since()) <= version(&mark.since),
                    "{at}: deprecated since {}, the crate says since {}",
                    mark.since,
                    deprecation.since()
                );
                let Some((set, name)) = &mark.replacement else {
                    return;
                };
                let same_set = C::from_name(name).filter(|_| {
                    set.as_deref()
                        .is_none_or(|set| CodeSet::from_name(set) == CodeSet::from_name(C::SET))
                });
                if let Some(replacement) = same_set {
                    assert_eq!(
                        deprecation.replaced_by(),
                        Some(replacement),
                        "{at}: replaced by {name}"
                    );
                } else {
                    let set = set.clone().unwrap_or_else(|| set_defining(name, C::SET));
                    assert_eq!(
                        (
                            deprecation.replacement_set(),
                            deprecation.replacement_name()
                        ),
                        (Some(set.as_str()), Some(name.as_str())),
                        "{at}: replaced by {set}.{name}"
                    );
                    assert_eq!(deprecation.replaced_by(), None, "{at}");
                }
            }
        });
    }
    for_each_set!(check);
}

#[test]
fn every_crate_deprecation_is_the_earliest_mark() {
    fn check<C: Code>() {
        let pages = page_deprecations();
        for &code in C::ALL {
            let in_headers = FIXTURED
                .iter()
                .filter_map(|&source| header(source).code(C::SET, code.code()))
                .flat_map(Enumerator::deprecations)
                .map(|mark| mark.since);
            let on_pages = pages
                .get(&(C::SET.to_owned(), code.code()))
                .into_iter()
                .flatten()
                .cloned();
            let marks: BTreeSet<String> = in_headers.chain(on_pages).collect();
            let earliest = marks.iter().min_by_key(|release| version(release));
            assert_eq!(
                code.deprecation().map(|d| d.since()),
                earliest.map(String::as_str),
                "{} {} ({}): the headers' and pages' marks are {marks:?}",
                C::SET,
                code.code(),
                code.name()
            );
        }
    }
    for_each_set!(check);
}

// ---- Chinese texts ----------------------------------------------------------------------------------

#[test]
fn chinese_texts_come_from_the_source_the_table_names() {
    fn check<C: Code>() {
        for row in &table::<C>().codes {
            let at = format!("{} {} ({})", C::SET, row.value, row.variant);
            let code = C::from_code(row.value)
                .unwrap_or_else(|| panic!("{at}: in the table, not in the crate"));
            let texts: Vec<(Source, String)> = FIXTURED
                .iter()
                .filter_map(|&source| Some((source, chinese(source, C::SET, row.value)?)))
                .collect();
            match row.zh_from.as_deref() {
                Some("crate") => assert!(
                    texts.is_empty(),
                    "{at}: zh_from = \"crate\", but sources have Chinese texts: {texts:#?}"
                ),
                Some(label) => {
                    let source: Source = label
                        .parse()
                        .unwrap_or_else(|_| panic!("{at}: zh_from {label:?} is no source"));
                    let text = chinese(source, C::SET, row.value).unwrap_or_else(|| {
                        panic!("{at}: zh_from = {label:?}, which has no Chinese text for it")
                    });
                    assert!(
                        common::is_source_text(code.description(Locale::Zh), &text),
                        "{at}: {:?} is not the text of {label}, {text:?}",
                        code.description(Locale::Zh)
                    );
                }
                None => {}
            }
            if code.platforms().is_empty() {
                let newest = texts
                    .iter()
                    .map(|(source, _)| *source)
                    .max_by(by_release)
                    .map_or("crate", Source::label);
                assert_eq!(
                    row.zh_from.as_deref(),
                    Some(newest),
                    "{at}: only headers list it, so its text is the newest source's that has one"
                );
            } else {
                assert_eq!(
                    row.zh_from, None,
                    "{at}: a page lists it, so its text is the page's"
                );
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn other_meanings_are_their_sources_texts() {
    fn check<C: Code>() {
        for &code in C::ALL {
            for meaning in code.other_meanings() {
                let source = meaning.source();
                let at = format!("{} {} ({}) in {source}", C::SET, code.code(), code.name());
                // Where the source has two enumerators of the value (`RtsErrorCode` -1013), either one's.
                let texts: Vec<String> = header(source)
                    .codes(C::SET)
                    .filter(|e| e.value == code.code())
                    .filter_map(Enumerator::chinese)
                    .collect();
                assert!(
                    texts
                        .iter()
                        .any(|text| common::is_source_text(meaning.description(Locale::Zh), text)),
                    "{at}: {:?} is none of the source's texts {texts:?}",
                    meaning.description(Locale::Zh)
                );
                assert_ne!(
                    meaning.description(Locale::Zh),
                    code.description(Locale::Zh),
                    "{at}: the same as the description"
                );
            }
        }
    }
    for_each_set!(check);
}

// ---- Facts the issue pins ---------------------------------------------------------------------------

#[test]
fn pinned_facts_from_the_issue() {
    let error = |value: i32| {
        ErrorCode::from_code(value).unwrap_or_else(|| panic!("ErrorCode {value} is missing"))
    };
    let warning = |value: i32| {
        WarningCode::from_code(value).unwrap_or_else(|| panic!("WarningCode {value} is missing"))
    };
    for (value, name) in [
        (-1085, "kErrorCodeMultiRoomUnpublishFailed"),
        (-1086, "kErrorCodeWrongAreaCode"),
        (-1087, "kErrorCodeCannotFoundCanvas"),
        (-1111, "kErrorCodeInternalDeadLockNotify"),
    ] {
        let code = error(value);
        assert_eq!(code.identifier_in(Source::Cpp3_57), Some(name), "{value}");
        assert_eq!(name.parse::<ErrorCode>(), Ok(code), "{name}");
    }
    assert_eq!(
        error(-1087).sources(),
        Sources::EMPTY.with(Source::Cpp3_57),
        "-1087 is only in cpp-3.57"
    );
    for (value, name) in [
        (-2005, "kWarningCodeInvokeError"),
        (-2007, "kWarningCodeInvalidExpectMediaServerAddress"),
    ] {
        let code = warning(value);
        assert_eq!(code.identifier_in(Source::Cpp3_61), Some(name), "{value}");
        assert_eq!(name.parse::<WarningCode>(), Ok(code), "{name}");
    }

    assert_eq!(
        "kErrorCodeJoinRoomServerLicenseExpired".parse::<ErrorCode>(),
        Ok(error(-1017))
    );
    for value in -1024..=-1018 {
        let name = &header(Source::Cpp3_60)
            .code("ErrorCode", value)
            .unwrap_or_else(|| panic!("cpp-3.60 has ErrorCode {value}"))
            .name;
        assert_eq!(name.parse::<ErrorCode>(), Ok(error(value)), "{name}");
    }

    for name in [
        "kWarningCodePublishStreamForbidden",
        "kWarningCodePublishStreamForbiden",
    ] {
        assert_eq!(name.parse::<WarningCode>(), Ok(warning(-2009)), "{name}");
    }
    assert_eq!(
        "kWarningCodeSubscribeStreamForbidden".parse::<WarningCode>(),
        Ok(warning(-2010))
    );

    let room_id_illegal = error(-1007);
    assert!(!room_id_illegal.sources().contains(Source::Cpp3_61));
    assert_eq!(
        room_id_illegal.identifier_in(Source::Electron3_60_1),
        Some("kRoomErrorCodeRoomIdIllegal")
    );

    let deprecation = error(-1083).deprecation().expect("-1083 is deprecated");
    assert_eq!(deprecation.since(), "3.60");
    assert_eq!(deprecation.replaced_by(), None);
    assert_eq!(deprecation.replacement_set(), Some("AVSyncEvent"));
    assert_eq!(
        deprecation.replacement_name(),
        Some("kAVSyncEventInvalidUidRepeated")
    );
}
