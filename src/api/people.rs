//! `/api/people`: the colleague directory.

use naname_contract::people::Person;
use naname_contract::Page;

use super::{send, ApiError, Call};

/// `GET /api/people?q=&offset=&limit=`.
pub async fn list(q: &str, offset: u32, limit: u32) -> Result<Page<Person>, ApiError> {
    send(Call::get("/people").query("q", q.trim()).query("offset", offset).query("limit", limit)).await
}
