//! Accept, decline, cancel; "My 1on1s"; time moving statuses on; calendar files
//! (confirmed, and the mentee's tentative hold of a request).
//!
//! The demo 1on1s as seeded at the test clock's start (Monday 2030-01-07 09:00 JST):
//! - 山田 翔太 with 高橋 彩, Tue 2029-12-25 12:00 JST, accepted (so done);
//! - 山田 翔太 with 高橋 彩, Thu 2030-01-10 12:00 JST, accepted;
//! - 宮崎 遥 asking 高橋 彩, Tue 2030-01-15 12:00 JST, requested;
//! - 山田 翔太 asking 佐藤 美咲, Mon 2030-01-14 17:00 JST, requested.

use axum::http::StatusCode;
use chrono::Duration;
use naname_contract::one_on_ones::{OneOnOne, Side, Status};
use naname_server::ics::{unfold, MAX_LINE_OCTETS};
use naname_server::seed::themes::NEW_GRADUATE;

use crate::common::{at, request_body, Session, TestApp};

struct Demo {
    done: OneOnOne,
    accepted: OneOnOne,
    /// 宮崎 遥 → 高橋 彩.
    requested: OneOnOne,
    /// 山田 翔太 → 佐藤 美咲.
    mentee_request: OneOnOne,
    mentor: Session,
    mentee: Session,
}

async fn demo(app: &TestApp) -> Demo {
    let mentor = app.login("mentor@example.com").await;
    let mentee = app.login("mentee@example.com").await;
    let as_mentor: Vec<OneOnOne> = app.get_json("/api/one-on-ones?as=mentor", &mentor).await;
    let as_mentee: Vec<OneOnOne> = app.get_json("/api/one-on-ones?as=mentee", &mentee).await;
    assert_eq!(as_mentor.len(), 3, "{as_mentor:#?}");
    assert_eq!(as_mentee.len(), 3, "{as_mentee:#?}");
    Demo {
        done: as_mentor[0].clone(),
        accepted: as_mentor[1].clone(),
        requested: as_mentor[2].clone(),
        mentee_request: as_mentee[2].clone(),
        mentor,
        mentee,
    }
}

fn ids(list: &[OneOnOne]) -> Vec<i64> {
    list.iter().map(|o| o.id).collect()
}

#[tokio::test]
async fn my_1on1s_per_side_and_effective_status() {
    let app = TestApp::new().await;
    let d = demo(&app).await;
    assert_eq!(
        [&d.done, &d.accepted, &d.requested].map(|o| (o.status, o.start)),
        [
            (Status::Done, at("2029-12-25T03:00:00Z")),
            (Status::Accepted, at("2030-01-10T03:00:00Z")),
            (Status::Requested, at("2030-01-15T03:00:00Z")),
        ]
    );
    assert_eq!(d.requested.mentee.name, "宮崎 遥");
    assert_eq!(
        (d.mentee_request.mentor.name.as_str(), d.mentee_request.start),
        ("佐藤 美咲", at("2030-01-14T08:00:00Z"))
    );
    assert_eq!(d.done.mentee.name, "山田 翔太");
    assert!(!d.accepted.topics.is_empty() && !d.accepted.note.is_empty());

    let mentor_as_mentee: Vec<OneOnOne> = app.get_json("/api/one-on-ones?as=mentee", &d.mentor).await;
    assert!(mentor_as_mentee.is_empty());
    let both: Vec<OneOnOne> = app.get_json("/api/one-on-ones", &d.mentor).await;
    assert_eq!(ids(&both), ids(&[d.done.clone(), d.accepted.clone(), d.requested.clone()]));

    let open: Vec<OneOnOne> =
        app.get_json("/api/one-on-ones?as=mentee&status=requested&status=accepted", &d.mentee).await;
    assert_eq!(ids(&open), [d.accepted.id, d.mentee_request.id], "sorted by start");
    let done: Vec<OneOnOne> = app.get_json("/api/one-on-ones?status=done", &d.mentee).await;
    assert_eq!(ids(&done), [d.done.id]);

    for bad in ["status=nope", "as=boss", "sort=start"] {
        let p = app.get(&format!("/api/one-on-ones?{bad}"), Some(&d.mentee)).await.problem(422, "validation");
        assert!(p.errors[0].field.starts_with(bad.split('=').next().unwrap()), "{p:?}");
    }
}

