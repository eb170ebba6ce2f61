//! `explain`: the codes each argument names, or why it names none, with a hint where one helps.

use std::ffi::OsStr;

use bytertc_codes::{lookup, lookup_name, AnyCode};

use crate::spellings;

/// The outcome of one `explain` argument.
pub enum Explained {
    Found(Vec<AnyCode>),
    Problem(String),
}

pub fn explain(arg: &OsStr) -> Explained {
    let Some(arg) = arg.to_str() else {
        return Explained::Problem(format!(
            "{:?}: not valid UTF-8, so neither a code nor a name",
            arg.to_string_lossy()
        ));
    };
    // Copied from a log, an argument often brings spaces along.
    match classify(arg.trim()) {
        Arg::Code(code) => {
            let found: Vec<AnyCode> = lookup(code).collect();
            if !found.is_empty() {
                return Explained::Found(found);
            }
            let mut message = format!("{code}: no ByteRTC code set defines this value");
            if let Some(negated) = code
                .checked_neg()
                .filter(|&n| n < 0 && lookup(n).next().is_some())
            {
                let names: Vec<String> = lookup(negated)
                    .map(|c| format!("{}::{}", c.set(), c.name()))
                    .collect();
                message.push_str(&format!(
                    " (did you mean {negated}, {}? The SDK's errors and warnings are negative)",
                    names.join(", ")
                ));
            }
            Explained::Problem(message)
        }
        Arg::Malformed(why) => Explained::Problem(format!("{arg:?}: {why}")),
        Arg::Name(name) => {
            let found: Vec<AnyCode> = lookup_name(name).collect();
            if !found.is_empty() {
                return Explained::Found(found);
            }
            let mut message = format!("{name:?}: not the name of any ByteRTC code");
            let suggestions = similar_names(name);
            if !suggestions.is_empty() {
                message.push_str(&format!(" (did you mean {}?)", suggestions.join(", ")));
            }
            Explained::Problem(message)
        }
    }
}

enum Arg<'a> {
    Code(i32),
    Name(&'a str),
    Malformed(&'static str),
}

/// A decimal integer is a code; something that starts like a number but is not one is malformed;
/// anything else is a name.
fn classify(arg: &str) -> Arg<'_> {
    let digits = arg.strip_prefix(['-', '+']).unwrap_or(arg);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return match arg.parse::<i32>() {
            Ok(code) => Arg::Code(code),
            Err(_) => Arg::Malformed("out of range: ByteRTC codes are 32-bit integers"),
        };
    }
    let lower = digits.to_ascii_lowercase();
    if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
        return Arg::Malformed("not a decimal number: write codes in decimal, e.g. -1000");
    }
    if digits.starts_with(|c: char| c.is_ascii_digit())
        || arg.starts_with(['-', '+'])
        || arg.is_empty()
    {
        return Arg::Malformed(
            "not a code: codes are decimal 32-bit integers (e.g. -1000) or names",
        );
    }
    Arg::Name(arg)
}

/// Names that equal `name` but for case, `_` and `::` (at most three).
fn similar_names(name: &str) -> Vec<String> {
    let fold = |s: &str| {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let wanted = fold(name.rsplit("::").next().unwrap_or(name));
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<String> = Vec::new();
    for code in AnyCode::all() {
        for candidate in spellings(code) {
            if fold(candidate) == wanted && !found.iter().any(|f| f == candidate) {
                found.push(candidate.to_owned());
            }
        }
    }
    found.truncate(3);
    found
}
