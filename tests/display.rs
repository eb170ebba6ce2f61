//! `Display` of every public type: width, fill, alignment and precision behave as for `str`; error
//! messages stay short whatever the input; ambiguous names say which sets have them; `Ord` follows the
//! integer value.

mod common;

use bytertc_codes::*;
use common::for_each_set;

/// Formats `value` with several width, fill, alignment and precision specs and compares each with the
/// same spec applied to its plain `Display` as a `str`.
fn assert_pads_like_str(value: &dyn std::fmt::Display) {
    let plain = value.to_string();
    let plain = plain.as_str();
    let cases = [
        (format!("{value:>40}"), format!("{plain:>40}")),
        (format!("{value:*<30}"), format!("{plain:*<30}")),
        (format!("{value:^50}"), format!("{plain:^50}")),
        (format!("{value:-^51}"), format!("{plain:-^51}")),
        (format!("{value:80}"), format!("{plain:80}")),
        (format!("{value:3}"), format!("{plain:3}")),
        (format!("{value:.10}"), format!("{plain:.10}")),
        (format!("{value:>20.5}"), format!("{plain:>20.5}")),
    ];
    for (got, want) in cases {
        assert_eq!(got, want, "{plain}");
    }
}

#[test]
fn every_code_pads_like_str() {
    fn check<C: Code>() {
        for &code in C::ALL {
            assert_pads_like_str(&code);
            for &locale in Locale::ALL {
                assert_pads_like_str(&code.localized(locale));
            }
            assert_pads_like_str(&Into::<AnyCode>::into(code));
            assert_pads_like_str(&code.platforms());
        }
        let unknown = C::try_from(i32::MIN).unwrap_err();
        assert_pads_like_str(&unknown);
    }
    for_each_set!(check);
    assert_eq!(
        format!("{:>30}|", ErrorCode::InvalidToken),
        "      Token is invalid (-1000)|"
    );
    assert_eq!(
        format!("{:*<18}|", ErrorCode::InvalidToken.localized(Locale::Zh)),
        "Token 无效。（-1000）**|"
    );
    assert_eq!(
        format!("{:^40}|", ErrorCode::try_from(-1).unwrap_err()),
        "     unknown ByteRTC ErrorCode: -1      |"
    );
    assert_eq!(
        format!("{:>16}|", ErrorCode::AppIdNull.platforms()),
        "  Unity, Android|"
    );
    assert_pads_like_str(&Platforms::EMPTY);
    assert_pads_like_str(&Platform::Ios);
    assert_pads_like_str(&Locale::Zh);
    assert_pads_like_str(&Source::Cpp3_61);
    assert_pads_like_str(&Sdk::Electron);
    assert_pads_like_str(&ErrorCode::InvalidToken.sources());
    assert_pads_like_str(&Sources::EMPTY);
}

#[cfg(feature = "std")]
#[test]
fn huge_rejected_input_gives_a_short_message_and_keeps_the_input() {
    let huge = "E".repeat(10 << 20);
    let quoted_start = format!("{:?}…", "E".repeat(64));
    let messages = [
        {
            let err = huge.parse::<ErrorCode>().unwrap_err();
            assert_eq!(err.input(), huge);
            err.to_string()
        },
        {
            let err = huge.parse::<AnyCode>().unwrap_err();
            assert_eq!(err.input(), huge);
            err.to_string()
        },
        {
            let err = huge.parse::<Locale>().unwrap_err();
            assert_eq!(err.input(), huge);
            err.to_string()
        },
        {
            let err = huge.parse::<Platform>().unwrap_err();
            assert_eq!(err.input(), huge);
            err.to_string()
        },
        {
            let err = huge.parse::<Source>().unwrap_err();
            assert_eq!(err.input(), huge);
            err.to_string()
        },
        {
            let err = huge.parse::<Sdk>().unwrap_err();
            assert_eq!(err.input(), huge);
            err.to_string()
        },
    ];
    for message in messages {
        assert!(
            message.len() < 200,
            "{} bytes: {message:.300}",
            message.len()
        );
        assert!(
            message.contains(&format!("{quoted_start} (10485760 bytes)")),
            "{message}"
        );
    }
    // Debug (what `unwrap` prints) is bounded too.
    let debug = format!("{:?}", huge.parse::<ErrorCode>().unwrap_err());
    assert!(debug.len() < 200, "{debug:.300}");
    // Short input is quoted whole.
    assert_eq!(
        "ERROR_CODE_NOPE"
            .parse::<ErrorCode>()
            .unwrap_err()
            .to_string(),
        r#"unknown ByteRTC ErrorCode name: "ERROR_CODE_NOPE""#
    );
}

#[test]
fn ambiguous_names_list_the_sets_that_have_them() {
    let err = "DeviceBusy".parse::<AnyCode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "ambiguous ByteRTC code name \"DeviceBusy\": it names LocalAudioStreamError::DeviceBusy, \
         LocalVideoStreamError::DeviceBusy and MediaDeviceError::DeviceBusy; qualify it with its set"
    );
    let err = "InvalidToken".parse::<AnyCode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "ambiguous ByteRTC code name \"InvalidToken\": it names ErrorCode::InvalidToken, \
         RoomStateChangeReason::InvalidToken, LoginErrorCode::InvalidToken, \
         ForwardStreamError::InvalidToken and RtsErrorCode::InvalidToken; qualify it with its set"
    );
    assert_eq!(
        err.candidates().collect::<Vec<_>>(),
        lookup_name("InvalidToken").collect::<Vec<_>>()
    );
    // Every qualified name that the message suggests parses.
    for name in ["Ok", "DeviceBusy", "Failure", "EncodeFailure"] {
        let err = name.parse::<AnyCode>().unwrap_err();
        assert!(err.is_ambiguous());
        assert!(err.candidates().count() >= 2, "{name}");
        for code in err.candidates() {
            let qualified = format!("{}::{}", code.set(), code.name());
            assert!(err.to_string().contains(&qualified), "{err}");
            assert_eq!(qualified.parse::<AnyCode>(), Ok(code));
        }
    }
    let unknown = "Nope".parse::<AnyCode>().unwrap_err();
    assert!(!unknown.is_ambiguous());
    assert_eq!(unknown.candidates().count(), 0);
}

#[test]
fn ord_follows_the_integer_value_not_all() {
    fn check<C: Code>() {
        let mut by_ord = C::ALL.to_vec();
        by_ord.sort();
        let mut by_value = C::ALL.to_vec();
        by_value.sort_by_key(|code| code.code());
        assert_eq!(by_ord, by_value, "{}", C::SET);
    }
    for_each_set!(check);
    assert!(ErrorCode::JoinRoom < ErrorCode::InvalidToken); // -1001 < -1000
    assert!(WarningCode::ALL.windows(2).any(|pair| pair[0] > pair[1]));
}