#[tokio::test]
async fn only_the_mentor_answers_and_strangers_see_nothing() {
    let app = TestApp::new().await;
    let d = demo(&app).await;
    let id = d.requested.id;
    let admin = app.login("admin@example.com").await;
    app.get(&format!("/api/one-on-ones/{id}"), Some(&admin)).await.problem(404, "not_found");
    for action in ["accept", "decline", "cancel"] {
        app.post(&format!("/api/one-on-ones/{id}/{action}"), &admin, None, &[])
            .await
            .problem(404, "not_found");
    }
    let miyazaki = app.session_for(d.requested.mentee.id).await;
    for action in ["accept", "decline"] {
        app.post(&format!("/api/one-on-ones/{id}/{action}"), &miyazaki, None, &[])
            .await
            .problem(403, "forbidden");
    }

    let res = app.post(&format!("/api/one-on-ones/{id}/accept"), &d.mentor, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json::<OneOnOne>().status, Status::Accepted);
    app.post(&format!("/api/one-on-ones/{id}/accept"), &d.mentor, None, &[])
        .await
        .problem(409, "invalid_transition");
    app.post(&format!("/api/one-on-ones/{id}/decline"), &d.mentor, None, &[])
        .await
        .problem(409, "invalid_transition");
    let seen: OneOnOne = app.get_json(&format!("/api/one-on-ones/{id}"), &miyazaki).await;
    assert_eq!(seen.status, Status::Accepted);

    app.post("/api/one-on-ones/999999/accept", &d.mentor, None, &[]).await.problem(404, "not_found");
    app.post("/api/one-on-ones/abc/accept", &d.mentor, None, &[]).await.problem(404, "not_found");
    let long = serde_json::json!({ "message": "あ".repeat(1001) }).to_string();
    let p = app
        .post(&format!("/api/one-on-ones/{}/decline", d.mentee_request.id), &d.mentee, Some(&long), &[])
        .await
        .problem(422, "validation");
    assert_eq!(p.errors[0].field, "message");
}

