//! `/api/me/availability`: my preferred 1on1 times, versioned with an `ETag`.

use gloo_net::http::Method;
use naname_contract::availability::Availability;

use super::{send_tagged, ApiError, Call};

const PATH: &str = "/me/availability";

/// The version of a document nobody saved yet (the server's defaults).
pub const NEVER_SAVED: &str = "\"0\"";

/// `GET`: the document and its `ETag`.
pub async fn load() -> Result<(Availability, String), ApiError> {
    send_tagged(Call::get(PATH)).await
}

/// `PUT` with `If-Match: etag` (`*` overwrites whatever is stored): the
/// document as stored and its new `ETag`; 412 `precondition_failed` when
/// it was saved elsewhere since.
pub async fn save(a: &Availability, etag: &str) -> Result<(Availability, String), ApiError> {
    let body = super::wire::encode(a).map_err(ApiError::Decode)?;
    send_tagged(Call {
        method: Method::PUT,
        body: Some(body),
        header: Some(("if-match", etag)),
        ..Call::post(PATH)
    })
    .await
}
