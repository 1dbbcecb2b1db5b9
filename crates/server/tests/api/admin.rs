//! The supply side: `/api/admin/…` and `/api/me/mentor-themes`.

use axum::body::Body;
use axum::http::{header, Method, Request};
use naname_contract::admin::{
    AdminCatalog, AdminCategory, AdminTheme, AuditLog, AuditState, RegistrationList, RegistrationOutcome,
    RegistrationResults, RegistrationStatus, ThemeImpact,
};
use naname_contract::mentor_themes::{MyRegistration, MyRegistrations};
use naname_contract::mentors::Mentor;
use naname_contract::people::Person;
use naname_contract::themes::ThemeCatalog;
use naname_contract::{Page, CSRF_HEADER};
use naname_server::openapi_json;
use naname_server::seed::mentors::MENTORS;
use naname_server::seed::themes::{POSTING_ABROAD, THEMES};
use serde_json::json;

use crate::common::{Session, TestApp, TestResponse};

const ADMIN: &str = "admin@example.com";
const MENTEE: &str = "mentee@example.com";

async fn session(app: &TestApp, email: &str) -> Session {
    let id = app.person_id(email).await;
    app.session_for(id).await
}

/// A write with the session's cookie and CSRF token, a JSON body when given, and extra headers.
pub(crate) async fn write(
    app: &TestApp,
    method: Method,
    path: &str,
    s: &Session,
    body: Option<serde_json::Value>,
    headers: &[(&str, &str)],
) -> TestResponse {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::COOKIE, &s.cookie)
        .header(CSRF_HEADER, &s.csrf);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let req = match body {
        Some(body) => req.header(header::CONTENT_TYPE, "application/json").body(Body::from(body.to_string())),
        None => req.body(Body::empty()),
    };
    app.send(req.expect("request")).await
}

pub(crate) fn theme_body(category_id: i64, name: &str) -> serde_json::Value {
    json!({
        "category_id": category_id,
        "name": { "ja": name, "en": format!("{name} (en)") },
        "description": { "ja": "説明", "en": "About" },
        "required_items": [
            { "label": { "ja": "国", "en": "Country" }, "kind": "short_text" },
            { "label": { "ja": "形態", "en": "Kind" }, "kind": "single_choice", "options": ["駐在", "出張"] },
            { "label": { "ja": "年", "en": "Year" }, "kind": "year", "required": false },
        ],
    })
}

pub(crate) async fn create_theme(
    app: &TestApp,
    admin: &Session,
    body: serde_json::Value,
) -> (AdminTheme, String) {
    let res = write(app, Method::POST, "/api/admin/themes", admin, Some(body), &[]).await;
    assert_eq!(res.status, 201, "{}", res.text());
    let etag = res.header("etag").to_string();
    (res.json(), etag)
}

async fn mentors_of(app: &TestApp, s: &Session, theme: i64) -> Vec<i64> {
    let page: Page<Mentor> = app.get_json(&format!("/api/mentors?limit=100&theme={theme}"), s).await;
    page.items.iter().map(|m| m.person.id).collect()
}

/// A body the endpoint would accept, by its schema, so that only the guard can refuse it.
fn valid_body(schema: &serde_json::Value) -> serde_json::Value {
    let name = schema["$ref"].as_str().unwrap_or("").rsplit('/').next().unwrap_or("");
    match name {
        "ThemeInput" => theme_body(1, "ガード"),
        "ThemePatch" => json!({ "archived": false }),
        "ThemeChange" => json!({ "archived": true }),
        "CategoryInput" => json!({ "name": { "ja": "ガード", "en": "Guard" } }),
        "Reorder" => json!({ "ids": [1] }),
        "NewRegistrations" => json!({ "person_ids": [1] }),
        "TopicCategoryInput" => json!({ "name": { "ja": "ガード", "en": "Guard" } }),
        "NewTopicInput" => {
            json!({ "category_id": 1, "time_frame": "past", "prompt": { "ja": "ガード", "en": "Guard" } })
        }
        "TopicInput" => json!({ "prompt": { "ja": "ガード", "en": "Guard" } }),
        "ResponseInput" => {
            json!({ "name": { "ja": "ガード", "en": "Guard" }, "description": { "ja": "", "en": "" } })
        }
        "ArchivePatch" => json!({ "archived": false }),
        // Not JSON (the CSV import): the guard refuses before the body is read.
        "" if schema.is_null() => json!("mentee@example.com,1"),
        other => panic!("add a valid dummy body for `{other}` ({schema})"),
    }
}

