use axum::extract::State;
use axum::response::Response;
use naname_contract::mentors::{Mentor, MentorQuery};
use naname_contract::{Page, Problem};

use crate::auth::CurrentSession;
use crate::extract::ApiQuery;
use crate::problem::ApiError;
use crate::{store, AppState};

/// Mentors holding **every** requested theme approved (intersection), sorted
/// by reading. `q` searches name, reading, Latin name, department, what they
/// talk about and their theme names. Unknown theme ids match nobody.
#[utoipa::path(
    get,
    path = "/api/mentors",
    tag = "mentors",
    security(("session_cookie" = [])),
    params(
        ("theme" = Option<Vec<i64>>, Query, description = "Theme id; repeat for several (`theme=1&theme=2`), at most 20", style = Form, explode),
        ("q" = Option<String>, Query, description = "Search words (at most 100 characters)"),
        ("offset" = Option<u32>, Query, description = "Items to skip", minimum = 0),
        ("limit" = Option<u32>, Query, description = "Page size, 1 to 100 (default 24)", minimum = 1, maximum = 100),
    ),
    responses(
        (status = 200, description = "One page of mentor cards", body = Page<Mentor>),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or unknown query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    _session: CurrentSession,
    ApiQuery(query): ApiQuery<MentorQuery>,
) -> Result<Response, ApiError> {
    let filter = query.validate().map_err(ApiError::Validation)?;
    // The filter is normalised (themes sorted and de-duplicated, the query
    // folded), so equivalent URLs share one entry.
    let key = format!("mentors|{:?}|{}|{}|{}", filter.themes, filter.offset, filter.limit, filter.q);
    state.cache.json(&state.pool, key, || store::mentors::search(&state.pool, &filter)).await
}
