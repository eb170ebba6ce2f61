//! What the SDK's reference says about each code: recovery, out of room, retried by the SDK, ok states.
//! Every code is listed with its expected answer, and each rule is checked against the Chinese texts.

use bytertc_codes::*;

#[test]
fn recovery_of_every_error_code() {
    let expected: &[(i32, Recovery)] = &[
        (-1000, Recovery::UpdateToken),
        (-1001, Recovery::Rejoin),
        (-1009, Recovery::RejoinWithNewToken),
        (-1084, Recovery::ContactSupport),
    ];
    for &code in ErrorCode::ALL {
        let want = expected
            .iter()
            .find(|(value, _)| *value == code.code())
            .map_or(Recovery::None, |&(_, recovery)| recovery);
        assert_eq!(code.recovery(), want, "{}", code.code());
        assert_eq!(AnyCode::from(code).recovery(), want);
    }
    for &recovery in &[
        Recovery::UpdateToken,
        Recovery::RejoinWithNewToken,
        Recovery::Rejoin,
        Recovery::ContactSupport,
    ] {
        for &locale in Locale::ALL {
            assert!(recovery.hint(locale).is_some_and(|h| !h.is_empty()));
        }
    }
    assert_eq!(Recovery::None.hint(Locale::Zh), None);
    assert_eq!(
        AnyCode::from(WarningCode::JoinRoomFailed).recovery(),
        Recovery::None
    );
}

#[test]
fn recovery_rests_on_the_pages_words() {
    // Each recovery's key term, in the page's Chinese text of exactly the codes that have it.
    let terms = [
        (Recovery::UpdateToken, "调用 updateToken 方法更新 Token"),
        (
            Recovery::RejoinWithNewToken,
            "调用 joinRoom 使用新的 Token 重新加入房间",
        ),
        (Recovery::Rejoin, "需要用户重新加入房间"),
        (Recovery::ContactSupport, "不再自动重连，可联系技术支持"),
    ];
    for &code in ErrorCode::ALL {
        let zh = code.description(Locale::Zh);
        let said: Vec<Recovery> = terms
            .iter()
            .filter(|(_, term)| zh.contains(term))
            .map(|&(r, _)| r)
            .collect();
        let expected = if said.is_empty() {
            vec![Recovery::None]
        } else {
            said
        };
        assert_eq!(vec![code.recovery()], expected, "{}: {zh}", code.code());
    }
}

#[test]
fn out_of_room_for_every_error_code() {
    let out = [-1004, -1006, -1011, -1017, -1018, -1019, -1022, -1084];
    for &code in ErrorCode::ALL {
        assert_eq!(
            code.is_out_of_room(),
            out.contains(&code.code()),
            "{}",
            code.code()
        );
        // The rule is the page's words: removed (踢出, 移出, 退出房间) or refused entry (拒绝进房).
        let zh = code.description(Locale::Zh);
        let says_so = ["踢出", "移出", "退出房间", "拒绝进房"]
            .iter()
            .any(|w| zh.contains(w));
        assert_eq!(code.is_out_of_room(), says_so, "{}: {zh}", code.code());
    }
}

#[test]
fn retried_by_sdk_for_every_warning_code() {
    let retried = [-2000, -2001, -2002, -2003, -2004];
    for &code in WarningCode::ALL {
        assert_eq!(
            code.retried_by_sdk(),
            retried.contains(&code.code()),
            "{}",
            code.code()
        );
        let zh = code.description(Locale::Zh);
        let says_so = zh.contains("自动重试") || zh.contains("继续重试");
        assert_eq!(code.retried_by_sdk(), says_so, "{}: {zh}", code.code());
    }
}

#[test]
fn ok_states_and_into_result() {
    fn check<C: Code>(is_ok: fn(C) -> bool, into_result: fn(C) -> Result<(), C>) {
        for &code in C::ALL {
            let ok = code.code() == 0;
            assert_eq!(ok, code.name() == "Ok");
            assert_eq!(is_ok(code), ok, "{} {}", C::SET, code.code());
            assert_eq!(into_result(code), if ok { Ok(()) } else { Err(code) });
        }
    }
    check(
        AudioRecordingErrorCode::is_ok,
        AudioRecordingErrorCode::into_result,
    );
    check(
        LocalAudioStreamError::is_ok,
        LocalAudioStreamError::into_result,
    );
    check(
        LocalVideoStreamError::is_ok,
        LocalVideoStreamError::into_result,
    );
}

#[test]
fn question_mark_works_on_state_callbacks() {
    fn on_local_video_state(error: i32) -> Result<(), Box<dyn std::error::Error>> {
        LocalVideoStreamError::try_from(error)?.into_result()?;
        Ok(())
    }
    assert!(on_local_video_state(0).is_ok());
    assert_eq!(
        on_local_video_state(3).unwrap_err().to_string(),
        "The local video capture device is in use (3)"
    );
    assert_eq!(
        on_local_video_state(99).unwrap_err().to_string(),
        "unknown ByteRTC LocalVideoStreamError: 99"
    );
}
