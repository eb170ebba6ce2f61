//! Typed, lossless, bilingual codes of the ByteRTC (Volcano Engine RTC) SDK.
//!
//! The ByteRTC SDK reports trouble as bare integers. This crate turns each of them into a
//! `#[repr(i32)]` enum you can `match` on, print in Chinese or English, log, and store — and gives every
//! integer it does not know back to you unchanged, in an [`UnknownCode`].
//!
//! # The code sets, and who sends them
//!
//! | enum | delivered by | meaning |
//! | --- | --- | --- |
//! | [`ErrorCode`] | `onError` (from 3.60 mostly the room, publish and subscribe state callbacks) | an error the SDK cannot recover from by itself (`-1000`…`-1111`) |
//! | [`WarningCode`] | `onWarning` (from 3.60 some through the state callbacks) | a problem the SDK is trying to recover from; a notification only (`-2000`…`-7005`) |
//! | [`LocalAudioStreamError`] | the local audio state callback (`onLocalAudioStateChanged`) | why the microphone stream changed state (`0`…`6`) |
//! | [`LocalVideoStreamError`] | the local video state callback (`onLocalVideoStateChanged`) | why the camera stream changed state (`0`…`7`) |
//! | [`AudioRecordingErrorCode`] | the audio recording state callback (`onAudioRecordingStateUpdate`) | the result of recording audio to a file (`0`…`-6`) |
//!
//! Those are the five sets of the SDK's Unity reference page. The others come from the other
//! platforms' pages and the C++, Objective-C and Electron headers of every release from 3.24 to
//! 3.61: the reasons of the state callbacks ([`RoomStateChangeReason`], [`PublishStateChangeReason`],
//! [`SubscribeStateChangeReason`], …) through which the C++ and Electron SDKs report most trouble
//! from 3.60 on, a reason that stands for a 3.58 [`ErrorCode`] or [`WarningCode`] converting into it
//! with `TryFrom` ([`AnyCode::links`]); why a remote user left or a stream was removed
//! ([`UserOfflineReason`], [`StreamRemoveReason`]); the results of `login` ([`LoginErrorCode`]) and
//! of sending messages ([`UserMessageSendResult`], [`RoomMessageSendResult`],
//! [`MessageSendResultCode`]); media players and mixing ([`AudioMixingError`], [`PlayerError`],
//! [`PlayerEvent`]); forwarding and pushing streams and their events ([`ForwardStreamError`],
//! [`StreamMixingErrorCode`], [`MixedStreamTaskEvent`], [`SingleStreamPushEvent`],
//! [`PublicStreamErrorCode`], …); recording, snapshots, echo tests, subtitles, KTV, user visibility,
//! the local proxy, speech recognition; and the RTS SDK ([`RtsErrorCode`], [`RtsWarningCode`] and
//! [`RtsReturnStatus`], which convert into the [`ErrorCode`], [`WarningCode`] and [`ReturnStatus`]
//! they mirror, and back with `TryFrom`). Every API call returns a [`ReturnStatus`]
//! ([`ReturnStatus::check`] turns it into a `Result`). [`CodeSet::ALL`] lists every set, with the
//! callbacks that deliver each:
//!
//! ```
//! use bytertc_codes::CodeSet;
//!
//! assert_eq!(CodeSet::ALL.len(), 63);
//! assert_eq!(CodeSet::UserOfflineReason.callbacks().collect::<Vec<_>>(), ["onUserLeave"]);
//! // `0` is a value of most sets (see below).
//! assert!(bytertc_codes::lookup(0).count() > CodeSet::ALL.len() / 2);
//! ```
//!
//! **The same integer means different things in different sets.** `3` is
//! [`LocalAudioStreamError::DeviceBusy`] from the audio callback and [`LocalVideoStreamError::DeviceBusy`]
//! from the video one; `4` is a failed recording in one and a missing camera in the other; `0` is a
//! value of most sets. Convert a code with the enum of the callback that delivered it.
//!
//! # Example
//!
//! ```
//! use bytertc_codes::*;
//!
//! // onError(-1000)
//! match ErrorCode::try_from(-1000) {
//!     Ok(ErrorCode::InvalidToken) => { /* fetch a new token, call updateToken */ }
//!     Ok(other) => eprintln!("ByteRTC error: {other}"),
//!     Err(unknown) => eprintln!("{unknown}"), // a code newer than this crate: the value is kept
//! }
//!
//! let code = ErrorCode::InvalidToken;
//! assert_eq!(code.code(), -1000);
//! assert_eq!(code.sdk_name(), "ERROR_CODE_INVALID_TOKEN");
//! assert_eq!(code.summary(Locale::Zh), "Token 无效。");
//! assert_eq!(code.to_string(), "Token is invalid (-1000)");
//! assert_eq!(code.localized(Locale::Zh).to_string(), "Token 无效。（-1000）");
//!
//! // Nothing is lost: an unknown value comes back unchanged.
//! let unknown = ErrorCode::try_from(-1234).unwrap_err();
//! assert_eq!(unknown.code(), -1234);
//! assert_eq!(unknown.to_string(), "unknown ByteRTC ErrorCode: -1234");
//!
//! // Names parse in both forms; every set can be iterated.
//! assert_eq!("InvalidToken".parse::<ErrorCode>(), Ok(code));
//! assert_eq!("ERROR_CODE_INVALID_TOKEN".parse::<ErrorCode>(), Ok(code));
//! assert_eq!(ErrorCode::iter().count(), ErrorCode::COUNT);
//! ```
//!
//! # What every code enum has
//!
//! Each enum is `#[non_exhaustive]` (new SDK codes arrive in minor releases, so a `match`
//! needs a `_` arm), fieldless, `Copy + Eq + Ord + Hash`, and has:
//!
//! - `code()` / `from_code()` (`const fn`), `TryFrom<i32>` (error: [`UnknownCode`]) and `From<E> for i32`;
//! - `PartialEq<i32>` both ways (`ErrorCode::InvalidToken == -1000`, `-1000 == ErrorCode::InvalidToken`),
//!   and `TryFrom<AnyCode>` (error: [`WrongSet`], which keeps the code);
//! - `name()` (the Rust variant name), `sdk_name()` (the SDK identifier), `identifier(platform)`,
//!   `from_name()` (an `Option`, never allocates) and `FromStr` for any of them (error:
//!   [`ParseCodeError`]);
//! - `platforms()` ([`Platforms`]) and `deprecation()` ([`Deprecation`]); and, through the [`Code`]
//!   trait, `sources()` ([`Sources`]), `identifier_in(source)`, `is_hidden()`, `hidden_in()`,
//!   `hidden_on()` and `other_meanings()` ([`Meaning`]);
//! - `summary(locale)` and `description(locale)` (`const fn`), `localized(locale)` ([`Localized`]),
//!   and `Display`: the English summary and the code;
//! - `ALL`, `SET`, strum's `iter()` ([`IntoEnumIterator`]), `COUNT` ([`EnumCount`]) and `IntoStaticStr`;
//! - `std::error::Error` (`core::error::Error` without `std`), and the [`Code`] trait for generic code;
//! - with the `num_enum` feature, `num_enum::TryFromPrimitive`.
//!
//! The sets with OK codes (`AudioMixingError::Ok`, `ReturnStatus::Success`, …: "OK codes" in
//! `docs/sets.md` says which and why) also implement [`OkCode`]: `is_ok()` and `into_result()`, so that `?`
//! works in a callback.
//!
//! ```
//! use bytertc_codes::*;
//!
//! assert!(ErrorCode::InvalidToken == -1000 && -1000 == ErrorCode::InvalidToken);
//!
//! let any = AnyCode::from(ErrorCode::InvalidToken);
//! assert_eq!(ErrorCode::try_from(any), Ok(ErrorCode::InvalidToken));
//! assert_eq!(WarningCode::try_from(any).unwrap_err().code(), any); // another set: the code is kept
//! assert_eq!(RtsErrorCode::try_from(ErrorCode::InvalidToken), Ok(RtsErrorCode::InvalidToken));
//!
//! assert_eq!(PlayerError::Ok.into_result(), Ok(()));
//! assert_eq!(PlayerError::InvalidPath.into_result(), Err(PlayerError::InvalidPath));
//! ```
//!
//! # Codes of any set, and what to do about them
//!
//! [`AnyCode`] holds a code of any set; [`lookup`] finds every set that defines an integer and
//! [`lookup_name`] every code a name names. [`ErrorCode::recovery`] tells what the reference page says to
//! do ([`Recovery`]), [`ErrorCode::is_out_of_room`] whether the user is out of the room,
//! [`WarningCode::retried_by_sdk`] whether the SDK retries by itself, and [`OkCode::into_result`] and
//! [`AnyCode::into_result`] make `?` work in a callback.
//!
//! # Platforms and releases
//!
//! The codes come from the SDK 3.58 reference pages of every platform — Unity, Android, iOS, macOS,
//! Windows, Linux, Electron — and from every public release from 3.24 to 3.61 that could be found
//! (38 [`Source`]s in four families, [`Sdk`]): the C++ SDK headers (of one platform each: Windows up
//! to 3.58, Linux for 3.60 and 3.61), the Objective-C headers, and the Android and Electron reference
//! pages and type definitions, since a Rust application links the C/C++ SDK of whatever release it
//! ships (or runs beside the Android or iOS one). A release with no public source is a gap, not an
//! absence ([`Source`] lists them).
//!
//! `platforms()`, `identifier()` and `deprecation()` are methods of each enum; `sources()`,
//! `identifier_in()`, `is_hidden()`, `hidden_in()`, `hidden_on()` and `other_meanings()` are methods
//! of the [`Code`] trait (and of [`AnyCode`]): written once, they cost nothing per set to compile, and
//! `use bytertc_codes::*;` (or `use bytertc_codes::Code;`) brings the trait in.
//!
//! - [`platforms()`](ErrorCode::platforms) tells which pages list a code and
//!   [`identifier(platform)`](ErrorCode::identifier) its name there;
//! - [`sources()`](Code::sources) tells which releases' headers or pages define it ([`Sources`]:
//!   its `Display` shows the first and last release per family, naming gaps) and
//!   [`identifier_in(source)`](Code::identifier_in) its name there: every one of these names
//!   parses;
//! - [`is_hidden()`](Code::is_hidden) tells that the newest C++ header marks it `@hidden` with no
//!   platform list (for internal use): undocumented, but the SDK can still deliver it;
//!   [`hidden_in()`](Code::hidden_in) gives every source that marks it so, and
//!   [`hidden_on()`](Code::hidden_on) the platforms of a scoped `@hidden(…)` mark (left out of those
//!   platforms' docs, documented on the others);
//! - [`deprecation()`](ErrorCode::deprecation) tells where a page or header marks it deprecated, and
//!   what replaces it, even a code of another set ([`Deprecation`]);
//! - [`other_meanings()`](Code::other_meanings) tells what a later release says it means, where
//!   that changed ([`Meaning`]), and in which sources;
//! - with the `diff` feature, `diff(from, to)` lists what changes between two releases of a family:
//!   what an SDK upgrade brings.
//!
//! ```
//! use bytertc_codes::{Code, ErrorCode, Source};
//!
//! // A 3.61 C++ build reports -1085, which no 3.58 page lists.
//! let code = ErrorCode::try_from(-1085).unwrap();
//! assert_eq!(code, ErrorCode::MultiRoomUnpublishFailed);
//! assert!(code.platforms().is_empty() && code.sources().contains(Source::Cpp3_61));
//! assert!(code.is_hidden());
//!
//! // -1007 left the C++ headers in 3.60; Electron 3.60.1 still defines it.
//! let code = ErrorCode::RoomIdIllegal;
//! assert_eq!(code.identifier_in(Source::Cpp3_61), None);
//! assert_eq!(code.identifier_in(Source::Electron3_60_1), Some("kRoomErrorCodeRoomIdIllegal"));
//!
//! // The 3.60 headers renamed the license errors; both names parse.
//! assert_eq!("kErrorCodeJoinRoomServerLicenseExpired".parse(), Ok(ErrorCode::ServerLicenseExpire));
//! assert_eq!("ERROR_CODE_SERVER_LICENSE_EXPIRE".parse(), Ok(ErrorCode::ServerLicenseExpire));
//! ```
//!
//! # Texts
//!
//! The Chinese texts are the reference pages' own (the Unity page's where it lists the code, else the
//! first other page's), cleaned of markup only; for a code no page lists, the newest header's that
//! has one (a few codes have none anywhere — `ErrorCode` and `RtsErrorCode` -1111, `RtsWarningCode`
//! -2000, the seven `RtsReturnStatus` codes, and `ErrorCode` -1072, which no page or header lists at
//! all: their texts are this crate's, and their rustdoc says so).
//! The first line of a description is its summary. The English texts say the same, written for this
//! crate.
//!
//! # Features
//!
//! - `std` (default): `std::error::Error`, and parse errors that keep the rejected string. Without it the
//!   crate is `#![no_std]` and needs no allocator.
//! - `serde`: serializes a code as its integer (the SDK's wire form); deserializes from the integer,
//!   from the integer in a string (a JSON or TOML map key) or from any of its names. [`AnyCode`] is
//!   its set and value (`{"set": "ErrorCode", "code": -1000}` in JSON), [`CodeSet`] its name and
//!   [`Locale`] its tag.
//! - `num_enum`: `num_enum::TryFromPrimitive` for every code enum, for code generic over it. `num_enum`
//!   always brings its derive macro and `syn` into the build, so the feature is off by default.
//! - `diff`: `diff()` and `diff_set()`, what changes for an application that moves from one SDK
//!   release to another (codes added, removed, renamed, hidden, shown, deprecated, meanings
//!   changed), as an iterator that allocates nothing; no `std` needed. Off by default: it adds
//!   about 2 % to the compiler instructions of the library, which every application would pay for a
//!   tool most use only in their tests.
//! - `cli`: builds the `bytertc-codes` command-line tool (`explain`, `list`, `search`, `annotate`,
//!   `diff`; it turns `diff` on); the library itself does not change.

