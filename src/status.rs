//! The return value of every SDK API call: [`ReturnStatus::check`], [`RtsReturnStatus::check`] and
//! [`ReturnStatusError`].

use core::fmt;

use crate::{CodeSet, Locale, ReturnStatus, RtsReturnStatus};

impl ReturnStatus {
    /// Whether the headers call this value a warning rather than a failure: the call did its work,
    /// with a caveat (-202 `VideoTimeStampWarning`, -302 `AecSceneWarning`, -303 `AecTypeWarning`).
    ///
    /// ```
    /// use bytertc_codes::ReturnStatus;
    ///
    /// assert!(ReturnStatus::VideoTimeStampWarning.is_warning());
    /// assert!(!ReturnStatus::ParameterErr.is_warning());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_warning(self) -> bool {
        matches!(
            self,
            ReturnStatus::VideoTimeStampWarning
                | ReturnStatus::AecSceneWarning
                | ReturnStatus::AecTypeWarning
        )
    }

    /// Turns an API call's `int` return value into a `Result`, so that a wrapper can use `?`.
    ///
    /// Zero and positive values (some calls return an ID or a count) are `Ok`.
    ///
    /// # Errors
    ///
    /// Every negative value is an `Err` that keeps it, whether this crate knows it or not. Warnings
    /// are errors too, which [`ReturnStatusError::is_warning`] tells apart: handle them before the `?`
    /// if the call's work should count as done.
    ///
    /// # Examples
    ///
    /// ```
    /// use bytertc_codes::{ReturnStatus, ReturnStatusError};
    ///
    /// fn start_audio_capture(ret: i32) -> Result<(), ReturnStatusError> {
    ///     match ReturnStatus::check(ret) {
    ///         Err(warning) if warning.is_warning() => {
    ///             eprintln!("{warning}");
    ///             Ok(())
    ///         }
    ///         result => result,
    ///     }
    /// }
    /// assert!(start_audio_capture(0).is_ok());
    /// assert!(start_audio_capture(-303).is_ok()); // a warning
    /// let err = start_audio_capture(-2).unwrap_err();
    /// assert_eq!(err.status(), Some(ReturnStatus::ParameterErr));
    /// ```
    #[inline]
    pub const fn check(ret: i32) -> Result<(), ReturnStatusError> {
        if ret >= 0 {
            Ok(())
        } else {
            Err(ReturnStatusError { code: ret })
        }
    }
}

impl RtsReturnStatus {
    /// Turns an RTS SDK API call's `int` return value into a `Result`, by the rule of
    /// [`ReturnStatus::check`]: zero and positive values are `Ok`.
    ///
    /// # Errors
    ///
    /// Every negative value is an `Err` that keeps it, whether this crate knows it or not.
    ///
    /// The RTS SDK's values are [`ReturnStatus`]'s, so the error is a [`ReturnStatusError`], the one
    /// `ReturnStatus::check` returns: its [`status()`](ReturnStatusError::status) gives the
    /// `ReturnStatus` of the value, and `RtsReturnStatus::try_from(err.code())` the
    /// `RtsReturnStatus`. A value of `ReturnStatus` that the RTS SDK does not define (-6, say) has a
    /// `status()` and no `RtsReturnStatus`. None of the RTS SDK's values is a warning, so
    /// [`is_warning()`](ReturnStatusError::is_warning) is `false` for each of them.
    ///
    /// # Examples
    ///
    /// ```
    /// use bytertc_codes::{ReturnStatus, ReturnStatusError, RtsReturnStatus};
    ///
    /// fn rts_login(ret: i32) -> Result<(), ReturnStatusError> {
    ///     RtsReturnStatus::check(ret)?;
    ///     Ok(())
    /// }
    /// assert_eq!(rts_login(0), Ok(()));
    /// let err = rts_login(-5).unwrap_err();
    /// assert_eq!(err.code(), -5);
    /// assert_eq!(err.status(), Some(ReturnStatus::HasInLogin));
    /// assert_eq!(
    ///     RtsReturnStatus::try_from(err.code()),
    ///     Ok(RtsReturnStatus::HasInLogin)
    /// );
    /// assert!(!err.is_warning());
    /// // A value the crate does not know is kept.
    /// let unknown = RtsReturnStatus::check(-9999).unwrap_err();
    /// assert_eq!((unknown.code(), unknown.status()), (-9999, None));
    /// ```
    #[inline]
    pub const fn check(ret: i32) -> Result<(), ReturnStatusError> {
        ReturnStatus::check(ret)
    }
}

