//! What the SDK's reference says about each code, beyond its text: what to do, whether the user is out of
//! the room, whether the SDK retries by itself. Whether a code is an OK code is the tables' (`ok`), and
//! `OkCode` in `convert` tells it.
//!
//! Each answer is a short rule over variants, stated once here; the tests in `tests/behavior.rs` list every
//! code with its expected answer and check the rules against the Chinese texts' own words.

use crate::{ErrorCode, Locale, WarningCode};

/// What the SDK's reference page tells the application to do about an [`ErrorCode`].
///
/// Only what the page states: most codes state no action ([`Recovery::None`]).
///
/// ```
/// use bytertc_codes::{ErrorCode, Locale, Recovery};
///
/// assert_eq!(ErrorCode::InvalidToken.recovery(), Recovery::UpdateToken);
/// assert_eq!(ErrorCode::KickedOut.recovery(), Recovery::None);
/// assert_eq!(
///     Recovery::UpdateToken.hint(Locale::En),
///     Some("Get a new token and call updateToken with it.")
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Recovery {
    /// The page states no action.
    None,
    /// Get a new token and call `updateToken` (-1000).
    UpdateToken,
    /// Call `joinRoom` with a new token (-1009).
    RejoinWithNewToken,
    /// Join the room again (-1001).
    Rejoin,
    /// The SDK disconnected from the signaling server and will not reconnect: contact technical support
    /// (-1084).
    ContactSupport,
}

impl Recovery {
    /// The action in `locale`, as a short instruction; `None` for [`Recovery::None`]. The code's
    /// `description` has the page's full text.
    #[must_use]
    #[inline]
    pub const fn hint(self, locale: Locale) -> Option<&'static str> {
        match (self, locale) {
            (Recovery::None, _) => None,
            (Recovery::UpdateToken, Locale::Zh) => Some("重新获取 Token，调用 updateToken 更新。"),
            (Recovery::UpdateToken, Locale::En) => {
                Some("Get a new token and call updateToken with it.")
            }
            (Recovery::RejoinWithNewToken, Locale::Zh) => {
                Some("用新的 Token 调用 joinRoom 重新加入房间。")
            }
            (Recovery::RejoinWithNewToken, Locale::En) => {
                Some("Call joinRoom with a new token to join the room again.")
            }
            (Recovery::Rejoin, Locale::Zh) => Some("重新加入房间。"),
            (Recovery::Rejoin, Locale::En) => Some("Join the room again."),
            (Recovery::ContactSupport, Locale::Zh) => Some("联系技术支持（SDK 不会自动重连）。"),
            (Recovery::ContactSupport, Locale::En) => {
                Some("Contact technical support; the SDK will not reconnect by itself.")
            }
        }
    }

    /// The Rust variant name, e.g. `"UpdateToken"`.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Recovery::None => "None",
            Recovery::UpdateToken => "UpdateToken",
            Recovery::RejoinWithNewToken => "RejoinWithNewToken",
            Recovery::Rejoin => "Rejoin",
            Recovery::ContactSupport => "ContactSupport",
        }
    }
}

impl ErrorCode {
    /// What the reference page tells the application to do about this error.
    ///
    /// ```
    /// use bytertc_codes::{ErrorCode, Recovery};
    ///
    /// match ErrorCode::try_from(-1009).map(ErrorCode::recovery) {
    ///     Ok(Recovery::RejoinWithNewToken) => { /* fetch a token, call joinRoom */ }
    ///     Ok(_) | Err(_) => unreachable!(),
    /// }
    /// ```
    #[must_use]
    #[inline]
    pub const fn recovery(self) -> Recovery {
        match self {
            ErrorCode::InvalidToken => Recovery::UpdateToken,
            ErrorCode::TokenExpired => Recovery::RejoinWithNewToken,
            ErrorCode::JoinRoom => Recovery::Rejoin,
            ErrorCode::AbnormalServerStatus => Recovery::ContactSupport,
            _ => Recovery::None,
        }
    }

    /// Whether the page says the user was removed from the room (踢出, 移出, 退出房间) or refused entry
    /// (拒绝进房): after such an error the user is not in the room.
    ///
    /// ```
    /// use bytertc_codes::ErrorCode;
    ///
    /// assert!(ErrorCode::KickedOut.is_out_of_room());
    /// assert!(!ErrorCode::InvalidToken.is_out_of_room());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_out_of_room(self) -> bool {
        matches!(
            self,
            ErrorCode::DuplicateLogin
                | ErrorCode::KickedOut
                | ErrorCode::RoomDismiss
                | ErrorCode::ServerLicenseExpire
                | ErrorCode::ExceedsTheUpperLimit
                | ErrorCode::LicenseParameterError
                | ErrorCode::LicenseExpired
                | ErrorCode::AbnormalServerStatus
        )
    }
}

impl WarningCode {
    /// Whether the page says the SDK retries by itself after this warning (自动重试, 继续重试): -2000
    /// (from the Android page), -2001, -2002, -2003, -2004.
    ///
    /// ```
    /// use bytertc_codes::WarningCode;
    ///
    /// assert!(WarningCode::JoinRoomFailed.retried_by_sdk());
    /// assert!(!WarningCode::InEchoTestMode.retried_by_sdk());
    /// ```
    #[must_use]
    #[inline]
    pub const fn retried_by_sdk(self) -> bool {
        matches!(
            self,
            WarningCode::GetRoomFailed
                | WarningCode::JoinRoomFailed
                | WarningCode::PublishStreamFailed
                | WarningCode::SubscribeStreamFailed404
                | WarningCode::SubscribeStreamFailed5xx
        )
    }
}
