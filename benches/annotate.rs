//! Throughput of `bytertc-codes annotate` on a generated log, beside the speed of just reading it.
//!
//! `std` only (`Instant`, `black_box`), like `benches/lookup.rs`. Run with
//! `cargo bench --features cli --bench annotate`; `BENCH_QUICK=1` runs every case on a short log with
//! few samples. Extra arguments are substring filters on `<log>/<case>`.
//!
//! The log is made in memory, so that the disk is not measured: lines in the styles apps log (C++
//! printf style, Android logcat, JSON, the SDK's `key=value`), full of numbers that are no codes
//! (timestamps, thread ids, user ids, ports, states). `no_codes` has no line with a code; `codes` has
//! a code in one line in four (callbacks, keyed numbers with and without a callback, return values).
//! Every measurement prints one line, for scripts:
//!
//! ```text
//! bench codes/text median_ms=50.123 mib_per_s=321.5 read_lines_ratio=4.20
//! bench codes/read_lines median_ms=11.934 mib_per_s=1350.2
//! ```
//!
//! Contenders, each over the same bytes, into `io::sink()`:
//! - `text`: `annotate` (the code of the tool itself, `src/bin/bytertc-codes/annotate.rs`);
//! - `json`: `annotate --format json`;
//! - `read_lines`: the baseline, reading the log line by line (`BufRead::read_until`) and writing
//!   each line out: what any line filter costs before it looks at a line.
//!
//! `read_lines_ratio` = this median / the baseline's median. The contenders run round-robin, one pass
//! each per sample, so drift hits them alike.

use std::hint::black_box;
use std::io::{self, BufRead, BufReader, Write};
use std::time::Instant;

use bytertc_codes::{CodeSet, Locale};

// The tool's own module; the bench uses only its entry points.
#[allow(dead_code)]
#[path = "../src/bin/bytertc-codes/annotate.rs"]
mod annotate;

/// Bytes of log in a full run.
const FULL_BYTES: usize = 64 << 20;
/// Bytes of log in a quick run (`BENCH_QUICK=1`).
const QUICK_BYTES: usize = 4 << 20;
/// Timed samples per contender in a full run (after one warm-up pass).
const FULL_SAMPLES: usize = 11;
/// Timed samples per contender in a quick run.
const QUICK_SAMPLES: usize = 3;

/// Lines with numbers but no code: timestamps, pids, ids, ports, states, versions, durations.
const PLAIN: &[&str] = &[
    "2024-05-01 12:00:{s}.{ms} [I] [RtcEngine] onNetworkQuality uid=user_{n} tx_quality=1 rx_quality=2 rtt={ms}",
    "05-01 12:00:{s}.{ms}  4321  4388 I ByteRTC : onRemoteVideoStats uid={n} width=1280 height=720 fps=30 bitrate={n}",
    "{{\"ts\":17145504{n},\"level\":\"info\",\"msg\":\"audio volume\",\"uid\":\"{n}\",\"volume\":{s},\"state\":2}}",
    "[2024-05-01 12:00:{s}.{ms}][I][bytertc][room_impl.cc:{n}] OnUserJoined room_id=room{s}, uid={n}, elapsed={ms}, port=8080",
    "2024-05-01 12:00:{s}.{ms} [D] [Transport] connected to 10.0.{s}.{n}:443 in {ms}ms, sdk version 3.58.1, retry 0",
];

/// Lines with one code each, in every role.
const CODED: &[&str] = &[
    "2024-05-01 12:00:{s}.{ms} [E] IRTCVideoEventHandler::onError: err=-1000 uid={n}",
    "05-01 12:00:{s}.{ms}  4321  4388 W ByteRTC : onWarning -2001",
    "{{\"ts\":17145504{n},\"callback\":\"onLocalAudioStateChanged\",\"state\":2,\"error\":3}}",
    "[2024-05-01 12:00:{s}.{ms}][W][bytertc][engine.cc:{n}] joinRoom ret=-2, room_id=room{s}",
    "2024-05-01 12:00:{s}.{ms} [I] onRoomStateChangedWithReason room=r{n} state=1 reason=-1000",
    "{{\"level\":\"error\",\"code\":-1009,\"uid\":\"{n}\",\"msg\":\"token expired\"}}",
];

/// How much to run, from the environment and the command line.
struct Config {
    bytes: usize,
    samples: usize,
    filters: Vec<String>,
}

impl Config {
    fn from_env() -> Self {
        let quick =
            matches!(std::env::var("BENCH_QUICK").as_deref(), Ok(v) if !v.is_empty() && v != "0");
        // Cargo passes `--bench`; anything that is not a flag is a filter.
        let filters = std::env::args()
            .skip(1)
            .filter(|arg| !arg.starts_with('-'))
            .collect();
        Self {
            bytes: if quick { QUICK_BYTES } else { FULL_BYTES },
            samples: if quick { QUICK_SAMPLES } else { FULL_SAMPLES },
            filters,
        }
    }

    fn wants(&self, id: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| id.contains(f.as_str()))
    }
}

