//! Storing the codes an application saw, and reporting how often each set's codes came.
//!
//! Run it with `cargo run --example code_report --features serde`.
//!
//! An application that drives the SDK logs every code it gets with the set of the callback that
//! delivered it (the same integer means different things in different sets). This example takes such
//! a log as (set name, raw value) pairs, keeps each as an `AnyCode`, or by its set and value where this
//! crate does not know it, stores them as JSON and reads them back, then counts them per set and writes
//! the counts as JSON: what a crash-report or telemetry upload would carry.
//!
//! A stored unknown code is `{"set": "ErrorCode", "code": -1234}`, exactly as a known one is stored,
//! so a newer release of this crate that knows it reads it back as an `AnyCode`.

use std::collections::BTreeMap;

use bytertc_codes::{AnyCode, CodeSet, ErrorCode, Locale, ParseCodeSetError};
use serde::{Deserialize, Serialize};

/// One code as stored: known to this crate, or kept by its set and value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
enum Stored {
    Known(AnyCode),
    Unknown { set: CodeSet, code: i32 },
}

impl Stored {
    /// Types a value with the set that delivered it; the set's name comes from the log.
    fn new(set: &str, code: i32) -> Result<Stored, ParseCodeSetError> {
        let set: CodeSet = set.parse()?;
        Ok(match set.from_code(code) {
            Some(known) => Stored::Known(known),
            None => Stored::Unknown { set, code },
        })
    }

    fn code_set(self) -> CodeSet {
        match self {
            Stored::Known(code) => code.code_set(),
            Stored::Unknown { set, .. } => set,
        }
    }
}

/// The counts of one set: known codes by name, unknown ones by value.
#[derive(Debug, Default, Serialize)]
struct SetCounts {
    total: usize,
    codes: BTreeMap<&'static str, usize>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    unknown: BTreeMap<i32, usize>,
}

fn count(stored: &[Stored]) -> BTreeMap<CodeSet, SetCounts> {
    let mut counts = BTreeMap::<CodeSet, SetCounts>::new();
    for &code in stored {
        let set = counts.entry(code.code_set()).or_default();
        set.total += 1;
        match code {
            Stored::Known(code) => *set.codes.entry(code.name()).or_default() += 1,
            Stored::Unknown { code, .. } => *set.unknown.entry(code).or_default() += 1,
        }
    }
    counts
}

fn main() {
    // What the application's log recorded: the callback's set and the integer it delivered.
    let log = [
        ("ErrorCode", -1000),            // onError
        ("WarningCode", -2001),          // onWarning
        ("ByteRTCErrorCode", -1000),     // onError, logged by the iOS app: the SDK's name there
        ("PublishStateChangeReason", 2), // onVideoPublishStateChanged, 3.60+
        ("LocalVideoStreamError", 3),    // onLocalVideoStateChanged
        ("LocalAudioStreamError", 3),    // onLocalAudioStateChanged: the same 3, another code
        ("ErrorCode", -1234),            // a code newer than this crate
        ("ReturnStatus", -2),            // an API call's return value
        ("NoSuchSet", 7),                // a corrupt line
    ];

    let mut stored = Vec::new();
    for (set, code) in log {
        match Stored::new(set, code) {
            Ok(code) => stored.push(code),
            Err(err) => println!("skipped: {err}"),
        }
    }
    assert_eq!(stored.len(), 8);
    assert_eq!(stored[0], Stored::Known(ErrorCode::InvalidToken.into()));
    assert_ne!(stored[4], stored[5]); // 3 is DeviceBusy in two sets: two different codes
    let unknown = Stored::Unknown {
        set: CodeSet::ErrorCode,
        code: -1234,
    };
    assert_eq!(stored[6], unknown);

    // Store them, and read them back: known and unknown codes alike come back exactly.
    let json = serde_json::to_string(&stored).unwrap();
    assert!(json.starts_with(r#"[{"set":"ErrorCode","code":-1000},"#));
    assert!(json.contains(r#"{"set":"ErrorCode","code":-1234}"#));
    let read: Vec<Stored> = serde_json::from_str(&json).unwrap();
    assert_eq!(read, stored);
    println!("stored: {json}");

    // In memory an `AnyCode` is a key like any other (`Ord`, `Hash`): each distinct code, in both
    // languages.
    let mut seen = BTreeMap::<AnyCode, usize>::new();
    for &code in &read {
        if let Stored::Known(code) = code {
            *seen.entry(code).or_default() += 1;
        }
    }
    assert_eq!(seen[&AnyCode::from(ErrorCode::InvalidToken)], 2);
    for (code, times) in &seen {
        println!(
            "{times}× {}: {} / {code}",
            code.set(),
            code.summary(Locale::Zh)
        );
    }

    // The report: the counts per set, as JSON.
    let counts = count(&read);
    assert_eq!(counts[&CodeSet::ErrorCode].total, 3);
    assert_eq!(counts[&CodeSet::ErrorCode].codes["InvalidToken"], 2);
    assert_eq!(counts[&CodeSet::ErrorCode].unknown[&-1234], 1);
    let report = serde_json::to_string(&counts).unwrap();
    assert_eq!(
        report,
        concat!(
            r#"{"LocalAudioStreamError":{"total":1,"codes":{"DeviceBusy":1}},"#,
            r#""LocalVideoStreamError":{"total":1,"codes":{"DeviceBusy":1}},"#,
            r#""ErrorCode":{"total":3,"codes":{"InvalidToken":2},"unknown":{"-1234":1}},"#,
            r#""WarningCode":{"total":1,"codes":{"JoinRoomFailed":1}},"#,
            r#""ReturnStatus":{"total":1,"codes":{"ParameterErr":1}},"#,
            r#""PublishStateChangeReason":{"total":1,"codes":{"NoPublishPermission":1}}}"#,
        )
    );
    println!("{}", serde_json::to_string_pretty(&counts).unwrap());
}
