use axum::extract::State;
use axum::response::Response;
use naname_contract::topics::{ResponseKind, TopicCatalog};
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::problem::ApiError;
use crate::{store, AppState};

/// What a mentee can say they want to talk about: the topic grid, by
/// category, each with prompts looking back (past), at now (present) and
/// ahead (future). `recommended` topics (the admin's audiences that include
/// the caller's hire kind) are shown first.
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
pub async fn catalog(State(state): State<AppState>, session: CurrentSession) -> Result<Response, ApiError> {
    let reader = store::admin_topics::hire_kind(&state.pool, session.person_id).await?;
    let key = format!("topics:{}", store::people::hire_kind_str(reader));
    state.cache.json(&state.pool, key, || store::topics::catalog(&state.pool, reader)).await
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
