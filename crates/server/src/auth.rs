//! Sessions, passwords and the CSRF guard.
//!
//! A session is a random token in an HttpOnly cookie; the database keeps
//! only its SHA-256. Every request under `/api` passes [`session_layer`],
//! which resolves the cookie once and enforces the CSRF rule on writes;
//! handlers then ask for [`CurrentSession`] to require a signed-in person.

use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::Argon2;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use naname_contract::CSRF_HEADER;
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::problem::ApiError;
use crate::store;
use crate::AppState;

pub const SESSION_COOKIE: &str = "naname_session";
pub const SESSION_DAYS: i64 = 14;
const SESSION_SECONDS: i64 = SESSION_DAYS * 24 * 60 * 60;
/// A session unused this long has ended, within its 14 days.
pub const IDLE_SECONDS: i64 = 12 * 60 * 60;
/// Sessions one person keeps; signing in once more ends their least recently used.
pub const MAX_SESSIONS_PER_PERSON: usize = 20;

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct PasswordError(String);

pub fn hash_password(password: &str) -> Result<String, PasswordError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError(e.to_string()))
}

/// Whether `password` matches `stored`. A stored value that is not a valid
/// hash (an account that cannot log in) is checked against `dummy` instead,
/// so it costs the same time as a wrong password.
pub fn verify_password(password: &str, stored: &str, dummy: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(hash) => matches(password, &hash),
        Err(_) => {
            if let Ok(hash) = PasswordHash::new(dummy) {
                let _ = matches(password, &hash);
            }
            false
        }
    }
}

thread_local! {
    /// Argon2's working memory (about 19 MiB), kept by each thread that
    /// checks passwords and reused for every check. Allocated afresh per
    /// check, as `PasswordVerifier` does, the freed buffers stayed with the
    /// allocator: ten sign-ins took the server from 70 to 260 MiB even on
    /// two threads.
    static ARGON2_MEMORY: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `PasswordVerifier::verify_password` on this thread's reused memory.
fn matches(password: &str, hash: &PasswordHash<'_>) -> bool {
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else { return false };
    let Ok(params) = argon2::Params::try_from(hash) else { return false };
    let Ok(algorithm) = argon2::Algorithm::try_from(hash.algorithm) else { return false };
    let version = match hash.version.map(argon2::Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else { return false };
    let mut computed = vec![0u8; expected.len()];
    let blocks = params.block_count();
    let argon = Argon2::new(algorithm, version, params);
    let hashed = ARGON2_MEMORY.with_borrow_mut(|memory| {
        if memory.len() < blocks {
            memory.resize(blocks, argon2::Block::default());
        }
        argon.hash_password_into_with_memory(password.as_bytes(), salt, &mut computed, &mut memory[..blocks])
    });
    hashed.is_ok() && constant_time_eq(&computed, expected.as_bytes())
}

/// 32 random bytes from the OS, hex-encoded.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

pub fn session_expiry(now: i64) -> i64 {
    now + SESSION_SECONDS
}

pub fn session_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; HttpOnly; SameSite=Lax; Path=/; Max-Age={SESSION_SECONDS}{secure}")
}

pub fn clear_session_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0{secure}")
}

/// The session token from the `Cookie` header, if it has the shape we issue.
pub fn session_token(headers: &HeaderMap) -> Option<&str> {
    cookie_token(headers, SESSION_COOKIE)
}

/// The device token (see `throttle`), if the browser sent one of our shape.
pub fn device_token(headers: &HeaderMap) -> Option<&str> {
    cookie_token(headers, DEVICE_COOKIE)
}

fn cookie_token<'a>(headers: &'a HeaderMap, cookie: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == cookie)
        .map(|(_, value)| value.trim())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Marks a browser that signed in successfully, so that sign-in
/// throttling can tell its owner from someone guessing elsewhere. Sent only
/// to the sign-in endpoint, never readable by scripts, never cross-site.
pub const DEVICE_COOKIE: &str = "naname_device";
pub const DEVICE_DAYS: i64 = 180;
const DEVICE_SECONDS: i64 = DEVICE_DAYS * 24 * 60 * 60;

pub fn device_expiry(now: i64) -> i64 {
    now + DEVICE_SECONDS
}

pub fn device_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{DEVICE_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/api/session; Max-Age={DEVICE_SECONDS}{secure}")
}

/// A valid, unexpired session of the request.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    pub token_hash: String,
    pub person_id: i64,
    pub csrf_token: String,
}

/// What [`session_layer`] found, stored in the request's extensions.
#[derive(Debug, Clone)]
struct ResolvedSession(Option<CurrentSession>);

impl<S: Send + Sync> FromRequestParts<S> for CurrentSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        match parts.extensions.get::<ResolvedSession>() {
            Some(ResolvedSession(Some(session))) => Ok(session.clone()),
            _ => Err(ApiError::Unauthenticated),
        }
    }
}

