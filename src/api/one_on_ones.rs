//! `/api/one-on-ones`: requesting a 1on1, listing one's 1on1s, and the
//! lifecycle steps (accept with a place and a message, decline, cancel);
//! `/api/me/place-default`, where a mentor's accept form starts.

use naname_contract::one_on_ones::{NewOneOnOne, OneOnOne, TransitionMessage, IDEMPOTENCY_HEADER};
use naname_contract::place::{Acceptance, Place, PlaceDefault};

use super::{build_url, send, ApiError, Call};
use crate::config;

/// `POST /api/one-on-ones`. `key` is the request's idempotency key: the same
/// key for a retry of the same request (a network failure may hide a success),
/// a new one for a new request. Writes are never repeated automatically.
pub async fn create(request: &NewOneOnOne, key: &str) -> Result<OneOnOne, ApiError> {
    let call = Call { header: Some((IDEMPOTENCY_HEADER, key)), ..Call::post_json("/one-on-ones", request)? };
    send(call).await
}

/// `GET /api/one-on-ones`: the caller's 1on1s on both sides, sorted by
/// start (one answer gives both sides' counts).
pub async fn list() -> Result<Vec<OneOnOne>, ApiError> {
    send(Call::get("/one-on-ones")).await
}

/// `POST /api/one-on-ones/{id}/accept`, with the place and the message when there are any.
pub async fn accept(id: i64, body: &Acceptance) -> Result<OneOnOne, ApiError> {
    let path = format!("/one-on-ones/{id}/accept");
    let call = if *body == Acceptance::default() { Call::post(&path) } else { Call::post_json(&path, body)? };
    send(call).await
}

/// `POST /api/one-on-ones/{id}/decline | cancel` (`verb`), with an optional
/// message for the other person.
pub async fn close(id: i64, verb: &str, message: &str) -> Result<OneOnOne, ApiError> {
    let path = format!("/one-on-ones/{id}/{verb}");
    let call = match message.trim() {
        "" => Call::post(&path),
        m => Call::post_json(&path, &TransitionMessage { message: Some(m.to_string()) })?,
    };
    send(call).await
}

/// `GET /api/me/place-default`: where the signed-in mentor's accept form starts.
pub async fn place_default() -> Result<Option<Place>, ApiError> {
    send::<PlaceDefault>(Call::get("/me/place-default")).await.map(|d| d.place)
}

/// The calendar file of a 1on1 (confirmed, or the mentee's tentative hold),
/// in the reader's language, for a plain download link (the session cookie goes along).
pub fn ics_href(id: i64, lang: &str) -> String {
    build_url(config::api_base(), &format!("/one-on-ones/{id}.ics"), &[("lang", lang.to_string())])
}
