use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use naname_contract::auth::{LoginRequest, Me};
use naname_contract::Problem;

use crate::auth::{self, CurrentSession, MaybeSession};
use crate::client::ClientAddr;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::routes::me::load_me;
use crate::throttle::{self, Attempt};
use crate::{hashing, store, AppState};

/// Signs in and sets the `naname_session` cookie (HttpOnly, SameSite=Lax),
/// and, the first time in this browser, the `naname_device` cookie
/// (HttpOnly, SameSite=Strict, `Path=/api/session`, 180 days) that marks it
/// as a browser this account signed in from.
///
/// Unknown email and wrong password get the same answer, in about the same
/// time. The `x-csrf-token` header must be present (any value) when there is
/// no session yet, and equal the session's token when there is one.
///
/// Sign-ins are refused with 429 (`rate_limited`) and `Retry-After`, until
/// the oldest counted attempt is 15 minutes old, when within 15 minutes the
/// email had 5 failures from this client (the client address, or this
/// browser if it carries the account's device cookie); or, from a browser
/// without that cookie, 50 failures from anywhere or 100 failures for any
/// emails from this address; or the account signed in 60 times. Whether the
/// email has an account makes no difference. The client address is the
/// peer's, or `X-Forwarded-For`'s behind a trusted proxy. A successful
/// sign-in clears the failures of its own client only. When every password
/// thread is taken for 3 seconds, the answer is 503 (`busy`) with
/// `Retry-After`.
#[utoipa::path(
    post,
    path = "/api/session",
    tag = "session",
    request_body = LoginRequest,
    params(
        ("x-csrf-token" = String, Header, description = "Any non-empty value before signing in; the session's `csrf_token` after"),
    ),
    responses(
        (status = 200, description = "Signed in", body = Me,
            headers(("set-cookie" = String, description = "`naname_session=…; HttpOnly; SameSite=Lax; Path=/`, and in a browser new to the account `naname_device=…; HttpOnly; SameSite=Strict; Path=/api/session`"))),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong email or password (`invalid_credentials`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing or wrong CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or unknown fields (`validation`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed sign-ins for this email from this client, or for it or from this address from browsers it does not know, or too many sign-ins of this account (`rate_limited`)", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until a sign-in is accepted again"))),
        (status = 503, description = "Too many sign-ins at once to check their passwords (`busy`)", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds to wait before trying again"))),
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddr(address): ClientAddr,
    headers: HeaderMap,
    MaybeSession(previous): MaybeSession,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Response, ApiError> {
    request.validate().map_err(ApiError::Validation)?;
    let now = auth::now_unix();
    // A device cookie counts only for the account it was issued to: an
    // attacker's own cookie does not exempt guesses at someone else.
    let email = throttle::normalize_email(&request.email);
    let device = match auth::device_token(&headers) {
        Some(token) => {
            let hash = auth::hash_token(token);
            let owner = store::devices::email_of(&state.pool, &hash, now).await?;
            owner.filter(|owner| *owner == email).map(|_| hash)
        }
        None => None,
    };
    // Before the account is even looked up: a refusal must not tell whether it exists.
    let attempt = Attempt::new(&request.email, address, device.as_deref(), state.now());
    state.login_throttle.begin(&attempt).map_err(ApiError::RateLimited)?;

    let account = match store::people::find_login(&state.pool, &request.email).await {
        Ok(account) => account,
        Err(e) => {
            state.login_throttle.abandoned(&attempt);
            return Err(e.into());
        }
    };
    let dummy = state.dummy_hash.clone();
    let (person_id, stored) = match account {
        Some(a) => (Some(a.id), a.password_hash),
        None => (None, dummy.to_string()),
    };
    let password = request.password;
    // Argon2 takes tens of milliseconds and ~19 MiB: on the password threads, a few at a time.
    let Ok(verified) = state.hasher.run(move || auth::verify_password(&password, &stored, &dummy)).await
    else {
        state.login_throttle.abandoned(&attempt);
        return Err(ApiError::Busy(hashing::RETRY_AFTER_SECONDS));
    };
    let Some(person_id) = person_id.filter(|_| verified) else {
        return Err(ApiError::InvalidCredentials);
    };
    state.login_throttle.succeeded(&attempt);

    if let Some(previous) = previous {
        store::sessions::delete(&state.pool, &previous.token_hash).await?;
    }
    store::sessions::delete_expired(&state.pool, now).await?;
    let token = auth::random_token();
    let csrf_token = auth::random_token();
    store::sessions::create(
        &state.pool,
        &auth::hash_token(&token),
        &csrf_token,
        person_id,
        now,
        auth::session_expiry(now),
    )
    .await?;

    let me = load_me(&state, person_id, csrf_token).await?;
    let secure = state.config.secure_cookies;
    let mut res = Json(me).into_response();
    res.headers_mut()
        .append(header::SET_COOKIE, auth::set_cookie_header(&auth::session_cookie(&token, secure))?);
    if device.is_none() {
        let device = auth::random_token();
        store::devices::create(
            &state.pool,
            &auth::hash_token(&device),
            person_id,
            now,
            auth::device_expiry(now),
        )
        .await?;
        res.headers_mut()
            .append(header::SET_COOKIE, auth::set_cookie_header(&auth::device_cookie(&device, secure))?);
    }
    Ok(res)
}

/// Signs out: forgets the session and clears the cookie. Without a session
/// it still answers 204, so a stale tab can always sign out.
#[utoipa::path(
    delete,
    path = "/api/session",
    tag = "session",
    // The session is optional: without one the answer is 204 all the same.
    security((), ("session_cookie" = [])),
    params(
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 204, description = "Signed out; the cookie is cleared",
            headers(("set-cookie" = String, description = "`naname_session=; Max-Age=0`"))),
        (status = 403, description = "Missing or wrong CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn logout(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
) -> Result<Response, ApiError> {
    if let Some(session) = session {
        store::sessions::delete(&state.pool, &session.token_hash).await?;
    }
    let cookie = auth::set_cookie_header(&auth::clear_session_cookie(state.config.secure_cookies))?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// Signs out everywhere: ends every session of the caller, in every browser
/// and on every server process at once, and clears this browser's cookie.
/// Other people's sessions are untouched.
#[utoipa::path(
    delete,
    path = "/api/sessions",
    tag = "session",
    security(("session_cookie" = [])),
    params(
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 204, description = "Every session of the caller has ended; the cookie is cleared",
            headers(("set-cookie" = String, description = "`naname_session=; Max-Age=0`"))),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing or wrong CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn logout_everywhere(
    State(state): State<AppState>,
    session: CurrentSession,
) -> Result<Response, ApiError> {
    let ended = store::sessions::delete_all_of(&state.pool, session.person_id).await?;
    tracing::info!(person = session.person_id, ended, "signed out everywhere");
    let cookie = auth::set_cookie_header(&auth::clear_session_cookie(state.config.secure_cookies))?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}
