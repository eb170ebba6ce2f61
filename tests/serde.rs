//! serde: the integer code on the wire; integers and both name forms accepted; unknown values are errors
//! that name the set and keep the value; arbitrary JSON never panics.
#![cfg(feature = "serde")]

mod common;

use bytertc_codes::*;
use common::for_each_set;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::Deserialize;

#[test]
fn serializes_as_the_integer_and_reads_back_every_form() {
    fn check<C: Code + serde::Serialize + DeserializeOwned>() {
        for &code in C::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, code.code().to_string());
            assert_eq!(serde_json::from_str::<C>(&json).unwrap(), code);
            let identifiers = Platform::ALL
                .iter()
                .filter_map(|&p| code.identifier(p))
                .chain(Source::ALL.iter().filter_map(|&s| code.identifier_in(s)));
            for name in [code.name(), code.sdk_name()]
                .into_iter()
                .chain(identifiers)
            {
                let quoted = serde_json::to_string(name).unwrap();
                assert_eq!(
                    serde_json::from_str::<C>(&quoted).unwrap(),
                    common::parses_to(code, name),
                    "{quoted}"
                );
            }
        }
        // Whole collections too, e.g. a stored log.
        let all: Vec<C> = C::ALL.to_vec();
        let json = serde_json::to_string(&all).unwrap();
        assert_eq!(serde_json::from_str::<Vec<C>>(&json).unwrap(), all);
    }
    for_each_set!(check);
}

#[test]
fn unknown_values_name_the_set_and_keep_the_value() {
    let cases = [
        ("-1234", "unknown ByteRTC ErrorCode: -1234"),
        ("424242", "unknown ByteRTC ErrorCode: 424242"),
        ("9999999999", "unknown ByteRTC ErrorCode: 9999999999"),
        ("-9999999999", "unknown ByteRTC ErrorCode: -9999999999"),
        (
            "18446744073709551615",
            "unknown ByteRTC ErrorCode: 18446744073709551615",
        ),
        (
            "\"ERROR_CODE_NOPE\"",
            "unknown ByteRTC ErrorCode name: \"ERROR_CODE_NOPE\"",
        ),
        // A string holding an integer is that integer (a map key in JSON): known or not.
        ("\"-1234\"", "unknown ByteRTC ErrorCode: -1234"),
        ("\"9999999999\"", "unknown ByteRTC ErrorCode: 9999999999"),
        ("\"-1000.0\"", "unknown ByteRTC ErrorCode name: \"-1000.0\""),
        ("\" -1000\"", "unknown ByteRTC ErrorCode name: \" -1000\""),
    ];
    for (json, message) in cases {
        let err = serde_json::from_str::<ErrorCode>(json).unwrap_err();
        assert!(err.to_string().starts_with(message), "{json}: {err}");
    }
    let err = serde_json::from_str::<WarningCode>("-1000").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("unknown ByteRTC WarningCode: -1000"),
        "{err}"
    );
}

