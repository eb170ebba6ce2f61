//! Decodes raw ByteRTC codes given on the command line, in every set that defines them.
//!
//! `cargo run --example decode -- -1000 3`

use bytertc_codes::*;

fn explain<C: Code>(raw: i32) -> bool {
    let Some(code) = C::from_code(raw) else {
        return false;
    };
    println!("{raw}: {}::{} ({})", C::SET, code.name(), code.sdk_name());
    for &locale in Locale::ALL {
        println!(
            "    [{locale}] {}",
            code.description(locale).replace('\n', "\n         ")
        );
    }
    true
}

fn main() {
    let mut status = 0;
    for arg in std::env::args().skip(1) {
        let Ok(raw) = arg.parse::<i32>() else {
            eprintln!("{arg:?}: not a 32-bit integer code");
            status = 1;
            continue;
        };
        let found = [
            explain::<AudioRecordingErrorCode>(raw),
            explain::<LocalAudioStreamError>(raw),
            explain::<LocalVideoStreamError>(raw),
            explain::<ErrorCode>(raw),
            explain::<WarningCode>(raw),
        ];
        if !found.contains(&true) {
            eprintln!("{raw}: no ByteRTC code set defines this value");
            status = 1;
        }
    }
    std::process::exit(status);
}
