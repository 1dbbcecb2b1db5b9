use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use naname_contract::auth::{LoginRequest, Me};
use naname_contract::Problem;

use crate::auth::{self, CurrentSession, MaybeSession};
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::routes::me::load_me;
use crate::{store, AppState};

/// Signs in and sets the `naname_session` cookie (HttpOnly, SameSite=Lax).
///
/// Unknown email and wrong password get the same answer, in about the same
/// time. The `x-csrf-token` header must be present (any value) when there is
/// no session yet, and equal the session's token when there is one.
///
/// After 5 failed sign-ins for one email, or 20 from one client address,
/// within 15 minutes, sign-ins for it are refused with 429 (`rate_limited`)
/// and `Retry-After` until the oldest of those failures is 15 minutes old,
/// whether or not the email has an account; a successful sign-in clears
/// the email's count.
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
            headers(("set-cookie" = String, description = "`naname_session=…; HttpOnly; SameSite=Lax; Path=/`"))),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Wrong email or password (`invalid_credentials`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing or wrong CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or unknown fields (`validation`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed sign-ins for this email or from this address (`rate_limited`)", body = Problem, content_type = "application/problem+json",
            headers(("retry-after" = u64, description = "Seconds until a sign-in is accepted again"))),
    )
)]
pub async fn login(
    State(state): State<AppState>,
    client: Option<Extension<ConnectInfo<SocketAddr>>>,
    MaybeSession(previous): MaybeSession,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Response, ApiError> {
    request.validate().map_err(ApiError::Validation)?;
    // Before the account is even looked up: a refusal must not tell whether it exists.
    let address = client.map(|Extension(ConnectInfo(a))| a.ip());
    let attempted_at = state.now();
    state.login_throttle.attempt(&request.email, address, attempted_at).map_err(ApiError::RateLimited)?;

    let account = store::people::find_login(&state.pool, &request.email).await?;
    let dummy = state.dummy_hash.clone();
    let (person_id, stored) = match account {
        Some(a) => (Some(a.id), a.password_hash),
        None => (None, dummy.to_string()),
    };
    let password = request.password;
    // Argon2 takes tens of milliseconds of CPU; keep it off the async workers.
    let verified = tokio::task::spawn_blocking(move || auth::verify_password(&password, &stored, &dummy))
        .await
        .map_err(|e| ApiError::Internal(format!("password check: {e}")))?;
    let Some(person_id) = person_id.filter(|_| verified) else {
        return Err(ApiError::InvalidCredentials);
    };
    state.login_throttle.succeeded(&request.email, address, attempted_at);

    let now = auth::now_unix();
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
    let cookie = auth::set_cookie_header(&auth::session_cookie(&token, state.config.secure_cookies))?;
    Ok(([(header::SET_COOKIE, cookie)], Json(me)).into_response())
}

/// Signs out: forgets the session and clears the cookie. Without a session
/// it still answers 204, so a stale tab can always sign out.
#[utoipa::path(
    delete,
    path = "/api/session",
    tag = "session",
    security(("session_cookie" = [])),
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
