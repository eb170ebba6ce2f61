//! `AnyCode`, `CodeSet`, `lookup` and `lookup_name`: codes across every set.

mod common;

use common::{for_each_set, SHARED_NAMES};

use bytertc_codes::*;

#[test]
fn lookup_finds_every_set_that_defines_a_value_in_fixed_order() {
    let sets = |code: i32| lookup(code).map(AnyCode::set).collect::<Vec<_>>();
    assert_eq!(
        lookup(3).take(2).collect::<Vec<_>>(),
        [
            AnyCode::LocalAudioStreamError(LocalAudioStreamError::DeviceBusy),
            AnyCode::LocalVideoStreamError(LocalVideoStreamError::DeviceBusy),
        ]
    );
    assert_eq!(
        sets(3),
        [
            "LocalAudioStreamError",
            "LocalVideoStreamError",
            "PublishStateChangeReason",
            "SubscribeStateChangeReason",
            "RemoteAudioStateChangeReason",
            "RemoteVideoStateChangeReason",
            "UserOfflineReason",
            "StreamRemoveReason",
            "MediaDeviceError",
            "MediaDeviceWarning",
            "UserMessageSendResult",
            "MessageSendResultCode",
            "AudioMixingError",
            "PlayerError",
            "PlayerEvent",
            "ForwardStreamEvent",
            "MixedStreamTaskEvent",
            "StreamMixingEvent",
            "SingleStreamTaskEvent",
            "SingleStreamPushEvent",
            "TranscodingError",
            "PerformanceAlarmReason",
            "FallbackOrRecoverReason",
            "NetworkDetectionStartReturn",
            "NetworkDetectionStopReason",
            "EchoTestResult",
            "HardwareEchoDetectionResult",
            "SubtitleErrorCode",
            "LocalProxyError",
            "VideoDenoiseModeChangedReason",
            "VideoSuperResolutionModeChangedReason",
            "AudioDumpStatus",
        ]
    );
    // The five sets of the reference page first, then the others in the order of the list of sets.
    assert_eq!(
        lookup(0).take(3).collect::<Vec<_>>(),
        [
            AnyCode::AudioRecordingErrorCode(AudioRecordingErrorCode::Ok),
            AnyCode::LocalAudioStreamError(LocalAudioStreamError::Ok),
            AnyCode::LocalVideoStreamError(LocalVideoStreamError::Ok),
        ]
    );
    assert_eq!(lookup(0).count(), 51);
    assert_eq!(
        lookup(-1000).collect::<Vec<_>>(),
        [
            AnyCode::ErrorCode(ErrorCode::InvalidToken),
            AnyCode::RoomStateChangeReason(RoomStateChangeReason::InvalidToken),
            AnyCode::LoginErrorCode(LoginErrorCode::InvalidToken),
            AnyCode::RtsErrorCode(RtsErrorCode::InvalidToken),
        ]
    );
    assert_eq!(
        sets(200),
        [
            "RoomMessageSendResult",
            "MessageSendResultCode",
            "PublicStreamErrorCode"
        ]
    );
    assert_eq!(
        sets(1091),
        [
            "MixedStreamTaskErrorCode",
            "StreamMixingErrorCode",
            "SingleStreamTaskErrorCode"
        ]
    );
    assert_eq!(lookup(100_000).count(), 0);
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
    let mut total = 0;
    fn count<C: Code>(total: &mut usize) {
        *total += C::ALL.len();
        let set = CodeSet::from_name(C::SET).expect("a set");
        assert_eq!(set.codes().len(), C::ALL.len());
        assert!(set
            .codes()
            .zip(C::ALL)
            .all(|(any, &code)| any == code.into()));
    }
    for_each_set!(count, &mut total);
    assert_eq!(AnyCode::all().count(), total);
    assert_eq!(total, 595);
    let mut all = AnyCode::ALL.to_vec();
    all.dedup();
    assert_eq!(all.len(), total);
    // Sets in the order of the list, each in its `ALL` order.
    let sets: Vec<CodeSet> = CodeSet::ALL
        .iter()
        .flat_map(|&set| set.codes().map(move |_| set))
        .collect();
    let of_all: Vec<CodeSet> = AnyCode::all().map(AnyCode::code_set).collect();
    assert_eq!(of_all, sets);
    let codes: Vec<AnyCode> = CodeSet::ALL.iter().flat_map(|set| set.codes()).collect();
    assert_eq!(AnyCode::ALL, codes);
}

