//! The three output formats.

use std::fmt::Write as _;

use bytertc_codes::{
    AnyCode, CodeSet, Evidence, Link, Locale, Meaning, Platform, Platforms, Relation, Sdk, Source,
    Sources,
};
use clap::ValueEnum;
use serde_json::{json, Map, Value};

/// Which languages' texts to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Chinese only
    Zh,
    /// English only
    En,
    /// Chinese, then English
    Both,
}

impl Lang {
    /// The locales of the texts shown, Chinese first.
    pub fn locales(self) -> &'static [Locale] {
        match self {
            Lang::Zh => &[Locale::Zh],
            Lang::En => &[Locale::En],
            Lang::Both => Locale::ALL,
        }
    }
}

/// How to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text for a terminal
    Text,
    /// JSON with stable keys: for explain, list and search an array of codes with the texts in both
    /// languages; annotate writes JSON Lines, diff an array of changes (see their help)
    Json,
    /// Markdown
    Markdown,
}

/// The JSON object of one code. Keys are stable: scripts read them.
fn json_object(code: AnyCode) -> Value {
    let deprecation = code.deprecation();
    // Each source that lists the code, by label, with the identifier it uses; in `Source::ALL` order.
    let sources: Map<String, Value> = Source::ALL
        .iter()
        .filter_map(|&source| {
            Some((
                source.label().to_owned(),
                code.identifier_in(source)?.into(),
            ))
        })
        .collect();
    json!({
        "set": code.set(),
        "code": code.code(),
        "name": code.name(),
        "sdk_name": code.sdk_name(),
        "summary_zh": code.summary(Locale::Zh),
        "summary_en": code.summary(Locale::En),
        "description_zh": code.description(Locale::Zh),
        "description_en": code.description(Locale::En),
        "recovery": code.recovery().hint(Locale::En).map(|_| code.recovery().name()),
        "platforms": code.platforms().iter().map(|p| p.name()).collect::<Vec<_>>(),
        "deprecated_since": deprecation.map(|d| d.since()),
        "replaced_by": deprecation.and_then(|d| d.replaced_by()).map(code_ref),
        // New keys go last, so that scripts that read the values in order keep working.
        "sources": sources,
        "hidden": code.is_hidden(),
        "links": code.links().map(|link| json!({
            "relation": key(link.relation().as_str()),
            "set": link.code().set(),
            "code": link.code().code(),
            "name": link.code().name(),
            "evidence": link.evidence().as_str(),
            "source": link.evidence().source().map(Source::label),
            "inference": link.evidence().inference().map(|i| key(i.as_str())),
        })).collect::<Vec<_>>(),
        "hidden_on": code.hidden_on().iter().map(|p| p.name()).collect::<Vec<_>>(),
        "hidden_in": code.hidden_in().iter().map(Source::label).collect::<Vec<_>>(),
    })
}

/// A code of any set as a JSON object: `{"set": "AvSyncEvent", "code": 0, "name": "InvalidUidRepeated"}`.
fn code_ref(code: AnyCode) -> Value {
    json!({
        "set": code.set(),
        "code": code.code(),
        "name": code.name(),
    })
}

/// Words as a JSON value: `stands for` is `stands_for`, `same value` `same_value`.
fn key(words: &str) -> String {
    words.replace(' ', "_")
}

/// Where a link comes from, for people: `stated by C++ 3.57` or `inferred: same value`.
fn evidence_note(evidence: Evidence) -> String {
    match (evidence.source(), evidence.inference()) {
        (Some(source), _) => format!("stated by {} {}", source.sdk(), source.release()),
        (None, Some(inference)) => format!("inferred: {inference}"),
        // An evidence of a later release of the library: its own words.
        (None, None) => evidence.to_string(),
    }
}

fn json_array(out: &mut String, codes: &[AnyCode]) {
    let array = Value::Array(codes.iter().map(|&c| json_object(c)).collect());
    out.push_str(&serde_json::to_string_pretty(&array).expect("JSON values always serialize"));
    out.push('\n');
}

/// What the platforms and sources lines say of a code that no page or source lists (`ErrorCode`
/// -1072, which SDK builds outside the crate's sources declare: see its rustdoc).
const NEITHER: &str = "none (no page or header of the crate's sources lists it; see its docs)";

/// The 3.58 reference pages that list the code, or that only the headers do.
fn platforms_line(code: AnyCode) -> String {
    let platforms = code.platforms();
    if platforms.is_empty() && code.sources().is_empty() {
        NEITHER.to_owned()
    } else if platforms.is_empty() {
        "none (only the SDK headers)".to_owned()
    } else {
        platforms.to_string()
    }
}

/// The SDK releases whose headers list the code, compactly, or that only the pages do.
fn sources_line(code: AnyCode) -> String {
    let sources = code.sources();
    if sources.is_empty() && code.platforms().is_empty() {
        NEITHER.to_owned()
    } else if sources.is_empty() {
        "none (only the 3.58 reference pages)".to_owned()
    } else {
        sources.to_string()
    }
}

