//! Zero heap allocations: the lookups, the texts, parsing a known name and formatting into a pre-sized
//! `String` never touch the allocator, for every variant of every set.
//!
//! A counting global allocator wraps `std::alloc::System` and counts, per thread, every allocation
//! (`alloc`, `alloc_zeroed`, `realloc`) and every deallocation; the tests assert on those counts, not on
//! time. Counting per thread keeps the other test threads of this binary out of the figures.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::hint::black_box;

use bytertc_codes::{Code, Locale};
use common::for_each_set;

/// `System`, counting what the current thread asks of it.
struct CountingAllocator;

thread_local! {
    /// Allocations (`alloc`, `alloc_zeroed`, `realloc`) made by this thread.
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    /// Deallocations made by this thread.
    static DEALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

/// Adds one to a counter of this thread. A `const`-initialized `Cell` needs no lazy initialization and
/// no destructor, so touching it never allocates; `try_with` only fails while the thread is torn down.
fn bump(counter: &'static std::thread::LocalKey<Cell<u64>>) {
    let _ = counter.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every method forwards its arguments unchanged to `System`, which upholds the `GlobalAlloc`
// contract; counting touches only a thread-local `Cell` and never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump(&ALLOCATIONS);
        // SAFETY: the caller's guarantees for `alloc` are passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump(&ALLOCATIONS);
        // SAFETY: the caller's guarantees for `alloc_zeroed` are passed on unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump(&ALLOCATIONS);
        // SAFETY: the caller's guarantees for `realloc` are passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        bump(&DEALLOCATIONS);
        // SAFETY: the caller's guarantees for `dealloc` are passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// This thread's (allocations, deallocations) so far.
fn counts() -> (u64, u64) {
    (ALLOCATIONS.with(Cell::get), DEALLOCATIONS.with(Cell::get))
}

/// Runs `f` and returns its result, asserting it neither allocated nor freed. `what` names the call for
/// the failure message; it is only evaluated after the counted region.
fn assert_no_heap<T>(what: impl FnOnce() -> String, f: impl FnOnce() -> T) -> T {
    let before = counts();
    let out = black_box(f());
    let after = counts();
    assert_eq!(
        (after.0 - before.0, after.1 - before.1),
        (0, 0),
        "{}: (allocations, deallocations) made",
        what()
    );
    out
}

/// The values `C` does not define that the tests look up: every hole in and around the set's range,
/// and the `i32` extremes.
fn unknown_codes<C: Code>() -> Vec<i32> {
    let min = C::ALL.iter().map(|&c| c.code()).min().expect("codes");
    let max = C::ALL.iter().map(|&c| c.code()).max().expect("codes");
    let near = min.saturating_sub(64)..=max.saturating_add(64);
    near.chain([i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX])
        .filter(|&raw| !C::ALL.iter().any(|&c| c.code() == raw))
        .collect()
}

#[test]
fn the_counter_sees_allocations_on_this_thread() {
    let (allocs, frees) = counts();
    let boxed = black_box(Box::new(42_u64));
    drop(black_box(boxed));
    let (allocs_after, frees_after) = counts();
    assert_eq!(allocs_after - allocs, 1);
    assert_eq!(frees_after - frees, 1);

    let mut buf = String::with_capacity(1);
    let before = counts().0;
    buf.push_str("grows past its capacity");
    assert!(counts().0 > before, "a String that grows must be counted");
}

#[test]
fn lookups_do_not_allocate() {
    fn check<C: Code>() {
        for &code in C::ALL {
            let raw = code.code();
            let found = assert_no_heap(
                || format!("{}::try_from({raw})", C::SET),
                || C::try_from(raw),
            );
            assert_eq!(found, Ok(code));
            let found = assert_no_heap(
                || format!("{}::from_code({raw})", C::SET),
                || C::from_code(raw),
            );
            assert_eq!(found, Some(code));
        }
        let unknown = unknown_codes::<C>();
        assert!(!unknown.is_empty());
        for raw in unknown {
            let err = assert_no_heap(
                || format!("{}::try_from({raw})", C::SET),
                || C::try_from(raw),
            )
            .expect_err("an unknown value");
            assert_eq!(err.code(), raw);
            let found = assert_no_heap(
                || format!("{}::from_code({raw})", C::SET),
                || C::from_code(raw),
            );
            assert_eq!(found, None);
        }
    }
    for_each_set!(check);
}

#[test]
fn texts_do_not_allocate() {
    fn check<C: Code>() {
        for &code in C::ALL {
            for &locale in Locale::ALL {
                let summary = assert_no_heap(
                    || format!("{code:?}.summary({locale:?})"),
                    || code.summary(locale),
                );
                let description = assert_no_heap(
                    || format!("{code:?}.description({locale:?})"),
                    || code.description(locale),
                );
                assert!(!summary.is_empty());
                assert!(description.starts_with(summary));
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn known_names_parse_without_allocating() {
    fn check<C: Code>() {
        for &code in C::ALL {
            for name in [code.sdk_name(), code.name()] {
                let parsed = assert_no_heap(
                    || format!("{}::from_str({name:?})", C::SET),
                    || name.parse::<C>(),
                );
                // `kPublicStreamOK`, the one name of `PublicStreamErrorCode` 200 (C++ 3.41 and 3.45),
                // names 0 in 3.46 and 3.50, and parses to that.
                assert_eq!(parsed, Ok(common::parses_to(code, name)));
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn display_into_a_presized_string_does_not_allocate() {
    fn check<C: Code>() {
        for &code in C::ALL {
            // Rendered once outside the counted region, so a text longer than 256 bytes still gets room.
            let expected = code.to_string();
            let mut buf = String::with_capacity(expected.len().max(256));
            assert_no_heap(
                || format!("write!(buf, \"{{}}\", {code:?})"),
                || write!(buf, "{code}"),
            )
            .expect("writing to a String");
            assert_eq!(buf, expected);

            for &locale in Locale::ALL {
                let localized = code.localized(locale);
                let expected = localized.to_string();
                let mut buf = String::with_capacity(expected.len().max(256));
                assert_no_heap(
                    || format!("write!(buf, \"{{}}\", {code:?}.localized({locale:?}))"),
                    || write!(buf, "{localized}"),
                )
                .expect("writing to a String");
                assert_eq!(buf, expected);

                // The same String, cleared and reused, as a logger would.
                assert_no_heap(
                    || format!("reusing the buffer for {code:?}.localized({locale:?})"),
                    || {
                        buf.clear();
                        write!(buf, "{localized}")
                    },
                )
                .expect("writing to a String");
                assert_eq!(buf, expected);
            }
        }
    }
    for_each_set!(check);
}

#[test]
fn cross_set_lookups_do_not_allocate() {
    for raw in (-8_000..=100).chain([i32::MIN, i32::MAX]) {
        let found = assert_no_heap(
            || format!("lookup({raw})"),
            || {
                bytertc_codes::lookup(black_box(raw))
                    .map(|c| c.code())
                    .sum::<i32>()
            },
        );
        black_box(found);
    }
    for any in bytertc_codes::AnyCode::all() {
        let found = assert_no_heap(
            || format!("lookup_name({})", any.sdk_name()),
            || bytertc_codes::lookup_name(black_box(any.sdk_name())).count(),
        );
        assert!(found >= 1);
    }
}

#[cfg(feature = "diff")]
#[test]
fn diff_iterates_without_allocating() {
    use bytertc_codes::{diff, Sdk};

    for &sdk in Sdk::ALL {
        let sources = sdk.sources();
        // Each source against the one as far from it in the family: forwards and backwards.
        for (&from, &to) in sources.iter().zip(sources.iter().rev()) {
            if from == to {
                continue;
            }
            let count = assert_no_heap(
                || format!("diff({from}, {to})"),
                || diff(from, to).map(Iterator::count),
            );
            assert!(count.is_ok_and(|count| count > 0), "{from} → {to}");
        }
        // An error allocates nothing either.
        let err = assert_no_heap(
            || "diff of a source with itself".to_owned(),
            || diff(sources[0], sources[0]).map(Iterator::count),
        );
        assert!(err.is_err());
    }
}
