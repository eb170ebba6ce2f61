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
                    code,
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
