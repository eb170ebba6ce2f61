//! `cargo run -p bytertc-codes-codegen [-- --check]`: writes (or, with `--check`, only compares) every
//! generated table of the bytertc-codes crate from `src/codes/*.toml`.

#![forbid(unsafe_code)]

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("codegen/ is inside the crate")
        .to_owned();
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(other) => {
            eprintln!("usage: bytertc-codes-codegen [--check]; unexpected {other:?}");
            return ExitCode::from(2);
        }
    };
    let result = if check {
        bytertc_codes_codegen::check(&root)
    } else {
        bytertc_codes_codegen::write(&root)
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("bytertc-codes-codegen: {error}");
            ExitCode::FAILURE
        }
    }
}
