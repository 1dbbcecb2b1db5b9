use axum::extract::State;
use axum::response::Response;
use naname_contract::themes::ThemeCatalog;
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::problem::ApiError;
use crate::{store, AppState};

/// Every theme category with its themes and required items, in display order.
#[utoipa::path(
    get,
    path = "/api/themes",
    tag = "mentors",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The theme catalogue", body = ThemeCatalog),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn catalog(State(state): State<AppState>, _session: CurrentSession) -> Result<Response, ApiError> {
    state.cache.json(&state.pool, "themes".into(), || store::themes::catalog(&state.pool)).await
}
