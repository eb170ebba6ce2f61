//! Helpers shared by the integration tests.
#![allow(dead_code, unused_macros, unused_imports)]

mod sets;
pub(crate) use sets::{for_each_set, SETS};

/// The crate's documented rules for turning a 说明 cell into `description(Locale::Zh)`: each run of
/// `<br>`, `<br/>`, `<br />` with the white space around it becomes one `\n`; backticks are removed;
/// `[Text](target)` becomes `Text`; leading and trailing white space is trimmed.
pub fn clean(raw: &str) -> String {
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

/// The Unity rules plus what the other platforms' pages add: the text is taken from the fixture's escaped
/// form (`\n`, `\t`, `\\`); paragraph breaks count as line breaks; a leading deprecation note
/// (`> Deprecated since …`, `` `Deprecated since …` ``, `已在 … 废弃…`) is dropped, since it is
/// deprecation data, not text; `**bold**`, `{@link X}` and HTML anchors become plain text.
pub fn clean_platform(escaped: &str) -> String {
    let raw = unescape(escaped);
    // Paragraph breaks (any white space run holding a newline) act like <br>.
    let mut joined = String::new();
    for (i, paragraph) in raw
        .split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        if i > 0 {
            joined.push_str("<br>");
        }
        joined.push_str(paragraph);
    }
    let joined = strip_anchors(&joined).replace("**", "");
    let joined = unlink_javadoc(&joined);
    let cleaned = clean(&joined);
    let mut lines: Vec<&str> = cleaned.lines().collect();
    if lines.first().is_some_and(|l| is_deprecation_note(l)) {
        lines.remove(0);
    }
    lines.join("\n").trim().to_owned()
}

/// Whether a (cleaned) line is a deprecation note rather than text.
pub fn is_deprecation_note(line: &str) -> bool {
    let line = line.trim_start_matches('>').trim();
    line.starts_with("Deprecated since") || (line.starts_with("已在") && line.contains("废弃"))
}

/// Decodes the fixture's escapes: `\n` newline, `\t` tab, `\\` backslash.
pub fn unescape(escaped: &str) -> String {
    let mut out = String::new();
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            other => panic!("bad escape \\{other:?} in fixture"),
        }
    }
    out
}

/// `<span id="…"></span>` and other tags go; `<a …>Text</a>` keeps `Text`. `<br>` tags stay for `clean`.
fn strip_anchors(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('>') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let tag = &rest[start..=start + len];
        if tag.starts_with("<br") {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// `{@link X}` and `{@link #X}` become `X`.
fn unlink_javadoc(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{@link ") {
        out.push_str(&rest[..start]);
        let inner = &rest[start + "{@link ".len()..];
        let end = inner.find('}').unwrap_or(inner.len());
        out.push_str(inner[..end].trim().trim_start_matches('#'));
        rest = inner.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}
