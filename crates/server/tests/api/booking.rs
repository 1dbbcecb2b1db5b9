//! `POST /api/one-on-ones`: checks in order, no double booking under
//! concurrency, idempotent retries.
//!
//! Times: the app's clock stands at Monday 2030-01-07 09:00 JST. 伊藤 さくら
//! offers Mon/Wed/Fri 12:00–13:00 JST (03:00–04:00Z), 30-minute slots, 12
//! hours' notice, 60 days ahead, and has no demo 1on1s.

use std::collections::HashSet;
use std::sync::Arc;

use axum::http::StatusCode;
use naname_contract::one_on_ones::{OneOnOne, Side, Status};
use naname_contract::slots::Interval;
use naname_server::seed::themes::{NEW_GRADUATE, PARENTAL_LEAVE, POSTING_ABROAD};
use naname_server::store::one_on_ones::{insert, slot_violation, NewOneOnOneRow};

use crate::common::{at, count_one_on_ones, request_body, t0, TestApp};

const ITO: &str = "sakura.ito@example.com";
/// Wednesday 2030-01-09 12:00 JST.
const WED_NOON: &str = "2030-01-09T03:00:00Z";

#[tokio::test]
async fn a_request_is_created_and_readable_by_both_sides_only() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let mentee = app.login("mentee@example.com").await;
    let res =
        app.post("/api/one-on-ones", &mentee, Some(&request_body(ito, WED_NOON, NEW_GRADUATE)), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let created: OneOnOne = res.json();
    assert_eq!(res.header("location"), format!("/api/one-on-ones/{}", created.id));
    assert_eq!(created.status, Status::Requested);
    assert_eq!((created.start, created.end), (at(WED_NOON), at("2030-01-09T03:30:00Z")));
    assert_eq!(created.mentor.name, "伊藤 さくら");
    assert_eq!(created.mentee.name, "山田 翔太");
    assert_eq!(created.theme.id, NEW_GRADUATE);
    // Topics in the order chosen, with their prompts.
    assert_eq!(created.topics.iter().map(|t| t.id).collect::<Vec<_>>(), [3, 2]);
    assert_eq!(created.topics[0].prompt.ja, "最近うまくいったこと");
    assert_eq!(created.response.name.ja, "話を聞いてほしい");
    assert_eq!(created.note, "よろしくお願いします");
    assert_eq!(created.created_at, t0());

    let path = format!("/api/one-on-ones/{}", created.id);
    assert_eq!(app.get_json::<OneOnOne>(&path, &mentee).await, created);
    let mentor = app.session_for(ito).await;
    assert_eq!(app.get_json::<OneOnOne>(&path, &mentor).await, created);
    for other in ["admin@example.com", "mentor@example.com"] {
        let s = app.session_for(app.person_id(other).await).await;
        app.get(&path, Some(&s)).await.problem(404, "not_found");
    }
    app.get("/api/one-on-ones/999999", Some(&mentee)).await.problem(404, "not_found");
    app.get("/api/one-on-ones/abc", Some(&mentee)).await.problem(404, "not_found");
}

#[tokio::test]
async fn writes_need_a_session_and_the_csrf_token() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let mut mentee = app.login("mentee@example.com").await;
    mentee.csrf = "wrong".into();
    let body = request_body(ito, WED_NOON, NEW_GRADUATE);
    app.post("/api/one-on-ones", &mentee, Some(&body), &[]).await.problem(403, "csrf");
    app.get("/api/one-on-ones", None).await.problem(401, "unauthenticated");
    assert_eq!(count_one_on_ones(&app.pool, false).await, 4, "only the demo 1on1s");
}

