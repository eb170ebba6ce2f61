//! What the benchmarks share: how much to run, from the environment and the command line.

/// Whether `BENCH_QUICK` asks for a short run (set, and neither empty nor `0`).
pub fn quick() -> bool {
    matches!(std::env::var("BENCH_QUICK").as_deref(), Ok(v) if !v.is_empty() && v != "0")
}

/// The filters on the command line: Cargo passes `--bench`; anything that is not a flag is a filter.
pub fn filters() -> Vec<String> {
    std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .collect()
}
