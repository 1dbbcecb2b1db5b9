//! Sign-in throttling as people meet it: an attacker's failures refuse the
//! attacker, never the person attacked from their own address or browser;
//! a shared office address with one bad actor still lets the others in; a
//! reverse proxy's `X-Forwarded-For` counts only when the proxy is trusted.
//! Clients are loopback addresses (127.0.0.20, 127.0.0.21, …), as a real
//! server sees them through connect info.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use chrono::Duration;
use naname_contract::CSRF_HEADER;
use naname_server::throttle::{ADDRESS_LIMIT, EMAIL_LIMIT, PAIR_LIMIT, SUCCESS_LIMIT};
use naname_server::Config;

use crate::common::{TestApp, TestResponse, PASSWORD};

const VICTIM: &str = "mentee@example.com";

/// A sign-in from `address`, with the browser's device cookie if it has one
/// and an `X-Forwarded-For` header if given.
async fn sign_in_with(
    app: &TestApp,
    email: &str,
    password: &str,
    address: &str,
    device: Option<&str>,
    forwarded: Option<&str>,
) -> TestResponse {
    let mut req = Request::post("/api/session")
        .header(header::CONTENT_TYPE, "application/json")
        .header(CSRF_HEADER, "login");
    if let Some(device) = device {
        req = req.header(header::COOKIE, format!("naname_device={device}"));
    }
    if let Some(forwarded) = forwarded {
        req = req.header("x-forwarded-for", forwarded);
    }
    let mut req = req.body(Body::from(format!(r#"{{"email":"{email}","password":"{password}"}}"#))).unwrap();
    let address: SocketAddr = format!("{address}:40000").parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(address));
    app.send(req).await
}

async fn sign_in(app: &TestApp, email: &str, password: &str, address: &str) -> TestResponse {
    sign_in_with(app, email, password, address, None, None).await
}

/// The device token a successful sign-in handed out, if any.
fn device_of(res: &TestResponse) -> Option<String> {
    res.headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("naname_device="))
        .map(|c| c.split(';').next().unwrap_or("").to_string())
}

#[tokio::test]
async fn an_attackers_six_failures_leave_the_victims_sign_in_from_another_address_at_200() {
    let app = TestApp::new().await;
    for _ in 0..5 {
        sign_in(&app, VICTIM, "guess", "127.0.0.20").await.problem(401, "invalid_credentials");
    }
    sign_in(&app, VICTIM, "guess", "127.0.0.20").await.problem(429, "rate_limited");
    // The victim, from their own address, gets in.
    assert_eq!(sign_in(&app, VICTIM, PASSWORD, "127.0.0.21").await.status, StatusCode::OK);
    // The attacker stays refused, even with the right password now.
    let res = sign_in(&app, VICTIM, PASSWORD, "127.0.0.20").await;
    res.problem(429, "rate_limited");
    assert_eq!(res.header("retry-after"), "900");
    assert!(res.header("set-cookie").is_empty());
}

#[tokio::test]
async fn a_shared_office_address_with_one_bad_actor_still_lets_the_others_in() {
    let app = TestApp::new().await;
    let office = "127.0.0.30";
    // 高橋 彩 signed in at the office before: her browser has a device cookie.
    let earlier = sign_in(&app, "mentor@example.com", PASSWORD, office).await;
    assert_eq!(earlier.status, StatusCode::OK);
    let her_browser = device_of(&earlier).expect("a device cookie");
    // One bad actor there guesses at her, then sprays a few guesses at others:
    // more failures than the old per-address limit of 20.
    for _ in 0..PAIR_LIMIT {
        sign_in(&app, "mentor@example.com", "guess", office).await.problem(401, "invalid_credentials");
    }
    for i in 0..24 {
        sign_in(&app, &format!("someone{}@example.com", i % 8), "guess", office).await;
    }
    // Colleagues at the office sign in: those who never did before, and her.
    for email in [VICTIM, "admin@example.com"] {
        assert_eq!(sign_in(&app, email, PASSWORD, office).await.status, StatusCode::OK, "{email}");
    }
    let res = sign_in_with(&app, "mentor@example.com", PASSWORD, office, Some(&her_browser), None).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    // The bad actor's next guess at her is still refused.
    sign_in(&app, "mentor@example.com", "guess", office).await.problem(429, "rate_limited");

    // Even once spraying reaches the address ceiling, a browser that signed
    // in there before still gets in; a new one waits (and says so).
    for i in 0..ADDRESS_LIMIT {
        sign_in(&app, &format!("spray{i}@example.com"), "guess", office).await;
    }
    let res = sign_in_with(&app, "mentor@example.com", PASSWORD, office, Some(&her_browser), None).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    sign_in(&app, "kenichi.tanaka@example.com", PASSWORD, office).await.problem(429, "rate_limited");
}

#[tokio::test]
async fn guessing_from_many_addresses_stops_at_the_email_ceiling_but_not_at_the_owners_browser() {
    let app = TestApp::new().await;
    let first = sign_in(&app, VICTIM, PASSWORD, "127.0.0.40").await;
    let browser = device_of(&first).expect("a device cookie");
    let attacker = device_of(&sign_in(&app, "mentor@example.com", PASSWORD, "127.0.0.50").await).unwrap();
    for i in 0..EMAIL_LIMIT {
        let address = format!("127.0.1.{i}");
        sign_in(&app, VICTIM, "guess", &address).await.problem(401, "invalid_credentials");
    }
    // A browser new to the account, anywhere: refused, right password or not.
    sign_in(&app, VICTIM, PASSWORD, "127.0.0.41").await.problem(429, "rate_limited");
    // The attacker's own device cookie is no pass for someone else's email.
    let res = sign_in_with(&app, VICTIM, PASSWORD, "127.0.0.50", Some(&attacker), None).await;
    res.problem(429, "rate_limited");
    // The owner's browser gets in, at home or travelling.
    for address in ["127.0.0.40", "127.0.0.42"] {
        let res = sign_in_with(&app, VICTIM, PASSWORD, address, Some(&browser), None).await;
        assert_eq!(res.status, StatusCode::OK, "{address}: {}", res.text());
        assert_eq!(device_of(&res), None, "a known browser keeps its cookie");
    }
    // A stolen device cookie does not buy unlimited guesses either.
    for _ in 0..PAIR_LIMIT {
        sign_in_with(&app, VICTIM, "guess", "127.0.0.43", Some(&browser), None)
            .await
            .problem(401, "invalid_credentials");
    }
    sign_in_with(&app, VICTIM, PASSWORD, "127.0.0.40", Some(&browser), None)
        .await
        .problem(429, "rate_limited");
}

#[tokio::test]
async fn the_device_cookie_is_http_only_strict_and_only_for_signing_in() {
    let app = TestApp::with_config(Config { secure_cookies: true, ..Config::default() }).await;
    let res = sign_in(&app, VICTIM, PASSWORD, "127.0.0.60").await;
    assert_eq!(res.status, StatusCode::OK);
    let cookies: Vec<&str> =
        res.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).collect();
    assert!(cookies[0].starts_with("naname_session="), "{cookies:?}");
    let device = cookies.iter().find(|c| c.starts_with("naname_device=")).expect("device cookie");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/api/session", "Max-Age=15552000", "Secure"] {
        assert!(device.split("; ").any(|a| a == attribute), "{device} lacks {attribute}");
    }
    // Only its hash is stored, for this person.
    let token = device_of(&res).unwrap();
    let stored: Vec<(String, i64)> = sqlx::query_as("SELECT token_hash, person_id FROM sign_in_devices")
        .fetch_all(&app.pool)
        .await
        .unwrap();
    assert_eq!(stored, [(naname_server::auth::hash_token(&token), 3)]);
}

