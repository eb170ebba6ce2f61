//! The ByteRTC C++ SDK's event handlers, wired to Rust over FFI: raw `int`s in, typed codes out.
//!
//! Run it with `cargo run --example ffi_callbacks`; it needs no SDK.
//!
//! A Rust application links the C++ SDK through a small C++ shim: a class that derives from the SDK's
//! engine handler (`IRTCVideoEventHandler` up to 3.58, `IRTCEngineEventHandler` from 3.60) and its
//! room handler (`IRTCRoomEventHandler`), and forwards the integer arguments of each callback to a
//! table of `extern "C"` functions that Rust hands it at start-up (`shim_set_handlers(&HANDLERS)`,
//! a C function of the shim: the one `unsafe` call of the integration). A sketch, without the
//! arguments it does not forward:
//!
//! ```cpp
//! struct RustHandlers { void (*on_error)(int); void (*on_warning)(int);
//!                       void (*on_room_state_changed)(int); void (*on_video_publish_state_changed)(int, int); };
//! void onError(int err) override { rust.on_error(err); }
//! void onWarning(int warn) override { rust.on_warning(warn); }
//! void onRoomStateChanged(…, int state, …) override { rust.on_room_state_changed(state); }
//! void onVideoPublishStateChanged(…, PublishState state, PublishStateChangeReason reason) override
//!     { rust.on_video_publish_state_changed(state, reason); }
//! ```
//!
//! The SDK calls these on its own threads, so the handlers only decide and queue an `Action` for the
//! application. Here `main` plays the SDK: it calls the table with the integers the SDK would send,
//! then checks what the handlers decided. Up to 3.58 trouble comes through `onError`/`onWarning`; from
//! 3.60 mostly as the integer `state` of `onRoomStateChanged` (an `ErrorCode` or `WarningCode` value)
//! and as the reason of the publish and subscribe state callbacks. API calls return an `int` too:
//! `sendSEIMessage` a count or a negative `ReturnStatus`, `pushExternalVideoFrame` 0 or a
//! `ReturnStatus`; `ReturnStatus::check` turns it into a `Result`. (Not every call returns a
//! `ReturnStatus`: `joinRoom` documents -1 and -2 of its own.)

use std::ffi::c_int;
use std::sync::Mutex;

use bytertc_codes::{
    Code, ErrorCode, Locale, PublishStateChangeReason, Recovery, ReturnStatus, ReturnStatusError,
    UnknownCode, WarningCode,
};

/// What the application does about an event; the handlers queue these for its main loop.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Action {
    Joined,
    Published,
    RenewToken,               // fetch a new token from the app server, call updateToken
    RejoinWithNewToken,       // fetch a new token, call joinRoom again
    ShowOutOfRoom(ErrorCode), // say why, go back to the lobby
    BecomeAudience,           // the token may not publish: show the audience's UI
    AskForPermission(WarningCode),
    ShowReconnecting, // the SDK retries by itself
    LogOnly,
    ReportUnknown(UnknownCode), // a code newer than this crate: keep the value for the bug report
}

static ACTIONS: Mutex<Vec<Action>> = Mutex::new(Vec::new());

fn act(action: Action) {
    ACTIONS.lock().unwrap().push(action);
}

/// One log line per language, as an app that serves both would write them.
fn log<C: Code>(callback: &str, code: C) {
    println!("{callback}: {}", code.localized(Locale::Zh));
    println!("{callback}: {code}");
}

/// The table the shim calls; its layout matches `RustHandlers` above.
#[repr(C)]
struct RustHandlers {
    on_error: extern "C" fn(c_int),
    on_warning: extern "C" fn(c_int),
    on_room_state_changed: extern "C" fn(c_int),
    on_video_publish_state_changed: extern "C" fn(c_int, c_int),
}

static HANDLERS: RustHandlers = RustHandlers {
    on_error,
    on_warning,
    on_room_state_changed,
    on_video_publish_state_changed,
};

/// What to do about an error, whichever callback and release reported it.
fn error_action(code: ErrorCode) -> Action {
    match (code, code.recovery()) {
        (ErrorCode::NoPublishPermission, _) => Action::BecomeAudience,
        (_, Recovery::UpdateToken) => Action::RenewToken,
        (_, Recovery::RejoinWithNewToken) => Action::RejoinWithNewToken,
        _ if code.is_out_of_room() => Action::ShowOutOfRoom(code),
        _ => Action::LogOnly,
    }
}

fn warning_action(code: WarningCode) -> Action {
    match code {
        WarningCode::NoCameraPermission | WarningCode::NoMicrophonePermission => {
            Action::AskForPermission(code)
        }
        code if code.retried_by_sdk() => Action::ShowReconnecting,
        _ => Action::LogOnly,
    }
}