#[tokio::test]
async fn every_admin_endpoint_refuses_the_signed_out_and_non_admins() {
    let app = TestApp::new().await;
    let mentee = session(&app, MENTEE).await;
    let mentor = session(&app, MENTORS[0].email).await;
    let admin = session(&app, ADMIN).await;
    let doc: serde_json::Value = serde_json::from_str(&openapi_json()).unwrap();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        if !path.starts_with("/api/admin") {
            continue;
        }
        let uri = path.replace("{id}", "1").replace("{person_id}", "1");
        for (method, op) in item.as_object().unwrap() {
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let body = op.get("requestBody").map(|b| valid_body(&b["content"]["application/json"]["schema"]));
            let what = format!("{method} {path}");
            // Signed out, with a CSRF header so that the write reaches the guard.
            let mut req = Request::builder().method(method.clone()).uri(&uri).header(CSRF_HEADER, "x");
            if body.is_some() {
                req = req.header(header::CONTENT_TYPE, "application/json");
            }
            let res = app
                .send(req.body(Body::from(body.as_ref().map(|b| b.to_string()).unwrap_or_default())).unwrap())
                .await;
            assert_eq!(res.status, 401, "{what} signed out: {}", res.text());
            res.problem(401, "unauthenticated");
            for who in [&mentee, &mentor] {
                let res = write(&app, method.clone(), &uri, who, body.clone(), &[]).await;
                assert_eq!(res.status, 403, "{what} as non-admin: {}", res.text());
                res.problem(403, "forbidden");
            }
            if method == Method::GET {
                let res = app.get(&uri, Some(&admin)).await;
                assert!(res.status == 200 || res.status == 404, "{what} as admin: {}", res.text());
            }
            checked += 1;
        }
    }
    assert!(checked >= 17, "only {checked} admin operations found");
    // A path nobody defined under /api/admin is guarded too.
    app.get("/api/admin/nothing-here", Some(&mentee)).await.problem(403, "forbidden");
}

