//! `/api/session`, `/api/sessions` and `/api/me`: signing in and out (here
//! or everywhere), and who is signed in.

use gloo_net::http::Method;
use naname_contract::auth::{LoginRequest, Me};

use super::{send, set_csrf_token, ApiError, Call, Csrf};

/// `POST /api/session`. On success the server sets the session cookie and
/// the returned token is kept for later writes.
pub async fn login(request: &LoginRequest) -> Result<Me, ApiError> {
    let me: Me = send(Call { csrf: Csrf::Login, ..Call::post_json("/session", request)? }).await?;
    set_csrf_token(Some(me.csrf_token.clone()));
    Ok(me)
}

/// `DELETE /api/session`. A 401 means the session was already gone, which
/// is what signing out wants anyway.
pub async fn logout() -> Result<(), ApiError> {
    let result = send::<()>(Call { method: Method::DELETE, ..Call::get("/session") }).await;
    match result {
        Err(e) if !e.is_unauthenticated() => Err(e),
        _ => {
            set_csrf_token(None);
            Ok(())
        }
    }
}

/// `DELETE /api/sessions`: ends every session of the signed-in person, in
/// every browser, this one included. A 401 means this browser's session had
/// already ended; it is signed out here either way.
pub async fn logout_everywhere() -> Result<(), ApiError> {
    let result = send::<()>(Call { method: Method::DELETE, ..Call::get("/sessions") }).await;
    match result {
        Err(e) if !e.is_unauthenticated() => Err(e),
        _ => {
            set_csrf_token(None);
            Ok(())
        }
    }
}

/// `GET /api/me`: the signed-in person, or a 401 error.
pub async fn me() -> Result<Me, ApiError> {
    let me: Me = send(Call::get("/me")).await?;
    set_csrf_token(Some(me.csrf_token.clone()));
    Ok(me)
}
