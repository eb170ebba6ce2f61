//! `bytertc-codes`: what a ByteRTC SDK code means, in Chinese and English.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use bytertc_codes::{AnyCode, CodeSet, Platform, Source};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, Parser, Subcommand};

mod annotate;
mod diff;
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
  bytertc-codes explain 0 --set KTVErrorCode --set PlayerError  0 in those two sets only
  bytertc-codes list --set WarningCode --format markdown
  bytertc-codes search token               every code that mentions a token
  bytertc-codes search 房间 --format json
  tail -f app.log | bytertc-codes annotate  every code in a log, explained as it streams by
  bytertc-codes diff 3.50 3.61             what moving the C++ SDK from 3.50 to 3.61 changes
  bytertc-codes diff 3.45 3.57 --sdk android --set ErrorCode --format json";

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
    // `OsString`, so that every argument that is not UTF-8 gets the same message (see `text`).
    #[arg(long = "set", global = true, value_name = "SET")]
    sets: Vec<OsString>,
}

/// At most this many bytes of an argument are quoted in a message, as the library's errors do.
const QUOTED_BYTES: usize = 64;

/// `arg` quoted as `str`'s `Debug` shows it; if longer than [`QUOTED_BYTES`], only its start, then
/// `…` and its length, as the library's parse errors quote their input.
pub fn quoted(arg: &str) -> String {
    if arg.len() <= QUOTED_BYTES {
        return format!("{arg:?}");
    }
    let mut end = QUOTED_BYTES;
    while !arg.is_char_boundary(end) {
        end -= 1;
    }
    format!("{:?}… ({} bytes)", &arg[..end], arg.len())
}

/// `arg` cut like [`quoted`], unquoted, for clap's messages, which quote it themselves.
fn shortened(arg: &str) -> String {
    if arg.len() <= QUOTED_BYTES {
        return arg.to_owned();
    }
    let mut end = QUOTED_BYTES;
    while !arg.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &arg[..end], arg.len())
}

/// clap's own error, with each argument it quotes cut like [`quoted`] (a tip that repeats a long
/// argument is left out).
fn bounded(mut err: clap::Error) -> clap::Error {
    let long = |s: &str| s.len() > QUOTED_BYTES;
    let entries: Vec<(ContextKind, ContextValue)> =
        err.context().map(|(k, v)| (k, v.clone())).collect();
    for (kind, value) in entries {
        match value {
            ContextValue::String(s) if long(&s) => {
                err.insert(kind, ContextValue::String(shortened(&s)));
            }
            ContextValue::Strings(strings) if strings.iter().any(|s| long(s)) => {
                let strings = strings.iter().map(|s| shortened(s)).collect();
                err.insert(kind, ContextValue::Strings(strings));
            }
            // The tips quote the argument in full; the usage is the tool's own.
            ContextValue::StyledStrs(tips)
                if kind == ContextKind::Suggested
                    && tips
                        .iter()
                        .any(|tip| tip.to_string().len() > 2 * QUOTED_BYTES) =>
            {
                err.remove(kind);
            }
            _ => {}
        }
    }
    err
}

/// [`quoted`] for an argument that may not be UTF-8 (its invalid bytes shown as `�`).
fn quoted_os(arg: &OsStr) -> String {
    quoted(&arg.to_string_lossy())
}

/// A usage error (exit status 2), with the usage of `command` (`None`: the tool's).
fn usage_error(command: Option<&str>, kind: ErrorKind, message: &str) -> clap::Error {
    let mut cli = Cli::command();
    // Built, so that a command's usage starts with the tool's name.
    cli.build();
    match command.and_then(|name| cli.find_subcommand_mut(name)) {
        Some(command) => command.error(kind, message),
        None => cli.error(kind, message),
    }
}

/// A usage error about the value `value` of the argument `arg` (`--set <SET>`, `<WORD>...`, of
/// `command` if given).
fn invalid(command: Option<&str>, arg: &str, value: &OsStr, why: &str) -> clap::Error {
    usage_error(
        command,
        ErrorKind::InvalidValue,
        &format!("invalid value {} for '{arg}': {why}", quoted_os(value)),
    )
}

