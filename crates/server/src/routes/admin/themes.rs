//! Themes: the catalogue, one theme (ETag), archive, delete, impact, its
//! change log, and "start from examples".

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use naname_contract::admin::{
    AdminCatalog, AdminTheme, AuditLog, AuditState, ItemKind, RequiredItemInput, ThemeChange, ThemeImpact,
    ThemeInput, ThemePatch,
};
use naname_contract::{FieldError, Problem};
use sqlx::SqliteConnection;

use crate::auth::CurrentSession;
use crate::extract::ApiJson;
use crate::problem::ApiError;
use crate::routes::mentors::parse_id;
use crate::store::admin::{self as db};
use crate::{seed, AppState};

use super::*;

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
