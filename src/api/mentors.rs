//! `/api/mentors`: mentors filtered by theme (all of them) and text, one
//! mentor, and a mentor's bookable slots.

use naname_contract::mentors::{Mentor, MentorPage};
use naname_contract::one_on_ones::MentorSlots;

use super::{send, ApiError, Call};
use crate::state::calendar::rfc3339;

/// `GET /api/mentors?theme=1&theme=2&q=&offset=&limit=`: a page of cards
/// with the filter's facets and each card's next free time.
pub async fn list(themes: &[i64], q: &str, offset: u32, limit: u32) -> Result<MentorPage, ApiError> {
    let mut call = Call::get("/mentors");
    for theme in themes {
        call = call.query("theme", theme);
    }
    send(call.query("q", q.trim()).query("offset", offset).query("limit", limit)).await
}

/// `GET /api/mentors/{id}`: one mentor card (404 when the person is not a mentor).
pub async fn get(id: i64) -> Result<Mentor, ApiError> {
    send(Call::get(&format!("/mentors/{id}"))).await
}

/// `GET /api/mentors/{id}/slots?from=&to=`: bookable slots starting in
/// `[from, to)` (Unix seconds; at most 42 days apart).
pub async fn slots(id: i64, from: i64, to: i64) -> Result<MentorSlots, ApiError> {
    send(Call::get(&format!("/mentors/{id}/slots")).query("from", rfc3339(from)).query("to", rfc3339(to)))
        .await
}
