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