#[tokio::test]
async fn each_refusal_has_its_code() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let s = app.login("mentee@example.com").await;
    let post = |body: String| {
        let (app, s) = (&app, &s);
        async move { app.post("/api/one-on-ones", s, Some(&body), &[]).await }
    };
    let field = |p: &naname_contract::Problem| (p.errors[0].field.clone(), p.errors[0].code.clone());

    // Body shape and NewOneOnOne::validate.
    let p = post(r#"{"mentor_id":7,"start":"2030-01-09T03:00:00Z","theme_id":2,"topic_ids":[2],"response_id":1,"room":"x"}"#.into())
        .await
        .problem(422, "validation");
    assert_eq!(field(&p), ("room".into(), "unknown_field".into()));
    let mut empty: serde_json::Value =
        serde_json::from_str(&request_body(ito, WED_NOON, NEW_GRADUATE)).unwrap();
    empty["topic_ids"] = serde_json::json!([]);
    let p = post(empty.to_string()).await.problem(422, "validation");
    assert_eq!(field(&p), ("topic_ids".into(), "required".into()));
    let p = post(request_body(ito, "2030-01-09T03:00:30Z", NEW_GRADUATE)).await.problem(422, "validation");
    assert_eq!(field(&p), ("start".into(), "invalid".into()));

    // The mentor: unknown, not a mentor, oneself.
    let p = post(request_body(999_999, WED_NOON, NEW_GRADUATE)).await.problem(422, "validation");
    assert_eq!(field(&p), ("mentor_id".into(), "unknown".into()));
    let p = post(request_body(1, WED_NOON, NEW_GRADUATE)).await.problem(422, "validation");
    assert_eq!(field(&p).0, "mentor_id", "the admin is not a mentor");
    let ito_session = app.session_for(ito).await;
    let p = app
        .post("/api/one-on-ones", &ito_session, Some(&request_body(ito, WED_NOON, NEW_GRADUATE)), &[])
        .await
        .problem(422, "self_booking");
    assert_eq!(field(&p).0, "mentor_id");

    // Theme, topics, response.
    let p = post(request_body(ito, WED_NOON, POSTING_ABROAD)).await.problem(422, "theme_not_held");
    assert_eq!(field(&p).0, "theme_id");
    let mut unknown: serde_json::Value =
        serde_json::from_str(&request_body(ito, WED_NOON, NEW_GRADUATE)).unwrap();
    unknown["topic_ids"] = serde_json::json!([2, 999]);
    let p = post(unknown.to_string()).await.problem(422, "validation");
    assert_eq!(field(&p), ("topic_ids".into(), "unknown".into()));
    assert!(p.errors[0].message.contains("999"), "{p:?}");
    let mut response: serde_json::Value =
        serde_json::from_str(&request_body(ito, WED_NOON, NEW_GRADUATE)).unwrap();
    response["response_id"] = serde_json::json!(99);
    let p = post(response.to_string()).await.problem(422, "validation");
    assert_eq!(field(&p), ("response_id".into(), "unknown".into()));

    // The slot itself.
    for (start, code) in [
        ("2030-01-04T03:00:00Z", "in_past"),        // last Friday
        ("2030-01-07T03:00:00Z", "too_soon"),       // today, 3 hours ahead; she wants 12
        ("2030-03-11T03:00:00Z", "beyond_horizon"), // a Monday past 60 days
        ("2030-01-09T05:00:00Z", "not_offered"),    // Wednesday 14:00 JST
        ("2030-01-09T03:10:00Z", "not_offered"),    // not on the slot grid
        ("2030-01-08T03:00:00Z", "not_offered"),    // a Tuesday
    ] {
        let p = post(request_body(ito, start, NEW_GRADUATE)).await.problem(422, code);
        assert_eq!(field(&p).0, "start", "{start}");
    }
    assert_eq!(count_one_on_ones(&app.pool, false).await, 4, "nothing was booked");
}

#[tokio::test]
async fn no_more_topics_than_fit_the_slot() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let s = app.login("mentee@example.com").await;
    let with_topics = |topics: serde_json::Value| {
        let mut body: serde_json::Value =
            serde_json::from_str(&request_body(ito, WED_NOON, NEW_GRADUATE)).unwrap();
        body["topic_ids"] = topics;
        body.to_string()
    };
    // Her slots are 30 minutes: three topics fit, four do not, though the
    // body alone may name up to ten.
    let p = app
        .post("/api/one-on-ones", &s, Some(&with_topics(serde_json::json!([2, 3, 6, 9]))), &[])
        .await
        .problem(422, "validation");
    assert_eq!(p.errors.len(), 1, "{p:?}");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("topic_ids", "too_many"));
    assert!(p.errors[0].message.contains("30-minute"), "{p:?}");
    assert_eq!(count_one_on_ones(&app.pool, false).await, 4, "nothing was booked");

    let res = app.post("/api/one-on-ones", &s, Some(&with_topics(serde_json::json!([2, 3, 6]))), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.json::<OneOnOne>().topics.len(), 3);
}