/// The argument as text, or the usage error every command gives an argument that is not UTF-8.
fn text<'a>(command: Option<&str>, arg: &str, value: &'a OsStr) -> Result<&'a str, clap::Error> {
    value
        .to_str()
        .ok_or_else(|| invalid(command, arg, value, "not valid UTF-8"))
}

/// Parses `--set`: any name of a set, or an error that lists the sets.
fn set(command: Option<&str>, value: &OsStr) -> Result<CodeSet, clap::Error> {
    const ARG: &str = "--set <SET>";
    text(command, ARG, value)?.trim().parse().map_err(|_| {
        let sets: Vec<&str> = CodeSet::ALL.iter().map(|set| set.name()).collect();
        invalid(
            command,
            ARG,
            value,
            &format!("not a code set; sets: {}", sets.join(", ")),
        )
    })
}

/// The arguments of `explain` as text, or a usage error: an argument that is empty (or only white
/// space) or not UTF-8 can be no code or name.
fn code_args<'a>(
    command: Option<&str>,
    codes: &'a [OsString],
) -> Result<Vec<&'a str>, clap::Error> {
    const ARG: &str = "<CODE|NAME>...";
    codes
        .iter()
        .map(|value| {
            let code = text(command, ARG, value)?;
            if code.trim().is_empty() {
                return Err(invalid(
                    command,
                    ARG,
                    value,
                    "a code or name cannot be empty",
                ));
            }
            Ok(code)
        })
        .collect()
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
        #[arg(required = true, allow_negative_numbers = true, value_name = "WORD")]
        words: Vec<OsString>,
    },
    /// Copy a log through, explaining each code a line gives a role on the lines below it
    ///
    /// Reads the files in order (standard input if none is given, or for `-`), as bytes: lines that
    /// are not UTF-8 pass through unchanged. A file that cannot be read is reported on stderr, the
    /// others are still read, and the exit status is 1. A closed pipe (`| head`) ends the run
    /// quietly. `--format text` (the default) or `json`; `--lang` chooses the texts' languages.
    #[command(after_help = annotate::RULES)]
    Annotate {
        /// Log files to read, in order; standard input if none is given, or for `-`
        #[arg(value_name = "FILE")]
        files: Vec<OsString>,
    },
    /// What changes for an application that moves its SDK from release FROM to TO
    ///
    /// Per set, each code that TO adds or removes, renames, marks @hidden (for internal use) or no
    /// longer, deprecates, or documents with another meaning, as the two releases' headers or
    /// reference pages say. FROM and TO are releases as the family writes them (3.45, 3.58.4) or
    /// source labels (cpp-3.45), of the C++ SDK unless --sdk or a label names another family; a
    /// release without a public source has nothing to compare. FROM may be the newer release: the
    /// diff then runs backwards, and says so. --format json writes an array of objects with `set`,
    /// `code`, `name`, `change` (added, removed, renamed, hidden, shown, deprecated or meaning) and,
    /// where the change has them, `from` and `to`: the identifiers before and after, the release that
    /// deprecates the code, or the English descriptions before and after.
    #[command(after_help = EXAMPLES)]
    Diff {
        /// The release the application moves from: 3.45, 3.58.4, or a source label (cpp-3.45)
        #[arg(value_name = "FROM")]
        from: OsString,
        /// The release it moves to
        #[arg(value_name = "TO")]
        to: OsString,
        /// The SDK family: cpp (the default), objc, android or electron
        #[arg(long, value_name = "SDK")]
        sdk: Option<OsString>,
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
    match run() {
        Ok(code) => code,
        Err(err) => exit_with(&err),
    }
}

