//! `AnyCode`, `lookup` and `lookup_name`: codes across the five sets.

use bytertc_codes::*;

#[test]
fn lookup_finds_every_set_that_defines_a_value_in_fixed_order() {
    assert_eq!(
        lookup(3).collect::<Vec<_>>(),
        [
            AnyCode::LocalAudioStreamError(LocalAudioStreamError::DeviceBusy),
            AnyCode::LocalVideoStreamError(LocalVideoStreamError::DeviceBusy),
        ]
    );
    assert_eq!(
        lookup(0).collect::<Vec<_>>(),
        [
            AnyCode::AudioRecordingErrorCode(AudioRecordingErrorCode::Ok),
            AnyCode::LocalAudioStreamError(LocalAudioStreamError::Ok),
            AnyCode::LocalVideoStreamError(LocalVideoStreamError::Ok),
        ]
    );
    assert_eq!(
        lookup(-1000).collect::<Vec<_>>(),
        [AnyCode::ErrorCode(ErrorCode::InvalidToken)]
    );
    assert_eq!(lookup(1000).count(), 0);
    assert_eq!(lookup(i32::MIN).count(), 0);
}

#[test]
fn lookup_agrees_with_every_set_for_a_wide_range() {
    for raw in -10_000..=10_000 {
        let expected: Vec<AnyCode> = AnyCode::all().filter(|c| c.code() == raw).collect();
        assert_eq!(lookup(raw).collect::<Vec<_>>(), expected, "{raw}");
    }
}

#[test]
fn all_lists_every_code_once() {
    let total = AudioRecordingErrorCode::ALL.len()
        + LocalAudioStreamError::ALL.len()
        + LocalVideoStreamError::ALL.len()
        + ErrorCode::ALL.len()
        + WarningCode::ALL.len();
    assert_eq!(AnyCode::all().count(), total);
    assert_eq!(total, 92);
}

#[test]
fn common_methods_forward_to_the_inner_code() {
    for any in AnyCode::all() {
        let inner: &dyn Fn() -> (i32, &'static str, &'static str) = &|| match any {
            AnyCode::ErrorCode(c) => (c.code(), c.name(), c.sdk_name()),
            AnyCode::WarningCode(c) => (c.code(), c.name(), c.sdk_name()),
            AnyCode::LocalAudioStreamError(c) => (c.code(), c.name(), c.sdk_name()),
            AnyCode::LocalVideoStreamError(c) => (c.code(), c.name(), c.sdk_name()),
            AnyCode::AudioRecordingErrorCode(c) => (c.code(), c.name(), c.sdk_name()),
            _ => unreachable!(),
        };
        assert_eq!((any.code(), any.name(), any.sdk_name()), inner());
        assert_eq!(lookup(any.code()).filter(|c| *c == any).count(), 1);
        assert!(any.to_string().ends_with(&format!("({})", any.code())));
        assert_eq!(
            any.summary(Locale::En),
            any.description(Locale::En).lines().next().unwrap()
        );
        assert!(!any.platforms().is_empty() || !any.sources().is_empty());
    }
    assert_eq!(AnyCode::from(ErrorCode::InvalidToken).set(), "ErrorCode");
    assert_eq!(
        AnyCode::from(WarningCode::JoinRoomFailed).set(),
        "WarningCode"
    );
    let deprecation = AnyCode::from(ErrorCode::OverVideoPublishLimit)
        .deprecation()
        .unwrap();
    assert_eq!(deprecation.since(), "3.52");
    assert_eq!(
        deprecation.replaced_by(),
        Some(AnyCode::ErrorCode(ErrorCode::OverStreamPublishLimit))
    );
    assert_eq!(deprecation.replacement(), deprecation.replaced_by());
    // A replacement in a set this crate does not have yet: named, not typed.
    let deprecation = AnyCode::from(ErrorCode::InvalidAudioSyncUseridRepeated)
        .deprecation()
        .unwrap();
    assert_eq!(deprecation.since(), "3.60");
    assert_eq!(deprecation.replaced_by(), None);
    assert_eq!(
        deprecation.replacement_name(),
        Some("kAVSyncEventInvalidUidRepeated")
    );
}

#[test]
fn names_parse_in_any_set() {
    let cases = [
        (
            "ERROR_CODE_INVALID_TOKEN",
            AnyCode::ErrorCode(ErrorCode::InvalidToken),
        ),
        (
            "kErrorCodeInvalidToken",
            AnyCode::ErrorCode(ErrorCode::InvalidToken),
        ),
        (
            "ErrorCode::InvalidToken",
            AnyCode::ErrorCode(ErrorCode::InvalidToken),
        ),
        ("InvalidToken", AnyCode::ErrorCode(ErrorCode::InvalidToken)),
        (
            "kLocalVideoStreamErrorDeviceBusy",
            AnyCode::LocalVideoStreamError(LocalVideoStreamError::DeviceBusy),
        ),
        (
            "LocalAudioStreamError::DeviceBusy",
            AnyCode::LocalAudioStreamError(LocalAudioStreamError::DeviceBusy),
        ),
        (
            "WarningCode::WARNING_CODE_JOIN_ROOM_FAILED",
            AnyCode::WarningCode(WarningCode::JoinRoomFailed),
        ),
    ];
    for (name, expected) in cases {
        assert_eq!(name.parse::<AnyCode>(), Ok(expected), "{name}");
    }
}

#[test]
fn every_identifier_of_every_code_parses_back_to_it() {
    for any in AnyCode::all() {
        let qualified = format!("{}::{}", any.set(), any.name());
        assert_eq!(qualified.parse::<AnyCode>(), Ok(any));
        for &platform in Platform::ALL {
            if let Some(identifier) = any.identifier(platform) {
                assert!(lookup_name(identifier).any(|c| c == any), "{identifier}");
            }
        }
    }
}

#[cfg(feature = "std")]
#[test]
fn ambiguous_and_unknown_names_are_errors_that_keep_the_input() {
    for name in ["Ok", "DeviceBusy", "Failure", "EncodeFailure"] {
        let err = name.parse::<AnyCode>().unwrap_err();
        assert!(err.is_ambiguous(), "{name}");
        assert_eq!(err.input(), name);
        assert!(lookup_name(name).count() >= 2);
    }
    for name in [
        "",
        "::",
        "ErrorCode::",
        "WarningCode::InvalidToken",
        "Nope::Ok",
        "error_code_invalid_token",
    ] {
        let err = name.parse::<AnyCode>().unwrap_err();
        assert!(!err.is_ambiguous(), "{name}");
        assert_eq!(err.input(), name);
        assert_eq!(
            err.to_string(),
            format!("unknown ByteRTC code name: {name:?}")
        );
    }
}
