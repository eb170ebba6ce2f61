//! `search`: the codes whose texts contain every word.

use bytertc_codes::{AnyCode, Locale};

pub fn search(words: &[String]) -> Vec<AnyCode> {
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    AnyCode::all()
        .filter(|code| {
            let text = [code.description(Locale::Zh), code.description(Locale::En)]
                .join("\n")
                .to_lowercase();
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}
