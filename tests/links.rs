//! Links between sets: what a 3.60 reason stands for, what a task error code replaces, what an RTS code
//! mirrors — each as `AnyCode::links` from both ends and, for "stands for", as typed `TryFrom`
//! conversions both ways, checked against one another; and each link's evidence, checked against the
//! codes it links.

mod common;

use std::collections::BTreeMap;

use bytertc_codes::*;
use common::for_each_set;
use proptest::prelude::*;

/// Checks `TryFrom<From> for To` (and back, where `BACK`) against `links()`: every code of `From` that
/// stands for a `To` converts to it, every other one is a `NoCounterpart` error that keeps it.
fn check_pair<From, To>(back: bool)
where
    From: Code,
    To: Code + TryFrom<From, Error = NoCounterpart>,
{
    let to_set = CodeSet::from_name(To::SET).expect("a set");
    let mut stood_for: BTreeMap<i32, Vec<From>> = BTreeMap::new();
    for &code in From::ALL {
        let any: AnyCode = code.into();
        let linked: Vec<AnyCode> = any
            .links()
            .filter(|l| l.relation() == Relation::StandsFor && l.code().code_set() == to_set)
            .map(|l| l.code())
            .collect();
        assert!(linked.len() <= 1, "{any:?} stands for {linked:?}");
        match (To::try_from(code), linked.first()) {
            (Ok(to), Some(&expected)) => {
                assert_eq!(Into::<AnyCode>::into(to), expected, "{any:?}");
                stood_for.entry(to.code()).or_default().push(code);
            }
            (Err(err), None) => {
                assert_eq!((err.code(), err.code_set()), (any, to_set), "{any:?}");
                assert!(err.to_string().contains("has no counterpart in"), "{err}");
            }
            (result, expected) => panic!("{any:?}: {result:?}, links say {expected:?}"),
        }
    }
    assert!(
        !stood_for.is_empty(),
        "{} has no link to {}",
        From::SET,
        To::SET
    );
    // Back, where the link is one to one.
    assert_eq!(back, stood_for.values().all(|codes| codes.len() == 1));
}

/// Checks the way back: `TryFrom<To> for From` inverts the links.
fn check_back<From, To>()
where
    From: Code + TryFrom<To, Error = NoCounterpart>,
    To: Code + TryFrom<From, Error = NoCounterpart>,
{
    for &code in To::ALL {
        match From::try_from(code) {
            Ok(from) => assert_eq!(To::try_from(from), Ok(code), "{code:?}"),
            Err(err) => {
                assert_eq!(err.code(), code.into());
                assert!(
                    From::ALL.iter().all(|&f| To::try_from(f) != Ok(code)),
                    "{code:?}"
                );
            }
        }
    }
}

#[test]
fn the_3_60_reasons_convert_to_the_codes_they_stand_for_and_back() {
    check_pair::<PublishStateChangeReason, ErrorCode>(true);
    check_pair::<PublishStateChangeReason, WarningCode>(true);
    check_pair::<SubscribeStateChangeReason, ErrorCode>(true);
    check_pair::<SubscribeStateChangeReason, WarningCode>(true);
    check_pair::<RoomStateChangeReason, ErrorCode>(true);
    check_pair::<RoomStateChangeReason, WarningCode>(true);
    check_pair::<RoomEvent, WarningCode>(true);
    check_back::<PublishStateChangeReason, ErrorCode>();
    check_back::<PublishStateChangeReason, WarningCode>();
    check_back::<SubscribeStateChangeReason, ErrorCode>();
    check_back::<SubscribeStateChangeReason, WarningCode>();
    check_back::<RoomStateChangeReason, ErrorCode>();
    check_back::<RoomStateChangeReason, WarningCode>();
    check_back::<RoomEvent, WarningCode>();
}

