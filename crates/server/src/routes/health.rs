use axum::extract::State;
use axum::Json;
use naname_contract::Problem;
use serde::Serialize;
use utoipa::ToSchema;

use crate::problem::ApiError;
use crate::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the server answers 200.
    pub status: String,
}

/// Readiness: the server is up and its database answers.
#[utoipa::path(
    get,
    path = "/api/health",
    tag = "meta",
    responses(
        (status = 200, description = "Ready", body = Health),
        (status = 503, description = "The database does not answer", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn health(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    sqlx::query("SELECT 1").execute(&state.pool).await.map_err(|e| ApiError::Unavailable(e.to_string()))?;
    Ok(Json(Health { status: "ok".into() }))
}