#[tokio::test]
async fn busy_mentors_and_busy_mentees_are_409() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    // 高橋 彩 has a request from 宮崎 遥 on Tuesday 2030-01-15 12:00 JST.
    let takahashi = app.person_id("mentor@example.com").await;
    let body = request_body(takahashi, "2030-01-15T03:00:00Z", PARENTAL_LEAVE);
    app.post("/api/one-on-ones", &s, Some(&body), &[]).await.problem(409, "slot_taken");
    // The next slot is free.
    let body = request_body(takahashi, "2030-01-15T03:30:00Z", PARENTAL_LEAVE);
    assert_eq!(app.post("/api/one-on-ones", &s, Some(&body), &[]).await.status, StatusCode::CREATED);

    // 山田 翔太 meets 高橋 彩 on Thursday 2030-01-10 12:00 JST; 林 浩二 offers that hour too.
    let hayashi = app.person_id("koji.hayashi@example.com").await;
    let body = request_body(hayashi, "2030-01-10T03:00:00Z", NEW_GRADUATE);
    app.post("/api/one-on-ones", &s, Some(&body), &[]).await.problem(409, "mentee_busy");
    let body = request_body(hayashi, "2030-01-10T03:30:00Z", NEW_GRADUATE);
    assert_eq!(app.post("/api/one-on-ones", &s, Some(&body), &[]).await.status, StatusCode::CREATED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_mentees_racing_for_one_slot_book_it_once() {
    let app = Arc::new(TestApp::new().await);
    // Half the requests go to a second server on the same database, so the
    // database's own locking is what keeps them apart, not one process's queue.
    let twin = Arc::new(app.twin().await);
    let ito = app.person_id(ITO).await;
    // Fifty people with no demo 1on1s, none of them 伊藤 さくら.
    let mentees: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM people WHERE id <> ? AND id NOT IN (SELECT mentor_id FROM one_on_ones) \
         AND id NOT IN (SELECT mentee_id FROM one_on_ones) ORDER BY id LIMIT 50",
    )
    .bind(ito)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(mentees.len(), 50);
    let mut sessions = Vec::new();
    for id in &mentees {
        sessions.push(app.session_for(*id).await);
    }

    let body = Arc::new(request_body(ito, WED_NOON, NEW_GRADUATE));
    let start = Arc::new(tokio::sync::Barrier::new(sessions.len()));
    let tasks: Vec<_> = sessions
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let app = if i % 2 == 0 { app.clone() } else { twin.clone() };
            let (body, start) = (body.clone(), start.clone());
            tokio::spawn(async move {
                start.wait().await;
                let res = app.post("/api/one-on-ones", &s, Some(&body), &[]).await;
                (res.status, res.text())
            })
        })
        .collect();
    let mut created = 0;
    let mut taken = 0;
    for task in tasks {
        let (status, text) = task.await.unwrap();
        match status.as_u16() {
            201 => created += 1,
            409 => {
                assert!(text.contains("\"slot_taken\""), "{text}");
                taken += 1;
            }
            other => panic!("{other}: {text}"),
        }
    }
    assert_eq!((created, taken), (1, 49));
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM one_on_ones WHERE mentor_id = ?")
        .bind(ito)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(rows, 1);
}

#[tokio::test]
async fn the_same_idempotency_key_replays_the_first_answer() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let s = app.login("mentee@example.com").await;
    let body = request_body(ito, WED_NOON, NEW_GRADUATE);
    let key = [("idempotency-key", "3f1c1a52-7a4e-4a51-9d0b-5d2a3c7e0c11")];

    let first = app.post("/api/one-on-ones", &s, Some(&body), &key).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    assert_eq!(first.header("idempotent-replayed"), "");
    let again = app.post("/api/one-on-ones", &s, Some(&body), &key).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.body, first.body);
    assert_eq!(again.header("location"), first.header("location"));
    assert_eq!(again.header("idempotent-replayed"), "true");
    assert_eq!(again.json::<OneOnOne>().id, first.json::<OneOnOne>().id);
    assert_eq!(count_one_on_ones(&app.pool, false).await, 5, "one row added");

    // Same key, another request: refused, nothing booked.
    let other = request_body(ito, "2030-01-11T03:00:00Z", NEW_GRADUATE);
    let p = app.post("/api/one-on-ones", &s, Some(&other), &key).await.problem(422, "idempotency_mismatch");
    assert_eq!(p.errors[0].field, "idempotency-key");
    assert_eq!(count_one_on_ones(&app.pool, false).await, 5);

    // Keys are per person: another mentee's same key is a new request (and the slot is gone).
    let other_mentee = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    app.post("/api/one-on-ones", &other_mentee, Some(&body), &key).await.problem(409, "slot_taken");
    // A refusal is replayed too, even once the slot is free again.
    let id = first.json::<OneOnOne>().id;
    let cancelled = app.post(&format!("/api/one-on-ones/{id}/cancel"), &s, None, &[]).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text());
    let replayed = app.post("/api/one-on-ones", &other_mentee, Some(&body), &key).await;
    replayed.problem(409, "slot_taken");
    assert_eq!(replayed.header("idempotent-replayed"), "true");

    // Bad keys are named.
    let p = app
        .post("/api/one-on-ones", &s, Some(&body), &[("idempotency-key", &"x".repeat(300))])
        .await
        .problem(422, "validation");
    assert_eq!(p.errors[0].field, "idempotency-key");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_retries_with_one_key_book_once() {
    let app = Arc::new(TestApp::new().await);
    let ito = app.person_id(ITO).await;
    let s = Arc::new(app.login("mentee@example.com").await);
    let body = Arc::new(request_body(ito, WED_NOON, NEW_GRADUATE));
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let (app, s, body) = (app.clone(), s.clone(), body.clone());
            tokio::spawn(async move {
                let res =
                    app.post("/api/one-on-ones", &s, Some(&body), &[("idempotency-key", "retry-1")]).await;
                assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
                res.json::<OneOnOne>().id
            })
        })
        .collect();
    let mut ids = HashSet::new();
    for task in tasks {
        ids.insert(task.await.unwrap());
    }
    assert_eq!(ids.len(), 1);
    assert_eq!(count_one_on_ones(&app.pool, false).await, 5);
}