#[tokio::test]
async fn a_theme_is_created_validated_and_saved_against_its_etag() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;

    // Field errors point at the exact place.
    let mut bad = theme_body(1, "海外出張");
    bad["required_items"][1]["options"] = json!(["", "出張", "出張"]);
    bad["name"]["en"] = json!("");
    let res = write(&app, Method::POST, "/api/admin/themes", &admin, Some(bad), &[]).await;
    let fields: Vec<(String, String)> =
        res.problem(422, "validation").errors.into_iter().map(|e| (e.field, e.code)).collect();
    assert_eq!(
        fields,
        vec![
            ("name.en".to_string(), "required".to_string()),
            ("required_items[1].options[0]".to_string(), "required".to_string()),
            ("required_items[1].options[2]".to_string(), "duplicate".to_string()),
        ]
    );
    let res = write(&app, Method::POST, "/api/admin/themes", &admin, Some(theme_body(999, "x")), &[]).await;
    assert_eq!(res.problem(422, "validation").errors[0].field, "category_id");

    let (theme, etag) = create_theme(&app, &admin, theme_body(2, "海外出張")).await;
    assert_eq!(etag, format!("\"{}-1\"", theme.id));
    assert_eq!(theme.required_items.len(), 3);
    assert!(theme.deletable && !theme.archived);
    let path = format!("/api/admin/themes/{}", theme.id);
    let res = app.get(&path, Some(&admin)).await;
    assert_eq!(res.header("etag"), etag);

    // Live at once in the public catalogue.
    let catalog: ThemeCatalog = app.get_json("/api/themes", &admin).await;
    assert_eq!(catalog.theme(theme.id).unwrap().name.ja, "海外出張");

    let mut edit = theme_body(2, "海外出張・短期");
    edit["required_items"][0]["id"] = json!(theme.required_items[0].id);
    write(&app, Method::PUT, &path, &admin, Some(edit.clone()), &[])
        .await
        .problem(428, "precondition_required");
    let res = write(&app, Method::PUT, &path, &admin, Some(edit.clone()), &[("if-match", &etag)]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let new_etag = res.header("etag").to_string();
    assert_ne!(new_etag, etag);
    let saved: AdminTheme = res.json();
    assert_eq!(saved.name.ja, "海外出張・短期");
    assert_eq!(saved.required_items[0].id, theme.required_items[0].id, "the item kept its id");
    assert_ne!(saved.required_items[1].id, theme.required_items[1].id, "an item without id is new");

    // A second admin saving from the old version is refused; nothing is overwritten.
    let second =
        write(&app, Method::PUT, &path, &admin, Some(theme_body(2, "上書き")), &[("if-match", &etag)]).await;
    second.problem(412, "precondition_failed");
    write(&app, Method::PATCH, &path, &admin, Some(json!({"archived": true})), &[("if-match", &etag)])
        .await
        .problem(412, "precondition_failed");
    let now: AdminTheme = app.get_json(&path, &admin).await;
    assert_eq!(now.name.ja, "海外出張・短期");

    // An item id of another theme is refused where it is.
    let mut foreign = theme_body(2, "x");
    foreign["required_items"][2]["id"] = json!(1);
    let res = write(&app, Method::PUT, &path, &admin, Some(foreign), &[("if-match", &new_etag)]).await;
    assert_eq!(res.problem(422, "validation").errors[0].field, "required_items[2].id");

    // The audit log: who, what, before and after.
    let log: AuditLog = app.get_json(&format!("{path}/changes"), &admin).await;
    let actions: Vec<&str> = log.entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, vec!["theme.update", "theme.create"]);
    let update = &log.entries[0];
    assert_eq!(update.actor.as_ref().unwrap().id, app.person_id(ADMIN).await);
    match (&update.before, &update.after) {
        (Some(AuditState::Theme { name: before, .. }), Some(AuditState::Theme { name: after, .. })) => {
            assert_eq!((before.ja.as_str(), after.ja.as_str()), ("海外出張", "海外出張・短期"));
        }
        other => panic!("{other:?}"),
    }

    // Never used: it can be deleted (with the current ETag only).
    write(&app, Method::DELETE, &path, &admin, None, &[("if-match", &etag)])
        .await
        .problem(412, "precondition_failed");
    let res = write(&app, Method::DELETE, &path, &admin, None, &[("if-match", &new_etag)]).await;
    assert_eq!(res.status, 204, "{}", res.text());
    app.get(&path, Some(&admin)).await.problem(404, "not_found");
}