/// A string-keyed format writes a code that keys a map as the string of its integer (JSON: `{"-1000":1}`),
/// and reads it back, in every set.
#[test]
fn maps_keyed_by_codes_round_trip_in_string_keyed_formats() {
    use std::collections::BTreeMap;

    fn check<C: Code + serde::Serialize + DeserializeOwned>() {
        let map: BTreeMap<C, usize> = C::ALL.iter().enumerate().map(|(i, &c)| (c, i)).collect();
        let json = serde_json::to_string(&map).unwrap();
        let first = C::ALL.iter().min().unwrap();
        assert!(
            json.starts_with(&format!("{{\"{}\":", first.code())),
            "{json}"
        );
        assert_eq!(
            serde_json::from_str::<BTreeMap<C, usize>>(&json).unwrap(),
            map,
            "{json}"
        );
        // A string holding the integer is the code wherever it stands, not only as a key.
        for &code in C::ALL {
            let quoted = format!("\"{}\"", code.code());
            assert_eq!(
                serde_json::from_str::<C>(&quoted).unwrap(),
                code,
                "{quoted}"
            );
        }
        // TOML keys are strings too.
        #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        struct Config<C: Ord> {
            counts: BTreeMap<C, usize>,
        }
        let config = Config { counts: map };
        let text = toml::to_string(&config).unwrap();
        assert_eq!(
            toml::from_str::<Config<C>>(&text).unwrap(),
            config,
            "{text}"
        );
        // And any format that hands keys over as strings (a query string, an environment).
        use serde::de::value::{Error, MapDeserializer};
        let keys: Vec<(String, usize)> = config
            .counts
            .iter()
            .map(|(code, &i)| (code.code().to_string(), i))
            .collect();
        let read: Result<BTreeMap<C, usize>, Error> = Deserialize::deserialize(
            MapDeserializer::new(keys.iter().map(|(k, v)| (k.as_str(), *v))),
        );
        assert_eq!(read.unwrap(), config.counts);
    }
    for_each_set!(check);
    // The issue's example.
    let map = std::collections::BTreeMap::from([(ErrorCode::InvalidToken, 1)]);
    let json = serde_json::to_string(&map).unwrap();
    assert_eq!(json, r#"{"-1000":1}"#);
    assert_eq!(
        serde_json::from_str::<std::collections::BTreeMap<ErrorCode, i32>>(&json).unwrap(),
        map
    );
    // An unknown key is an error naming the set and the value.
    let err = serde_json::from_str::<std::collections::BTreeMap<ErrorCode, i32>>(r#"{"-1234":1}"#)
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("unknown ByteRTC ErrorCode: -1234"),
        "{err}"
    );
}

#[test]
fn other_json_types_are_clear_errors() {
    for json in [
        "1.5", "-1000.5", "1e300", "true", "null", "[]", "{}", "\"\"",
    ] {
        let err = serde_json::from_str::<ErrorCode>(json).unwrap_err();
        assert!(
            err.to_string().contains("ErrorCode"),
            "{json}: {err} should name the set"
        );
    }
}

#[test]
fn floats_that_are_exact_integers_are_read_as_integers() {
    // serde_json reads `-0` as a float.
    assert_eq!(
        serde_json::from_str::<AudioRecordingErrorCode>("-0").unwrap(),
        AudioRecordingErrorCode::Ok
    );
    assert_eq!(
        serde_json::from_str::<LocalVideoStreamError>("0.0").unwrap(),
        LocalVideoStreamError::Ok
    );
    assert_eq!(
        serde_json::from_str::<ErrorCode>("-1000.0").unwrap(),
        ErrorCode::InvalidToken
    );
    assert_eq!(
        serde_json::from_str::<ErrorCode>("-1e3").unwrap(),
        ErrorCode::InvalidToken
    );
    // Integral, but an unknown code or out of i32 range: an unknown value, not a type error.
    for (json, message) in [
        ("-1234.0", "unknown ByteRTC ErrorCode: -1234"),
        ("-0.0", "unknown ByteRTC ErrorCode: 0"),
    ] {
        let err = serde_json::from_str::<ErrorCode>(json).unwrap_err();
        assert!(err.to_string().starts_with(message), "{json}: {err}");
    }
    for json in [
        "0.5",
        "-1000.000001",
        "2147483648.0",
        "-2147483649.0",
        "1e300",
    ] {
        let err = serde_json::from_str::<ErrorCode>(json).unwrap_err();
        assert!(
            err.to_string().starts_with("invalid type: floating point"),
            "{json}: {err}"
        );
    }
    // Floats JSON cannot write.
    use serde::de::{value::Error, IntoDeserializer};
    for float in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MIN_POSITIVE,
    ] {
        let err = ErrorCode::deserialize(float.into_deserializer()).unwrap_err();
        let err: Error = err;
        assert!(err.to_string().contains("ErrorCode"), "{float}: {err}");
    }
    let zero: Result<LocalAudioStreamError, Error> =
        LocalAudioStreamError::deserialize((-0.0f64).into_deserializer());
    assert_eq!(zero, Ok(LocalAudioStreamError::Ok));
}

