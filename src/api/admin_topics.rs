//! `/api/admin/topics…`, `/api/admin/topic-categories…`, `/api/admin/responses…`:
//! the topic grid with its audiences and the responses wanted (対応).

use gloo_net::http::Method;
use naname_contract::admin_topics::{
    AdminResponse, AdminTopic, AdminTopicCatalog, ArchivePatch, NewTopicInput, ResponseInput,
    TopicCategoryInput, TopicInput,
};

use super::{send, ApiError, Call};

fn write(method: Method, path: &str, body: Option<String>) -> Call<'_> {
    Call { method, body, ..Call::post(path) }
}

fn json(body: &impl serde::Serialize) -> Result<String, ApiError> {
    super::wire::encode(body).map_err(ApiError::Decode)
}

/// `GET /api/admin/topics`: everything, archived included, with `used` flags.
pub async fn catalog() -> Result<AdminTopicCatalog, ApiError> {
    send(Call::get("/admin/topics")).await
}

/// `POST /api/admin/topic-categories`: the catalogue with the new category.
pub async fn create_category(input: &TopicCategoryInput) -> Result<AdminTopicCatalog, ApiError> {
    send(Call::post_json("/admin/topic-categories", input)?).await
}

/// `PUT /api/admin/topic-categories/{id}`.
pub async fn rename_category(id: i64, input: &TopicCategoryInput) -> Result<AdminTopicCatalog, ApiError> {
    let path = format!("/admin/topic-categories/{id}");
    send(write(Method::PUT, &path, Some(json(input)?))).await
}

/// `POST /api/admin/topics`.
pub async fn create_topic(input: &NewTopicInput) -> Result<AdminTopic, ApiError> {
    send(Call::post_json("/admin/topics", input)?).await
}

/// `PUT /api/admin/topics/{id}`: prompt and audiences.
pub async fn update_topic(id: i64, input: &TopicInput) -> Result<AdminTopic, ApiError> {
    let path = format!("/admin/topics/{id}");
    send(write(Method::PUT, &path, Some(json(input)?))).await
}

/// `PATCH /api/admin/topics/{id}`: archive or bring back.
pub async fn set_topic_archived(id: i64, archived: bool) -> Result<AdminTopic, ApiError> {
    let path = format!("/admin/topics/{id}");
    send(write(Method::PATCH, &path, Some(json(&ArchivePatch { archived })?))).await
}

/// `DELETE /api/admin/topics/{id}` (409 `topic_in_use` once a 1on1 chose it).
pub async fn delete_topic(id: i64) -> Result<(), ApiError> {
    let path = format!("/admin/topics/{id}");
    send(write(Method::DELETE, &path, None)).await
}

/// `POST /api/admin/responses`.
pub async fn create_response(input: &ResponseInput) -> Result<AdminResponse, ApiError> {
    send(Call::post_json("/admin/responses", input)?).await
}

/// `PUT /api/admin/responses/{id}`.
pub async fn update_response(id: i64, input: &ResponseInput) -> Result<AdminResponse, ApiError> {
    let path = format!("/admin/responses/{id}");
    send(write(Method::PUT, &path, Some(json(input)?))).await
}

/// `PATCH /api/admin/responses/{id}`: archive or bring back.
pub async fn set_response_archived(id: i64, archived: bool) -> Result<AdminResponse, ApiError> {
    let path = format!("/admin/responses/{id}");
    send(write(Method::PATCH, &path, Some(json(&ArchivePatch { archived })?))).await
}

/// `DELETE /api/admin/responses/{id}` (409 `response_in_use` once a 1on1 asked for it).
pub async fn delete_response(id: i64) -> Result<(), ApiError> {
    let path = format!("/admin/responses/{id}");
    send(write(Method::DELETE, &path, None)).await
}
