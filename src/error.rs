//! The crate's error types: an unknown integer code, an unknown name.

use core::fmt;

use crate::format::pad;
#[cfg(feature = "std")]
use crate::format::Shown;
use crate::CodeSet;

/// An integer that the named code set does not define.
///
/// Returned by `TryFrom<i32>` on every code enum. It keeps the exact input value, so nothing the SDK sent
/// is lost: log it, store it, or compare it.
///
/// ```
/// use bytertc_codes::{CodeSet, ErrorCode, UnknownCode};
///
/// let err: UnknownCode = ErrorCode::try_from(-1234).unwrap_err();
/// assert_eq!(err.code(), -1234);
/// assert_eq!(err.code_set(), CodeSet::ErrorCode);
/// assert_eq!(err.set(), "ErrorCode");
/// assert_eq!(err.to_string(), "unknown ByteRTC ErrorCode: -1234");
/// ```
/// Its `Display` honours width, fill and alignment like `str`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    // A one-byte set id rather than a `&str` keeps `Result<E, UnknownCode>` at 8 bytes, returned in a
    // register by `try_from`.
    set: CodeSet,
    code: i32,
}

impl UnknownCode {
    #[inline]
    pub(crate) const fn new(set: CodeSet, code: i32) -> Self {
        Self { set, code }
    }

    /// [`new`](Self::new) off the hot path of `try_from`.
    #[cold]
    #[inline(never)]
    pub(crate) fn cold(set: CodeSet, code: i32) -> Self {
        Self::new(set, code)
    }

    /// The integer exactly as it was given.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> i32 {
        self.code
    }

    /// The code set that does not define the value.
    ///
    /// Every error type of the crate that concerns a set gives it by `code_set()`, as
    /// [`AnyCode::code_set`](crate::AnyCode::code_set) does.
    #[must_use]
    #[inline]
    pub const fn code_set(&self) -> CodeSet {
        self.set
    }

    /// The name of the code set that does not define the value, e.g. `"ErrorCode"`: the
    /// [`name`](CodeSet::name) of [`code_set`](Self::code_set), as [`AnyCode::set`](crate::AnyCode::set)
    /// and `Code::SET` give it.
    #[must_use]
    #[inline]
    pub const fn set(&self) -> &'static str {
        self.set.name()
    }
}

impl fmt::Display for UnknownCode {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad(
            f,
            format_args!("unknown ByteRTC {}: {}", self.set.name(), self.code),
        )
    }
}

impl core::error::Error for UnknownCode {}

/// The rejected input of a parse error: kept with the `std` feature, absent without an allocator.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct RejectedInput {
    #[cfg(feature = "std")]
    text: Box<str>,
}

impl RejectedInput {
    #[cfg_attr(not(feature = "std"), allow(unused_variables))]
    #[inline]
    pub(crate) fn new(input: &str) -> Self {
        Self {
            #[cfg(feature = "std")]
            text: input.into(),
        }
    }

    /// The input exactly as it was given.
    #[cfg(feature = "std")]
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Debug for RejectedInput {
    /// The input quoted as `str`'s `Debug` shows it, bounded like [`Shown`] so that a huge input makes
    /// no huge message (`_` without `std`).
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(feature = "std")]
        return fmt::Display::fmt(&Shown(&self.text), f);
        #[cfg(not(feature = "std"))]
        return f.write_str("_");
    }
}

/// A string that is neither a Rust variant name nor an SDK identifier of the named code set.
///
/// Returned by `FromStr` on every code enum. With the `std` feature it keeps the rejected input
/// (`input()`), and its message quotes at most the first 64 bytes of it; without `std` (no allocator)
/// it names only the set.
///
/// ```
/// use bytertc_codes::{CodeSet, ErrorCode};
///
/// let err = "ERROR_CODE_NOPE".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(err.code_set(), CodeSet::ErrorCode);
/// assert_eq!(err.set(), "ErrorCode");
/// # #[cfg(feature = "std")]
/// assert_eq!(err.input(), "ERROR_CODE_NOPE");
/// # #[cfg(feature = "std")]
/// assert_eq!(err.to_string(), r#"unknown ByteRTC ErrorCode name: "ERROR_CODE_NOPE""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(feature = "std", error("unknown ByteRTC {} name: {:?}", inner.0.name(), inner.1))]
#[cfg_attr(not(feature = "std"), error("unknown ByteRTC {} name", set.name()))]
pub struct ParseCodeError {
    // One pointer, so that `Result<E, ParseCodeError>` is a pair of scalars returned in two registers.
    // With the set and the input inline (40 bytes, returned through memory) `from_str` on a known
    // name, the hot path, measured twice as slow. The rare error pays the allocations instead.
    #[cfg(feature = "std")]
    inner: Box<(CodeSet, RejectedInput)>,
    #[cfg(not(feature = "std"))]
    set: CodeSet,
}

impl ParseCodeError {
    // Cold and out of line: `from_str` on a known name stays a tight loop without the allocation code.
    #[cold]
    #[inline(never)]
    #[cfg_attr(not(feature = "std"), allow(unused_variables))]
    pub(crate) fn new(set: CodeSet, input: &str) -> Self {
        Self {
            #[cfg(feature = "std")]
            inner: Box::new((set, RejectedInput::new(input))),
            #[cfg(not(feature = "std"))]
            set,
        }
    }

    /// The code set that has no such name.
    ///
    /// Every error type of the crate that concerns a set gives it by `code_set()`, as
    /// [`AnyCode::code_set`](crate::AnyCode::code_set) does.
    #[must_use]
    #[inline]
    pub fn code_set(&self) -> CodeSet {
        #[cfg(feature = "std")]
        return self.inner.0;
        #[cfg(not(feature = "std"))]
        return self.set;
    }

    /// The name of the code set that has no such name, e.g. `"ErrorCode"`: the
    /// [`name`](CodeSet::name) of [`code_set`](Self::code_set), as [`AnyCode::set`](crate::AnyCode::set)
    /// and `Code::SET` give it.
    #[must_use]
    #[inline]
    pub fn set(&self) -> &'static str {
        self.code_set().name()
    }

    /// The rejected input, exactly as it was given, however long.
    #[cfg(feature = "std")]
    #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
    #[must_use]
    #[inline]
    pub fn input(&self) -> &str {
        self.inner.1.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_code_keeps_the_value_and_the_set() {
        for code in [i32::MIN, -1, 0, 1, i32::MAX] {
            let err = UnknownCode::new(CodeSet::WarningCode, code);
            assert_eq!(err.code(), code);
            assert_eq!(err.code_set(), CodeSet::WarningCode);
            assert_eq!(err.set(), "WarningCode");
            assert_eq!(
                err.to_string(),
                format!("unknown ByteRTC WarningCode: {code}")
            );
        }
    }

    #[test]
    fn a_failed_conversion_fits_in_a_register() {
        assert_eq!(core::mem::size_of::<UnknownCode>(), 8);
        assert_eq!(
            core::mem::size_of::<Result<crate::ErrorCode, UnknownCode>>(),
            8
        );
    }

    #[test]
    fn parse_error_names_the_set() {
        let err = ParseCodeError::new(CodeSet::LocalVideoStreamError, "bogus \"quoted\"");
        assert_eq!(err.code_set(), CodeSet::LocalVideoStreamError);
        assert_eq!(err.set(), "LocalVideoStreamError");
        #[cfg(feature = "std")]
        {
            assert_eq!(err.input(), "bogus \"quoted\"");
            assert_eq!(
                err.to_string(),
                r#"unknown ByteRTC LocalVideoStreamError name: "bogus \"quoted\"""#
            );
        }
    }
}
