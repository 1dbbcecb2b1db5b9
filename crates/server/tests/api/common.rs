//! A fresh, seeded SQLite database per test, and the router driven with
//! `oneshot`, so tests exercise the same stack as a running server.

use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use chrono::{DateTime, Utc};
use http_body_util::BodyExt;
use naname_contract::auth::Me;
use naname_contract::{Problem, CSRF_HEADER};
use naname_server::auth::{hash_token, random_token};
use naname_server::clock::ManualClock;
use naname_server::{app, open_db, seed, store, AppState, Config};
use serde::de::DeserializeOwned;
use sqlx::SqlitePool;
use tempfile::TempDir;
use tower::ServiceExt;

pub const PASSWORD: &str = "naname-demo";

/// When every test app starts (and is seeded): Monday 2030-01-07 09:00 in Tokyo.
pub fn t0() -> DateTime<Utc> {
    at("2030-01-07T00:00:00Z")
}

pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).expect("RFC 3339").with_timezone(&Utc)
}

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub pool: SqlitePool,
    /// The app's notion of now, for booking rules; starts at [`t0`].
    pub clock: Arc<ManualClock>,
    url: String,
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
        seed::demo_at(&pool, t0()).await.expect("seed");
        let clock = Arc::new(ManualClock::new(t0()));
        let state = AppState::new(pool.clone(), config).expect("state").with_clock(clock.clone());
        TestApp { router: app(state.clone()), state, pool, clock, url, _dir: dir }
    }

    /// A second server on the same database, as another process would be:
    /// its own pool, caches and write queue, the same clock.
    pub async fn twin(&self) -> TestApp {
        let pool = open_db(&self.url).await.expect("open db");
        let state =
            AppState::new(pool.clone(), Config::default()).expect("state").with_clock(self.clock.clone());
        let dir = tempfile::tempdir().expect("temp dir");
        TestApp {
            router: app(state.clone()),
            state,
            pool,
            clock: self.clock.clone(),
            url: self.url.clone(),
            _dir: dir,
        }
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
        self.get_with(path, session, &[]).await
    }

    pub async fn get_with(
        &self,
        path: &str,
        session: Option<&Session>,
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut req = Request::builder().method(Method::GET).uri(path);
        if let Some(s) = session {
            req = req.header(header::COOKIE, &s.cookie);
        }
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        self.send(req.body(Body::empty()).expect("request")).await
    }

    pub async fn get_json<T: DeserializeOwned>(&self, path: &str, session: &Session) -> T {
        let res = self.get(path, Some(session)).await;
        assert_eq!(res.status, StatusCode::OK, "{path}: {}", res.text());
        res.json()
    }

    /// A write with the session's cookie and CSRF token; `body` is sent as JSON when given.
    pub async fn post(
        &self,
        path: &str,
        session: &Session,
        body: Option<&str>,
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut req =
            Request::post(path).header(header::COOKIE, &session.cookie).header(CSRF_HEADER, &session.csrf);
        for (name, value) in headers {
            req = req.header(*name, *value);
        }
        let req = match body {
            Some(body) => {
                req.header(header::CONTENT_TYPE, "application/json").body(Body::from(body.to_string()))
            }
            None => req.body(Body::empty()),
        };
        self.send(req.expect("request")).await
    }

    pub async fn person_id(&self, email: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM people WHERE email = ?")
            .bind(email)
            .fetch_one(&self.pool)
            .await
            .unwrap_or_else(|e| panic!("{email}: {e}"))
    }

    /// A session made directly in the database: no password hashing, so
    /// tests can sign in dozens of people quickly.
    pub async fn session_for(&self, person_id: i64) -> Session {
        let (token, csrf) = (random_token(), random_token());
        let now = chrono::Utc::now().timestamp();
        store::sessions::create(&self.pool, &hash_token(&token), &csrf, person_id, now, now + 3600)
            .await
            .expect("session");
        Session { cookie: format!("naname_session={token}"), csrf }
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

/// A `NewOneOnOne` body: topics 2 and 3, response 1.
pub fn request_body(mentor_id: i64, start: &str, theme_id: i64) -> String {
    serde_json::json!({
        "mentor_id": mentor_id,
        "start": start,
        "theme_id": theme_id,
        "topic_ids": [3, 2],
        "response_id": 1,
        "note": "よろしくお願いします",
    })
    .to_string()
}

/// Rows in `one_on_ones`, optionally only active ones.
pub async fn count_one_on_ones(pool: &SqlitePool, active_only: bool) -> i64 {
    let sql = if active_only {
        "SELECT COUNT(*) FROM one_on_ones WHERE status IN ('requested', 'accepted')"
    } else {
        "SELECT COUNT(*) FROM one_on_ones"
    };
    sqlx::query_scalar(sql).fetch_one(pool).await.expect("count")
}
