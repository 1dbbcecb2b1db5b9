use std::path::Path;

use axum::http::StatusCode;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::common::TestApp;

const INIT: &str =
    "import init from '/naname-0123456789abcdef.js'; await init('/naname-0123456789abcdef_bg.wasm');";

fn built_app(dir: &Path) {
    let html = format!(
        "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/style-fedcba9876543210.css\">\
         <script type=\"module\">{INIT}</script></head><body></body></html>"
    );
    std::fs::write(dir.join("index.html"), html).unwrap();
    std::fs::write(dir.join("naname-0123456789abcdef_bg.wasm"), b"\0asm").unwrap();
    std::fs::write(dir.join("naname-0123456789abcdef.js"), "export default function init() {}").unwrap();
    std::fs::write(dir.join("favicon.svg"), "<svg/>").unwrap();
}

#[tokio::test]
async fn spa_fallback_serves_index_for_app_routes() {
    let dist = tempfile::tempdir().unwrap();
    built_app(dist.path());
    let app = TestApp::with_static(dist.path().to_path_buf()).await;

    for path in ["/", "/index.html", "/people", "/people/12", "/mentors?theme=4"] {
        let res = app.get(path, None).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
        assert!(res.header("content-type").starts_with("text/html"), "{path}");
        assert!(res.text().contains("<script type=\"module\">"), "{path}");
        assert_eq!(res.header("cache-control"), "no-cache", "{path}");
        assert_eq!(res.header("x-content-type-options"), "nosniff");
        let csp = res.header("content-security-policy");
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(INIT.as_bytes()));
        assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
        assert!(csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
    }

    let wasm = app.get("/naname-0123456789abcdef_bg.wasm", None).await;
    assert_eq!(wasm.status, StatusCode::OK);
    assert_eq!(wasm.header("content-type"), "application/wasm");
    assert_eq!(wasm.header("cache-control"), "public, max-age=31536000, immutable");
    let icon = app.get("/favicon.svg", None).await;
    assert_eq!(icon.header("cache-control"), "no-cache");

    // A missing asset is a 404, not the app's HTML.
    assert_eq!(app.get("/naname-ffffffffffffffff.js", None).await.status, StatusCode::NOT_FOUND);
    // The API keeps its own answers.
    app.get("/api/nope", None).await.problem(404, "not_found");
    app.get("/api/", None).await.problem(404, "not_found");
    app.get("/api", None).await.problem(404, "not_found");
    app.get("/api/me", None).await.problem(401, "unauthenticated");
}

#[tokio::test]
async fn without_a_static_dir_only_the_api_answers() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/people", None).await.status, StatusCode::NOT_FOUND);
}