#![cfg_attr(not(any(feature = "std", test)), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Every function that is not generic is `#[inline]` (but the few marked `#[cold]` or
// `#[inline(never)]`): a debug build then compiles to machine code only the functions a crate
// calls, in that crate, rather than every function of the library in the library. Measured with
// cachegrind on the library's `rustc` (debug, the 36 sets of the time): 2,653 M instructions before, 2,122 M after;
// the generated application of `benches/build-cost.sh`, which calls the common API on every set,
// 1,615 M before, 1,724 M after.

#[macro_use]
mod macros;
#[macro_use]
// One attribute here rather than one a set (each costs every set's compile):
// - every set's `partial_cmp` is `Some(Ord::cmp(..))` in one call (see `convert::partial_cmp`), which
//   clippy does not see through;
// - `Clone` is written by hand on purpose, though the enums are `Copy`: `code_set!` writes what a
//   derive would, at a fraction of its cost to compile (see src/macros.rs);
// - the generated docs give the SDK's texts exactly as `description` returns them, identifiers
//   (`joinRoom`, `LICENSE_AUTHENTICATE`) unquoted as the SDK writes them: backticks would change the
//   quotes (pedantic `doc_markdown`; words that are not code are in clippy.toml).
#[allow(
    clippy::non_canonical_partial_ord_impl,
    clippy::expl_impl_clone_on_copy,
    clippy::doc_markdown
)]
mod codes;

