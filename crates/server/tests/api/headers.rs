//! Response headers every answer carries, API and app alike.

use naname_server::Config;

use crate::common::TestApp;

const PERMISSIONS: &str = "permissions-policy";

async fn app_with_static(secure_cookies: bool) -> (TestApp, tempfile::TempDir) {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(dist.path().join("index.html"), "<!doctype html><title>naname</title>").unwrap();
    let config = Config { secure_cookies, static_dir: Some(dist.path().to_path_buf()), ..Config::default() };
    (TestApp::with_config(config).await, dist)
}

#[tokio::test]
async fn every_answer_denies_features_and_cross_origin_reads() {
    let (app, _dist) = app_with_static(false).await;
    for path in ["/api/health", "/api/me", "/", "/people", "/api/nowhere"] {
        let res = app.get(path, None).await;
        assert_eq!(res.header("cross-origin-resource-policy"), "same-origin", "{path}");
        let policy = res.header(PERMISSIONS);
        for feature in ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"] {
            assert!(policy.split(", ").any(|f| f == feature), "{path}: {feature} missing in `{policy}`");
        }
        // Served over plain HTTP: no HSTS (a browser ignores it there, and
        // a developer's localhost must not be pinned to HTTPS).
        assert_eq!(res.header("strict-transport-security"), "", "{path}");
    }
}

#[tokio::test]
async fn hsts_when_serving_with_secure_cookies() {
    let (app, _dist) = app_with_static(true).await;
    for path in ["/api/health", "/", "/people", "/api/nowhere"] {
        let res = app.get(path, None).await;
        assert_eq!(res.header("strict-transport-security"), "max-age=31536000", "{path}");
    }
}
