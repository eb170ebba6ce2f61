//! `explain`: the codes each argument names, or why it names none, with a hint where one helps.

use bytertc_codes::{lookup, lookup_name, AnyCode, CodeSet};

use crate::{quoted, spellings, Sets};

/// The outcome of one `explain` argument.
pub enum Explained {
    Found(Vec<AnyCode>),
    Problem(String),
}

const OUT_OF_RANGE: &str = "out of range: ByteRTC codes are 32-bit integers";

/// The codes `arg` names in `sets`, or why there are none. (An argument that is empty or not UTF-8
/// is a usage error, found before.)
pub fn explain(arg: &str, sets: &Sets) -> Explained {
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
        Arg::Unsigned(value) => format!("{}: {OUT_OF_RANGE}{}", quoted(arg), unsigned_hint(value)),
        Arg::Malformed(why) => format!("{}: {why}", quoted(arg)),
        Arg::Name(name) => match found_in(lookup_name(name), sets) {
            Ok(found) => return Explained::Found(found),
            Err(elsewhere) if !elsewhere.is_empty() => {
                format!(
                    "{}: not a name in {}{elsewhere}",
                    quoted(name),
                    sets.describe()
                )
            }
            Err(_) => format!(
                "{}: not the name of any ByteRTC code{}",
                quoted(name),
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
    match set.map(|set| (set, CodeSet::from_name(set))) {
        Some((set, None)) => {
            let sets: Vec<&str> = CodeSet::ALL.iter().map(|set| set.name()).collect();
            hints.push(format!(
                "{} is not a code set; sets: {}",
                quoted(set),
                sets.join(", ")
            ));
        }
        // `MediaDeviceWarning::16`: a value of a set is asked for with `--set`.
        Some((_, Some(set))) => {
            if let Arg::Code(code) = classify(bare.trim()) {
                hints.push(match set.from_code(code) {
                    Some(_) => format!("a value takes --set: did you mean --set {set} {code}?"),
                    None => format!("a value takes --set, but {set} has no code {code}"),
                });
            }
        }
        None => {}
    }
    let similar = similar_names(set, bare);
    if let Some(more) = similar
        .len()
        .checked_sub(SHOWN_NAMES)
        .filter(|&more| more > 0)
    {
        hints.push(format!(
            "did you mean {}, or one of {more} more?",
            similar[..SHOWN_NAMES].join(", "),
        ));
    } else if !similar.is_empty() {
        hints.push(format!("did you mean {}?", similar.join(", ")));
    }
    if hints.is_empty() {
        String::new()
    } else {
        format!(" ({})", hints.join("; "))
    }
}

/// The most names a hint lists; it says how many more there are.
const SHOWN_NAMES: usize = 6;

/// Names that equal `bare` but for case, `_` and `::`, qualified with their set if `set` is given, so
/// that the hint keeps the form asked for.
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
    let mut codes: Vec<AnyCode> = Vec::new();
    for (code, spelling) in matches
        .into_iter()
        .filter(|&(code, _)| !in_set || Some(code.code_set()) == named)
    {
        // Qualified, each code once (by its first matching spelling, the Rust name where it
        // matches); bare, each spelling once.
        let name = match set {
            Some(_) if codes.contains(&code) => continue,
            Some(_) => format!("{}::{spelling}", code.set()),
            None => spelling.to_owned(),
        };
        codes.push(code);
        if !found.contains(&name) {
            found.push(name);
        }
    }
    found
}
