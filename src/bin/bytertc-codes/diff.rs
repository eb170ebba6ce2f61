//! `diff`: what changes for an application that moves from one SDK release to another.

use std::ffi::OsStr;
use std::fmt::Write as _;

use bytertc_codes::{diff, AnyCode, Change, ChangeKind, DiffError, Locale, Sdk, Source};
use clap::error::ErrorKind;
use serde_json::{Map, Value};

use crate::render::{Format, Lang};
use crate::{invalid, text, usage_error, Sets};

/// The command's name, for its usage in a usage error.
const COMMAND: Option<&str> = Some("diff");

/// The argument names clap gives FROM, TO and `--sdk` in its messages.
const FROM: &str = "<FROM>";
const TO: &str = "<TO>";
const SDK: &str = "--sdk <SDK>";

/// A FROM or TO argument: the release, and the family of its label if it is one (`cpp-3.45`).
struct Release<'a> {
    sdk: Option<Sdk>,
    release: &'a str,
}

/// Whether `text` is written as a release: numbers joined by dots (`3.45`, `3.58.4`).
fn is_release(text: &str) -> bool {
    text.contains('.')
        && text
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Reads FROM or TO: a release (`3.45`) or a source label (`cpp-3.45`, any case), trimmed.
fn release<'a>(arg: &str, value: &'a OsStr) -> Result<Release<'a>, clap::Error> {
    let given = text(COMMAND, arg, value)?.trim();
    if is_release(given) {
        return Ok(Release {
            sdk: None,
            release: given,
        });
    }
    if let Some((prefix, release)) = given.split_once('-') {
        if let (Ok(sdk), true) = (prefix.parse::<Sdk>(), is_release(release)) {
            return Ok(Release {
                sdk: Some(sdk),
                release,
            });
        }
    }
    Err(invalid(
        COMMAND,
        arg,
        value,
        "not a release (such as 3.45 or 3.58.4) nor a source label (such as cpp-3.45)",
    ))
}

/// Reads `--sdk`.
fn sdk(value: &OsStr) -> Result<Sdk, clap::Error> {
    text(COMMAND, SDK, value)?.trim().parse().map_err(|_| {
        invalid(
            COMMAND,
            SDK,
            value,
            "not an SDK family; the families are cpp (C++), objc (Objective-C), android and electron",
        )
    })
}

/// The releases of `sdk` that have a source, e.g. `3.45, 3.50, 3.52`.
fn releases(sdk: Sdk) -> String {
    let releases: Vec<&str> = sdk.sources().iter().map(|s| s.release()).collect();
    releases.join(", ")
}

/// The source of `sdk` for `release`, or a usage error that lists the family's releases and names
/// the families that have it.
fn find(arg: &str, value: &OsStr, sdk: Sdk, release: &str) -> Result<Source, clap::Error> {
    if let Some(source) = Source::find(sdk, release) {
        return Ok(source);
    }
    let elsewhere: Vec<Sdk> = Sdk::ALL
        .iter()
        .copied()
        .filter(|&other| Source::find(other, release).is_some())
        .collect();
    let hint = match elsewhere.first() {
        None => format!("no family has a source of {release}"),
        Some(first) => {
            let names: Vec<&str> = elsewhere.iter().map(|s| s.name()).collect();
            let names = match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => names.concat(),
            };
            format!(
                "{names} {} it: --sdk {}",
                if elsewhere.len() == 1 { "has" } else { "have" },
                first.short_name()
            )
        }
    };
    Err(invalid(
        COMMAND,
        arg,
        value,
        &format!(
            "no {} source of release {release}; the {} releases are {} ({hint})",
            sdk.name(),
            sdk.name(),
            releases(sdk)
        ),
    ))
}

