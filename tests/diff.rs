//! `diff`: what changes between two releases of an SDK family, pinned to facts of the fixtures
//! (`tests/fixtures/headers/`, `tests/fixtures/releases/`; `codegen/tests/headers.rs` checks the data behind
//! them against every fixture), and the rules that hold for any two sources.
#![cfg(feature = "diff")]

use bytertc_codes::{
    diff, diff_set, AnyCode, Change, ChangeKind, Code, CodeSet, DiffError, ErrorCode,
    LocalAudioStreamError, Locale, PublicStreamErrorCode, RtsWarningCode, Sdk, Source,
    UserMessageSendResult, WarningCode,
};
use proptest::prelude::*;

/// Every change of `from` → `to`.
fn changes(from: Source, to: Source) -> Vec<Change> {
    diff(from, to)
        .unwrap_or_else(|err| panic!("{err}"))
        .collect()
}

/// The changes of `code` from `from` to `to`, as (kind, from, to).
fn of(
    code: impl Into<AnyCode>,
    from: Source,
    to: Source,
) -> Vec<(ChangeKind, Option<&'static str>, Option<&'static str>)> {
    let code = code.into();
    diff_set(code.code_set(), from, to)
        .unwrap_or_else(|err| panic!("{err}"))
        .filter(|change| change.code == code)
        .map(|change| (change.kind, change.from, change.to))
        .collect()
}

#[test]
fn cpp_3_41_to_3_45_removes_the_user_is_in_room_error() {
    assert_eq!(
        of(ErrorCode::UserIsInRoom, Source::Cpp3_41, Source::Cpp3_45),
        [(
            ChangeKind::Removed,
            Some("kRoomErrorCodeUserIsInRoom"),
            None
        )]
    );
    // It came in 3.29, with -1007.
    assert_eq!(
        of(ErrorCode::UserIsInRoom, Source::Cpp3_28, Source::Cpp3_29),
        [(ChangeKind::Added, None, Some("kRoomErrorCodeUserIsInRoom"))]
    );
    assert_eq!(
        of(ErrorCode::RoomIdIllegal, Source::Cpp3_28, Source::Cpp3_29),
        [(ChangeKind::Added, None, Some("kRoomErrorCodeRoomIdIllegal"))]
    );
    // And what else of `ErrorCode` changes from 3.41 to 3.45.
    let error_codes: Vec<(i32, ChangeKind)> =
        diff_set(CodeSet::ErrorCode, Source::Cpp3_41, Source::Cpp3_45)
            .unwrap()
            .map(|change| (change.code.code(), change.kind))
            .collect();
    assert_eq!(
        error_codes,
        [
            (-1008, ChangeKind::Removed),
            (-1013, ChangeKind::Added),
            (-1017, ChangeKind::Added),
            (-1018, ChangeKind::Added),
            (-1084, ChangeKind::Added),
            (-1111, ChangeKind::Added),
        ]
    );
}

#[test]
fn public_stream_ok_was_200_from_3_41_to_3_45_then_0() {
    let ok = PublicStreamErrorCode::Ok;
    assert_eq!(ok.code(), 200);
    assert_eq!(
        of(ok, Source::Cpp3_38, Source::Cpp3_41),
        [(ChangeKind::Added, None, Some("kPublicStreamOK"))]
    );
    assert_eq!(of(ok, Source::Cpp3_41, Source::Cpp3_45), []);
    assert_eq!(
        of(ok, Source::Cpp3_45, Source::Cpp3_46),
        [(ChangeKind::Removed, Some("kPublicStreamOK"), None)]
    );
    // 3.46 gives the name to 0.
    assert_eq!(
        of(
            PublicStreamErrorCode::Success,
            Source::Cpp3_45,
            Source::Cpp3_46
        ),
        [(ChangeKind::Added, None, Some("kPublicStreamOK"))]
    );
    // The same release renames the push errors.
    assert_eq!(
        of(
            PublicStreamErrorCode::PushParamError,
            Source::Cpp3_45,
            Source::Cpp3_46
        ),
        [(
            ChangeKind::Renamed,
            Some("kPushPublicStreamInvalidParam"),
            Some("kPublicStreamPushInvalidParam")
        )]
    );
}

