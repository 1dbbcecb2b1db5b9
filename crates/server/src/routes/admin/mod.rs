//! `/api/admin/…`: theme categories, themes and their required items,
//! mentor registrations per theme, the audit log.
//!
//! Every route here sits behind [`crate::auth::admin_layer`], a layer of
//! the admin router: 401 without a session, 403 for non-admins, before any
//! handler or body extractor runs. Handlers only take the session for who
//! did it.
//!
//! Concurrency: a theme's `ETag` is `"<id>-<version>"`; the version moves
//! on every change of the theme or its items (not on reordering or on
//! registrations). PUT, PATCH and DELETE of a theme need `If-Match` (428
//! without it) and answer 412 when the theme changed since: nothing is
//! overwritten silently.
//!
//! Every write is recorded in `audit_log` in the same transaction, and
//! moves the data revision (database triggers) and the cache's clock, so
//! the very next People, mentors or themes answer shows it.

mod categories;
mod registrations;
mod themes;

pub use categories::*;
pub use registrations::*;
pub use themes::*;

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use naname_contract::admin::{AdminTheme, AuditState};
use sqlx::SqliteConnection;

use crate::auth::CurrentSession;
use crate::problem::ApiError;
use crate::store::admin::{self as db, AuditRecord};
use crate::AppState;

/// Entries `GET /api/admin/themes/{id}/changes` answers.
pub const MAX_CHANGES: i64 = 50;

pub(super) fn with_etag(theme: &AdminTheme, status: StatusCode) -> Result<Response, ApiError> {
    let tag =
        HeaderValue::from_str(&theme.etag()).map_err(|e| ApiError::Internal(format!("etag header: {e}")))?;
    Ok((status, [(header::ETAG, tag)], Json(theme)).into_response())
}

/// 428 without `If-Match`, 412 when it names another version.
pub(super) fn check_if_match(headers: &HeaderMap, theme: &AdminTheme) -> Result<(), ApiError> {
    ApiError::check_if_match(headers, &theme.etag(), "theme")
}

pub(super) async fn load_theme(conn: &mut SqliteConnection, id: i64) -> Result<AdminTheme, ApiError> {
    db::theme(conn, id).await?.ok_or(ApiError::NotFound)
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn audit(
    conn: &mut SqliteConnection,
    state: &AppState,
    session: &CurrentSession,
    action: &str,
    theme_id: Option<i64>,
    category_id: Option<i64>,
    person_id: Option<i64>,
    before: Option<&AuditState>,
    after: Option<&AuditState>,
) -> Result<(), sqlx::Error> {
    db::record(
        conn,
        &AuditRecord {
            at: state.now(),
            actor_id: session.person_id,
            action,
            theme_id,
            category_id,
            person_id,
            before,
            after,
        },
    )
    .await
}