#[test]
fn the_issues_examples_hold() {
    assert_eq!(
        ErrorCode::try_from(RoomStateChangeReason::InvalidToken),
        Ok(ErrorCode::InvalidToken)
    );
    assert_eq!(RoomStateChangeReason::InvalidToken.code(), -1000);
    assert_eq!(
        ErrorCode::try_from(PublishStateChangeReason::NoPublishPermission),
        Ok(ErrorCode::NoPublishPermission)
    );
    assert_eq!(
        PublishStateChangeReason::try_from(ErrorCode::NoPublishPermission),
        Ok(PublishStateChangeReason::NoPublishPermission)
    );
}

/// Every link, from either end, is also there from the other end with the same evidence, and only
/// `StandsFor` and `Replaces` are stored: each link's forward form names the same two codes as its
/// reverse.
#[test]
fn every_link_has_its_reverse() {
    let mut count = BTreeMap::new();
    for code in AnyCode::all() {
        for link in code.links() {
            *count.entry(link.relation()).or_insert(0) += 1;
            let back: Vec<Link> = link
                .code()
                .links()
                .filter(|back| back.code() == code && back.relation() == link.relation().reverse())
                .collect();
            assert_eq!(
                back.iter().map(|back| back.evidence()).collect::<Vec<_>>(),
                [link.evidence()],
                "{code:?} {} {:?}",
                link.relation(),
                link.code()
            );
        }
    }
    assert_eq!(
        count.get(&Relation::StandsFor),
        count.get(&Relation::StoodForBy)
    );
    assert_eq!(
        count.get(&Relation::Replaces),
        count.get(&Relation::ReplacedBy)
    );
}

#[test]
fn the_successors_say_what_they_replace() {
    fn replaced(code: AnyCode) -> Vec<AnyCode> {
        code.links()
            .filter(|l| l.relation() == Relation::Replaces)
            .map(|l| l.code())
            .collect()
    }
    // Every successor set replaces codes of the sets it succeeds.
    for set in [
        CodeSet::MixedStreamTaskErrorCode,
        CodeSet::MixedStreamTaskEvent,
        CodeSet::SingleStreamTaskErrorCode,
        CodeSet::SingleStreamTaskEvent,
    ] {
        let replacing: Vec<AnyCode> = set.codes().filter(|&c| !replaced(c).is_empty()).collect();
        assert!(!replacing.is_empty(), "{set}");
    }
    // The deprecations of -1083 and -5002…-5008 point at the codes the headers name, now typed.
    fn check<C: Code>() {
        for &code in C::ALL {
            let Some(deprecation) = Into::<AnyCode>::into(code).deprecation() else {
                continue;
            };
            if let Some(set) = deprecation.replacement_set() {
                let replacement = deprecation
                    .replacement()
                    .unwrap_or_else(|| panic!("{code:?}: {set} is a set of the crate now"));
                assert_eq!(replacement.code_set(), CodeSet::from_name(set).unwrap());
                // The replacement is the code that the deprecation's identifier names in that set.
                let name = deprecation.replacement_name().expect("a named replacement");
                assert_eq!(
                    lookup_name(&format!("{set}::{name}")).collect::<Vec<_>>(),
                    [replacement],
                    "{code:?}"
                );
            }
        }
    }
    for_each_set!(check);
    assert_eq!(
        AnyCode::from(ErrorCode::InvalidAudioSyncUseridRepeated)
            .deprecation()
            .and_then(|d| d.replacement()),
        Some(AnyCode::from(AvSyncEvent::InvalidUidRepeated))
    );
}

