//! `bytertc-codes`: what a ByteRTC SDK code means, in Chinese and English.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use bytertc_codes::{AnyCode, CodeSet, Platform, Source};
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand};

mod explain;
mod render;
mod search;

use explain::Explained;
use render::{Format, Lang};

const EXAMPLES: &str = "\
Examples:
  bytertc-codes explain -1000              what onError(-1000) means
  bytertc-codes -1000                      the same: a bare code or name is explained
  bytertc-codes explain 3 --lang zh        3 from a local audio or video state callback, in Chinese
  bytertc-codes explain ERROR_CODE_TOKEN_EXPIRED kErrorCodeJoinRoomRoomForbidden
  bytertc-codes explain 0 --set ErrorCode --set KTVErrorCode   0 in two sets only
  bytertc-codes list --set WarningCode --format markdown
  bytertc-codes search token               every code that mentions a token
  bytertc-codes search 房间 --format json";

/// What a ByteRTC (Volcano Engine RTC) SDK error, warning or state code means.
///
/// Codes or names given without a command are explained: `bytertc-codes -1000 3` is
/// `bytertc-codes explain -1000 3`.
// No `about` attribute: it would put the package description first instead of the doc comment.
#[derive(Debug, Parser)]
#[command(
    name = "bytertc-codes",
    version,
    after_help = EXAMPLES,
    subcommand_negates_reqs = true,
    // clap's own second line, `[CODE|NAME]... <COMMAND>`, offers a mix that is an error.
    override_usage = "bytertc-codes [OPTIONS] <CODE|NAME>...\n       bytertc-codes [OPTIONS] <COMMAND>"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    #[command(flatten)]
    codes: Codes,

    /// Language of the texts
    #[arg(long, global = true, value_enum, ignore_case = true, default_value_t = Lang::Both)]
    lang: Lang,

    /// Output format
    #[arg(long, global = true, value_enum, ignore_case = true, default_value_t = Format::Text)]
    format: Format,

    /// Only codes of this set (repeat for more): the Rust enum's name or an SDK spelling
    /// (ErrorCode, ByteRTCErrorCode, KTVErrorCode), in any case
    #[arg(long = "set", global = true, value_name = "SET", value_parser = set)]
    sets: Vec<CodeSet>,
}

/// Parses `--set`: any name of a set, or an error that lists the sets.
fn set(name: &str) -> Result<CodeSet, String> {
    name.trim().parse().map_err(|_| {
        let sets: Vec<&str> = CodeSet::ALL.iter().map(|set| set.name()).collect();
        format!("not a code set; sets: {}", sets.join(", "))
    })
}

/// The sets `--set` chose; every set if it was not given.
pub struct Sets(Vec<CodeSet>);

impl Sets {
    /// Whether `code` is of a chosen set.
    pub fn contains(&self, code: AnyCode) -> bool {
        self.0.is_empty() || self.0.contains(&code.code_set())
    }

    /// The chosen sets for a message, e.g. `ErrorCode and KtvErrorCode`.
    pub fn describe(&self) -> String {
        let names: Vec<&str> = self.0.iter().map(|set| set.name()).collect();
        match names.split_last() {
            None => "any set".to_owned(),
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }
}

/// The arguments of `explain`, also taken bare.
#[derive(Debug, Args)]
struct Codes {
    /// Decimal codes (-1000, 3) or names (ERROR_CODE_INVALID_TOKEN, kErrorCodeInvalidToken,
    /// InvalidToken, ErrorCode::InvalidToken)
    // `OsString`, so that an argument that is not UTF-8 is reported alone instead of ending the run.
    #[arg(
        required = true,
        allow_negative_numbers = true,
        value_name = "CODE|NAME"
    )]
    codes: Vec<OsString>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Explain codes: every set that defines each value or name
    ///
    /// For each code: its texts, the recovery the reference states, the 3.58 reference pages
    /// (platforms) and the SDK releases' headers (sources) that list it, whether it is hidden, its
    /// deprecation, and what other sources say it means where that differs.
    #[command(after_help = EXAMPLES)]
    Explain {
        #[command(flatten)]
        codes: Codes,
    },
    /// List every code, one row a code
    List,
    /// Find the codes whose texts (in either language), names or identifiers contain all the words
    ///
    /// Case-insensitive. English words match whole words only ("ok" is not in "token"); Chinese
    /// matches anywhere. Texts include what other sources say a code means; identifiers are those of
    /// the 3.58 reference pages and of the SDK headers. Codes a word names exactly come first.
    Search {
        /// Words or quoted phrases to look for
        #[arg(required = true, allow_negative_numbers = true, value_name = "WORD", value_parser = search::word)]
        words: Vec<String>,
    },
}