#[tokio::test]
async fn registration_approval_and_new_items_reach_the_cards_at_once() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    let mentee_id = app.person_id(MENTEE).await;
    let mentee = app.session_for(mentee_id).await;
    let (theme, etag) = create_theme(&app, &admin, theme_body(3, "社内バンド")).await;
    let base = format!("/api/admin/themes/{}", theme.id);

    // Warm the caches first: the next answers must still see the writes.
    assert!(mentors_of(&app, &mentee, theme.id).await.is_empty());
    let me: naname_contract::auth::Me = app.get_json("/api/me", &mentee).await;
    let people_path = format!("/api/people?limit=100&q={}", me.name_latin.replace(' ', "+"));
    let is_mentor = |page: &Page<Person>| page.items.iter().find(|p| p.id == mentee_id).map(|p| p.is_mentor);
    assert_eq!(is_mentor(&app.get_json(&people_path, &mentee).await), Some(false));
    assert!(!me.is_mentor);

    let body = json!({ "person_ids": [mentee_id], "message": "ぜひお願いします" });
    let res =
        write(&app, Method::POST, &format!("{base}/registrations"), &admin, Some(body.clone()), &[]).await;
    let results: RegistrationResults = res.json();
    assert_eq!(results.results[0].outcome, RegistrationOutcome::Registered);
    let again: RegistrationResults =
        write(&app, Method::POST, &format!("{base}/registrations"), &admin, Some(body), &[]).await.json();
    assert_eq!(again.results[0].outcome, RegistrationOutcome::AlreadyRegistered);
    let unknown = json!({ "person_ids": [mentee_id, 999_999] });
    let res = write(&app, Method::POST, &format!("{base}/registrations"), &admin, Some(unknown), &[]).await;
    assert_eq!(res.problem(422, "validation").errors[0].field, "person_ids[1]");

    let mine: MyRegistrations = app.get_json("/api/me/mentor-themes", &mentee).await;
    let pending = mine.items.iter().find(|r| r.theme_id == theme.id).unwrap();
    assert_eq!(pending.status, RegistrationStatus::Pending);
    assert_eq!(pending.message, "ぜひお願いします");
    assert_eq!(pending.registered_by.as_ref().unwrap().id, app.person_id(ADMIN).await);
    assert_eq!(pending.required_items.len(), 3);
    assert_eq!(pending.description.ja, "説明");
    let items: Vec<i64> = pending.required_items.iter().map(|i| i.id).collect();

    // Approving checks every item, each error naming it.
    let approve = format!("/api/me/mentor-themes/{}/approve", theme.id);
    let wrong = json!({ "answers": { items[1].to_string(): "留学", items[2].to_string(): "20" } });
    let res = write(&app, Method::POST, &approve, &mentee, Some(wrong), &[]).await;
    let fields: Vec<String> = res.problem(422, "validation").errors.into_iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        vec![
            format!("answers[{}]", items[0]),
            format!("answers[{}]", items[1]),
            format!("answers[{}]", items[2])
        ]
    );
    let good = json!({ "answers": { items[0].to_string(): "米国", items[1].to_string(): "駐在" } });
    let res = write(&app, Method::POST, &approve, &mentee, Some(good), &[]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let approved: MyRegistration = res.json();
    assert_eq!(approved.status, RegistrationStatus::Approved);
    assert!(!approved.needs_answer);
    write(&app, Method::POST, &approve, &mentee, Some(json!({})), &[]).await.problem(409, "not_pending");

    // On the cards and in People at once; a new mentor without times has no slots yet.
    assert_eq!(mentors_of(&app, &mentee, theme.id).await, vec![mentee_id]);
    let other = session(&app, MENTORS[0].email).await;
    let slots = app.get(&format!("/api/mentors/{mentee_id}/slots"), Some(&other)).await;
    assert_eq!(slots.status, 200, "{}", slots.text());
    assert_eq!(is_mentor(&app.get_json(&people_path, &mentee).await), Some(true));

    // A new required item: the impact says who is asked, they stay listed, flagged.
    let mut edit = theme_body(3, "社内バンド");
    for (i, id) in items.iter().enumerate() {
        edit["required_items"][i]["id"] = json!(id);
    }
    edit["required_items"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "label": { "ja": "楽器", "en": "Instrument" }, "kind": "short_text" }));
    let impact: ThemeImpact =
        write(&app, Method::POST, &format!("{base}/impact"), &admin, Some(json!({ "theme": edit })), &[])
            .await
            .json();
    assert_eq!((impact.approved_mentors, impact.asked_to_answer, impact.answers_dropped), (1, 1, 0));
    let res = write(&app, Method::PUT, &base, &admin, Some(edit), &[("if-match", &etag)]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let saved: AdminTheme = res.json();
    assert_eq!(saved.registrations.needs_answer, 1);
    assert_eq!(mentors_of(&app, &mentee, theme.id).await, vec![mentee_id], "still listed");
    let mine: MyRegistrations = app.get_json("/api/me/mentor-themes", &mentee).await;
    let reg = mine.items.iter().find(|r| r.theme_id == theme.id).unwrap();
    assert!(reg.needs_answer);
    let instrument = reg.required_items[3].id;
    let answers = json!({ "answers": { items[0].to_string(): "米国", items[1].to_string(): "駐在", instrument.to_string(): "ベース" } });
    let res = write(
        &app,
        Method::PUT,
        &format!("/api/me/mentor-themes/{}/answers", theme.id),
        &mentee,
        Some(answers),
        &[],
    )
    .await;
    let reg: MyRegistration = res.json();
    assert!(!reg.needs_answer);
    let card: Mentor = app.get_json(&format!("/api/mentors/{mentee_id}"), &mentee).await;
    let on_card = card.themes.iter().find(|t| t.theme_id == theme.id).unwrap();
    assert_eq!(
        on_card.answers.iter().map(|a| a.answer.ja.as_str()).collect::<Vec<_>>(),
        vec!["米国", "駐在", "ベース"]
    );

    // Admins see it; a person's registrations across themes too.
    let list: RegistrationList = app.get_json(&format!("{base}/registrations"), &admin).await;
    assert_eq!(list.items.len(), 1);
    assert_eq!(list.items[0].status, RegistrationStatus::Approved);
    assert!(list.items[0].decided_at.is_some());
    let across: RegistrationList =
        app.get_json(&format!("/api/admin/people/{mentee_id}/registrations"), &admin).await;
    assert!(across.items.iter().any(|r| r.theme_id == theme.id));

    // Stopping: off the cards at once; the theme is used, so it cannot be deleted.
    let res =
        write(&app, Method::POST, &format!("/api/me/mentor-themes/{}/stop", theme.id), &mentee, None, &[])
            .await;
    assert_eq!(res.json::<MyRegistration>().status, RegistrationStatus::Stopped);
    assert!(mentors_of(&app, &mentee, theme.id).await.is_empty());
    assert_eq!(is_mentor(&app.get_json(&people_path, &mentee).await), Some(false));
    let now: AdminTheme = app.get_json(&base, &admin).await;
    assert_eq!(now.registrations.stopped, 1);
    write(&app, Method::DELETE, &base, &admin, None, &[("if-match", &now.etag())])
        .await
        .problem(409, "theme_in_use");

    // Withdrawn: gone from the person's list; the log kept every step.
    let res =
        write(&app, Method::DELETE, &format!("{base}/registrations/{mentee_id}"), &admin, None, &[]).await;
    assert_eq!(res.status, 204);
    let mine: MyRegistrations = app.get_json("/api/me/mentor-themes", &mentee).await;
    assert!(mine.items.iter().all(|r| r.theme_id != theme.id));
    let log: AuditLog = app.get_json(&format!("{base}/changes"), &admin).await;
    let actions: Vec<&str> = log.entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        vec![
            "registration.withdraw",
            "registration.stop",
            "registration.answers",
            "theme.update",
            "registration.approve",
            "registration.create",
            "theme.create"
        ]
    );
}

