//! The conversions every set has beside `TryFrom<i32>`: from `AnyCode`, comparison with `i32` both
//! ways, the RTS sets back from the sets they mirror, the OK codes (`OkCode`, `AnyCode::is_ok`) and,
//! with the `num_enum` feature, `num_enum::TryFromPrimitive`.

mod common;

use std::collections::BTreeSet;
use std::error::Error;

use common::{for_each_set, SETS};
use proptest::prelude::*;

use bytertc_codes::*;

/// The code as an `AnyCode`.
fn as_any<C: Code>(code: C) -> AnyCode {
    code.into()
}

/// `TryFrom<AnyCode>` of `C` on every code of every set: the code of `C` for a code of `C`, else
/// `WrongSet` keeping the code and naming `C`.
fn try_from_any_code_of_every_set<C>()
where
    C: Code + TryFrom<AnyCode, Error = WrongSet>,
{
    let mut converted = 0;
    for &any in AnyCode::ALL {
        match C::try_from(any) {
            Ok(code) => {
                assert_eq!(any.code_set(), C::CODE_SET, "{any:?}");
                assert_eq!(as_any(code), any);
                converted += 1;
            }
            Err(err) => {
                assert_ne!(any.code_set(), C::CODE_SET, "{any:?}");
                assert_eq!(err.code(), any);
                assert_eq!(err.code_set(), C::CODE_SET);
                assert_eq!(
                    err.to_string(),
                    format!(
                        "ByteRTC {} {} ({}) is not a code of {}",
                        any.set(),
                        any.code(),
                        any.name(),
                        C::SET
                    )
                );
            }
        }
    }
    assert_eq!(converted, C::ALL.len(), "{}", C::SET);
    // `TryInto` comes with it, and so do round trips.
    for &code in C::ALL {
        let back: Result<C, WrongSet> = as_any(code).try_into();
        assert_eq!(back, Ok(code));
    }
}

#[test]
fn every_set_converts_from_an_any_code_of_its_own_set_only() {
    for_each_set!(try_from_any_code_of_every_set);
}

#[test]
fn a_wrong_set_is_an_error_that_keeps_the_code() {
    let any = AnyCode::from(LocalVideoStreamError::DeviceBusy);
    // The same value means something else in the audio set: the set decides, not the value.
    let err = LocalAudioStreamError::try_from(any).unwrap_err();
    assert_eq!(err.code(), any);
    assert_eq!(err.code_set(), CodeSet::LocalAudioStreamError);
    assert_eq!(
        err.to_string(),
        "ByteRTC LocalVideoStreamError 3 (DeviceBusy) is not a code of LocalAudioStreamError"
    );
    fn convert(any: AnyCode) -> Result<ErrorCode, Box<dyn Error>> {
        Ok(ErrorCode::try_from(any)?)
    }
    assert_eq!(
        convert(AnyCode::from(ErrorCode::KickedOut)).unwrap(),
        ErrorCode::KickedOut
    );
    assert!(convert(any).is_err());
}

/// `PartialEq<i32>` of `C` both ways, on every code against its own value, its neighbours and the
/// extremes.
fn equals_its_value_both_ways<C>()
where
    C: Code + PartialEq<i32>,
    i32: PartialEq<C>,
{
    for &code in C::ALL {
        let value = code.code();
        // Two impls, one each way (clippy would take them for one expression twice).
        assert!(code == value, "{} {value}", C::SET);
        assert!(value == code, "{} {value}", C::SET);
        for other in [
            value.wrapping_add(1),
            value.wrapping_sub(1),
            i32::MIN,
            i32::MAX,
            0,
        ] {
            // (`other == value` would pick `i32: PartialEq<C>` from the where clause.)
            let equal = other.cmp(&value).is_eq();
            assert_eq!(code == other, equal, "{} {value} {other}", C::SET);
            assert_eq!(other == code, equal, "{} {value} {other}", C::SET);
            assert_eq!(code != other, !equal);
            assert_eq!(other != code, !equal);
        }
    }
}

#[test]
fn every_code_equals_its_value_both_ways() {
    for_each_set!(equals_its_value_both_ways);
    assert!(ErrorCode::InvalidToken == -1000);
    assert!(-1000 == ErrorCode::InvalidToken);
    assert!(ErrorCode::InvalidToken != -1001);
    assert!(-1001 != ErrorCode::InvalidToken);
    // As `http::StatusCode` with `u16`: a raw value from a callback compares without a conversion.
    let raw: i32 = -1009;
    assert_eq!(raw, ErrorCode::TokenExpired);
    assert_eq!(ErrorCode::TokenExpired, raw);
}

