//! Lookup, text, name-parsing, formatting and serde benchmarks of every code set (the list in
//! `src/codes/sets.toml`), each measured side by side with baselines on the same input stream.
//!
//! `std` only (`Instant`, `black_box`): no criterion, no divan, no rand. Run with `cargo bench` (add
//! `--all-features` for the serde case); `BENCH_QUICK=1` runs every case on a short stream with few
//! samples. Extra arguments are substring filters on `<set>/<case>`, e.g.
//! `cargo bench --bench lookup -- ErrorCode/try_from`.
//!
//! Every measurement prints one line, for scripts:
//!
//! ```text
//! bench ErrorCode/try_from_known median_ns=1.234 limit_ratio=1.05 hashmap_speedup=9.87
//! bench ErrorCode/try_from_known/limit median_ns=1.175
//! bench ErrorCode/try_from_known/hashmap median_ns=12.180 limit_ratio=10.37
//! bench ErrorCode/try_from_known/linear median_ns=6.000 limit_ratio=5.11
//! ```
//!
//! With `--markdown` (`BENCH_QUICK=1 cargo bench --all-features --bench lookup -- --markdown >
//! BENCHMARKS.md`, filters allowed) those lines go to stderr, and stdout gets a Markdown report and
//! nothing else: the command, the date, the machine and the compiler, what the baselines are, a
//! summary of each operation over the sets measured (the range of its medians and of its ratios), and
//! a table of every set. `BENCHMARKS.md` is that report.
//!
//! `median_ns` is the median, over the samples, of (time of one pass over the stream / operations in the
//! pass). All contenders of a case run round-robin, one pass each per sample, so drift (frequency
//! scaling, a concurrent build) hits them alike; every ratio is of two medians measured that way.
//!
//! Baselines:
//! - `limit`: a dense `Option<E>` table covering `min..=max` of the set's values, indexed by
//!   `raw - min` with a branch-free bounds check (one load: what no table lookup can beat; only pure
//!   arithmetic, which a compiler may derive for a small set with contiguous values, is cheaper); for
//!   texts, a `&str` table indexed by a variant index precomputed in the stream; for serde, a `Vec<i32>`
//!   deserialized and mapped through the dense table. `limit_ratio` = this median / limit median.
//! - `hashmap`: `std::collections::HashMap<i32, E>`; `hashmap_speedup` = hashmap median / this median.
//! - `linear`: scanning `E::ALL`; `linear_speedup` = linear median / this median. For `from_str` the scan
//!   compares the one name form in the stream (`linear`) and, as `linear_all`, every name `from_str`
//!   accepts (the Rust name and every platform's identifier); `linear_all_speedup` likewise.
//!
//! Fairness: each operation's result goes through `black_box` and then into a digest that is summed; the
//! digests of all contenders of a case must be equal (checked), so every baseline computes the same answer
//! as the code under test, from the same stream.

mod common;

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime};

use bytertc_codes::{Code, Locale, Platform, Source};

/// The list of sets, generated from `src/codes/sets.toml`.
#[path = "../tests/common/sets.rs"]
mod sets;
use sets::for_each_set;

/// Codes in the stream of a full run.
const FULL_LEN: usize = 1 << 20;
/// Codes in the stream of a quick run (`BENCH_QUICK=1`).
const QUICK_LEN: usize = 1 << 16;
/// Timed samples per contender in a full run (after one warm-up pass).
const FULL_SAMPLES: usize = 15;
/// Timed samples per contender in a quick run.
const QUICK_SAMPLES: usize = 5;
/// Codes in the JSON array of the serde case.
#[cfg(feature = "serde")]
const SERDE_LEN: usize = 10_000;
/// Seed of every stream; each stream mixes in its own tag so that they differ.
const SEED: u64 = 0x2545_F491_4F6C_DD1D;

/// How much to run, from the environment and the command line.
struct Config {
    /// Operations per pass (the stream length).
    len: usize,
    /// Timed samples per contender.
    samples: usize,
    /// Substrings of `<set>/<case>`; empty runs everything.
    filters: Vec<String>,
    /// `BENCH_QUICK`'s value when it asks for a quick run.
    quick: Option<String>,
    /// `--markdown`: the `bench` lines go to stderr, and stdout gets the report.
    markdown: bool,
    /// Every set the suite ran on (filtered out or not), in order.
    sets: RefCell<Vec<&'static str>>,
    /// Every contender's result, in the order measured.
    measured: RefCell<Vec<Measured>>,
}

impl Config {
    fn from_env() -> Self {
        let quick = common::quick();
        let filters = common::filters();
        Self {
            len: if quick { QUICK_LEN } else { FULL_LEN },
            samples: if quick { QUICK_SAMPLES } else { FULL_SAMPLES },
            filters,
            quick: quick.then(|| std::env::var("BENCH_QUICK").unwrap_or_default()),
            markdown: std::env::args().skip(1).any(|arg| arg == "--markdown"),
            sets: RefCell::new(Vec::new()),
            measured: RefCell::new(Vec::new()),
        }
    }

