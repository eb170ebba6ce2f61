//! The generated tables in `src/codes/*.rs` are what the generator makes of `src/codes/*.toml` today:
//! a table edited without running `cargo run -p bytertc-codes-codegen` fails here.

use std::path::Path;

#[test]
fn generated_tables_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if let Err(stale) = bytertc_codes_codegen::check(root) {
        panic!("{stale}");
    }
}
