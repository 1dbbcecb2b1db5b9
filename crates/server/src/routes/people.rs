use axum::extract::State;
use axum::response::Response;
use naname_contract::page::ListQuery;
use naname_contract::people::Person;
use naname_contract::{Page, Problem};

use crate::auth::CurrentSession;
use crate::extract::ApiQuery;
use crate::problem::ApiError;
use crate::{store, AppState};

/// Colleagues, sorted by reading. Every word of `q` must occur in the name,
/// kana reading, Latin name, title, office or department (width, case and
/// katakana/hiragana folded as in the contract's `normalize_query`).
#[utoipa::path(
    get,
    path = "/api/people",
    tag = "people",
    security(("session_cookie" = [])),
    params(
        ("q" = Option<String>, Query, description = "Search words (at most 100 characters)"),
        ("offset" = Option<u64>, Query, description = "Items to skip, 0 to 4294967295 (past the end: no items)", minimum = 0),
        ("limit" = Option<u32>, Query, description = "Page size, 1 to 100 (default 24)", minimum = 1, maximum = 100),
    ),
    responses(
        (status = 200, description = "One page of colleagues", body = Page<Person>),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or unknown query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    _session: CurrentSession,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Response, ApiError> {
    let filter = query.validate().map_err(ApiError::Validation)?;
    state.cache.list(&state.pool, "people", &filter, store::people::search).await
}
