//! The typed client: the only place that talks HTTP. Pages call the
//! per-resource functions and get contract types or one [`ApiError`].

pub mod admin;
pub mod admin_activity;
pub mod admin_import;
pub mod admin_topics;
pub mod availability;
pub mod mentor_themes;
pub mod mentors;
pub mod one_on_ones;
pub mod people;
pub mod session;
pub mod themes;
pub mod topics;
pub mod wire;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::{Method, RequestBuilder};
use naname_contract::{FieldError, Problem, CSRF_HEADER};
use web_sys::RequestCredentials;

use crate::config;
use crate::i18n::{text, Key, Lang};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// How long one attempt may take, body included.
pub const TIMEOUT: Duration = Duration::from_secs(15);
/// Extra attempts for an idempotent read that failed in a transient way.
pub const MAX_RETRIES: u32 = 2;

/// Everything that can go wrong with a request, in the terms a page needs.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// No answer: offline, DNS, refused, CORS.
    Network,
    /// No answer within [`TIMEOUT`].
    Timeout,
    /// An answer with a non-2xx status; `problem` when it was problem+json
    /// (boxed: it is large, and errors travel through many `Result`s).
    Http { status: u16, problem: Option<Box<Problem>> },
    /// A 2xx answer whose body is not what the contract says.
    Decode(String),
}

impl ApiError {
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub fn code(&self) -> Option<&str> {
        match self {
            ApiError::Http { problem: Some(p), .. } => Some(p.code.as_str()),
            _ => None,
        }
    }

    pub fn is_unauthenticated(&self) -> bool {
        self.status() == Some(401)
    }

    pub fn is_csrf(&self) -> bool {
        self.status() == Some(403) && self.code() == Some("csrf")
    }

    /// Field errors the server reported (422), empty otherwise.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Http { problem: Some(p), .. } => &p.errors,
            _ => &[],
        }
    }

    /// The message key a page shows for this error.
    pub fn message_key(&self) -> Key {
        match self {
            ApiError::Network => Key::ErrNetwork,
            ApiError::Timeout => Key::ErrTimeout,
            ApiError::Decode(_) => Key::ErrDecode,
            ApiError::Http { status, problem } => {
                let code = problem.as_ref().map(|p| p.code.as_str());
                match (*status, code) {
                    (_, Some("csrf")) => Key::ErrCsrf,
                    (_, Some("slot_taken")) => Key::ErrSlotTaken,
                    (_, Some("mentee_busy")) => Key::ErrMenteeBusy,
                    (_, Some("in_past")) => Key::ErrInPast,
                    (_, Some("too_soon")) => Key::ErrTooSoon,
                    (_, Some("beyond_horizon")) => Key::ErrBeyondHorizon,
                    (_, Some("not_offered")) => Key::ErrNotOffered,
                    (_, Some("theme_not_held")) => Key::ErrThemeNotHeld,
                    (_, Some("self_booking")) => Key::ErrSelfBooking,
                    (_, Some("idempotency_mismatch")) => Key::ErrIdempotencyMismatch,
                    (_, Some("invalid_transition")) => Key::ErrInvalidTransition,
                    (_, Some("too_late_to_cancel")) => Key::ErrTooLateToCancel,
                    (401, _) => Key::ErrSessionExpired,
                    (403, _) => Key::ErrForbidden,
                    (404, _) => Key::ErrNotFound,
                    (409, _) => Key::ErrConflict,
                    (400 | 422, _) => Key::ErrValidation,
                    (429, _) => Key::ErrRateLimited,
                    (500..=599, _) => Key::ErrServer,
                    _ => Key::ErrUnexpected,
                }
            }
        }
    }

    /// The message for a reader of `lang`, e.g. "Your session has expired…".
    pub fn message(&self, lang: Lang) -> String {
        let status = self.status().map(|s| s.to_string()).unwrap_or_default();
        crate::i18n::format(text(lang, self.message_key()), &[("status", &status)])
    }

    /// What the user can do about it.
    pub fn remedy(&self) -> Remedy {
        if self.is_csrf() {
            Remedy::Reload
        } else if self.is_unauthenticated() {
            Remedy::SignIn
        } else if matches!(self, ApiError::Decode(_)) {
            Remedy::Reload
        } else {
            Remedy::Retry
        }
    }
}

/// The action an error view offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remedy {
    Retry,
    Reload,
    SignIn,
}

