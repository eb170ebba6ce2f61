//! Helpers shared by the integration tests.
#![allow(dead_code, unused_macros, unused_imports)]

mod sets;
pub(crate) use sets::{for_each_set, SETS};

/// The names that two releases give two codes of one set, as (set, the older code's value, name, the
/// newer code's value): both codes keep the name as an identifier, and it parses to the newer code
/// (a name of three codes has one entry per older code).
/// `codegen/tests/headers.rs` derives the same list from the fixtures.
pub const SHARED_NAMES: &[(&str, i32, &str, i32)] = &[
    (
        "MediaDeviceWarning",
        25,
        "kMediaDeviceWarningRecordingUseSilentDevice",
        27,
    ),
    (
        "MediaDeviceWarning",
        26,
        "kMediaDeviceWarningPlayoutUseSilentDevice",
        28,
    ),
    ("PublicStreamErrorCode", 200, "kPublicStreamOK", 0),
    // C++ 3.45 renumbered the stream-mixing events; `kStreamMixingUpdateTimeout` named three values.
    ("StreamMixingEvent", 5, "kStreamMixingStop", 7),
    ("StreamMixingEvent", 6, "kStreamMixingChangeMixType", 10),
    (
        "StreamMixingEvent",
        7,
        "kStreamMixingFirstAudioFrameByClientMix",
        11,
    ),
    (
        "StreamMixingEvent",
        8,
        "kStreamMixingFirstVideoFrameByClientMix",
        12,
    ),
    ("StreamMixingEvent", 9, "kStreamMixingUpdateTimeout", 13),
    ("StreamMixingEvent", 10, "kStreamMixingUpdateTimeout", 13),
    ("StreamMixingEvent", 10, "kStreamMixingStartTimeout", 14),
    (
        "StreamMixingEvent",
        11,
        "kStreamMixingRequestParamError",
        15,
    ),
    ("StreamMixingEvent", 12, "kStreamMixingMixImageEvent", 16),
];

/// The code that `name`, one of `code`'s names, parses to: `code`, but for a name of
/// [`SHARED_NAMES`] of an older code, which parses to the newer one.
pub fn parses_to<C: bytertc_codes::Code>(code: C, name: &str) -> C {
    SHARED_NAMES
        .iter()
        .find(|&&(set, value, shared, _)| set == C::SET && value == code.code() && shared == name)
        .map_or(code, |&(_, _, _, newer)| {
            C::from_code(newer).expect("the newer code of a shared name")
        })
}

/// The crate's documented rules for turning a 说明 cell into `description(Locale::Zh)`: the markup
/// rules of [`clean_markup`], then the [`sentence_rules`] every source shares.
pub fn clean(raw: &str) -> String {
    sentence_rules(clean_markup(raw).lines())
}

