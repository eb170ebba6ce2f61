//! `bytertc-codes annotate`: the corpus of log lines in `tests/fixtures/annotate/corpus.txt` with
//! their expected decodings, streaming, bad input and the ends of pipes, run as a user would; and the
//! annotator itself on any input.
#![cfg(feature = "cli")]

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use bytertc_codes::{CodeSet, Locale};
use proptest::prelude::*;
use serde_json::Value;

/// The tool's own module, to run the annotator in-process on any input.
#[allow(dead_code)]
#[path = "../src/bin/bytertc-codes/annotate.rs"]
mod annotate;

const CORPUS: &str = include_str!("fixtures/annotate/corpus.txt");

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bytertc-codes"))
}

/// Runs the tool with `args`, `input` on its standard input.
fn run<S: AsRef<OsStr>>(args: &[S], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("a stdin pipe");
    let input = input.to_vec();
    // Written from a thread, so that a large input cannot block against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().expect("the binary ends");
    writer.join().expect("the writer ends");
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A directory of its own for a test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "bytertc-codes-annotate-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// One code the corpus expects.
#[derive(Debug, Clone, PartialEq)]
struct Expected {
    column: u64,
    set: String,
    code: i64,
    callback: Option<String>,
    unknown: bool,
    others: u64,
}

/// The corpus: each log line with the codes expected in it.
fn corpus() -> Vec<(String, Vec<Expected>)> {
    let mut cases: Vec<(String, Vec<Expected>)> = Vec::new();
    for line in CORPUS.lines() {
        if let Some(log) = line.strip_prefix("> ") {
            cases.push((log.to_owned(), Vec::new()));
        } else if let Some(code) = line.strip_prefix("= ") {
            let parts: Vec<&str> = code.split_whitespace().collect();
            let expected = Expected {
                column: parts[0].parse().expect("a column"),
                set: parts[1].to_owned(),
                code: parts[2].parse().expect("a code"),
                callback: Some(parts[3]).filter(|&c| c != "-").map(str::to_owned),
                unknown: parts[4..].contains(&"unknown"),
                others: parts[4..]
                    .iter()
                    .find_map(|p| p.strip_prefix("others="))
                    .map_or(0, |n| n.parse().expect("a count")),
            };
            cases.last_mut().expect("a log line first").1.push(expected);
        } else {
            assert!(
                line.is_empty() || line.starts_with('#'),
                "not a corpus line: {line:?}"
            );
        }
    }
    cases
}

#[test]
fn the_corpus_decodes_as_expected() {
    let cases = corpus();
    assert!(cases.len() >= 60, "{} lines", cases.len());
    assert!(cases.iter().filter(|(_, codes)| codes.is_empty()).count() >= 15);
    let input: String = cases.iter().map(|(line, _)| format!("{line}\n")).collect();
    let output = run(&["annotate", "--format", "json"], input.as_bytes());
    assert!(output.status.success(), "{}", text(&output.stderr));
    let mut found: Vec<Vec<Expected>> = vec![Vec::new(); cases.len()];
    for object in text(&output.stdout).lines() {
        let object: Value = serde_json::from_str(object).expect("one JSON object a line");
        let line = object["line"].as_u64().expect("a line number");
        let code = object["code"].as_i64().expect("a code");
        let expected = Expected {
            column: object["column"].as_u64().expect("a column"),
            set: object["set"].as_str().expect("a set").to_owned(),
            code,
            callback: object["callback"].as_str().map(str::to_owned),
            unknown: object["name"].is_null(),
            others: object["other_sets"].as_u64().expect("other_sets"),
        };
        // The column points at the number.
        let log = &cases[usize::try_from(line).unwrap() - 1].0;
        let at = usize::try_from(expected.column).unwrap() - 1;
        assert!(
            log[at..].starts_with(&code.to_string()),
            "{log}: column {} is not {code}",
            expected.column
        );
        found[usize::try_from(line).unwrap() - 1].push(expected);
    }
    for ((log, expected), found) in cases.iter().zip(&found) {
        assert_eq!(found, expected, "{log}");
    }
}

#[test]
fn text_copies_every_line_and_explains_each_code_below_it() {
    let cases = corpus();
    let input: String = cases.iter().map(|(line, _)| format!("{line}\n")).collect();
    for lang in ["both", "zh", "en"] {
        let output = run(&["annotate", "--lang", lang], input.as_bytes());
        assert!(output.status.success(), "{}", text(&output.stderr));
        let out = text(&output.stdout);
        let mut lines = out.lines();
        for (log, expected) in &cases {
            assert_eq!(lines.next(), Some(log.as_str()));
            for code in expected {
                let line = lines.next().expect("an annotation");
                if code.unknown {
                    assert_eq!(
                        line,
                        format!("    ↳ unknown ByteRTC {}: {}", code.set, code.code)
                    );
                    continue;
                }
                let set: CodeSet = code.set.parse().expect("a set");
                let any = set
                    .from_code(i32::try_from(code.code).unwrap())
                    .expect("the code");
                let summaries: Vec<&str> = match lang {
                    "zh" => vec![any.summary(Locale::Zh)],
                    "en" => vec![any.summary(Locale::En)],
                    _ => vec![any.summary(Locale::Zh), any.summary(Locale::En)],
                };
                let mut want = format!(
                    "    ↳ {} {} {}: {}",
                    code.set,
                    code.code,
                    any.name(),
                    summaries.join(" / ")
                );
                match code.others {
                    0 => {}
                    1 => want.push_str(" (also in 1 other set)"),
                    n => want.push_str(&format!(" (also in {n} other sets)")),
                }
                assert_eq!(line, want, "{log}");
            }
        }
        assert_eq!(lines.next(), None);
    }
}

#[test]
fn the_tool_page_shows_the_real_output() {
    let readme = include_str!("../docs/tool.md");
    let block = |start: &str| -> &str {
        let at = readme.find(start).expect("docs/tool.md shows annotate") + start.len();
        let end = readme[at..]
            .find("\n$ ")
            .or_else(|| readme[at..].find("```"));
        &readme[at..at + end.expect("the end of the block")]
    };
    let log = block("$ cat app.log\n");
    let shown = block("$ bytertc-codes annotate app.log\n");
    let output = run(&["annotate"], format!("{log}\n").as_bytes());
    assert!(output.status.success());
    assert_eq!(shown, text(&output.stdout));
}

#[test]
fn every_callback_delivers_its_sets_codes() {
    let annotator = annotate::Annotator::new(annotate::Options {
        sets: Vec::new(),
        locales: Locale::ALL,
        json: true,
    });
    let mut checked = 0;
    for &set in CodeSet::ALL {
        for callback in set.callbacks() {
            for code in set.codes() {
                let sets: Vec<CodeSet> = CodeSet::ALL
                    .iter()
                    .copied()
                    .filter(|s| s.callbacks().any(|c| c == callback))
                    .collect();
                let value = code.code();
                for line in [
                    format!("{callback}({value})"),
                    format!("I/ByteRTC: {callback}: {value}"),
                    format!("{callback} state=1 code={value} uid=7"),
                ] {
                    let mut out = Vec::new();
                    assert!(annotator.run(line.as_bytes(), "-", &mut out).is_ok());
                    let out = text(&out);
                    let object: Value = serde_json::from_str(out.trim()).expect(&line);
                    assert_eq!(object["callback"], callback, "{line}");
                    assert_eq!(object["code"], value, "{line}");
                    // One of the callback's sets, which defines the value.
                    let found: CodeSet = object["set"].as_str().unwrap().parse().unwrap();
                    assert!(sets.contains(&found), "{line}: {found}");
                    assert!(!object["name"].is_null(), "{line}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn set_narrows_and_lang_chooses_the_texts() {
    let input = b"error=3\nonLocalAudioStateChanged error=3\nret=-2\n";
    let output = run(&["annotate", "--set", "LocalVideoStreamError"], input);
    assert!(output.status.success());
    assert_eq!(
        text(&output.stdout),
        format!(
            "error=3\n    ↳ LocalVideoStreamError 3 DeviceBusy: {} / {}\n\
             onLocalAudioStateChanged error=3\nret=-2\n",
            summary_zh("LocalVideoStreamError", 3),
            summary_en("LocalVideoStreamError", 3)
        )
    );
    let output = run(
        &[
            "annotate",
            "--set",
            "ReturnStatus",
            "--set",
            "ErrorCode",
            "--lang",
            "en",
        ],
        input,
    );
    assert_eq!(
        text(&output.stdout),
        format!(
            "error=3\nonLocalAudioStateChanged error=3\nret=-2\n    ↳ ReturnStatus -2 ParameterErr: {}\n",
            summary_en("ReturnStatus", -2)
        )
    );
    let output = run(&["annotate", "--lang", "zh"], b"onError(-1000)\n");
    assert_eq!(
        text(&output.stdout),
        format!(
            "onError(-1000)\n    ↳ ErrorCode -1000 InvalidToken: {}\n",
            summary_zh("ErrorCode", -1000)
        )
    );
}

fn summary(set: &str, code: i32, locale: Locale) -> &'static str {
    let set: CodeSet = set.parse().unwrap();
    set.from_code(code).unwrap().summary(locale)
}

fn summary_zh(set: &str, code: i32) -> &'static str {
    summary(set, code, Locale::Zh)
}

fn summary_en(set: &str, code: i32) -> &'static str {
    summary(set, code, Locale::En)
}

#[test]
fn a_sign_is_part_of_the_number() {
    // The column is the sign's; `-0` is 0 (and a callback's 0 is shown), `+3` is 3.
    let output = run(
        &["annotate", "--format", "json"],
        "onError：-0\nerror=+3\n".as_bytes(),
    );
    let got: Vec<(u64, u64, String, i64)> = text(&output.stdout)
        .lines()
        .map(|l| {
            let o: Value = serde_json::from_str(l).unwrap();
            (
                o["line"].as_u64().unwrap(),
                o["column"].as_u64().unwrap(),
                o["set"].as_str().unwrap().to_owned(),
                o["code"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, 11, "ErrorCode".to_owned(), 0),
            (2, 7, "LocalAudioStreamError".to_owned(), 3)
        ]
    );
}

#[test]
fn markdown_is_a_usage_error() {
    let output = run(&["annotate", "--format", "markdown"], b"onError(-1000)\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(text(&output.stderr)
        .starts_with("error: annotate writes --format text or json, not markdown\n"));
}

#[test]
fn bytes_that_are_not_utf8_pass_through_and_codes_around_them_are_found() {
    let input = b"\xff\xfe onError(-1000) \xc3\x28 err\xe9=3\r\nlatin1 caf\xe9 onWarning -2001\n";
    let output = run(&["annotate", "--lang", "en"], input);
    assert!(output.status.success());
    let mut want = Vec::new();
    want.extend_from_slice(b"\xff\xfe onError(-1000) \xc3\x28 err\xe9=3\r\n");
    want.extend_from_slice(
        format!(
            "    ↳ ErrorCode -1000 InvalidToken: {}\r\n",
            summary_en("ErrorCode", -1000)
        )
        .as_bytes(),
    );
    want.extend_from_slice(b"latin1 caf\xe9 onWarning -2001\n");
    want.extend_from_slice(
        format!(
            "    ↳ WarningCode -2001 JoinRoomFailed: {}\n",
            summary_en("WarningCode", -2001)
        )
        .as_bytes(),
    );
    assert_eq!(output.stdout, want);
}

#[test]
fn a_last_line_without_newline_is_copied_as_it_is() {
    let output = run(&["annotate", "--lang", "en"], b"uid=7\nonError(-1000)");
    assert_eq!(
        text(&output.stdout),
        format!(
            "uid=7\nonError(-1000)\n    ↳ ErrorCode -1000 InvalidToken: {}\n",
            summary_en("ErrorCode", -1000)
        )
    );
    let output = run(&["annotate"], b"uid=7\nno code");
    assert_eq!(text(&output.stdout), "uid=7\nno code");
    let output = run(&["annotate"], b"");
    assert!(output.status.success() && output.stdout.is_empty());
}

#[test]
fn a_10_mb_line_is_handled_whole() {
    let filler = "x=1 ".repeat(10 << 18); // 10 MiB of keys that are no codes
    let line = format!("onError(-1000) {filler}error=-1009 {filler}code=-1002 end");
    let output = run(&["annotate", "--format", "json"], line.as_bytes());
    assert!(output.status.success(), "{}", text(&output.stderr));
    let objects: Vec<Value> = text(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(u64, u64, &str, i64, &Value)> = objects
        .iter()
        .map(|o| {
            (
                o["line"].as_u64().unwrap(),
                o["column"].as_u64().unwrap(),
                o["set"].as_str().unwrap(),
                o["code"].as_i64().unwrap(),
                &o["callback"],
            )
        })
        .collect();
    let column = |needle: &str| line.find(needle).unwrap() as u64 + 1;
    // The callback named at the start holds for the whole line.
    let on_error = Value::from("onError");
    assert_eq!(
        got,
        [
            (1, 9, "ErrorCode", -1000, &on_error),
            (1, column("-1009"), "ErrorCode", -1009, &on_error),
            (1, column("-1002"), "ErrorCode", -1002, &on_error),
        ]
    );
    // Text: the line unchanged, then its codes.
    let output = run(&["annotate", "--lang", "en"], line.as_bytes());
    assert!(output.stdout.starts_with(line.as_bytes()));
    let rest = text(&output.stdout[line.len()..]);
    let code = |code: i32| {
        let name = bytertc_codes::ErrorCode::try_from(code).unwrap();
        format!(
            "    ↳ ErrorCode {code} {name:?}: {}\n",
            summary_en("ErrorCode", code)
        )
    };
    assert_eq!(
        rest,
        format!("\n{}{}{}", code(-1000), code(-1009), code(-1002))
    );
}

/// Peak memory of a running process, in KiB (Linux).
#[cfg(target_os = "linux")]
fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

#[cfg(target_os = "linux")]
#[test]
fn memory_stays_bounded_on_a_64_mib_line() {
    let mut child = bin()
        .args(["annotate", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        stdout.read_to_end(&mut out).unwrap();
        out
    });
    // About 100 KiB with one code, no newline.
    let chunk = "x=1, ".repeat(20_000) + "onError: code=-1000, ";
    let mut written = 0;
    while written < 64 << 20 {
        stdin.write_all(chunk.as_bytes()).unwrap();
        written += chunk.len();
    }
    // All but what the pipe holds has been read: a whole-line reader would hold 64 MiB by now.
    let peak = peak_kib(child.id());
    drop(stdin);
    let out = reader.join().unwrap();
    assert!(child.wait().unwrap().success());
    assert!(peak < 24 << 10, "peak {peak} KiB");
    // Every code was still found: one per repetition.
    assert_eq!(text(&out).lines().count(), written / chunk.len());
}

#[test]
fn an_unreadable_file_is_reported_after_the_others_are_read() {
    let dir = scratch("unreadable");
    let good = dir.join("good.log");
    std::fs::write(&good, "onError(-1000)\n").unwrap();
    let missing = dir.join("missing.log");
    let output = run(
        &[
            OsStr::new("annotate"),
            missing.as_os_str(),
            good.as_os_str(),
            dir.as_os_str(), // a directory: opens, but cannot be read
            OsStr::new("-"),
            good.as_os_str(),
        ],
        b"uid=7\n",
    );
    assert_eq!(output.status.code(), Some(1));
    let out = text(&output.stdout);
    assert_eq!(
        out.matches("onError(-1000)\n    ↳ ErrorCode -1000").count(),
        2
    );
    assert!(out.contains("\nuid=7\n"), "{out}");
    let err = text(&output.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!(
            "bytertc-codes: cannot read {:?}: ",
            missing.to_str().unwrap()
        )),
        "{err}"
    );
    assert!(
        lines[1].starts_with(&format!(
            "bytertc-codes: cannot read {:?}: ",
            dir.to_str().unwrap()
        )),
        "{err}"
    );
    // JSON names each file.
    let output = run(
        &[
            OsStr::new("annotate"),
            OsStr::new("--format"),
            OsStr::new("json"),
            good.as_os_str(),
            OsStr::new("-"),
        ],
        b"onError(-1001)\n",
    );
    let files: Vec<Value> = text(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["file"].clone())
        .collect();
    assert_eq!(
        files,
        [Value::from(good.to_str().unwrap()), Value::from("-")]
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_a_file_name() {
    use std::os::unix::ffi::OsStrExt;

    let dir = scratch("non-utf8-name");
    let file = dir.join(OsStr::from_bytes(b"caf\xe9.log"));
    std::fs::write(&file, "onError(-1000)\n").unwrap();
    let output = run(&[OsStr::new("annotate"), file.as_os_str()], b"");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("ErrorCode -1000"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let mut child = bin()
        .args(["annotate"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdin.write_all(b"onError(-1000)\n").unwrap();
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "onError(-1000)\n");
    // Like `| head -1`: the reader goes away; the writer keeps writing.
    drop(stdout);
    let line = "onError(-1000) ".repeat(100) + "\n";
    for _ in 0..10_000 {
        if stdin.write_all(line.as_bytes()).is_err() {
            break; // the tool has ended
        }
    }
    drop(stdin);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(err, "");
}

#[test]
fn each_line_is_out_before_more_input_is_waited_for() {
    // `tail -f app.log | bytertc-codes annotate`: the input stays open while the output is read.
    for format in ["text", "json"] {
        let mut child = bin()
            .args(["annotate", "--format", format])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        for (line, code) in [
            ("onError(-1000)\n", "-1000"),
            ("onWarning -2001\n", "-2001"),
        ] {
            stdin.write_all(line.as_bytes()).unwrap();
            stdin.flush().unwrap();
            let mut got = String::new();
            if format == "text" {
                stdout.read_line(&mut got).unwrap();
                assert_eq!(got, line);
                got.clear();
            }
            stdout.read_line(&mut got).unwrap();
            assert!(got.contains(code), "{got}");
        }
        drop(stdin);
        assert!(child.wait().unwrap().success());
    }
}

#[test]
fn help_states_the_rules() {
    let output = run(&["annotate", "--help"], b"");
    let help = text(&output.stdout);
    assert!(output.status.success());
    for rule in [
        "What counts as a code",
        "onError(-1000)",
        "error_code=-3",
        "state=2 is no code",
        "returned",
        "0 is not reported",
        "--set SET",
        "JSON Lines",
    ] {
        assert!(help.contains(rule), "{rule} missing from {help}");
    }
    let top = text(&run(&["--help"], b"").stdout);
    assert!(top.contains("annotate"), "{top}");
}

/// Bytes like a log's: words, keys, callback names, numbers, separators, and bytes that are not
/// UTF-8 (none of which make a `↳`).
fn log_bytes() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just(b"onError".to_vec()),
        Just(b"onLocalAudioStateChanged".to_vec()),
        Just(b"onStreamPushEvent".to_vec()),
        Just(b"error".to_vec()),
        Just(b"event".to_vec()),
        Just(b"ret".to_vec()),
        Just(b"RTS".to_vec()),
        Just("错误码".as_bytes().to_vec()),
        Just("：".as_bytes().to_vec()),
        Just(b"=".to_vec()),
        Just(b":".to_vec()),
        Just(b"(".to_vec()),
        Just(b")".to_vec()),
        Just(b"\"".to_vec()),
        Just(b" ".to_vec()),
        Just(b",".to_vec()),
        Just(b"-".to_vec()),
        Just(b".".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\xff".to_vec()),
        Just(b"\xe9".to_vec()),
        any::<i32>().prop_map(|n| n.to_string().into_bytes()),
        (0u32..20).prop_map(|n| n.to_string().into_bytes()),
        Just(b"99999999999".to_vec()),
    ];
    prop::collection::vec(pieces, 0..64).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn any_input_passes_through_unchanged(input in log_bytes()) {
        for json in [false, true] {
            let annotator = annotate::Annotator::new(annotate::Options {
                sets: Vec::new(),
                locales: Locale::ALL,
                json,
            });
            let mut out = Vec::new();
            prop_assert!(annotator.run(&input[..], "-", &mut out).is_ok());
            if json {
                for line in text(&out).lines() {
                    let object: Value = serde_json::from_str(line).unwrap();
                    // The column points at the number within its line.
                    let n = usize::try_from(object["line"].as_u64().unwrap()).unwrap();
                    let log = input.split(|&b| b == b'\n').nth(n - 1).unwrap();
                    let at = usize::try_from(object["column"].as_u64().unwrap()).unwrap() - 1;
                    // `-0` and `+5` are 0 and 5.
                    let number: Vec<u8> = log[at..]
                        .iter()
                        .enumerate()
                        .take_while(|&(i, &b)| b.is_ascii_digit() || i == 0 && b"+-".contains(&b))
                        .map(|(_, &b)| b)
                        .collect();
                    let number: i64 = text(&number).parse().unwrap();
                    prop_assert_eq!(number, object["code"].as_i64().unwrap());
                }
                continue;
            }
            // Without the annotation lines, the output is the input (plus the newline a last
            // line without one gets before its annotations).
            let mut copied: Vec<u8> = Vec::new();
            for line in out.split_inclusive(|&b| b == b'\n') {
                if !line.starts_with("    ↳ ".as_bytes()) {
                    copied.extend_from_slice(line);
                }
            }
            if copied.len() == input.len() + 1 && !input.ends_with(b"\n") {
                copied.pop();
            }
            prop_assert_eq!(copied, input.clone());
        }
    }
}