/// A field error's message, by field and code (never the server's English text).
pub fn field_error_key(field: &str, code: &str) -> Key {
    match (field, code) {
        ("email", "required") => Key::ErrEmailRequired,
        ("email", "too_long") => Key::ErrEmailTooLong,
        ("email", _) => Key::ErrEmailInvalid,
        ("password", "too_long") => Key::ErrPasswordTooLong,
        ("password", _) => Key::ErrPasswordRequired,
        (_, "required") => Key::ErrFieldRequired,
        (_, "too_long") => Key::ErrFieldTooLong,
        (_, "too_many") => Key::ErrFieldTooMany,
        (_, "out_of_range") => Key::ErrFieldOutOfRange,
        _ => Key::ErrFieldInvalid,
    }
}

/// Whether a failed attempt of a request is worth repeating, and after how long.
/// Only reads are repeated: a write may have reached the server.
pub fn retry_delay(method: &Method, err: &ApiError, attempt: u32) -> Option<Duration> {
    let transient = match err {
        ApiError::Network => true,
        ApiError::Http { status, .. } => matches!(status, 502..=504),
        ApiError::Timeout | ApiError::Decode(_) => false,
    };
    (*method == Method::GET && transient && attempt < MAX_RETRIES)
        .then(|| Duration::from_millis(300 * 3u64.pow(attempt)))
}

/// Turns a finished HTTP exchange into the contract type or an error.
pub fn decode_response<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    if (200..300).contains(&status) {
        // 204 and friends: decode as JSON `null`, which is `()`.
        let body = if body.trim().is_empty() { "null" } else { body };
        wire::decode(body).map_err(ApiError::Decode)
    } else {
        Err(ApiError::Http { status, problem: wire::decode::<Problem>(body).ok().map(Box::new) })
    }
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `base` + `path` + query; empty values are left out so URLs stay short.
pub fn build_url(base: &str, path: &str, query: &[(&str, String)]) -> String {
    let mut url = format!("{}{}", base.trim_end_matches('/'), path);
    let mut sep = '?';
    for (k, v) in query {
        if v.is_empty() {
            continue;
        }
        url.push(sep);
        url.push_str(&encode_component(k));
        url.push('=');
        url.push_str(&encode_component(v));
        sep = '&';
    }
    url
}

thread_local! {
    static CSRF_TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Remembers the session's CSRF token (from [`naname_contract::auth::Me`]) for later writes.
pub fn set_csrf_token(token: Option<String>) {
    CSRF_TOKEN.with(|t| *t.borrow_mut() = token);
}

fn csrf_token() -> Option<String> {
    CSRF_TOKEN.with(|t| t.borrow().clone())
}

/// What goes in the CSRF header of a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Csrf {
    /// The session's token.
    Session,
    /// A fixed value for the login, which has no session yet.
    Login,
}

pub(crate) struct Call<'a> {
    pub method: Method,
    pub path: &'a str,
    pub query: Vec<(&'a str, String)>,
    pub body: Option<String>,
    pub csrf: Csrf,
    /// One more header for this call only (e.g. `Idempotency-Key`).
    pub header: Option<(&'a str, &'a str)>,
    /// A body that is not JSON: its bytes and content type (a CSV file).
    pub raw: Option<(&'a [u8], &'a str)>,
}

impl<'a> Call<'a> {
    pub fn get(path: &'a str) -> Self {
        Call {
            method: Method::GET,
            path,
            query: Vec::new(),
            body: None,
            csrf: Csrf::Session,
            header: None,
            raw: None,
        }
    }

    /// A write with the session's CSRF token, without a body.
    pub fn post(path: &'a str) -> Self {
        Call { method: Method::POST, ..Call::get(path) }
    }

    /// A write with the session's CSRF token and `body` as JSON.
    pub fn post_json(path: &'a str, body: &impl Serialize) -> Result<Self, ApiError> {
        let body = wire::encode(body).map_err(ApiError::Decode)?;
        Ok(Call { body: Some(body), ..Call::post(path) })
    }

    pub fn query(mut self, key: &'a str, value: impl ToString) -> Self {
        self.query.push((key, value.to_string()));
        self
    }
}

/// Sends a call, repeating transient failures of reads, and decodes the answer.
pub(crate) async fn send<T: DeserializeOwned>(call: Call<'_>) -> Result<T, ApiError> {
    let (status, body, _) = exchange(&call).await?;
    decode_response(status, &body)
}