/// The session, if any, without requiring one (login and logout).
pub struct MaybeSession(pub Option<CurrentSession>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        Ok(MaybeSession(parts.extensions.get::<ResolvedSession>().and_then(|r| r.0.clone())))
    }
}

/// How stale a session's `last_seen_at` may get before a request moves it
/// on: the idle timeout is 12 hours, so a minute's precision is plenty, and
/// a busy session costs one write a minute, not one per request.
pub const TOUCH_AFTER_SECONDS: i64 = 60;

/// Resolves the session cookie and applies the CSRF rule to writes: with a
/// session the header must equal its token; without one (the login) it must
/// at least be present, which a cross-site HTML form cannot arrange.
///
/// The session is read from the database on every request, never from a
/// cache, so one ended by any server process (sign-out, sign out
/// everywhere, the per-person cap) stops working at once everywhere.
pub async fn session_layer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let session = match session_token(req.headers()) {
        Some(token) => {
            let token_hash = hash_token(token);
            let now = now_unix();
            match store::sessions::find(&state.pool, &token_hash, now).await {
                Ok(Some((session, last_seen))) => {
                    if last_seen <= now - TOUCH_AFTER_SECONDS {
                        touch(&state, token_hash, now);
                    }
                    Some(session)
                }
                Ok(None) => None,
                Err(e) => return ApiError::from(e).into_response(),
            }
        }
        None => None,
    };
    if !req.method().is_safe() {
        let sent = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok()).map(str::trim).unwrap_or("");
        let ok = match &session {
            Some(s) => constant_time_eq(sent.as_bytes(), s.csrf_token.as_bytes()),
            None => !sent.is_empty(),
        };
        if !ok {
            return ApiError::Csrf.into_response();
        }
    }
    req.extensions_mut().insert(ResolvedSession(session));
    next.run(req).await
}

/// Guards the whole `/api/admin` subtree, as a layer of its router rather
/// than a check in each handler, so an endpoint added there cannot forget
/// it: 401 without a session, 403 for a signed-in non-admin. Runs inside
/// [`session_layer`] (which has resolved the session and the CSRF rule).
pub async fn admin_layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(ResolvedSession(Some(session))) = req.extensions().get::<ResolvedSession>() else {
        return ApiError::Unauthenticated.into_response();
    };
    match store::people::is_admin(&state.pool, session.person_id).await {
        Ok(true) => next.run(req).await,
        Ok(false) => ApiError::Forbidden.into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// Records the session's use off the request's path: the write takes its
/// turn behind this process's bookings, and a failure only means the
/// session looks a little idler than it is.
fn touch(state: &AppState, token_hash: String, now: i64) {
    let state = state.clone();
    tokio::spawn(async move {
        let _turn = state.writes.lock().await;
        if let Err(e) = store::sessions::touch(&state.pool, &token_hash, now).await {
            tracing::warn!(error = %e, "could not record a session's use");
        }
    });
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn set_cookie_header(value: &str) -> Result<HeaderValue, ApiError> {
    HeaderValue::from_str(value).map_err(|e| ApiError::Internal(format!("cookie header: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_token_is_found_among_others() {
        let token = "a".repeat(64);
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("x=1; {SESSION_COOKIE}={token}")).unwrap(),
        );
        assert_eq!(session_token(&headers), Some(token.as_str()));
        headers.insert(header::COOKIE, HeaderValue::from_static("naname_session=short"));
        assert_eq!(session_token(&headers), None);
    }

    #[test]
    fn password_round_trip() {
        let hash = hash_password("naname-demo").unwrap();
        assert!(verify_password("naname-demo", &hash, &hash));
        assert!(!verify_password("wrong", &hash, &hash));
        assert!(!verify_password("naname-demo", "!", &hash));
        // The same answers as the argon2 crate's own verifier, other parameters too.
        use argon2::password_hash::PasswordVerifier;
        let light = Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            argon2::Params::new(8, 2, 1, Some(24)).unwrap(),
        );
        let salt = SaltString::generate(&mut OsRng);
        let other = light.hash_password(b"secret", &salt).unwrap().to_string();
        for (password, right) in [("secret", true), ("Secret", false), ("", false)] {
            let parsed = PasswordHash::new(&other).unwrap();
            assert_eq!(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(), right);
            assert_eq!(verify_password(password, &other, &hash), right, "{password:?}");
        }
        // The buffer of the bigger default hash serves the smaller one after it.
        assert!(verify_password("naname-demo", &hash, &hash));
        assert!(verify_password("secret", &other, &hash));
    }

    #[test]
    fn tokens_are_random_hex() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(hash_token(&a).len(), 64);
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
