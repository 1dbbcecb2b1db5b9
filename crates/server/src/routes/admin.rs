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

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use naname_contract::admin::{
    AdminCatalog, AdminCategory, AdminTheme, AuditLog, AuditState, CategoryInput, ItemKind, NewRegistrations,
    RegistrationList, RegistrationResult, RegistrationResults, Reorder, RequiredItemInput, ThemeChange,
    ThemeImpact, ThemeInput, ThemePatch,
};
use naname_contract::{FieldError, Problem};
use sqlx::SqliteConnection;

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::routes::mentors::parse_id;
use crate::store::admin::{self as db, AuditRecord};
use crate::{seed, AppState};

/// Entries `GET /api/admin/themes/{id}/changes` answers.
pub const MAX_CHANGES: i64 = 50;

fn with_etag(theme: &AdminTheme, status: StatusCode) -> Result<Response, ApiError> {
    let tag =
        HeaderValue::from_str(&theme.etag()).map_err(|e| ApiError::Internal(format!("etag header: {e}")))?;
    Ok((status, [(header::ETAG, tag)], Json(theme)).into_response())
}

/// 428 without `If-Match`, 412 when it names another version.
fn check_if_match(headers: &HeaderMap, theme: &AdminTheme) -> Result<(), ApiError> {
    let values: Vec<&str> =
        headers.get_all(header::IF_MATCH).iter().filter_map(|v| v.to_str().ok()).collect();
    if values.is_empty() {
        return Err(ApiError::Problem(Box::new(
            Problem::new(428, "precondition_required", "Send the theme's ETag in If-Match")
                .with_detail("GET the theme first; its ETag says which version you are changing"),
        )));
    }
    let current = theme.etag();
    let matches =
        values.iter().flat_map(|v| v.split(',')).map(str::trim).any(|tag| tag == "*" || tag == current);
    if matches {
        Ok(())
    } else {
        Err(ApiError::Problem(Box::new(
            Problem::new(412, "precondition_failed", "The theme changed since you loaded it")
                .with_detail(format!("Current version: {current}; reload, then apply your change again")),
        )))
    }
}

async fn load_theme(conn: &mut SqliteConnection, id: i64) -> Result<AdminTheme, ApiError> {
    db::theme(conn, id).await?.ok_or(ApiError::NotFound)
}