#[test]
fn objective_c_3_50_adds_the_rts_warnings_deprecated_since_3_46() {
    assert_eq!(
        of(
            RtsWarningCode::RoomAlreadyExist,
            Source::Objc3_45,
            Source::Objc3_50
        ),
        [
            (
                ChangeKind::Added,
                None,
                Some("ByteRTSWarningCodeRoomAlreadyExist")
            ),
            (ChangeKind::Deprecated, None, Some("3.46")),
        ]
    );
    // Listed until 3.58, the last Objective-C source, and hidden from 3.57 on; the C++ headers
    // never list it.
    assert_eq!(
        of(
            RtsWarningCode::RoomAlreadyExist,
            Source::Objc3_50,
            Source::Objc3_54
        ),
        []
    );
    assert_eq!(
        of(
            RtsWarningCode::RoomAlreadyExist,
            Source::Objc3_54,
            Source::Objc3_57
        ),
        [(ChangeKind::Hidden, None, None)]
    );
    assert_eq!(
        of(
            RtsWarningCode::RoomAlreadyExist,
            Source::Objc3_58,
            Source::Objc3_45
        ),
        [(
            ChangeKind::Removed,
            Some("ByteRTSWarningCodeRoomAlreadyExist"),
            None
        )]
    );
    assert_eq!(
        of(
            RtsWarningCode::RoomAlreadyExist,
            Source::Cpp3_24,
            Source::Cpp3_61
        ),
        []
    );
    // Objective-C 3.58 adds one code, and changes nothing else.
    let all = changes(Source::Objc3_57, Source::Objc3_58);
    assert_eq!(
        all,
        [Change {
            code: ErrorCode::InternalDeadLockNotify.into(),
            kind: ChangeKind::Added,
            from: None,
            to: Some("ByteRTCErrorCodeDeadLockNotify"),
        }]
    );
}

#[test]
fn renamed_identifiers() {
    assert_eq!(
        of(
            WarningCode::PublishStreamForbiden,
            Source::Cpp3_58,
            Source::Cpp3_61
        ),
        [(
            ChangeKind::Renamed,
            Some("kWarningCodePublishStreamForbiden"),
            Some("kWarningCodePublishStreamForbidden")
        )]
    );
    assert_eq!(
        of(
            UserMessageSendResult::Broken,
            Source::Objc3_45,
            Source::Objc3_50
        ),
        [(
            ChangeKind::Renamed,
            Some("ByteRTCUserMessageSendResultBroken"),
            Some("ByteRTCUserMessageSendResultNetworkDisconnected")
        )]
    );
}

#[test]
fn hidden_and_shown() {
    let busy = LocalAudioStreamError::DeviceBusy;
    assert!(busy.hidden_in().contains(Source::Cpp3_45));
    assert_eq!(
        of(busy, Source::Cpp3_41, Source::Cpp3_45),
        [(ChangeKind::Hidden, None, None)]
    );
    assert_eq!(
        of(busy, Source::Cpp3_45, Source::Cpp3_46),
        [(ChangeKind::Shown, None, None)]
    );
    // The device warnings: hidden from C++ 3.45 on; the Objective-C headers show them from 3.50.
    for value in -5008..=-5002 {
        let code = WarningCode::try_from(value).unwrap();
        assert_eq!(
            of(code, Source::Cpp3_41, Source::Cpp3_45),
            [(ChangeKind::Hidden, None, None)],
            "{value}"
        );
        assert_eq!(
            of(code, Source::Objc3_45, Source::Objc3_50),
            [(ChangeKind::Shown, None, None)],
            "{value}"
        );
    }
}

