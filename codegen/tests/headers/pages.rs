//! The reference pages of `fixtures/releases/`: the Android pages (`android-<release>.md`) and the
//! Electron pages (`electron-<release>.md`) of the releases before 3.58, read into the same enums and
//! enumerators as the headers, so that `tests/headers.rs` checks every source alike.
//!
//! A page has no doc comments: an enumerator of a page carries an [`Entry`] (its text as on the page
//! and its deprecation marks) instead. A page hides nothing: a code it does not list is simply not
//! there.

use super::{Enumerator, Mark};

/// What a page says of one constant.
#[derive(Debug)]
pub(super) struct Entry {
    /// Its Chinese text as on the page, markup included, without the deprecation note.
    pub(super) text: String,
    /// Its deprecation marks: a note `> Deprecated since X…` by its text (with the replacement it
    /// names, if any), and a `[deprecated]` before its name in its class's list of members (which
    /// names no release).
    pub(super) deprecations: Vec<Mark>,
}

/// A page's enums and classes of constants.
pub(super) struct Parsed {
    /// Each enum or class, in the page's order, with its constants.
    pub(super) enums: Vec<(String, Vec<Enumerator>)>,
    /// The constants that a class's list of members names but whose definition (value and text) the
    /// page lacks, as (class, name): `android-3.54` lists `ErrorCode.ERROR_CODE_EXCEEDS_THE_UPPER_LIMIT`
    /// so. The constant is in that release's class; its value is the one the family's other pages
    /// give it (`headers()` in `tests/headers.rs` looks it up).
    pub(super) unvalued: Vec<(String, String)>,
}

/// Reads a page of `fixtures/releases/`, by the kind its file name says.
pub(super) fn parse(file: &str, text: &str) -> Parsed {
    if file.starts_with("android-") {
        android(file, text)
    } else if file.starts_with("electron-") {
        electron(file, text)
    } else {
        panic!("{file}: a page of no known SDK")
    }
}

/// An unvalued constant (see [`Parsed::unvalued`]) with the value found for it: no text, no marks.
pub(super) fn unvalued(name: &str, value: i32) -> Enumerator {
    Enumerator {
        name: name.to_owned(),
        value,
        comments: Vec::new(),
        page: Some(Entry {
            text: String::new(),
            deprecations: Vec::new(),
        }),
    }
}

/// A page's constant.
fn constant(name: &str, value: i32, text: String, deprecations: Vec<Mark>) -> Enumerator {
    Enumerator {
        name: name.to_owned(),
        value,
        comments: Vec::new(),
        page: Some(Entry { text, deprecations }),
    }
}

