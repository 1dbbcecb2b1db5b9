use axum::extract::State;
use axum::Json;
use naname_contract::auth::Me;
use naname_contract::Problem;

use crate::auth::CurrentSession;
use crate::problem::ApiError;
use crate::{store, AppState};

/// The signed-in person, with the CSRF token to send on writes.
#[utoipa::path(
    get,
    path = "/api/me",
    tag = "session",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "The signed-in person", body = Me),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn me(State(state): State<AppState>, session: CurrentSession) -> Result<Json<Me>, ApiError> {
    load_me(&state, session.person_id, session.csrf_token).await.map(Json)
}

pub(crate) async fn load_me(state: &AppState, person_id: i64, csrf_token: String) -> Result<Me, ApiError> {
    // A session whose person was removed is as good as none.
    let account = store::people::account(&state.pool, person_id).await?.ok_or(ApiError::Unauthenticated)?;
    let p = account.person;
    Ok(Me {
        id: p.id,
        email: account.email,
        name: p.name,
        name_reading: p.name_reading,
        name_latin: p.name_latin,
        department: p.department,
        role: account.role,
        is_mentor: p.is_mentor,
        time_zone: p.time_zone,
        csrf_token,
    })
}