proptest! {
    #[test]
    fn a_code_equals_exactly_its_value(value in any::<i32>(), index in any::<prop::sample::Index>()) {
        let code = index.get(ErrorCode::ALL).to_owned();
        prop_assert_eq!(code == value, code.code() == value);
        prop_assert_eq!(value == code, code.code() == value);
        let code = index.get(WarningCode::ALL).to_owned();
        prop_assert_eq!(code == value, code.code() == value);
        prop_assert_eq!(value == code, code.code() == value);
    }
}

/// `TryFrom<From>` for `To`, where `To` mirrors `From` (`same_as`): the inverse of `From<To> for From`,
/// and `NoCounterpart`, which keeps the code, for the codes none mirrors.
fn mirrored_back<From, To>()
where
    From: Code + std::convert::From<To>,
    To: Code + TryFrom<From, Error = NoCounterpart>,
{
    let mirrored: Vec<From> = To::ALL.iter().map(|&to| From::from(to)).collect();
    for &to in To::ALL {
        let from = From::from(to);
        assert_eq!(To::try_from(from), Ok(to));
        assert_eq!(from.code(), to.code());
        // The link says the same.
        assert!(as_any(to)
            .links()
            .any(|link| link.relation() == Relation::StandsFor && link.code() == from.into()));
    }
    let mut missing = 0;
    for &from in From::ALL {
        match To::try_from(from) {
            Ok(to) => assert_eq!(From::from(to), from),
            Err(err) => {
                assert!(!mirrored.contains(&from));
                assert_eq!(err.code(), as_any(from));
                assert_eq!(err.code_set(), To::CODE_SET);
                assert_eq!(
                    err.to_string(),
                    format!(
                        "ByteRTC {} {} ({}) has no counterpart in {}",
                        From::SET,
                        from.code(),
                        from.name(),
                        To::SET
                    )
                );
                missing += 1;
            }
        }
    }
    // One to one: every code of `To` mirrors a different code of `From`.
    assert_eq!(missing, From::ALL.len() - To::ALL.len());
}

#[test]
fn the_rts_sets_convert_back_from_the_sets_they_mirror() {
    mirrored_back::<ErrorCode, RtsErrorCode>();
    mirrored_back::<WarningCode, RtsWarningCode>();
    mirrored_back::<ReturnStatus, RtsReturnStatus>();
    assert_eq!(
        RtsErrorCode::try_from(ErrorCode::InvalidToken),
        Ok(RtsErrorCode::InvalidToken)
    );
    let err = RtsErrorCode::try_from(ErrorCode::NoPublishPermission).unwrap_err();
    assert_eq!(err.code(), AnyCode::from(ErrorCode::NoPublishPermission));
    assert_eq!(err.code_set(), CodeSet::RtsErrorCode);
    assert_eq!(
        RtsReturnStatus::try_from(ReturnStatus::RoomIdInUse),
        Ok(RtsReturnStatus::RoomIdInUse)
    );
    // -6, -7 and -9 to -303 are `ReturnStatus`'s only.
    let err = RtsReturnStatus::try_from(ReturnStatus::HasInEchoTest).unwrap_err();
    assert_eq!(err.code(), AnyCode::from(ReturnStatus::HasInEchoTest));
    assert_eq!(err.code_set(), CodeSet::RtsReturnStatus);
}

/// The sets with OK codes, which implement `OkCode` (a set missing here fails to compile in
/// [`ok_codes_of_every_set_with_them`]; one too many fails `only_these_sets_have_ok_codes`).
const OK_SETS: [&str; 32] = [
    "AudioRecordingErrorCode",
    "LocalAudioStreamError",
    "LocalVideoStreamError",
    "ReturnStatus",
    "MediaDeviceError",
    "MediaDeviceWarning",
    "UserMessageSendResult",
    "RoomMessageSendResult",
    "MessageSendResultCode",
    "LoginErrorCode",
    "AudioMixingError",
    "PlayerError",
    "ForwardStreamError",
    "MixedStreamTaskErrorCode",
    "StreamMixingErrorCode",
    "SingleStreamTaskErrorCode",
    "PublicStreamErrorCode",
    "TranscodingError",
    "SubtitleErrorCode",
    "KtvErrorCode",
    "KtvPlayerErrorCode",
    "ChorusCacheSyncError",
    "UserVisibilityChangeError",
    "LocalProxyError",
    "RecordingErrorCode",
    "NetworkDetectionStartReturn",
    "EchoTestResult",
    "SetRoomExtraInfoResult",
    "RenderError",
    "SnapshotErrorCode",
    "WtnSubscribeStateChangeReason",
    "RtsReturnStatus",
];