/// Whether `name` is written like a Java constant or enum value: letters, digits and `_`.
fn is_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The Android page: each `# Name` starts an enum or a class.
///
/// - An enum (`## 枚举值`) lists its values in a table, a row each: `| **NAME(value)** | text |`
///   (some write `NAME (value)`).
/// - A class lists its members (`## 成员变量`), a row each: `| **int** | [NAME](#anchor) |`, with
///   `[deprecated] ` before a deprecated one's name; then defines each (`## 变量说明`): `### NAME`,
///   a code block with `public static final int com.….Class.NAME = value;`, and its text up to the
///   next anchor (`<span id=…>`) or heading. A line of the text that starts `> Deprecated since` is
///   its deprecation note.
/// - Member functions (`## 成员函数`, `## 函数说明`) say nothing of codes.
///
/// Anything else in those tables is an error, and so is a member listed twice or defined but not
/// listed, so that a new format shows up here first.
fn android(file: &str, text: &str) -> Parsed {
    let mut enums: Vec<(String, Vec<Enumerator>)> = Vec::new();
    let mut unvalued = Vec::new();
    // The current class's listed members (name, listed deprecated), until its definitions are read.
    let mut members: Vec<(String, bool)> = Vec::new();
    let mut part = "";
    let lines: Vec<&str> = text.lines().collect();
    let mut index = 0;
    let finish_class = |enums: &mut Vec<(String, Vec<Enumerator>)>,
                        members: &mut Vec<(String, bool)>,
                        unvalued: &mut Vec<(String, String)>| {
        let Some((class, constants)) = enums.last_mut() else {
            assert!(members.is_empty());
            return;
        };
        for (name, deprecated) in members.drain(..) {
            match constants.iter_mut().find(|c| c.name == name) {
                Some(constant) => {
                    if deprecated {
                        let entry = constant.page.as_mut().expect("a page's constant");
                        entry.deprecations.push(Mark {
                            since: None,
                            replacement: None,
                        });
                    }
                }
                None => unvalued.push((class.clone(), name)),
            }
        }
    };
    while index < lines.len() {
        let line = lines[index];
        let at = format!("{file}:{}", index + 1);
        index += 1;
        if let Some(name) = line.strip_prefix("# ") {
            finish_class(&mut enums, &mut members, &mut unvalued);
            assert!(is_name(name), "{at}: not an enum or class: {line:?}");
            assert!(
                enums.iter().all(|(n, _)| n != name),
                "{at}: {name} is defined twice"
            );
            enums.push((name.to_owned(), Vec::new()));
            part = "";
        } else if let Some(heading) = line.strip_prefix("## ") {
            part = match heading {
                "枚举值" | "成员变量" | "变量说明" | "成员函数" | "函数说明" => {
                    heading
                }
                _ => panic!("{at}: unknown part {heading:?}"),
            };
        } else if line.starts_with('|')
            && !matches!(
                line,
                "| 类型 | 说明 |" | "| 类型 | 名称 |" | "| 返回 | 名称 |" | "| --- | --- |"
            )
        {
            let (_, constants) = enums
                .last_mut()
                .unwrap_or_else(|| panic!("{at}: a table before any enum"));
            match part {
                "枚举值" => {
                    let (name, value, text) = enum_row(line)
                        .unwrap_or_else(|| panic!("{at}: not an enum value: {line:?}"));
                    let (text, deprecations) = split_note(&text);
                    constants.push(constant(name, value, text, deprecations));
                }
                "成员变量" => {
                    let link = line
                        .strip_prefix("| **int** | [")
                        .and_then(|rest| rest.split_once("](#"))
                        .map(|(name, _)| name)
                        .unwrap_or_else(|| panic!("{at}: not a member: {line:?}"));
                    let (name, deprecated) = match link.strip_prefix("[deprecated] ") {
                        Some(name) => (name, true),
                        None => (link, false),
                    };
                    assert!(is_name(name), "{at}: not a member: {line:?}");
                    assert!(
                        members.iter().all(|(n, _)| n != name),
                        "{at}: {name} is listed twice"
                    );
                    members.push((name.to_owned(), deprecated));
                }
                "成员函数" => {}
                _ => panic!("{at}: a table row in part {part:?}: {line:?}"),
            }
        } else if let Some(name) = line.strip_prefix("### ").filter(|_| part == "变量说明") {
            let (class, constants) = enums.last_mut().expect("a definition inside a class");
            assert_eq!(
                lines.get(index),
                Some(&"```java"),
                "{at}: {name}'s code block"
            );
            let declaration = lines.get(index + 1).copied().unwrap_or_default();
            assert_eq!(
                lines.get(index + 2),
                Some(&"```"),
                "{at}: {name}'s code block"
            );
            index += 3;
            let value = declaration
                .strip_prefix("public static final int ")
                .and_then(|rest| rest.strip_suffix(';'))
                .and_then(|rest| rest.split_once('='))
                .filter(|(path, _)| path.trim_end().ends_with(&format!(".{class}.{name}")))
                .and_then(|(_, value)| value.trim().parse().ok())
                .unwrap_or_else(|| {
                    panic!("{at}: not the declaration of {class}.{name}: {declaration:?}")
                });
            let start = index;
            while index < lines.len()
                && !lines[index].starts_with("<span id=")
                && !lines[index].starts_with('#')
            {
                index += 1;
            }
            let (text, deprecations) = split_note(&lines[start..index].join("\n"));
            assert!(
                members.iter().any(|(n, _)| n == name),
                "{at}: {class}.{name} is defined but not listed"
            );
            assert!(
                constants.iter().all(|c| c.name != name),
                "{at}: {name} is defined twice"
            );
            constants.push(constant(name, value, text, deprecations));
        }
    }
    finish_class(&mut enums, &mut members, &mut unvalued);
    Parsed { enums, unvalued }
}

/// An Android enum table's row `| **NAME(value)** | text |` (or `NAME (value)`).
fn enum_row(line: &str) -> Option<(&str, i32, String)> {
    let rest = line.strip_prefix("| **")?.strip_suffix(" |")?;
    let (head, text) = rest.split_once("** | ")?;
    let (name, value) = head.strip_suffix(')')?.split_once('(')?;
    let name = name.trim_end();
    is_name(name).then_some(())?;
    Some((name, value.parse().ok()?, text.to_owned()))
}