#[tokio::test]
async fn declining_tells_the_admins_why() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    let mentee_id = app.person_id(MENTEE).await;
    let mentee = app.session_for(mentee_id).await;
    let (theme, _) = create_theme(&app, &admin, theme_body(5, "朝活")).await;
    let base = format!("/api/admin/themes/{}", theme.id);
    write(
        &app,
        Method::POST,
        &format!("{base}/registrations"),
        &admin,
        Some(json!({ "person_ids": [mentee_id] })),
        &[],
    )
    .await;
    let decline = format!("/api/me/mentor-themes/{}/decline", theme.id);
    let long = json!({ "reason": "x".repeat(1001) });
    assert_eq!(
        write(&app, Method::POST, &decline, &mentee, Some(long), &[]).await.problem(422, "validation").errors
            [0]
        .field,
        "reason"
    );
    let res = write(
        &app,
        Method::POST,
        &decline,
        &mentee,
        Some(json!({ "reason": "今期は余裕がありません" })),
        &[],
    )
    .await;
    assert_eq!(res.json::<MyRegistration>().status, RegistrationStatus::Declined);
    write(&app, Method::POST, &decline, &mentee, None, &[]).await.problem(409, "not_pending");
    let list: RegistrationList = app.get_json(&format!("{base}/registrations"), &admin).await;
    assert_eq!(list.items[0].decline_reason, "今期は余裕がありません");
    // Asked again, it is pending once more.
    let again: RegistrationResults = write(
        &app,
        Method::POST,
        &format!("{base}/registrations"),
        &admin,
        Some(json!({ "person_ids": [mentee_id] })),
        &[],
    )
    .await
    .json();
    assert_eq!(again.results[0].outcome, RegistrationOutcome::Reregistered);
    // Not mine: 404.
    let other = session(&app, MENTORS[0].email).await;
    write(&app, Method::POST, &decline, &other, None, &[]).await.problem(404, "not_found");
}

