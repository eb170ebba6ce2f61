//! Conversions between a set's enum and [`AnyCode`], the OK codes of the sets that have them, and the
//! bodies of the trait impls that every set has.
//!
//! A trait impl's method costs every application's build about 0.3–0.5 M compiler instructions more
//! for a `match` or a call of a trait method (`i32::cmp`, `Hasher::write_i32`) in its body than for one
//! call of a function, and every set has them all (measured with cachegrind). So the bodies of
//! `code_set!`'s impls that need more than a cast and an operator are one call each to a function
//! here, generic over the set: checked once, not once a set; after inlining the machine code is the
//! same.

use core::cmp::Ordering;
use core::fmt;

use crate::{AnyCode, Code, CodeSet, ParseCodeError, UnknownCode};

/// A code of another set than the one it was converted to: returned by `TryFrom<AnyCode>` on every
/// code enum.
///
/// It keeps the code, so nothing is lost: [`code`](Self::code) is the code that was given (its own
/// set is `code().code_set()`) and [`code_set`](Self::code_set) the set it is not in.
///
/// ```
/// use bytertc_codes::{AnyCode, CodeSet, ErrorCode, WarningCode, WrongSet};
///
/// let any = AnyCode::from(WarningCode::JoinRoomFailed);
/// let err: WrongSet = ErrorCode::try_from(any).unwrap_err();
/// assert_eq!(err.code(), any);
/// assert_eq!(err.code_set(), CodeSet::ErrorCode);
/// assert_eq!(
///     err.to_string(),
///     "ByteRTC WarningCode -2001 (JoinRoomFailed) is not a code of ErrorCode"
/// );
/// assert_eq!(WarningCode::try_from(any), Ok(WarningCode::JoinRoomFailed));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WrongSet {
    code: AnyCode,
    set: CodeSet,
}

impl WrongSet {
    /// The error of converting `code` to a code of `set`.
    #[inline]
    const fn new(code: AnyCode, set: CodeSet) -> Self {
        Self { code, set }
    }

    /// The code that was given.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> AnyCode {
        self.code
    }

    /// The set the code was converted to, which it is not in (the code's own set is
    /// `code().code_set()`).
    ///
    /// Every error type of the crate that concerns a set gives it by `code_set()`, as
    /// [`AnyCode::code_set`] does.
    #[must_use]
    #[inline]
    pub const fn code_set(&self) -> CodeSet {
        self.set
    }
}

impl fmt::Display for WrongSet {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        code_not_in(f, self.code, "is not a code of", self.set)
    }
}

/// The message of a conversion error: `ByteRTC <set> <value> (<name>) <what> <other set>`.
#[inline]
pub(crate) fn code_not_in(
    f: &mut fmt::Formatter<'_>,
    code: AnyCode,
    what: &str,
    set: CodeSet,
) -> fmt::Result {
    write!(
        f,
        "ByteRTC {} {} ({}) {what} {}",
        code.set(),
        code.code(),
        code.name(),
        set.name()
    )
}

impl core::error::Error for WrongSet {}

/// `TryFrom<i32>` of every set: `found`, the code `from_code` found for `code`, or the error that keeps
/// `code`.
// `#[inline(always)]`, here and on the other one-line bodies below, with clippy's pedantic
// `inline_always` allowed: `#[inline]` gives the same machine code in a release build (compared on
// sorting, hashing, `iter`, `try_from`, `from_str`, `summary` and `description`), but costs a debug
// build more: with `#[inline]` on these and on `AnyCode::parts` and `row`, the application of
// `benches/build-cost.sh --instructions` (which calls `try_from`, `from_str`, `Display` and
// `lookup`) took 10 M to 13 M more compiler instructions (0.4 %, two runs).
#[allow(clippy::inline_always)]
#[inline(always)]
pub(crate) fn known<C: Code>(found: Option<C>, code: i32) -> Result<C, UnknownCode> {
    match found {
        Some(value) => Ok(value),
        // Cold, so known codes take a predicted branch instead of a select between both results:
        // the SDK sends codes this crate knows far more often than others.
        None => Err(UnknownCode::cold(C::CODE_SET, code)),
    }
}

