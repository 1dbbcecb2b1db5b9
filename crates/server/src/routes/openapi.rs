use axum::http::header;
use axum::response::IntoResponse;
use naname_contract::activity as wire_activity;
use naname_contract::admin as wire_admin;
use naname_contract::admin_import as wire_import;
use naname_contract::admin_topics as wire_topics_admin;
use naname_contract::auth::{LoginRequest, Me, Role};
use naname_contract::auth::{MAX_EMAIL_LEN, MAX_PASSWORD_LEN};
use naname_contract::instant::{EARLIEST, LATEST};
use naname_contract::mentor_themes as wire_mentor_themes;
use naname_contract::mentors::{
    Mentor, MentorPage, MentorProfile, MentorTheme, NextFree, ThemeAnswer, ThemeFacet,
};
use naname_contract::one_on_ones::{
    MentorSlots, NewOneOnOne, OneOnOne, Participant, Side, Status, ThemeRef, TransitionMessage,
};
use naname_contract::one_on_ones::{IDEMPOTENCY_HEADER, MAX_MESSAGE_CHARS, MAX_NOTE_CHARS, MAX_TOPICS};
use naname_contract::page::MAX_LIMIT;
use naname_contract::people::{Department, HireKind, Person};
use naname_contract::place::{
    Acceptance, Place, PlaceDefault, PlaceKind, MAX_PLACE_ROOM_CHARS, MAX_PLACE_URL_CHARS,
};
use naname_contract::search::MAX_QUERY_CHARS;
use naname_contract::slots::Interval;
use naname_contract::themes::{RequiredItem, Theme, ThemeCatalog, ThemeCategory};
use naname_contract::topics::{ResponseKind, TimeFrame, Topic, TopicCatalog, TopicCategory};
use naname_contract::{FieldError, Localized, Problem, UserText};
use serde_json::{json, Value};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::auth::SESSION_COOKIE;
use crate::routes::one_on_ones::MAX_IDEMPOTENCY_KEY_LEN;
use crate::routes::{
    activity, admin, admin_import, admin_topics, availability, health, me, mentor_profile, mentor_themes,
    mentors, one_on_ones, people, place_default, session, themes, topics,
};

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
        place_default::get,
        place_default::put,
        admin::catalog,
        admin::create_theme,
        admin::examples,
        admin::get_theme,
        admin::put_theme,
        admin::patch_theme,
        admin::delete_theme,
        admin::impact,
        admin::changes,
        admin::registrations,
        admin::register,
        admin::withdraw,
        admin::person_registrations,
        admin::create_category,
        admin::order_categories,
        admin::rename_category,
        admin::order_themes,
        availability::get,
        availability::put,
        mentor_profile::get,
        mentor_profile::put,
        admin_import::import,
        admin_topics::topic_catalog,
        admin_topics::create_topic_category,
        admin_topics::rename_topic_category,
        admin_topics::create_topic,
        admin_topics::put_topic,
        admin_topics::patch_topic,
        admin_topics::delete_topic,
        admin_topics::create_response,
        admin_topics::put_response,
        admin_topics::patch_response,
        admin_topics::delete_response,
        activity::activity,
        activity::activity_csv,
        mentor_themes::list,
        mentor_themes::approve,
        mentor_themes::decline,
        mentor_themes::put_answers,
        mentor_themes::stop,
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
        UserText,
        MentorProfile,
        ThemeCatalog,
        ThemeCategory,
        Theme,
        RequiredItem,
        Mentor,
        MentorTheme,
        ThemeAnswer,
        MentorPage,
        ThemeFacet,
        NextFree,
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
        Acceptance,
        Place,
        PlaceKind,
        PlaceDefault,
        one_on_ones::Lang,
        health::Health,
        wire_admin::AdminCatalog,
        wire_topics_admin::AdminTopicCatalog,
        wire_topics_admin::AdminTopicCategory,
        wire_topics_admin::AdminTopic,
        wire_topics_admin::AdminResponse,
        wire_topics_admin::Audience,
        wire_topics_admin::TopicCategoryInput,
        wire_topics_admin::NewTopicInput,
        wire_topics_admin::TopicInput,
        wire_topics_admin::ResponseInput,
        wire_topics_admin::ArchivePatch,
        wire_admin::AdminCategory,
        wire_admin::AdminTheme,
        wire_admin::AdminRequiredItem,
        wire_admin::ItemKind,
        wire_admin::RegistrationCounts,
        wire_admin::ThemeInput,
        wire_admin::RequiredItemInput,
        wire_admin::CategoryInput,
        wire_admin::Reorder,
        wire_admin::ThemePatch,
        wire_admin::ThemeChange,
        wire_admin::ThemeImpact,
        wire_admin::Registration,
        wire_admin::RegistrationList,
        wire_admin::RegistrationStatus,
        wire_admin::PersonRef,
        wire_admin::NewRegistrations,
        wire_admin::RegistrationOutcome,
        wire_admin::RegistrationResult,
        wire_admin::RegistrationResults,
        wire_admin::AuditState,
        wire_admin::AuditEntry,
        wire_admin::AuditLog,
        wire_mentor_themes::MyRegistration,
        wire_mentor_themes::MyRegistrations,
        wire_mentor_themes::Answers,
        wire_mentor_themes::Decline,
        wire_import::CsvEncoding,
        wire_import::ImportOutcome,
        wire_import::InvalidReason,
        wire_import::ImportRow,
        wire_import::ImportReport,
        wire_activity::Activity,
        wire_activity::ThemeActivity,
        wire_activity::FlaggedMentor,
        wire_activity::WeekCount,
        naname_contract::availability::Availability,
        naname_contract::availability::WeeklyRange,
        naname_contract::availability::DateException,
        naname_contract::availability::MinuteRange,
    )),
    modifiers(&SessionCookie),
    tags(
        (name = "session", description = "Signing in and out"),
        (name = "people", description = "Colleagues"),
        (name = "mentors", description = "Mentor themes and mentor cards"),
        (name = "one-on-ones", description = "Bookable slots, topics and responses, 1on1 requests and their lifecycle"),
        (name = "admin", description = "Theme categories, themes and their required items, mentor registrations and their CSV import, the audit log, activity (admins only)"),
        (name = "mentor-themes", description = "My registrations as a mentor: approve, decline, answer, stop"),
        (name = "availability", description = "My preferred 1on1 times and booking rules, versioned with an ETag"),
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
    let mut json =
        with_limits(ApiDoc::openapi()).to_pretty_json().unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    json.push('\n');
    json
}