/// A log of about `bytes` bytes; one line in `coded_every` has a code (never, if 0).
fn log(bytes: usize, coded_every: usize) -> Vec<u8> {
    let mut log = Vec::with_capacity(bytes + 256);
    // A fixed linear congruential sequence: varied numbers, the same log every run.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut line = 0usize;
    while log.len() < bytes {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let n = (state >> 33) % 100_000;
        let template = if coded_every > 0 && line.is_multiple_of(coded_every) {
            CODED[(line / coded_every) % CODED.len()]
        } else {
            PLAIN[line % PLAIN.len()]
        };
        let text = template
            .replace("{{", "{")
            .replace("}}", "}")
            .replace("{s}", &format!("{:02}", n % 60))
            .replace("{ms}", &format!("{:03}", n % 1000))
            .replace("{n}", &n.to_string());
        log.extend_from_slice(text.as_bytes());
        log.push(b'\n');
        line += 1;
    }
    log
}

/// Reads `log` line by line and writes each line out: the baseline.
fn read_lines(log: &[u8]) -> u64 {
    let mut reader = BufReader::with_capacity(1 << 16, log);
    let mut out = io::BufWriter::with_capacity(1 << 16, io::sink());
    let mut line = Vec::new();
    let mut lines = 0u64;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {
                out.write_all(black_box(&line))
                    .expect("a sink takes anything");
                lines += 1;
            }
            Err(err) => panic!("reading memory: {err}"),
        }
    }
    out.flush().expect("a sink takes anything");
    lines
}

/// Counts the bytes written, so that the output is not optimized away and can be compared.
struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += black_box(buf).len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// `annotate` over `log`; the bytes it wrote.
fn annotate(annotator: &annotate::Annotator, log: &[u8]) -> u64 {
    let mut out = io::BufWriter::with_capacity(1 << 16, Counter(0));
    if annotator.run(log, "-", &mut out).is_err() {
        panic!("annotating memory failed");
    }
    out.into_inner().map_or(0, |counter| counter.0)
}

fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    let mid = times.len() / 2;
    if times.len() % 2 == 1 {
        times[mid]
    } else {
        (times[mid - 1] + times[mid]) / 2.0
    }
}

type Contender<'a> = (&'static str, Box<dyn FnMut() -> u64 + 'a>);

/// Runs the contenders round-robin (one warm-up pass each, then `samples` timed passes each) and
/// prints one line per contender.
fn run_case(cfg: &Config, name: &str, bytes: usize, mut contenders: Vec<Contender<'_>>) {
    for (_, run) in &mut contenders {
        black_box(run());
    }
    let mut times = vec![Vec::with_capacity(cfg.samples); contenders.len()];
    for _ in 0..cfg.samples {
        for ((_, run), times) in contenders.iter_mut().zip(&mut times) {
            let start = Instant::now();
            black_box(run());
            times.push(start.elapsed().as_secs_f64());
        }
    }
    let medians: Vec<f64> = times.iter_mut().map(|t| median(t)).collect();
    let baseline = contenders
        .iter()
        .zip(&medians)
        .find(|((name, _), _)| *name == "read_lines")
        .map(|(_, &m)| m);
    for ((case, _), &m) in contenders.iter().zip(&medians) {
        let mib_per_s = bytes as f64 / (1 << 20) as f64 / m;
        let mut line = format!(
            "bench {name}/{case} median_ms={:.3} mib_per_s={mib_per_s:.1}",
            m * 1e3
        );
        if let Some(baseline) = baseline.filter(|_| *case != "read_lines") {
            line.push_str(&format!(" read_lines_ratio={:.2}", m / baseline));
        }
        println!("{line}");
    }
}

fn main() {
    let cfg = Config::from_env();
    println!(
        "# bytertc-codes annotate bench: {} MiB logs, {} samples after 1 warm-up pass",
        cfg.bytes >> 20,
        cfg.samples
    );
    let start = Instant::now();
    let annotator = |json| {
        annotate::Annotator::new(annotate::Options {
            sets: Vec::<CodeSet>::new(),
            locales: Locale::ALL,
            json,
        })
    };
    let (text, json) = (annotator(false), annotator(true));
    for (name, coded_every) in [("no_codes", 0), ("codes", 4)] {
        let log = log(cfg.bytes, coded_every);
        // The text output is the log and the annotations: never less than the log.
        let written = annotate(&text, &log);
        assert!(written >= log.len() as u64, "{name}: annotate lost bytes");
        assert_eq!(
            written == log.len() as u64,
            coded_every == 0,
            "{name}: codes found where none are, or none where they are"
        );
        let mut contenders: Vec<Contender<'_>> = Vec::new();
        if cfg.wants(&format!("{name}/text")) {
            contenders.push(("text", Box::new(|| annotate(&text, &log))));
        }
        if cfg.wants(&format!("{name}/json")) {
            contenders.push(("json", Box::new(|| annotate(&json, &log))));
        }
        if !contenders.is_empty() {
            contenders.push(("read_lines", Box::new(|| read_lines(&log))));
            run_case(&cfg, name, log.len(), contenders);
        }
    }
    println!("# total {:.2} s", start.elapsed().as_secs_f64());
}
