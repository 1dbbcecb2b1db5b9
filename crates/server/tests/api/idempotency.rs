//! What `Idempotency-Key` keeps: only answers a retry could otherwise see
//! differently, a bounded number per person, and nothing past 24 hours.
//! The clock stands at Monday 2030-01-07 09:00 JST; 伊藤 さくら offers
//! Mon/Wed/Fri 12:00–13:00 JST.

use chrono::Duration;
use naname_server::seed::themes::NEW_GRADUATE;
use naname_server::store::idempotency::{KEEP, MAX_KEYS_PER_PERSON};

use crate::common::{request_body, TestApp};

const ITO: &str = "sakura.ito@example.com";
const WED_NOON: &str = "2030-01-09T03:00:00Z";

async fn keys_of(app: &TestApp, person: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM idempotency_keys WHERE person_id = ?")
        .bind(person)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn refusals_that_depend_on_nothing_but_the_request_are_not_remembered() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let mentee = app.session_for(3).await;
    let own = app.session_for(ito).await;
    let key = [("idempotency-key", "k-1")];

    // The body's own rules: fixed and resent with the same key.
    let bad = request_body(ito, "2030-01-09T03:00:30Z", NEW_GRADUATE);
    app.post("/api/one-on-ones", &mentee, Some(&bad), &key).await.problem(422, "validation");
    // Booking oneself is refused whatever the data says: nothing to replay.
    let mine = request_body(ito, WED_NOON, NEW_GRADUATE);
    app.post("/api/one-on-ones", &own, Some(&mine), &key).await.problem(422, "self_booking");
    assert_eq!(keys_of(&app, 3).await + keys_of(&app, ito).await, 0);

    // A slot refused because of the mentor's rules and the time is remembered:
    // the retry gets the same answer even if the rules change in between.
    let tuesday = request_body(ito, "2030-01-08T03:00:00Z", NEW_GRADUATE);
    app.post("/api/one-on-ones", &mentee, Some(&tuesday), &key).await.problem(422, "not_offered");
    assert_eq!(keys_of(&app, 3).await, 1);
    let again = app.post("/api/one-on-ones", &mentee, Some(&tuesday), &key).await;
    again.problem(422, "not_offered");
    assert_eq!(again.header("idempotent-replayed"), "true");
}

#[tokio::test]
async fn live_keys_per_person_are_capped_the_oldest_go() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let mentee = app.session_for(3).await;
    let tuesday = request_body(ito, "2030-01-08T03:00:00Z", NEW_GRADUATE);
    let flood = MAX_KEYS_PER_PERSON + 20;
    for i in 0..flood {
        let key = format!("flood-{i}");
        let res = app.post("/api/one-on-ones", &mentee, Some(&tuesday), &[("idempotency-key", &key)]).await;
        res.problem(422, "not_offered");
    }
    assert_eq!(keys_of(&app, 3).await, MAX_KEYS_PER_PERSON as i64);
    let oldest: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM idempotency_keys WHERE key = 'flood-0'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(oldest, 0, "the oldest key went first");
    // Someone else's keys are theirs.
    let other = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    let res = app.post("/api/one-on-ones", &other, Some(&tuesday), &[("idempotency-key", "flood-0")]).await;
    res.problem(422, "not_offered");
    assert_eq!(res.header("idempotent-replayed"), "");
}

#[tokio::test]
async fn expired_keys_are_purged_and_no_longer_replayed() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let mentee = app.session_for(3).await;
    let body = request_body(ito, WED_NOON, NEW_GRADUATE);
    let first = app.post("/api/one-on-ones", &mentee, Some(&body), &[("idempotency-key", "old")]).await;
    assert_eq!(first.status.as_u16(), 201, "{}", first.text());
    app.clock.advance(KEEP + Duration::seconds(1));
    // Any later remembered answer purges what has expired, everyone's.
    let other = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    let friday = request_body(ito, "2030-01-11T03:00:00Z", NEW_GRADUATE);
    let second = app.post("/api/one-on-ones", &other, Some(&friday), &[("idempotency-key", "new")]).await;
    assert_eq!(second.status.as_u16(), 201, "{}", second.text());
    let left: Vec<String> =
        sqlx::query_scalar("SELECT key FROM idempotency_keys").fetch_all(&app.pool).await.unwrap();
    assert_eq!(left, ["new"]);
    // The old key means nothing now: the same request is judged afresh, and
    // the partial unique indexes keep it from being booked twice.
    let retry = app.post("/api/one-on-ones", &mentee, Some(&body), &[("idempotency-key", "old")]).await;
    assert_eq!(retry.status.as_u16(), 409, "{}", retry.text());
    assert_eq!(retry.header("idempotent-replayed"), "");
}
