//! The standard traits of every code enum behave as `#[derive]` would make them: equality, order and
//! hashing follow the integer value, `Clone` copies, and constants work as patterns.

mod common;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use bytertc_codes::{Code, ErrorCode, LocalVideoStreamError};
use common::for_each_set;

fn hash_of<T: Hash>(value: T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// What `#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]` gives a `#[repr(i32)]` enum.
fn behaves_as_derived<C: Code>() {
    for &a in C::ALL {
        #[allow(clippy::clone_on_copy)]
        let copy = a.clone();
        assert_eq!(copy, a);
        assert_eq!(hash_of(a), hash_of(a.code()), "{a:?}");
        for &b in C::ALL {
            assert_eq!(a == b, a.code() == b.code());
            assert_eq!(a.cmp(&b), a.code().cmp(&b.code()), "{a:?} {b:?}");
            assert_eq!(a.partial_cmp(&b), Some(a.cmp(&b)));
        }
    }
}

#[test]
fn equality_order_and_hash_follow_the_value_in_every_set() {
    for_each_set!(behaves_as_derived);
}

#[test]
fn constants_of_a_code_work_as_patterns() {
    const TOKEN: ErrorCode = ErrorCode::InvalidToken;
    const BUSY: LocalVideoStreamError = LocalVideoStreamError::DeviceBusy;
    assert!(matches!(ErrorCode::try_from(-1000), Ok(TOKEN)));
    assert!(!matches!(ErrorCode::try_from(-1001), Ok(TOKEN)));
    assert!(matches!(LocalVideoStreamError::try_from(3), Ok(BUSY)));
}

#[test]
fn any_code_orders_by_set_then_value_and_debugs_as_derived() {
    use bytertc_codes::{AnyCode, CodeSet};
    let all = AnyCode::ALL;
    for pair in all.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.code_set() == b.code_set() {
            assert_eq!(a.cmp(&b), a.code().cmp(&b.code()), "{a:?} {b:?}");
        } else {
            assert!(a < b, "{a:?} {b:?}");
        }
    }
    for &a in all.iter().step_by(7) {
        assert_eq!(hash_of(a), hash_of(a), "{a:?}");
        for &b in all.iter().step_by(11) {
            assert_eq!(a == b, (a.code_set(), a.code()) == (b.code_set(), b.code()));
            assert_eq!(
                a.cmp(&b),
                CodeSet::ALL
                    .iter()
                    .position(|&s| s == a.code_set())
                    .cmp(&CodeSet::ALL.iter().position(|&s| s == b.code_set()))
                    .then(a.code().cmp(&b.code()))
            );
        }
    }
    let code = AnyCode::ErrorCode(ErrorCode::InvalidToken);
    assert_eq!(format!("{code:?}"), "ErrorCode(InvalidToken)");
    assert_eq!(format!("{code:#?}"), "ErrorCode(\n    InvalidToken,\n)");
    const TOKEN: AnyCode = AnyCode::ErrorCode(ErrorCode::InvalidToken);
    assert!(matches!(code, TOKEN));
}