#[tokio::test]
async fn two_overlapping_requests_cannot_both_be_accepted() {
    let app = TestApp::new().await;
    let ito = app.person_id("sakura.ito@example.com").await;
    let mentor = app.session_for(ito).await;
    let a_mentee = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    let b_mentee = app.session_for(app.person_id("yui.nakajima@example.com").await).await;
    let a: OneOnOne = app
        .post(
            "/api/one-on-ones",
            &a_mentee,
            Some(&request_body(ito, "2030-01-09T03:00:00Z", NEW_GRADUATE)),
            &[],
        )
        .await
        .json();
    let b: OneOnOne = app
        .post(
            "/api/one-on-ones",
            &b_mentee,
            Some(&request_body(ito, "2030-01-09T03:30:00Z", NEW_GRADUATE)),
            &[],
        )
        .await
        .json();
    // As if the mentor had offered 45-minute slots when `a` was made: the two now overlap.
    sqlx::query("UPDATE one_on_ones SET end_at = start_at + 45 * 60 WHERE id = ?")
        .bind(a.id)
        .execute(&app.pool)
        .await
        .unwrap();

    let res = app.post(&format!("/api/one-on-ones/{}/accept", b.id), &mentor, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    app.post(&format!("/api/one-on-ones/{}/accept", a.id), &mentor, None, &[])
        .await
        .problem(409, "slot_taken");
    let still: OneOnOne = app.get_json(&format!("/api/one-on-ones/{}", a.id), &mentor).await;
    assert_eq!(still.status, Status::Requested);

    // Once `b` is cancelled, `a` can be accepted.
    app.post(&format!("/api/one-on-ones/{}/cancel", b.id), &mentor, None, &[]).await;
    let res = app.post(&format!("/api/one-on-ones/{}/accept", a.id), &mentor, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
}

#[tokio::test]
async fn time_expires_requests_finishes_meetings_and_closes_cancellation() {
    let app = TestApp::new().await;
    let d = demo(&app).await;

    // 30 minutes before the accepted 1on1: too late for the mentee, not for the mentor.
    app.clock.set(d.accepted.start - Duration::minutes(30));
    let path = format!("/api/one-on-ones/{}/cancel", d.accepted.id);
    app.post(&path, &d.mentee, None, &[]).await.problem(409, "too_late_to_cancel");
    let cancelled: OneOnOne = app.post(&path, &d.mentor, Some(r#"{"message":"急用です"}"#), &[]).await.json();
    assert_eq!((cancelled.status, cancelled.cancelled_by), (Status::Cancelled, Some(Side::Mentor)));
    app.post(&path, &d.mentor, None, &[]).await.problem(409, "invalid_transition");

    // An unanswered request expires at its start.
    app.clock.set(d.requested.start);
    let seen: OneOnOne = app.get_json(&format!("/api/one-on-ones/{}", d.requested.id), &d.mentor).await;
    assert_eq!(seen.status, Status::Expired);
    app.post(&format!("/api/one-on-ones/{}/accept", d.requested.id), &d.mentor, None, &[])
        .await
        .problem(409, "invalid_transition");
    let expired: Vec<OneOnOne> = app.get_json("/api/one-on-ones?status=expired", &d.mentor).await;
    assert_eq!(ids(&expired), [d.requested.id]);
    let open: Vec<OneOnOne> = app.get_json("/api/one-on-ones?status=requested", &d.mentor).await;
    assert!(open.is_empty());

    // An accepted 1on1 is done at its end; before that it is still accepted.
    let app = TestApp::new().await;
    let d = demo(&app).await;
    app.clock.set(d.accepted.end - Duration::seconds(1));
    let path = format!("/api/one-on-ones/{}", d.accepted.id);
    assert_eq!(app.get_json::<OneOnOne>(&path, &d.mentee).await.status, Status::Accepted);
    app.clock.set(d.accepted.end);
    assert_eq!(app.get_json::<OneOnOne>(&path, &d.mentee).await.status, Status::Done);
    app.post(&format!("{path}/cancel"), &d.mentor, None, &[]).await.problem(409, "invalid_transition");
}

#[tokio::test]
async fn accepted_1on1s_have_a_calendar_file() {
    let app = TestApp::new().await;
    let d = demo(&app).await;
    let res = app.get(&format!("/api/one-on-ones/{}.ics", d.accepted.id), Some(&d.mentee)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.header("content-type"), "text/calendar; charset=utf-8");
    assert_eq!(
        res.header("content-disposition"),
        format!("attachment; filename=\"naname-1on1-{}.ics\"", d.accepted.id)
    );
    let text = res.text();
    assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF only");
    assert!(text.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS), "folded:\n{text}");
    let lines = unfold(&text);
    for expected in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("UID:one-on-one-{}@naname", d.accepted.id),
        "DTSTAMP:20300107T000000Z".to_string(),
        "DTSTART:20300110T030000Z".to_string(),
        "DTEND:20300110T033000Z".to_string(),
        "SUMMARY:1on1: 高橋 彩 × 山田 翔太".to_string(),
        "ORGANIZER;CN=高橋 彩:mailto:mentor@example.com".to_string(),
        "ATTENDEE;CN=山田 翔太;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mentee@example.com".to_string(),
        "STATUS:CONFIRMED".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ] {
        assert!(lines.contains(&expected), "missing {expected}\n{lines:#?}");
    }
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let description = lines.iter().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
    assert!(description.contains("テーマ: キャリア入社（1〜3年）\\n"), "{description}");
    assert!(description.contains("・自分の得意・苦手\\n"), "{description}");
    assert!(description.contains("希望する対応: 具体的なアドバイスがほしい"), "{description}");
    // The mentor gets the same file; English on request.
    let en =
        app.get(&format!("/api/one-on-ones/{}.ics?lang=en", d.accepted.id), Some(&d.mentor)).await.text();
    let en = unfold(&en);
    assert!(en.contains(&"SUMMARY:1on1: Aya Takahashi × Shota Yamada".to_string()), "{en:#?}");
    assert!(en.iter().any(|l| l.starts_with("DESCRIPTION:Theme: ")));

    // Done ones still have it; strangers do not.
    let res = app.get(&format!("/api/one-on-ones/{}.ics", d.done.id), Some(&d.mentee)).await;
    assert_eq!(res.status, StatusCode::OK);
    let admin = app.login("admin@example.com").await;
    app.get(&format!("/api/one-on-ones/{}.ics", d.accepted.id), Some(&admin)).await.problem(404, "not_found");
    app.get("/api/one-on-ones/x.ics", Some(&d.mentee)).await.problem(404, "not_found");
    app.get(&format!("/api/one-on-ones/{}.ics", d.accepted.id), None).await.problem(401, "unauthenticated");
}

#[tokio::test]
async fn a_request_is_a_tentative_hold_for_its_mentee_only() {
    let app = TestApp::new().await;
    let d = demo(&app).await;
    let path = format!("/api/one-on-ones/{}.ics", d.mentee_request.id);
    let res = app.get(&path, Some(&d.mentee)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.header("content-type"), "text/calendar; charset=utf-8");
    let lines = unfold(&res.text());
    for expected in [
        "STATUS:TENTATIVE".to_string(),
        "SEQUENCE:0".to_string(),
        format!("UID:one-on-one-{}@naname", d.mentee_request.id),
        "DTSTART:20300114T080000Z".to_string(),
        "SUMMARY:1on1: 佐藤 美咲 × 山田 翔太".to_string(),
    ] {
        assert!(lines.contains(&expected), "missing {expected}\n{lines:#?}");
    }
    assert!(!lines.iter().any(|l| l == "STATUS:CONFIRMED"));
    // Its mentor answers it rather than holds it.
    let sato = app.session_for(d.mentee_request.mentor.id).await;
    app.get(&path, Some(&sato)).await.problem(409, "not_accepted");

    // Once accepted, the same UID comes back confirmed, a later SEQUENCE.
    let res = app.post(&format!("/api/one-on-ones/{}/accept", d.mentee_request.id), &sato, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let lines = unfold(&app.get(&path, Some(&d.mentee)).await.text());
    assert!(
        lines.contains(&"STATUS:CONFIRMED".to_string()) && lines.contains(&"SEQUENCE:1".to_string()),
        "{lines:#?}"
    );
    assert!(lines.contains(&format!("UID:one-on-one-{}@naname", d.mentee_request.id)));

    // Declined, cancelled and expired ones have no file.
    let declined =
        app.post(&format!("/api/one-on-ones/{}/decline", d.requested.id), &d.mentor, None, &[]).await;
    assert_eq!(declined.status, StatusCode::OK, "{}", declined.text());
    let miyazaki = app.session_for(d.requested.mentee.id).await;
    app.get(&format!("/api/one-on-ones/{}.ics", d.requested.id), Some(&miyazaki))
        .await
        .problem(409, "not_accepted");
    app.post(&format!("/api/one-on-ones/{}/cancel", d.accepted.id), &d.mentee, None, &[]).await;
    app.get(&format!("/api/one-on-ones/{}.ics", d.accepted.id), Some(&d.mentee))
        .await
        .problem(409, "not_accepted");
}