/// The document with [`state_the_limits`] applied, read back into utoipa's
/// types so that it is written in their order, as before.
fn with_limits(doc: utoipa::openapi::OpenApi) -> utoipa::openapi::OpenApi {
    let Ok(mut value) = serde_json::to_value(&doc) else { return doc };
    state_the_limits(&mut value);
    serde_json::from_value(value).unwrap_or(doc)
}

/// What the server enforces and the derives cannot say, written into the
/// document from the contract's own constants, so that another backend
/// built from it behaves the same: lengths, counts and ranges of fields
/// and parameters, a `u32` as the range it is (not OpenAPI's signed
/// `int32`), optional bodies that are not `null`, a header that is never
/// `null`.
fn state_the_limits(doc: &mut Value) {
    admin_limits(doc);
    bilingual_limits(doc);
    // A field the derives no longer produce is left alone (the document's
    // tests then notice), never created half-empty.
    let mut field = |schema: &str, property: &str, limits: Value| {
        if let Some(target) = doc.pointer_mut(&format!("/components/schemas/{schema}/properties/{property}"))
        {
            merge(target, &limits);
        }
    };
    for id in ["mentor_id", "theme_id", "response_id"] {
        field("NewOneOnOne", id, json!({ "minimum": 1 }));
    }
    field(
        "NewOneOnOne",
        "topic_ids",
        json!({ "minItems": 1, "maxItems": MAX_TOPICS, "uniqueItems": true, "items": { "minimum": 1 } }),
    );
    field("NewOneOnOne", "note", json!({ "maxLength": MAX_NOTE_CHARS }));
    field(
        "NewOneOnOne",
        "start",
        json!({ "description": format!("On a whole minute, from {} to {} (`out_of_range` outside)", rfc3339(EARLIEST), rfc3339(LATEST)) }),
    );
    field("TransitionMessage", "message", json!({ "maxLength": MAX_MESSAGE_CHARS }));
    field("Acceptance", "message", json!({ "maxLength": MAX_MESSAGE_CHARS }));
    // The longer of the two kinds' limits; the description says each.
    field(
        "Place",
        "value",
        json!({ "minLength": 1, "maxLength": MAX_PLACE_URL_CHARS.max(MAX_PLACE_ROOM_CHARS) }),
    );
    // `looks_like_email` after trimming: one `@`, text before it, a dot
    // inside the domain, no white space.
    field(
        "LoginRequest",
        "email",
        json!({ "maxLength": MAX_EMAIL_LEN, "pattern": r"^\s*[^@\s]+@[^@\s.][^@\s]*\.[^@\s]*[^@\s.]\s*$" }),
    );
    field("LoginRequest", "password", json!({ "minLength": 1, "maxLength": MAX_PASSWORD_LEN }));
    let count = json!({ "type": "integer", "format": "int64", "minimum": 0, "maximum": u32::MAX });
    for page in ["MentorPage", "Page_Person"] {
        field(page, "offset", count.clone());
        field(page, "total", count.clone());
        field(page, "limit", json!({ "minimum": 1, "maximum": MAX_LIMIT }));
    }
    field("ThemeFacet", "count", count.clone());

    let Some(paths) = doc["paths"].as_object_mut() else { return };
    for op in paths.values_mut().filter_map(Value::as_object_mut).flat_map(|item| item.values_mut()) {
        for param in op.get_mut("parameters").and_then(Value::as_array_mut).into_iter().flatten() {
            let (name, place) = (param["name"].as_str().unwrap_or(""), param["in"].as_str().unwrap_or(""));
            let limits = match (place, name) {
                ("path", "id" | "person_id") => json!({ "minimum": 1 }),
                ("query", "offset") => count.clone(),
                ("query", "q") => json!({ "maxLength": MAX_QUERY_CHARS }),
                ("query", "theme") => json!({ "items": { "minimum": 1 } }),
                ("header", IDEMPOTENCY_HEADER) => json!({
                    "type": "string",
                    "minLength": 1,
                    "maxLength": MAX_IDEMPOTENCY_KEY_LEN,
                    "pattern": "^[!-~]+$",
                }),
                _ => continue,
            };
            merge(&mut param["schema"], &limits);
        }
        // `Option<T>` bodies come out as `oneOf: [null, T]`; the server
        // takes no body or a `T`, and answers `null` with 422.
        if let Some(content) =
            op.get_mut("requestBody").and_then(|b| b.get_mut("content")).and_then(Value::as_object_mut)
        {
            for media in content.values_mut() {
                let unwrapped = media["schema"]["oneOf"]
                    .as_array()
                    .filter(|alts| alts.len() == 2 && alts.contains(&json!({ "type": "null" })))
                    .and_then(|alts| alts.iter().find(|a| **a != json!({ "type": "null" })).cloned());
                if let Some(schema) = unwrapped {
                    media["schema"] = schema;
                }
            }
        }
    }
}