/// `is_ok` and `into_result` of `C` on every code: the OK codes are those named `Ok`, `Success` or
/// `RoomSuccess` (and the subscription that succeeded, `WtnSubscribeStateChangeReason::Subscribe`), the
/// same as `AnyCode` says, and every set has at least one code that is not OK.
fn ok_codes_of<C: OkCode>() -> usize {
    let mut ok = 0;
    for &code in C::ALL {
        let named_ok = matches!(
            (C::SET, code.name()),
            (_, "Ok" | "Success" | "RoomSuccess") | ("WtnSubscribeStateChangeReason", "Subscribe")
        );
        assert_eq!(code.is_ok(), named_ok, "{} {}", C::SET, code.name());
        assert_eq!(as_any(code).is_ok(), named_ok);
        assert_eq!(
            code.into_result(),
            if named_ok { Ok(()) } else { Err(code) }
        );
        assert_eq!(
            as_any(code).into_result(),
            if named_ok { Ok(()) } else { Err(as_any(code)) }
        );
        ok += usize::from(named_ok);
    }
    assert!(ok >= 1 && ok < C::ALL.len(), "{}", C::SET);
    ok
}

#[test]
fn ok_codes_of_every_set_with_them() {
    let ok = [
        ok_codes_of::<AudioRecordingErrorCode>(),
        ok_codes_of::<LocalAudioStreamError>(),
        ok_codes_of::<LocalVideoStreamError>(),
        ok_codes_of::<ReturnStatus>(),
        ok_codes_of::<MediaDeviceError>(),
        ok_codes_of::<MediaDeviceWarning>(),
        ok_codes_of::<UserMessageSendResult>(),
        ok_codes_of::<RoomMessageSendResult>(),
        ok_codes_of::<MessageSendResultCode>(),
        ok_codes_of::<LoginErrorCode>(),
        ok_codes_of::<AudioMixingError>(),
        ok_codes_of::<PlayerError>(),
        ok_codes_of::<ForwardStreamError>(),
        ok_codes_of::<MixedStreamTaskErrorCode>(),
        ok_codes_of::<StreamMixingErrorCode>(),
        ok_codes_of::<SingleStreamTaskErrorCode>(),
        ok_codes_of::<PublicStreamErrorCode>(),
        ok_codes_of::<TranscodingError>(),
        ok_codes_of::<SubtitleErrorCode>(),
        ok_codes_of::<KtvErrorCode>(),
        ok_codes_of::<KtvPlayerErrorCode>(),
        ok_codes_of::<ChorusCacheSyncError>(),
        ok_codes_of::<UserVisibilityChangeError>(),
        ok_codes_of::<LocalProxyError>(),
        ok_codes_of::<RecordingErrorCode>(),
        ok_codes_of::<NetworkDetectionStartReturn>(),
        ok_codes_of::<EchoTestResult>(),
        ok_codes_of::<SetRoomExtraInfoResult>(),
        ok_codes_of::<RenderError>(),
        ok_codes_of::<SnapshotErrorCode>(),
        ok_codes_of::<WtnSubscribeStateChangeReason>(),
        ok_codes_of::<RtsReturnStatus>(),
    ];
    // One each, but two messages (to a user, `Success`, 0, and to a room, `RoomSuccess`, 200) and two
    // public stream results (`Success`, 0, and C++ 3.41–3.45's `Ok`, 200).
    assert_eq!(ok.iter().sum::<usize>(), 34);
    assert!(PublicStreamErrorCode::Success.is_ok() && PublicStreamErrorCode::Ok.is_ok());
    assert!(MessageSendResultCode::Success.is_ok() && MessageSendResultCode::RoomSuccess.is_ok());
    assert_eq!(MessageSendResultCode::RoomSuccess.code(), 200);
    assert!(RoomMessageSendResult::Success.is_ok());
    assert_eq!(RoomMessageSendResult::Success.code(), 200);
}