#[tokio::test]
async fn forwarded_for_names_the_client_only_behind_a_trusted_proxy() {
    let proxy = Config { trusted_proxies: vec!["127.0.0.1".parse().unwrap()], ..Config::default() };
    let app = TestApp::with_config(proxy).await;
    // Everyone arrives from the proxy at 127.0.0.1; it says who they are.
    for _ in 0..PAIR_LIMIT {
        let res = sign_in_with(&app, VICTIM, "guess", "127.0.0.1", None, Some("127.0.0.20")).await;
        res.problem(401, "invalid_credentials");
    }
    let res = sign_in_with(&app, VICTIM, PASSWORD, "127.0.0.1", None, Some("127.0.0.20")).await;
    res.problem(429, "rate_limited");
    let res = sign_in_with(&app, VICTIM, PASSWORD, "127.0.0.1", None, Some("127.0.0.21")).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    // What the client itself wrote further left changes nothing.
    let res = sign_in_with(&app, VICTIM, "guess", "127.0.0.1", None, Some("127.0.0.99, 127.0.0.20")).await;
    res.problem(429, "rate_limited");
    // A client reaching the server directly cannot pick its address.
    for _ in 0..PAIR_LIMIT {
        let res =
            sign_in_with(&app, "admin@example.com", "guess", "127.0.0.70", None, Some("127.0.0.71")).await;
        res.problem(401, "invalid_credentials");
    }
    let res = sign_in_with(&app, "admin@example.com", PASSWORD, "127.0.0.70", None, Some("127.0.0.72")).await;
    res.problem(429, "rate_limited");

    // Without --trusted-proxy the header is ignored: 127.0.0.1 is the client.
    let direct = TestApp::new().await;
    for n in 0..PAIR_LIMIT {
        let forwarded = format!("127.0.0.{}", 80 + n);
        sign_in_with(&direct, VICTIM, "guess", "127.0.0.1", None, Some(&forwarded))
            .await
            .problem(401, "invalid_credentials");
    }
    sign_in_with(&direct, VICTIM, PASSWORD, "127.0.0.1", None, Some("127.0.0.90"))
        .await
        .problem(429, "rate_limited");
}