/// The supply side's limits: names in both languages, item and option
/// counts, messages, answers, id lists.
fn admin_limits(doc: &mut Value) {
    use naname_contract::admin::{
        MAX_DESCRIPTION_CHARS, MAX_LONG_TEXT_CHARS, MAX_NAME_CHARS, MAX_OPTIONS, MAX_OPTION_CHARS,
        MAX_PEOPLE_PER_REGISTRATION, MAX_REGISTRATION_MESSAGE_CHARS, MAX_REORDER_IDS, MAX_REQUIRED_ITEMS,
    };
    let localized = |min: usize, max: usize, what: &str| {
        let text = json!({ "type": "string", "minLength": min, "maxLength": max });
        json!({
            "type": "object",
            "description": what,
            "required": ["ja", "en"],
            "properties": { "ja": text, "en": text },
            "additionalProperties": false,
        })
    };
    let name = localized(1, MAX_NAME_CHARS, "1 to 80 characters in each language (after trimming)");
    let description = localized(
        0,
        MAX_DESCRIPTION_CHARS,
        "At most 1000 characters in each language; both or neither (after trimming)",
    );
    let ids = |min: usize, max: usize| json!({ "minItems": min, "maxItems": max, "uniqueItems": true, "items": { "minimum": 1 } });
    let mut set = |schema: &str, property: &str, value: Value, replace: bool| {
        if let Some(target) = doc.pointer_mut(&format!("/components/schemas/{schema}/properties/{property}"))
        {
            if replace {
                *target = value;
            } else {
                merge(target, &value);
            }
        }
    };
    set("ThemeInput", "name", name.clone(), true);
    set("ThemeInput", "description", description, true);
    set("ThemeInput", "category_id", json!({ "minimum": 1 }), false);
    set("ThemeInput", "required_items", json!({ "maxItems": MAX_REQUIRED_ITEMS }), false);
    set("CategoryInput", "name", name.clone(), true);
    set("RequiredItemInput", "label", name, true);
    set("RequiredItemInput", "id", json!({ "minimum": 1 }), false);
    set(
        "RequiredItemInput",
        "options",
        json!({ "maxItems": MAX_OPTIONS, "uniqueItems": true, "items": { "minLength": 1, "maxLength": MAX_OPTION_CHARS } }),
        false,
    );
    set("NewRegistrations", "person_ids", ids(1, MAX_PEOPLE_PER_REGISTRATION), false);
    set("NewRegistrations", "message", json!({ "maxLength": MAX_REGISTRATION_MESSAGE_CHARS }), false);
    set("Decline", "reason", json!({ "maxLength": MAX_REGISTRATION_MESSAGE_CHARS }), false);
    set("Reorder", "ids", ids(0, MAX_REORDER_IDS), false);
    // Object keys are strings: an item id written in decimal. The longest
    // answer any kind takes is a long text's.
    set(
        "Answers",
        "answers",
        json!({
            "type": "object",
            "description": "Answer per item id",
            "propertyNames": { "type": "string", "pattern": "^[1-9][0-9]*$" },
            "additionalProperties": { "type": "string", "maxLength": MAX_LONG_TEXT_CHARS },
        }),
        true,
    );
}