    /// Prints a line of the plain output: on stdout, or on stderr when stdout is the report.
    fn log(&self, line: &str) {
        if self.markdown {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }

    fn wants(&self, set: &str, case: &str) -> bool {
        let id = format!("{set}/{case}");
        self.filters.is_empty() || self.filters.iter().any(|f| id.contains(f.as_str()))
    }
}

/// xorshift64* (Vigna): a fixed, seeded pseudo-random stream.
struct XorShift(u64);

impl XorShift {
    fn new(tag: u64) -> Self {
        // Any non-zero state works; `| 1` keeps it non-zero whatever the tag.
        Self((SEED ^ tag.wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (multiply-shift on the high 32 bits; `n` must fit in 32 bits).
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).expect("n fits in u64");
        assert!(n > 0 && n <= 1 << 32, "below({n})");
        usize::try_from(((self.next() >> 32) * n) >> 32).expect("below n")
    }
}

/// The code sets under test, with the extra bound the serde case needs when it is compiled in.
#[cfg(feature = "serde")]
trait Subject: Code + serde::de::DeserializeOwned {}
#[cfg(feature = "serde")]
impl<C: Code + serde::de::DeserializeOwned> Subject for C {}
/// The code sets under test.
#[cfg(not(feature = "serde"))]
trait Subject: Code {}
#[cfg(not(feature = "serde"))]
impl<C: Code> Subject for C {}

/// Whether `raw` is a value of `C`, by scanning `C::ALL` (never the code under test).
fn is_known<C: Code>(raw: i32) -> bool {
    C::ALL.iter().any(|&c| c.code() == raw)
}

/// The smallest and largest value of `C`.
fn value_range<C: Code>() -> (i32, i32) {
    let codes = C::ALL.iter().map(|&c| c.code());
    let min = codes.clone().min().expect("a code set has codes");
    let max = codes.max().expect("a code set has codes");
    (min, max)
}

/// A value `C` does not define: three in four from around the set's range (holes of a sparse set
/// included), one in four from all of `i32`.
fn unknown_code<C: Code>(rng: &mut XorShift, (min, max): (i32, i32)) -> i32 {
    let span = i64::from(max) - i64::from(min);
    let pad = span / 2 + 16;
    let low = i64::from(min) - pad;
    let width = usize::try_from(span + 2 * pad + 1).expect("a small width");
    loop {
        let candidate = if rng.next() & 3 == 0 {
            // The high 32 bits, reinterpreted: uniform over all of `i32`.
            i32::from_ne_bytes(
                u32::try_from(rng.next() >> 32)
                    .expect("32 bits")
                    .to_ne_bytes(),
            )
        } else {
            let offset = i64::try_from(rng.below(width)).expect("a small offset");
            match i32::try_from(low + offset) {
                Ok(raw) => raw,
                Err(_) => continue,
            }
        };
        if !is_known::<C>(candidate) {
            return candidate;
        }
    }
}

/// `len` raw values, each known with probability `known_percent` %.
fn code_stream<C: Code>(len: usize, known_percent: usize, tag: u64) -> Vec<i32> {
    let mut rng = XorShift::new(tag);
    let range = value_range::<C>();
    (0..len)
        .map(|_| {
            if rng.below(100) < known_percent {
                C::ALL[rng.below(C::ALL.len())].code()
            } else {
                unknown_code::<C>(&mut rng, range)
            }
        })
        .collect()
}

/// One element of the text streams: a variant, a locale (alternating), and the slot of the same text in a
/// flat `[zh texts..., en texts...]` baseline table (precomputed so the baseline does a single index).
#[derive(Clone, Copy)]
struct TextOp<C> {
    code: C,
    locale: Locale,
    slot: usize,
}

fn text_stream<C: Code>(len: usize, tag: u64) -> Vec<TextOp<C>> {
    let mut rng = XorShift::new(tag);
    let n = C::ALL.len();
    (0..len)
        .map(|i| {
            let index = rng.below(n);
            let locale_index = i % Locale::ALL.len();
            TextOp {
                code: C::ALL[index],
                locale: Locale::ALL[locale_index],
                slot: locale_index * n + index,
            }
        })
        .collect()
}

/// The `limit` baseline: a dense `Option<C>` table for the set's value range `min..=max`, plus one
/// trailing `None` that every out-of-range value is clamped to.
///
/// The table length depends on the set (and grows with it), so it is a boxed slice built at start-up
/// rather than a `[Option<C>; N]` literal; indexing it is the same load and bounds check.
struct Dense<C> {
    min: i32,
    table: Box<[Option<C>]>,
}

impl<C: Code> Dense<C> {
    fn new() -> Self {
        let (min, max) = value_range::<C>();
        let len = usize::try_from(i64::from(max) - i64::from(min) + 1).expect("a dense range");
        let mut table = vec![None; len + 1].into_boxed_slice();
        for &c in C::ALL {
            table[usize::try_from(i64::from(c.code()) - i64::from(min)).expect("in range")] =
                Some(c);
        }
        Self { min, table }
    }
}

/// Looks `raw` up in a dense table starting at `min`: `table[raw - min]`, `None` out of range.
///
/// The bounds check is branch-free: an offset below `min` wraps to a huge `u64`, and every offset past
/// the range is clamped (a `cmov`) to the trailing `None` slot, so a stream mixing known and unknown
/// values costs the baseline no branch mispredictions. That makes it a true lower bound.
#[inline(always)]
fn dense_get<C: Copy>(table: &[Option<C>], min: i32, raw: i32) -> Option<C> {
    let offset = (i64::from(raw) - i64::from(min)) as u64;
    let last = table.len() - 1;
    table[offset.min(last as u64) as usize]
}

/// Whether `name` is one of the names `from_str` accepts for `code`, found the slow way: its Rust
/// name, its `sdk_name` (an identifier that no page or source lists, `ErrorCode` -1072, is no
/// platform's nor source's) or any platform's or source's identifier.
fn has_name<C: Code>(code: C, name: &str) -> bool {
    code.name() == name
        || code.sdk_name() == name
        || Platform::ALL
            .iter()
            .any(|&p| code.identifier(p) == Some(name))
        || Source::ALL
            .iter()
            .any(|&t| code.identifier_in(t) == Some(name))
}

/// Scans `C::ALL` for `raw`.
#[inline(always)]
fn linear_code<C: Code>(raw: i32) -> Option<C> {
    C::ALL.iter().copied().find(|&c| c.code() == raw)
}

/// The per-operation digest that all contenders of a lookup case sum: the value found (tagged, so that a
/// found `0` differs from nothing found), or 0.
#[inline(always)]
fn digest<C: Code>(found: Option<C>) -> u64 {
    match found {
        Some(c) => u64::from(u32::from_ne_bytes(c.code().to_ne_bytes())) | 1 << 32,
        None => 0,
    }
}

/// One pass over `stream`: every result goes through `black_box`, then its digest is summed.
#[inline(always)]
fn pass<T: Copy, R>(
    stream: &[T],
    mut op: impl FnMut(T) -> R,
    mut sum: impl FnMut(R) -> u64,
) -> u64 {
    let mut acc = 0u64;
    for &item in stream {
        let result = black_box(op(item));
        acc = acc.wrapping_add(sum(result));
    }
    acc
}

/// A contender of a case: `""` for the code under test, else the baseline's name; and one timed pass
/// returning its digest.
type Contender<'a> = (&'static str, Box<dyn FnMut() -> u64 + 'a>);

/// Which ratios the main line of a case prints.
#[derive(Clone, Copy, Default)]
struct Ratios {
    hashmap_speedup: bool,
    linear_speedup: bool,
}

/// One contender's result in a case: what its `bench` line prints.
struct Measured {
    set: &'static str,
    case: &'static str,
    /// `""` for the code under test, else the baseline's name.
    contender: &'static str,
    /// Median, over the samples, of the time of a pass divided by its operations.
    median_ns: f64,
    /// This median / the `limit` baseline's, where the case has one (not for `limit` itself).
    limit_ratio: Option<f64>,
    /// The `hashmap` baseline's median / this one (the code under test, where asked for).
    hashmap_speedup: Option<f64>,
    /// The `linear` baseline's median / this one (likewise).
    linear_speedup: Option<f64>,
    /// The `linear_all` baseline's median / this one (likewise).
    linear_all_speedup: Option<f64>,
}

impl Measured {
    /// The `bench <set>/<case>[/<contender>] median_ns=… …` line.
    fn line(&self) -> String {
        let mut line = format!("bench {}/{}", self.set, self.case);
        if !self.contender.is_empty() {
            write!(line, "/{}", self.contender).expect("writing to a String");
        }
        write!(line, " median_ns={:.3}", self.median_ns).expect("writing to a String");
        let ratios = [
            ("limit_ratio", self.limit_ratio),
            ("hashmap_speedup", self.hashmap_speedup),
            ("linear_speedup", self.linear_speedup),
            ("linear_all_speedup", self.linear_all_speedup),
        ];
        for (key, value) in ratios {
            if let Some(value) = value {
                write!(line, " {key}={value:.2}").expect("writing to a String");
            }
        }
        line
    }
}

/// Runs the contenders round-robin (one warm-up pass each, then `samples` timed passes each), checks
/// their digests agree, and prints and records one line per contender.
fn run_case(
    cfg: &Config,
    set: &'static str,
    case: &'static str,
    ops: usize,
    ratios: Ratios,
    mut contenders: Vec<Contender<'_>>,
) {
    if !cfg.wants(set, case) {
        return;
    }
    let digests: Vec<u64> = contenders
        .iter_mut()
        .map(|(_, run)| black_box(run()))
        .collect();
    for ((name, _), &d) in contenders.iter().zip(&digests) {
        assert_eq!(
            d, digests[0],
            "{set}/{case}: baseline {name:?} computes something else"
        );
    }
    let mut per_op = vec![Vec::with_capacity(cfg.samples); contenders.len()];
    for _ in 0..cfg.samples {
        for ((_, run), times) in contenders.iter_mut().zip(&mut per_op) {
            let start = Instant::now();
            let d = run();
            let elapsed = start.elapsed();
            black_box(d);
            times.push(elapsed.as_secs_f64() * 1e9 / ops as f64);
        }
    }
    let medians: Vec<f64> = per_op.iter_mut().map(|times| median(times)).collect();
    let of = |name: &str| {
        contenders
            .iter()
            .zip(&medians)
            .find(|((n, _), _)| *n == name)
            .map(|(_, &m)| m)
    };
    let limit = of("limit");
    for (&(name, _), &m) in contenders.iter().zip(&medians) {
        let main = name.is_empty();
        let speedup = |baseline: &str, wanted: bool| {
            of(baseline)
                .filter(|_| main && wanted)
                .map(|other| other / m)
        };
        let measured = Measured {
            set,
            case,
            contender: name,
            median_ns: m,
            limit_ratio: limit.filter(|_| name != "limit").map(|limit| m / limit),
            hashmap_speedup: speedup("hashmap", ratios.hashmap_speedup),
            linear_speedup: speedup("linear", ratios.linear_speedup),
            linear_all_speedup: speedup("linear_all", ratios.linear_speedup),
        };
        cfg.log(&measured.line());
        cfg.measured.borrow_mut().push(measured);
    }
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

/// A text case: `text` (the code under test, statically dispatched) against indexing a flat `&str` table
/// of the same texts by the slot precomputed in the stream.
fn text_case<C: Code>(
    cfg: &Config,
    case: &'static str,
    texts: &[TextOp<C>],
    text: impl Fn(C, Locale) -> &'static str + Copy,
) {
    let table: Box<[&'static str]> = Locale::ALL
        .iter()
        .flat_map(|&locale| C::ALL.iter().map(move |&c| text(c, locale)))
        .collect();
    let table = &table[..];
    let text_len = |s: &str| s.len() as u64;
    run_case(
        cfg,
        C::SET,
        case,
        texts.len(),
        Ratios::default(),
        vec![
            (
                "",
                Box::new(move || pass(texts, |op| text(op.code, op.locale), text_len)),
            ),
            (
                "limit",
                Box::new(move || pass(texts, |op| table[op.slot], text_len)),
            ),
        ],
    );
}

/// A `from_str` case on the names `name_of` gives the variants: `FromStr` against scanning `C::ALL`
/// comparing `name_of`. A name that names two codes of the set in different releases
/// (`kPublicStreamOK`, 200 in 3.41–3.45 and 0 from 3.46) parses to the newer code, which a scan does
/// not know: such names are left out of the stream, so that every contender does the same job.
fn from_str_case<C: Code>(
    cfg: &Config,
    case: &'static str,
    variants: &[C],
    name_of: impl Fn(C) -> &'static str + Copy,
) {
    let names: Vec<&'static str> = variants
        .iter()
        .map(|&c| name_of(c))
        .filter(|&name| {
            C::ALL
                .iter()
                .filter(|&&c| {
                    c.name() == name
                        || c.sdk_name() == name
                        || Platform::ALL.iter().any(|&p| c.identifier(p) == Some(name))
                        || Source::ALL
                            .iter()
                            .any(|&t| c.identifier_in(t) == Some(name))
                })
                .count()
                == 1
        })
        .collect();
    let names = &names[..];
    run_case(
        cfg,
        C::SET,
        case,
        names.len(),
        Ratios {
            hashmap_speedup: false,
            linear_speedup: true,
        },
        vec![
            (
                "",
                Box::new(move || pass(names, |s: &str| s.parse::<C>(), |r| digest(r.ok()))),
            ),
            (
                "linear",
                Box::new(move || {
                    pass(
                        names,
                        |s: &str| C::ALL.iter().copied().find(|&c| name_of(c) == s),
                        digest,
                    )
                }),
            ),
            (
                // The same job as `from_str`: every name it accepts (the Rust name and every
                // page's and header's identifier), not only the ones in the stream.
                "linear_all",
                Box::new(move || {
                    pass(
                        names,
                        |s: &str| C::ALL.iter().copied().find(|&c| has_name(c, s)),
                        digest,
                    )
                }),
            ),
        ],
    );
}

/// A Display case: formatting what `shown` gives for each item of `stream` into one reused `String`,
/// cleared each time.
fn display_case<T: Copy, D: std::fmt::Display>(
    cfg: &Config,
    set: &'static str,
    case: &'static str,
    stream: &[T],
    shown: impl Fn(T) -> D,
) {
    let mut buf = String::with_capacity(256);
    run_case(
        cfg,
        set,
        case,
        stream.len(),
        Ratios::default(),
        vec![(
            "",
            Box::new(move || {
                pass(
                    stream,
                    |item| {
                        buf.clear();
                        write!(buf, "{}", shown(item)).expect("writing to a String");
                        buf.len() as u64
                    },
                    |n| n,
                )
            }),
        )],
    );
}

/// Every case for one code set.
fn suite<C: Subject>(cfg: &Config) {
    let set = C::SET;
    cfg.sets.borrow_mut().push(set);
    let len = cfg.len;
    let known = code_stream::<C>(len, 100, 1);
    let mixed = code_stream::<C>(len, 50, 2);
    let unknown = code_stream::<C>(len, 0, 3);
    let dense = Dense::<C>::new();
    let map: HashMap<i32, C> = C::ALL.iter().map(|&c| (c.code(), c)).collect();

    // 1. try_from, on 100 %, 50 % and 0 % known codes. 2. from_code on the known stream.
    let lookups: [(&str, &[i32], bool); 4] = [
        ("try_from_known", &known, true),
        ("try_from_mixed", &mixed, false),
        ("try_from_unknown", &unknown, false),
        ("from_code_known", &known, true),
    ];
    for (case, stream, is_known) in lookups {
        let code_under_test: Box<dyn FnMut() -> u64 + '_> = if case.starts_with("try_from") {
            Box::new(move || pass(stream, C::try_from, |r| digest(r.ok())))
        } else {
            Box::new(move || pass(stream, C::from_code, digest))
        };
        let (table, min, map) = (&*dense.table, dense.min, &map);
        run_case(
            cfg,
            set,
            case,
            len,
            Ratios {
                hashmap_speedup: is_known,
                linear_speedup: false,
            },
            vec![
                ("", code_under_test),
                (
                    "limit",
                    Box::new(move || pass(stream, |raw| dense_get(table, min, raw), digest)),
                ),
                (
                    "hashmap",
                    Box::new(move || pass(stream, |raw| map.get(&raw).copied(), digest)),
                ),
                (
                    "linear",
                    Box::new(move || pass(stream, linear_code::<C>, digest)),
                ),
            ],
        );
    }

    // 3. summary and description over a stream of variants, alternating locales.
    let texts = text_stream::<C>(len, 4);
    let texts = &texts[..];
    text_case(cfg, "summary", texts, |c: C, locale| c.summary(locale));
    text_case(cfg, "description", texts, |c: C, locale| {
        c.description(locale)
    });

    // 4. from_str on SDK identifiers and on Rust names.
    let mut rng = XorShift::new(5);
    let variants: Vec<C> = (0..len).map(|_| C::ALL[rng.below(C::ALL.len())]).collect();
    from_str_case(cfg, "from_str_sdk", &variants, |c: C| c.sdk_name());
    from_str_case(cfg, "from_str_name", &variants, |c: C| c.name());

    // 5. Display of the code and of `localized(..)`, into one reused `String`.
    display_case(cfg, set, "display", &variants, |c: C| c);
    display_case(cfg, set, "display_localized", texts, |op: TextOp<C>| {
        op.code.localized(op.locale)
    });

    // 6. serde: a JSON array of 10,000 codes (the known stream's first), repeated to fill a pass.
    #[cfg(feature = "serde")]
    {
        let array = &known[..SERDE_LEN.min(len)];
        let json = serde_json::to_string(array).expect("serializing integers");
        let json = json.as_str();
        let reps = (len / array.len()).max(1);
        let (table, min) = (&*dense.table, dense.min);
        run_case(
            cfg,
            set,
            "deserialize_json",
            reps * array.len(),
            Ratios::default(),
            vec![
                (
                    "",
                    Box::new(move || {
                        (0..reps).fold(0u64, |acc, _| {
                            let codes: Vec<C> =
                                serde_json::from_str(black_box(json)).expect("known codes");
                            acc.wrapping_add(digest_all(codes))
                        })
                    }),
                ),
                (
                    "limit",
                    Box::new(move || {
                        (0..reps).fold(0u64, |acc, _| {
                            let raws: Vec<i32> =
                                serde_json::from_str(black_box(json)).expect("integers");
                            let codes: Vec<C> = raws
                                .iter()
                                .map(|&raw| dense_get(table, min, raw).expect("known codes"))
                                .collect();
                            acc.wrapping_add(digest_all(codes))
                        })
                    }),
                ),
            ],
        );
    }
}

/// The summed digests of a deserialized array, taken after `black_box` so that building it is not
/// optimized away.
#[cfg(feature = "serde")]
fn digest_all<C: Code>(codes: Vec<C>) -> u64 {
    black_box(codes)
        .iter()
        .map(|&c| digest(Some(c)))
        .fold(0, u64::wrapping_add)
}

/// Which ratio of a [`Measured`] a cell shows.
#[derive(Clone, Copy)]
enum RatioKind {
    Limit,
    HashMap,
    Linear,
    LinearAll,
}

impl RatioKind {
    fn of(self, m: &Measured) -> Option<f64> {
        match self {
            Self::Limit => m.limit_ratio,
            Self::HashMap => m.hashmap_speedup,
            Self::Linear => m.linear_speedup,
            Self::LinearAll => m.linear_all_speedup,
        }
    }

    /// The words after the ratio in the summary, where each row is another operation.
    fn words(self) -> &'static str {
        match self {
            Self::Limit => "limit",
            Self::HashMap => "faster than HashMap",
            Self::Linear => "faster than a scan",
            Self::LinearAll => "faster than a scan for every name it accepts",
        }
    }
}

/// A column of the table of every set, and (for the code under test) a row of the summary.
struct Column {
    /// The case, as in `bench <set>/<case>`.
    case: &'static str,
    /// The contender whose figures the column gives: `""` for the code under test.
    contender: &'static str,
    /// The column's heading, and the summary row's operation.
    label: &'static str,
    /// Decimals of the ns per operation.
    decimals: usize,
    /// The ratios in each cell, each with the words that follow it in this column (only the first
    /// column of a kind repeats them).
    ratios: &'static [(RatioKind, &'static str)],
    /// Further ratios of the summary row, not in the cells.
    summary_only: &'static [RatioKind],
}