/// The category exists and every item id is one of `before`'s items.
async fn check_references(
    conn: &mut SqliteConnection,
    input: &ThemeInput,
    before: Option<&AdminTheme>,
    prefix: &str,
) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    if !db::category_exists(conn, input.category_id).await? {
        errors.push(FieldError::new(format!("{prefix}category_id"), "not_found", "No such category"));
    }
    for (i, item) in input.required_items.iter().enumerate() {
        if let Some(id) = item.id {
            if !before.is_some_and(|t| t.required_items.iter().any(|old| old.id == id)) {
                errors.push(FieldError::new(
                    format!("{prefix}required_items[{i}].id"),
                    "unknown_item",
                    "Not an item of this theme; leave `id` out for a new item",
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(errors))
    }
}

/// Every category with all its themes, archived ones included, with their
/// registration counts and whether they can still be deleted.
#[utoipa::path(
    get,
    path = "/api/admin/themes",
    tag = "admin",
    security(("session_cookie" = [])),
    responses(
        (status = 200, description = "Every category and theme", body = AdminCatalog),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn catalog(State(state): State<AppState>) -> Result<Json<AdminCatalog>, ApiError> {
    let mut conn = state.pool.acquire().await?;
    Ok(Json(db::catalog(&mut conn).await?))
}

/// Creates a theme at the end of its category.
#[utoipa::path(
    post,
    path = "/api/admin/themes",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ThemeInput,
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 201, description = "The theme as stored, with its `ETag`", body = AdminTheme, headers(("etag" = String, description = "The version to send in `If-Match`"))),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`, each error at its place: names 1–80 characters in both languages (`name.ja`, `required_items[2].label.en`), descriptions at most 1000 (both or neither), at most 20 required items, single choice with 2–20 unique options of 1–80 characters (`required_items[2].options[0]`), options only on single choice, unknown `category_id` (`not_found`), an item `id` (`unknown_item`: new items have none), unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_theme(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<ThemeInput>,
) -> Result<Response, ApiError> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    check_references(&mut tx, &input, None, "").await?;
    let id = db::insert_theme(&mut tx, &input).await?;
    let theme = load_theme(&mut tx, id).await?;
    let after = db::theme_state(&theme);
    audit(&mut tx, &state, &session, "theme.create", Some(id), None, None, None, Some(&after)).await?;
    tx.commit().await?;
    state.cache.data_changed();
    with_etag(&theme, StatusCode::CREATED)
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

/// One theme, with its `ETag`.
#[utoipa::path(
    get,
    path = "/api/admin/themes/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The theme's id")),
    responses(
        (status = 200, description = "The theme", body = AdminTheme, headers(("etag" = String, description = "The version to send in `If-Match`"))),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_theme(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let mut conn = state.pool.acquire().await?;
    let theme = load_theme(&mut conn, id).await?;
    with_etag(&theme, StatusCode::OK)
}

/// Replaces a theme: its category, names, descriptions and required items
/// (in the order given). Items sent with their `id` keep it and their
/// answers where those still fit the item (a kind or options change can
/// drop answers); items left out are deleted with their answers; items
/// without `id` are new.
///
/// Approved mentors and a new required item: they **stay approved and
/// listed**; the card shows the answers they have, and their registration
/// is flagged `needs_answer` (Settings asks them, admins see the count)
/// until they answer with `PUT /api/me/mentor-themes/{id}/answers`. Ask
/// `POST /api/admin/themes/{id}/impact` first to see how many that is.
#[utoipa::path(
    put,
    path = "/api/admin/themes/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ThemeInput,
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("if-match" = String, Header, description = "The `ETag` of the version being changed"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The theme as stored, with its new `ETag`", body = AdminTheme, headers(("etag" = String, description = "The new version"))),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The theme changed since that `ETag` (`precondition_failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation` as for creating, plus an item `id` that is not this theme's (`unknown_item`)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "No `If-Match` (`precondition_required`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put_theme(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ThemeInput>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = load_theme(&mut tx, id).await?;
    check_if_match(&headers, &before)?;
    check_references(&mut tx, &input, Some(&before), "").await?;
    db::replace_theme(&mut tx, &before, &input).await?;
    let theme = load_theme(&mut tx, id).await?;
    let (b, a) = (db::theme_state(&before), db::theme_state(&theme));
    audit(&mut tx, &state, &session, "theme.update", Some(id), None, None, Some(&b), Some(&a)).await?;
    tx.commit().await?;
    state.cache.data_changed();
    with_etag(&theme, StatusCode::OK)
}

/// Archives a theme or brings it back. Archived, it leaves the People
/// filter, the theme catalogue and every card at once, and nobody can
/// request a new 1on1 under it; its registrations, answers and 1on1s stay
/// (requests already made can still be accepted or declined), and
/// unarchiving brings it back as it was.
#[utoipa::path(
    patch,
    path = "/api/admin/themes/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ThemePatch,
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("if-match" = String, Header, description = "The `ETag` of the version being changed"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The theme as stored, with its new `ETag`", body = AdminTheme, headers(("etag" = String, description = "The new version"))),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The theme changed since that `ETag` (`precondition_failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `archived` missing or not a boolean, unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "No `If-Match` (`precondition_required`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn patch_theme(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ThemePatch>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = load_theme(&mut tx, id).await?;
    check_if_match(&headers, &before)?;
    if before.archived == body.archived {
        return with_etag(&before, StatusCode::OK);
    }
    db::set_archived(&mut tx, id, body.archived).await?;
    let theme = load_theme(&mut tx, id).await?;
    let action = if body.archived { "theme.archive" } else { "theme.unarchive" };
    let (b, a) = (db::theme_state(&before), db::theme_state(&theme));
    audit(&mut tx, &state, &session, action, Some(id), None, None, Some(&b), Some(&a)).await?;
    tx.commit().await?;
    state.cache.data_changed();
    with_etag(&theme, StatusCode::OK)
}

/// Deletes a theme that was never used: no registrations (in any status)
/// and no 1on1s. A used theme is archived instead (409).
#[utoipa::path(
    delete,
    path = "/api/admin/themes/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("if-match" = String, Header, description = "The `ETag` of the version being deleted"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The theme has registrations or 1on1s (`theme_in_use`): archive it", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The theme changed since that `ETag` (`precondition_failed`)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "No `If-Match` (`precondition_required`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_theme(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let id = parse_id(&id)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let before = load_theme(&mut tx, id).await?;
    check_if_match(&headers, &before)?;
    if !before.deletable {
        return Err(ApiError::conflict(
            "theme_in_use",
            "The theme has registrations or 1on1s; archive it instead",
        ));
    }
    db::delete_theme(&mut tx, id).await?;
    let b = db::theme_state(&before);
    audit(&mut tx, &state, &session, "theme.delete", Some(id), None, None, Some(&b), None).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(StatusCode::NO_CONTENT)
}

