//! serde: the integer code on the wire; integers and both name forms accepted; unknown values are errors
//! that name the set and keep the value; arbitrary JSON never panics.
#![cfg(feature = "serde")]

mod common;

use bytertc_codes::*;
use common::for_each_set;
use proptest::prelude::*;
use serde::de::DeserializeOwned;

#[test]
fn serializes_as_the_integer_and_reads_back_every_form() {
    fn check<C: Code + serde::Serialize + DeserializeOwned>() {
        for &code in C::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, code.code().to_string());
            assert_eq!(serde_json::from_str::<C>(&json).unwrap(), code);
            for name in [code.name(), code.sdk_name()] {
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
        ("\"-1000\"", "unknown ByteRTC ErrorCode name: \"-1000\""),
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

#[test]
fn other_json_types_are_clear_errors() {
    for json in ["1.5", "true", "null", "[]", "{}", "\"\"", "-1000.0"] {
        let err = serde_json::from_str::<ErrorCode>(json).unwrap_err();
        assert!(
            err.to_string().contains("ErrorCode"),
            "{json}: {err} should name the set"
        );
    }
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