/// The table's columns, in order.
const COLUMNS: &[Column] = &[
    Column {
        case: "try_from_known",
        contender: "",
        label: "`try_from` known",
        decimals: 2,
        ratios: &[
            (RatioKind::Limit, " limit"),
            (RatioKind::HashMap, " faster than HashMap"),
        ],
        summary_only: &[],
    },
    Column {
        case: "from_code_known",
        contender: "",
        label: "`from_code` known",
        decimals: 2,
        ratios: &[(RatioKind::Limit, ""), (RatioKind::HashMap, "")],
        summary_only: &[],
    },
    Column {
        case: "try_from_known",
        contender: "linear",
        label: "scan of `ALL`, known",
        decimals: 2,
        ratios: &[(RatioKind::Limit, "")],
        summary_only: &[],
    },
    Column {
        case: "try_from_mixed",
        contender: "",
        label: "`try_from` 50 % unknown",
        decimals: 2,
        ratios: &[(RatioKind::Limit, "")],
        summary_only: &[],
    },
    Column {
        case: "try_from_unknown",
        contender: "",
        label: "`try_from` 100 % unknown",
        decimals: 2,
        ratios: &[(RatioKind::Limit, "")],
        summary_only: &[],
    },
    Column {
        case: "summary",
        contender: "",
        label: "`summary`",
        decimals: 2,
        ratios: &[(RatioKind::Limit, "")],
        summary_only: &[],
    },
    Column {
        case: "description",
        contender: "",
        label: "`description`",
        decimals: 2,
        ratios: &[(RatioKind::Limit, "")],
        summary_only: &[],
    },
    Column {
        case: "from_str_sdk",
        contender: "",
        label: "`from_str` SDK name",
        decimals: 2,
        ratios: &[(RatioKind::Linear, " faster than a scan")],
        summary_only: &[RatioKind::LinearAll],
    },
    Column {
        case: "from_str_name",
        contender: "",
        label: "`from_str` Rust name",
        decimals: 2,
        ratios: &[(RatioKind::Linear, "")],
        summary_only: &[RatioKind::LinearAll],
    },
    Column {
        case: "display",
        contender: "",
        label: "`Display`",
        decimals: 1,
        ratios: &[],
        summary_only: &[],
    },
    Column {
        case: "display_localized",
        contender: "",
        label: "`Display` of `localized`",
        decimals: 1,
        ratios: &[],
        summary_only: &[],
    },
    Column {
        case: "deserialize_json",
        contender: "",
        label: "serde: JSON array",
        decimals: 2,
        ratios: &[(RatioKind::Limit, "")],
        summary_only: &[],
    },
];