/// `FromStr` of every set: the code that `s` names, or the error that keeps `s`.
#[allow(clippy::inline_always)] // See `known`.
#[inline(always)]
pub(crate) fn parse<C: Code>(s: &str) -> Result<C, ParseCodeError> {
    match C::from_name(s) {
        Some(code) => Ok(code),
        None => Err(ParseCodeError::new(C::CODE_SET, s)),
    }
}

/// `Ord` of every set: by the integer value.
#[allow(clippy::inline_always)] // See `known`.
#[inline(always)]
pub(crate) fn cmp<C: Code>(a: &C, b: &C) -> Ordering {
    C::code(*a).cmp(&C::code(*b))
}

/// `PartialOrd` of every set: [`cmp`].
// The body of every set's `PartialOrd::partial_cmp`, whose signature returns an `Option`.
#[allow(clippy::unnecessary_wraps, clippy::inline_always)] // `inline_always`: see `known`.
#[inline(always)]
pub(crate) fn partial_cmp<C: Code>(a: &C, b: &C) -> Option<Ordering> {
    Some(cmp(a, b))
}

/// `Hash` of every set: the integer value, as `#[derive(Hash)]` hashes a `#[repr(i32)]` enum's.
#[allow(clippy::inline_always)] // See `known`.
#[inline(always)]
pub(crate) fn hash<C: Code, H: core::hash::Hasher>(code: &C, state: &mut H) {
    state.write_i32(C::code(*code));
}

/// `IntoEnumIterator` of every set: every code of `all`.
#[allow(clippy::inline_always)] // See `known`.
#[inline(always)]
pub(crate) fn iter<C: Copy>(
    all: &'static [C],
) -> core::iter::Copied<core::slice::Iter<'static, C>> {
    all.iter().copied()
}

/// `TryFrom<AnyCode>` of every set: the code, if it is one of `C`.
#[inline]
pub(crate) fn narrow<C: Code>(code: AnyCode) -> Result<C, WrongSet> {
    match C::from_code(code.code()) {
        Some(narrowed) if code.code_set() == C::CODE_SET => Ok(narrowed),
        _ => Err(WrongSet::new(code, C::CODE_SET)),
    }
}

/// `TryFrom<Other> for Set` where `Set` mirrors `Other` (`same_as` in its table: `RtsErrorCode` mirrors
/// `ErrorCode`): the code of `C` with the value of `code`, which the generator checks is the one that
/// mirrors it.
#[inline]
pub(crate) fn mirror<C: Code>(code: AnyCode) -> Result<C, crate::NoCounterpart> {
    match C::from_code(code.code()) {
        Some(mirrored) => Ok(mirrored),
        None => Err(crate::NoCounterpart::new(code, C::CODE_SET)),
    }
}

/// `num_enum::TryFromPrimitive` of every set: the code with the value `number`, or `num_enum`'s error
/// keeping it.
#[cfg(feature = "num_enum")]
#[inline]
pub(crate) fn try_from_primitive<C>(number: i32) -> Result<C, num_enum::TryFromPrimitiveError<C>>
where
    C: Code + num_enum::TryFromPrimitive<Primitive = i32>,
{
    match C::from_code(number) {
        Some(code) => Ok(code),
        None => Err(num_enum::TryFromPrimitiveError::new(number)),
    }
}

/// Whether `code` is an OK code of `set`.
#[inline]
pub(crate) const fn is_ok(set: CodeSet, code: i32) -> bool {
    let ok = crate::codes::OK[set as usize];
    let mut i = 0;
    while i < ok.len() {
        if ok[i] == code {
            return true;
        }
        i += 1;
    }
    false
}

