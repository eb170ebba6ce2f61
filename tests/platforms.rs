//! Every code that any platform's 3.58 reference page lists in one of the five sets, with where it is
//! listed, under which identifier, and since when it is deprecated.
//!
//! `fixtures/platform-codes.tsv` holds, for each of the seven pages (Unity, Android, iOS, macOS, Windows,
//! Linux, Electron) and each code it lists in one of the five sets: the identifier, the deprecation mark
//! (release and replacement value) and the Chinese text exactly as on that page, markup included. See
//! `fixtures/README.md`.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use bytertc_codes::*;
use common::{clean_platform, for_each_set, is_source_text};

const FIXTURE: &str = include_str!("fixtures/platform-codes.tsv");

struct Listing {
    platform: Platform,
    set: &'static str,
    value: i32,
    identifier: &'static str,
    deprecated_since: &'static str,
    replaced_by: Option<i32>,
    zh_raw: &'static str,
}

fn listings() -> Vec<Listing> {
    let mut lines = FIXTURE.lines();
    assert_eq!(
        lines.next(),
        Some("platform\tset\tvalue\tidentifier\tdeprecated_since\treplaced_by\tzh_raw")
    );
    lines
        .map(|line| {
            let cells: Vec<&'static str> = line.split('\t').collect();
            let [platform, set, value, identifier, deprecated_since, replaced_by, zh_raw] =
                cells[..]
            else {
                panic!("bad fixture line {line:?}")
            };
            Listing {
                platform: platform.parse().expect("platform"),
                set,
                value: value.parse().expect("value"),
                identifier,
                deprecated_since,
                replaced_by: (!replaced_by.is_empty())
                    .then(|| replaced_by.parse().expect("replaced_by")),
                zh_raw,
            }
        })
        .collect()
}

/// The pages' listings of one code, keyed by (set, value).
fn by_code() -> BTreeMap<(&'static str, i32), Vec<Listing>> {
    let mut map: BTreeMap<_, Vec<Listing>> = BTreeMap::new();
    for listing in listings() {
        map.entry((listing.set, listing.value))
            .or_default()
            .push(listing);
    }
    map
}

