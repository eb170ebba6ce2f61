//! Converting any `i32` to a code and back gives the same `i32`: nothing the SDK sends is lost.

mod common;

use bytertc_codes::{Code, UnknownCode};
use common::for_each_set;
use proptest::prelude::*;

/// The one property: `try_from` then back (through the enum or through `UnknownCode::code`) is the
/// identity, and `from_code` agrees with `try_from`.
fn round_trip<C: Code>(raw: i32) {
    let converted: Result<C, UnknownCode> = C::try_from(raw);
    match converted {
        Ok(code) => {
            assert_eq!(code.code(), raw);
            assert_eq!(Into::<i32>::into(code), raw);
        }
        Err(err) => {
            assert_eq!(err.code(), raw);
            assert_eq!(err.set(), C::SET);
            assert!(
                C::ALL.iter().all(|c| c.code() != raw),
                "{} {raw} is known",
                C::SET
            );
        }
    }
    assert_eq!(C::from_code(raw), converted.ok());
}

#[test]
fn every_i32_near_zero_and_both_extremes() {
    fn check<C: Code>() {
        for raw in (-100_000..=100_000).chain([i32::MIN, i32::MIN + 1, i32::MAX - 1, i32::MAX]) {
            round_trip::<C>(raw);
        }
    }
    for_each_set!(check);
}

#[test]
fn every_known_code_converts_to_itself() {
    fn check<C: Code>() {
        for &code in C::ALL {
            assert_eq!(C::try_from(code.code()), Ok(code));
            assert_eq!(C::from_code(code.code()), Some(code));
        }
    }
    for_each_set!(check);
}

proptest! {
    #[test]
    fn any_i32_round_trips(raw in any::<i32>()) {
        round_trip::<bytertc_codes::AudioRecordingErrorCode>(raw);
        round_trip::<bytertc_codes::LocalAudioStreamError>(raw);
        round_trip::<bytertc_codes::LocalVideoStreamError>(raw);
        round_trip::<bytertc_codes::ErrorCode>(raw);
        round_trip::<bytertc_codes::WarningCode>(raw);
    }
}
