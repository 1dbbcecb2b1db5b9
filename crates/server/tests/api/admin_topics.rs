//! `/api/admin/topics…`, `/api/admin/topic-categories…`, `/api/admin/responses…`.

use axum::http::{Method, StatusCode};
use naname_contract::admin_topics::{AdminResponse, AdminTopic, AdminTopicCatalog, Audience};
use naname_contract::one_on_ones::OneOnOne;
use naname_contract::topics::{ResponseKind, TopicCatalog};
use naname_server::seed::themes::NEW_GRADUATE;
use serde_json::json;

use crate::admin::write;
use crate::common::{request_body, Session, TestApp};

const ADMIN: &str = "admin@example.com";
const MENTEE: &str = "mentee@example.com";
/// A mentor offering Wednesday noon JST, see booking.rs.
const ITO: &str = "sakura.ito@example.com";
const WED_NOON: &str = "2030-01-09T03:00:00Z";
/// A career hire and (Ito) a new graduate.
const KIMURA: &str = "ai.kimura@example.com";

async fn session(app: &TestApp, email: &str) -> Session {
    let id = app.person_id(email).await;
    app.session_for(id).await
}

async fn new_topic(app: &TestApp, admin: &Session, audience: serde_json::Value) -> AdminTopic {
    let catalog: AdminTopicCatalog = app.get_json("/api/admin/topics", admin).await;
    let body = json!({
        "category_id": catalog.categories[0].id,
        "time_frame": "future",
        "prompt": { "ja": "新しい問い", "en": "A new prompt" },
        "audience": audience,
    });
    let res = write(app, Method::POST, "/api/admin/topics", admin, Some(body), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    res.json()
}

fn recommended(catalog: &TopicCatalog, id: i64) -> Option<bool> {
    catalog.topic(id).map(|t| t.recommended)
}

async fn audit_rows(app: &TestApp, action: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = ?")
        .bind(action)
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn categories_topics_and_responses_are_created_edited_and_deleted() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;

    let body = json!({ "name": { "ja": " 学び ", "en": "Learning" } });
    let res = write(&app, Method::POST, "/api/admin/topic-categories", &admin, Some(body), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let catalog: AdminTopicCatalog = res.json();
    let category = catalog.categories.last().expect("category");
    assert_eq!(category.name.ja, "学び");
    let path = format!("/api/admin/topic-categories/{}", category.id);
    let body = json!({ "name": { "ja": "学習", "en": "Study" } });
    let res = write(&app, Method::PUT, &path, &admin, Some(body), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let catalog: AdminTopicCatalog = res.json();
    assert!(catalog.categories.iter().any(|c| c.name.en == "Study"));

    let topic = new_topic(&app, &admin, json!({ "new_graduates": true, "career_hires": false })).await;
    assert!(!topic.used && !topic.archived);
    let path = format!("/api/admin/topics/{}", topic.id);
    let body = json!({ "prompt": { "ja": "直した問い", "en": "Edited" }, "audience": { "new_graduates": true, "career_hires": true } });
    let edited: AdminTopic = write(&app, Method::PUT, &path, &admin, Some(body), &[]).await.json();
    assert_eq!((edited.prompt.ja.as_str(), edited.audience), ("直した問い", Audience::EVERYONE));
    let mentee = session(&app, MENTEE).await;
    let live: TopicCatalog = app.get_json("/api/topics", &mentee).await;
    assert_eq!(live.topic(topic.id).map(|t| t.prompt.en.as_str()), Some("Edited"));

    let res = write(&app, Method::DELETE, &path, &admin, None, &[]).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text());
    let live: TopicCatalog = app.get_json("/api/topics", &mentee).await;
    assert!(live.topic(topic.id).is_none());
    write(&app, Method::DELETE, &path, &admin, None, &[]).await.problem(404, "not_found");

    let body =
        json!({ "name": { "ja": "一緒に整理", "en": "Sort it out" }, "description": { "ja": "", "en": "" } });
    let res = write(&app, Method::POST, "/api/admin/responses", &admin, Some(body), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let response: AdminResponse = res.json();
    let path = format!("/api/admin/responses/{}", response.id);
    let body =
        json!({ "name": { "ja": "整理", "en": "Sort" }, "description": { "ja": "説明", "en": "About" } });
    let edited: AdminResponse = write(&app, Method::PUT, &path, &admin, Some(body), &[]).await.json();
    assert_eq!(edited.description.en, "About");
    let live: Vec<ResponseKind> = app.get_json("/api/responses", &mentee).await;
    assert!(live.iter().any(|r| r.id == response.id && r.name.ja == "整理"));
    let res = write(&app, Method::DELETE, &path, &admin, None, &[]).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text());

    for action in
        ["topic_category.create", "topic_category.rename", "topic.create", "topic.update", "topic.delete"]
    {
        assert_eq!(audit_rows(&app, action).await, 1, "{action}");
    }
    for action in ["response.create", "response.update", "response.delete"] {
        assert_eq!(audit_rows(&app, action).await, 1, "{action}");
    }
}

#[tokio::test]
async fn what_a_1on1_used_is_archived_not_deleted_and_old_1on1s_still_show_it() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    let mentee = app.login(MENTEE).await;
    let ito = app.person_id(ITO).await;
    let res =
        app.post("/api/one-on-ones", &mentee, Some(&request_body(ito, WED_NOON, NEW_GRADUATE)), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let booked: OneOnOne = res.json();

    let catalog: AdminTopicCatalog = app.get_json("/api/admin/topics", &admin).await;
    let topic3 = catalog.categories.iter().flat_map(|c| &c.topics).find(|t| t.id == 3).expect("topic 3");
    assert!(topic3.used);
    assert!(catalog.responses.iter().find(|r| r.id == 1).expect("response 1").used);

    write(&app, Method::DELETE, "/api/admin/topics/3", &admin, None, &[]).await.problem(409, "topic_in_use");
    write(&app, Method::DELETE, "/api/admin/responses/1", &admin, None, &[])
        .await
        .problem(409, "response_in_use");

    let archive = json!({ "archived": true });
    let res = write(&app, Method::PATCH, "/api/admin/topics/3", &admin, Some(archive.clone()), &[]).await;
    assert!(res.json::<AdminTopic>().archived);
    let res = write(&app, Method::PATCH, "/api/admin/responses/1", &admin, Some(archive), &[]).await;
    assert!(res.json::<AdminResponse>().archived);

    let live: TopicCatalog = app.get_json("/api/topics", &mentee).await;
    assert!(live.topic(3).is_none() && live.topic(2).is_some());
    let live: Vec<ResponseKind> = app.get_json("/api/responses", &mentee).await;
    assert!(live.iter().all(|r| r.id != 1));
    let old: OneOnOne = app.get_json(&format!("/api/one-on-ones/{}", booked.id), &mentee).await;
    assert_eq!(old.topics[0].prompt.ja, "最近うまくいったこと");
    assert_eq!(old.response.name.ja, "話を聞いてほしい");
    // Still listed for the admin, to bring back.
    let catalog: AdminTopicCatalog = app.get_json("/api/admin/topics", &admin).await;
    assert!(catalog.categories.iter().flat_map(|c| &c.topics).any(|t| t.id == 3 && t.archived));

    let res =
        write(&app, Method::PATCH, "/api/admin/topics/3", &admin, Some(json!({ "archived": false })), &[])
            .await;
    assert!(!res.json::<AdminTopic>().archived);
    let live: TopicCatalog = app.get_json("/api/topics", &mentee).await;
    assert!(live.topic(3).is_some());
    assert_eq!(audit_rows(&app, "topic.archive").await, 1);
    assert_eq!(audit_rows(&app, "topic.unarchive").await, 1);
}

#[tokio::test]
async fn recommendation_follows_the_callers_hire_kind() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    let new_graduate = session(&app, ITO).await;
    let career_hire = session(&app, KIMURA).await;
    let for_graduates =
        new_topic(&app, &admin, json!({ "new_graduates": true, "career_hires": false })).await;
    let for_career = new_topic(&app, &admin, json!({ "new_graduates": false, "career_hires": true })).await;
    let for_nobody = new_topic(&app, &admin, json!({ "new_graduates": false, "career_hires": false })).await;

    let seen: TopicCatalog = app.get_json("/api/topics", &new_graduate).await;
    assert_eq!(recommended(&seen, for_graduates.id), Some(true));
    assert_eq!(recommended(&seen, for_career.id), Some(false));
    assert_eq!(recommended(&seen, for_nobody.id), Some(false));
    let seen: TopicCatalog = app.get_json("/api/topics", &career_hire).await;
    assert_eq!(recommended(&seen, for_graduates.id), Some(false));
    assert_eq!(recommended(&seen, for_career.id), Some(true));

    // Everyone: both see it at once (the cache moved with the write).
    let path = format!("/api/admin/topics/{}", for_nobody.id);
    let body = json!({ "prompt": { "ja": "全員へ", "en": "For all" }, "audience": { "new_graduates": true, "career_hires": true } });
    assert_eq!(write(&app, Method::PUT, &path, &admin, Some(body), &[]).await.status, StatusCode::OK);
    for s in [&new_graduate, &career_hire] {
        let seen: TopicCatalog = app.get_json("/api/topics", s).await;
        assert_eq!(recommended(&seen, for_nobody.id), Some(true));
    }
}

#[tokio::test]
async fn admin_topics_need_an_admin_and_valid_fields() {
    let app = TestApp::new().await;
    app.get("/api/admin/topics", None).await.problem(401, "unauthenticated");
    let mentee = session(&app, MENTEE).await;
    app.get("/api/admin/topics", Some(&mentee)).await.problem(403, "forbidden");
    let body = json!({ "archived": true });
    write(&app, Method::PATCH, "/api/admin/topics/3", &mentee, Some(body), &[])
        .await
        .problem(403, "forbidden");

    let admin = session(&app, ADMIN).await;
    let body =
        json!({ "category_id": 1, "time_frame": "past", "prompt": { "ja": "", "en": "x".repeat(81) } });
    let problem = write(&app, Method::POST, "/api/admin/topics", &admin, Some(body), &[])
        .await
        .problem(422, "validation");
    let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["prompt.ja", "prompt.en"]);

    let body = json!({ "category_id": 999, "time_frame": "past", "prompt": { "ja": "問い", "en": "Q" } });
    let problem = write(&app, Method::POST, "/api/admin/topics", &admin, Some(body), &[])
        .await
        .problem(422, "validation");
    assert_eq!(problem.errors[0].field, "category_id");

    let body = json!({ "name": { "ja": "傾聴", "en": "" }, "description": { "ja": "説明", "en": "" } });
    let problem = write(&app, Method::POST, "/api/admin/responses", &admin, Some(body), &[])
        .await
        .problem(422, "validation");
    let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["name.en", "description.en"]);

    let body = json!({ "archived": true, "extra": 1 });
    write(&app, Method::PATCH, "/api/admin/topics/3", &admin, Some(body), &[])
        .await
        .problem(422, "validation");
    let body = json!({ "name": { "ja": "名前", "en": "Name" } });
    write(&app, Method::PUT, "/api/admin/topic-categories/999", &admin, Some(body), &[])
        .await
        .problem(404, "not_found");
}
