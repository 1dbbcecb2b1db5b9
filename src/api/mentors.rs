//! `/api/mentors`: mentors filtered by theme (all of them) and text.

use naname_contract::mentors::Mentor;
use naname_contract::Page;

use super::{send, ApiError, Call};

/// `GET /api/mentors?theme=1&theme=2&q=&offset=&limit=`.
pub async fn list(themes: &[i64], q: &str, offset: u32, limit: u32) -> Result<Page<Mentor>, ApiError> {
    let mut call = Call::get("/mentors");
    for theme in themes {
        call = call.query("theme", theme);
    }
    send(call.query("q", q.trim()).query("offset", offset).query("limit", limit)).await
}
