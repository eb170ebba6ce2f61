//! `FromStr` on both name forms, the variant names the SDK page implies, and parse errors.
#![cfg(feature = "std")]

mod common;

use bytertc_codes::*;
use common::for_each_set;
use proptest::prelude::*;

#[test]
fn every_name_form_round_trips_for_every_variant() {
    fn check<C: Code>() {
        for &code in C::ALL {
            assert_eq!(code.name().parse::<C>(), Ok(code));
            // A name that a newer release gives another code parses to that (`kPublicStreamOK`).
            let sdk_name = code.sdk_name();
            assert_eq!(sdk_name.parse::<C>(), Ok(common::parses_to(code, sdk_name)));
            assert_eq!(C::from_name(code.name()), Some(code));
            assert_ne!(code.name(), code.sdk_name());
            for &platform in Platform::ALL {
                if let Some(identifier) = code.identifier(platform) {
                    assert_eq!(identifier.parse::<C>(), Ok(code), "{platform}");
                }
            }
            for &source in Source::ALL {
                if let Some(identifier) = code.identifier_in(source) {
                    assert_eq!(
                        identifier.parse::<C>(),
                        Ok(common::parses_to(code, identifier)),
                        "{source}"
                    );
                }
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn name_matches_strum_into_static_str_and_debug() {
    fn check<C: Code + Into<&'static str>>() {
        for &code in C::ALL {
            let strum_name: &'static str = code.into();
            assert_eq!(code.name(), strum_name);
            assert_eq!(format!("{code:?}"), code.name());
        }
    }
    for_each_set!(check);
}

#[test]
fn names_are_case_sensitive_and_unknown_names_keep_the_input() {
    fn check<C: Code>() {
        for &code in C::ALL {
            for wrong in [
                code.sdk_name().to_lowercase(),
                code.name().to_uppercase(),
                format!(" {}", code.name()),
                format!("{}::{}", C::SET, code.name()),
            ] {
                if wrong == code.name() || wrong == code.sdk_name() {
                    continue;
                }
                let err = wrong.parse::<C>().unwrap_err();
                assert_eq!(err.set(), C::SET);
                assert_eq!(err.input(), wrong);
                assert_eq!(
                    err.to_string(),
                    format!("unknown ByteRTC {} name: {:?}", C::SET, wrong)
                );
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn names_of_one_set_are_not_names_of_another() {
    assert!("InvalidToken".parse::<WarningCode>().is_err());
    assert!("kLocalVideoStreamErrorDeviceBusy"
        .parse::<LocalAudioStreamError>()
        .is_err());
    assert_eq!(
        "kLocalVideoStreamErrorDeviceBusy".parse::<LocalVideoStreamError>(),
        Ok(LocalVideoStreamError::DeviceBusy)
    );
}

#[test]
fn unity_variant_names_are_the_sdk_identifiers_without_their_prefix() {
    let expected: [(&str, &[&str]); 5] = [
        (
            "AudioRecordingErrorCode",
            &[
                "Ok",
                "NoPermission",
                "NotInRoom",
                "AlreadyStarted",
                "NotStarted",
                "NotSupport",
                "Other",
            ],
        ),
        (
            "LocalAudioStreamError",
            &[
                "Ok",
                "Failure",
                "DeviceNoPermission",
                "DeviceBusy",
                "RecordFailure",
                "EncodeFailure",
                "NoRecordingDevice",
            ],
        ),
        (
            "LocalVideoStreamError",
            &[
                "Ok",
                "Failure",
                "DeviceNoPermission",
                "DeviceBusy",
                "DeviceNotFound",
                "CaptureFailure",
                "EncodeFailure",
                "DeviceDisconnected",
            ],
        ),
        (
            "ErrorCode",
            &[
                "InvalidToken",
                "JoinRoom",
                "NoPublishPermission",
                "NoSubscribePermission",
                "DuplicateLogin",
                "AppIdNull",
                "KickedOut",
                "RoomIdIllegal",
                "TokenExpired",
                "UpdateTokenWithInvalidToken",
                "RoomDismiss",
                "JoinRoomWithoutLicenseAuthenticateSdk",
                "RoomAlreadyExist",
                "UserIdDifferent",
                "ServerLicenseExpire",
                "ExceedsTheUpperLimit",
                "LicenseParameterError",
                "LicenseFilePathError",
                "LicenseIllegal",
                "LicenseExpired",
                "LicenseInformationNotMatch",
                "LicenseNotMatchWithCache",
                "OverSubscribeLimit",
                "OverStreamPublishLimit",
                "OverScreenPublishLimit",
                "OverVideoPublishLimit",
                "InvalidAudioSyncUseridRepeated",
                "AbnormalServerStatus",
            ],
        ),
        (
            "WarningCode",
            &[
                "JoinRoomFailed",
                "PublishStreamFailed",
                "SubscribeStreamFailed404",
                "SubscribeStreamFailed5xx",
                "PublishStreamForbiden",
                "SendCustomMessage",
                "ReceiveUserNotifyStop",
                "UserInPublish",
                "OldRoomBeenReplaced",
                "InEchoTestMode",
                "NoCameraPermission",
                "SetScreenAudioSourceTypeFailed",
                "SetScreenStreamIndexFailed",
                "SetScreenStreamInvalidVoicePitch",
                "InvalidCallForExtAudio",
                "InvalidRemoteStreamKey",
            ],
        ),
    ];
    fn names<C: Code>() -> (&'static str, Vec<&'static str>) {
        let on_unity = C::ALL
            .iter()
            .filter(|c| c.platforms().contains(Platform::Unity));
        (C::SET, on_unity.map(|c| c.name()).collect())
    }
    let actual = [
        names::<AudioRecordingErrorCode>(),
        names::<LocalAudioStreamError>(),
        names::<LocalVideoStreamError>(),
        names::<ErrorCode>(),
        names::<WarningCode>(),
    ];
    for ((set, expected), (actual_set, actual)) in expected.iter().zip(actual) {
        assert_eq!(*set, actual_set);
        assert_eq!(*expected, actual.as_slice(), "{set}");
    }
}

#[test]
fn strum_iteration_and_count_agree_with_all() {
    fn check<C: Code + IntoEnumIterator + EnumCount>() {
        assert_eq!(C::iter().collect::<Vec<_>>(), C::ALL);
        assert_eq!(C::COUNT, C::ALL.len());
    }
    for_each_set!(check);
    assert_eq!(ErrorCode::COUNT, 37);
    assert_eq!(WarningCode::COUNT, 35);
}

proptest! {
    #[test]
    fn any_string_parses_or_errs_with_the_input(s in any::<String>()) {
        fn check<C: Code>(s: &str) {
            assert_eq!(C::from_name(s), s.parse::<C>().ok());
            match s.parse::<C>() {
                Ok(code) => assert!(code.name() == s || code.sdk_name() == s),
                Err(err) => {
                    assert_eq!(err.input(), s);
                    assert_eq!(err.set(), C::SET);
                }
            }
        }
        check::<AudioRecordingErrorCode>(&s);
        check::<LocalAudioStreamError>(&s);
        check::<LocalVideoStreamError>(&s);
        check::<ErrorCode>(&s);
        check::<WarningCode>(&s);
        let _ = s.parse::<Locale>();
        match s.parse::<Source>() {
            Ok(source) => assert!(source.label().eq_ignore_ascii_case(&s)),
            Err(err) => assert_eq!(err.input(), s),
        }
        match s.parse::<Sdk>() {
            Ok(sdk) => assert!(
                sdk.short_name().eq_ignore_ascii_case(&s) || sdk.name().eq_ignore_ascii_case(&s)
            ),
            Err(err) => {
                assert_eq!(err.input(), s);
                assert!(err.to_string().starts_with("unknown ByteRTC SDK "));
            }
        }
        for &sdk in Sdk::ALL {
            match Source::find(sdk, &s) {
                Some(source) => assert!(source.sdk() == sdk && source.release() == s),
                None => assert!(sdk.sources().iter().all(|source| source.release() != s)),
            }
        }
    }

    #[test]
    fn sdk_like_strings_never_panic(s in "(?i)(cpp|objc|android|electron|c\\+\\+|objective-c)[ -]?[0-9.]{0,4}") {
        match s.parse::<Sdk>() {
            Ok(sdk) => assert_eq!(sdk.to_string().parse::<Sdk>(), Ok(sdk)),
            Err(err) => assert_eq!(err.input(), s),
        }
        let _ = s.parse::<Source>();
    }

    #[test]
    fn name_like_strings_never_panic(s in "[A-Za-z_0-9]{0,64}") {
        let _ = s.parse::<ErrorCode>();
        let _ = s.parse::<WarningCode>();
        let _ = s.parse::<Locale>();
    }
}

/// The rule `sdk_name()`'s docs state: the 3.58 Unity page's identifier; for a code that page does not
/// list, the 3.58 Android page's; else the newest C++ header's; else the newest Electron source's; else
/// the newest Objective-C header's; and for a code no page or source lists, the name it is known by
/// (one of the identifiers it parses from).
#[test]
fn sdk_name_follows_its_documented_rule() {
    let mut by_rule = [0usize; 6];
    for code in AnyCode::all() {
        let newest = |sdk: Sdk| {
            code.sources()
                .newest(sdk)
                .and_then(|source| code.identifier_in(source))
        };
        let (rule, expected) = if let Some(id) = code.identifier(Platform::Unity) {
            (0, id)
        } else if let Some(id) = code.identifier(Platform::Android) {
            (1, id)
        } else if let Some(id) = newest(Sdk::Cpp) {
            (2, id)
        } else if let Some(id) = newest(Sdk::Electron) {
            (3, id)
        } else if let Some(id) = newest(Sdk::Objc) {
            (4, id)
        } else {
            assert!(
                code.sources().is_empty() && code.platforms().is_empty(),
                "{code:?}"
            );
            (5, code.sdk_name())
        };
        assert_eq!(code.sdk_name(), expected, "{code:?} (rule {rule})");
        if rule == 5 {
            assert_eq!(expected.parse::<AnyCode>(), Ok(code), "{code:?}");
        }
        by_rule[rule] += 1;
    }
    // Every step of the rule names some code.
    assert!(by_rule.iter().all(|&n| n > 0), "{by_rule:?}");
}