/// Runs the command; a usage error is returned for `main` to print (exit status 2), before any
/// output.
fn run() -> Result<ExitCode, clap::Error> {
    let cli = Cli::try_parse().map_err(bounded)?;
    // The command named, for the usage in a usage error; `None` for bare codes.
    let named = cli.command.as_ref().map(|command| match command {
        Command::Explain { .. } => "explain",
        Command::List => "list",
        Command::Search { .. } => "search",
        Command::Annotate { .. } => "annotate",
        Command::Diff { .. } => "diff",
    });
    let command = match (cli.command, cli.codes) {
        (None, codes) => Command::Explain { codes },
        (Some(command), Codes { codes }) if codes.is_empty() => command,
        // `-1000 --lang zh list`: after an option, clap reads `list` as the command, not as a code.
        (Some(_), _) => {
            return Err(Cli::command().error(
                ErrorKind::ArgumentConflict,
                "codes to explain cannot come with a command",
            ))
        }
    };
    let sets = Sets(
        cli.sets
            .iter()
            .map(|value| set(named, value))
            .collect::<Result<_, _>>()?,
    );
    let mut out = String::new();
    let mut problems: Vec<String> = Vec::new();
    match command {
        Command::Explain { codes } => {
            let mut found: Vec<AnyCode> = Vec::new();
            for arg in code_args(named, &codes.codes)? {
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
            const ARG: &str = "<WORD>...";
            let words: Vec<String> = words
                .iter()
                .map(|value| {
                    search::word(text(named, ARG, value)?)
                        .map_err(|why| invalid(named, ARG, value, &why))
                })
                .collect::<Result<_, _>>()?;
            let codes: Vec<AnyCode> = search::search(&words)
                .into_iter()
                .filter(|&code| sets.contains(code))
                .collect();
            if codes.is_empty() {
                let words: Vec<String> = words.iter().map(|word| quoted(word)).collect();
                problems.push(format!(
                    "no code's text or name in {} contains {}",
                    sets.describe(),
                    words.join(" and ")
                ));
            }
            render::rows(&mut out, &codes, cli.lang, cli.format);
        }
        Command::Diff { from, to, sdk } => {
            let (from, to) = diff::sources(&from, &to, sdk.as_deref())?;
            diff::render(&mut out, from, to, &sets, cli.lang, cli.format);
        }
        Command::Annotate { files } => {
            let json = match cli.format {
                Format::Text => false,
                Format::Json => true,
                Format::Markdown => {
                    return Err(usage_error(
                        named,
                        ErrorKind::InvalidValue,
                        "annotate writes --format text or json, not markdown",
                    ))
                }
            };
            let options = annotate::Options {
                sets: sets.0,
                locales: cli.lang.locales(),
                json,
            };
            return Ok(annotate_files(&annotate::Annotator::new(options), &files));
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
    Ok(report(&problems))
}

/// Tells each problem on stderr; the exit status says whether there were any.
fn report(problems: &[String]) -> ExitCode {
    // Nothing is left to tell of a failing stderr; the exit status still tells the rest.
    let mut stderr = io::stderr().lock();
    for problem in problems {
        let _ = writeln!(stderr, "bytertc-codes: {problem}");
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `annotate`: each file in turn (standard input for none or `-`); a file that cannot be read is
/// told on stderr when met, and the others are still read.
fn annotate_files(annotator: &annotate::Annotator, files: &[OsString]) -> ExitCode {
    let stdin: [OsString; 1] = ["-".into()];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut failed = false;
    for file in files {
        let name = file.to_string_lossy();
        let result = if file == "-" {
            annotator.run(io::stdin().lock(), &name, &mut out)
        } else {
            match File::open(file) {
                Ok(input) => annotator.run(input, &name, &mut out),
                Err(err) => Err(annotate::Failure::Read(err)),
            }
        };
        match result {
            Ok(()) => {}
            Err(annotate::Failure::Read(err)) => {
                // `run` has written and flushed what was read, so the message follows it.
                failed = true;
                let what = if file == "-" {
                    "standard input".to_owned()
                } else {
                    quoted(&name)
                };
                let _ = writeln!(io::stderr(), "bytertc-codes: cannot read {what}: {err}");
            }
            // No one is left to read the rest.
            Err(annotate::Failure::Write(err)) if err.kind() == io::ErrorKind::BrokenPipe => break,
            Err(annotate::Failure::Write(err)) => {
                return report(&[format!("cannot write output: {err}")]);
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