#[test]
fn deprecated_in_the_release_the_diff_reaches() {
    let code = ErrorCode::InvalidAudioSyncUseridRepeated;
    assert_eq!(code.deprecation().map(|d| d.since()), Some("3.60"));
    assert_eq!(
        of(code, Source::Cpp3_58, Source::Cpp3_61),
        [(ChangeKind::Deprecated, None, Some("3.60"))]
    );
    assert_eq!(
        of(code, Source::Cpp3_58, Source::Cpp3_60),
        [(ChangeKind::Deprecated, None, Some("3.60"))]
    );
    // Not yet in 3.58, already before 3.60 → 3.61.
    assert_eq!(of(code, Source::Cpp3_57, Source::Cpp3_58), []);
    assert_eq!(of(code, Source::Cpp3_60, Source::Cpp3_61), []);
    // Electron: 3.58.4 is before 3.60, 3.60.1 after.
    assert_eq!(
        of(code, Source::Electron3_58_4, Source::Electron3_60_1),
        [(ChangeKind::Deprecated, None, Some("3.60"))]
    );
    // -2000, deprecated since 3.45: in the diff that reaches 3.45, and only there.
    let get_room = WarningCode::GetRoomFailed;
    assert_eq!(
        of(get_room, Source::Cpp3_41, Source::Cpp3_45),
        [(ChangeKind::Deprecated, None, Some("3.45"))]
    );
    assert_eq!(of(get_room, Source::Cpp3_45, Source::Cpp3_46), []);
}

#[test]
fn meanings_change_where_the_sources_say_otherwise() {
    let code = ErrorCode::DuplicateLogin;
    let [in_3_29, in_3_30] = code.other_meanings() else {
        panic!("-1004 has two other meanings")
    };
    let description = code.description(Locale::En);
    let meaning =
        |from: &'static str, to: &'static str| [(ChangeKind::Meaning, Some(from), Some(to))];
    assert_eq!(
        of(code, Source::Cpp3_28, Source::Cpp3_29),
        meaning(description, in_3_29.description(Locale::En))
    );
    assert_eq!(
        of(code, Source::Cpp3_29, Source::Cpp3_30),
        meaning(
            in_3_29.description(Locale::En),
            in_3_30.description(Locale::En)
        )
    );
    assert_eq!(of(code, Source::Cpp3_30, Source::Cpp3_38), []);
    assert_eq!(
        of(code, Source::Cpp3_38, Source::Cpp3_41),
        meaning(in_3_30.description(Locale::En), description)
    );
    // Over the whole range, the text in force at both ends is the description.
    assert_eq!(of(code, Source::Cpp3_24, Source::Cpp3_61), []);

    // "public stream" became "WTN stream" in 3.60: the summaries differ in their last words.
    let code = WarningCode::UserInPublish;
    let changes = of(code, Source::Cpp3_58, Source::Cpp3_60);
    assert_eq!(changes.len(), 1);
    assert!(changes[0].1.unwrap().ends_with("a public stream"));
    assert!(changes[0].2.unwrap().ends_with("a WTN stream"));

    // Objective-C 3.45 still says what C++ said until 3.46.
    let code = UserMessageSendResult::NoRelayPath;
    assert_eq!(
        of(code, Source::Objc3_45, Source::Objc3_50),
        meaning("Failed to get the relay path", code.description(Locale::En))
    );
    assert_eq!(
        of(code, Source::Cpp3_46, Source::Cpp3_50),
        meaning("Failed to get the relay path", code.description(Locale::En))
    );
}

/// `change` as the diff the other way sees it.
fn mirrored(change: Change) -> Option<Change> {
    let kind = match change.kind {
        ChangeKind::Added => ChangeKind::Removed,
        ChangeKind::Removed => ChangeKind::Added,
        ChangeKind::Hidden => ChangeKind::Shown,
        ChangeKind::Shown => ChangeKind::Hidden,
        ChangeKind::Renamed | ChangeKind::Meaning => change.kind,
        // Nothing undoes a deprecation.
        _ => return None,
    };
    Some(Change {
        code: change.code,
        kind,
        from: change.to,
        to: change.from,
    })
}