/// A code set with OK codes: codes that say the operation succeeded or that nothing is wrong, such as
/// `AudioMixingError::Ok`, `LoginErrorCode::Success` or `ReturnStatus::Success`, beside codes that
/// say what failed.
///
/// Implemented by the sets that have them (see "OK codes" in `docs/sets.md` for the list and the rule);
/// [`AnyCode::is_ok`] and [`AnyCode::into_result`] do the same for a code of any set. Like [`Code`],
/// whose methods it adds to, the trait is written once, so it costs nothing per set to compile; `use
/// bytertc_codes::*;` brings it in. The three local state sets also have both methods as `const fn`s
/// of their own ([`LocalAudioStreamError::is_ok`](crate::LocalAudioStreamError::is_ok), …).
///
/// ```
/// use bytertc_codes::{LoginErrorCode, MessageSendResultCode, OkCode, PlayerError};
///
/// fn on_login_result(raw: i32) -> Result<(), Box<dyn std::error::Error>> {
///     LoginErrorCode::try_from(raw)?.into_result()?;
///     Ok(())
/// }
///
/// assert!(on_login_result(0).is_ok());
/// assert_eq!(
///     on_login_result(-1000).unwrap_err().to_string(),
///     LoginErrorCode::InvalidToken.to_string()
/// );
/// assert!(on_login_result(12_345).is_err()); // an unknown value
///
/// // Generic code takes any set that has OK codes.
/// fn failures<C: OkCode>() -> usize {
///     C::ALL.iter().filter(|code| !code.is_ok()).count()
/// }
/// assert_eq!(failures::<PlayerError>(), PlayerError::ALL.len() - 1);
/// // A message is sent to a user (`Success`, 0) or to a room (`RoomSuccess`, 200).
/// assert!(MessageSendResultCode::RoomSuccess.is_ok());
/// assert_eq!(failures::<MessageSendResultCode>(), MessageSendResultCode::ALL.len() - 2);
/// ```
pub trait OkCode: Code {
    /// Whether this is an OK code of its set.
    #[must_use]
    #[inline]
    fn is_ok(self) -> bool {
        is_ok(Self::CODE_SET, self.code())
    }

    /// `Ok(())` for an OK code ([`is_ok`](Self::is_ok)), so that `?` works in a callback.
    ///
    /// # Errors
    ///
    /// `Err(self)` for every code that is not an OK code of its set.
    #[inline]
    fn into_result(self) -> Result<(), Self> {
        if self.is_ok() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl AnyCode {
    /// Whether this is an OK code of its set ([`OkCode`]): a code that says the operation succeeded or
    /// that nothing is wrong, such as `AudioMixingError::Ok` or `ReturnStatus::Success`; `false` for
    /// every code of a set that has none.
    ///
    /// ```
    /// use bytertc_codes::{AnyCode, ErrorCode, LoginErrorCode, MessageSendResultCode};
    ///
    /// assert!(AnyCode::from(LoginErrorCode::Success).is_ok());
    /// assert!(AnyCode::from(MessageSendResultCode::RoomSuccess).is_ok());
    /// assert!(!AnyCode::from(LoginErrorCode::InvalidToken).is_ok());
    /// assert!(!AnyCode::from(ErrorCode::InvalidToken).is_ok()); // no ErrorCode is OK
    /// ```
    #[must_use]
    #[inline]
    pub fn is_ok(self) -> bool {
        is_ok(self.code_set(), self.code())
    }

    /// `Ok(())` for an OK code ([`is_ok`](Self::is_ok)), so that `?` works on a code of any set.
    ///
    /// # Errors
    ///
    /// `Err(self)` for every code that is not an OK code of its set, which is every code of a set that
    /// has none.
    ///
    /// # Examples
    ///
    /// ```
    /// use bytertc_codes::{AnyCode, CodeSet, PlayerError};
    ///
    /// fn on_result(set: CodeSet, raw: i32) -> Result<(), Box<dyn std::error::Error>> {
    ///     let code = set.from_code(raw).ok_or("unknown code")?;
    ///     code.into_result()?;
    ///     Ok(())
    /// }
    ///
    /// assert!(on_result(CodeSet::PlayerError, 0).is_ok());
    /// assert!(on_result(CodeSet::ErrorCode, -1000).is_err());
    /// let err = AnyCode::from(PlayerError::InvalidState).into_result().unwrap_err();
    /// assert_eq!(err, AnyCode::from(PlayerError::InvalidState));
    /// ```
    #[inline]
    pub fn into_result(self) -> Result<(), AnyCode> {
        if self.is_ok() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// Like every code enum, so that `?` takes it into a `Box<dyn Error>`.
impl core::error::Error for AnyCode {}