/// What a change would do, before it is saved: send the new version of the
/// theme (`theme`, as for PUT) or `archived`. Nothing is written.
///
/// - A new required item (or an item made required, or answers that no
///   longer fit a changed item) asks `asked_to_answer` approved mentors to
///   answer: they stay approved and on the cards, flagged `needs_answer`.
/// - Removing an item deletes its answers (`answers_dropped`).
/// - Archiving hides the theme from `hidden_from_mentors` mentors' cards at
///   once (`no_longer_mentors` of them hold no other live theme and leave
///   the mentor list); `open_one_on_ones` requested or accepted under it
///   stay answerable.
#[utoipa::path(
    post,
    path = "/api/admin/themes/{id}/impact",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = ThemeChange,
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "What the change would do", body = ThemeImpact),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: not exactly one of `theme` and `archived`; the theme's errors as for PUT, under `theme.` (`theme.required_items[0].label.ja`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn impact(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ThemeChange>,
) -> Result<Json<ThemeImpact>, ApiError> {
    let id = parse_id(&id)?;
    let mut conn = state.pool.acquire().await?;
    let before = load_theme(&mut conn, id).await?;
    body.validate().map_err(ApiError::Validation)?;
    let after = match &body.theme {
        Some(theme) => {
            let input = theme.validate().map_err(ApiError::Validation)?;
            check_references(&mut conn, &input, Some(&before), "theme.").await?;
            Some(input)
        }
        None => None,
    };
    let archive = body.archived == Some(true);
    Ok(Json(db::impact(&mut conn, &before, after.as_ref(), archive).await?))
}