#[test]
fn every_page_listing_is_in_the_crate_and_nothing_else() {
    fn check<C: Code>() {
        let pages = by_code();
        // Page → crate: every listed code exists, with that identifier on that platform.
        for ((set, value), listed) in &pages {
            if *set != C::SET {
                continue;
            }
            let code = C::from_code(*value).unwrap_or_else(|| panic!("{set} {value} is missing"));
            for listing in listed {
                // A page may list a set under two enums (iOS `ByteRTCStreamMixingErrorCode` and the
                // older `ByteRtcTranscoderErrorCode`): every name parses, and `identifier` is one of them.
                assert_eq!(
                    C::from_name(listing.identifier),
                    Some(code),
                    "{set} {value} on {}: {}",
                    listing.platform,
                    listing.identifier
                );
                let on_page: Vec<&str> = listed
                    .iter()
                    .filter(|l| l.platform == listing.platform)
                    .map(|l| l.identifier)
                    .collect();
                let identifier = code.identifier(listing.platform);
                assert!(
                    identifier.is_some_and(|i| on_page.contains(&i)),
                    "{set} {value} on {}: {identifier:?} is none of {on_page:?}",
                    listing.platform
                );
            }
            let platforms: Platforms = listed.iter().map(|l| l.platform).collect();
            assert_eq!(code.platforms(), platforms, "{set} {value}");
        }
        // Crate → page: every code that some page lists has exactly the pages' identifiers; the
        // others come from the headers only (codegen/tests/headers.rs).
        for &code in C::ALL {
            if code.platforms().is_empty() {
                // -1072 alone is known from SDKs outside the crate's sources (codegen/tests/headers.rs).
                assert!(
                    !code.sources().is_empty() || (C::SET, code.code()) == ("ErrorCode", -1072),
                    "{} {}",
                    C::SET,
                    code.code()
                );
                continue;
            }
            let listed = pages
                .get(&(C::SET, code.code()))
                .unwrap_or_else(|| panic!("{} {} is on no page", C::SET, code.code()));
            for &platform in Platform::ALL {
                let on_page = listed.iter().any(|l| l.platform == platform);
                assert_eq!(
                    code.identifier(platform).is_some(),
                    on_page,
                    "{} {} on {platform}",
                    C::SET,
                    code.code()
                );
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn deprecation_matches_the_pages() {
    fn check<C: Code>() {
        let pages = by_code();
        for &code in C::ALL {
            let Some(listed) = pages.get(&(C::SET, code.code())) else {
                continue;
            };
            let marks: BTreeSet<(&str, Option<i32>)> = listed
                .iter()
                .filter(|l| !l.deprecated_since.is_empty())
                .map(|l| (l.deprecated_since, l.replaced_by))
                .collect();
            assert!(
                marks.len() <= 1,
                "{} {}: pages disagree: {marks:?}",
                C::SET,
                code.code()
            );
            // A code no page deprecates may still be deprecated by a header (codegen/tests/headers.rs).
            let Some(expected) = marks.into_iter().next() else {
                continue;
            };
            let actual = code
                .deprecation()
                .map(|d| (d.since(), d.replaced_by().map(|r| r.code())));
            assert_eq!(actual, Some(expected), "{} {}", C::SET, code.code());
        }
    }
    for_each_set!(check);
}

/// The prefixes that each set's identifiers share on the Android page and in C++: a code's Rust name
/// is its identifier without one (KTV's Android names have none).
const PREFIXES: &[(&str, &[&str])] = &[
    ("ErrorCode", &["ERROR_CODE_", "kErrorCode"]),
    (
        "WarningCode",
        &["WARNING_CODE_", "kWarningCode", "kWarning"],
    ),
    (
        "UserMessageSendResult",
        &["USER_MESSAGE_SEND_RESULT_", "kUserMessageSendResult"],
    ),
    (
        "RoomMessageSendResult",
        &["ROOM_MESSAGE_SEND_RESULT_", "kRoomMessageSendResult"],
    ),
    ("MessageSendResultCode", &["MESSAGE_CODE_"]),
    ("LoginErrorCode", &["LOGIN_ERROR_CODE_", "kLoginErrorCode"]),
    ("AudioMixingError", &["kAudioMixingError"]),
    ("PlayerError", &["kPlayerError"]),
    ("ForwardStreamError", &["kForwardStreamError"]),
    (
        "StreamMixingErrorCode",
        &["TRANSCODER_ERROR_", "kStreamMixingErrorCode"],
    ),
    (
        "SingleStreamPushEvent",
        &["SINGLE_STREAM_PUSH_", "kSingleStreamPushEvent"],
    ),
    (
        "PublicStreamErrorCode",
        &["ERROR_CODE_", "kPublicStreamErrorCode"],
    ),
    ("TranscodingError", &["TRANSCODING_ERROR_"]),
    (
        "SubtitleErrorCode",
        &["SUBTITLE_ERROR_CODE_", "kSubtitleErrorCode"],
    ),
    ("KtvErrorCode", &["", "kKTVErrorCode"]),
    ("KtvPlayerErrorCode", &["kKTVPlayerErrorCode"]),
    ("UserVisibilityChangeError", &["kUserVisibilityChangeError"]),
    ("LocalProxyError", &["kLocalProxyError"]),
    (
        "RtsErrorCode",
        &["kRtsErrorCode", "kRtsRoomErrorCode", "kRtsRoomError"],
    ),
    ("RtsWarningCode", &["kRtsWarningCode"]),
];

#[test]
fn codes_unity_lacks_take_text_name_and_sdk_name_from_the_first_page() {
    const SOURCE_ORDER: [Platform; 6] = [
        Platform::Android,
        Platform::Ios,
        Platform::Windows,
        Platform::Linux,
        Platform::Macos,
        Platform::Electron,
    ];
    fn upper_camel(snake: &str) -> String {
        snake
            .split('_')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
                })
            })
            .collect()
    }
    /// An identifier in UpperCamelCase with its acronyms in Rust's case: `ASRConnectionError` →
    /// `AsrConnectionError`, `OK` → `Ok`, `UserIDDifferent` → `UserIdDifferent`, `E2BSSendFailed` →
    /// `E2bsSendFailed`.
    fn rust_case(name: &str) -> String {
        let chars: Vec<char> = name.chars().collect();
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            // A digit inside an acronym continues it (`E2BS` → `E2bs`).
            let upper_before = i > 0
                && (chars[i - 1].is_ascii_uppercase()
                    || (i > 1
                        && chars[i - 1].is_ascii_digit()
                        && chars[i - 2].is_ascii_uppercase()));
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if c.is_ascii_uppercase() && upper_before && !next_lower {
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    }
    fn check<C: Code>() {
        let pages = by_code();
        for &code in C::ALL {
            // Codes only headers list take their texts from a header (codegen/tests/headers.rs).
            if code.platforms().contains(Platform::Unity) || code.platforms().is_empty() {
                continue;
            }
            let listed = &pages[&(C::SET, code.code())];
            let source = SOURCE_ORDER
                .iter()
                .find_map(|&p| listed.iter().find(|l| l.platform == p))
                .expect("listed somewhere");
            let text = clean_platform(source.zh_raw);
            assert!(
                is_source_text(code.description(Locale::Zh), &text),
                "{} {}: {:?} is not the text of {}, {text:?}",
                C::SET,
                code.code(),
                code.description(Locale::Zh),
                source.platform
            );
            // The name comes from the Android identifier, else the C++ one (a header's, else a C++
            // page's), else the Electron one, without the set's prefix.
            let cpp_sources = [
                Source::Cpp3_61,
                Source::Cpp3_60,
                Source::Cpp3_58,
                Source::Cpp3_57,
            ];
            let cpp = cpp_sources
                .iter()
                .find_map(|&s| code.identifier_in(s))
                .or_else(|| {
                    [Platform::Windows, Platform::Linux, Platform::Electron]
                        .iter()
                        .find_map(|&p| code.identifier(p))
                });
            let source_name = code
                .identifier(Platform::Android)
                .or(cpp)
                .expect("an Android, C++ or Electron identifier");
            let prefixes = PREFIXES
                .iter()
                .find(|(set, _)| *set == C::SET)
                .map(|(_, prefixes)| *prefixes)
                .unwrap_or_else(|| panic!("no prefixes for {}", C::SET));
            let bare = prefixes
                .iter()
                .filter_map(|prefix| source_name.strip_prefix(prefix))
                .min_by_key(|bare| bare.len())
                .unwrap_or_else(|| panic!("{source_name}: none of the prefixes {prefixes:?}"));
            let expected_name =
                if bare.contains('_') || bare.bytes().all(|b| !b.is_ascii_lowercase()) {
                    upper_camel(bare)
                } else {
                    rust_case(bare)
                };
            assert_eq!(code.name(), expected_name, "{} {}", C::SET, code.code());
            assert_eq!(
                Some(code.sdk_name()),
                code.identifier(Platform::Android).or(cpp),
                "{}",
                code.name()
            );
        }
    }
    for_each_set!(check);
}

#[test]
fn the_new_codes_are_the_ones_the_issue_expects_at_least() {
    for value in [-1025, -1026, -1027] {
        assert!(ErrorCode::from_code(value).is_some(), "{value}");
    }
    let warnings = [
        -2000, -2010, -2015, -5002, -5003, -5004, -5005, -5006, -5007, -5008, -5012, -6001,
    ];
    for value in warnings.into_iter().chain(-7005..=-7001) {
        assert!(WarningCode::from_code(value).is_some(), "{value}");
    }
}

#[test]
fn pinned_facts() {
    // -1005 is only on Unity and Android.
    assert_eq!(
        ErrorCode::AppIdNull.platforms(),
        Platforms::EMPTY
            .with(Platform::Unity)
            .with(Platform::Android)
    );
    // -1025 parses from the C++ and the Android identifiers.
    for name in [
        "kErrorCodeJoinRoomRoomForbidden",
        "ERROR_CODE_JOIN_ROOM_ROOM_FORBIDDEN",
    ] {
        assert_eq!(
            name.parse::<ErrorCode>(),
            Ok(ErrorCode::JoinRoomRoomForbidden)
        );
        assert_eq!(ErrorCode::JoinRoomRoomForbidden.code(), -1025);
    }
    assert_eq!(
        ErrorCode::JoinRoomRoomForbidden.sdk_name(),
        "ERROR_CODE_JOIN_ROOM_ROOM_FORBIDDEN"
    );
    // -1081 (and -1082) are replaced by -1080 since 3.52.
    for code in [
        ErrorCode::OverScreenPublishLimit,
        ErrorCode::OverVideoPublishLimit,
    ] {
        let deprecation = code.deprecation().expect("deprecated");
        assert_eq!(deprecation.since(), "3.52");
        assert_eq!(
            deprecation.replaced_by(),
            Some(ErrorCode::OverStreamPublishLimit)
        );
    }
    // Deprecated in favour of a code of another enum: no replacement in this set.
    let deprecation = WarningCode::NoMicrophonePermission
        .deprecation()
        .expect("deprecated");
    assert_eq!(
        (deprecation.since(), deprecation.replaced_by()),
        ("3.33", None)
    );
    // A code only Electron lists.
    assert_eq!(
        ErrorCode::JoinRoomLicenseFunctionNotFound
            .platforms()
            .to_string(),
        "Electron"
    );
    assert_eq!(
        ErrorCode::JoinRoomLicenseFunctionNotFound.sdk_name(),
        "kErrorCodeJoinRoomLicenseFunctionNotFound"
    );
    // The set counts.
    assert_eq!(ErrorCode::ALL.len(), 37);
    assert_eq!(WarningCode::ALL.len(), 35);
}

#[test]
fn platform_text_rules_behave_as_documented() {
    assert_eq!(
        clean_platform(
            r"> Deprecated since 3.45 and will be deleted in 3.51.\n\n获取\n\n\n**注意**\n\nSDK"
        ),
        "获取\n注意\nSDK"
    );
    assert_eq!(
        clean_platform(
            r"`Deprecated since 3.52, use kX（-1080）instead`<br/>发布。通过 [on](x.md#y) 回调。"
        ),
        "发布。"
    );
    assert_eq!(
        clean_platform(r#"见 {@link #joinRoom} 和 <span id="x"></span>A"#),
        "见 joinRoom 和 A"
    );
    assert_eq!(clean_platform(r#"<a href="x">链接</a>文本"#), "链接文本");
    // The sentence rules every source shares: the sentence naming the callback goes …
    assert_eq!(
        clean_platform(r"房间被封禁。通过 [onRoomStateChanged](x.md#y) 回调。"),
        "房间被封禁。"
    );
    assert_eq!(
        clean_platform(r"失败。\n\n由 `send` 触发，通过 `onResult` 回调。"),
        "失败。"
    );
    // … and a line break inside a sentence is none (here after the deprecation note went).
    assert_eq!(
        clean_platform(
            r"`Deprecated since 3.52`<br/>Token 无效。<br>需要获取 Token，并调用<br>`updateToken:` 方法。"
        ),
        "Token 无效。\n需要获取 Token，并调用 updateToken: 方法。"
    );
    assert_eq!(
        clean_platform(r"> Deprecated since 3.45.\n\n获取失败警告\n\n**注意**\n\nSDK 重试。"),
        "获取失败警告\n注意\nSDK 重试。"
    );
}

/// The first `rows` lines (separator line left out) of the page's table whose header line is `header`.
fn doc_table<'a>(page: &'a str, header: &str, rows: usize) -> Vec<&'a str> {
    let start = page
        .find(header)
        .unwrap_or_else(|| panic!("the page has no table headed {header}"));
    page[start..]
        .lines()
        .filter(|line| !line.starts_with("| ---"))
        .take(rows)
        .collect()
}

/// The sources page's table of codes per set, page and source, rebuilt from the crate's data.
#[test]
fn the_sources_page_counts_codes_per_set_page_and_source() {
    let page = include_str!("../docs/sources.md");
    let mut header = vec!["set".to_owned(), "codes".to_owned()];
    header.extend(Platform::ALL.iter().map(|p| p.name().to_owned()));
    // A column per SDK family: the codes that any of its sources lists.
    header.extend(Sdk::ALL.iter().map(|sdk| format!("{sdk} sources")));
    let row = |cells: &[String]| format!("| {} |", cells.join(" | "));
    let mut expected = vec![row(&header)];
    let mut totals = vec![0usize; 1 + Platform::ALL.len() + Sdk::ALL.len()];
    for set in common::SETS {
        let codes: Vec<AnyCode> = AnyCode::all().filter(|c| c.set() == set).collect();
        let mut counts = vec![codes.len()];
        counts.extend(
            Platform::ALL
                .iter()
                .map(|&p| codes.iter().filter(|c| c.platforms().contains(p)).count()),
        );
        counts.extend(Sdk::ALL.iter().map(|&sdk| {
            codes
                .iter()
                .filter(|c| !c.sources().in_sdk(sdk).is_empty())
                .count()
        }));
        for (total, count) in totals.iter_mut().zip(&counts) {
            *total += count;
        }
        let mut cells = vec![format!("`{set}`"), counts[0].to_string()];
        cells.extend(counts[1..].iter().map(|&n| {
            if n == 0 {
                "–".to_owned()
            } else {
                n.to_string()
            }
        }));
        expected.push(row(&cells));
    }
    let mut cells = vec!["**all**".to_owned(), format!("**{}**", totals[0])];
    cells.extend(totals[1..].iter().map(usize::to_string));
    expected.push(row(&cells));
    let shown = doc_table(page, &expected[0], expected.len());
    assert_eq!(shown, expected, "docs/sources.md: table of codes per set");
    let hidden = AnyCode::all().filter(|c| c.is_hidden()).count();
    let claim = format!("{hidden} of the {} codes are hidden", totals[0]);
    assert!(
        page.contains(&claim),
        "docs/sources.md should say {claim:?}"
    );
}

#[test]
fn the_sets_page_lists_every_set_with_its_names_and_callbacks() {
    let page = include_str!("../docs/sets.md");
    let mut expected = vec!["| enum | SDK names | delivered by |".to_owned()];
    for set in CodeSet::ALL {
        let names: Vec<String> = set.sdk_names().iter().map(|n| format!("`{n}`")).collect();
        expected.push(format!(
            "| `{}` | {} | {} |",
            set.name(),
            names.join(", "),
            set.delivered_by()
        ));
    }
    let shown = doc_table(page, &expected[0], expected.len());
    assert_eq!(
        shown,
        expected,
        "docs/sets.md: table of sets\n{}",
        expected.join("\n")
    );
}