#[test]
fn a_huge_unknown_name_gives_a_short_message() {
    let name = "x".repeat(10 << 20);
    let json = serde_json::to_string(&name).unwrap();
    let err = serde_json::from_str::<ErrorCode>(&json).unwrap_err();
    let message = err.to_string();
    assert!(message.len() < 200, "{} bytes", message.len());
    assert!(
        message.starts_with(&format!(
            "unknown ByteRTC ErrorCode name: {:?}… (10485760 bytes)",
            "x".repeat(64)
        )),
        "{message}"
    );
}

/// Every code of every set through a binary format: alone, in a struct, in an `Option` and in a
/// `Vec`; and an unknown integer as an error naming the set and the value (where the format's error
/// keeps messages: postcard's `SerdeDeCustom` drops them).
fn round_trip_binary<C, E: std::fmt::Debug + std::fmt::Display>(
    keeps_messages: bool,
    to_bytes: fn(&Record<C>) -> Vec<u8>,
    code_to_bytes: fn(&C) -> Vec<u8>,
    from_bytes: fn(&[u8]) -> Result<Record<C>, E>,
    code_from_bytes: fn(&[u8]) -> Result<C, E>,
    i32_to_bytes: fn(i32) -> Vec<u8>,
) where
    C: Code + serde::Serialize + DeserializeOwned,
{
    for &code in C::ALL {
        let bytes = code_to_bytes(&code);
        assert_eq!(
            bytes,
            i32_to_bytes(code.code()),
            "{code:?}: the i32 on the wire"
        );
        assert_eq!(code_from_bytes(&bytes).unwrap(), code);
        for record in [
            Record {
                code,
                maybe: Some(code),
                all: C::ALL.to_vec(),
            },
            Record {
                code,
                maybe: None,
                all: Vec::new(),
            },
        ] {
            let bytes = to_bytes(&record);
            assert_eq!(from_bytes(&bytes).unwrap(), record);
        }
    }
    let unknown = (-100_000..100_000)
        .find(|&raw| C::from_code(raw).is_none())
        .unwrap();
    for raw in [unknown, i32::MIN, i32::MAX] {
        let err = code_from_bytes(&i32_to_bytes(raw)).unwrap_err().to_string();
        if keeps_messages {
            assert!(
                err.contains(&format!("unknown ByteRTC {}: {raw}", C::SET)),
                "{raw}: {err}"
            );
        }
    }
}

#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Record<C> {
    code: C,
    maybe: Option<C>,
    all: Vec<C>,
}

#[test]
fn round_trips_through_bincode() {
    fn check<C: Code + serde::Serialize + DeserializeOwned>() {
        round_trip_binary::<C, bincode::Error>(
            true,
            |record| bincode::serialize(record).unwrap(),
            |code| bincode::serialize(code).unwrap(),
            |bytes| bincode::deserialize(bytes),
            |bytes| bincode::deserialize(bytes),
            |raw| bincode::serialize(&raw).unwrap(),
        );
    }
    for_each_set!(check);
    assert_eq!(
        bincode::serialize(&ErrorCode::InvalidToken).unwrap(),
        (-1000i32).to_le_bytes()
    );
}

#[test]
fn round_trips_through_postcard() {
    fn check<C: Code + serde::Serialize + DeserializeOwned>() {
        round_trip_binary::<C, postcard::Error>(
            false,
            |record| postcard::to_allocvec(record).unwrap(),
            |code| postcard::to_allocvec(code).unwrap(),
            |bytes| postcard::from_bytes(bytes),
            |bytes| postcard::from_bytes(bytes),
            |raw| postcard::to_allocvec(&raw).unwrap(),
        );
    }
    for_each_set!(check);
}