/// Every name of `code`: its Rust name, its SDK name, each platform's identifier and each source's
/// (some headers spell it otherwise than the pages; a name may come more than once).
fn spellings(code: AnyCode) -> impl Iterator<Item = &'static str> {
    [code.name(), code.sdk_name()]
        .into_iter()
        .chain(
            Platform::ALL
                .iter()
                .filter_map(move |&p| code.identifier(p)),
        )
        .chain(
            Source::ALL
                .iter()
                .filter_map(move |&s| code.identifier_in(s)),
        )
}

/// A write's error, if any; a closed pipe (`| head`) is none, as no one is left to tell.
fn write_error(result: io::Result<()>) -> Option<io::Error> {
    result
        .err()
        .filter(|err| err.kind() != io::ErrorKind::BrokenPipe)
}

/// Prints a clap error, `--help` or `--version` as clap would, except that output which could not
/// be written fails.
fn exit_with(err: &clap::Error) -> ExitCode {
    let failed = write_error(err.print().and_then(|()| io::stdout().flush())).is_some();
    match err.exit_code() {
        0 if failed => ExitCode::FAILURE,
        code => ExitCode::from(u8::try_from(code).unwrap_or(2)),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return exit_with(&err),
    };
    let command = match (cli.command, cli.codes) {
        (None, codes) => Command::Explain { codes },
        (Some(command), Codes { codes }) if codes.is_empty() => command,
        // `-1000 --lang zh list`: after an option, clap reads `list` as the command, not as a code.
        (Some(_), _) => {
            return exit_with(&Cli::command().error(
                ErrorKind::ArgumentConflict,
                "codes to explain cannot come with a command",
            ))
        }
    };
    let sets = Sets(cli.sets);
    let mut out = String::new();
    let mut problems: Vec<String> = Vec::new();
    match command {
        Command::Explain { codes } => {
            let mut found: Vec<AnyCode> = Vec::new();
            for arg in &codes.codes {
                match explain::explain(arg, &sets) {
                    // Each code once, where first named: `-1000 ERROR_CODE_INVALID_TOKEN` is one code.
                    Explained::Found(codes) => {
                        for code in codes {
                            if !found.contains(&code) {
                                found.push(code);
                            }
                        }
                    }
                    Explained::Problem(message) => problems.push(message),
                }
            }
            render::details(&mut out, &found, cli.lang, cli.format);
        }
        Command::List => {
            let codes: Vec<AnyCode> = AnyCode::all().filter(|&code| sets.contains(code)).collect();
            render::rows(&mut out, &codes, cli.lang, cli.format);
        }
        Command::Search { words } => {
            let codes: Vec<AnyCode> = search::search(&words)
                .into_iter()
                .filter(|&code| sets.contains(code))
                .collect();
            if codes.is_empty() {
                problems.push(format!(
                    "no code's text or name in {} contains {}",
                    sets.describe(),
                    words.join(" and ")
                ));
            }
            render::rows(&mut out, &codes, cli.lang, cli.format);
        }
    }
    let mut stdout = io::stdout().lock();
    if let Some(err) = write_error(
        stdout
            .write_all(out.as_bytes())
            .and_then(|()| stdout.flush()),
    ) {
        problems.push(format!("cannot write output: {err}"));
    }
    // Nothing is left to tell of a failing stderr; the exit status still tells the rest.
    let mut stderr = io::stderr().lock();
    for problem in &problems {
        let _ = writeln!(stderr, "bytertc-codes: {problem}");
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
