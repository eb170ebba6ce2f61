//! The library's generated tables in `src/codes/*.rs` are what the generator makes of
//! `src/codes/*.toml` today: a table edited without running `cargo run -p bytertc-codes-codegen` fails
//! here. (A test of the generator, not of the library: the published library has no tables to
//! generate from.)

use std::path::Path;

#[test]
fn generated_tables_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ is in the library's directory");
    if let Err(stale) = bytertc_codes_codegen::check(root) {
        panic!("{stale}");
    }
}

#[test]
fn the_generator_knows_the_librarys_sources_in_order() {
    let labels: Vec<&str> = bytertc_codes::Source::ALL
        .iter()
        .map(|source| source.label())
        .collect();
    assert_eq!(bytertc_codes_codegen::source_labels(), labels);
}

/// The codes whose texts are the crate's own, since no source has one (`zh_from = "crate"`), are the
/// ones the library's docs name (`src/lib.rs`, `docs/sources.md`).
#[test]
fn the_docs_name_the_codes_whose_texts_are_the_crates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ is in the library's directory");
    let (_, tables) = bytertc_codes_codegen::read_tables(root).unwrap_or_else(|e| panic!("{e}"));
    let mut own: Vec<(String, i32)> = tables
        .iter()
        .flat_map(|table| {
            table
                .codes
                .iter()
                .filter(|row| row.zh_from.as_deref() == Some("crate"))
                .map(|row| (table.name.clone(), row.value))
        })
        .collect();
    own.sort();
    let rts_return_status: Vec<(String, i32)> = bytertc_codes::RtsReturnStatus::ALL
        .iter()
        .map(|&code| ("RtsReturnStatus".to_owned(), code.code()))
        .collect();
    let mut expected = vec![
        ("ErrorCode".to_owned(), -1111),
        ("ErrorCode".to_owned(), -1072),
        ("RtsErrorCode".to_owned(), -1111),
        ("RtsWarningCode".to_owned(), -2000),
    ];
    expected.extend(rts_return_status);
    expected.sort();
    assert_eq!(own, expected);
    assert_eq!(bytertc_codes::RtsReturnStatus::ALL.len(), 7);
    let named = "`ErrorCode` and `RtsErrorCode` -1111, `RtsWarningCode` -2000, the seven \
                 `RtsReturnStatus` codes, and `ErrorCode` -1072";
    for (page, text) in [
        ("src/lib.rs", include_str!("../../src/lib.rs")),
        ("docs/sources.md", include_str!("../../docs/sources.md")),
    ] {
        let flat: Vec<&str> = text
            .split_whitespace()
            .filter(|word| *word != "//!")
            .collect();
        assert!(flat.join(" ").contains(named), "{page} names: {named}");
    }
}
