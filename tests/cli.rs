//! The `bytertc-codes` binary, run as a user would.
#![cfg(feature = "cli")]

use std::ffi::OsStr;
use std::process::{Command, Output};

use bytertc_codes::{AnyCode, Code, ErrorCode, Locale, Source, WarningCode};

fn run<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bytertc-codes"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 stderr")
}

fn json(args: &[&str]) -> Vec<serde_json::Value> {
    let output = run(args);
    serde_json::from_str::<serde_json::Value>(&stdout(&output))
        .expect("valid JSON")
        .as_array()
        .expect("a JSON array")
        .clone()
}

#[test]
fn explain_3_shows_both_local_stream_sets() {
    let output = run(&["explain", "3"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.contains("LocalAudioStreamError 3 DeviceBusy (kLocalAudioStreamErrorDeviceBusy)"),
        "{text}"
    );
    assert!(
        text.contains("LocalVideoStreamError 3 DeviceBusy (kLocalVideoStreamErrorDeviceBusy)"),
        "{text}"
    );
    assert!(text.contains("本地音频录制设备已经在使用中"));
    assert!(text.contains("The local video capture device is in use"));
    // Every set that defines 3 answers, each in a block of its own; ErrorCode does not define it.
    assert!(!text.lines().any(|line| line.starts_with("ErrorCode ")));
    assert!(
        text.contains("\nSubtitleErrorCode 3 AsrServiceError ("),
        "{text}"
    );
}

#[test]
fn explain_minus_1000_shows_everything_about_it() {
    let output = run(&["explain", "-1000"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let code = ErrorCode::InvalidToken;
    assert!(
        text.starts_with("ErrorCode -1000 InvalidToken (ERROR_CODE_INVALID_TOKEN)\n"),
        "{text}"
    );
    for locale in [Locale::Zh, Locale::En] {
        for line in code.description(locale).lines() {
            assert!(text.contains(line), "{line} missing from {text}");
        }
    }
    assert!(text.contains("recovery: UpdateToken"));
    assert!(text.contains("platforms: Unity, Android, iOS, macOS, Windows, Linux, Electron"));
    assert!(text.contains(
        "\n  sources: C++ 3.24–3.61, Objective-C 3.45–3.58, Android 3.45–3.57, Electron 3.54–3.60.1\n"
    ));
    assert!(!text.contains("hidden"), "{text}");
    // -1072: in no page and no header; SDK builds outside the crate's sources declare it.
    let text = stdout(&run(&["explain", "-1072"]));
    let neither = "none (no page or header of the crate's sources lists it; see its docs)";
    assert!(
        text.ends_with(&format!("  platforms: {neither}\n  sources: {neither}\n")),
        "{text}"
    );
}

#[test]
fn explain_by_any_name() {
    for name in [
        "ERROR_CODE_TOKEN_EXPIRED",
        "kRoomErrorTokenExpired",
        "TokenExpired",
        "ErrorCode::TokenExpired",
    ] {
        let output = run(&["explain", name]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let text = stdout(&output);
        assert!(
            text.starts_with("ErrorCode -1009 TokenExpired (ERROR_CODE_TOKEN_EXPIRED)"),
            "{text}"
        );
        assert!(text.contains("recovery: RejoinWithNewToken"));
    }
}

#[test]
fn explain_shows_deprecation() {
    let text = stdout(&run(&["explain", "-1081"]));
    assert!(
        text.contains("deprecated: since SDK 3.52, replaced by -1080 (OverStreamPublishLimit)"),
        "{text}"
    );
}

#[test]
fn explain_shows_the_sources_and_a_hidden_mark() {
    // -1085: on no 3.58 page, in the C++ headers from 3.52 on and the Objective-C ones, hidden.
    let output = run(&["explain", "-1085"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "ErrorCode -1085 MultiRoomUnpublishFailed (kErrorCodeMultiRoomUnpublishFailed)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "  platforms: none (only the SDK headers)\n  sources: C++ 3.52–3.61, Objective-C \
             3.52–3.58\n  hidden: \
             undocumented (@hidden in the C++ 3.61 headers), for internal use; the SDK may still \
             deliver it\n  stood for by: PublishStateChangeReason 4 MultiRoomUnpublishFailed \
             (inferred: same identifier words)\n"
        ),
        "{text}"
    );
    // A code some Electron release lists too.
    let text = stdout(&run(&["explain", "-2005"]));
    assert!(
        text.contains("\n  sources: C++ 3.24–3.61, Objective-C 3.45–3.58, Electron 3.60.1\n"),
        "{text}"
    );
    assert!(text.contains("\n  hidden: undocumented"), "{text}");
}

#[test]
fn explain_says_when_no_header_lists_a_code() {
    // -1005: on the 3.58 pages of Unity and Android, and on Android's older pages, in no header.
    let text = stdout(&run(&["explain", "-1005"]));
    assert!(
        text.ends_with("  platforms: Unity, Android\n  sources: Android 3.45–3.57\n"),
        "{text}"
    );
    assert!(!text.contains("hidden"), "{text}");
}

#[test]
fn explain_shows_a_replacement_in_another_set_and_links() {
    let text = stdout(&run(&["explain", "-1083", "--set", "ErrorCode"]));
    assert!(
        text.contains(
            "\n  deprecated: since SDK 3.60, replaced by AvSyncEvent 0 (InvalidUidRepeated)\n"
        ),
        "{text}"
    );
    // The deprecation names the replacement once; the link is not repeated.
    assert!(!text.contains("replaced by: "), "{text}");
    let text = stdout(&run(&["explain", "-5002", "--set", "WarningCode"]));
    assert!(
        text.contains(
            "\n  deprecated: since SDK 3.33, replaced by MediaDeviceError 1 (DeviceNoPermission)\n"
        ),
        "{text}"
    );
    // From the other end: what a 3.61 reason stands for, and what a task error replaces, each with
    // its evidence: no source says so, the crate infers it.
    let text = stdout(&run(&[
        "explain",
        "PublishStateChangeReason::NoPublishPermission",
    ]));
    assert!(
        text.contains(
            "\n  stands for: ErrorCode -1002 NoPublishPermission (inferred: same identifier words)\n"
        ),
        "{text}"
    );
    let text = stdout(&run(&["explain", "-1002", "--set", "ErrorCode"]));
    assert!(
        text.contains(
            "\n  stood for by: PublishStateChangeReason 2 NoPublishPermission (inferred: same \
             identifier words)\n"
        ),
        "{text}"
    );
    let text = stdout(&run(&[
        "explain",
        "MixedStreamTaskErrorCode::SignalRequestTimeout",
    ]));
    assert!(
        text.contains(
            "\n  replaces: StreamMixingErrorCode 1099 TimeoutBySignaling (inferred: same text)\n"
        ),
        "{text}"
    );
    // A stated link names its source.
    let text = stdout(&run(&["explain", "MediaDeviceError::DeviceFailure"]));
    assert!(
        text.contains(
            "\n  replaces: WarningCode -5003 RecodingDeviceStartFailed (stated by C++ 3.57)\n  \
             replaces: WarningCode -5004 PlayoutDeviceStartFailed (stated by C++ 3.57)\n"
        ),
        "{text}"
    );
    // Deprecated with no replacement named.
    let text = stdout(&run(&["explain", "-2000"]));
    assert!(text.contains("\n  deprecated: since SDK 3.45\n"), "{text}");
}

#[test]
fn explain_shows_other_meanings_with_their_sources() {
    let code = WarningCode::UserInPublish;
    let later = &code.other_meanings()[0];
    assert_eq!(later.source(), Source::Cpp3_60);
    let text = stdout(&run(&[
        "explain",
        "-2014",
        "--lang",
        "both",
        "--set",
        "WarningCode",
    ]));
    let expected = format!(
        "\n  sources: C++ 3.45–3.61, Objective-C 3.45–3.58, Android 3.45–3.57, Electron \
         3.54–3.60.1\n  stood for by: PublishStateChangeReason 7 UserInPublish (inferred: same identifier words)\n  meaning in C++ 3.60–3.61:\n    zh: {}\n    en: {}\n",
        later.description(Locale::Zh),
        later.description(Locale::En)
    );
    assert!(text.ends_with(&expected), "{text}");
    assert!(text.contains("WTN 流") && text.contains("WTN stream"));
    // The description stays the pages' own.
    assert!(text.contains(&format!("  zh: {}\n", code.description(Locale::Zh))));
    let en = stdout(&run(&[
        "explain",
        "-2014",
        "--lang",
        "en",
        "--set",
        "WarningCode",
    ]));
    assert!(en.ends_with(&format!(
        "  meaning in C++ 3.60–3.61:\n    en: {}\n",
        later.description(Locale::En)
    )));
    assert!(!en.contains("WTN 流"), "{en}");
    // A meaning from the oldest header on, in every C++ release that lists the code.
    let text = stdout(&run(&[
        "explain",
        "LocalVideoStreamError::DeviceDisconnected",
    ]));
    assert!(
        text.contains("\n  meaning in C++ 3.45–3.61:\n    zh: 通话过程中"),
        "{text}"
    );
}

#[test]
fn explain_markdown_shows_sources_hidden_deprecation_and_meanings() {
    let text = stdout(&run(&[
        "explain",
        "-1085",
        "-1083",
        "-2014",
        "--format",
        "markdown",
        "--lang",
        "both",
        "--set",
        "ErrorCode",
        "--set",
        "WarningCode",
    ]));
    for line in [
        "### ErrorCode `-1085` — MultiRoomUnpublishFailed",
        "- Platforms: none (only the SDK headers)\n- Sources: C++ 3.52–3.61, Objective-C 3.52–3.58\n\
         - Hidden: undocumented \
         (@hidden in the C++ 3.61 headers), for internal use; the SDK may still deliver it\n",
        "- Sources: C++ 3.41–3.61, Objective-C 3.45–3.58, Android 3.45–3.57, Electron 3.54–3.60.1\n\
         - Deprecated since SDK 3.60, replaced by \
         AvSyncEvent 0 (InvalidUidRepeated)\n",
        "- Stood for by: `PublishStateChangeReason` `7` (UserInPublish), inferred: same identifier \
         words\n",
        "\n#### Meaning in C++ 3.60–3.61\n\n**用户已经在其他房间发布过流，或者用户正在发布 WTN 流。** (zh)\n",
        "\n**The user has already published streams in another room, or the user is publishing a WTN \
         stream** (en)\n",
    ] {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    assert_eq!(text.matches("- Hidden: ").count(), 1, "{text}");
    let text = stdout(&run(&["explain", "-1005", "--format", "markdown"]));
    assert!(text.contains("\n- Sources: Android 3.45–3.57\n"), "{text}");
}

#[test]
fn unknown_codes_exit_1_after_answering_the_rest() {
    let output = run(&["explain", "424242"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    assert!(stderr(&output).contains("424242: no ByteRTC code set defines this value"));

    let output = run(&["explain", "424242", "-424242", "-1000", "nope"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("ErrorCode -1000 InvalidToken"));
    let err = stderr(&output);
    assert!(
        err.contains("424242: no ByteRTC code set defines this value\n"),
        "{err}"
    );
    assert!(
        err.contains("-424242: no ByteRTC code set defines this value\n"),
        "{err}"
    );
    assert!(err.contains("\"nope\": not the name of any ByteRTC code"));
}

#[test]
fn malformed_input_is_a_clear_message_never_a_panic() {
    let cases = [
        ("0x3e8", "not a decimal number"),
        ("-0x10", "not a decimal number"),
        ("99999999999", "out of range"),
        ("-2147483649", "out of range"),
        ("1e3", "not a code"),
        ("--", "not a code"),
        (
            "error_code_invalid_token",
            "did you mean ERROR_CODE_INVALID_TOKEN?",
        ),
        ("Ok", ""), // ambiguous names explain every match
    ];
    for (arg, message) in cases {
        let output = run(&["explain", "--", arg]);
        let err = stderr(&output);
        assert!(!err.contains("panicked"), "{arg}: {err}");
        if message.is_empty() {
            assert!(output.status.success(), "{arg}: {err}");
            // One block a code, each headed by a line of its own (links are indented).
            let headings = stdout(&output)
                .lines()
                .filter(|line| !line.starts_with(' ') && line.contains(" Ok ("))
                .count();
            assert_eq!(headings, bytertc_codes::lookup_name("Ok").count());
        } else {
            assert_eq!(output.status.code(), Some(1), "{arg}");
            assert!(err.contains(message), "{arg}: {err}");
        }
    }
    let output = run(&["explain", "2147483647", "-2147483648"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr(&output).contains("panicked"));
}

#[test]
fn surrounding_whitespace_is_ignored() {
    for arg in [" -1000 ", "\tERROR_CODE_INVALID_TOKEN\n"] {
        let output = run(&["explain", arg]);
        assert!(output.status.success(), "{arg:?}: {}", stderr(&output));
        assert!(stdout(&output).starts_with("ErrorCode -1000 InvalidToken"));
    }
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_the_same_usage_error_everywhere() {
    use std::os::unix::ffi::OsStrExt;

    let bad = OsStr::from_bytes(b"kErrorCode\xffInvalidToken");
    fn os(args: &[&'static str]) -> Vec<&'static OsStr> {
        args.iter().map(|&arg| OsStr::new(arg)).collect()
    }
    let cases: [(Vec<&OsStr>, &str); 6] = [
        (
            [os(&["explain", "-1000"]), vec![bad], os(&["3"])].concat(),
            "<CODE|NAME>...",
        ),
        ([vec![bad], os(&["-1000"])].concat(), "<CODE|NAME>..."),
        ([os(&["search"]), vec![bad]].concat(), "<WORD>..."),
        ([os(&["list", "--set"]), vec![bad]].concat(), "--set <SET>"),
        (
            [os(&["explain", "-1000", "--set"]), vec![bad]].concat(),
            "--set <SET>",
        ),
        (
            [os(&["--set"]), vec![bad], os(&["annotate"])].concat(),
            "--set <SET>",
        ),
    ];
    for (args, arg) in cases {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?}");
        let err = stderr(&output);
        assert!(
            err.starts_with(&format!(
                "error: invalid value \"kErrorCode\u{fffd}InvalidToken\" for '{arg}': not valid UTF-8\n"
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains("Usage:"), "{args:?}: {err}");
    }
}

#[test]
fn an_empty_code_or_name_is_a_usage_error() {
    for args in [
        &["explain", ""][..],
        &["explain", "-1000", "  "],
        &[""],
        &["\t"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?}");
        let err = stderr(&output);
        assert!(
            err.starts_with("error: invalid value \"")
                && err.contains("\" for '<CODE|NAME>...': a code or name cannot be empty\n"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn messages_quote_at_most_64_bytes_of_an_argument() {
    let long = "x".repeat(120_000);
    let digits = "1".repeat(120_000);
    let quoted = format!("\"{}\"… (120000 bytes)", "x".repeat(64));
    let quoted_digits = format!("\"{}\"… (120000 bytes)", "1".repeat(64));
    let qualified = format!("{long}::Ok");
    let cases: [(Vec<&str>, i32, &str); 7] = [
        (vec!["explain", &long], 1, &quoted),
        (vec!["explain", &digits], 1, &quoted_digits),
        (vec!["explain", &qualified], 1, &quoted),
        (vec!["explain", "-1000", "--set", &long], 2, &quoted),
        (vec!["search", &long], 1, &quoted),
        (vec!["search", "token", &long], 1, &quoted),
        (vec!["annotate", &long], 1, &quoted),
    ];
    // clap's own messages too: a value of `--lang`, an unknown option, an argument `list` lacks.
    let option = format!("--{long}");
    let clapped = format!("{}… (120000 bytes)'", "x".repeat(64));
    let clapped_option = format!("'--{}… (120002 bytes)'", "x".repeat(62));
    let cases = cases.into_iter().chain([
        (vec!["--lang", &long, "-1000"], 2, &clapped[..]),
        (vec!["list", &option], 2, &clapped_option[..]),
        (vec!["list", &long], 2, &clapped[..]),
    ]);
    for (args, status, shown) in cases {
        let output = run(&args);
        let err = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(status),
            "{}",
            &err[..err.len().min(300)]
        );
        assert!(err.len() < 2_000, "{} bytes: {}", err.len(), &err[..300]);
        assert!(err.contains(shown), "{err}");
    }
}

#[test]
fn a_qualified_value_gets_a_hint_to_set() {
    let output = run(&["explain", "MediaDeviceWarning::16"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "bytertc-codes: \"MediaDeviceWarning::16\": not the name of any ByteRTC code (a value takes \
         --set: did you mean --set MediaDeviceWarning 16?)\n"
    );
    // The hint is right: that is how the value is explained.
    let output = run(&["explain", "--set", "MediaDeviceWarning", "16"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("MediaDeviceWarning 16 "));
    // Any spelling of the set, a negative value; a value the set lacks is said to be missing.
    let err = stderr(&run(&["explain", "ByteRTCErrorCode::-1000"]));
    assert!(
        err.contains("(a value takes --set: did you mean --set ErrorCode -1000?)"),
        "{err}"
    );
    let err = stderr(&run(&["explain", "MediaDeviceWarning::999"]));
    assert!(
        err.contains("(a value takes --set, but MediaDeviceWarning has no code 999)"),
        "{err}"
    );
}

#[test]
fn wrong_sign_and_unsigned_forms_get_a_hint() {
    let err = stderr(&run(&["explain", "-1204"]));
    assert_eq!(
        err,
        "bytertc-codes: -1204: no ByteRTC code set defines this value (did you mean 1204, \
         ForwardStreamError::RemoteKicked?)\n"
    );
    let output = run(&["explain", "4294966296"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    let err = stderr(&output);
    assert!(err.contains("out of range"), "{err}");
    assert!(
        err.contains(
            "4294966296 is -1000 read as an unsigned 32-bit number: ErrorCode::InvalidToken"
        ),
        "{err}"
    );
    // No hint where the 32-bit value names nothing either.
    let err = stderr(&run(&["explain", "4294543054"])); // -424242
    assert!(!err.contains("unsigned"), "{err}");
}

#[test]
fn a_qualified_name_hint_keeps_the_set() {
    // Every candidate set is named, or how many more there are.
    let err = stderr(&run(&["explain", "ErrorCode::Ok"]));
    let oks: Vec<String> = bytertc_codes::lookup_name("Ok")
        .map(|code| format!("{}::Ok", code.set()))
        .collect();
    assert!(oks.len() > 6, "{oks:?}");
    assert!(
        err.contains(&format!(
            "(did you mean {}, or one of {} more?)",
            oks[..6].join(", "),
            oks.len() - 6
        )),
        "{err}"
    );
    let err = stderr(&run(&["explain", "WarningCode::InvalidToken"]));
    assert!(
        err.contains(
            "(did you mean ErrorCode::InvalidToken, RoomStateChangeReason::InvalidToken, \
             LoginErrorCode::InvalidToken, ForwardStreamError::InvalidToken, \
             RtsErrorCode::InvalidToken?)"
        ),
        "{err}"
    );
    let err = stderr(&run(&["explain", "LocalAudioStreamError::devicebusy"]));
    assert!(
        err.contains("(did you mean LocalAudioStreamError::DeviceBusy?)"),
        "{err}"
    );
    let output = run(&["explain", "Foo::Ok"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains(
            "\"Foo\" is not a code set; sets: AudioRecordingErrorCode, LocalAudioStreamError, \
             LocalVideoStreamError, ErrorCode, WarningCode"
        ),
        "{err}"
    );
}

#[test]
fn each_code_is_explained_once() {
    let once = stdout(&run(&["explain", "-1000"]));
    for args in [
        ["explain", "-1000", "-1000"],
        ["explain", "-1000", "ERROR_CODE_INVALID_TOKEN"],
    ] {
        let output = run(&args);
        assert!(output.status.success());
        assert_eq!(stdout(&output), once, "{args:?}");
    }
    // First-seen order is kept.
    let text = stdout(&run(&["explain", "3", "-1000", "DeviceBusy"]));
    assert!(text.starts_with("LocalAudioStreamError 3"), "{text}");
    // DeviceBusy names three codes; 3 names two of them: each is shown once.
    assert_eq!(text.matches("DeviceBusy (").count(), 3);
}

fn codes(rows: &[serde_json::Value]) -> Vec<i64> {
    rows.iter()
        .map(|row| row["code"].as_i64().unwrap())
        .collect()
}

#[test]
fn search_token_finds_the_token_codes() {
    let output = run(&["search", "token"]);
    assert!(output.status.success());
    // The three token errors by their texts, and -7002 by its identifier
    // WARNING_CODE_INVALID_SAMI_APPKEY_OR_TOKEN.
    let seed = ["--set", "ErrorCode", "--set", "WarningCode"];
    let found = codes(&json(
        &[&["search", "token", "--format", "json"][..], &seed].concat(),
    ));
    assert_eq!(found, [-1000, -1009, -1010, -7002]);
    let text = stdout(&run(&[&["search", "token"][..], &seed].concat()));
    assert_eq!(text.lines().count(), 4);
    // Without --set, the other sets' token codes follow, in the order of the list of sets.
    let all = json(&["search", "token", "--format", "json"]);
    let sets: Vec<&str> = all.iter().map(|r| r["set"].as_str().unwrap()).collect();
    assert_eq!(
        sets,
        [
            "ErrorCode",
            "ErrorCode",
            "ErrorCode",
            "WarningCode",
            "RoomStateChangeReason",
            "RoomStateChangeReason",
            "RoomStateChangeReason",
            "PublishStateChangeReason",
            "StreamRemoveReason",
            "LoginErrorCode",
            "ForwardStreamError",
            "AsrErrorCode",
            "RtsErrorCode",
            "RtsErrorCode",
            "RtsErrorCode"
        ]
    );
    assert!(text
        .lines()
        .take(3)
        .all(|line| line.starts_with("ErrorCode")));
}

#[test]
fn search_matches_whole_english_words_and_names() {
    let ok = json(&["search", "ok", "--format", "json"]);
    let sets: Vec<&str> = ok
        .iter()
        .take(3)
        .map(|r| r["set"].as_str().unwrap())
        .collect();
    assert_eq!(
        sets,
        [
            "AudioRecordingErrorCode",
            "LocalAudioStreamError",
            "LocalVideoStreamError"
        ]
    );
    assert!(ok.iter().take(3).all(|r| r["name"] == "Ok"));
    assert!(ok.iter().all(|r| r["code"] != -1000), "{ok:?}");
    // A name or identifier matches too, in any case.
    assert_eq!(
        codes(&json(&[
            "search",
            "invalidtoken",
            "--set",
            "ErrorCode",
            "--format",
            "json"
        ])),
        [-1000]
    );
    let invalid_token = codes(&json(&[
        "search",
        "invalid_token",
        "--set",
        "ErrorCode",
        "--format",
        "json",
    ]));
    assert_eq!(invalid_token, [-1000, -1010]);
    // A phrase may span spaces.
    assert_eq!(
        codes(&json(&["search", "token has expired", "--format", "json"])),
        [-1009, -1009, -1009] // ErrorCode's, RoomStateChangeReason's and RtsErrorCode's TokenExpired
    );
}

#[test]
fn search_for_nothing_is_a_usage_error() {
    for word in ["", "  "] {
        let output = run(&["search", word]);
        assert_eq!(output.status.code(), Some(2), "{word:?}");
        assert!(stderr(&output).contains("a search word cannot be empty"));
        assert!(stdout(&output).is_empty());
    }
}

#[test]
fn search_matches_all_words_in_either_language() {
    let rows = json(&["search", "房间", "--format", "json"]);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|row| {
        let zh = row["description_zh"].as_str().unwrap();
        zh.contains("房间")
    }));
    let both = json(&["search", "TOKEN", "房间", "--format", "json"]);
    assert!(both
        .iter()
        .all(|row| row["description_zh"].as_str().unwrap().contains("房间")));
    assert!(both.len() < rows.len());
    assert_eq!(
        run(&["search", "no-such-word-anywhere"]).status.code(),
        Some(1)
    );
}

#[test]
fn list_json_has_one_row_per_code_with_stable_keys() {
    let rows = json(&["list", "--format", "json"]);
    assert_eq!(rows.len(), AnyCode::all().count());
    let keys = [
        "set",
        "code",
        "name",
        "sdk_name",
        "summary_zh",
        "summary_en",
        "description_zh",
        "description_en",
        "recovery",
        "platforms",
        "deprecated_since",
        "replaced_by",
        "sources",
        "hidden",
        "links",
        "hidden_on",
        "hidden_in",
    ];
    for (row, code) in rows.iter().zip(AnyCode::all()) {
        let object = row.as_object().unwrap();
        assert_eq!(object.keys().map(String::as_str).collect::<Vec<_>>(), keys);
        assert_eq!(row["set"], code.set());
        assert_eq!(row["code"], code.code());
        assert_eq!(row["name"], code.name());
        assert_eq!(row["sdk_name"], code.sdk_name());
        assert_eq!(row["summary_zh"], code.summary(Locale::Zh));
        assert_eq!(row["summary_en"], code.summary(Locale::En));
        assert_eq!(row["description_zh"], code.description(Locale::Zh));
        assert_eq!(row["description_en"], code.description(Locale::En));
        let platforms: Vec<&str> = code.platforms().iter().map(|p| p.name()).collect();
        assert_eq!(row["platforms"], serde_json::json!(platforms));
        let deprecation = code.deprecation();
        assert_eq!(
            row["deprecated_since"],
            serde_json::json!(deprecation.map(|d| d.since()))
        );
        // The replacement, of whichever set, by its set, value and name.
        let code_ref = |code: AnyCode| {
            let (set, name) = (code.set(), code.name());
            serde_json::json!({"set": set, "code": code.code(), "name": name})
        };
        assert_eq!(
            row["replaced_by"],
            serde_json::json!(deprecation.and_then(|d| d.replaced_by()).map(code_ref))
        );
        // Its links, both ways, as `links()` gives them, each with its evidence.
        let links: Vec<serde_json::Value> = code
            .links()
            .map(|link| {
                let evidence = link.evidence();
                serde_json::json!({
                    "relation": link.relation().as_str().replace(' ', "_"),
                    "set": link.code().set(),
                    "code": link.code().code(),
                    "name": link.code().name(),
                    "evidence": if evidence.is_stated() { "stated" } else { "inferred" },
                    "source": evidence.source().map(Source::label),
                    "inference": evidence.inference().map(|i| i.as_str().replace(' ', "_")),
                })
            })
            .collect();
        assert_eq!(row["links"], serde_json::json!(links), "{code:?}");
        // Exactly the sources that list the code, in `Source::ALL` order, with their identifiers.
        let sources = row["sources"].as_object().unwrap();
        let labels: Vec<&str> = code.sources().iter().map(Source::label).collect();
        assert_eq!(
            sources.keys().map(String::as_str).collect::<Vec<_>>(),
            labels
        );
        for source in code.sources().iter() {
            assert_eq!(sources[source.label()], code.identifier_in(source).unwrap());
        }
        assert_eq!(row["hidden"], code.is_hidden());
        // The platforms of a scoped `@hidden(…)` mark (`[]` where none), the sources of a bare one.
        let hidden_on: Vec<&str> = code.hidden_on().iter().map(|p| p.name()).collect();
        assert_eq!(row["hidden_on"], serde_json::json!(hidden_on), "{code:?}");
        let hidden_in: Vec<&str> = code.hidden_in().iter().map(Source::label).collect();
        assert_eq!(row["hidden_in"], serde_json::json!(hidden_in), "{code:?}");
        assert!(row["hidden_on"].is_array() && row["hidden_in"].is_array());
    }
    let invalid_token = rows.iter().find(|r| r["code"] == -1000).unwrap();
    assert_eq!(invalid_token["recovery"], "UpdateToken");
    let kicked = rows.iter().find(|r| r["code"] == -1006).unwrap();
    assert!(kicked["recovery"].is_null());
    let screen = rows.iter().find(|r| r["code"] == -1081).unwrap();
    assert_eq!(screen["deprecated_since"], "3.52");
    assert_eq!(
        screen["replaced_by"],
        serde_json::json!({"set": "ErrorCode", "code": -1080, "name": "OverStreamPublishLimit"})
    );
    let app_id = rows.iter().find(|r| r["code"] == -1005).unwrap();
    assert_eq!(app_id["platforms"], serde_json::json!(["Unity", "Android"]));
    let android = "ERROR_CODE_APP_ID_NULL";
    assert_eq!(
        app_id["sources"],
        serde_json::json!({
            "android-3.45": android, "android-3.50": android, "android-3.52": android,
            "android-3.54": android, "android-3.57": android,
        })
    );
    assert_eq!(app_id["hidden"], false);
}

/// Issue 21: `replaced_by` was the replacement's bare value, `0` for -1083 (which is `AvSyncEvent` 0)
/// and `1` for -5002 (`MediaDeviceError` 1): it names the set, the value and the name.
#[test]
fn json_replaced_by_says_which_set_the_replacement_is_in() {
    let rows = json(&[
        "explain",
        "-1083",
        "-5002",
        "-1081",
        "-2000",
        "-1000",
        "--set",
        "ErrorCode",
        "--set",
        "WarningCode",
        "--format",
        "json",
    ]);
    let replaced_by: Vec<&serde_json::Value> = rows.iter().map(|row| &row["replaced_by"]).collect();
    assert_eq!(
        replaced_by,
        [
            &serde_json::json!({"set": "AvSyncEvent", "code": 0, "name": "InvalidUidRepeated"}),
            &serde_json::json!({"set": "MediaDeviceError", "code": 1, "name": "DeviceNoPermission"}),
            // In the same set too.
            &serde_json::json!({"set": "ErrorCode", "code": -1080, "name": "OverStreamPublishLimit"}),
            // Deprecated with no replacement named; not deprecated.
            &serde_json::Value::Null,
            &serde_json::Value::Null,
        ]
    );
}

/// Each link says whether a source states it (and which) or the crate infers it (and from what).
#[test]
fn json_links_give_their_evidence() {
    let rows = json(&[
        "explain",
        "MediaDeviceError::DeviceNoPermission",
        "RtsErrorCode::InvalidToken",
        "--format",
        "json",
    ]);
    assert_eq!(
        rows[0]["links"],
        serde_json::json!([{
            "relation": "replaces",
            "set": "WarningCode",
            "code": -5002,
            "name": "NoMicrophonePermission",
            "evidence": "stated",
            "source": "cpp-3.57",
            "inference": null,
        }])
    );
    assert_eq!(
        rows[1]["links"],
        serde_json::json!([{
            "relation": "stands_for",
            "set": "ErrorCode",
            "code": -1000,
            "name": "InvalidToken",
            "evidence": "inferred",
            "source": null,
            "inference": "same_value",
        }])
    );
}

#[test]
fn json_has_the_sources_and_hidden() {
    let rows = json(&["explain", "-1085", "-1083", "-2010", "--format", "json"]);
    let [unpublish, audio_sync, forbidden] = &rows[..] else {
        panic!("three rows: {rows:?}");
    };
    let cpp = "kErrorCodeMultiRoomUnpublishFailed";
    let objc = "ByteRTCErrorCodeMultiRoomUnpublishFailed";
    assert_eq!(
        unpublish["sources"],
        serde_json::json!({
            "cpp-3.52": cpp, "cpp-3.54": cpp, "cpp-3.56": cpp, "cpp-3.57": cpp, "cpp-3.58": cpp,
            "cpp-3.60": cpp, "cpp-3.61": cpp,
            "objc-3.52": objc, "objc-3.54": objc, "objc-3.57": objc, "objc-3.58": objc,
        })
    );
    assert_eq!(unpublish["hidden"], true);
    assert_eq!(unpublish["platforms"], serde_json::json!([]));
    assert_eq!(unpublish["sdk_name"], cpp);
    // Deprecated by a header, replaced by a code of another set (AvSyncEvent 0).
    assert_eq!(audio_sync["hidden"], false);
    assert_eq!(audio_sync["deprecated_since"], "3.60");
    assert_eq!(
        audio_sync["replaced_by"],
        serde_json::json!({"set": "AvSyncEvent", "code": 0, "name": "InvalidUidRepeated"})
    );
    // C++ 3.41–3.61 (11 headers), Objective-C (6), Android (5), Electron (4).
    assert_eq!(audio_sync["sources"].as_object().unwrap().len(), 26);
    assert_eq!(
        audio_sync["sources"]["electron-3.60.1"],
        "kErrorCodeInvalidAudioSyncUidRepeated"
    );
    // Each source's own spelling.
    let sources = forbidden["sources"].as_object().unwrap();
    for (label, identifier) in [
        ("cpp-3.24", "kWarningCodeSubscribeStreamForbiden"),
        ("cpp-3.58", "kWarningCodeSubscribeStreamForbiden"),
        ("objc-3.45", "ByteRTCWarningCodeSubscribeStreamForbiden"),
        ("android-3.50", "WARNING_CODE_SUBSCRIBE_STREAM_FORBIDEN"),
        ("electron-3.60.1", "kWarningCodeSubscribeStreamForbidden"),
    ] {
        assert_eq!(sources[label], identifier, "{label}");
    }
    // Gone from the C++ headers in 3.60, from Electron's in 3.58.4, and on no Android page of 3.45.
    for label in ["cpp-3.60", "cpp-3.61", "electron-3.58.4", "android-3.45"] {
        assert!(!sources.contains_key(label), "{label}");
    }
    assert_eq!(sources.len(), 32);
    // `search` shares the objects.
    let found = json(&[
        "search",
        "kErrorCodeMultiRoomUnpublishFailed",
        "--format",
        "json",
    ]);
    assert_eq!(found, rows[..1]);
}

#[test]
fn search_finds_header_identifiers_and_other_meanings() {
    // -1017 is `kErrorCodeJoinRoomServerLicenseExpired` only in the headers.
    assert_eq!(
        codes(&json(&[
            "search",
            "kErrorCodeJoinRoomServerLicenseExpired",
            "--format",
            "json"
        ])),
        [-1017]
    );
    // "WTN" is in what the 3.60 headers say -2014 means, and in two 3.60 codes' own texts
    // (`MixedStreamTaskErrorCode` 1195, `WtnSubscribeStateChangeReason` 0).
    assert_eq!(
        codes(&json(&["search", "wtn", "--format", "json"])),
        [-2014, 1195, 0]
    );
    // A hint knows the headers' spellings too.
    let err = stderr(&run(&["explain", "kerrorcodejoinroomserverlicenseexpired"]));
    assert!(
        err.contains("(did you mean kErrorCodeJoinRoomServerLicenseExpired?)"),
        "{err}"
    );
}

#[test]
fn list_filters_by_set_and_speaks_markdown() {
    let rows = json(&["list", "--set", "warningcode", "--format", "json"]);
    assert!(rows.iter().all(|r| r["set"] == "WarningCode"));
    assert_eq!(rows.len(), bytertc_codes::WarningCode::ALL.len());
    let text = stdout(&run(&[
        "list",
        "--set",
        "ErrorCode",
        "--format",
        "markdown",
        "--lang",
        "en",
    ]));
    assert!(text.starts_with("| set | code | name | SDK identifier | summary |"));
    assert!(text.contains(
        "| ErrorCode | -1000 | `InvalidToken` | `ERROR_CODE_INVALID_TOKEN` | Token is invalid |"
    ));
    assert_eq!(text.lines().count(), 2 + ErrorCode::ALL.len());
    let bad = run(&["list", "--set", "Nope"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("not a code set; sets: AudioRecordingErrorCode,"));
}

#[test]
fn set_is_repeatable_takes_sdk_spellings_and_narrows_every_command() {
    // explain: only the chosen sets answer; `--set` works before or after the command.
    let rows = json(&[
        "explain",
        "0",
        "--set",
        "ByteRTCAudioRecordingErrorCode",
        "--set",
        "localvideostreamerror",
        "--format",
        "json",
    ]);
    let sets: Vec<&str> = rows.iter().map(|r| r["set"].as_str().unwrap()).collect();
    assert_eq!(sets, ["AudioRecordingErrorCode", "LocalVideoStreamError"]);
    assert_eq!(
        stdout(&run(&["--set", "ErrorCode", "explain", "-1000"])),
        stdout(&run(&["explain", "-1000", "--set", "ErrorCode"]))
    );
    // A value other sets define is not an unknown value: the message says where it is.
    let output = run(&["explain", "-1000", "--set", "WarningCode"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(
            "-1000: not a code of WarningCode (it is ErrorCode::InvalidToken, \
             RoomStateChangeReason::InvalidToken, LoginErrorCode::InvalidToken, \
             RtsErrorCode::InvalidToken)"
        ),
        "{}",
        stderr(&output)
    );
    let output = run(&["explain", "InvalidToken", "--set", "WarningCode"]);
    assert!(
        stderr(&output).contains(
            "\"InvalidToken\": not a name in WarningCode (it is ErrorCode::InvalidToken, \
             RoomStateChangeReason::InvalidToken, LoginErrorCode::InvalidToken, \
             ForwardStreamError::InvalidToken, RtsErrorCode::InvalidToken)"
        ),
        "{}",
        stderr(&output)
    );
    // list and search.
    let rows = json(&[
        "list",
        "--set",
        "ErrorCode",
        "--set",
        "ByteRTCWarningCode",
        "--format",
        "json",
    ]);
    assert_eq!(rows.len(), ErrorCode::ALL.len() + WarningCode::ALL.len());
    let rows = json(&[
        "search",
        "token",
        "--set",
        "WarningCode",
        "--format",
        "json",
    ]);
    assert!(!rows.is_empty() && rows.iter().all(|r| r["set"] == "WarningCode"));
    let output = run(&["search", "token", "--set", "LocalAudioStreamError"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output)
            .contains("no code's text or name in LocalAudioStreamError contains \"token\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn lang_and_format_ignore_case() {
    assert_eq!(
        stdout(&run(&[
            "explain", "-1000", "--lang", "ZH", "--format", "JSON"
        ])),
        stdout(&run(&[
            "explain", "-1000", "--lang", "zh", "--format", "json"
        ]))
    );
    let zh = stdout(&run(&["explain", "-1000", "--lang", "Zh"]));
    assert!(zh.contains("Token 无效。") && !zh.contains("Token is invalid"));
    let markdown = stdout(&run(&["list", "--format", "MarkDown"]));
    assert!(markdown.starts_with("| set | code |"));
}

#[test]
fn lang_selects_the_language() {
    let zh = stdout(&run(&["explain", "-1000", "--lang", "zh"]));
    assert!(zh.contains("Token 无效。") && !zh.contains("Token is invalid"));
    let en = stdout(&run(&["explain", "--lang", "en", "-1000"]));
    assert!(en.contains("Token is invalid") && !en.contains("Token 无效。"));
    let markdown = stdout(&run(&["explain", "-1084", "--format", "markdown"]));
    assert!(
        markdown.starts_with("### ErrorCode `-1084` — AbnormalServerStatus"),
        "{markdown}"
    );
    assert!(markdown.contains("- Recovery: `ContactSupport`"));
    assert!(markdown.contains(
        "\n- Sources: C++ 3.45–3.61, Objective-C 3.45–3.58, Android 3.45–3.57, Electron 3.54–3.60.1\n"
    ));
}

#[test]
fn bad_flags_exit_2_with_usage_on_stderr() {
    for args in [
        &["--bogus"][..],
        &[],
        &["explain"],
        &["list", "--format", "xml"],
        &["-1000", "--lang", "zh", "list"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = stderr(&output);
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(
            err.contains("Usage:") || err.contains("[possible values: "),
            "{args:?}: {err}"
        );
        assert!(stdout(&output).is_empty());
    }
}

#[test]
fn bare_codes_and_names_are_explained() {
    for args in [
        &["-1000"][..],
        &["ERROR_CODE_INVALID_TOKEN"],
        &["-1000", "3"],
        &["--format", "json", "-1000"],
        &["-1000", "--lang", "zh"],
        &["--lang", "en", "-1000", "3", "--format", "markdown"],
    ] {
        let bare = run(args);
        assert!(bare.status.success(), "{args:?}: {}", stderr(&bare));
        let mut explain = vec!["explain"];
        explain.extend(args);
        assert_eq!(stdout(&bare), stdout(&run(&explain)), "{args:?}");
    }
    let output = run(&["frobnicate", "-1000"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).starts_with("ErrorCode -1000 InvalidToken"));
    assert!(stderr(&output).contains("\"frobnicate\": not the name of any ByteRTC code"));
    // Command names still win, unless after `--`.
    let list = stdout(&run(&["list"]));
    assert_eq!(list.lines().count(), AnyCode::all().count());
    let output = run(&["--", "list"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("\"list\": not the name of any ByteRTC code"));
    assert!(stdout(&run(&["--format", "json", "list"])).starts_with('['));
}

/// Every example `--help` shows runs, answers, and does what its description says.
#[test]
fn every_help_example_works() {
    let help = stdout(&run(&["--help"]));
    let examples = &help[help.find("Examples:\n").expect("--help has examples")..];
    let mut ran = 0;
    for line in examples.lines().skip(1) {
        let line = line.trim();
        // `COMMAND  description`: the description starts after two spaces, the pipe's after `|`.
        let command = line.split("  ").next().unwrap_or(line);
        let command = command.rsplit("| ").next().unwrap_or(command);
        let args: Vec<&str> = command
            .strip_prefix("bytertc-codes ")
            .unwrap_or_else(|| panic!("an example that does not run the tool: {line}"))
            .split_whitespace()
            .collect();
        let output = run(&args);
        assert!(output.status.success(), "{line}: {}", stderr(&output));
        // A log on standard input (`tail -f app.log |`) is empty here, and so is the output.
        if args != ["annotate"] {
            assert!(!stdout(&output).is_empty(), "{line}");
        }
        if line.ends_with("0 in those two sets only") {
            let shown = stdout(&output);
            assert!(
                shown.starts_with("PlayerError 0 ") && shown.contains("\nKtvErrorCode 0 "),
                "{shown}"
            );
            assert_eq!(shown.matches(" 0 ").count(), 2, "{shown}");
        }
        ran += 1;
    }
    assert_eq!(ran, 11);
}

#[test]
fn help_shows_examples_and_version_works() {
    let help = stdout(&run(&["--help"]));
    assert_eq!(
        help.lines().next(),
        Some("What a ByteRTC (Volcano Engine RTC) SDK error, warning or state code means.")
    );
    assert!(help.contains("Examples:") && help.contains("bytertc-codes explain -1000"));
    let version = run(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        stdout(&version).trim(),
        format!("bytertc-codes {}", env!("CARGO_PKG_VERSION"))
    );
}

/// The output a page shows after `$ bytertc-codes ARGS` (up to the end of its code block) is what the
/// tool prints.
fn assert_page_shows_real_output(page: &str, args: &[&str]) {
    let command = format!("$ bytertc-codes {}\n", args.join(" "));
    let start = page.find(&command).expect("the page shows the command") + command.len();
    let shown = &page[start..start + page[start..].find("```").expect("end of block")];
    assert_eq!(shown, stdout(&run(args)), "{command}");
}

#[test]
fn the_readme_and_the_tool_page_show_the_real_output() {
    assert_page_shows_real_output(
        include_str!("../README.md"),
        &["explain", "-1000", "--set", "ErrorCode"],
    );
    assert_page_shows_real_output(include_str!("../docs/tool.md"), &["explain", "-1000"]);
}

/// A file where every write fails with "no space left on device".
#[cfg(target_os = "linux")]
fn dev_full() -> std::process::Stdio {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens");
    std::process::Stdio::from(full)
}

#[cfg(target_os = "linux")]
#[test]
fn failing_output_is_exit_1_never_a_panic() {
    let bin = env!("CARGO_BIN_EXE_bytertc-codes");
    // Only stderr fails: the problem cannot be told, but the status still says it.
    let output = Command::new(bin)
        .args(["explain", "424242"])
        .stderr(dev_full())
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    // Only stdout fails: stderr says so.
    let output = Command::new(bin)
        .args(["explain", "-1000"])
        .stdout(dev_full())
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("bytertc-codes: cannot write output: "),
        "{}",
        stderr(&output)
    );
    for args in [&["explain", "-1000"][..], &["--help"], &["--version"]] {
        let status = Command::new(bin)
            .args(args)
            .stdout(dev_full())
            .stderr(dev_full())
            .status()
            .expect("the binary runs");
        assert_eq!(status.code(), Some(1), "{args:?}");
    }
}

// ---- diff -------------------------------------------------------------------------------------------

#[test]
fn diff_text_groups_the_changes_per_set() {
    let output = run(&["diff", "3.41", "3.45"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let count = bytertc_codes::diff(Source::Cpp3_41, Source::Cpp3_45)
        .unwrap()
        .count();
    assert!(
        text.starts_with(&format!("C++ 3.41 → 3.45: {count} changes\n\n")),
        "{text}"
    );
    assert!(
        text.contains(
            "\nErrorCode\n  removed     -1008  UserIsInRoom            kRoomErrorCodeUserIsInRoom\n  \
             added       -1013  RoomAlreadyExist        kErrorCodeRoomAlreadyExist\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\n  deprecated  -2000  GetRoomFailed "),
        "{text}"
    );
    assert!(
        text.contains("\n  hidden      3  DeviceBusy  @hidden in 3.45, not in 3.41\n"),
        "{text}"
    );
    // A meaning change shows what the code meant before and after, in each language.
    assert!(
        text.contains(
            "\n  meaning     7  DeviceDisconnected\n      was (zh): 本地视频采集设备被移除\n      \
             was (en): The local video capture device was removed\n      now (zh): 通话过程中"
        ),
        "{text}"
    );
    // Labels name the same sources; the C++ SDK is the default.
    assert_eq!(stdout(&run(&["diff", "cpp-3.41", "CPP-3.45"])), text);
    assert_eq!(
        stdout(&run(&["diff", "3.41", "3.45", "--sdk", "cpp"])),
        text
    );
    assert!(!text.contains("backwards"));
}

#[test]
fn diff_narrows_by_set_and_family() {
    let output = run(&[
        "diff",
        "3.45",
        "3.50",
        "--sdk",
        "objc",
        "--set",
        "RtsWarningCode",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("Objective-C 3.45 → 3.50: "), "{text}");
    assert!(
        text.contains("  added       -2015  RoomAlreadyExist                 ByteRTSWarningCodeRoomAlreadyExist\n"),
        "{text}"
    );
    assert!(text.contains("  deprecated  -2015  RoomAlreadyExist                 since 3.46\n"));
    assert!(!text.contains("\nErrorCode\n"));
    // A label names its family.
    assert_eq!(
        stdout(&run(&[
            "diff",
            "objc-3.45",
            "3.50",
            "--set",
            "RtsWarningCode"
        ])),
        text
    );
    // Nothing changes in a set: said so.
    let output = run(&[
        "diff",
        "3.57",
        "3.58",
        "--sdk",
        "objc",
        "--set",
        "WarningCode",
    ]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "Objective-C 3.57 → 3.58: no changes\n");
}

#[test]
fn diff_json_is_an_array_of_changes_with_stable_keys() {
    let rows = json(&["diff", "3.41", "3.45", "--format", "json"]);
    let changes: Vec<bytertc_codes::Change> = bytertc_codes::diff(Source::Cpp3_41, Source::Cpp3_45)
        .unwrap()
        .collect();
    assert_eq!(rows.len(), changes.len());
    for (row, change) in rows.iter().zip(&changes) {
        let object = row.as_object().expect("an object");
        let mut keys = vec!["set", "code", "name", "change"];
        keys.extend(change.from.map(|_| "from"));
        keys.extend(change.to.map(|_| "to"));
        assert_eq!(object.keys().map(String::as_str).collect::<Vec<_>>(), keys);
        assert_eq!(row["set"], change.code.set());
        assert_eq!(row["code"], change.code.code());
        assert_eq!(row["name"], change.code.name());
        assert_eq!(row["change"], change.kind.to_string());
        if let Some(from) = change.from {
            assert_eq!(row["from"], from);
        }
        if let Some(to) = change.to {
            assert_eq!(row["to"], to);
        }
    }
    assert!(rows.contains(&serde_json::json!({
        "set": "ErrorCode",
        "code": -1008,
        "name": "UserIsInRoom",
        "change": "removed",
        "from": "kRoomErrorCodeUserIsInRoom",
    })));
    assert!(rows.contains(&serde_json::json!({
        "set": "WarningCode",
        "code": -2000,
        "name": "GetRoomFailed",
        "change": "deprecated",
        "to": "3.45",
    })));
    assert!(rows.contains(&serde_json::json!({
        "set": "LocalAudioStreamError",
        "code": 3,
        "name": "DeviceBusy",
        "change": "hidden",
    })));
    let meaning = rows
        .iter()
        .find(|row| row["change"] == "meaning")
        .expect("a meaning change");
    assert_eq!(
        meaning["from"],
        "The local video capture device was removed"
    );
    // --set narrows it; --lang does not change it.
    let errors = json(&[
        "diff",
        "3.41",
        "3.45",
        "--format",
        "json",
        "--set",
        "errorcode",
    ]);
    assert!(errors.iter().all(|row| row["set"] == "ErrorCode"));
    assert_eq!(
        errors.len(),
        rows.iter().filter(|row| row["set"] == "ErrorCode").count()
    );
    assert_eq!(
        json(&["diff", "3.41", "3.45", "--format", "json", "--lang", "zh"]),
        rows
    );
}

#[test]
fn diff_markdown_has_a_table_per_set() {
    let output = run(&[
        "diff",
        "3.28",
        "3.30",
        "--set",
        "ErrorCode",
        "--format",
        "markdown",
        "--lang",
        "en",
    ]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "## C++ 3.28 → 3.30\n\n3 changes.\n\n### ErrorCode\n\n| change | code | name | from | to |\n\
             | --- | ---: | --- | --- | --- |\n| meaning | -1004 | `DuplicateLogin` | A user with the same \
             user ID joined this room, so the current user was kicked out of the room | The user was \
             removed from the room:<br>+ A user"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("| added | -1008 | `UserIsInRoom` |  | `kRoomErrorCodeUserIsInRoom` |\n")
    );
}

#[test]
fn diff_backwards_says_so_and_mirrors_the_forward_diff() {
    let output = run(&["diff", "3.45", "3.41"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("C++ 3.45 → 3.41 (backwards: from a newer release to an older one"),
        "{text}"
    );
    assert!(
        text.contains("\n  added       -1008  UserIsInRoom "),
        "{text}"
    );
    let markdown = stdout(&run(&["diff", "3.45", "3.41", "--format", "markdown"]));
    assert!(markdown.contains("changes; backwards: from a newer release to an older one"));
    // JSON stays an array of changes: each the mirror of a forward one.
    let backward = json(&["diff", "3.45", "3.41", "--format", "json"]);
    let forward = json(&["diff", "3.41", "3.45", "--format", "json"]);
    let mirror = |row: &serde_json::Value| {
        let mut row = row.as_object().unwrap().clone();
        let change = match row["change"].as_str().unwrap() {
            "added" => "removed",
            "removed" => "added",
            "hidden" => "shown",
            "shown" => "hidden",
            other => other,
        };
        row.insert("change".into(), change.into());
        let (from, to) = (row.remove("from"), row.remove("to"));
        if let Some(to) = to {
            row.insert("from".into(), to);
        }
        if let Some(from) = from {
            row.insert("to".into(), from);
        }
        serde_json::Value::Object(row)
    };
    let mirrored: Vec<serde_json::Value> = backward.iter().map(mirror).collect();
    let undeprecated: Vec<serde_json::Value> = forward
        .into_iter()
        .filter(|row| row["change"] != "deprecated")
        .collect();
    assert_eq!(mirrored.len(), undeprecated.len());
    for row in &undeprecated {
        assert!(mirrored.contains(row), "{row}");
    }
}

#[test]
fn diff_bad_releases_are_usage_errors_that_say_what_there_is() {
    for (args, message) in [
        (
            &["diff", "3.45", "3.45"][..],
            "error: invalid value \"3.45\" for '<TO>': cannot diff cpp-3.45 with itself: nothing \
             changes\n",
        ),
        (
            &["diff", "cpp-3.61", "3.61"],
            "error: invalid value \"3.61\" for '<TO>': cannot diff cpp-3.61 with itself",
        ),
        (
            &["diff", "3.45", "3.59"],
            "error: invalid value \"3.59\" for '<TO>': no C++ source of release 3.59; the C++ \
             releases are 3.24, 3.26, 3.27, 3.28, 3.29, 3.30, 3.33, 3.34, 3.35, 3.36, 3.37, 3.38, \
             3.41, 3.45, 3.46, 3.50, 3.52, 3.54, 3.56, 3.57, 3.58, 3.60, 3.61 (no family has a \
             source of 3.59)\n",
        ),
        (
            &["diff", "3.45", "3.61", "--sdk", "android"],
            "error: invalid value \"3.61\" for '<TO>': no Android source of release 3.61; the \
             Android releases are 3.45, 3.50, 3.52, 3.54, 3.57 (C++ has it: --sdk cpp)\n",
        ),
        (
            &["diff", "3.24", "3.57", "--sdk", "electron"],
            "error: invalid value \"3.24\" for '<FROM>': no Electron source of release 3.24; the \
             Electron releases are 3.54, 3.57, 3.58.4, 3.60.1 (C++ has it: --sdk cpp)\n",
        ),
        (
            &["diff", "3.50", "3.58.4"],
            "error: invalid value \"3.58.4\" for '<TO>': no C++ source of release 3.58.4;",
        ),
        (
            &["diff", "3.50", "3.52", "--sdk", "electron"],
            "(C++, Objective-C and Android have it: --sdk cpp)\n",
        ),
        (
            &["diff", "latest", "3.61"],
            "error: invalid value \"latest\" for '<FROM>': not a release (such as 3.45 or 3.58.4) \
             nor a source label (such as cpp-3.45)\n",
        ),
        (
            &["diff", "3.45", "java-3.50"],
            "error: invalid value \"java-3.50\" for '<TO>': not a release",
        ),
        (
            &["diff", "3.45", "3.50", "--sdk", "java"],
            "error: invalid value \"java\" for '--sdk <SDK>': not an SDK family; the families are \
             cpp (C++), objc (Objective-C), android and electron\n",
        ),
        (
            &["diff", "objc-3.45", "cpp-3.50"],
            "error: invalid value \"cpp-3.50\" for '<TO>': a source of C++, but FROM is of \
             Objective-C; compare releases of one family\n",
        ),
        (
            &["diff", "objc-3.45", "3.50", "--sdk", "cpp"],
            "error: invalid value \"objc-3.45\" for '<FROM>': a source of Objective-C, but --sdk \
             asks for C++ ones\n",
        ),
        (
            &["diff", "3.45"],
            "error: the following required arguments were not provided:\n  <TO>\n",
        ),
        (
            &["diff", "", "3.45"],
            "error: invalid value \"\" for '<FROM>': not a release",
        ),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?}");
        let err = stderr(&output);
        assert!(
            err.contains(message) && err.starts_with("error: "),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("Usage: bytertc-codes diff "),
            "{args:?}: {err}"
        );
    }
}

#[cfg(unix)]
#[test]
fn diff_arguments_that_are_not_utf8_are_usage_errors() {
    use std::os::unix::ffi::OsStrExt;

    let bad = OsStr::from_bytes(b"3.\xff5");
    for (args, arg) in [
        (vec![OsStr::new("diff"), bad, OsStr::new("3.45")], "<FROM>"),
        (vec![OsStr::new("diff"), OsStr::new("3.45"), bad], "<TO>"),
        (
            vec![
                OsStr::new("diff"),
                OsStr::new("3.45"),
                OsStr::new("3.50"),
                OsStr::new("--sdk"),
                bad,
            ],
            "--sdk <SDK>",
        ),
    ] {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stdout(&output).is_empty());
        let err = stderr(&output);
        assert!(
            err.starts_with(&format!(
                "error: invalid value \"3.\u{fffd}5\" for '{arg}': not valid UTF-8\n"
            )),
            "{err}"
        );
    }
}

#[test]
fn explain_names_the_sources_of_each_meaning_from_source_through_until() {
    let text = stdout(&run(&[
        "explain",
        "-1004",
        "--set",
        "ErrorCode",
        "--lang",
        "en",
    ]));
    assert!(
        text.contains("\n  meaning in C++ 3.29:\n    en: The user was removed from the room:\n"),
        "{text}"
    );
    assert!(text.contains("\n  meaning in C++ 3.30–3.38:\n"), "{text}");
    let text = stdout(&run(&[
        "explain",
        "UserMessageSendResult::NoRelayPath",
        "--lang",
        "en",
    ]));
    assert!(
        text.contains(
            "\n  meaning in C++ 3.24–3.46:\n    en: Failed to get the relay path\n  meaning in \
             Objective-C 3.45:\n    en: Failed to get the relay path\n"
        ),
        "{text}"
    );
}

#[test]
fn the_tool_page_shows_the_real_diff_output() {
    let readme = include_str!("../docs/tool.md");
    let command = "  $ bytertc-codes diff 3.57 3.58 --sdk objc\n";
    let start = readme.find(command).expect("docs/tool.md shows diff") + command.len();
    let end = start + readme[start..].find("  ```").expect("end of block");
    // The block is indented by two spaces (it is in a list item).
    let shown: String = readme[start..end]
        .lines()
        .map(|line| format!("{}\n", line.strip_prefix("  ").unwrap_or(line)))
        .collect();
    assert_eq!(
        shown,
        stdout(&run(&["diff", "3.57", "3.58", "--sdk", "objc"]))
    );
}
