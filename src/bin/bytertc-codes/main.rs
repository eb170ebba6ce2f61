//! `bytertc-codes`: what a ByteRTC SDK code means, in Chinese and English.

use std::io::{self, Write};
use std::process::ExitCode;

use bytertc_codes::{lookup, lookup_name, AnyCode, Platform};
use clap::builder::PossibleValuesParser;
use clap::{Parser, Subcommand};

mod render;

use render::{Format, Lang};

const EXAMPLES: &str = "\
Examples:
  bytertc-codes explain -1000              what onError(-1000) means
  bytertc-codes explain 3 --lang zh        3 from a local audio or video state callback, in Chinese
  bytertc-codes explain ERROR_CODE_TOKEN_EXPIRED kErrorCodeJoinRoomRoomForbidden
  bytertc-codes list --set WarningCode --format markdown
  bytertc-codes search token               every code whose text mentions a token
  bytertc-codes search 房间 --format json";

/// What a ByteRTC (Volcano Engine RTC) SDK error, warning or state code means.
#[derive(Debug, Parser)]
#[command(name = "bytertc-codes", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,

    /// Language of the texts
    #[arg(long, global = true, value_enum, default_value_t = Lang::Both)]
    lang: Lang,

    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Explain codes: every set that defines each value or name
    #[command(after_help = EXAMPLES)]
    Explain {
        /// Decimal codes (-1000, 3) or names (ERROR_CODE_INVALID_TOKEN, kErrorCodeInvalidToken,
        /// InvalidToken, ErrorCode::InvalidToken)
        #[arg(
            required = true,
            allow_negative_numbers = true,
            value_name = "CODE|NAME"
        )]
        codes: Vec<String>,
    },
    /// List every code, one row a code
    List {
        /// Only this set
        #[arg(long, value_name = "SET", ignore_case = true, value_parser = PossibleValuesParser::new(SETS))]
        set: Option<String>,
    },
    /// Find the codes whose texts, in either language, contain all the words (case-insensitive)
    Search {
        /// Words to look for
        #[arg(required = true, allow_negative_numbers = true)]
        words: Vec<String>,
    },
}

const SETS: [&str; 5] = [
    "AudioRecordingErrorCode",
    "LocalAudioStreamError",
    "LocalVideoStreamError",
    "ErrorCode",
    "WarningCode",
];

/// The outcome of one `explain` argument.
enum Explained {
    Found(Vec<AnyCode>),
    Problem(String),
}

fn explain(arg: &str) -> Explained {
    match classify(arg) {
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
        || arg.trim().is_empty()
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
        let names = std::iter::once(code.name())
            .chain(Platform::ALL.iter().filter_map(|&p| code.identifier(p)));
        for candidate in names {
            if fold(candidate) == wanted && !found.iter().any(|f| f == candidate) {
                found.push(candidate.to_owned());
            }
        }
    }
    found.truncate(3);
    found
}

fn search(words: &[String]) -> Vec<AnyCode> {
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    AnyCode::all()
        .filter(|code| {
            let text = [
                code.description(bytertc_codes::Locale::Zh),
                code.description(bytertc_codes::Locale::En),
            ]
            .join("\n")
            .to_lowercase();
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = String::new();
    let mut problems: Vec<String> = Vec::new();
    match &cli.command {
        Command::Explain { codes } => {
            let mut found = Vec::new();
            for arg in codes {
                match explain(arg) {
                    Explained::Found(codes) => found.extend(codes),
                    Explained::Problem(message) => problems.push(message),
                }
            }
            render::details(&mut out, &found, cli.lang, cli.format);
        }
        Command::List { set } => {
            let codes: Vec<AnyCode> = AnyCode::all()
                .filter(|code| {
                    set.as_deref()
                        .map_or(true, |set| code.set().eq_ignore_ascii_case(set))
                })
                .collect();
            render::rows(&mut out, &codes, cli.lang, cli.format);
        }
        Command::Search { words } => {
            let codes = search(words);
            if codes.is_empty() {
                problems.push(format!("no code's text contains {}", words.join(" and ")));
            }
            render::rows(&mut out, &codes, cli.lang, cli.format);
        }
    }
    // A closed pipe (`| head`) is not an error worth a panic.
    match io::stdout().lock().write_all(out.as_bytes()) {
        Ok(()) => {}
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {}
        Err(err) => {
            eprintln!("bytertc-codes: cannot write output: {err}");
            return ExitCode::FAILURE;
        }
    }
    for problem in &problems {
        eprintln!("bytertc-codes: {problem}");
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