/// The two sources that FROM and TO name: of `--sdk`'s family, else of the family a label names,
/// else C++. Every mistake is a usage error (exit status 2) that says what there is.
pub fn sources(
    from: &OsStr,
    to: &OsStr,
    family: Option<&OsStr>,
) -> Result<(Source, Source), clap::Error> {
    let chosen = family.map(sdk).transpose()?;
    let (a, b) = (release(FROM, from)?, release(TO, to)?);
    let family = chosen.or(a.sdk).or(b.sdk).unwrap_or(Sdk::Cpp);
    for (arg, value, given) in [(FROM, from, &a), (TO, to, &b)] {
        match given.sdk {
            Some(sdk) if sdk != family => {
                let why = match chosen {
                    Some(_) => format!(
                        "a source of {}, but --sdk asks for {} ones",
                        sdk.name(),
                        family.name()
                    ),
                    None => format!(
                        "a source of {}, but FROM is of {}; compare releases of one family",
                        sdk.name(),
                        family.name()
                    ),
                };
                return Err(invalid(COMMAND, arg, value, &why));
            }
            _ => {}
        }
    }
    let sources = (
        find(FROM, from, family, a.release)?,
        find(TO, to, family, b.release)?,
    );
    match diff(sources.0, sources.1) {
        Ok(_) => Ok(sources),
        Err(err @ DiffError::SameSource(_)) => Err(invalid(COMMAND, TO, to, &err.to_string())),
        Err(err) => Err(usage_error(
            COMMAND,
            ErrorKind::InvalidValue,
            &err.to_string(),
        )),
    }
}

/// The text of `code` in force in `source` in `locale`: the meaning that holds there, or its
/// description.
fn text_in(code: AnyCode, source: Source, locale: Locale) -> &'static str {
    code.other_meanings()
        .iter()
        .find(|meaning| meaning.holds_in(source))
        .map_or(code.description(locale), |meaning| {
            meaning.description(locale)
        })
}

/// `n changes`, `1 change` or `no changes`.
fn count(n: usize) -> String {
    match n {
        0 => "no changes".to_owned(),
        1 => "1 change".to_owned(),
        n => format!("{n} changes"),
    }
}

/// The header's title: `C++ 3.41 → 3.45`.
fn title(from: Source, to: Source) -> String {
    format!("{} {} → {}", from.sdk(), from.release(), to.release())
}

/// What a backwards diff says of itself.
const BACKWARDS: &str = "backwards: from a newer release to an older one, as a downgrade sees it";

/// Writes the changes from `from` to `to` of the sets `sets` chose, in `format`.
pub fn render(out: &mut String, from: Source, to: Source, sets: &Sets, lang: Lang, format: Format) {
    let changes: Vec<Change> = match diff(from, to) {
        Ok(changes) => changes
            .filter(|change| sets.contains(change.code))
            .collect(),
        // `sources` checked the pair.
        Err(_) => Vec::new(),
    };
    let backwards = from > to;
    let groups: Vec<&[Change]> = changes
        .chunk_by(|a, b| a.code.code_set() == b.code.code_set())
        .collect();
    match format {
        Format::Json => json(out, &changes),
        Format::Text => {
            let _ = write!(out, "{}", title(from, to));
            if backwards {
                let _ = write!(out, " ({BACKWARDS})");
            }
            let _ = writeln!(out, ": {}", count(changes.len()));
            for group in groups {
                text_group(out, group, from, to, lang);
            }
        }
        Format::Markdown => {
            let _ = writeln!(out, "## {}\n", title(from, to));
            let _ = write!(out, "{}", capitalized(&count(changes.len())));
            if backwards {
                let _ = write!(out, "; {BACKWARDS}");
            }
            out.push_str(".\n");
            for group in groups {
                markdown_group(out, group, from, to, lang);
            }
        }
    }
}

/// `text` with its first letter in upper case (the counts are ASCII).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// What follows a change's kind, code and name on its text line: the identifiers, the release.
fn detail(change: &Change, from: Source, to: Source) -> String {
    let (was, now) = (change.from.unwrap_or(""), change.to.unwrap_or(""));
    match change.kind {
        ChangeKind::Added => now.to_owned(),
        ChangeKind::Removed => was.to_owned(),
        ChangeKind::Renamed => format!("{was} → {now}"),
        ChangeKind::Hidden => format!("@hidden in {}, not in {}", to.release(), from.release()),
        ChangeKind::Shown => format!("@hidden in {}, not in {}", from.release(), to.release()),
        ChangeKind::Deprecated => format!("since {now}"),
        // The meaning's texts follow on lines of their own.
        _ => String::new(),
    }
}