#[test]
fn common_methods_forward_to_the_inner_code() {
    fn check<C: Code + Into<AnyCode>>() {
        for &code in C::ALL {
            let any: AnyCode = code.into();
            assert_eq!(
                (any.code(), any.name(), any.sdk_name(), any.set()),
                (code.code(), code.name(), code.sdk_name(), C::SET)
            );
            assert_eq!(any.code_set().name(), C::SET);
            assert_eq!(any.description(Locale::Zh), code.description(Locale::Zh));
            assert_eq!(any.is_hidden(), code.is_hidden());
            assert_eq!(any.hidden_in(), code.hidden_in());
            assert_eq!(any.hidden_on(), code.hidden_on());
            assert_eq!(any.sources(), code.sources());
            assert_eq!(any.platforms(), code.platforms());
            assert_eq!(any.to_string(), code.to_string());
        }
    }
    for_each_set!(check);
    for any in AnyCode::all() {
        assert_eq!(lookup(any.code()).filter(|c| *c == any).count(), 1);
        assert_eq!(any.code_set().from_code(any.code()), Some(any));
        assert!(any.to_string().ends_with(&format!("({})", any.code())));
        assert_eq!(
            any.summary(Locale::En),
            any.description(Locale::En).lines().next().unwrap()
        );
        // Every code but -1072, which only SDKs outside the crate's sources are known to send.
        assert_eq!(
            any.platforms().is_empty() && any.sources().is_empty(),
            any == AnyCode::ErrorCode(ErrorCode::LoadSoLib),
            "{any:?}"
        );
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
    // A replacement in another set: named, and typed as an `AnyCode`.
    let deprecation = AnyCode::from(ErrorCode::InvalidAudioSyncUseridRepeated)
        .deprecation()
        .unwrap();
    assert_eq!(deprecation.since(), "3.60");
    assert_eq!(
        deprecation.replaced_by(),
        Some(AnyCode::AvSyncEvent(AvSyncEvent::InvalidUidRepeated))
    );
    assert_eq!(deprecation.replacement_set(), Some("AVSyncEvent"));
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
        (
            "ByteRTCErrorCode::InvalidToken",
            AnyCode::ErrorCode(ErrorCode::InvalidToken),
        ),
        (
            "KTVErrorCode::kKTVErrorCodeAppidInValid",
            AnyCode::KtvErrorCode(KtvErrorCode::AppidInvalid),
        ),
        (
            "kRtsErrorCodeJoinRoomLimitedMode",
            AnyCode::RtsErrorCode(RtsErrorCode::RoomAlreadyExist),
        ),
        (
            "InvalidAudioSyncUseridRepeated",
            AnyCode::ErrorCode(ErrorCode::InvalidAudioSyncUseridRepeated),
        ),
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

/// Every error type that concerns a set gives it as a `CodeSet` by `code_set()`, as `AnyCode` does;
/// `set()` stays the set's name where it was one.
#[test]
fn every_error_gives_its_code_set() {
    fn check<C: Code>() {
        let set = CodeSet::from_name(C::SET).unwrap();
        assert_eq!(Into::<AnyCode>::into(C::ALL[0]).code_set(), set);
        let unknown = (-100_000..100_000)
            .find(|&raw| C::from_code(raw).is_none())
            .unwrap();
        let err = C::try_from(unknown).unwrap_err();
        assert_eq!((err.code_set(), err.set()), (set, C::SET));
        let err = "Nope".parse::<C>().unwrap_err();
        assert_eq!((err.code_set(), err.set()), (set, C::SET));
        // A name qualified with the set, in any of its names.
        for qualifier in std::iter::once(set.name()).chain(set.sdk_names().iter().copied()) {
            let err = format!("{qualifier}::Nope").parse::<AnyCode>().unwrap_err();
            assert_eq!(err.code_set(), Some(set), "{qualifier}");
        }
    }
    for_each_set!(check);
    for name in ["Nope", "Nope::Ok", "::Ok", "DeviceBusy", ""] {
        assert_eq!(
            name.parse::<AnyCode>().unwrap_err().code_set(),
            None,
            "{name}"
        );
    }
    for ret in [-9999, -4, i32::MIN] {
        let err = ReturnStatus::check(ret).unwrap_err();
        assert_eq!(err.code_set(), CodeSet::ReturnStatus);
    }
    let err = ErrorCode::try_from(PublishStateChangeReason::ALL[0]).unwrap_err();
    assert_eq!(err.code_set(), CodeSet::ErrorCode);
    assert_eq!(err.code().code_set(), CodeSet::PublishStateChangeReason);
}

#[test]
fn every_name_of_codes_in_several_sets_is_ambiguous() {
    let mut ambiguous = 0;
    for &code in AnyCode::ALL {
        let names = std::iter::once(code.name())
            .chain(Platform::ALL.iter().filter_map(|&p| code.identifier(p)))
            .chain(Source::ALL.iter().filter_map(|&s| code.identifier_in(s)));
        for name in names {
            let found = lookup_name(name).count();
            let parsed = name.parse::<AnyCode>();
            if found == 1 {
                // A name that two releases give two codes of a set names the newer.
                let newer = SHARED_NAMES
                    .iter()
                    .find(|&&(set, value, shared, _)| {
                        set == code.set() && value == code.code() && shared == name
                    })
                    .map(|&(_, _, _, newer)| newer);
                let expected = newer.map_or(Some(code), |value| code.code_set().from_code(value));
                assert_eq!(parsed.ok(), expected, "{name}");
            } else {
                let err = parsed.unwrap_err();
                assert!(err.is_ambiguous(), "{name}: {err}");
                assert_eq!(err.candidates().count(), found, "{name}");
                ambiguous += 1;
            }
        }
    }
    assert!(ambiguous > 0);
}

#[test]
fn the_rts_sets_convert_into_the_sets_they_mirror() {
    for &code in RtsErrorCode::ALL {
        let mirrored = ErrorCode::from(code);
        assert_eq!(mirrored.code(), code.code(), "{code:?}");
        assert_eq!(mirrored.is_hidden(), code.is_hidden(), "{code:?}");
    }
    for &code in RtsWarningCode::ALL {
        assert_eq!(WarningCode::from(code).code(), code.code(), "{code:?}");
    }
    // The shared meaning shows in the texts: the same summary, or the same words where the pages differ.
    assert_eq!(
        RtsErrorCode::KickedOut.summary(Locale::Zh),
        ErrorCode::KickedOut.summary(Locale::Zh)
    );
}

#[test]
fn every_link_is_seen_from_both_ends() {
    for code in AnyCode::all() {
        for link in code.links() {
            assert_ne!(link.code().code_set(), code.code_set(), "{code:?}");
            let back: Vec<Link> = link.code().links().filter(|l| l.code() == code).collect();
            assert!(
                back.iter()
                    .any(|l| l.relation() == link.relation().reverse()),
                "{code:?} {} {:?}, but not back",
                link.relation(),
                link.code()
            );
        }
    }
    // Every mirrored RTS code links to its ErrorCode and WarningCode.
    for &code in RtsErrorCode::ALL {
        let links: Vec<Link> = AnyCode::from(code).links().collect();
        assert_eq!(links.len(), 1, "{code:?}");
        assert_eq!(links[0].relation(), Relation::StandsFor);
        assert_eq!(links[0].code(), AnyCode::from(ErrorCode::from(code)));
    }
}

#[test]
fn hidden_is_a_bare_mark_in_the_newest_cpp_source() {
    let mut hidden = 0;
    for code in AnyCode::all() {
        let (sources, hidden_in) = (code.sources(), code.hidden_in());
        // Only sources that list the code mark it.
        assert_eq!(
            hidden_in.iter().filter(|&s| sources.contains(s)).count(),
            hidden_in.len(),
            "{code:?}: hidden in {hidden_in}, listed in {sources}"
        );
        let newest = sources.last(Sdk::Cpp);
        assert_eq!(
            code.is_hidden(),
            newest.is_some_and(|newest| hidden_in.contains(newest)),
            "{code:?}"
        );
        if code.is_hidden() {
            hidden += 1;
        }
        // A scoped mark is one of a C++ source that lists the code.
        assert!(code.hidden_on().is_empty() || newest.is_some(), "{code:?}");
    }
    assert!(hidden > 0);
    // -1085: hidden in the newest C++ header that lists it; -1000 nowhere.
    let code = AnyCode::from(ErrorCode::MultiRoomUnpublishFailed);
    assert!(code.is_hidden() && code.hidden_in().contains(Source::Cpp3_61));
    let token = AnyCode::from(ErrorCode::InvalidToken);
    assert!(!token.is_hidden() && token.hidden_in().is_empty() && token.hidden_on().is_empty());
}

#[test]
fn the_sources_page_counts_the_hidden_codes() {
    let hidden = AnyCode::all().filter(|c| c.is_hidden()).count();
    let line = format!("{hidden} of the {} codes are hidden", AnyCode::ALL.len());
    assert!(
        include_str!("../docs/sources.md").contains(&line),
        "docs/sources.md: {line}"
    );
}

/// `n` in English words, as the docs write counts of sets (up to 99).
fn in_words(n: usize) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    match n {
        0..=19 => UNITS[n].to_owned(),
        20..=99 if n.is_multiple_of(10) => TENS[n / 10].to_owned(),
        20..=99 => format!("{}-{}", TENS[n / 10], UNITS[n % 10]),
        _ => n.to_string(),
    }
}

/// The README and the sets page say in how many sets `3` and `0` are values, and how many sets have
/// OK codes.
#[test]
fn the_docs_count_the_sets_of_a_value_and_with_ok_codes() {
    let flat = |page: &str| page.split_whitespace().collect::<Vec<_>>().join(" ");
    let claim = format!(
        "`3` is a value in {} sets, `0` in {}",
        in_words(lookup(3).count()),
        in_words(lookup(0).count())
    );
    for (name, page) in [
        ("README.md", include_str!("../README.md")),
        ("docs/sets.md", include_str!("../docs/sets.md")),
    ] {
        assert!(flat(page).contains(&claim), "{name}: {claim}");
    }
    let with_ok = CodeSet::ALL
        .iter()
        .filter(|set| AnyCode::all().any(|c| c.code_set() == **set && c.is_ok()))
        .count();
    let claim = format!("{with_ok} sets have *OK codes*");
    assert!(
        include_str!("../docs/sets.md").contains(&claim),
        "docs/sets.md: {claim}"
    );
    let readme = flat(include_str!("../README.md"));
    for claim in [
        format!(
            "in {} code sets and {} codes,",
            CodeSet::ALL.len(),
            AnyCode::ALL.len()
        ),
        format!(
            "every code of {} sources of the public releases",
            Source::ALL.len()
        ),
        format!("(debug, {} codes)", AnyCode::ALL.len()),
    ] {
        assert!(readme.contains(&claim), "README.md: {claim}");
    }
}