#[test]
fn return_status_checks_and_tells_warnings_apart() {
    assert_eq!(ReturnStatus::check(0), Ok(()));
    assert_eq!(ReturnStatus::check(42), Ok(())); // some calls return an ID or a count
    for &status in ReturnStatus::ALL {
        let result = ReturnStatus::check(status.code());
        if status == ReturnStatus::Success {
            assert_eq!(result, Ok(()));
            continue;
        }
        let err = result.unwrap_err();
        assert_eq!((err.code(), err.status()), (status.code(), Some(status)));
        assert_eq!(err.is_warning(), status.is_warning());
        // The headers call exactly the codes whose C++ names end in "Warning" warnings.
        let cpp = status
            .identifier_in(Source::Cpp3_61)
            .unwrap_or(status.sdk_name());
        assert_eq!(status.is_warning(), cpp.ends_with("Warning"), "{cpp}");
        assert_eq!(err.to_string(), status.to_string());
    }
    let warnings: Vec<i32> = ReturnStatus::ALL
        .iter()
        .filter(|s| s.is_warning())
        .map(|s| s.code())
        .collect();
    assert_eq!(warnings, [-202, -302, -303]);
    // Unknown values are kept, and are no warnings.
    for ret in [-9999, i32::MIN, -14] {
        let err = ReturnStatus::check(ret).unwrap_err();
        assert_eq!(
            (err.code(), err.status(), err.is_warning()),
            (ret, None, false)
        );
    }
    // Electron names -302 an error; Rust links the C++ SDK, where it is a warning.
    let aec = ReturnStatus::AecSceneWarning;
    assert_eq!(
        aec.identifier_in(Source::Electron3_60_1),
        Some("kReturnStatusAecSceneError")
    );
    assert_eq!(aec.other_meanings()[0].source(), Source::Electron3_60_1);
}

proptest! {
    /// Any return value, the known ones often: `ReturnStatus::check` and `RtsReturnStatus::check` are
    /// `Ok` exactly for zero and positive values, and agree; the error keeps the value, and its
    /// `status()` and `RtsReturnStatus::try_from(err.code())` are the codes of that value, where the
    /// sets have one (the RTS code standing for the status).
    #[test]
    fn both_checks_take_any_return_value(ret in prop_oneof![any::<i32>(), -400..=400, -10..=10]) {
        let result = RtsReturnStatus::check(ret);
        prop_assert_eq!(result, ReturnStatus::check(ret));
        prop_assert_eq!(result.is_ok(), ret >= 0);
        if let Err(err) = result {
            prop_assert_eq!(err.code(), ret);
            prop_assert_eq!(err.code_set(), CodeSet::ReturnStatus);
            prop_assert_eq!(err.status(), ReturnStatus::from_code(ret));
            let rts = RtsReturnStatus::try_from(err.code()).ok();
            prop_assert_eq!(rts, RtsReturnStatus::from_code(ret));
            if let Some(rts) = rts {
                prop_assert_eq!(err.status(), Some(ReturnStatus::from(rts)));
                prop_assert!(!err.is_warning());
            }
        }
    }
}

#[test]
fn platform_differences_in_meaning_are_recorded() {
    let restart = MediaDeviceError::try_from(13).unwrap();
    assert_eq!(
        restart.identifier_in(Source::Cpp3_61),
        Some("kMediaDeviceErrorAudioServerNeedRestart")
    );
    assert_eq!(
        restart.identifier_in(Source::Electron3_60_1),
        Some("kMediaDeviceErrorDeviceProcessUnexpectedExit")
    );
    assert_eq!(restart.other_meanings()[0].source(), Source::Electron3_60_1);
    let sync = AvSyncEvent::try_from(0).unwrap();
    assert_eq!(sync.sdk_name(), "kAVSyncEventInvalidUidRepeated");
    assert_eq!(
        sync.identifier_in(Source::Electron3_60_1),
        Some("kAVSyncEventInvalidAudioSyncUidRepeated")
    );
    assert_eq!(
        "kAVSyncEventInvalidAudioSyncUidRepeated".parse::<AvSyncEvent>(),
        Ok(sync)
    );
}

