//! Display, `localized`, the English texts, and `const` use of the API.

mod common;

use bytertc_codes::*;
use common::{
    breaks_a_sentence, drop_callback_sentences, for_each_set, is_source_text, CRATE_NOTE,
};

#[test]
fn display_is_the_english_summary_and_the_code() {
    assert_eq!(
        ErrorCode::InvalidToken.to_string(),
        "Token is invalid (-1000)"
    );
    assert_eq!(
        LocalAudioStreamError::DeviceBusy.to_string(),
        "The local audio capture device is already in use (3)"
    );
    fn check<C: Code>() {
        for &code in C::ALL {
            let expected = format!("{} ({})", code.summary(Locale::En), code.code());
            assert_eq!(code.to_string(), expected);
            assert_eq!(code.localized(Locale::En).to_string(), expected);
            assert_eq!(
                code.localized(Locale::Zh).to_string(),
                format!("{}（{}）", code.summary(Locale::Zh), code.code())
            );
        }
    }
    for_each_set!(check);
}

#[test]
fn localized_in_both_languages() {
    let code = WarningCode::SubscribeStreamFailed404;
    assert_eq!(
        code.localized(Locale::Zh).to_string(),
        "订阅音视频流失败。（-2003）"
    );
    assert_eq!(
        code.localized(Locale::En).to_string(),
        "Failed to subscribe to audio and video streams (-2003)"
    );
    assert_eq!(code.localized(Locale::Zh).code(), code);
    assert_eq!(code.localized(Locale::Zh).locale(), Locale::Zh);
}

#[test]
fn codes_are_std_errors() {
    fn as_error(err: &dyn std::error::Error) -> String {
        err.to_string()
    }
    assert_eq!(
        as_error(&ErrorCode::KickedOut),
        ErrorCode::KickedOut.to_string()
    );
    assert_eq!(
        as_error(&ErrorCode::try_from(7).unwrap_err()),
        "unknown ByteRTC ErrorCode: 7"
    );
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(WarningCode::InEchoTestMode);
    assert!(boxed.to_string().ends_with("(-2017)"));
}