#[tokio::test]
async fn archiving_hides_a_theme_at_once_and_keeps_its_history() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    let mentee = session(&app, MENTEE).await;
    let holders: Vec<&str> = MENTORS
        .iter()
        .filter(|m| m.approved.iter().any(|(id, _)| *id == POSTING_ABROAD))
        .map(|m| m.email)
        .collect();
    assert!(!holders.is_empty());
    assert_eq!(mentors_of(&app, &mentee, POSTING_ABROAD).await.len(), holders.len());

    let path = format!("/api/admin/themes/{POSTING_ABROAD}");
    let theme: AdminTheme = app.get_json(&path, &admin).await;
    let impact: ThemeImpact =
        write(&app, Method::POST, &format!("{path}/impact"), &admin, Some(json!({ "archived": true })), &[])
            .await
            .json();
    assert_eq!(impact.hidden_from_mentors as usize, holders.len());
    let res = write(&app, Method::POST, &format!("{path}/impact"), &admin, Some(json!({})), &[]).await;
    res.problem(422, "validation");

    let res = write(
        &app,
        Method::PATCH,
        &path,
        &admin,
        Some(json!({ "archived": true })),
        &[("if-match", &theme.etag())],
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let archived: AdminTheme = res.json();
    assert!(archived.archived);
    let catalog: ThemeCatalog = app.get_json("/api/themes", &mentee).await;
    assert!(catalog.theme(POSTING_ABROAD).is_none());
    assert!(mentors_of(&app, &mentee, POSTING_ABROAD).await.is_empty());
    for email in &holders {
        let id = app.person_id(email).await;
        let res = app.get(&format!("/api/mentors/{id}"), Some(&mentee)).await;
        if res.status == 200 {
            assert!(res.json::<Mentor>().themes.iter().all(|t| t.theme_id != POSTING_ABROAD));
        }
    }
    // History stays: admins still see it with its registrations; it cannot be deleted.
    let all: AdminCatalog = app.get_json("/api/admin/themes", &admin).await;
    let kept = all.categories.iter().flat_map(|c| &c.themes).find(|t| t.id == POSTING_ABROAD).unwrap();
    assert_eq!(kept.registrations.approved as usize, holders.len());
    write(&app, Method::DELETE, &path, &admin, None, &[("if-match", &archived.etag())])
        .await
        .problem(409, "theme_in_use");
    write(
        &app,
        Method::POST,
        &format!("{path}/registrations"),
        &admin,
        Some(json!({ "person_ids": [1] })),
        &[],
    )
    .await
    .problem(409, "theme_archived");

    // Back, as it was.
    let res = write(
        &app,
        Method::PATCH,
        &path,
        &admin,
        Some(json!({ "archived": false })),
        &[("if-match", &archived.etag())],
    )
    .await;
    assert_eq!(res.status, 200);
    assert_eq!(mentors_of(&app, &mentee, POSTING_ABROAD).await.len(), holders.len());
}