/// The README's table of links counts these.
#[test]
fn the_links_per_set_are_the_readmes() {
    let mut counts: BTreeMap<(&str, Relation, &str), usize> = BTreeMap::new();
    for code in AnyCode::all() {
        for link in code.links() {
            if matches!(link.relation(), Relation::StandsFor | Relation::Replaces) {
                *counts
                    .entry((code.set(), link.relation(), link.code().set()))
                    .or_default() += 1;
            }
        }
    }
    use Relation::{Replaces, StandsFor};
    let expected = [
        (("AvSyncEvent", Replaces, "ErrorCode"), 1),
        (("MediaDeviceError", Replaces, "WarningCode"), 5),
        (("MediaDeviceWarning", Replaces, "WarningCode"), 2),
        (
            (
                "MixedStreamTaskErrorCode",
                Replaces,
                "PublicStreamErrorCode",
            ),
            1,
        ),
        (
            (
                "MixedStreamTaskErrorCode",
                Replaces,
                "StreamMixingErrorCode",
            ),
            10,
        ),
        (("MixedStreamTaskEvent", Replaces, "StreamMixingEvent"), 6),
        (("PublishStateChangeReason", StandsFor, "ErrorCode"), 3),
        (("PublishStateChangeReason", StandsFor, "WarningCode"), 3),
        (("RoomEvent", StandsFor, "WarningCode"), 1),
        (("RoomStateChangeReason", StandsFor, "ErrorCode"), 20),
        (("RoomStateChangeReason", StandsFor, "WarningCode"), 1),
        (("RtsErrorCode", StandsFor, "ErrorCode"), 13),
        (("RtsReturnStatus", StandsFor, "ReturnStatus"), 7),
        (("RtsWarningCode", StandsFor, "WarningCode"), 9),
        (
            (
                "SingleStreamTaskErrorCode",
                Replaces,
                "SingleStreamPushEvent",
            ),
            1,
        ),
        (
            ("SingleStreamTaskEvent", Replaces, "SingleStreamPushEvent"),
            2,
        ),
        (
            (
                "SingleStreamTaskErrorCode",
                Replaces,
                "StreamMixingErrorCode",
            ),
            3,
        ),
        (("SubscribeStateChangeReason", StandsFor, "ErrorCode"), 2),
        (("SubscribeStateChangeReason", StandsFor, "WarningCode"), 2),
    ];
    assert_eq!(counts, BTreeMap::from(expected));
    let readme = include_str!("../docs/sets.md");
    for row in [
        "| `RoomStateChangeReason` | 21 stand for | `ErrorCode` (20), `WarningCode` (1) | inferred: same value |",
        "| `MixedStreamTaskEvent` | 6 replace | `StreamMixingEvent` (6: its starts, updates and stops, successful or failed) | inferred: same identifier words |",
        "| `MixedStreamTaskErrorCode` | 11 replace | `StreamMixingErrorCode` (10), `PublicStreamErrorCode` 1195 | inferred: same identifier words (7), same text (2), same value (0, 1195) |",
    ] {
        assert!(readme.contains(row), "docs/sets.md: {row}");
    }
}

/// Every identifier of a code, from the pages and from the headers.
fn identifiers(code: AnyCode) -> Vec<&'static str> {
    let pages = Platform::ALL.iter().filter_map(|&p| code.identifier(p));
    let headers = Source::ALL.iter().filter_map(|&s| code.identifier_in(s));
    pages.chain(headers).collect()
}

/// Whether the Rust name of one code ends an identifier of the other (case and `_` aside): the
/// identifiers have the same words after their sets' prefixes.
fn same_identifier_words(a: AnyCode, b: AnyCode) -> bool {
    let ends = |code: AnyCode, other: AnyCode| {
        let name = code.name().to_ascii_lowercase();
        identifiers(other)
            .iter()
            .any(|id| id.replace('_', "").to_ascii_lowercase().ends_with(&name))
    };
    ends(a, b) || ends(b, a)
}

/// Whether the Chinese summaries say the same: one, without white space and its final full stop,
/// is part of the other.
fn same_text(a: AnyCode, b: AnyCode) -> bool {
    let bare = |code: AnyCode| {
        let text: String = code
            .summary(Locale::Zh)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        text.trim_end_matches(['。', '.']).to_owned()
    };
    let (a, b) = (bare(a), bare(b));
    a.contains(&b) || b.contains(&a)
}

