use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use naname_contract::auth::{Me, Role};
use naname_contract::CSRF_HEADER;
use naname_server::Config;

use crate::common::{TestApp, PASSWORD};

#[tokio::test]
async fn login_sets_an_httponly_cookie_and_answers_me() {
    let app = TestApp::new().await;
    let res = app.post_login(&format!(r#"{{"email":"Mentor@Example.com ","password":"{PASSWORD}"}}"#)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let cookie = res.header("set-cookie").to_string();
    let token = cookie.strip_prefix("naname_session=").and_then(|c| c.split(';').next()).unwrap_or("");
    assert_eq!(token.len(), 64, "{cookie}");
    assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    assert!(!cookie.contains("Secure"), "{cookie}");

    let me: Me = res.json();
    assert_eq!(me.email, "mentor@example.com");
    assert_eq!(me.name, "高橋 彩");
    assert!(me.is_mentor);
    assert_eq!(me.role, Role::Employee);
    assert_eq!(me.csrf_token.len(), 64);

    // Only a hash of the token is stored.
    let stored: Vec<(String, String)> =
        sqlx::query_as("SELECT token_hash, csrf_token FROM sessions").fetch_all(&app.pool).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0].0, token);
    assert_eq!(stored[0].1, me.csrf_token);
}

#[tokio::test]
async fn secure_cookies_when_configured() {
    let app = TestApp::with_config(Config { secure_cookies: true, ..Config::default() }).await;
    let res = app.post_login(&format!(r#"{{"email":"mentee@example.com","password":"{PASSWORD}"}}"#)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.header("set-cookie").contains("; Secure"), "{}", res.header("set-cookie"));
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_answer() {
    let app = TestApp::new().await;
    let wrong = app.post_login(r#"{"email":"mentee@example.com","password":"nope"}"#).await;
    let unknown = app.post_login(r#"{"email":"nobody@example.com","password":"naname-demo"}"#).await;
    let a = wrong.problem(401, "invalid_credentials");
    let b = unknown.problem(401, "invalid_credentials");
    assert_eq!(a, b);
    assert!(wrong.header("set-cookie").is_empty());
    // Synthetic benchmark mentors cannot log in at all.
    naname_server::seed::bulk(&app.pool, 1).await.unwrap();
    let synthetic = app.post_login(r#"{"email":"bench.mentor.00001@example.com","password":"!"}"#).await;
    synthetic.problem(401, "invalid_credentials");
}

#[tokio::test]
async fn synthetic_mentees_sign_in_with_the_demo_password() {
    let app = TestApp::new().await;
    assert_eq!(naname_server::seed::bulk_mentees(&app.pool, 3).await.unwrap(), 3);
    assert_eq!(naname_server::seed::bulk_mentees(&app.pool, 3).await.unwrap(), 0);
    let res = app
        .post_login(&format!(r#"{{"email":"bench.mentee.00003@example.com","password":"{PASSWORD}"}}"#))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let me: Me = res.json();
    assert!(!me.is_mentor);
    assert_eq!(me.time_zone, "Asia/Tokyo");
}

#[tokio::test]
async fn login_validation_names_each_field() {
    let app = TestApp::new().await;
    let problem = app.post_login(r#"{"email":" ","password":""}"#).await.problem(422, "validation");
    let fields: Vec<_> = problem.errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
    assert_eq!(fields, vec![("email", "required"), ("password", "required")]);
    let problem =
        app.post_login(r#"{"email":"not-an-email","password":"x"}"#).await.problem(422, "validation");
    assert_eq!(problem.errors[0].field, "email");
}

#[tokio::test]
async fn unknown_missing_and_mistyped_fields_are_problems() {
    let app = TestApp::new().await;
    let p = app
        .post_login(r#"{"email":"mentee@example.com","password":"naname-demo","admin":true}"#)
        .await
        .problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("admin", "unknown_field"));

    let p = app.post_login(r#"{"email":"mentee@example.com"}"#).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("password", "required"));

    let p = app.post_login(r#"{"email":42,"password":"x"}"#).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("email", "invalid"));

    app.post_login(r#"[1,2]"#).await.problem(422, "validation");
    app.post_login(r#"{"email":"#).await.problem(400, "bad_request");
    app.post_login("").await.problem(400, "bad_request");
}

#[tokio::test]
async fn oversize_body_is_413() {
    let app = TestApp::new().await;
    let body = format!(r#"{{"email":"mentee@example.com","password":"{}"}}"#, "x".repeat(70 * 1024));
    app.post_login(&body).await.problem(413, "payload_too_large");
}

#[tokio::test]
async fn non_json_content_type_is_415() {
    let app = TestApp::new().await;
    for content_type in [Some("text/plain"), Some("application/x-www-form-urlencoded"), None] {
        let mut req = Request::post("/api/session").header(CSRF_HEADER, "login");
        if let Some(ct) = content_type {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        let res = app.send(req.body(Body::from("email=a&password=b")).unwrap()).await;
        res.problem(415, "unsupported_media_type");
    }
    // A charset parameter is fine.
    let res = app
        .send(
            Request::post("/api/session")
                .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
                .header(CSRF_HEADER, "login")
                .body(Body::from(format!(r#"{{"email":"mentee@example.com","password":"{PASSWORD}"}}"#)))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
}

#[tokio::test]
async fn login_without_csrf_header_is_403() {
    let app = TestApp::new().await;
    for value in [None, Some(""), Some("   ")] {
        let mut req = Request::post("/api/session").header(header::CONTENT_TYPE, "application/json");
        if let Some(v) = value {
            req = req.header(CSRF_HEADER, v);
        }
        let body = format!(r#"{{"email":"mentee@example.com","password":"{PASSWORD}"}}"#);
        app.send(req.body(Body::from(body)).unwrap()).await.problem(403, "csrf");
    }
}

#[tokio::test]
async fn me_with_and_without_a_session() {
    let app = TestApp::new().await;
    app.get("/api/me", None).await.problem(401, "unauthenticated");

    let admin = app.login("admin@example.com").await;
    let me: Me = app.get_json("/api/me", &admin).await;
    assert_eq!(me.role, Role::Admin);
    assert_eq!(me.department.name.en, "Human Resources");
    assert_eq!(me.csrf_token, admin.csrf);
    assert!(!me.is_mentor);

    let mentee = app.login("mentee@example.com").await;
    let me: Me = app.get_json("/api/me", &mentee).await;
    assert_eq!((me.name.as_str(), me.is_mentor, me.time_zone.as_str()), ("山田 翔太", false, "Asia/Tokyo"));

    // A cookie that is not ours is no session.
    let res = app
        .send(
            Request::get("/api/me")
                .header(header::COOKIE, format!("naname_session={}", "0".repeat(64)))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    res.problem(401, "unauthenticated");
}

#[tokio::test]
async fn expired_sessions_are_rejected() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    sqlx::query("UPDATE sessions SET expires_at = 0").execute(&app.pool).await.unwrap();
    app.get("/api/me", Some(&s)).await.problem(401, "unauthenticated");
}

#[tokio::test]
async fn every_protected_endpoint_needs_a_session() {
    let app = TestApp::new().await;
    for path in [
        "/api/me",
        "/api/people",
        "/api/people?q=sato",
        "/api/themes",
        "/api/mentors",
        "/api/mentors?theme=4&theme=19",
    ] {
        app.get(path, None).await.problem(401, "unauthenticated");
    }
    // Bad input does not leak past the missing session either.
    app.get("/api/mentors?limit=abc", None).await.problem(401, "unauthenticated");
    // Public ones.
    assert_eq!(app.get("/api/health", None).await.status, StatusCode::OK);
    assert_eq!(app.get("/api/openapi.json", None).await.status, StatusCode::OK);
}

fn logout(cookie: Option<&str>, csrf: Option<&str>) -> Request<Body> {
    let mut req = Request::delete("/api/session");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    if let Some(t) = csrf {
        req = req.header(CSRF_HEADER, t);
    }
    req.body(Body::empty()).unwrap()
}

#[tokio::test]
async fn writes_with_a_session_need_its_own_csrf_token() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let other = app.login("mentor@example.com").await;

    app.send(logout(Some(&s.cookie), None)).await.problem(403, "csrf");
    app.send(logout(Some(&s.cookie), Some("wrong"))).await.problem(403, "csrf");
    app.send(logout(Some(&s.cookie), Some(&other.csrf))).await.problem(403, "csrf");

    // Logging in again over a live session needs that session's token too.
    let res = app
        .send(
            Request::post("/api/session")
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::COOKIE, &s.cookie)
                .header(CSRF_HEADER, "anything")
                .body(Body::from(format!(r#"{{"email":"mentee@example.com","password":"{PASSWORD}"}}"#)))
                .unwrap(),
        )
        .await;
    res.problem(403, "csrf");

    // The session survived all of that.
    assert_eq!(app.get("/api/me", Some(&s)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn logout_forgets_the_session_and_clears_the_cookie() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let res = app.send(logout(Some(&s.cookie), Some(&s.csrf))).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    let cleared = res.header("set-cookie");
    assert!(cleared.starts_with("naname_session=;") && cleared.contains("Max-Age=0"), "{cleared}");
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(&app.pool).await.unwrap();
    assert_eq!(left, 0);
    app.get("/api/me", Some(&s)).await.problem(401, "unauthenticated");

    // Signing out again, without a session, is harmless.
    assert_eq!(app.send(logout(None, Some("x"))).await.status, StatusCode::NO_CONTENT);
    app.send(logout(None, None)).await.problem(403, "csrf");
}

#[tokio::test]
async fn logging_in_again_with_the_session_token_replaces_the_session() {
    let app = TestApp::new().await;
    let first = app.login("mentee@example.com").await;
    let res = app
        .send(
            Request::post("/api/session")
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::COOKIE, &first.cookie)
                .header(CSRF_HEADER, &first.csrf)
                .body(Body::from(format!(r#"{{"email":"mentor@example.com","password":"{PASSWORD}"}}"#)))
                .unwrap(),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json::<Me>().email, "mentor@example.com");
    app.get("/api/me", Some(&first)).await.problem(401, "unauthenticated");
    let sessions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(&app.pool).await.unwrap();
    assert_eq!(sessions, 1);
}
