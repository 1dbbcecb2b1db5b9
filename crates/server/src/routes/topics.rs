use axum::extract::State;
use axum::response::Response;
use naname_contract::topics::{ResponseKind, TopicCatalog};
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::problem::ApiError;
use crate::{store, AppState};

/// What a mentee can say they want to talk about: the topic grid, by
/// category, each with prompts looking back (past), at now (present) and
/// ahead (future). `recommended` topics are shown first.
#[utoipa::path(
    get,
    path = "/api/topics",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The topic catalogue", body = TopicCatalog),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn catalog(State(state): State<AppState>, _session: CurrentSession) -> Result<Response, ApiError> {
    state.cache.json(&state.pool, "topics".into(), || store::topics::catalog(&state.pool)).await
}

/// The kinds of response a mentee can ask for (対応), in display order.
#[utoipa::path(
    get,
    path = "/api/responses",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "Responses wanted", body = Vec<ResponseKind>),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn responses(
    State(state): State<AppState>,
    _session: CurrentSession,
) -> Result<Response, ApiError> {
    state.cache.json(&state.pool, "responses".into(), || store::topics::responses(&state.pool)).await
}