/// One set's changes as text: its name, then a line a change (and a meaning's texts below it).
fn text_group(out: &mut String, group: &[Change], from: Source, to: Source, lang: Lang) {
    let Some(first) = group.first() else {
        return;
    };
    let _ = writeln!(out, "\n{}", first.code.set());
    let width = |f: fn(&Change) -> usize| group.iter().map(f).max().unwrap_or(0);
    let code_w = width(|c| c.code.code().to_string().len());
    let name_w = width(|c| c.code.name().len());
    for change in group {
        let line = format!(
            "  {:<10}  {:>code_w$}  {:name_w$}  {}",
            change.kind,
            change.code.code(),
            change.code.name(),
            detail(change, from, to)
        );
        let _ = writeln!(out, "{}", line.trim_end());
        if change.kind == ChangeKind::Meaning {
            for (label, source) in [("was", from), ("now", to)] {
                for &locale in lang.locales() {
                    let mut lines = text_in(change.code, source, locale).lines();
                    let prefix = format!("      {label} ({locale}): ");
                    let _ = writeln!(out, "{prefix}{}", lines.next().unwrap_or_default());
                    for line in lines {
                        let _ =
                            writeln!(out, "{:width$}{line}", "", width = prefix.chars().count());
                    }
                }
            }
        }
    }
}

/// A table cell's text: `|` escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}

/// The text of `code` in force in `source`, in each of `lang`'s languages, as a table cell.
fn meaning_cell(code: AnyCode, source: Source, lang: Lang) -> String {
    let texts: Vec<String> = lang
        .locales()
        .iter()
        .map(|&locale| {
            let text = cell(text_in(code, source, locale));
            match lang {
                Lang::Both => format!("{locale}: {text}"),
                _ => text,
            }
        })
        .collect();
    texts.join("<br>")
}

/// One set's changes as Markdown: a heading and a table.
fn markdown_group(out: &mut String, group: &[Change], from: Source, to: Source, lang: Lang) {
    let Some(first) = group.first() else {
        return;
    };
    let _ = writeln!(out, "\n### {}\n", first.code.set());
    out.push_str("| change | code | name | from | to |\n| --- | ---: | --- | --- | --- |\n");
    for change in group {
        let (was, now) = match change.kind {
            ChangeKind::Meaning => (
                meaning_cell(change.code, from, lang),
                meaning_cell(change.code, to, lang),
            ),
            ChangeKind::Deprecated => (String::new(), format!("since {}", change.to.unwrap_or(""))),
            _ => {
                let identifier =
                    |name: Option<&str>| name.map_or(String::new(), |n| format!("`{n}`"));
                (identifier(change.from), identifier(change.to))
            }
        };
        let _ = writeln!(
            out,
            "| {} | {} | `{}` | {was} | {now} |",
            change.kind,
            change.code.code(),
            change.code.name()
        );
    }
}

/// The changes as a JSON array of objects: `set`, `code`, `name`, `change` and, where the change has
/// them, `from` and `to`. Keys are stable: scripts read them.
fn json(out: &mut String, changes: &[Change]) {
    let array: Vec<Value> = changes
        .iter()
        .map(|change| {
            let mut object = Map::new();
            object.insert("set".into(), change.code.set().into());
            object.insert("code".into(), change.code.code().into());
            object.insert("name".into(), change.code.name().into());
            object.insert("change".into(), change.kind.as_str().into());
            for (key, value) in [("from", change.from), ("to", change.to)] {
                if let Some(value) = value {
                    object.insert(key.into(), value.into());
                }
            }
            Value::Object(object)
        })
        .collect();
    out.push_str(
        &serde_json::to_string_pretty(&Value::Array(array)).expect("JSON values always serialize"),
    );
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_are_numbers_joined_by_dots() {
        for yes in ["3.45", "3.58.4", "10.0"] {
            assert!(is_release(yes), "{yes}");
        }
        for no in [
            "", "3", "3.", ".45", "3..45", "3.4a", "v3.45", "-3.45", "3.45 ",
        ] {
            assert!(!is_release(no), "{no}");
        }
    }

    #[test]
    fn counts_read_as_words() {
        assert_eq!(count(0), "no changes");
        assert_eq!(count(1), "1 change");
        assert_eq!(count(12), "12 changes");
        assert_eq!(capitalized("no changes"), "No changes");
    }

    #[test]
    fn cells_keep_tables_intact() {
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
    }
}
