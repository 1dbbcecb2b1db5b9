use naname_server::openapi_json;

use crate::common::TestApp;

#[test]
fn committed_openapi_json_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = openapi_json();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi.json is stale; run `cargo run -p naname-server -- openapi > openapi.json`"
    );
}

#[tokio::test]
async fn served_document_lists_every_endpoint() {
    let app = TestApp::new().await;
    let res = app.get("/api/openapi.json", None).await;
    assert_eq!(res.header("content-type"), "application/json");
    let doc: serde_json::Value = res.json();
    assert_eq!(doc, serde_json::from_str::<serde_json::Value>(&openapi_json()).unwrap());
    for path in [
        "/api/session",
        "/api/sessions",
        "/api/me",
        "/api/people",
        "/api/themes",
        "/api/mentors",
        "/api/mentors/{id}",
        "/api/mentors/{id}/slots",
        "/api/topics",
        "/api/responses",
        "/api/one-on-ones",
        "/api/one-on-ones/{id}",
        "/api/one-on-ones/{id}.ics",
        "/api/one-on-ones/{id}/accept",
        "/api/one-on-ones/{id}/decline",
        "/api/one-on-ones/{id}/cancel",
        "/api/health",
        "/api/openapi.json",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} missing");
    }
    assert_eq!(doc["components"]["securitySchemes"]["session_cookie"]["in"], "cookie");
    assert_eq!(doc["components"]["securitySchemes"]["session_cookie"]["name"], "naname_session");
    let problem =
        &doc["paths"]["/api/mentors"]["get"]["responses"]["422"]["content"]["application/problem+json"];
    assert!(problem.is_object(), "problem responses are documented as problem+json");
}