/// A negative return value of an SDK API call: a failure or a warning, known to this crate or not.
///
/// Returned by [`ReturnStatus::check`] and [`RtsReturnStatus::check`] (the RTS SDK's values are
/// `ReturnStatus`'s). It keeps the exact value; its `Display` is the English summary and the value.
///
/// ```
/// use bytertc_codes::ReturnStatus;
///
/// let err = ReturnStatus::check(-4).unwrap_err();
/// assert_eq!(err.code(), -4);
/// assert_eq!(err.status(), Some(ReturnStatus::HasInRoom));
/// assert!(err.to_string().ends_with("(-4)"));
/// let unknown = ReturnStatus::check(-9999).unwrap_err();
/// assert_eq!((unknown.code(), unknown.status()), (-9999, None));
/// assert_eq!(unknown.to_string(), "ByteRTC API call failed with an unknown status (-9999)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReturnStatusError {
    code: i32,
}

impl ReturnStatusError {
    /// The value the call returned, exactly.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> i32 {
        self.code
    }

    /// The set of the value: always [`CodeSet::ReturnStatus`], known value or not. Every error type of
    /// the crate that concerns a set gives it by `code_set()`, as [`AnyCode::code_set`](crate::AnyCode::code_set)
    /// does.
    ///
    /// ```
    /// use bytertc_codes::{CodeSet, ReturnStatus};
    ///
    /// assert_eq!(ReturnStatus::check(-9999).unwrap_err().code_set(), CodeSet::ReturnStatus);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code_set(&self) -> CodeSet {
        CodeSet::ReturnStatus
    }

    /// The [`ReturnStatus`] of the value, if this crate knows it.
    #[must_use]
    #[inline]
    pub const fn status(&self) -> Option<ReturnStatus> {
        ReturnStatus::from_code(self.code)
    }

    /// Whether the value is a warning ([`ReturnStatus::is_warning`]): the call did its work. An unknown
    /// value is not.
    #[must_use]
    #[inline]
    pub const fn is_warning(&self) -> bool {
        match self.status() {
            Some(status) => status.is_warning(),
            None => false,
        }
    }
}

impl fmt::Display for ReturnStatusError {
    /// The English summary and the value, e.g. `The user is already in the room (-4)`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status() {
            Some(status) => {
                crate::format::code(f, status.summary(Locale::En), self.code, Locale::En)
            }
            None => write!(
                f,
                "ByteRTC API call failed with an unknown status ({})",
                self.code
            ),
        }
    }
}

impl core::error::Error for ReturnStatusError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rts_return_status_check_is_return_status_check() {
        for ret in [i32::MIN, -9999, -8, -6, -5, -1, 0, 1, 42, i32::MAX] {
            assert_eq!(
                RtsReturnStatus::check(ret),
                ReturnStatus::check(ret),
                "{ret}"
            );
        }
        assert_eq!(RtsReturnStatus::check(0), Ok(()));
        assert_eq!(RtsReturnStatus::check(42), Ok(())); // an ID or a count
        let err = RtsReturnStatus::check(-6).unwrap_err();
        // -6 is ReturnStatus's HasInEchoTest, which the RTS SDK does not have.
        assert_eq!(err.status(), Some(ReturnStatus::HasInEchoTest));
        assert!(RtsReturnStatus::try_from(err.code()).is_err());
    }

    #[test]
    fn rts_return_status_check_keeps_each_failure() {
        for &status in RtsReturnStatus::ALL {
            let result = RtsReturnStatus::check(status.code());
            if status == RtsReturnStatus::Success {
                assert_eq!(result, Ok(()));
                continue;
            }
            let err = result.unwrap_err();
            assert_eq!(err.code(), status.code());
            assert_eq!(err.code_set(), CodeSet::ReturnStatus);
            assert_eq!(err.status(), Some(ReturnStatus::from(status)));
            assert_eq!(RtsReturnStatus::try_from(err.code()), Ok(status));
            assert!(!err.is_warning(), "{status:?}");
            assert_eq!(err.to_string(), status.to_string());
        }
    }
}