/// What `@hidden` on the code means, where the newest C++ header that lists it says so: for
/// internal use (a bare `@hidden`), or left out of some platforms' docs (`@hidden(Linux,Windows)`).
fn hidden_line(code: AnyCode) -> Option<String> {
    hidden_text(
        code.is_hidden(),
        code.hidden_on(),
        code.sources().last(Sdk::Cpp),
    )
}

/// [`hidden_line`] of a code that is hidden or not, has a scoped mark on `hidden_on`, and whose
/// newest C++ source is `newest`.
fn hidden_text(hidden: bool, hidden_on: Platforms, newest: Option<Source>) -> Option<String> {
    let headers = match newest {
        Some(newest) => format!("the C++ {} headers", newest.release()),
        None => "the C++ headers".to_owned(),
    };
    if hidden {
        return Some(format!(
            "undocumented (@hidden in {headers}), for internal use; the SDK may still deliver it"
        ));
    }
    if hidden_on.is_empty() {
        return None;
    }
    let list: Vec<&str> = hidden_on.iter().map(Platform::name).collect();
    Some(format!(
        "hidden on {hidden_on} (@hidden({}) in {headers}); documented on the other platforms",
        list.join(",")
    ))
}

fn deprecation_line(code: AnyCode) -> Option<String> {
    let deprecation = code.deprecation()?;
    let since = deprecation.since();
    let replacement = match (deprecation.replaced_by(), deprecation.replacement_set()) {
        (Some(by), _) if by.set() == code.set() => {
            format!(", replaced by {} ({})", by.code(), by.name())
        }
        (Some(by), _) => format!(", replaced by {} {} ({})", by.set(), by.code(), by.name()),
        // A replacement the crate cannot type: named by its set and identifier only.
        (None, Some(set)) => {
            let name = deprecation.replacement_name().unwrap_or_default();
            let missing = if CodeSet::from_name(set).is_some() {
                "not in this crate".to_owned()
            } else {
                format!("this crate has no {set} set yet")
            };
            format!(", replaced by {set} {name} ({missing})")
        }
        (None, None) => String::new(),
    };
    Some(format!("since SDK {since}{replacement}"))
}

/// The sources that give `code` the `meaning`: those that list the code of its family, from the
/// meaning's source through its `until` (both of which list it).
fn meaning_sources(code: AnyCode, meaning: &Meaning) -> Sources {
    code.sources()
        .iter()
        .filter(|&source| meaning.holds_in(source))
        .collect()
}

/// The recovery's name and its hints in `lang`, where the reference states one.
fn recovery(code: AnyCode, lang: Lang) -> Option<(&'static str, String)> {
    let recovery = code.recovery();
    recovery.hint(Locale::En)?;
    let hints: Vec<&str> = lang
        .locales()
        .iter()
        .filter_map(|&l| recovery.hint(l))
        .collect();
    Some((recovery.name(), hints.join(" / ")))
}

/// A description in each of `lang`'s languages, as text: `zh: ` and its first line after `indent`,
/// the other lines aligned under the first.
fn text_descriptions(
    out: &mut String,
    indent: &str,
    lang: Lang,
    description: impl Fn(Locale) -> &'static str,
) {
    for &locale in lang.locales() {
        let mut lines = description(locale).lines();
        let _ = writeln!(
            out,
            "{indent}{locale}: {}",
            lines.next().unwrap_or_default()
        );
        for line in lines {
            let _ = writeln!(out, "{indent}    {line}");
        }
    }
}

/// A summary and description in each of `lang`'s languages, as Markdown: the summary in bold, then
/// the description's other lines as paragraphs.
fn markdown_descriptions(
    out: &mut String,
    lang: Lang,
    texts: impl Fn(Locale) -> (&'static str, &'static str),
) {
    for &locale in lang.locales() {
        let (summary, description) = texts(locale);
        let _ = writeln!(out, "\n**{summary}** ({locale})\n");
        for line in description.lines().skip(1) {
            let _ = writeln!(out, "{line}\n");
        }
    }
}