#[test]
fn only_these_sets_have_ok_codes() {
    let with_ok: BTreeSet<&str> = AnyCode::all()
        .filter(|code| code.is_ok())
        .map(AnyCode::set)
        .collect();
    assert_eq!(with_ok, OK_SETS.into_iter().collect());
    assert!(OK_SETS.iter().all(|set| SETS.contains(set)));
    // `SingleStreamPushEvent::Success` is an event among others (`Start`, `Stop`) that are no
    // failures either, so that set has no OK code; the reasons of state changes have none either.
    assert!(!AnyCode::from(SingleStreamPushEvent::Success).is_ok());
    // So are the `…Success` events of the stream-mixing and 3.60 task events.
    assert!(!AnyCode::from(StreamMixingEvent::StartSuccess).is_ok());
    assert!(!AnyCode::from(MixedStreamTaskEvent::StopSuccess).is_ok());
    assert!(!AnyCode::from(SingleStreamTaskEvent::StartSuccess).is_ok());
    assert!(!AnyCode::from(RoomStateChangeReason::JoinRoom).is_ok());
    assert!(AnyCode::all()
        .filter(|code| !OK_SETS.contains(&code.set()))
        .all(|code| code.into_result() == Err(code)));
}

#[test]
fn question_mark_works_on_any_set_with_ok_codes() {
    fn on_player_state(error: i32) -> Result<(), Box<dyn Error>> {
        PlayerError::try_from(error)?.into_result()?;
        Ok(())
    }
    assert!(on_player_state(0).is_ok());
    assert_eq!(
        on_player_state(PlayerError::InvalidState.code())
            .unwrap_err()
            .to_string(),
        PlayerError::InvalidState.to_string()
    );
    assert_eq!(
        on_player_state(-77).unwrap_err().to_string(),
        "unknown ByteRTC PlayerError: -77"
    );
    fn on_any(code: AnyCode) -> Result<(), Box<dyn Error>> {
        code.into_result()?;
        Ok(())
    }
    assert!(on_any(ReturnStatus::Success.into()).is_ok());
    assert_eq!(
        on_any(ReturnStatus::ParameterErr.into())
            .unwrap_err()
            .to_string(),
        ReturnStatus::ParameterErr.to_string()
    );
}

#[cfg(feature = "num_enum")]
mod num_enum_feature {
    use super::*;
    use num_enum::{TryFromPrimitive, TryFromPrimitiveError};

    /// What code generic over `TryFromPrimitive` does: convert a raw value.
    fn from_primitive<T: TryFromPrimitive<Primitive = i32>>(raw: i32) -> Result<T, T::Error> {
        T::try_from_primitive(raw)
    }

    /// `TryFromPrimitive` of `C` agrees with `TryFrom<i32>` on every code and on values no set has.
    fn try_from_primitive_of<C>()
    where
        C: Code + TryFromPrimitive<Primitive = i32, Error = TryFromPrimitiveError<C>>,
    {
        assert_eq!(C::NAME, C::SET);
        for &code in C::ALL {
            assert_eq!(from_primitive::<C>(code.code()), Ok(code));
        }
        for raw in [i32::MIN, -1_000_000, 1_000_000, i32::MAX] {
            let err = from_primitive::<C>(raw).unwrap_err();
            assert_eq!(err.number, raw);
            assert_eq!(
                err.to_string(),
                format!(
                    "No discriminant in enum `{}` matches the value `{raw}`",
                    C::SET
                )
            );
            assert_eq!(C::try_from(raw).unwrap_err().code(), raw);
        }
    }

    #[test]
    fn every_set_is_try_from_primitive() {
        for_each_set!(try_from_primitive_of);
        assert_eq!(
            ErrorCode::try_from_primitive(-1000),
            Ok(ErrorCode::InvalidToken)
        );
    }

    proptest! {
        #[test]
        fn try_from_primitive_is_try_from(raw in any::<i32>()) {
            prop_assert_eq!(
                ErrorCode::try_from_primitive(raw).ok(),
                ErrorCode::try_from(raw).ok()
            );
            prop_assert_eq!(
                WarningCode::try_from_primitive(raw).map_err(|e| e.number),
                WarningCode::try_from(raw).map_err(|e| e.code())
            );
        }
    }
}