#[test]
fn english_texts_are_real_and_shaped_like_the_chinese() {
    fn check<C: Code>() {
        for &code in C::ALL {
            let en = code.description(Locale::En);
            let zh = code.description(Locale::Zh);
            let id = format!("{} {}", C::SET, code.code());
            assert!(!en.trim().is_empty(), "{id}: empty English");
            assert_ne!(en, zh, "{id}");
            assert_eq!(
                en.lines().count(),
                zh.lines().count(),
                "{id}: line structure differs"
            );
            assert_eq!(code.summary(Locale::En), en.lines().next().unwrap(), "{id}");
            assert_eq!(code.summary(Locale::Zh), zh.lines().next().unwrap(), "{id}");
            assert!(
                en.chars()
                    .all(|c| c.is_ascii() && (!c.is_ascii_control() || c == '\n')),
                "{id}: English text has non-ASCII or control characters: {en:?}"
            );
            assert!(
                !en.ends_with('\n') && !en.contains("\n\n") && !en.contains("  "),
                "{id}"
            );
            let summary = code.summary(Locale::En);
            assert!(
                summary.starts_with(|c: char| c.is_ascii_uppercase()),
                "{id}: {summary}"
            );
            assert!(
                !summary.ends_with('.'),
                "{id}: a summary has no final period"
            );
            for line in en.lines().skip(1) {
                assert!(line.ends_with('.') || line.ends_with(':'), "{id}: {line}");
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn the_api_is_usable_in_const_items() {
    const CODE: Option<ErrorCode> = ErrorCode::from_code(-1000);
    const SUMMARY: &str = match CODE {
        Some(code) => code.summary(Locale::Zh),
        None => "",
    };
    const DESCRIPTION: &str = WarningCode::JoinRoomFailed.description(Locale::En);
    const VALUE: i32 = LocalVideoStreamError::DeviceDisconnected.code();
    const NAME: &str = AudioRecordingErrorCode::NotInRoom.sdk_name();
    const UNKNOWN: Option<WarningCode> = WarningCode::from_code(-1000);
    const RUST_NAME: &str = ErrorCode::InvalidToken.name();
    const IOS: Option<&str> = ErrorCode::JoinRoomRoomForbidden.identifier(Platform::Ios);
    const PLATFORMS: Platforms = ErrorCode::AppIdNull.platforms();
    const DEPRECATION: Option<Deprecation<ErrorCode>> =
        ErrorCode::OverScreenPublishLimit.deprecation();
    const LOCALIZED: Localized<ErrorCode> = ErrorCode::InvalidToken.localized(Locale::Zh);
    assert_eq!(SUMMARY, "Token 无效。");
    assert_eq!(RUST_NAME, "InvalidToken");
    assert_eq!(IOS, Some("ByteRTCErrorCodeJoinRoomRoomForbidden"));
    assert_eq!(PLATFORMS.to_string(), "Unity, Android");
    assert_eq!(
        DEPRECATION.map(|d| (d.since(), d.replaced_by())),
        Some(("3.52", Some(ErrorCode::OverStreamPublishLimit)))
    );
    assert_eq!(LOCALIZED.to_string(), "Token 无效。（-1000）");
    assert!(DESCRIPTION.starts_with("Failed to join the room\n"));
    assert_eq!(VALUE, 7);
    assert_eq!(NAME, "kAudioRecordingErrorNotInRoom");
    assert_eq!(UNKNOWN, None);
}

#[test]
fn the_same_integer_means_different_things_in_different_sets() {
    assert_eq!(
        LocalAudioStreamError::try_from(4),
        Ok(LocalAudioStreamError::RecordFailure)
    );
    assert_eq!(
        LocalVideoStreamError::try_from(4),
        Ok(LocalVideoStreamError::DeviceNotFound)
    );
    assert_eq!(
        AudioRecordingErrorCode::try_from(0),
        Ok(AudioRecordingErrorCode::Ok)
    );
    assert!(AudioRecordingErrorCode::try_from(1).is_err());
}

#[test]
fn ordering_follows_the_value() {
    let mut codes = ErrorCode::ALL.to_vec();
    codes.sort();
    let values: Vec<i32> = codes.iter().map(|c| c.code()).collect();
    let mut sorted = values.clone();
    sorted.sort_unstable();
    assert_eq!(values, sorted);
}

/// The longest English summary: what `Display` and every log line show. Ten summaries of codes and
/// one of another meaning were paragraphs of 124 to 197 characters; their sentences after the first
/// went into the description (or, where the source's Chinese is one sentence, the English was said
/// shorter). Every other is at most 117.
const MAX_SUMMARY_EN: usize = 120;

/// The longest Chinese summary, in characters. The source's Chinese is kept, and the crate can only
/// end a summary where a sentence ends; the longest one-sentence summary is `WarningCode` -2013's (74).
const MAX_SUMMARY_ZH: usize = 80;

#[test]
fn summaries_are_short_sentences() {
    fn check<C: Code>() {
        for &code in C::ALL {
            let id = format!("{} {}", C::SET, code.code());
            for meaning in std::iter::once((code.summary(Locale::En), code.summary(Locale::Zh)))
                .chain(
                    code.other_meanings()
                        .iter()
                        .map(|m| (m.summary(Locale::En), m.summary(Locale::Zh))),
                )
            {
                let (en, zh) = meaning;
                assert!(
                    en.len() <= MAX_SUMMARY_EN,
                    "{id}: an English summary of {} characters: {en}",
                    en.len()
                );
                assert!(
                    zh.chars().count() <= MAX_SUMMARY_ZH,
                    "{id}: a Chinese summary of {} characters: {zh}",
                    zh.chars().count()
                );
                // At most a statement and its reason (`Token 过期。调用 joinRoom …。`).
                assert!(
                    zh.matches(['。', '！', '？']).count() <= 2,
                    "{id}: a Chinese summary of more than two sentences: {zh}"
                );
            }
        }
    }
    for_each_set!(check);
    assert_eq!(
        ErrorCode::MultiRoomUnpublishFailed.to_string(),
        "Unpublishing a stream published in two or more rooms failed in one of them; the app must \
         retry or have the user retry (-1085)"
    );
    let warning = ReturnStatus::VideoTimeStampWarning;
    assert_eq!(
        warning.summary(Locale::Zh),
        "警告。推送视频帧到 RTC SDK 时，相邻视频帧的时间戳差异应当和推帧操作的间隔相同。"
    );
    assert_eq!(
        warning.description(Locale::En).lines().nth(1),
        Some("If they do not, you receive this warning.")
    );
}

#[test]
fn no_line_break_falls_inside_a_sentence() {
    fn check<C: Code>() {
        for &code in C::ALL {
            let texts = zh_descriptions(code);
            for text in texts {
                let lines: Vec<&str> = text.lines().collect();
                for (i, pair) in lines.windows(2).enumerate() {
                    assert!(
                        !breaks_a_sentence(pair[0], pair[1], i == 0),
                        "{} {}: a line break inside a sentence: {:?} / {:?}",
                        C::SET,
                        code.code(),
                        pair[0],
                        pair[1]
                    );
                }
            }
        }
    }
    for_each_set!(check);
    assert_eq!(
        RtsErrorCode::InvalidToken.description(Locale::Zh),
        "Token 无效。\n进房时使用的 Token 无效或过期失效。需要用户重新获取 Token，并调用 updateToken: 方法更新 Token。"
    );
    assert_eq!(
        MediaDeviceWarning::DetectLeakEcho
            .description(Locale::Zh)
            .lines()
            .count(),
        2
    );
}

#[test]
fn no_text_names_the_callback_that_delivers_it() {
    fn check<C: Code>() {
        for &code in C::ALL {
            let texts = zh_descriptions(code);
            for line in texts.flat_map(str::lines) {
                assert_eq!(
                    drop_callback_sentences(line),
                    line,
                    "{} {}: a sentence naming the callback",
                    C::SET,
                    code.code()
                );
            }
        }
    }
    for_each_set!(check);
    // The page-sourced rows that kept it, in both languages.
    for (code, zh, en) in [
        (
            AnyCode::from(ErrorCode::JoinRoomRoomForbidden),
            "房间被封禁。",
            "The room is banned",
        ),
        (
            AnyCode::from(ErrorCode::JoinRoomUserForbidden),
            "用户被封禁。",
            "The user is banned",
        ),
        (
            AnyCode::from(UserMessageSendResult::E2bsSendFailed),
            "消息发送失败。应用服务器未收到客户端发送的消息。",
            "Sending failed: the application server did not receive the message sent by the client",
        ),
    ] {
        assert_eq!(code.description(Locale::Zh), zh);
        assert_eq!(code.description(Locale::En), en);
    }
    assert!(!WarningCode::LicenseFileExpired
        .description(Locale::En)
        .contains("onRoomStateChanged"));
    assert!(!UserMessageSendResult::E2bsReturnFailed
        .description(Locale::Zh)
        .contains("回调"));
}

#[test]
fn source_texts_allow_only_breaks_after_sentences_and_notes() {
    assert!(is_source_text("甲。\n乙。", "甲。\n乙。"));
    assert!(is_source_text("甲。\n乙。", "甲。乙。"));
    assert!(is_source_text("甲！\n乙", "甲！乙"));
    assert!(is_source_text("甲。\n本库注：说明。", "甲。"));
    assert!(
        !is_source_text("甲，\n乙。", "甲，乙。"),
        "a break after a comma"
    );
    assert!(
        !is_source_text("甲。乙。", "甲。\n乙。"),
        "a source break dropped"
    );
    assert!(!is_source_text("甲。", "甲。乙。"), "a sentence dropped");
    assert!(
        !is_source_text("甲。\n注：说明。", "甲。"),
        "a note without the marker"
    );
    assert!(!is_source_text("甲。\n", "甲。"));
}

#[test]
fn room_event_2014_says_what_its_identifier_means_and_whose_text_it_carries() {
    let retry = RoomEvent::RetryOnServerError;
    let forbidden = RoomEvent::Forbidden;
    // The source's Chinese stays: -2012's, word for word …
    assert_eq!(retry.summary(Locale::Zh), forbidden.summary(Locale::Zh));
    // … while the English says what the identifier means, not that someone is banned …
    let en = retry.summary(Locale::En);
    assert!(en.starts_with("Retry on server error"), "{en}");
    assert!(!en.contains("banned"), "{en}");
    // … and both descriptions say the text belongs to -2012.
    let note_zh = retry
        .description(Locale::Zh)
        .lines()
        .nth(1)
        .unwrap_or_default();
    assert!(
        note_zh.starts_with(CRATE_NOTE) && note_zh.contains("-2012"),
        "{note_zh}"
    );
    let note_en = retry
        .description(Locale::En)
        .lines()
        .nth(1)
        .unwrap_or_default();
    assert!(
        note_en.contains("-2012") && note_en.contains("kRoomEventRetryOnServerError"),
        "{note_en}"
    );
    // -2012 itself has no note.
    assert_eq!(forbidden.description(Locale::Zh).lines().count(), 1);
}

#[cfg(feature = "cli")]
#[test]
fn explain_shows_the_note_of_room_event_2014() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_bytertc-codes"))
        .args(["explain", "-2014", "--set", "RoomEvent", "--lang", "both"])
        .output()
        .expect("the binary runs");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    for line in RoomEvent::RetryOnServerError
        .description(Locale::Zh)
        .lines()
        .chain(
            RoomEvent::RetryOnServerError
                .description(Locale::En)
                .lines(),
        )
    {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    assert!(text.contains(CRATE_NOTE), "{text}");
}

#[test]
fn english_style_of_issue_21() {
    for code in [
        AnyCode::from(AudioMixingError::Ok),
        AnyCode::from(PlayerError::Ok),
        AnyCode::from(ForwardStreamError::Ok),
    ] {
        assert_eq!(code.summary(Locale::En), "OK (no error)", "{code:?}");
    }
    assert_eq!(
        NetworkDetectionStopReason::ConnectionLost.summary(Locale::En),
        "The probe's network connection was lost"
    );
    assert_eq!(
        MediaDeviceWarning::try_from(30).map(|c| c.summary(Locale::En)),
        Ok("Failed to start capturing audio from all processes")
    );
    assert_eq!(
        LocalAudioStreamError::try_from(1).map(|c| c.summary(Locale::En)),
        Ok("Local audio error; the cause is unknown")
    );
    assert_eq!(
        SingleStreamPushEvent::try_from(1).map(|c| c.summary(Locale::En)),
        Ok("Started pushing the stream")
    );
    assert_eq!(
        SingleStreamPushEvent::try_from(4).map(|c| c.summary(Locale::En)),
        Ok("Stopped pushing the stream")
    );
}

/// The Chinese description of `code` and of each of its other meanings.
fn zh_descriptions<C: Code>(code: C) -> impl Iterator<Item = &'static str> {
    std::iter::once(code.description(Locale::Zh)).chain(
        code.other_meanings()
            .iter()
            .map(|m| m.description(Locale::Zh)),
    )
}
