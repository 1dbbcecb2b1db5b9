//! `POST /api/admin/registrations/import`: mentor registrations from a CSV
//! file (email, theme name or id, optional message), a dry run first, then
//! one atomic commit of the valid rows.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::header;
use axum::Json;
use naname_contract::admin_import::{ImportReport, ImportRow};
use naname_contract::Problem;
use serde::Deserialize;

use crate::auth::CurrentSession;
use crate::extract::{body_bytes, ApiQuery};
use crate::problem::ApiError;
use crate::routes::admin::audit;
use crate::store::{admin as db, admin_import as store};
use crate::{import, AppState};

/// The file's bytes, sent as `text/csv` (415 otherwise), at most
/// [`naname_contract::admin_import::MAX_IMPORT_BYTES`] (413 beyond; the route raises the API's body limit
/// for this one body).
pub struct CsvBody(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for CsvBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let mime = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase());
        if mime.as_deref() != Some("text/csv") {
            return Err(ApiError::Problem(Box::new(Problem::new(
                415,
                "unsupported_media_type",
                "Send the file as text/csv",
            ))));
        }
        body_bytes(req, state).await.map(CsvBody)
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// `true` (the default): only say what each row would do. `false`:
    /// register the valid rows, all in one transaction.
    #[serde(default = "yes")]
    pub dry_run: bool,
}

fn yes() -> bool {
    true
}

/// Reads a CSV of registrations and says, per row (with its line), what it
/// does: `will_register`, `will_reregister` (had declined or stopped),
/// `already_registered`, `unknown_email`, `unknown_theme`, `archived_theme`,
/// `duplicate` (same person and theme as an earlier row) or `invalid`
/// (`reason`: empty email or theme, email over 254 characters, message over
/// 1000). Columns: email, theme (its Japanese or English name, or its id),
/// optional message; further columns are ignored, a first row naming the
/// email column (`email`, `メールアドレス`, …) is a header. UTF-8 with or
/// without a BOM and Shift_JIS (CP932) are read; `encoding` says which.
///
/// With `dry_run=false` every `will_register` / `will_reregister` row is
/// registered (pending, with its message) in one transaction, each with its
/// audit-log row, exactly as registering in the app; the other rows change
/// nothing, so uploading the same file again registers nobody twice.
#[utoipa::path(
    post,
    path = "/api/admin/registrations/import",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body(content = String, content_type = "text/csv", description = "The CSV file's bytes, at most 1 MiB and 5,000 rows"),
    params(
        ImportQuery,
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "Every row's outcome; `registered` rows written when `dry_run=false`", body = ImportReport),
        (status = 400, description = "The body could not be read (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 1 MiB (`payload_too_large`), or more than 5,000 rows (`too_many_rows`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not `text/csv` (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Neither UTF-8 nor Shift_JIS, or broken CSV (`unreadable_csv`); no rows (`empty_csv`); `dry_run` not a boolean or another query parameter (`validation`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn import(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiQuery(query): ApiQuery<ImportQuery>,
    CsvBody(bytes): CsvBody,
) -> Result<Json<ImportReport>, ApiError> {
    let (text, encoding) = import::decode(&bytes)?;
    let (header, raw) = import::parse(&text)?;
    let report = |rows: Vec<ImportRow>, registered: u64| ImportReport {
        dry_run: query.dry_run,
        encoding,
        header,
        rows,
        registered,
    };
    if query.dry_run {
        let mut conn = state.pool.acquire().await?;
        let directory = store::directory(&mut conn).await?;
        let statuses = store::statuses(&mut conn).await?;
        let rows = import::resolve(&raw, &directory, |p, t| statuses.get(&(p, t)).copied());
        return Ok(Json(report(rows, 0)));
    }
    // Resolved again inside the write transaction, so what is committed is
    // what the rows mean now, not at the dry run.
    let now = state.now();
    let (_turn, mut tx) = state.begin_write().await?;
    let directory = store::directory(&mut tx).await?;
    let statuses = store::statuses(&mut tx).await?;
    let rows = import::resolve(&raw, &directory, |p, t| statuses.get(&(p, t)).copied());
    let mut registered = 0;
    for row in rows.iter().filter(|r| r.outcome.registers()) {
        let (Some(person), Some(theme)) = (row.person_id, row.theme_id) else { continue };
        let before = db::registration_state(&mut tx, person, theme).await?;
        db::register(&mut tx, theme, person, session.person_id, now, &row.message).await?;
        let after = db::registration_state(&mut tx, person, theme).await?;
        audit(
            &mut tx,
            &state,
            &session,
            "registration.create",
            Some(theme),
            None,
            Some(person),
            before.as_ref(),
            after.as_ref(),
        )
        .await?;
        registered += 1;
    }
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(report(rows, registered)))
}