/// What the report says about the run besides the measurements.
struct Run {
    date: String,
    load_start: Option<f64>,
    load_end: Option<f64>,
    elapsed: Duration,
}

/// Today's date in UTC (`YYYY-MM-DD`), from the system clock; `unknown` before 1970.
fn utc_date(now: SystemTime) -> String {
    match now.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(since) => {
            let days = i64::try_from(since.as_secs() / 86_400).unwrap_or(i64::MAX / 2);
            let (year, month, day) = civil_from_days(days);
            format!("{year:04}-{month:02}-{day:02}")
        }
        Err(_) => "unknown".to_owned(),
    }
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`): (year, month 1–12, day 1–31).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097); // 0..=146_096
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365; // 0..=399
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); // 0..=365
    let shifted_month = (5 * day_of_year + 2) / 153; // 0..=11, from March
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The CPU's `model name` in `/proc/cpuinfo`, where there is one to read.
fn cpu_model() -> Option<String> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    cpuinfo.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        let value = value.trim();
        (key.trim() == "model name" && !value.is_empty()).then(|| value.to_owned())
    })
}

/// The one-minute load average in `/proc/loadavg`, where there is one to read.
fn load_average() -> Option<f64> {
    let loadavg = std::fs::read_to_string("/proc/loadavg").ok()?;
    loadavg.split_whitespace().next()?.parse().ok()
}

/// `rustc -V` of `$RUSTC`, or of `rustc` on the path, where it runs.
fn rustc_version() -> Option<String> {
    let rustc = std::env::var_os("RUSTC")
        .filter(|rustc| !rustc.is_empty())
        .unwrap_or_else(|| "rustc".into());
    let output = std::process::Command::new(rustc).arg("-V").output().ok()?;
    let version = String::from_utf8(output.stdout).ok()?;
    let version = version.trim();
    (output.status.success() && !version.is_empty()).then(|| version.to_owned())
}

/// `n` with a comma between groups of three digits.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() * 4 / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `word` as one shell word: as it is if it is plain, else in single quotes.
fn shell_word(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./,:=+@%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The command that runs this report again: the same quickness, features and filters.
fn command(cfg: &Config) -> String {
    let mut words = Vec::new();
    if let Some(quick) = &cfg.quick {
        words.push(format!("BENCH_QUICK={}", shell_word(quick)));
    }
    words.push("cargo bench".to_owned());
    let features = [
        ("serde", cfg!(feature = "serde")),
        ("num_enum", cfg!(feature = "num_enum")),
        ("diff", cfg!(feature = "diff")),
        ("cli", cfg!(feature = "cli")),
    ];
    if cfg!(feature = "std") && features.iter().all(|&(_, on)| on) {
        words.push("--all-features".to_owned());
    } else {
        if !cfg!(feature = "std") {
            words.push("--no-default-features".to_owned());
        }
        let on: Vec<&str> = features
            .iter()
            .filter(|&&(_, on)| on)
            .map(|&(name, _)| name)
            .collect();
        if !on.is_empty() {
            words.push(format!("--features {}", on.join(",")));
        }
    }
    words.push("--bench lookup -- --markdown".to_owned());
    words.extend(cfg.filters.iter().map(|filter| shell_word(filter)));
    words.join(" ")
}

/// A median and the ratios that `column` gives, as a cell.
fn cell(column: &Column, m: &Measured) -> String {
    let mut cell = format!("{:.*} ns", column.decimals, m.median_ns);
    for &(kind, words) in column.ratios {
        if let Some(ratio) = kind.of(m) {
            write!(cell, " · {ratio:.2}×{words}").expect("writing to a String");
        }
    }
    cell
}

/// `low–high (median m)` of `values` (just `low` when they are equal as written), each with
/// `decimals` decimals and `unit` after it: the median over the sets is what a typical set gets, which
/// one noisy sample of a quick run does not move.
fn range(values: &[f64], decimals: usize, unit: &str) -> Option<String> {
    let low = values.iter().copied().reduce(f64::min)?;
    let high = values.iter().copied().reduce(f64::max)?;
    let mid = median(&mut values.to_vec());
    let (low, high, mid) = (
        format!("{low:.decimals$}"),
        format!("{high:.decimals$}"),
        format!("{mid:.decimals$}"),
    );
    Some(if low == high {
        format!("{low}{unit}")
    } else {
        format!("{low}–{high}{unit} (median {mid}{unit})")
    })
}

/// The Markdown report: everything `BENCHMARKS.md` holds.
fn markdown(cfg: &Config, run: &Run) -> String {
    let sets = cfg.sets.borrow();
    let measured = cfg.measured.borrow();
    let find = |set: &str, column: &Column| {
        measured
            .iter()
            .find(|m| m.set == set && m.case == column.case && m.contender == column.contender)
    };
    let columns: Vec<&Column> = COLUMNS
        .iter()
        .filter(|column| sets.iter().any(|set| find(set, column).is_some()))
        .collect();
    let rows: Vec<&str> = sets
        .iter()
        .copied()
        .filter(|set| columns.iter().any(|column| find(set, column).is_some()))
        .collect();

    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line("# Benchmarks");
    line("");
    if cfg.filters.is_empty() {
        line(&format!(
            "Every case of `benches/lookup.rs` for every one of the {} sets, as the suite writes it:",
            sets.len()
        ));
    } else {
        let filters: Vec<String> = cfg.filters.iter().map(|f| format!("`{f}`")).collect();
        line(&format!(
            "The cases of `benches/lookup.rs` that match {}, in {} of the {} sets, as the suite \
             writes it:",
            filters.join(", "),
            rows.len(),
            sets.len()
        ));
    }
    line("");
    line("```sh");
    line(&command(cfg));
    line("```");
    line("");

    line("## The run");
    line("");
    line(&format!("- Date: {} (UTC).", run.date));
    let threads = std::thread::available_parallelism()
        .map_or_else(|_| "unknown".to_owned(), |n| n.get().to_string());
    let cpu = cpu_model().map_or_else(
        || "unknown".to_owned(),
        |model| format!("{model} (as `/proc/cpuinfo` names it)"),
    );
    line(&format!(
        "- Machine: CPU {cpu}; available parallelism {threads}; {} on {}.",
        std::env::consts::OS,
        std::env::consts::ARCH,
    ));
    let load = |load: Option<f64>| load.map_or_else(|| "unknown".to_owned(), |l| format!("{l:.2}"));
    if run.load_start.is_some() || run.load_end.is_some() {
        line(&format!(
            "- Load average (one minute, `/proc/loadavg`): {} at the start, {} at the end.",
            load(run.load_start),
            load(run.load_end),
        ));
    }
    line(&format!(
        "- Compiler: {}.",
        rustc_version().unwrap_or_else(|| "unknown".to_owned())
    ));
    let length = if cfg.quick.is_some() {
        format!(
            "a quick run (`BENCH_QUICK`): {} operations per pass, the median of {} timed passes per \
             contender (a full run: {} and {})",
            thousands(cfg.len),
            cfg.samples,
            thousands(FULL_LEN),
            FULL_SAMPLES,
        )
    } else {
        format!(
            "{} operations per pass, the median of {} timed passes per contender",
            thousands(cfg.len),
            cfg.samples,
        )
    };
    line(&format!(
        "- Length: {length}, after one warm-up pass each; {:.0} s in all.",
        run.elapsed.as_secs_f64()
    ));
    line(&format!(
        "- serde: {}.",
        if cfg!(feature = "serde") {
            "measured"
        } else {
            "not measured (it needs `--features serde`)"
        }
    ));
    line("");

    line("## What is measured");
    line("");
    for paragraph in [
        "Each case runs the code under test and its baselines over the same fixed pseudo-random \
         stream (seeded xorshift64*). The contenders of a case run round-robin, one pass each per \
         sample, so that drift (frequency scaling, other processes) hits them alike; every ratio is of \
         two medians measured that way. Each result goes through `black_box` into a digest, and the \
         digests of a case must agree, so every baseline computes the same answer as the code under \
         test.",
        "The streams: *known*, codes drawn uniformly from `E::ALL`; *50 % unknown*, half of them \
         values the set does not define (three in four from around its value range, holes included, \
         one in four from all of `i32`); *100 % unknown*, only such values. `summary`, `description` \
         and `Display` of `localized` take variants and alternate the two locales; `from_str` takes \
         the variants' SDK identifiers or Rust names (a name that names two codes of the set in \
         different releases, which a scan cannot tell apart, is left out); `Display` formats a \
         variant into one reused `String`. serde deserializes a JSON array of the known stream's \
         first 10,000 codes as a `Vec<E>`, repeated to fill a pass: its time is per code.",
        "Each cell is the median ns per operation, then the ratio to the case's baseline:",
    ] {
        line(paragraph);
        line("");
    }
    for baseline in [
        "- **limit** (`× limit`, lower is faster): for code lookups, a dense `Option<E>` table over the \
         set's value range `min..=max`, indexed by `raw - min` with a branch-free bounds clamp. That \
         is one load, the cheapest *table* lookup but not the cheapest possible: on a small set a scan \
         of its few codes can be as fast. For `summary` and `description`, a flat `&str` table of the \
         same texts indexed by a slot precomputed in the stream. For serde, the same JSON array \
         deserialized as a `Vec<i32>` and mapped through the dense table.",
        "- **HashMap** (`× faster than HashMap`): a `std::collections::HashMap<i32, E>`, on the known \
         codes.",
        "- **scan** (`× faster than a scan`): for `from_str`, a scan of `E::ALL` comparing the one \
         name form in the stream. The summary also gives the ratio to a scan that does `from_str`'s \
         whole job, comparing every name it accepts (the Rust name, the SDK name, and every \
         platform's and source's identifier). The column *scan of `ALL`, known* is the scan of \
         `E::ALL` for a value on the known stream, a baseline of `try_from`, as a ratio to the limit.",
        "- `Display` has no baseline.",
    ] {
        line(baseline);
    }
    line("");
    if cfg.quick.is_some() {
        line(
            "A quick run's few samples vary more than a full run's, and on a shared machine a run's \
             speed varies from run to run; run without `BENCH_QUICK` for steadier figures.",
        );
        line("");
    }

    line("## Summary");
    line("");
    if rows.is_empty() {
        line("No case matches the filters.");
    } else {
        line(
            "Per operation, over the sets measured: the range of their medians (fastest–slowest) and, \
             each on its own, the ranges of their ratios to the baselines; in brackets, the median over \
             the sets.",
        );
        line("");
        line("| operation | ns per operation | ratio to its baseline | sets |");
        line("| --- | --- | --- | --- |");
        for column in columns.iter().filter(|column| column.contender.is_empty()) {
            let found: Vec<&Measured> = rows.iter().filter_map(|set| find(set, column)).collect();
            let ns: Vec<f64> = found.iter().map(|m| m.median_ns).collect();
            let kinds = column
                .ratios
                .iter()
                .map(|&(kind, _)| kind)
                .chain(column.summary_only.iter().copied());
            let ratios: Vec<String> = kinds
                .filter_map(|kind| {
                    let values: Vec<f64> = found.iter().filter_map(|m| kind.of(m)).collect();
                    range(&values, 2, "×").map(|r| format!("{r} {}", kind.words()))
                })
                .collect();
            line(&format!(
                "| {} | {} | {} | {} |",
                column.label,
                range(&ns, column.decimals, " ns").unwrap_or_default(),
                if ratios.is_empty() {
                    "—".to_owned()
                } else {
                    ratios.join(" · ")
                },
                found.len(),
            ));
        }
    }
    line("");

    if !rows.is_empty() {
        line("## Every set");
        line("");
        let mut header = String::from("| set |");
        let mut rule = String::from("| --- |");
        for column in &columns {
            write!(header, " {} |", column.label).expect("writing to a String");
            rule.push_str(" --- |");
        }
        line(&header);
        line(&rule);
        for set in &rows {
            let mut row = format!("| `{set}` |");
            for column in &columns {
                let text = find(set, column).map_or_else(|| "—".to_owned(), |m| cell(column, m));
                write!(row, " {text} |").expect("writing to a String");
            }
            line(&row);
        }
    }
    out
}

fn main() {
    let cfg = Config::from_env();
    let date = utc_date(SystemTime::now());
    let load_start = load_average();
    cfg.log(&format!(
        "# bytertc-codes lookup bench: {} ops per pass, {} samples after 1 warm-up pass, serde {}",
        cfg.len,
        cfg.samples,
        if cfg!(feature = "serde") {
            "on"
        } else {
            "off (needs --features serde)"
        },
    ));
    let start = Instant::now();
    for_each_set!(suite, &cfg);
    let elapsed = start.elapsed();
    cfg.log(&format!("# total {:.2} s", elapsed.as_secs_f64()));
    if cfg.markdown {
        let run = Run {
            date,
            load_start,
            load_end: load_average(),
            elapsed,
        };
        print!("{}", markdown(&cfg, &run));
    }
}