#[tokio::test]
async fn categories_are_created_renamed_and_reordered() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    let res = write(
        &app,
        Method::POST,
        "/api/admin/theme-categories",
        &admin,
        Some(json!({ "name": { "ja": "", "en": "x" } })),
        &[],
    )
    .await;
    assert_eq!(res.problem(422, "validation").errors[0].field, "name.ja");
    let res = write(
        &app,
        Method::POST,
        "/api/admin/theme-categories",
        &admin,
        Some(json!({ "name": { "ja": "資格", "en": "Qualifications" } })),
        &[],
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text());
    let created: AdminCategory = res.json();
    let res = write(
        &app,
        Method::PUT,
        &format!("/api/admin/theme-categories/{}", created.id),
        &admin,
        Some(json!({ "name": { "ja": "資格・検定", "en": "Qualifications" } })),
        &[],
    )
    .await;
    assert_eq!(res.json::<AdminCategory>().name.ja, "資格・検定");

    let catalog: AdminCatalog = app.get_json("/api/admin/themes", &admin).await;
    let mut ids: Vec<i64> = catalog.categories.iter().map(|c| c.id).collect();
    ids.reverse();
    let res = write(
        &app,
        Method::PUT,
        "/api/admin/theme-categories/order",
        &admin,
        Some(json!({ "ids": ids[1..] })),
        &[],
    )
    .await;
    assert_eq!(res.problem(422, "validation").errors[0].code, "mismatch");
    let res = write(
        &app,
        Method::PUT,
        "/api/admin/theme-categories/order",
        &admin,
        Some(json!({ "ids": ids })),
        &[],
    )
    .await;
    let reordered: AdminCatalog = res.json();
    assert_eq!(reordered.categories.iter().map(|c| c.id).collect::<Vec<_>>(), ids);
    let public: ThemeCatalog = app.get_json("/api/themes", &admin).await;
    assert_eq!(public.categories[0].name.ja, "資格・検定");

    let first = &catalog.categories[0];
    let mut themes: Vec<i64> = first.themes.iter().map(|t| t.id).collect();
    themes.reverse();
    let res = write(
        &app,
        Method::PUT,
        &format!("/api/admin/theme-categories/{}/theme-order", first.id),
        &admin,
        Some(json!({ "ids": themes })),
        &[],
    )
    .await;
    let after: AdminCatalog = res.json();
    let now: Vec<i64> =
        after.categories.iter().find(|c| c.id == first.id).unwrap().themes.iter().map(|t| t.id).collect();
    assert_eq!(now, themes);
}

#[tokio::test]
async fn examples_start_an_empty_organisation() {
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    write(&app, Method::POST, "/api/admin/themes/examples", &admin, None, &[])
        .await
        .problem(409, "themes_exist");
    for sql in [
        "DELETE FROM idempotency_keys",
        "DELETE FROM one_on_ones",
        "DELETE FROM mentor_themes",
        "DELETE FROM theme_required_items",
        "DELETE FROM themes",
    ] {
        sqlx::query(sql).execute(&app.pool).await.unwrap();
    }
    let res = write(&app, Method::POST, "/api/admin/themes/examples", &admin, None, &[]).await;
    assert_eq!(res.status, 201, "{}", res.text());
    let catalog: AdminCatalog = res.json();
    let names: Vec<&str> = catalog.categories.iter().map(|c| c.name.ja.as_str()).collect();
    assert_eq!(
        names,
        vec!["年次・属性", "業務経験", "業務外経験", "制度の利用", "その他"],
        "existing categories reused"
    );
    let themes: Vec<&str> =
        catalog.categories.iter().flat_map(|c| &c.themes).map(|t| t.name.ja.as_str()).collect();
    assert_eq!(themes.len(), THEMES.len());
    for example in ["キャリア入社（1年以内）", "海外駐在", "育休・産休取得", "社内サークル・趣味"]
    {
        assert!(themes.contains(&example), "{example}");
    }
    let public: ThemeCatalog = app.get_json("/api/themes", &admin).await;
    assert_eq!(public.categories.iter().map(|c| c.themes.len()).sum::<usize>(), THEMES.len());
}