#[test]
fn works_inside_a_struct() {
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Event {
        error: ErrorCode,
        warning: Option<WarningCode>,
        video: LocalVideoStreamError,
    }
    let event = Event {
        error: ErrorCode::TokenExpired,
        warning: Some(WarningCode::SubscribeStreamFailed5xx),
        video: LocalVideoStreamError::DeviceBusy,
    };
    let json = serde_json::to_string(&event).unwrap();
    assert_eq!(json, r#"{"error":-1009,"warning":-2004,"video":3}"#);
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
    let named = r#"{"error":"ERROR_CODE_TOKEN_EXPIRED","warning":null,"video":"DeviceBusy"}"#;
    let parsed: Event = serde_json::from_str(named).unwrap();
    assert_eq!(parsed.error, ErrorCode::TokenExpired);
    assert_eq!(parsed.warning, None);
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        (-1100i32..10).prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map(any::<String>(), inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_json_never_panics(value in arb_json()) {
        let text = value.to_string();
        let _ = serde_json::from_str::<ErrorCode>(&text);
        let _ = serde_json::from_str::<WarningCode>(&text);
        let _ = serde_json::from_str::<LocalAudioStreamError>(&text);
        let _ = serde_json::from_str::<LocalVideoStreamError>(&text);
        let _ = serde_json::from_str::<AudioRecordingErrorCode>(&text);
        let _ = serde_json::from_value::<Vec<ErrorCode>>(value);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = serde_json::from_slice::<ErrorCode>(&bytes);
    }

    #[test]
    fn any_integer_decodes_exactly_when_known(raw in any::<i64>()) {
        let decoded = serde_json::from_str::<ErrorCode>(&raw.to_string());
        let expected = i32::try_from(raw).ok().and_then(ErrorCode::from_code);
        prop_assert_eq!(decoded.ok(), expected);
    }
}

// ---------------------------------------------------------------------------------------------------
// AnyCode, CodeSet, Locale.

/// The first bytes of a string as the message quotes them.
fn shown(text: &str) -> String {
    format!("{:?}", &text[..text.len().min(64)])
}

#[test]
fn any_code_is_its_set_and_value_in_every_format() {
    for &code in AnyCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(
            json,
            format!(r#"{{"set":"{}","code":{}}}"#, code.set(), code.code())
        );
        assert_eq!(serde_json::from_str::<AnyCode>(&json).unwrap(), code);
        // A transient string (serde_json copies every string it reads from a reader).
        assert_eq!(
            serde_json::from_reader::<_, AnyCode>(json.as_bytes()).unwrap(),
            code
        );

        let bytes = bincode::serialize(&code).unwrap();
        let mut expected = (code.set().len() as u64).to_le_bytes().to_vec();
        expected.extend(code.set().as_bytes());
        expected.extend(code.code().to_le_bytes());
        assert_eq!(bytes, expected, "{code:?}: the name, then the i32");
        assert_eq!(bincode::deserialize::<AnyCode>(&bytes).unwrap(), code);
        assert_eq!(
            bincode::deserialize_from::<_, AnyCode>(bytes.as_slice()).unwrap(),
            code
        );

        let bytes = postcard::to_allocvec(&code).unwrap();
        assert_eq!(postcard::from_bytes::<AnyCode>(&bytes).unwrap(), code);
        assert_eq!(
            bytes,
            postcard::to_allocvec(&(code.set(), code.code())).unwrap()
        );
    }
    // Collections and structs of codes of several sets, e.g. a stored log.
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Log {
        codes: Vec<AnyCode>,
        last: Option<AnyCode>,
    }
    let log = Log {
        codes: lookup(3).collect(),
        last: Some(AnyCode::from(ErrorCode::InvalidToken)),
    };
    let json = serde_json::to_string(&log).unwrap();
    assert_eq!(serde_json::from_str::<Log>(&json).unwrap(), log);
    let text = toml::to_string(&log).unwrap();
    assert!(
        text.contains("[last]\nset = \"ErrorCode\"\ncode = -1000\n"),
        "{text}"
    );
    assert_eq!(toml::from_str::<Log>(&text).unwrap(), log);
    assert_eq!(
        bincode::deserialize::<Log>(&bincode::serialize(&log).unwrap()).unwrap(),
        log
    );
    assert_eq!(
        postcard::from_bytes::<Log>(&postcard::to_allocvec(&log).unwrap()).unwrap(),
        log
    );
}

#[test]
fn any_code_reads_every_form_a_person_writes() {
    let code = AnyCode::from(ErrorCode::InvalidToken);
    for json in [
        r#"{"set":"ErrorCode","code":-1000}"#,
        r#"{"code":-1000,"set":"ErrorCode"}"#,
        r#"{"set":"errorcode","code":"-1000"}"#,
        r#"{"set":"ByteRTCErrorCode","code":"ERROR_CODE_INVALID_TOKEN"}"#,
        r#"{"code":"kErrorCodeInvalidToken","set":"ErrorCode"}"#,
        r#"{"code":"InvalidToken","set":"ErrorCode"}"#,
        r#"{"code":"Invalid\u0054oken","set":"ErrorCode"}"#,
        r#"{"code":"-1000","set":"ErrorCode"}"#,
        r#"{"code":-1000.0,"set":"ErrorCode"}"#,
        r#"{"set":"ErrorCode","code":-1e3}"#,
        r#"["ErrorCode",-1000]"#,
        r#"["ErrorCode","InvalidToken"]"#,
        r#""ErrorCode::InvalidToken""#,
        r#""ERROR_CODE_INVALID_TOKEN""#,
    ] {
        assert_eq!(
            serde_json::from_str::<AnyCode>(json).unwrap(),
            code,
            "{json}"
        );
        assert_eq!(
            serde_json::from_reader::<_, AnyCode>(json.as_bytes()).unwrap(),
            code,
            "{json}"
        );
    }
    // The name before its set: one that other sets have too is read in the set that follows.
    assert_eq!(
        serde_json::from_str::<AnyCode>(r#"{"code":"DeviceBusy","set":"LocalVideoStreamError"}"#)
            .unwrap(),
        AnyCode::from(LocalVideoStreamError::DeviceBusy)
    );
    // A header's second name for a code (C++ 3.60) before its set.
    assert_eq!(
        serde_json::from_reader::<_, AnyCode>(
            br#"{"code":"kRtsErrorCodeJoinRoomLimitedMode","set":"RtsErrorCode"}"#.as_slice()
        )
        .unwrap(),
        AnyCode::from(RtsErrorCode::RoomAlreadyExist)
    );
}

#[test]
fn a_bad_any_code_is_a_clear_error_that_quotes_the_input() {
    let long = "N".repeat(10_000);
    let cases = [
        (
            r#"{"set":"NopeCode","code":-1000}"#.to_string(),
            r#"unknown ByteRTC code set: "NopeCode""#.to_string(),
        ),
        (
            r#"{"code":-1000,"set":"NopeCode"}"#.to_string(),
            r#"unknown ByteRTC code set: "NopeCode""#.to_string(),
        ),
        (
            format!(r#"{{"set":"{long}","code":-1000}}"#),
            format!("unknown ByteRTC code set: {}… (10000 bytes)", shown(&long)),
        ),
        (
            r#"{"set":"ErrorCode","code":-1234}"#.to_string(),
            "unknown ByteRTC ErrorCode: -1234".to_string(),
        ),
        (
            r#"{"code":-1234,"set":"ErrorCode"}"#.to_string(),
            "unknown ByteRTC ErrorCode: -1234".to_string(),
        ),
        (
            r#"{"code":9999999999,"set":"ErrorCode"}"#.to_string(),
            "unknown ByteRTC ErrorCode: 9999999999".to_string(),
        ),
        (
            r#"{"code":"-1234","set":"ErrorCode"}"#.to_string(),
            "unknown ByteRTC ErrorCode: -1234".to_string(),
        ),
        (
            r#"["WarningCode",-1000]"#.to_string(),
            "unknown ByteRTC WarningCode: -1000".to_string(),
        ),
        (
            r#"{"set":"ErrorCode","code":"Nope"}"#.to_string(),
            r#"unknown ByteRTC ErrorCode name: "Nope""#.to_string(),
        ),
        // A name of another set, before or after the set.
        (
            r#"{"set":"ErrorCode","code":"DeviceBusy"}"#.to_string(),
            r#"unknown ByteRTC ErrorCode name: "DeviceBusy""#.to_string(),
        ),
        (
            r#"{"code":"DeviceBusy","set":"ErrorCode"}"#.to_string(),
            r#"unknown ByteRTC ErrorCode name: "DeviceBusy""#.to_string(),
        ),
        // A name of no set, before the set: quoted at once.
        (
            format!(r#"{{"code":"{long}","set":"ErrorCode"}}"#),
            format!("unknown ByteRTC code name: {}… (10000 bytes)", shown(&long)),
        ),
        (
            r#"{"set":"ErrorCode"}"#.to_string(),
            "missing field `code`".to_string(),
        ),
        (
            r#"{"code":-1000}"#.to_string(),
            "missing field `set`".to_string(),
        ),
        (
            r#"{"set":"ErrorCode","code":-1000,"set":"ErrorCode"}"#.to_string(),
            "duplicate field `set`".to_string(),
        ),
        (
            r#"{"code":-1000,"code":-1000,"set":"ErrorCode"}"#.to_string(),
            "duplicate field `code`".to_string(),
        ),
        (
            r#"{"set":"ErrorCode","code":-1000,"name":"InvalidToken"}"#.to_string(),
            r#"unknown field "name", expected `set` or `code`"#.to_string(),
        ),
        (
            format!(r#"{{"{long}":1}}"#),
            format!("unknown field {}… (10000 bytes)", shown(&long)),
        ),
        (r#"["ErrorCode"]"#.to_string(), "invalid length 1".to_string()),
        ("[]".to_string(), "invalid length 0".to_string()),
        (
            r#"{"set":5,"code":-1000}"#.to_string(),
            "invalid type: integer `5`, expected the name of a ByteRTC code set".to_string(),
        ),
        (
            r#"{"set":"ErrorCode","code":-1000.5}"#.to_string(),
            "invalid type: floating point `-1000.5`".to_string(),
        ),
        (
            r#"{"code":-1000.5,"set":"ErrorCode"}"#.to_string(),
            "invalid type: floating point `-1000.5`".to_string(),
        ),
        (
            "-1000".to_string(),
            "invalid type: integer `-1000`, expected a ByteRTC code of any set".to_string(),
        ),
        (
            r#""-1000""#.to_string(),
            r#"unknown ByteRTC code name: "-1000""#.to_string(),
        ),
        (
            r#""ErrorCode::Nope""#.to_string(),
            r#"unknown ByteRTC code name: "ErrorCode::Nope""#.to_string(),
        ),
        (
            r#""DeviceBusy""#.to_string(),
            "ambiguous ByteRTC code name \"DeviceBusy\": it names LocalAudioStreamError::DeviceBusy, \
             LocalVideoStreamError::DeviceBusy and MediaDeviceError::DeviceBusy; qualify it with its set"
                .to_string(),
        ),
        (
            "null".to_string(),
            "invalid type: null, expected a ByteRTC code of any set".to_string(),
        ),
    ];
    for (json, message) in cases {
        for err in [
            serde_json::from_str::<AnyCode>(&json).unwrap_err(),
            serde_json::from_reader::<_, AnyCode>(json.as_bytes()).unwrap_err(),
        ] {
            let err = err.to_string();
            assert!(err.starts_with(&message), "{json}: {err}");
            assert!(err.len() < 300, "{json}: {} bytes", err.len());
        }
    }
}

#[test]
fn a_bad_any_code_in_a_binary_format_is_an_error() {
    let bytes = |set: &str, code: i32| bincode::serialize(&(set, code)).unwrap();
    for (bytes, message) in [
        (
            bytes("NopeCode", -1000),
            r#"unknown ByteRTC code set: "NopeCode""#,
        ),
        (
            bytes("ErrorCode", -1234),
            "unknown ByteRTC ErrorCode: -1234",
        ),
        (
            bytes("WarningCode", i32::MIN),
            "unknown ByteRTC WarningCode: -2147483648",
        ),
    ] {
        let err = bincode::deserialize::<AnyCode>(&bytes)
            .unwrap_err()
            .to_string();
        assert!(err.contains(message), "{err}");
        // postcard drops the message, but not the error.
        let bytes =
            postcard::to_allocvec(&bincode::deserialize::<(String, i32)>(&bytes).unwrap()).unwrap();
        assert!(postcard::from_bytes::<AnyCode>(&bytes).is_err());
    }
    // Cut short, or not UTF-8.
    let whole = bincode::serialize(&AnyCode::from(ErrorCode::InvalidToken)).unwrap();
    for end in 0..whole.len() {
        assert!(
            bincode::deserialize::<AnyCode>(&whole[..end]).is_err(),
            "{end}"
        );
    }
    let mut bad = whole.clone();
    bad[8] = 0xff;
    assert!(bincode::deserialize::<AnyCode>(&bad).is_err());
}

#[test]
fn code_set_is_its_name_and_reads_any_name() {
    use std::collections::BTreeMap;

    for &set in CodeSet::ALL {
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, format!("\"{}\"", set.name()));
        for name in std::iter::once(set.name()).chain(set.sdk_names().iter().copied()) {
            for name in [name.to_string(), name.to_ascii_lowercase()] {
                let quoted = serde_json::to_string(&name).unwrap();
                assert_eq!(serde_json::from_str::<CodeSet>(&quoted).unwrap(), set);
                assert_eq!(
                    serde_json::from_reader::<_, CodeSet>(quoted.as_bytes()).unwrap(),
                    set
                );
            }
        }
        let bytes = bincode::serialize(&set).unwrap();
        assert_eq!(bytes, bincode::serialize(set.name()).unwrap());
        assert_eq!(bincode::deserialize::<CodeSet>(&bytes).unwrap(), set);
        let bytes = postcard::to_allocvec(&set).unwrap();
        assert_eq!(postcard::from_bytes::<CodeSet>(&bytes).unwrap(), set);
    }
    // A string, so it keys a JSON map.
    let map: BTreeMap<CodeSet, usize> =
        CodeSet::ALL.iter().map(|&s| (s, s.codes().len())).collect();
    let json = serde_json::to_string(&map).unwrap();
    assert_eq!(
        serde_json::from_str::<BTreeMap<CodeSet, usize>>(&json).unwrap(),
        map
    );

    let long = "x".repeat(1000);
    for (json, message) in [
        (
            r#""NopeCode""#.to_string(),
            r#"unknown ByteRTC code set: "NopeCode""#.to_string(),
        ),
        (
            r#""""#.to_string(),
            r#"unknown ByteRTC code set: """#.to_string(),
        ),
        (
            format!("\"{long}\""),
            format!("unknown ByteRTC code set: {}… (1000 bytes)", shown(&long)),
        ),
        (
            "3".to_string(),
            "invalid type: integer `3`, expected the name of a ByteRTC code set".to_string(),
        ),
    ] {
        let err = serde_json::from_str::<CodeSet>(&json)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(&message), "{json}: {err}");
    }
    let err = bincode::deserialize::<CodeSet>(&bincode::serialize("Nope").unwrap()).unwrap_err();
    assert!(
        err.to_string()
            .contains(r#"unknown ByteRTC code set: "Nope""#),
        "{err}"
    );
}

#[test]
fn locale_is_its_tag_and_reads_any_tag() {
    use std::collections::BTreeMap;

    for &locale in Locale::ALL {
        let json = serde_json::to_string(&locale).unwrap();
        assert_eq!(json, format!("\"{}\"", locale.code()));
        assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), locale);
        let bytes = bincode::serialize(&locale).unwrap();
        assert_eq!(bytes, bincode::serialize(locale.code()).unwrap());
        assert_eq!(bincode::deserialize::<Locale>(&bytes).unwrap(), locale);
        let bytes = postcard::to_allocvec(&locale).unwrap();
        assert_eq!(postcard::from_bytes::<Locale>(&bytes).unwrap(), locale);
    }
    for (tag, locale) in [
        ("zh-CN", Locale::Zh),
        ("zh_CN.UTF-8", Locale::Zh),
        ("ZH-hant-TW", Locale::Zh),
        ("en_US.UTF-8", Locale::En),
        ("en-GB", Locale::En),
    ] {
        let quoted = serde_json::to_string(tag).unwrap();
        assert_eq!(
            serde_json::from_str::<Locale>(&quoted).unwrap(),
            locale,
            "{tag}"
        );
        assert_eq!(
            serde_json::from_reader::<_, Locale>(quoted.as_bytes()).unwrap(),
            locale,
            "{tag}"
        );
    }
    // A string, so it keys a JSON map: texts by language.
    let map = BTreeMap::from([
        (Locale::Zh, "Token 无效。"),
        (Locale::En, "Token is invalid"),
    ]);
    let json = serde_json::to_string(&map).unwrap();
    assert_eq!(json, r#"{"zh":"Token 无效。","en":"Token is invalid"}"#);
    assert_eq!(
        serde_json::from_str::<BTreeMap<Locale, &str>>(&json).unwrap(),
        map
    );

    let long = "f".repeat(1000);
    for (json, message) in [
        (
            r#""fr-FR""#.to_string(),
            r#"unsupported locale "fr-FR" (expected zh or en, e.g. zh-CN, en_US.UTF-8)"#
                .to_string(),
        ),
        (
            format!("\"{long}\""),
            format!("unsupported locale {}… (1000 bytes)", shown(&long)),
        ),
        (
            "0".to_string(),
            "invalid type: integer `0`, expected a locale tag".to_string(),
        ),
    ] {
        let err = serde_json::from_str::<Locale>(&json)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(&message), "{json}: {err}");
    }
}

proptest! {
    #[test]
    fn arbitrary_json_never_panics_for_any_code_sets_and_locales(value in arb_json()) {
        let text = value.to_string();
        let _ = serde_json::from_str::<AnyCode>(&text);
        let _ = serde_json::from_reader::<_, AnyCode>(text.as_bytes());
        let _ = serde_json::from_str::<CodeSet>(&text);
        let _ = serde_json::from_str::<Locale>(&text);
        let _ = serde_json::from_value::<Vec<AnyCode>>(value);
    }

    #[test]
    fn any_code_maps_read_exactly_what_the_set_has(
        set in prop::sample::select(CodeSet::ALL),
        raw in any::<i64>(),
        set_first in any::<bool>(),
        as_string in any::<bool>(),
    ) {
        let code = if as_string { format!("\"{raw}\"") } else { raw.to_string() };
        let json = if set_first {
            format!(r#"{{"set":"{set}","code":{code}}}"#)
        } else {
            format!(r#"{{"code":{code},"set":"{set}"}}"#)
        };
        let expected = i32::try_from(raw).ok().and_then(|raw| set.from_code(raw));
        prop_assert_eq!(serde_json::from_str::<AnyCode>(&json).ok(), expected);
    }

    #[test]
    fn arbitrary_bytes_never_panic_in_binary_formats(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = bincode::deserialize::<AnyCode>(&bytes);
        let _ = postcard::from_bytes::<AnyCode>(&bytes);
        let _ = bincode::deserialize::<CodeSet>(&bytes);
        let _ = postcard::from_bytes::<Locale>(&bytes);
    }
}