/// The theme's latest recorded changes (at most 50), newest first: its
/// edits, archiving, registrations and the mentors' answers to them.
#[utoipa::path(
    get,
    path = "/api/admin/themes/{id}/changes",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The theme's id (also a deleted theme's)")),
    responses(
        (status = 200, description = "Newest first", body = AuditLog),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn changes(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<AuditLog>, ApiError> {
    let id = parse_id(&id)?;
    let mut conn = state.pool.acquire().await?;
    Ok(Json(AuditLog { entries: db::theme_log(&mut conn, id, MAX_CHANGES).await? }))
}

/// A theme's registrations with their status and dates, by reading.
#[utoipa::path(
    get,
    path = "/api/admin/themes/{id}/registrations",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The theme's id")),
    responses(
        (status = 200, description = "The registrations", body = RegistrationList),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn registrations(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<RegistrationList>, ApiError> {
    let id = parse_id(&id)?;
    let mut conn = state.pool.acquire().await?;
    load_theme(&mut conn, id).await?;
    Ok(Json(RegistrationList { items: db::registrations(&mut conn, Some(id), None).await? }))
}

/// Registers one or several people for a theme, with an optional message
/// they read in Settings. Each becomes `pending` until they approve
/// (answering the required items) or decline. People who had declined or
/// stopped are asked again (their earlier answers are kept to start from);
/// pending or approved ones are left as they are.
#[utoipa::path(
    post,
    path = "/api/admin/themes/{id}/registrations",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = NewRegistrations,
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "What happened to each person, in the order sent", body = RegistrationResults),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such theme (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The theme is archived (`theme_archived`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `person_ids` empty, more than 100, repeated or unknown (`person_ids[3]`, `not_found`); `message` over 1000 characters; unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewRegistrations>,
) -> Result<Json<RegistrationResults>, ApiError> {
    let id = parse_id(&id)?;
    body.validate().map_err(ApiError::Validation)?;
    let message = body.message.as_deref().unwrap_or("").trim().to_string();
    let now = state.now();
    let (_turn, mut tx) = state.begin_write().await?;
    let theme = load_theme(&mut tx, id).await?;
    if theme.archived {
        return Err(ApiError::conflict("theme_archived", "The theme is archived"));
    }
    let mut unknown = Vec::new();
    for (i, person) in body.person_ids.iter().enumerate() {
        if !db::person_exists(&mut tx, *person).await? {
            unknown.push(FieldError::new(format!("person_ids[{i}]"), "not_found", "No such person"));
        }
    }
    if !unknown.is_empty() {
        return Err(ApiError::Validation(unknown));
    }
    let mut results = Vec::with_capacity(body.person_ids.len());
    for person in &body.person_ids {
        let before = db::registration_state(&mut tx, *person, id).await?;
        let outcome = db::register(&mut tx, id, *person, session.person_id, now, &message).await?;
        if outcome != naname_contract::admin::RegistrationOutcome::AlreadyRegistered {
            let after = db::registration_state(&mut tx, *person, id).await?;
            let action = "registration.create";
            audit(
                &mut tx,
                &state,
                &session,
                action,
                Some(id),
                None,
                Some(*person),
                before.as_ref(),
                after.as_ref(),
            )
            .await?;
        }
        results.push(RegistrationResult { person_id: *person, outcome });
    }
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(RegistrationResults { results }))
}

/// Withdraws a person's registration for a theme, whatever its status,
/// with their answers to it. 1on1s already made under it stay.
#[utoipa::path(
    delete,
    path = "/api/admin/themes/{id}/registrations/{person_id}",
    tag = "admin",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The theme's id"),
        ("person_id" = i64, Path, description = "The person's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such registration (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn withdraw(
    State(state): State<AppState>,
    session: CurrentSession,
    Path((id, person)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let (id, person) = (parse_id(&id)?, parse_id(&person)?);
    let (_turn, mut tx) = state.begin_write().await?;
    let before = db::registration_state(&mut tx, person, id).await?.ok_or(ApiError::NotFound)?;
    db::withdraw(&mut tx, id, person).await?;
    audit(
        &mut tx,
        &state,
        &session,
        "registration.withdraw",
        Some(id),
        None,
        Some(person),
        Some(&before),
        None,
    )
    .await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(StatusCode::NO_CONTENT)
}

/// A person's registrations across themes (archived themes included).
#[utoipa::path(
    get,
    path = "/api/admin/people/{id}/registrations",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The registrations, by theme order", body = RegistrationList),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such person (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn person_registrations(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<RegistrationList>, ApiError> {
    let id = parse_id(&id)?;
    let mut conn = state.pool.acquire().await?;
    if !db::person_exists(&mut conn, id).await? {
        return Err(ApiError::NotFound);
    }
    Ok(Json(RegistrationList { items: db::registrations(&mut conn, None, Some(id)).await? }))
}

/// "Start from examples": for an organisation without themes, creates the
/// brief's example categories (年次・属性 / 業務経験 / 業務外経験 / 制度の利用 /
/// その他; existing categories of those names are reused) and themes (the
/// demo's catalogue: キャリア入社（1年以内）, 海外駐在, 育休・産休取得,
/// 社内サークル・趣味, …) with their required items, all editable after.
#[utoipa::path(
    post,
    path = "/api/admin/themes/examples",
    tag = "admin",
    security(("session_cookie" = [])),
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 201, description = "The catalogue now", body = AdminCatalog),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "There are themes already (`themes_exist`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn examples(State(state): State<AppState>, session: CurrentSession) -> Result<Response, ApiError> {
    let (_turn, mut tx) = state.begin_write().await?;
    if db::theme_count(&mut tx).await? > 0 {
        return Err(ApiError::conflict("themes_exist", "There are themes already"));
    }
    let existing = db::catalog(&mut tx).await?;
    for &(seed_id, ja, en) in seed::themes::CATEGORIES.iter() {
        let name = naname_contract::Localized::new(ja, en);
        let category_id = match existing.categories.iter().find(|c| c.name.ja == ja) {
            Some(c) => c.id,
            None => {
                let (id, sort) = db::insert_category(&mut tx, &name).await?;
                let after = AuditState::Category { name: name.clone(), sort };
                audit(&mut tx, &state, &session, "category.create", None, Some(id), None, None, Some(&after))
                    .await?;
                id
            }
        };
        for t in seed::themes::THEMES.iter().filter(|t| t.category == seed_id) {
            let input = ThemeInput {
                category_id,
                name: naname_contract::Localized::new(t.name.0, t.name.1),
                description: naname_contract::Localized::new(t.description.0, t.description.1),
                required_items: t
                    .items
                    .iter()
                    .map(|&(ja, en)| RequiredItemInput {
                        id: None,
                        label: naname_contract::Localized::new(ja, en),
                        kind: ItemKind::ShortText,
                        options: Vec::new(),
                        required: true,
                    })
                    .collect(),
            };
            let id = db::insert_theme(&mut tx, &input).await?;
            let theme = load_theme(&mut tx, id).await?;
            let after = db::theme_state(&theme);
            audit(&mut tx, &state, &session, "theme.create", Some(id), None, None, None, Some(&after))
                .await?;
        }
    }
    let catalog = db::catalog(&mut tx).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok((StatusCode::CREATED, Json(catalog)).into_response())
}

/// Creates a theme category at the end.
#[utoipa::path(
    post,
    path = "/api/admin/theme-categories",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = CategoryInput,
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 201, description = "The category (no themes yet)", body = AdminCategory),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `name.ja` / `name.en` empty or over 80 characters, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_category(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<CategoryInput>,
) -> Result<Response, ApiError> {
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let (id, sort) = db::insert_category(&mut tx, &input.name).await?;
    let after = AuditState::Category { name: input.name.clone(), sort };
    audit(&mut tx, &state, &session, "category.create", None, Some(id), None, None, Some(&after)).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok((StatusCode::CREATED, Json(AdminCategory { id, name: input.name, themes: Vec::new() }))
        .into_response())
}