/// A page's text without its deprecation notes (`> Deprecated since 3.52, use NAME(-1080) instead`,
/// a line of its own before or after the text), and the marks they make. Text after a note on the
/// same line (`…deleted in 3.51.**注意:**`) stays, as a line of its own.
fn split_note(text: &str) -> (String, Vec<Mark>) {
    let mut kept = Vec::new();
    let mut marks = Vec::new();
    for line in text.lines() {
        let Some(note) = line.trim_start().strip_prefix("> Deprecated since ") else {
            kept.push(line.to_owned());
            continue;
        };
        let release_end = note
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(note.len());
        let since = note[..release_end].trim_end_matches('.');
        assert!(
            !since.is_empty(),
            "a deprecation note without a release: {line:?}"
        );
        // The note ends with `instead` (and a full stop) where it names a replacement, else at its
        // first sentence's full stop.
        let end = match note.find(" instead") {
            Some(at) => {
                let end = at + " instead".len();
                end + usize::from(note[end..].starts_with('.'))
            }
            None => note
                .char_indices()
                .skip_while(|&(at, _)| at < release_end)
                .find(|&(at, c)| {
                    c == '.' && !note[at + 1..].starts_with(|next: char| next.is_ascii_digit())
                })
                .map_or(note.len(), |(at, _)| at + 1),
        };
        let replacement = note[..end]
            .split_once(" use ")
            .and_then(|(_, clause)| page_identifier(clause));
        marks.push(Mark {
            since: Some(since.to_owned()),
            replacement,
        });
        let rest = note[end..].trim();
        if !rest.is_empty() {
            kept.push(rest.to_owned());
        }
    }
    (kept.join("\n").trim().to_owned(), marks)
}

/// The replacement a page's note names: `NAME(-1080)` or `[Set.NAME](link)` as (set, name); `None`
/// where it names a set only (`[MediaDeviceWarning](link)`).
fn page_identifier(clause: &str) -> Option<(Option<String>, String)> {
    let clause = clause.trim_start().trim_start_matches('[');
    let word: String = clause
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .collect();
    let (set, name) = match word.split_once('.') {
        Some((set, name)) => (Some(set.to_owned()), name),
        None => (None, word.as_str()),
    };
    let constant = name.contains('_') && !name.chars().any(|c| c.is_ascii_lowercase());
    constant.then(|| (set, name.to_owned()))
}

/// The Electron page: each `## Name <span id="…"></span>` starts an enum, whose members table has a
/// row per value: `  | name | `value` | text |`, with `[Deprecated]` right before a deprecated one's
/// name (a mark without a release). Any other row of a members table is an error.
fn electron(file: &str, text: &str) -> Parsed {
    let mut enums: Vec<(String, Vec<Enumerator>)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let at = format!("{file}:{}", index + 1);
        if let Some(heading) = line.strip_prefix("## ") {
            let name = heading
                .split_once(" <span id=")
                .map(|(name, _)| name)
                .filter(|name| is_name(name))
                .unwrap_or_else(|| panic!("{at}: not an enum: {line:?}"));
            assert!(
                enums.iter().all(|(n, _)| n != name),
                "{at}: {name} is defined twice"
            );
            enums.push((name.to_owned(), Vec::new()));
        } else if let Some(row) = line.strip_prefix("  | ") {
            if matches!(row, "属性 | 值 | 描述 |" | ":-- | :-- | :-- |") {
                continue;
            }
            let (name, value, text) = row
                .strip_suffix(" |")
                .and_then(|row| row.split_once(" | "))
                .and_then(|(name, rest)| {
                    let (value, text) = rest.split_once(" | ")?;
                    let value = value.strip_prefix('`')?.strip_suffix('`')?.parse().ok()?;
                    Some((name, value, text))
                })
                .unwrap_or_else(|| panic!("{at}: not an enum value: {line:?}"));
            let (_, constants) = enums
                .last_mut()
                .unwrap_or_else(|| panic!("{at}: a value before any enum"));
            let (text, mut deprecations) = split_note(text);
            let name = match name.strip_prefix("[Deprecated]") {
                Some(name) => {
                    deprecations.push(Mark {
                        since: None,
                        replacement: None,
                    });
                    name
                }
                None => name,
            };
            assert!(is_name(name), "{at}: not an enum value: {line:?}");
            constants.push(constant(name, value, text, deprecations));
        }
    }
    Parsed {
        enums,
        unvalued: Vec::new(),
    }
}
