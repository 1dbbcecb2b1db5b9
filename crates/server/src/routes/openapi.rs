use axum::http::header;
use axum::response::IntoResponse;
use naname_contract::auth::{LoginRequest, Me, Role};
use naname_contract::mentors::{Mentor, MentorTheme, ThemeAnswer};
use naname_contract::one_on_ones::{
    MentorSlots, NewOneOnOne, OneOnOne, Participant, Side, Status, ThemeRef, TransitionMessage,
};
use naname_contract::people::{Department, HireKind, Person};
use naname_contract::slots::Interval;
use naname_contract::themes::{RequiredItem, Theme, ThemeCatalog, ThemeCategory};
use naname_contract::topics::{ResponseKind, TimeFrame, Topic, TopicCatalog, TopicCategory};
use naname_contract::{FieldError, Localized, Problem};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::auth::SESSION_COOKIE;
use crate::routes::{health, me, mentors, one_on_ones, people, session, themes, topics};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "naname API",
        description = "REST API of naname, the diagonal 1on1 app. Errors are `application/problem+json` \
                       with a stable `code`. Writes need the `x-csrf-token` header.",
        license(name = "MIT"),
    ),
    paths(
        session::login,
        session::logout,
        session::logout_everywhere,
        me::me,
        people::list,
        themes::catalog,
        mentors::list,
        mentors::get,
        mentors::slots,
        topics::catalog,
        topics::responses,
        one_on_ones::create,
        one_on_ones::list,
        one_on_ones::get,
        one_on_ones::calendar,
        one_on_ones::accept,
        one_on_ones::decline,
        one_on_ones::cancel,
        health::health,
        document,
    ),
    components(schemas(
        Problem,
        FieldError,
        LoginRequest,
        Me,
        Role,
        Person,
        Department,
        HireKind,
        Localized,
        ThemeCatalog,
        ThemeCategory,
        Theme,
        RequiredItem,
        Mentor,
        MentorTheme,
        ThemeAnswer,
        MentorSlots,
        Interval,
        TopicCatalog,
        TopicCategory,
        Topic,
        TimeFrame,
        ResponseKind,
        NewOneOnOne,
        OneOnOne,
        Participant,
        ThemeRef,
        Status,
        Side,
        TransitionMessage,
        one_on_ones::Lang,
        health::Health,
    )),
    modifiers(&SessionCookie),
    tags(
        (name = "session", description = "Signing in and out"),
        (name = "people", description = "Colleagues"),
        (name = "mentors", description = "Mentor themes and mentor cards"),
        (name = "one-on-ones", description = "Bookable slots, topics and responses, 1on1 requests and their lifecycle"),
        (name = "meta", description = "Health and this document"),
    )
)]
pub struct ApiDoc;

struct SessionCookie;

impl Modify for SessionCookie {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session_cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                SESSION_COOKIE,
                "Set by POST /api/session",
            ))),
        );
    }
}

/// The document as committed in `openapi.json` at the repository root.
pub fn openapi_json() -> String {
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(generate).clone()
}

fn generate() -> String {
    let mut json = ApiDoc::openapi().to_pretty_json().unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    json.push('\n');
    json
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json")),
)]
pub async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], openapi_json())
}