/// A stated link's source lists both codes; a stated replacement is the deprecation of the older code
/// in that source, which names the newer one. Every deprecation that names a code of another set is
/// such a link.
#[test]
fn stated_links_name_a_source_that_lists_both_codes() {
    let mut stated = 0;
    for code in AnyCode::all() {
        for link in code.links() {
            let (older, newer) = match link.relation() {
                Relation::Replaces => (link.code(), code),
                Relation::ReplacedBy => (code, link.code()),
                _ => {
                    assert!(!link.evidence().is_stated(), "{code:?}: {link:?}");
                    continue;
                }
            };
            let deprecation = older.deprecation().and_then(|d| d.replacement());
            let Evidence::Stated(source) = link.evidence() else {
                assert_ne!(
                    deprecation,
                    Some(newer),
                    "{older:?}: a deprecation states it"
                );
                continue;
            };
            stated += 1;
            assert_eq!(link.evidence().source(), Some(source));
            assert_eq!(link.evidence().inference(), None);
            for end in [code, link.code()] {
                assert!(end.sources().contains(source), "{source} lists no {end:?}");
            }
            assert_eq!(deprecation, Some(newer), "{older:?}");
        }
    }
    // -5002…-5008 and -1083, from both ends.
    assert_eq!(stated, 2 * 8);
    // Every deprecation that names a code of another set this crate has is a stated link.
    for code in AnyCode::all() {
        if let Some(newer) = code.deprecation().and_then(|d| d.replacement()) {
            if newer.code_set() != code.code_set() {
                assert!(
                    code.links().any(|link| link.code() == newer
                        && link.relation() == Relation::ReplacedBy
                        && link.evidence().is_stated()),
                    "{code:?}"
                );
            }
        }
    }
    assert_eq!(
        AnyCode::from(MediaDeviceError::DeviceNoPermission)
            .links()
            .map(|link| (link.code(), link.evidence()))
            .collect::<Vec<_>>(),
        [(
            AnyCode::from(WarningCode::NoMicrophonePermission),
            Evidence::Stated(Source::Cpp3_57)
        )]
    );
}

/// Each inferred link rests on what it says: the same value (and only then), the same identifier
/// words, or the same text.
#[test]
fn inferred_links_rest_on_what_they_say() {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for code in AnyCode::all() {
        for link in code.links() {
            let other = link.code();
            *counts.entry(link.evidence().to_string()).or_default() += 1;
            let Some(inference) = link.evidence().inference() else {
                continue;
            };
            assert!(!link.evidence().is_stated());
            assert_eq!(link.evidence().source(), None);
            assert_eq!(
                inference == Inference::SameValue,
                code.code() == other.code(),
                "{code:?} {other:?}: {inference}"
            );
            match inference {
                Inference::SameValue => {}
                Inference::SameIdentifierWords => {
                    assert!(same_identifier_words(code, other), "{code:?} {other:?}");
                }
                Inference::SameText => assert!(same_text(code, other), "{code:?} {other:?}"),
                _ => panic!("{code:?} {other:?}: a new inference, untested: {inference}"),
            }
        }
    }
    // Each link is counted from both ends.
    let expected = [
        ("inferred: same identifier words", 2 * 27),
        ("inferred: same text", 2 * 3),
        ("inferred: same value", 2 * 54),
        ("stated by cpp-3.57", 2 * 7),
        ("stated by cpp-3.60", 2),
    ];
    let expected: BTreeMap<String, usize> =
        expected.iter().map(|&(k, n)| (k.to_owned(), n)).collect();
    assert_eq!(counts, expected);
}

#[test]
fn evidence_reads_as_words() {
    let stated = Evidence::Stated(Source::Cpp3_60);
    assert_eq!(
        (stated.as_str(), stated.is_stated(), stated.to_string()),
        ("stated", true, "stated by cpp-3.60".to_owned())
    );
    let inferred = Evidence::Inferred(Inference::SameText);
    assert_eq!(
        (
            inferred.as_str(),
            inferred.is_stated(),
            inferred.to_string()
        ),
        ("inferred", false, "inferred: same text".to_owned())
    );
    assert_eq!(inferred.inference(), Some(Inference::SameText));
    assert_eq!(format!("[{:>12}]", Inference::SameValue), "[  same value]");
}