/// The markup rules of the reference pages: each run of `<br>`, `<br/>`, `<br />` with the white space
/// around it becomes one `\n`; backticks are removed; `[Text](target)` becomes `Text`; leading and
/// trailing white space is trimmed.
pub fn clean_markup(raw: &str) -> String {
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
/// deprecation data, not text; `**bold**`, `{@link X}` and HTML anchors become plain text. The
/// [`sentence_rules`] come last, once the deprecation note is gone.
pub fn clean_platform(escaped: &str) -> String {
    clean_page(&unescape(escaped))
}

/// [`clean_platform`]'s rules for a page's text as it is on the page (not escaped): the texts of the
/// older releases' pages (`codegen/tests/headers.rs`).
pub fn clean_page(raw: &str) -> String {
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
    let cleaned = clean_markup(&joined);
    let mut lines: Vec<&str> = cleaned.lines().collect();
    if lines.first().is_some_and(|l| is_deprecation_note(l)) {
        lines.remove(0);
    }
    sentence_rules(lines)
}

/// The rules every source's Chinese text follows once its markup is gone (`lines`: its lines, the
/// first one the summary), pages and headers alike:
///
/// - a line break inside a sentence is no line break ([`breaks_a_sentence`]): the two lines are one,
///   with a space between them where one side is ASCII (`并调用<br>updateToken: 方法` → `并调用
///   updateToken: 方法`);
/// - a sentence naming the callback that delivers the code goes ([`drop_callback_sentences`]): the
///   enum docs list the callbacks per release;
/// - lines are trimmed, empty lines dropped, and the rest joined with `\n`, as in `description()`.
pub fn sentence_rules<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut joined: Vec<String> = Vec::new();
    for line in lines.into_iter().map(str::trim).filter(|l| !l.is_empty()) {
        let first = joined.len() == 1;
        match joined.last_mut() {
            Some(before) if breaks_a_sentence(before, line, first) => {
                let full_width_end = before.ends_with(|c: char| "，。；：、！？".contains(c));
                let ascii_edge = before.ends_with(|c: char| c.is_ascii_alphanumeric())
                    || line.starts_with(|c: char| c.is_ascii_alphanumeric());
                if ascii_edge && !full_width_end {
                    before.push(' ');
                }
                before.push_str(line);
            }
            _ => joined.push(line.to_owned()),
        }
    }
    let lines: Vec<String> = joined
        .iter()
        .map(|line| drop_callback_sentences(line).trim().to_owned())
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

/// Whether a line break between the lines `before` and `after` falls inside a sentence, where the
/// sources' tools wrapped a line or a writer put a `<br>`. It does where `before` ends in a comma
/// (`，` `、` `,`), and where `before`, not being the text's `first` line (a summary may lack its full
/// stop), ends without punctuation right before or after an identifier: `before` ends in an ASCII
/// letter or digit, or `after` starts with a lowercase ASCII letter (`…并调用` / `updateToken: 方法…`,
/// `…和` / `kRoomProfileTypeMeetingRoom，…`). A list item (`after` starting with `-`, `+` or `•`)
/// always starts a line.
pub fn breaks_a_sentence(before: &str, after: &str, first: bool) -> bool {
    if after.starts_with(['-', '+', '•']) {
        return false;
    }
    if before.ends_with(['，', '、', ',']) {
        return true;
    }
    let ends_sentence = before.ends_with(|c: char| "。！？；：.!?;:)）".contains(c));
    let identifier_edge = before.ends_with(|c: char| c.is_ascii_alphanumeric())
        || after.starts_with(|c: char| c.is_ascii_lowercase());
    !first && !ends_sentence && identifier_edge
}

/// Each sentence naming the callback that delivers the code removed: a sentence (up to and with its
/// `。`) with `通过` that ends in `回调` or `回调通知` (`通过 onRoomStateChanged 回调。`, `由 sendServerMessage
/// 触发，通过 onServerMessageSendResult 回调。`). Other sentences with `通过` stay (`会通过 onError 回调通知用户。`).
pub fn drop_callback_sentences(line: &str) -> String {
    line.split_inclusive('。')
        .filter(|sentence| {
            let Some(body) = sentence.strip_suffix('。') else {
                return true;
            };
            let body = body.trim_end();
            !(body.contains("通过") && (body.ends_with("回调") || body.ends_with("回调通知")))
        })
        .collect()
}

/// Whether the crate's Chinese `text` is the `source`'s (both cleaned): the same, but for line
/// breaks the crate adds after a sentence's end (`。`, `！`, `？`) where the source runs on, so that a
/// summary stays one short sentence, and lines the crate adds that start with `本库注：` (its notes,
/// e.g. where a source's text belongs to another code).
pub fn is_source_text(text: &str, source: &str) -> bool {
    let text: Vec<&str> = text
        .split('\n')
        .filter(|line| !line.starts_with(CRATE_NOTE))
        .collect();
    let text = text.join("\n");
    if text.ends_with('\n') || text.contains("\n\n") {
        return false;
    }
    let mut text = text.chars();
    let mut source = source.chars().peekable();
    let mut previous = None;
    loop {
        match (text.next(), source.peek()) {
            (None, None) => return true,
            (Some(t), Some(&s)) if t == s => {
                source.next();
                previous = Some(t);
            }
            (Some('\n'), _) if previous.is_some_and(|p| "。！？".contains(p)) => {
                previous = Some('\n');
            }
            _ => return false,
        }
    }
}

/// How a line of the crate's own starts in a Chinese text taken from a source (see [`is_source_text`]).
pub const CRATE_NOTE: &str = "本库注：";

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
