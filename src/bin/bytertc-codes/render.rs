//! The three output formats.

use std::fmt::Write as _;

use bytertc_codes::{AnyCode, Locale};
use clap::ValueEnum;
use serde_json::{json, Value};

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
    fn locales(self) -> &'static [Locale] {
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
    /// A JSON array of objects with stable keys (always both languages)
    Json,
    /// Markdown
    Markdown,
}

/// The JSON object of one code. Keys are stable: scripts read them.
fn json_object(code: AnyCode) -> Value {
    let deprecation = code.deprecation();
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
        "replaced_by": deprecation.and_then(|d| d.replaced_by()).map(AnyCode::code),
    })
}

fn json_array(out: &mut String, codes: &[AnyCode]) {
    let array = Value::Array(codes.iter().map(|&c| json_object(c)).collect());
    out.push_str(&serde_json::to_string_pretty(&array).expect("JSON values always serialize"));
    out.push('\n');
}

fn deprecation_line(code: AnyCode) -> Option<String> {
    let deprecation = code.deprecation()?;
    let since = deprecation.since();
    Some(match deprecation.replaced_by() {
        Some(by) => format!(
            "since SDK {since}, replaced by {} ({})",
            by.code(),
            by.name()
        ),
        None => format!("since SDK {since}"),
    })
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
                for &locale in lang.locales() {
                    let mut lines = code.description(locale).lines();
                    let _ = writeln!(out, "  {locale}: {}", lines.next().unwrap_or_default());
                    for line in lines {
                        let _ = writeln!(out, "      {line}");
                    }
                }
                if let Some((name, hints)) = recovery(code, lang) {
                    let _ = writeln!(out, "  recovery: {name} — {hints}");
                }
                let _ = writeln!(out, "  platforms: {}", code.platforms());
                if let Some(line) = deprecation_line(code) {
                    let _ = writeln!(out, "  deprecated: {line}");
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
                let _ = writeln!(out, "- Platforms: {}", code.platforms());
                if let Some(line) = deprecation_line(code) {
                    let _ = writeln!(out, "- Deprecated {line}");
                }
                if let Some((name, hints)) = recovery(code, lang) {
                    let _ = writeln!(out, "- Recovery: `{name}` — {hints}");
                }
                for &locale in lang.locales() {
                    let _ = writeln!(out, "\n**{}** ({locale})\n", code.summary(locale));
                    for line in code.description(locale).lines().skip(1) {
                        let _ = writeln!(out, "{line}\n");
                    }
                }
            }
        }
    }
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