/// What people write in both languages: each side of what a mentor can
/// talk about, and the English side of text answers.
fn bilingual_limits(doc: &mut Value) {
    use naname_contract::admin::MAX_LONG_TEXT_CHARS;
    use naname_contract::mentors::MAX_TALK_ABOUT_CHARS;
    let side = json!({ "type": "string", "maxLength": MAX_TALK_ABOUT_CHARS });
    if let Some(target) = doc.pointer_mut("/components/schemas/MentorProfile/properties/talk_about") {
        *target = json!({
            "type": "object",
            "description": "At most 1000 characters in each language (after trimming); an empty or missing side is not written",
            "properties": { "ja": side, "en": side },
            "additionalProperties": false,
        });
    }
    if let Some(target) = doc.pointer_mut("/components/schemas/Answers/properties/answers_en") {
        *target = json!({
            "type": "object",
            "description": "English side of text answers (short and long text items only), per item id",
            "propertyNames": { "type": "string", "pattern": "^[1-9][0-9]*$" },
            "additionalProperties": { "type": "string", "maxLength": MAX_LONG_TEXT_CHARS },
        });
    }
}

/// Sets every field of `with` in `target`, recursing into objects.
fn merge(target: &mut Value, with: &Value) {
    match (target.as_object_mut(), with.as_object()) {
        (Some(target), Some(with)) => {
            for (key, value) in with {
                merge(target.entry(key.clone()).or_insert(Value::Null), value);
            }
        }
        _ => *target = with.clone(),
    }
}

fn rfc3339(t: i64) -> String {
    naname_contract::instant::rfc3339_utc(t)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
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
