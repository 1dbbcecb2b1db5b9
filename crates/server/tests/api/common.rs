//! A fresh, seeded SQLite database per test, and the router driven with
//! `oneshot`, so tests exercise the same stack as a running server.

use std::path::PathBuf;

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use naname_contract::auth::Me;
use naname_contract::{Problem, CSRF_HEADER};
use naname_server::{app, open_db, seed, AppState, Config};
use serde::de::DeserializeOwned;
use sqlx::SqlitePool;
use tempfile::TempDir;
use tower::ServiceExt;

pub const PASSWORD: &str = "naname-demo";

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub pool: SqlitePool,
    _dir: TempDir,
}

pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn json<T: DeserializeOwned>(&self) -> T {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!("{e}: status {} body {}", self.status, String::from_utf8_lossy(&self.body))
        })
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Asserts a problem+json answer with this status and code.
    #[track_caller]
    pub fn problem(&self, status: u16, code: &str) -> Problem {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.text());
        assert_eq!(self.header("content-type"), "application/problem+json", "body: {}", self.text());
        let problem: Problem = self.json();
        assert_eq!(problem.code, code, "{problem:?}");
        assert_eq!(problem.status, status);
        problem
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_config(Config::default()).await
    }

    pub async fn with_config(config: Config) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let pool = open_db(&url).await.expect("open db");
        seed::demo(&pool).await.expect("seed");
        let state = AppState::new(pool.clone(), config).expect("state");
        TestApp { router: app(state.clone()), state, pool, _dir: dir }
    }

    pub async fn with_static(dir: PathBuf) -> Self {
        Self::with_config(Config { static_dir: Some(dir), ..Config::default() }).await
    }

    pub async fn send(&self, req: Request<Body>) -> TestResponse {
        let res = self.router.clone().oneshot(req).await.expect("infallible");
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.expect("body").to_bytes().to_vec();
        TestResponse { status, headers, body }
    }

    pub async fn get(&self, path: &str, session: Option<&Session>) -> TestResponse {
        let mut req = Request::builder().method(Method::GET).uri(path);
        if let Some(s) = session {
            req = req.header(header::COOKIE, &s.cookie);
        }
        self.send(req.body(Body::empty()).expect("request")).await
    }

    pub async fn get_json<T: DeserializeOwned>(&self, path: &str, session: &Session) -> T {
        let res = self.get(path, Some(session)).await;
        assert_eq!(res.status, StatusCode::OK, "{path}: {}", res.text());
        res.json()
    }

    pub async fn post_login(&self, body: &str) -> TestResponse {
        self.send(
            Request::post("/api/session")
                .header(header::CONTENT_TYPE, "application/json")
                .header(CSRF_HEADER, "login")
                .body(Body::from(body.to_string()))
                .expect("request"),
        )
        .await
    }

    pub async fn login(&self, email: &str) -> Session {
        let res = self.post_login(&format!(r#"{{"email":"{email}","password":"{PASSWORD}"}}"#)).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text());
        let set_cookie = res.header("set-cookie");
        let cookie = set_cookie.split(';').next().unwrap_or("").to_string();
        let me: Me = res.json();
        Session { cookie, csrf: me.csrf_token }
    }
}
