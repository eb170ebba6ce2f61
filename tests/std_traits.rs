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
