use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use naname_contract::CSRF_HEADER;

use crate::common::TestApp;

#[tokio::test]
async fn unknown_api_paths_are_404_problems() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    for path in ["/api/nope", "/api/people/1/unknown", "/api/", "/api"] {
        app.get(path, Some(&s)).await.problem(404, "not_found");
        app.get(path, None).await.problem(404, "not_found");
    }
}

#[tokio::test]
async fn wrong_methods_are_405_problems_with_allow() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    for (method, path) in
        [("POST", "/api/people"), ("DELETE", "/api/themes"), ("PUT", "/api/session"), ("PATCH", "/api/me")]
    {
        let res = app
            .send(
                Request::builder()
                    .method(method)
                    .uri(path)
                    .header(header::COOKIE, &s.cookie)
                    .header(CSRF_HEADER, &s.csrf)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        res.problem(405, "method_not_allowed");
        assert!(!res.header("allow").is_empty(), "{method} {path}");
    }
    let res = app.get("/api/session", Some(&s)).await;
    res.problem(405, "method_not_allowed");
}

#[tokio::test]
async fn security_headers_on_api_answers() {
    let app = TestApp::new().await;
    for res in
        [app.get("/api/health", None).await, app.get("/api/me", None).await, app.get("/api/nope", None).await]
    {
        assert_eq!(res.header("x-content-type-options"), "nosniff");
        assert_eq!(res.header("referrer-policy"), "same-origin");
        assert_eq!(res.header("cache-control"), "no-store");
        assert!(res.header("content-security-policy").contains("default-src 'none'"));
    }
}

#[tokio::test]
async fn health_is_public_json() {
    let app = TestApp::new().await;
    let res = app.get("/api/health", None).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.json::<serde_json::Value>(), serde_json::json!({"status": "ok"}));
}

#[tokio::test]
async fn server_failures_are_500_problems_without_details() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    sqlx::query("DROP VIEW approved_mentor_themes").execute(&app.pool).await.unwrap();
    let res = app.get("/api/people", Some(&s)).await;
    let problem = res.problem(500, "internal");
    assert!(problem.detail.is_none(), "{problem:?}");
    assert!(!res.text().contains("approved_mentor_themes"), "{}", res.text());
}