/// Everything about each code (`explain`).
pub fn details(out: &mut String, codes: &[AnyCode], lang: Lang, format: Format) {
    match format {
        Format::Json => json_array(out, codes),
        Format::Text => {
            for (i, &code) in codes.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let _ = writeln!(
                    out,
                    "{} {} {} ({})",
                    code.set(),
                    code.code(),
                    code.name(),
                    code.sdk_name()
                );
                text_descriptions(out, "  ", lang, |locale| code.description(locale));
                if let Some((name, hints)) = recovery(code, lang) {
                    let _ = writeln!(out, "  recovery: {name} — {hints}");
                }
                let _ = writeln!(out, "  platforms: {}", platforms_line(code));
                let _ = writeln!(out, "  sources: {}", sources_line(code));
                if let Some(line) = hidden_line(code) {
                    let _ = writeln!(out, "  hidden: {line}");
                }
                if let Some(line) = deprecation_line(code) {
                    let _ = writeln!(out, "  deprecated: {line}");
                }
                for link in shown_links(code) {
                    let other = link.code();
                    let _ = writeln!(
                        out,
                        "  {}: {} {} {} ({})",
                        link.relation(),
                        other.set(),
                        other.code(),
                        other.name(),
                        evidence_note(link.evidence())
                    );
                }
                for meaning in code.other_meanings() {
                    let _ = writeln!(out, "  meaning in {}:", meaning_sources(code, meaning));
                    text_descriptions(out, "    ", lang, |locale| meaning.description(locale));
                }
            }
        }
        Format::Markdown => {
            for (i, &code) in codes.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let _ = writeln!(
                    out,
                    "### {} `{}` — {}\n",
                    code.set(),
                    code.code(),
                    code.name()
                );
                let _ = writeln!(out, "- SDK identifier: `{}`", code.sdk_name());
                let _ = writeln!(out, "- Platforms: {}", platforms_line(code));
                let _ = writeln!(out, "- Sources: {}", sources_line(code));
                if let Some(line) = hidden_line(code) {
                    let _ = writeln!(out, "- Hidden: {line}");
                }
                if let Some(line) = deprecation_line(code) {
                    let _ = writeln!(out, "- Deprecated {line}");
                }
                for link in shown_links(code) {
                    let other = link.code();
                    let _ = writeln!(
                        out,
                        "- {}: `{}` `{}` ({}), {}",
                        capitalized(link.relation().as_str()),
                        other.set(),
                        other.code(),
                        other.name(),
                        evidence_note(link.evidence())
                    );
                }
                if let Some((name, hints)) = recovery(code, lang) {
                    let _ = writeln!(out, "- Recovery: `{name}` — {hints}");
                }
                markdown_descriptions(out, lang, |locale| {
                    (code.summary(locale), code.description(locale))
                });
                for meaning in code.other_meanings() {
                    let _ = writeln!(out, "\n#### Meaning in {}", meaning_sources(code, meaning));
                    markdown_descriptions(out, lang, |locale| {
                        (meaning.summary(locale), meaning.description(locale))
                    });
                }
            }
        }
    }
}

/// The code's links, but a replacement its deprecation line already names.
fn shown_links(code: AnyCode) -> impl Iterator<Item = Link> {
    let deprecated_for = code.deprecation().and_then(|d| d.replaced_by());
    code.links().filter(move |link| {
        !(link.relation() == Relation::ReplacedBy && Some(link.code()) == deprecated_for)
    })
}

/// `text` with its first letter in upper case.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// One row a code (`list`, `search`).
pub fn rows(out: &mut String, codes: &[AnyCode], lang: Lang, format: Format) {
    let summaries = |code: AnyCode| -> String {
        let parts: Vec<&str> = lang.locales().iter().map(|&l| code.summary(l)).collect();
        parts.join(" / ")
    };
    match format {
        Format::Json => json_array(out, codes),
        Format::Text => {
            let width = |f: fn(AnyCode) -> usize| codes.iter().map(|&c| f(c)).max().unwrap_or(0);
            let set_w = width(|c| c.set().len());
            let code_w = width(|c| c.code().to_string().len());
            let name_w = width(|c| c.name().len());
            let sdk_w = width(|c| c.sdk_name().len());
            for &code in codes {
                let _ = writeln!(
                    out,
                    "{:set_w$}  {:>code_w$}  {:name_w$}  {:sdk_w$}  {}",
                    code.set(),
                    code.code(),
                    code.name(),
                    code.sdk_name(),
                    summaries(code)
                );
            }
        }
        Format::Markdown => {
            let _ = writeln!(out, "| set | code | name | SDK identifier | summary |");
            let _ = writeln!(out, "| --- | ---: | --- | --- | --- |");
            for &code in codes {
                let _ = writeln!(
                    out,
                    "| {} | {} | `{}` | `{}` | {} |",
                    code.set(),
                    code.code(),
                    code.name(),
                    code.sdk_name(),
                    summaries(code).replace('|', "\\|")
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scoped_hidden_mark_names_its_platforms_not_internal_use() {
        let on: Platforms = [Platform::Windows, Platform::Linux].into_iter().collect();
        assert_eq!(
            hidden_text(false, on, Some(Source::Cpp3_61)).as_deref(),
            Some(
                "hidden on Windows, Linux (@hidden(Windows,Linux) in the C++ 3.61 headers); \
                 documented on the other platforms"
            )
        );
        assert_eq!(
            hidden_text(true, Platforms::EMPTY, Some(Source::Cpp3_58)).as_deref(),
            Some(
                "undocumented (@hidden in the C++ 3.58 headers), for internal use; the SDK may \
                 still deliver it"
            )
        );
        assert_eq!(
            hidden_text(false, Platforms::EMPTY, Some(Source::Cpp3_61)),
            None
        );
        assert_eq!(hidden_text(false, Platforms::EMPTY, None), None);
    }
}
