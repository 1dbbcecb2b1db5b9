//! `GET`/`PUT /api/me/availability`: my preferred times, versioned.

use axum::http::Method;
use naname_contract::availability::Availability;
use naname_contract::one_on_ones::MentorSlots;
use serde_json::{json, Value};

use crate::admin::write;
use crate::common::{TestApp, TestResponse};

const WEEK: &str = "/api/mentors/2/slots?from=2030-01-07T00:00:00Z&to=2030-01-14T00:00:00Z";

fn starts(s: &MentorSlots) -> Vec<String> {
    s.slots.iter().map(|i| i.start.format("%Y-%m-%dT%H:%M").to_string()).collect()
}

fn tuesday_noon() -> Value {
    json!({
        "time_zone": "Asia/Tokyo",
        "weekly": [{"weekday": 2, "start_minute": 720, "end_minute": 780}],
        "exceptions": [],
        "slot_minutes": 30,
        "buffer_minutes": 0,
        "min_notice_minutes": 1440,
        "horizon_days": 60
    })
}

fn fields(res: &TestResponse) -> Vec<(String, String)> {
    res.problem(422, "validation").errors.into_iter().map(|e| (e.field, e.code)).collect()
}

#[tokio::test]
async fn a_mentor_saves_new_hours_and_mentees_see_only_those() {
    let app = TestApp::new().await;
    let mentor = app.login("mentor@example.com").await;
    let res = app.get("/api/me/availability", Some(&mentor)).await;
    assert_eq!(res.status, 200);
    let etag = res.header("etag").to_string();
    assert_eq!(etag, "\"1\"");
    let before: Availability = res.json();
    assert_eq!(before.time_zone, "Asia/Tokyo");
    assert!(before.weekly.len() > 1, "the seed's Tue/Wed/Thu hours");

    let saved = write(
        &app,
        Method::PUT,
        "/api/me/availability",
        &mentor,
        Some(tuesday_noon()),
        &[("if-match", &etag)],
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(saved.header("etag"), "\"2\"");
    let a: Availability = saved.json();
    assert_eq!(a.weekly.len(), 1);

    let mentee = app.login("mentee@example.com").await;
    let week: MentorSlots = app.get_json(WEEK, &mentee).await;
    assert_eq!(starts(&week), ["2030-01-08T03:00", "2030-01-08T03:30"], "Tuesday 12:00 and 12:30 in Tokyo");

    // The first tab's version is stale now; without a version, nothing is saved either.
    let stale = write(
        &app,
        Method::PUT,
        "/api/me/availability",
        &mentor,
        Some(tuesday_noon()),
        &[("if-match", &etag)],
    )
    .await;
    stale.problem(412, "precondition_failed");
    let blind = write(&app, Method::PUT, "/api/me/availability", &mentor, Some(tuesday_noon()), &[]).await;
    blind.problem(428, "precondition_required");
    assert_eq!(app.get("/api/me/availability", Some(&mentor)).await.header("etag"), "\"2\"");
}

#[tokio::test]
async fn bad_hours_are_field_errors_and_change_nothing() {
    let app = TestApp::new().await;
    let mentor = app.login("mentor@example.com").await;
    let mut body = tuesday_noon();
    body["weekly"] = json!([
        {"weekday": 2, "start_minute": 720, "end_minute": 780},
        {"weekday": 2, "start_minute": 750, "end_minute": 800},
        {"weekday": 3, "start_minute": 800, "end_minute": 700}
    ]);
    body["time_zone"] = json!("Mars/Olympus");
    body["horizon_days"] = json!(1);
    let res =
        write(&app, Method::PUT, "/api/me/availability", &mentor, Some(body), &[("if-match", "*")]).await;
    let got = fields(&res);
    let expected = [
        ("time_zone", "invalid"),
        ("min_notice_minutes", "beyond_horizon"),
        ("weekly[2].end_minute", "before_start"),
        ("weekly[0]", "overlap"),
        ("weekly[1]", "overlap"),
    ];
    assert_eq!(got, expected.map(|(f, c)| (f.to_string(), c.to_string())));
    assert_eq!(app.get("/api/me/availability", Some(&mentor)).await.header("etag"), "\"1\"");

    let mut unknown = tuesday_noon();
    unknown["caps"] = json!(3);
    let res =
        write(&app, Method::PUT, "/api/me/availability", &mentor, Some(unknown), &[("if-match", "*")]).await;
    res.problem(422, "validation");
    app.get("/api/me/availability", None).await.problem(401, "unauthenticated");
}

#[tokio::test]
async fn a_person_without_a_profile_starts_at_version_zero_in_their_zone() {
    let app = TestApp::new().await;
    let mentee = app.login("mentee@example.com").await;
    let res = app.get("/api/me/availability", Some(&mentee)).await;
    assert_eq!(res.header("etag"), "\"0\"");
    let a: Availability = res.json();
    assert!(a.weekly.is_empty());
    let mut body = tuesday_noon();
    body["time_zone"] = json!("Europe/London");
    let saved =
        write(&app, Method::PUT, "/api/me/availability", &mentee, Some(body), &[("if-match", "\"0\"")]).await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(saved.header("etag"), "\"1\"");
    assert_eq!(saved.json::<Availability>().time_zone, "Europe/London");
}