#[tokio::test]
async fn failures_count_whether_or_not_the_email_exists_and_age_out() {
    let app = TestApp::new().await;
    let mut refusals = Vec::new();
    for (n, email) in [VICTIM, "nobody@example.com"].into_iter().enumerate() {
        let address = format!("127.0.2.{n}");
        for _ in 0..PAIR_LIMIT {
            sign_in(&app, email, "wrong", &address).await.problem(401, "invalid_credentials");
        }
        let res = sign_in(&app, email, PASSWORD, &address).await;
        let problem = res.problem(429, "rate_limited");
        refusals.push((problem, res.header("retry-after").to_string()));
    }
    assert_eq!(refusals[0], refusals[1], "the answer does not tell which email has an account");
    // Another person from the same address is not affected.
    assert_eq!(sign_in(&app, "mentor@example.com", PASSWORD, "127.0.2.0").await.status, StatusCode::OK);

    app.clock.advance(Duration::minutes(14));
    let res = sign_in(&app, " MENTEE@example.com ", PASSWORD, "127.0.2.0").await;
    res.problem(429, "rate_limited");
    assert_eq!(res.header("retry-after"), "60");
    app.clock.advance(Duration::minutes(1));
    assert_eq!(sign_in(&app, VICTIM, PASSWORD, "127.0.2.0").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_successful_sign_in_clears_its_own_clients_failures() {
    let app = TestApp::new().await;
    for _ in 0..2 {
        for _ in 0..PAIR_LIMIT - 1 {
            sign_in(&app, VICTIM, "wrong", "127.0.3.1").await.problem(401, "invalid_credentials");
        }
        assert_eq!(sign_in(&app, VICTIM, PASSWORD, "127.0.3.1").await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn successful_sign_ins_of_one_account_are_limited_too() {
    let app = TestApp::new().await;
    // From many places, as a script with a valid password would.
    for i in 0..SUCCESS_LIMIT {
        let res = sign_in(&app, VICTIM, PASSWORD, &format!("127.0.4.{}", i % 250)).await;
        assert_eq!(res.status, StatusCode::OK, "sign-in {i}: {}", res.text());
    }
    let res = sign_in(&app, VICTIM, PASSWORD, "127.0.4.251").await;
    res.problem(429, "rate_limited");
    assert_eq!(res.header("retry-after"), "900");
    assert_eq!(sign_in(&app, "mentor@example.com", PASSWORD, "127.0.4.251").await.status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sign_ins_beyond_the_password_threads_wait_briefly_or_get_503() {
    use naname_server::hashing::HashingLimits;
    let limits = HashingLimits { threads: 1, wait: std::time::Duration::from_millis(30) };
    let app =
        std::sync::Arc::new(TestApp::with_config(Config { hashing: limits, ..Config::default() }).await);
    naname_server::seed::bulk_mentees(&app.pool, 12).await.unwrap();
    let tasks: Vec<_> = (1..=12)
        .map(|i| {
            let app = app.clone();
            tokio::spawn(async move {
                let email = format!("bench.mentee.{i:05}@example.com");
                sign_in(&app, &email, PASSWORD, &format!("127.0.5.{i}")).await
            })
        })
        .collect();
    let mut busy = 0;
    for task in tasks {
        let res = task.await.unwrap();
        if res.status == StatusCode::OK {
            continue;
        }
        res.problem(503, "busy");
        assert_eq!(res.header("retry-after"), "1");
        busy += 1;
    }
    assert!(busy > 0, "one password thread, 12 sign-ins at once, 30 ms of patience: some must be refused");
    // A refused sign-in was never judged, so it counts as no failure.
    for _ in 0..PAIR_LIMIT + 1 {
        let res = sign_in(&app, "bench.mentee.00001@example.com", PASSWORD, "127.0.5.1").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    }
}
