//! Sessions end when their person signs out (here or everywhere), after 12
//! idle hours, or when too many newer ones exist; and an ended session stops
//! working at once, on every server process.

use std::time::Duration as StdDuration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use naname_contract::CSRF_HEADER;
use naname_server::auth::{hash_token, IDLE_SECONDS, MAX_SESSIONS_PER_PERSON};

use crate::common::{Session, TestApp};

const MENTEE: i64 = 3;

fn token_hash(s: &Session) -> String {
    hash_token(s.cookie.strip_prefix("naname_session=").unwrap())
}

async fn last_seen(app: &TestApp, s: &Session) -> Option<i64> {
    sqlx::query_scalar("SELECT last_seen_at FROM sessions WHERE token_hash = ?")
        .bind(token_hash(s))
        .fetch_optional(&app.pool)
        .await
        .unwrap()
}

async fn set_last_seen(app: &TestApp, s: &Session, at: i64) {
    sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?")
        .bind(at)
        .bind(token_hash(s))
        .execute(&app.pool)
        .await
        .unwrap();
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn delete(path: &str, s: Option<&Session>, csrf: Option<&str>) -> Request<Body> {
    let mut req = Request::delete(path);
    if let Some(s) = s {
        req = req.header(header::COOKIE, &s.cookie);
    }
    if let Some(csrf) = csrf {
        req = req.header(CSRF_HEADER, csrf);
    }
    req.body(Body::empty()).unwrap()
}

#[tokio::test]
async fn a_session_ends_after_twelve_idle_hours_and_use_keeps_it_alive() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let idle = app.login("mentee@example.com").await;
    set_last_seen(&app, &idle, now() - IDLE_SECONDS - 1).await;
    app.get("/api/me", Some(&idle)).await.problem(401, "unauthenticated");

    // Eleven idle hours: still signed in, and the use is recorded.
    set_last_seen(&app, &s, now() - 11 * 3600).await;
    assert_eq!(app.get("/api/me", Some(&s)).await.status, StatusCode::OK);
    let mut seen = last_seen(&app, &s).await.unwrap();
    for _ in 0..100 {
        if seen >= now() - 60 {
            break;
        }
        tokio::time::sleep(StdDuration::from_millis(20)).await;
        seen = last_seen(&app, &s).await.unwrap();
    }
    assert!(seen >= now() - 60, "last_seen_at was not moved on: {seen}");
}

#[tokio::test]
async fn each_person_keeps_a_bounded_number_of_sessions_the_least_recently_used_goes() {
    let app = TestApp::new().await;
    let mut sessions = Vec::new();
    for i in 0..MAX_SESSIONS_PER_PERSON {
        let s = app.session_for(MENTEE).await;
        // The first one is the longest unused; the others were used in turn.
        set_last_seen(&app, &s, now() - 3600 + i as i64).await;
        sessions.push(s);
    }
    let other = app.session_for(2).await;
    let newest = app.login("mentee@example.com").await;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE person_id = ?")
        .bind(MENTEE)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(count, MAX_SESSIONS_PER_PERSON as i64);
    app.get("/api/me", Some(&sessions[0])).await.problem(401, "unauthenticated");
    for s in sessions[1..].iter().chain([&newest, &other]) {
        assert_eq!(app.get("/api/me", Some(s)).await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn sign_out_everywhere_ends_every_session_of_the_caller_only() {
    let app = TestApp::new().await;
    let here = app.login("mentee@example.com").await;
    let phone = app.login("mentee@example.com").await;
    let mentor = app.login("mentor@example.com").await;

    app.send(delete("/api/sessions", Some(&here), None)).await.problem(403, "csrf");
    app.send(delete("/api/sessions", Some(&here), Some(&phone.csrf))).await.problem(403, "csrf");
    app.send(delete("/api/sessions", None, Some("x"))).await.problem(401, "unauthenticated");
    assert_eq!(app.get("/api/me", Some(&phone)).await.status, StatusCode::OK);

    let res = app.send(delete("/api/sessions", Some(&here), Some(&here.csrf))).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text());
    let cleared = res.header("set-cookie");
    assert!(cleared.starts_with("naname_session=;") && cleared.contains("Max-Age=0"), "{cleared}");
    app.get("/api/me", Some(&here)).await.problem(401, "unauthenticated");
    app.get("/api/me", Some(&phone)).await.problem(401, "unauthenticated");
    assert_eq!(app.get("/api/me", Some(&mentor)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_session_ended_by_another_process_stops_working_at_once() {
    let app = TestApp::new().await;
    let other_process = app.twin().await;
    let s = app.login("mentee@example.com").await;
    assert_eq!(app.get("/api/me", Some(&s)).await.status, StatusCode::OK);
    assert_eq!(other_process.get("/api/me", Some(&s)).await.status, StatusCode::OK);

    let res = other_process.send(delete("/api/session", Some(&s), Some(&s.csrf))).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    app.get("/api/me", Some(&s)).await.problem(401, "unauthenticated");

    // Sign out everywhere, too.
    let a = app.login("mentee@example.com").await;
    assert_eq!(app.get("/api/me", Some(&a)).await.status, StatusCode::OK);
    let b = other_process.login("mentee@example.com").await;
    let res = other_process.send(delete("/api/sessions", Some(&b), Some(&b.csrf))).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    app.get("/api/me", Some(&a)).await.problem(401, "unauthenticated");
}