fn publish_action(reason: PublishStateChangeReason) -> Action {
    // A reason that stands for a 3.58 error or warning gets the same handling as onError/onWarning.
    if let Ok(code) = ErrorCode::try_from(reason) {
        error_action(code)
    } else if let Ok(code) = WarningCode::try_from(reason) {
        warning_action(code)
    } else if reason == PublishStateChangeReason::Publish {
        Action::Published
    } else {
        Action::LogOnly
    }
}

/// A value this crate does not know: logged and kept, so nothing the SDK sent is lost.
fn unknown_action(callback: &str, unknown: UnknownCode) -> Action {
    println!("{callback}: {unknown}");
    Action::ReportUnknown(unknown)
}

extern "C" fn on_error(err: c_int) {
    act(match ErrorCode::try_from(err) {
        Ok(code) => {
            log("onError", code);
            error_action(code)
        }
        Err(unknown) => unknown_action("onError", unknown),
    });
}

/// The same steps as `on_error`, for any set: type the value, log it, decide.
fn handle<C: Code>(callback: &str, raw: c_int, decide: fn(C) -> Action) -> Action {
    match C::try_from(raw) {
        Ok(code) => {
            log(callback, code);
            decide(code)
        }
        Err(unknown) => unknown_action(callback, unknown),
    }
}

extern "C" fn on_warning(warn: c_int) {
    act(handle("onWarning", warn, warning_action));
}

/// 3.60+: `state` is 0 when the user joined, else the value of an `ErrorCode` or a `WarningCode`.
extern "C" fn on_room_state_changed(state: c_int) {
    const CALLBACK: &str = "onRoomStateChanged";
    act(if state == 0 {
        println!("{CALLBACK}: 已进房 / joined the room (0)");
        Action::Joined
    } else if ErrorCode::from_code(state).is_some() {
        handle(CALLBACK, state, error_action)
    } else {
        handle(CALLBACK, state, warning_action) // in neither set: kept as an unknown WarningCode
    });
}

/// 3.60+: `state` is a `PublishState` (0 published, 1 not), `reason` a `PublishStateChangeReason`.
/// The reason says all this app needs.
extern "C" fn on_video_publish_state_changed(_state: c_int, reason: c_int) {
    act(handle("onVideoPublishStateChanged", reason, publish_action));
}

/// An API call's `int`, as the shim's wrapper returns it: 0 or a positive count (`sendSEIMessage`
/// returns how many SEI messages it queued) is `Ok`; a negative value, a `ReturnStatus`, is logged in
/// both languages and returned. A warning means the call did its work: the caller decides.
fn api_result(api: &str, ret: c_int) -> Result<c_int, ReturnStatusError> {
    ReturnStatus::check(ret)
        .map(|()| ret)
        .inspect_err(|err| match err.status() {
            Some(status) => log(api, status),
            None => println!("{api}: {err}"),
        })
}

fn main() {
    // The SDK's side of the table: the integers it would pass.
    (HANDLERS.on_error)(-1000); // 3.58: the token is invalid
    (HANDLERS.on_warning)(-2001); // 3.58: joining failed, the SDK retries
    (HANDLERS.on_warning)(-5001); // no camera permission
    (HANDLERS.on_room_state_changed)(0); // 3.60+: joined
    (HANDLERS.on_room_state_changed)(-1009); // 3.60+: the token expired in the room
    (HANDLERS.on_room_state_changed)(-1006); // 3.60+: kicked out by the server
    (HANDLERS.on_video_publish_state_changed)(0, 0); // published at the user's request
    (HANDLERS.on_video_publish_state_changed)(1, 2); // no permission to publish (ErrorCode -1002)
    (HANDLERS.on_error)(-1234); // a code this crate does not know yet

    let actions = ACTIONS.lock().unwrap().clone();
    assert_eq!(
        actions,
        [
            Action::RenewToken,
            Action::ShowReconnecting,
            Action::AskForPermission(WarningCode::NoCameraPermission),
            Action::Joined,
            Action::RejoinWithNewToken,
            Action::ShowOutOfRoom(ErrorCode::KickedOut),
            Action::Published,
            Action::BecomeAudience,
            Action::ReportUnknown(ErrorCode::try_from(-1234).unwrap_err()),
        ]
    );
    println!("actions: {actions:?}");

    // API calls' return values: a count, a failure, a warning, a value this crate does not know.
    assert_eq!(api_result("sendSEIMessage", 3), Ok(3));
    let err = api_result("sendSEIMessage", -2).unwrap_err();
    assert_eq!(err.status(), Some(ReturnStatus::ParameterErr));
    let err = api_result("pushExternalVideoFrame", -202).unwrap_err();
    assert!(err.is_warning()); // the frame was pushed; its timestamp is off
    let err = api_result("sendSEIMessage", -9999).unwrap_err();
    assert_eq!((err.code(), err.status()), (-9999, None));
}
