//! `/api/admin/…` for themes and mentor registrations: the catalogue,
//! one theme (saved against its `ETag`), a change's impact, its history,
//! categories and their order, and who is registered for what.

use gloo_net::http::Method;
use naname_contract::admin::{
    AdminCatalog, AdminCategory, AdminTheme, AuditLog, CategoryInput, NewRegistrations, RegistrationList,
    RegistrationResults, Reorder, ThemeChange, ThemeImpact, ThemeInput, ThemePatch,
};

use super::{send, ApiError, Call};

/// A write whose method is not POST (PUT, PATCH, DELETE), optionally with `If-Match`.
fn write<'a>(method: Method, path: &'a str, body: Option<String>, if_match: Option<&'a str>) -> Call<'a> {
    Call { method, body, header: if_match.map(|tag| ("if-match", tag)), ..Call::post(path) }
}

fn json(body: &impl serde::Serialize) -> Result<String, ApiError> {
    super::wire::encode(body).map_err(ApiError::Decode)
}

/// `GET /api/admin/themes`: every category with all its themes, archived ones included.
pub async fn catalog() -> Result<AdminCatalog, ApiError> {
    send(Call::get("/admin/themes")).await
}

/// `GET /api/admin/themes/{id}`.
pub async fn theme(id: i64) -> Result<AdminTheme, ApiError> {
    send(Call::get(&format!("/admin/themes/{id}"))).await
}

/// `POST /api/admin/themes`: a new theme at the end of its category.
pub async fn create_theme(input: &ThemeInput) -> Result<AdminTheme, ApiError> {
    send(Call::post_json("/admin/themes", input)?).await
}

/// `PUT /api/admin/themes/{id}` against `etag` (412 when another admin saved first).
pub async fn replace_theme(id: i64, etag: &str, input: &ThemeInput) -> Result<AdminTheme, ApiError> {
    let path = format!("/admin/themes/{id}");
    send(write(Method::PUT, &path, Some(json(input)?), Some(etag))).await
}

/// `PATCH /api/admin/themes/{id}`: archive or bring back.
pub async fn set_archived(id: i64, etag: &str, archived: bool) -> Result<AdminTheme, ApiError> {
    let path = format!("/admin/themes/{id}");
    send(write(Method::PATCH, &path, Some(json(&ThemePatch { archived })?), Some(etag))).await
}

/// `DELETE /api/admin/themes/{id}` (409 `theme_in_use` once it was used).
pub async fn delete_theme(id: i64, etag: &str) -> Result<(), ApiError> {
    let path = format!("/admin/themes/{id}");
    send(write(Method::DELETE, &path, None, Some(etag))).await
}

/// `POST /api/admin/themes/{id}/impact`: what a change would do; nothing is written.
pub async fn impact(id: i64, change: &ThemeChange) -> Result<ThemeImpact, ApiError> {
    send(Call::post_json(&format!("/admin/themes/{id}/impact"), change)?).await
}

/// `GET /api/admin/themes/{id}/changes`: the latest 50, newest first.
pub async fn changes(id: i64) -> Result<AuditLog, ApiError> {
    send(Call::get(&format!("/admin/themes/{id}/changes"))).await
}

/// `POST /api/admin/themes/examples`: the brief's example catalogue (409 when themes exist).
pub async fn examples() -> Result<AdminCatalog, ApiError> {
    send(Call::post("/admin/themes/examples")).await
}

/// `POST /api/admin/theme-categories`.
pub async fn create_category(input: &CategoryInput) -> Result<AdminCategory, ApiError> {
    send(Call::post_json("/admin/theme-categories", input)?).await
}

/// `PUT /api/admin/theme-categories/{id}`: a new name in both languages.
pub async fn rename_category(id: i64, input: &CategoryInput) -> Result<AdminCategory, ApiError> {
    let path = format!("/admin/theme-categories/{id}");
    send(write(Method::PUT, &path, Some(json(input)?), None)).await
}

/// `PUT /api/admin/theme-categories/order`: every category id, first shown first.
pub async fn order_categories(ids: Vec<i64>) -> Result<AdminCatalog, ApiError> {
    send(write(Method::PUT, "/admin/theme-categories/order", Some(json(&Reorder { ids })?), None)).await
}

/// `PUT /api/admin/theme-categories/{id}/theme-order`: every theme of the category.
pub async fn order_themes(category_id: i64, ids: Vec<i64>) -> Result<AdminCatalog, ApiError> {
    let path = format!("/admin/theme-categories/{category_id}/theme-order");
    send(write(Method::PUT, &path, Some(json(&Reorder { ids })?), None)).await
}

/// `GET /api/admin/themes/{id}/registrations`.
pub async fn registrations(theme_id: i64) -> Result<RegistrationList, ApiError> {
    send(Call::get(&format!("/admin/themes/{theme_id}/registrations"))).await
}

/// `POST /api/admin/themes/{id}/registrations`: one outcome per person, in order.
pub async fn register(theme_id: i64, body: &NewRegistrations) -> Result<RegistrationResults, ApiError> {
    send(Call::post_json(&format!("/admin/themes/{theme_id}/registrations"), body)?).await
}

/// `DELETE /api/admin/themes/{id}/registrations/{person_id}`.
pub async fn withdraw(theme_id: i64, person_id: i64) -> Result<(), ApiError> {
    let path = format!("/admin/themes/{theme_id}/registrations/{person_id}");
    send(write(Method::DELETE, &path, None, None)).await
}

/// `GET /api/admin/people/{id}/registrations`: a person's themes and statuses.
pub async fn person_registrations(person_id: i64) -> Result<RegistrationList, ApiError> {
    send(Call::get(&format!("/admin/people/{person_id}/registrations"))).await
}
