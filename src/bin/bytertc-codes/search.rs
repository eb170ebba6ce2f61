//! `search`: the codes whose texts, names or identifiers contain every word.

use bytertc_codes::{AnyCode, Locale};

use crate::spellings;

/// Parses a search word, trimmed: an empty word would match every code, so it is a usage error.
pub fn word(word: &str) -> Result<String, String> {
    let word = word.trim();
    if word.is_empty() {
        return Err("a search word cannot be empty".to_owned());
    }
    Ok(word.to_owned())
}

/// Every code that all `words` match (see [`contains_word`]), case-insensitively, in its texts in
/// either language (its other meanings' too), its name or an identifier (a page's or a header's).
/// Codes that a word names exactly come first; the rest keep the order of [`AnyCode::all`].
pub fn search(words: &[String]) -> Vec<AnyCode> {
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut found: Vec<(bool, AnyCode)> = AnyCode::all()
        .filter_map(|code| {
            let names: Vec<String> = spellings(code).map(str::to_lowercase).collect();
            // Its descriptions and what other sources say it means, in both languages.
            let texts: Vec<String> = Locale::ALL
                .iter()
                .flat_map(|&l| {
                    let others = code.other_meanings().iter().map(move |m| m.description(l));
                    core::iter::once(code.description(l)).chain(others)
                })
                .map(str::to_lowercase)
                .collect();
            let matches = words.iter().all(|word| {
                texts
                    .iter()
                    .chain(&names)
                    .any(|text| contains_word(text, word))
            });
            matches.then(|| (words.iter().any(|word| names.contains(word)), code))
        })
        .collect();
    // Stable: the exact matches first, each part in its usual order.
    found.sort_by_key(|&(exact, _)| !exact);
    found.into_iter().map(|(_, code)| code).collect()
}

/// Whether `word` occurs in `text` without gluing onto ASCII letters or digits where it starts or
/// ends with one: English matches whole words ("ok" is not in "token", "invalid token" is in
/// "invalid token."), Chinese and other non-ASCII text anywhere.
fn contains_word(text: &str, word: &str) -> bool {
    let is_alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let bounded_start = is_alnum(word.chars().next());
    let bounded_end = is_alnum(word.chars().next_back());
    // Every start, not just `match_indices`' non-overlapping ones: a glued match may hide a free one.
    text.char_indices().any(|(i, _)| {
        text[i..].starts_with(word)
            && !(bounded_start && is_alnum(text[..i].chars().next_back()))
            && !(bounded_end && is_alnum(text[i + word.len()..].chars().next()))
    })
}
