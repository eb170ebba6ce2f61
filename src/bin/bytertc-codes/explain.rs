//! `explain`: the codes each argument names, or why it names none, with a hint where one helps.

use std::ffi::OsStr;

use bytertc_codes::{lookup, lookup_name, AnyCode, CodeSet};

use crate::{spellings, Sets};

/// The outcome of one `explain` argument.
pub enum Explained {
    Found(Vec<AnyCode>),
    Problem(String),
}

const OUT_OF_RANGE: &str = "out of range: ByteRTC codes are 32-bit integers";

/// The codes `arg` names in `sets`, or why there are none.
pub fn explain(arg: &OsStr, sets: &Sets) -> Explained {
    let Some(arg) = arg.to_str() else {
        return Explained::Problem(format!(
            "{:?}: not valid UTF-8, so neither a code nor a name",
            arg.to_string_lossy()
        ));
    };
    // Copied from a log, an argument often brings spaces along.
    let problem = match classify(arg.trim()) {
        Arg::Code(code) => match found_in(lookup(code), sets) {
            Ok(found) => return Explained::Found(found),
            Err(elsewhere) if !elsewhere.is_empty() => {
                format!("{code}: not a code of {}{elsewhere}", sets.describe())
            }
            Err(_) => format!(
                "{code}: no ByteRTC code set defines this value{}",
                sign_hint(code)
            ),
        },
        Arg::Unsigned(value) => format!("{arg:?}: {OUT_OF_RANGE}{}", unsigned_hint(value)),
        Arg::Malformed(why) => format!("{arg:?}: {why}"),
        Arg::Name(name) => match found_in(lookup_name(name), sets) {
            Ok(found) => return Explained::Found(found),
            Err(elsewhere) if !elsewhere.is_empty() => {
                format!("{name:?}: not a name in {}{elsewhere}", sets.describe())
            }
            Err(_) => format!(
                "{name:?}: not the name of any ByteRTC code{}",
                name_hint(name)
            ),
        },
    };
    Explained::Problem(problem)
}

/// The codes of `sets` among `codes`; if there are none, a note of the codes other sets have (empty
/// where there are none either).
fn found_in(codes: impl Iterator<Item = AnyCode>, sets: &Sets) -> Result<Vec<AnyCode>, String> {
    let (found, elsewhere): (Vec<AnyCode>, Vec<AnyCode>) =
        codes.partition(|&code| sets.contains(code));
    if !found.is_empty() {
        return Ok(found);
    }
    if elsewhere.is_empty() {
        return Err(String::new());
    }
    Err(format!(
        " (it is {})",
        qualified_names(elsewhere.into_iter())
    ))
}

enum Arg<'a> {
    Code(i32),
    /// A decimal in `2^31..2^32`: out of range, but maybe a negative code printed unsigned.
    Unsigned(u32),
    Name(&'a str),
    Malformed(&'static str),
}

/// A decimal integer is a code; something that starts like a number but is not one is malformed;
/// anything else is a name.
fn classify(arg: &str) -> Arg<'_> {
    let digits = arg.strip_prefix(['-', '+']).unwrap_or(arg);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return match (arg.parse::<i32>(), arg.parse::<u32>()) {
            (Ok(code), _) => Arg::Code(code),
            (Err(_), Ok(value)) => Arg::Unsigned(value),
            (Err(_), Err(_)) => Arg::Malformed(OUT_OF_RANGE),
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

/// `Set::Name` of each code, comma-separated.
fn qualified_names(codes: impl Iterator<Item = AnyCode>) -> String {
    let names: Vec<String> = codes
        .map(|code| format!("{}::{}", code.set(), code.name()))
        .collect();
    names.join(", ")
}

/// The codes of `-code`, for a value given with the wrong sign; empty if there are none.
fn sign_hint(code: i32) -> String {
    let Some(negated) = code.checked_neg() else {
        return String::new();
    };
    let names = qualified_names(lookup(negated));
    if names.is_empty() {
        return String::new();
    }
    format!(" (did you mean {negated}, {names}?)")
}

/// The codes `value` stands for read as an `i32` in two's complement, as loggers that print codes
/// unsigned show negative ones; empty if there are none.
fn unsigned_hint(value: u32) -> String {
    let code = value as i32;
    let names = qualified_names(lookup(code));
    if names.is_empty() {
        return String::new();
    }
    format!(" ({value} is {code} read as an unsigned 32-bit number: {names})")
}

/// Why a name may name no code: a set part that is no set, or a spelling off by case, `_` or the
/// set; empty if nothing helps.
fn name_hint(name: &str) -> String {
    let (set, bare) = match name.split_once("::") {
        Some((set, bare)) => (Some(set), bare),
        None => (None, name),
    };
    let mut hints = Vec::new();
    if let Some(set) = set.filter(|&set| CodeSet::from_name(set).is_none()) {
        let sets: Vec<&str> = CodeSet::ALL.iter().map(|set| set.name()).collect();
        hints.push(format!(
            "{set} is not a code set; sets: {}",
            sets.join(", ")
        ));
    }
    let similar = similar_names(set, bare);
    if !similar.is_empty() {
        hints.push(format!("did you mean {}?", similar.join(", ")));
    }
    if hints.is_empty() {
        String::new()
    } else {
        format!(" ({})", hints.join("; "))
    }
}

/// Names that equal `bare` but for case, `_` and `::` (at most three), qualified with their set if
/// `set` is given, so that the hint keeps the form asked for.
fn similar_names(set: Option<&str>, bare: &str) -> Vec<String> {
    let fold = |s: &str| {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let wanted = fold(bare);
    if wanted.is_empty() {
        return Vec::new();
    }
    let matches: Vec<(AnyCode, &str)> = AnyCode::all()
        .flat_map(|code| spellings(code).map(move |spelling| (code, spelling)))
        .filter(|&(_, spelling)| fold(spelling) == wanted)
        .collect();
    // Only those of `set` if it has any; else those of the sets that do.
    let named = set.and_then(CodeSet::from_name);
    let in_set = matches
        .iter()
        .any(|&(code, _)| Some(code.code_set()) == named);
    let mut found: Vec<String> = Vec::new();
    for (code, spelling) in matches
        .into_iter()
        .filter(|&(code, _)| !in_set || Some(code.code_set()) == named)
    {
        let name = match set {
            Some(_) => format!("{}::{spelling}", code.set()),
            None => spelling.to_owned(),
        };
        if !found.contains(&name) {
            found.push(name);
        }
    }
    found.truncate(3);
    found
}