/// Renames a theme category (both languages).
#[utoipa::path(
    put,
    path = "/api/admin/theme-categories/{id}",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = CategoryInput,
    params(
        ("id" = i64, Path, description = "The category's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The category with its themes", body = AdminCategory),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such category (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `name.ja` / `name.en` empty or over 80 characters, unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn rename_category(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CategoryInput>,
) -> Result<Json<AdminCategory>, ApiError> {
    let id = parse_id(&id)?;
    let input = body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let (name, sort) = db::category(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    db::rename_category(&mut tx, id, &input.name).await?;
    let before = AuditState::Category { name, sort };
    let after = AuditState::Category { name: input.name.clone(), sort };
    audit(&mut tx, &state, &session, "category.rename", None, Some(id), None, Some(&before), Some(&after))
        .await?;
    let category =
        db::catalog(&mut tx).await?.categories.into_iter().find(|c| c.id == id).ok_or(ApiError::NotFound)?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(category))
}

fn same_set(ids: &[i64], current: &[i64]) -> Result<(), ApiError> {
    let mut a = ids.to_vec();
    let mut b = current.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    if a == b {
        Ok(())
    } else {
        Err(ApiError::field("ids", "mismatch", "List every id of the set exactly once"))
    }
}

/// Puts the theme categories in a new order.
#[utoipa::path(
    put,
    path = "/api/admin/theme-categories/order",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = Reorder,
    params(("x-csrf-token" = String, Header, description = "The session's `csrf_token`")),
    responses(
        (status = 200, description = "The catalogue in its new order", body = AdminCatalog),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `ids` repeated (`ids[2]`), or not exactly every category (`mismatch`), unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn order_categories(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiJson(body): ApiJson<Reorder>,
) -> Result<Json<AdminCatalog>, ApiError> {
    body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    let current = db::category_ids(&mut tx).await?;
    same_set(&body.ids, &current)?;
    db::order_categories(&mut tx, &body.ids).await?;
    let (before, after) = (AuditState::Order { ids: current }, AuditState::Order { ids: body.ids.clone() });
    audit(&mut tx, &state, &session, "category.order", None, None, None, Some(&before), Some(&after)).await?;
    let catalog = db::catalog(&mut tx).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(catalog))
}

/// Puts a category's themes (archived ones included) in a new order. The
/// themes' versions do not move: an open edit of one stays valid.
#[utoipa::path(
    put,
    path = "/api/admin/theme-categories/{id}/theme-order",
    tag = "admin",
    security(("session_cookie" = [])),
    request_body = Reorder,
    params(
        ("id" = i64, Path, description = "The category's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "The catalogue in its new order", body = AdminCatalog),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in (`unauthenticated`)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an admin (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such category (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: `ids` repeated (`ids[2]`), or not exactly the category's themes (`mismatch`), unknown field", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn order_themes(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Reorder>,
) -> Result<Json<AdminCatalog>, ApiError> {
    let id = parse_id(&id)?;
    body.validate().map_err(ApiError::Validation)?;
    let (_turn, mut tx) = state.begin_write().await?;
    db::category(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    let current = db::theme_ids_in(&mut tx, id).await?;
    same_set(&body.ids, &current)?;
    db::order_themes(&mut tx, &body.ids).await?;
    let (before, after) = (AuditState::Order { ids: current }, AuditState::Order { ids: body.ids.clone() });
    audit(&mut tx, &state, &session, "theme.order", None, Some(id), None, Some(&before), Some(&after))
        .await?;
    let catalog = db::catalog(&mut tx).await?;
    tx.commit().await?;
    state.cache.data_changed();
    Ok(Json(catalog))
}