/// [`send`] for a resource versioned with an `ETag`: the answer and its tag
/// (to send back in `If-Match`).
pub(crate) async fn send_tagged<T: DeserializeOwned>(call: Call<'_>) -> Result<(T, String), ApiError> {
    let (status, body, etag) = exchange(&call).await?;
    decode_response(status, &body).map(|value| (value, etag.unwrap_or_default()))
}

/// The HTTP part of [`send`]: the status and body of the final attempt. It
/// does not depend on the answer's type, so it is compiled once rather than
/// once per resource.
async fn exchange(call: &Call<'_>) -> Result<(u16, String, Option<String>), ApiError> {
    let url = build_url(config::api_base(), call.path, &call.query);
    let mut attempt = 0;
    loop {
        let outcome = send_once(call, &url).await;
        let err = match &outcome {
            Ok((status, _, _)) if (200..300).contains(status) => return outcome,
            Ok((status, _, _)) => ApiError::Http { status: *status, problem: None },
            Err(e) => e.clone(),
        };
        match retry_delay(&call.method, &err, attempt) {
            Some(delay) => {
                gloo_timers::future::sleep(delay).await;
                attempt += 1;
            }
            None => return outcome,
        }
    }
}

/// One attempt. Errors are only `Network` and `Timeout`; any HTTP answer is `Ok`.
async fn send_once(call: &Call<'_>, url: &str) -> Result<(u16, String, Option<String>), ApiError> {
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    // Dropping the timer cancels it, so it lives exactly as long as this attempt.
    let _timer = controller.clone().map(|controller| {
        let timed_out = timed_out.clone();
        gloo_timers::callback::Timeout::new(TIMEOUT.as_millis() as u32, move || {
            timed_out.set(true);
            controller.abort();
        })
    });
    let failed = || if timed_out.get() { ApiError::Timeout } else { ApiError::Network };

    let signal = controller.as_ref().map(|c| c.signal());
    let mut builder = RequestBuilder::new(url)
        .method(call.method.clone())
        // Include the session cookie even when the API lives on another origin.
        .credentials(RequestCredentials::Include)
        .abort_signal(signal.as_ref())
        .header("accept", "application/json");
    if call.method != Method::GET {
        let token = match call.csrf {
            Csrf::Login => Some("login".to_string()),
            Csrf::Session => csrf_token(),
        };
        if let Some(token) = token {
            builder = builder.header(CSRF_HEADER, &token);
        }
    }
    if let Some((name, value)) = call.header {
        builder = builder.header(name, value);
    }
    let request = match (&call.body, call.raw) {
        (Some(json), _) => builder.header("content-type", "application/json").body(json.as_str()),
        (None, Some((bytes, content_type))) => {
            builder.header("content-type", content_type).body(js_sys::Uint8Array::from(bytes))
        }
        (None, None) => builder.build(),
    }
    .map_err(|_| ApiError::Network)?;

    let response = request.send().await.map_err(|_| failed())?;
    let status = response.status();
    let etag = response.headers().get("etag");
    let body = response.text().await.map_err(|_| failed())?;
    Ok((status, body, etag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(status: u16, code: &str) -> ApiError {
        ApiError::Http { status, problem: Some(Box::new(Problem::new(status, code, "x"))) }
    }

    #[test]
    fn messages_by_status_and_code() {
        assert_eq!(problem(401, "unauthenticated").message_key(), Key::ErrSessionExpired);
        assert_eq!(problem(403, "csrf").message_key(), Key::ErrCsrf);
        assert_eq!(problem(403, "forbidden").message_key(), Key::ErrForbidden);
        assert_eq!(problem(422, "validation").message_key(), Key::ErrValidation);
        assert_eq!(problem(404, "not_found").message_key(), Key::ErrNotFound);
        assert_eq!(problem(409, "conflict").message_key(), Key::ErrConflict);
        assert_eq!(problem(429, "rate_limited").message_key(), Key::ErrRateLimited);
        assert_eq!(problem(409, "slot_taken").message_key(), Key::ErrSlotTaken);
        assert_eq!(problem(409, "mentee_busy").message_key(), Key::ErrMenteeBusy);
        assert_eq!(problem(422, "too_soon").message_key(), Key::ErrTooSoon);
        assert_eq!(problem(422, "idempotency_mismatch").message_key(), Key::ErrIdempotencyMismatch);
        assert_eq!(problem(409, "invalid_transition").message_key(), Key::ErrInvalidTransition);
        assert_eq!(problem(409, "too_late_to_cancel").message_key(), Key::ErrTooLateToCancel);
        assert!(problem(409, "slot_taken").message(Lang::Ja).contains("先ほど埋まりました"));
        for s in [500, 502, 503, 504] {
            assert_eq!(ApiError::Http { status: s, problem: None }.message_key(), Key::ErrServer);
        }
        assert_eq!(ApiError::Http { status: 418, problem: None }.message_key(), Key::ErrUnexpected);
        assert_eq!(ApiError::Network.message_key(), Key::ErrNetwork);
        assert_eq!(ApiError::Timeout.message_key(), Key::ErrTimeout);
        assert_eq!(ApiError::Decode("x".into()).message_key(), Key::ErrDecode);
    }

    #[test]
    fn messages_in_both_languages() {
        let expired = problem(401, "unauthenticated");
        assert!(expired.message(Lang::En).contains("session has expired"));
        assert!(expired.message(Lang::Ja).contains("有効期限"));
        assert!(ApiError::Network.message(Lang::En).contains("Check your connection"));
        assert!(problem(403, "csrf").message(Lang::En).contains("Reload"));
        let odd = ApiError::Http { status: 418, problem: None };
        assert_eq!(odd.message(Lang::En), "An unexpected error occurred (418).");
        assert!(problem(503, "unavailable").message(Lang::Ja).contains("サーバー"));
    }

    #[test]
    fn remedies() {
        assert_eq!(problem(403, "csrf").remedy(), Remedy::Reload);
        assert_eq!(problem(401, "unauthenticated").remedy(), Remedy::SignIn);
        assert_eq!(ApiError::Network.remedy(), Remedy::Retry);
        assert_eq!(problem(503, "unavailable").remedy(), Remedy::Retry);
    }

    #[test]
    fn field_errors_by_code() {
        assert_eq!(field_error_key("email", "required"), Key::ErrEmailRequired);
        assert_eq!(field_error_key("email", "invalid"), Key::ErrEmailInvalid);
        assert_eq!(field_error_key("email", "too_long"), Key::ErrEmailTooLong);
        assert_eq!(field_error_key("password", "required"), Key::ErrPasswordRequired);
        assert_eq!(field_error_key("password", "too_long"), Key::ErrPasswordTooLong);
        assert_eq!(field_error_key("theme", "too_many"), Key::ErrFieldTooMany);
        assert_eq!(field_error_key("q", "too_long"), Key::ErrFieldTooLong);
        assert_eq!(field_error_key("limit", "out_of_range"), Key::ErrFieldOutOfRange);
        assert_eq!(field_error_key("x", "whatever"), Key::ErrFieldInvalid);
        let mut p = Problem::validation(vec![FieldError::new("email", "invalid", "bad")]);
        p.status = 422;
        let e = ApiError::Http { status: 422, problem: Some(Box::new(p)) };
        assert_eq!(e.field_errors()[0].field, "email");
        assert!(ApiError::Network.field_errors().is_empty());
    }

    #[test]
    fn only_transient_read_failures_are_retried() {
        let get = Method::GET;
        assert_eq!(retry_delay(&get, &ApiError::Network, 0), Some(Duration::from_millis(300)));
        assert_eq!(retry_delay(&get, &ApiError::Network, 1), Some(Duration::from_millis(900)));
        assert_eq!(retry_delay(&get, &ApiError::Network, 2), None);
        for s in [502, 503, 504] {
            assert!(retry_delay(&get, &ApiError::Http { status: s, problem: None }, 0).is_some());
        }
        for s in [400, 401, 403, 404, 422, 500] {
            assert!(retry_delay(&get, &ApiError::Http { status: s, problem: None }, 0).is_none());
        }
        assert!(retry_delay(&get, &ApiError::Timeout, 0).is_none());
        assert!(retry_delay(&get, &ApiError::Decode("x".into()), 0).is_none());
        assert!(retry_delay(&Method::POST, &ApiError::Network, 0).is_none());
        assert!(retry_delay(&Method::DELETE, &ApiError::Http { status: 503, problem: None }, 0).is_none());
    }

    #[test]
    fn urls() {
        assert_eq!(build_url("/api", "/people", &[]), "/api/people");
        assert_eq!(build_url("https://x.test/api/", "/me", &[]), "https://x.test/api/me");
        assert_eq!(
            build_url("/api", "/mentors", &[("theme", "1".into()), ("theme", "2".into()), ("q", "".into())]),
            "/api/mentors?theme=1&theme=2"
        );
        assert_eq!(
            build_url("/api", "/people", &[("q", "佐藤 a&b".into())]),
            "/api/people?q=%E4%BD%90%E8%97%A4%20a%26b"
        );
    }
}
