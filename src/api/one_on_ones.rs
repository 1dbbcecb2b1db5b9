//! `/api/one-on-ones`: requesting a 1on1, listing one's 1on1s, and the
//! lifecycle steps (accept, decline, cancel).

use naname_contract::one_on_ones::{
    Action, NewOneOnOne, OneOnOne, Side, TransitionMessage, IDEMPOTENCY_HEADER,
};

use super::{build_url, send, ApiError, Call};
use crate::config;

/// `POST /api/one-on-ones`. `key` is the request's idempotency key: the same
/// key for a retry of the same request (a network failure may hide a success),
/// a new one for a new request. Writes are never repeated automatically.
pub async fn create(request: &NewOneOnOne, key: &str) -> Result<OneOnOne, ApiError> {
    let call = Call { header: Some((IDEMPOTENCY_HEADER, key)), ..Call::post_json("/one-on-ones", request)? };
    send(call).await
}

/// `GET /api/one-on-ones?as=mentee|mentor`: the caller's 1on1s on one side, sorted by start.
pub async fn list(side: Side) -> Result<Vec<OneOnOne>, ApiError> {
    let side = match side {
        Side::Mentee => "mentee",
        Side::Mentor => "mentor",
    };
    send(Call::get("/one-on-ones").query("as", side)).await
}

/// `POST /api/one-on-ones/{id}/accept | decline | cancel`, with an optional
/// message for the other person (decline and cancel).
pub async fn act(id: i64, action: Action, message: &str) -> Result<OneOnOne, ApiError> {
    let (verb, body) = match action {
        Action::Accept => ("accept", None),
        Action::Decline => ("decline", Some(message)),
        Action::Cancel => ("cancel", Some(message)),
    };
    let path = format!("/one-on-ones/{id}/{verb}");
    let call = match body.map(str::trim).filter(|m| !m.is_empty()) {
        Some(m) => Call::post_json(&path, &TransitionMessage { message: Some(m.to_string()) })?,
        None => Call::post(&path),
    };
    send(call).await
}

/// The calendar file of an accepted 1on1, in the reader's language, for a
/// plain download link (the session cookie goes along).
pub fn ics_href(id: i64, lang: &str) -> String {
    build_url(config::api_base(), &format!("/one-on-ones/{id}.ics"), &[("lang", lang.to_string())])
}