mod any;
mod behavior;
mod code;
mod convert;
#[cfg(feature = "diff")]
mod diff;
mod error;
mod format;
mod link;
mod locale;
mod platform;
#[cfg(feature = "serde")]
mod serde_impl;
mod set;
mod source;
mod status;
mod table;

pub use any::{lookup, lookup_name, AnyCode, ParseAnyCodeError};
pub use behavior::Recovery;
pub use code::{Code, Localized};
pub use codes::*;
pub use convert::{OkCode, WrongSet};
#[cfg(feature = "diff")]
pub use diff::{diff, diff_set, Change, ChangeKind, Diff, DiffError, ParseChangeKindError};
pub use error::{ParseCodeError, UnknownCode};
pub use link::{Evidence, Inference, Link, NoCounterpart, Relation};
pub use locale::{Locale, ParseLocaleError};
pub use platform::{Deprecation, ParsePlatformError, Platform, Platforms};
pub use set::{CodeSet, ParseCodeSetError};
pub use source::{Meaning, ParseSdkError, ParseSourceError, Sdk, Source, Sources};
pub use status::ReturnStatusError;
/// Re-exported from strum so that `E::COUNT` and `E::iter()` work with `use bytertc_codes::*;` alone.
pub use strum::{EnumCount, IntoEnumIterator};

/// The README's examples are tests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// So are those of the pages in `docs/`.
#[cfg(doctest)]
#[doc = include_str!("../docs/sets.md")]
#[doc = include_str!("../docs/sources.md")]
#[doc = include_str!("../docs/tool.md")]
#[doc = include_str!("../docs/performance.md")]
struct DocsDoctests;