#[tokio::test]
async fn cancelling_or_declining_frees_the_slot() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let first = app.login("mentee@example.com").await;
    let second = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    let mentor = app.session_for(ito).await;
    let body = request_body(ito, WED_NOON, NEW_GRADUATE);

    let a: OneOnOne = app.post("/api/one-on-ones", &first, Some(&body), &[]).await.json();
    app.post("/api/one-on-ones", &second, Some(&body), &[]).await.problem(409, "slot_taken");
    let res = app
        .post(
            &format!("/api/one-on-ones/{}/cancel", a.id),
            &first,
            Some(r#"{"message":"  予定が入りました  "}"#),
            &[],
        )
        .await;
    let cancelled: OneOnOne = res.json();
    assert_eq!(cancelled.status, Status::Cancelled);
    assert_eq!(cancelled.cancelled_by, Some(Side::Mentee));
    assert_eq!(cancelled.message.as_deref(), Some("予定が入りました"));

    let res = app.post("/api/one-on-ones", &second, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let b: OneOnOne = res.json();
    let declined: OneOnOne = app
        .post(
            &format!("/api/one-on-ones/{}/decline", b.id),
            &mentor,
            Some(r#"{"message":"その日は出張です"}"#),
            &[],
        )
        .await
        .json();
    assert_eq!((declined.status, declined.message.as_deref()), (Status::Declined, Some("その日は出張です")));
    assert_eq!(declined.cancelled_by, None);

    let res = app.post("/api/one-on-ones", &first, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(count_one_on_ones(&app.pool, true).await, 4 + 1, "the four demo rows, plus this");
}

#[tokio::test]
async fn the_database_refuses_a_second_active_1on1_in_a_slot() {
    let app = TestApp::new().await;
    let ito = app.person_id(ITO).await;
    let (a, b) =
        (app.person_id("daiki.ogawa@example.com").await, app.person_id("yui.nakajima@example.com").await);
    let slot = Interval::new(at(WED_NOON), at("2030-01-09T03:30:00Z"));
    let row = |mentee_id, mentor_id| NewOneOnOneRow {
        mentor_id,
        mentee_id,
        slot,
        status: Status::Requested,
        theme_id: NEW_GRADUATE,
        topic_ids: &[2],
        response_id: 1,
        note: "",
        created_at: t0(),
    };
    let mut conn = app.pool.acquire().await.unwrap();
    let first = insert(&mut conn, &row(a, ito)).await.unwrap();
    let e = insert(&mut conn, &row(b, ito)).await.unwrap_err();
    assert_eq!(slot_violation(&e), Some(Side::Mentor), "{e}");
    // The same mentee in two places at once.
    let koji = app.person_id("koji.hayashi@example.com").await;
    let e = insert(&mut conn, &row(a, koji)).await.unwrap_err();
    assert_eq!(slot_violation(&e), Some(Side::Mentee), "{e}");
    // Inactive rows hold nothing.
    sqlx::query("UPDATE one_on_ones SET status = 'cancelled' WHERE id = ?")
        .bind(first)
        .execute(&mut *conn)
        .await
        .unwrap();
    insert(&mut conn, &row(b, ito)).await.unwrap();
}

#[tokio::test]
async fn write_transactions_take_the_write_lock_at_once() {
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::{ConnectOptions, Connection};
    use std::str::FromStr;

    let app = TestApp::new().await;
    let file: String = sqlx::query_scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let tx = naname_server::store::begin_write(&app.pool).await.unwrap();
    // Nothing written yet, but a second writer is already locked out: the
    // transaction is IMMEDIATE, not DEFERRED.
    let mut other = SqliteConnectOptions::from_str(&format!("sqlite://{file}"))
        .unwrap()
        .busy_timeout(std::time::Duration::ZERO)
        .connect()
        .await
        .unwrap();
    let e = sqlx::query("BEGIN IMMEDIATE").execute(&mut other).await.unwrap_err();
    assert!(e.to_string().contains("locked"), "{e}");
    tx.rollback().await.unwrap();
    sqlx::query("BEGIN IMMEDIATE").execute(&mut other).await.unwrap();
    sqlx::query("ROLLBACK").execute(&mut other).await.unwrap();
    other.close().await.unwrap();
}