#[tokio::test]
async fn requests_made_before_stopping_or_archiving_stay_answerable() {
    use naname_contract::one_on_ones::{OneOnOne, Status};
    let app = TestApp::new().await;
    let admin = session(&app, ADMIN).await;
    let mentor_id = app.person_id("mentor@example.com").await;
    let mentor = app.session_for(mentor_id).await;
    let mentee = session(&app, MENTEE).await;
    let mine: Vec<OneOnOne> = app.get_json("/api/one-on-ones?as=mentor", &mentor).await;
    let request = mine.iter().find(|o| o.status == Status::Requested).expect("a seeded request").clone();
    let theme = request.theme.id;

    let path = format!("/api/admin/themes/{theme}");
    let impact: ThemeImpact =
        write(&app, Method::POST, &format!("{path}/impact"), &admin, Some(json!({ "archived": true })), &[])
            .await
            .json();
    assert!(impact.open_one_on_ones >= 1, "{impact:?}");

    let res =
        write(&app, Method::POST, &format!("/api/me/mentor-themes/{theme}/stop"), &mentor, None, &[]).await;
    assert_eq!(res.json::<MyRegistration>().status, RegistrationStatus::Stopped);
    // No new request under it…
    let body = crate::common::request_body(mentor_id, "2030-01-16T03:00:00Z", theme);
    let res = app.post("/api/one-on-ones", &mentee, Some(&body), &[("idempotency-key", "stop-1")]).await;
    assert_eq!(res.status, 422, "{}", res.text());
    // …but the one already made can still be answered.
    let res = app.post(&format!("/api/one-on-ones/{}/accept", request.id), &mentor, None, &[]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    // Taking it up again needs the answers once more, and puts it back on the card.
    let mine: MyRegistrations = app.get_json("/api/me/mentor-themes", &mentor).await;
    let reg = mine.items.iter().find(|r| r.theme_id == theme).unwrap();
    let answers: serde_json::Map<String, serde_json::Value> =
        reg.answers.iter().map(|(k, v)| (k.to_string(), json!(v))).collect();
    let res = write(
        &app,
        Method::POST,
        &format!("/api/me/mentor-themes/{theme}/approve"),
        &mentor,
        Some(json!({ "answers": answers })),
        &[],
    )
    .await;
    assert_eq!(res.json::<MyRegistration>().status, RegistrationStatus::Approved);
    assert!(mentors_of(&app, &mentee, theme).await.contains(&mentor_id));
}

#[tokio::test]
async fn two_admins_saving_the_same_version_at_once_get_one_200_and_one_412() {
    let app = TestApp::new().await;
    let first = session(&app, ADMIN).await;
    let second = session(&app, ADMIN).await;
    let (theme, etag) = create_theme(&app, &first, theme_body(4, "在宅勤務")).await;
    let path = format!("/api/admin/themes/{}", theme.id);
    let headers = [("if-match", etag.as_str())];
    let (a, b) = tokio::join!(
        write(&app, Method::PUT, &path, &first, Some(theme_body(4, "在宅勤務A")), &headers),
        write(&app, Method::PUT, &path, &second, Some(theme_body(4, "在宅勤務B")), &headers),
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 412], "{} / {}", a.text(), b.text());
    let winner = if a.status == 200 { "在宅勤務A" } else { "在宅勤務B" };
    let now: AdminTheme = app.get_json(&path, &first).await;
    assert_eq!((now.name.ja.as_str(), now.version), (winner, 2));
}