/// What `diff(from, to)` must be: an error exactly for one source twice or two families, else the
/// mirror of `diff(to, from)`, with deprecations only forwards.
fn check_pair(from: Source, to: Source, set: Option<CodeSet>) {
    let run = |a: Source, b: Source| match set {
        Some(set) => diff_set(set, a, b),
        None => diff(a, b),
    };
    let forward = match run(from, to) {
        Err(err) => {
            if from == to {
                assert_eq!(err, DiffError::SameSource(from));
            } else {
                assert_ne!(from.sdk(), to.sdk());
                assert_eq!(err, DiffError::DifferentSdks { from, to });
            }
            assert!(!err.to_string().is_empty());
            return;
        }
        Ok(diff) => diff,
    };
    assert!(from != to && from.sdk() == to.sdk());
    assert_eq!(forward.is_backwards(), from > to);
    assert_eq!((forward.from(), forward.to()), (from, to));
    let forward: Vec<Change> = forward.collect();
    let backward: Vec<Change> = run(to, from).unwrap().collect();
    let mirror: Vec<Change> = backward.iter().copied().filter_map(mirrored).collect();
    let undeprecated: Vec<Change> = forward
        .iter()
        .copied()
        .filter(|change| change.kind != ChangeKind::Deprecated)
        .collect();
    assert_eq!(undeprecated, mirror, "{from} → {to}");
    // Deprecations only forwards, of codes `to` lists.
    let newer = from.max(to);
    for change in forward.iter().chain(&backward) {
        assert!(change.code.sources().contains(from) || change.code.sources().contains(to));
        if let Some(set) = set {
            assert_eq!(change.code.code_set(), set);
        }
        if change.kind == ChangeKind::Deprecated {
            assert!(change.code.identifier_in(newer).is_some());
        }
    }
    if from > to {
        assert!(forward.iter().all(|c| c.kind != ChangeKind::Deprecated));
    } else {
        assert!(backward.iter().all(|c| c.kind != ChangeKind::Deprecated));
    }
}

#[test]
fn every_pair_of_a_family_mirrors_its_reverse() {
    for &sdk in Sdk::ALL {
        for &from in sdk.sources() {
            for &to in sdk.sources() {
                check_pair(from, to, None);
            }
        }
    }
}

#[test]
fn a_backwards_diff_is_the_mirror_of_the_forward_one() {
    let forward = changes(Source::Cpp3_41, Source::Cpp3_45);
    let backward = diff(Source::Cpp3_45, Source::Cpp3_41).unwrap();
    assert!(backward.is_backwards());
    let backward: Vec<Change> = backward.collect();
    assert!(backward.contains(&Change {
        code: ErrorCode::UserIsInRoom.into(),
        kind: ChangeKind::Added,
        from: None,
        to: Some("kRoomErrorCodeUserIsInRoom"),
    }));
    assert!(backward.contains(&Change {
        code: LocalAudioStreamError::DeviceBusy.into(),
        kind: ChangeKind::Shown,
        from: None,
        to: None,
    }));
    // Forwards, -2000 and -2010 are deprecated in 3.45; backwards nothing is.
    assert_eq!(
        forward.len(),
        backward.len() + 2,
        "{:#?}",
        forward
            .iter()
            .filter(|c| c.kind == ChangeKind::Deprecated)
            .collect::<Vec<_>>()
    );
}

#[test]
fn changes_come_by_set_then_code_then_kind() {
    let all = changes(Source::Cpp3_24, Source::Cpp3_61);
    let key = |change: &Change| {
        let set = change.code.code_set();
        let position = set.codes().position(|code| code == change.code).unwrap();
        (set, position, change.kind as usize)
    };
    assert!(all.windows(2).all(|w| key(&w[0]) < key(&w[1])));
    for &set in CodeSet::ALL {
        let only: Vec<Change> = diff_set(set, Source::Cpp3_24, Source::Cpp3_61)
            .unwrap()
            .collect();
        let filtered: Vec<Change> = all
            .iter()
            .copied()
            .filter(|change| change.code.code_set() == set)
            .collect();
        assert_eq!(only, filtered, "{set}");
    }
}

#[test]
fn kinds_are_the_json_names() {
    let names: Vec<String> = ChangeKind::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(
        names,
        [
            "added",
            "removed",
            "renamed",
            "hidden",
            "shown",
            "deprecated",
            "meaning"
        ]
    );
    for name in names {
        assert_eq!(name.parse::<ChangeKind>().unwrap().to_string(), name);
    }
    let err = "gone".parse::<ChangeKind>().unwrap_err();
    assert_eq!(err.input(), "gone");
}

proptest! {
    #[test]
    fn any_two_sources_diff_or_fail_cleanly(
        a in 0..Source::ALL.len(),
        b in 0..Source::ALL.len(),
        set in proptest::option::of(0..CodeSet::ALL.len()),
    ) {
        check_pair(Source::ALL[a], Source::ALL[b], set.map(|i| CodeSet::ALL[i]));
    }
}
