//! `GET /api/mentors/{id}`, `/api/mentors/{id}/slots`, `/api/topics`, `/api/responses`.
//! The clock stands at Monday 2030-01-07 00:00Z (09:00 JST).

use chrono::Duration;
use naname_contract::mentors::Mentor;
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::topics::{ResponseKind, TimeFrame, TopicCatalog};
use naname_server::seed::themes::NEW_GRADUATE;
use naname_server::seed::topics::{CATEGORIES, RESPONSES, TOPICS};

use crate::common::{at, request_body, t0, TestApp};

fn starts(s: &MentorSlots) -> Vec<String> {
    s.slots.iter().map(|i| i.start.format("%Y-%m-%dT%H:%M").to_string()).collect()
}

#[tokio::test]
async fn a_mentor_card_by_id() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let mentor: Mentor = app.get_json("/api/mentors/2", &s).await;
    assert_eq!(mentor.person.name, "高橋 彩");
    assert!(!mentor.themes.is_empty() && !mentor.talk_about.is_empty());
    for path in
        ["/api/mentors/1", "/api/mentors/3", "/api/mentors/999999", "/api/mentors/x", "/api/mentors/0"]
    {
        app.get(path, Some(&s)).await.problem(404, "not_found");
    }
    app.get("/api/mentors/2", None).await.problem(401, "unauthenticated");
}

#[tokio::test]
async fn slots_follow_weekly_hours_and_leave_out_busy_time() {
    let app = TestApp::new().await;
    let mentee = app.login("mentee@example.com").await;
    // 高橋 彩: Tue/Thu 12:00–13:00 and Wed 16:00–17:00 JST, 30 minutes, 24 hours' notice, 60 days.
    let week: MentorSlots =
        app.get_json("/api/mentors/2/slots?from=2030-01-07T00:00:00Z&to=2030-01-14T00:00:00Z", &mentee).await;
    assert_eq!((week.mentor_id, week.time_zone.as_str(), week.slot_minutes), (2, "Asia/Tokyo", 30));
    assert_eq!(week.bookable_until, t0() + Duration::days(60));
    // Thursday 12:00 is the mentee's own accepted 1on1 with her.
    assert_eq!(
        starts(&week),
        ["2030-01-08T03:00", "2030-01-08T03:30", "2030-01-09T07:00", "2030-01-09T07:30", "2030-01-10T03:30"]
    );
    assert_eq!(week.next_available, Some(at("2030-01-08T03:00:00Z")));
    assert!(week.slots.iter().all(|s| s.end - s.start == Duration::minutes(30)));

    // The defaults are the week from now: the same answer.
    let default: MentorSlots = app.get_json("/api/mentors/2/slots", &mentee).await;
    assert_eq!(default, week);

    // A weekend has none; next_available looks beyond it (Tuesday 12:00 is 宮崎 遥's request).
    let weekend: MentorSlots =
        app.get_json("/api/mentors/2/slots?from=2030-01-12T00:00:00Z&to=2030-01-14T00:00:00Z", &mentee).await;
    assert!(weekend.slots.is_empty());
    assert_eq!(weekend.next_available, Some(at("2030-01-15T03:30:00Z")));

    // Another employee sees the mentor's busy time, not the mentee's.
    let other = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    let week_other: MentorSlots =
        app.get_json("/api/mentors/2/slots?from=2030-01-07T00:00:00Z&to=2030-01-14T00:00:00Z", &other).await;
    assert_eq!(starts(&week_other), starts(&week));
    // The mentee's own 1on1 with 高橋 also hides 林 浩二's Thursday 12:00 from the mentee only.
    let hayashi = app.person_id("koji.hayashi@example.com").await;
    let path = format!("/api/mentors/{hayashi}/slots?from=2030-01-10T00:00:00Z&to=2030-01-11T00:00:00Z");
    let for_mentee: MentorSlots = app.get_json(&path, &mentee).await;
    let for_other: MentorSlots = app.get_json(&path, &other).await;
    assert_eq!(starts(&for_other), ["2030-01-10T03:00", "2030-01-10T03:30"]);
    assert_eq!(starts(&for_mentee), ["2030-01-10T03:30"]);

    // Booking takes a slot away at once (no cache).
    let ito = app.person_id("sakura.ito@example.com").await;
    let path = format!("/api/mentors/{ito}/slots?from=2030-01-09T00:00:00Z&to=2030-01-10T00:00:00Z");
    let before: MentorSlots = app.get_json(&path, &other).await;
    assert_eq!(starts(&before), ["2030-01-09T03:00", "2030-01-09T03:30"]);
    let body = request_body(ito, "2030-01-09T03:00:00Z", NEW_GRADUATE);
    assert_eq!(app.post("/api/one-on-ones", &mentee, Some(&body), &[]).await.status.as_u16(), 201);
    let after: MentorSlots = app.get_json(&path, &other).await;
    assert_eq!(starts(&after), ["2030-01-09T03:30"]);
}

#[tokio::test]
async fn notice_horizon_zones_and_date_exceptions() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let get = |email: &'static str, from: &'static str, to: &'static str| {
        let (app, s) = (&app, &s);
        async move {
            let id = app.person_id(email).await;
            app.get_json::<MentorSlots>(&format!("/api/mentors/{id}/slots?from={from}&to={to}"), s).await
        }
    };
    // 伊藤 さくら: 12 hours' notice, so not today at noon (3 hours away); Wednesday is fine.
    let ito = get("sakura.ito@example.com", "2030-01-07T00:00:00Z", "2030-01-10T00:00:00Z").await;
    assert_eq!(starts(&ito), ["2030-01-09T03:00", "2030-01-09T03:30"]);
    // Nothing past her 60-day horizon (2030-03-08), even in range.
    let late = get("sakura.ito@example.com", "2030-03-01T00:00:00Z", "2030-03-15T00:00:00Z").await;
    assert!(late.slots.iter().all(|s| s.start < at("2030-03-08T00:00:00Z")));
    assert_eq!(starts(&late).last().map(String::as_str), Some("2030-03-06T03:30"));
    // Oliver Bennett, London: Monday 09:00–10:00 local = 09:00Z in winter.
    let oliver = get("oliver.bennett@example.com", "2030-01-13T00:00:00Z", "2030-01-14T12:00:00Z").await;
    assert_eq!(oliver.time_zone, "Europe/London");
    assert_eq!(starts(&oliver), ["2030-01-14T09:00", "2030-01-14T09:30"]);
    // 鈴木 大輔 (Fri 16:00–18:00 JST, 60 minutes) takes Friday 2030-01-25 off.
    let suzuki = get("daisuke.suzuki@example.com", "2030-01-17T00:00:00Z", "2030-02-02T00:00:00Z").await;
    assert_eq!(
        starts(&suzuki),
        ["2030-01-18T07:00", "2030-01-18T08:00", "2030-02-01T07:00", "2030-02-01T08:00"]
    );
    // 田中 健一 adds Monday 2030-01-14 13:00–14:30 JST (45-minute slots).
    let tanaka = get("kenichi.tanaka@example.com", "2030-01-14T00:00:00Z", "2030-01-14T12:00:00Z").await;
    assert_eq!(starts(&tanaka), ["2030-01-14T04:00", "2030-01-14T04:45"]);
}

#[tokio::test]
async fn bad_slot_ranges_name_the_field() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let field = |q: &'static str| {
        let (app, s) = (&app, &s);
        async move {
            let p = app.get(&format!("/api/mentors/2/slots?{q}"), Some(s)).await.problem(422, "validation");
            (p.errors[0].field.clone(), p.errors[0].code.clone())
        }
    };
    assert_eq!(
        field("from=2030-01-07T00:00:00Z&to=2030-01-07T00:00:00Z").await,
        ("to".into(), "invalid".into())
    );
    assert_eq!(
        field("from=2030-01-08T00:00:00Z&to=2030-01-07T00:00:00Z").await,
        ("to".into(), "invalid".into())
    );
    assert_eq!(
        field("from=2030-01-07T00:00:00Z&to=2030-02-18T00:00:01Z").await,
        ("to".into(), "out_of_range".into())
    );
    assert_eq!(field("from=tomorrow").await.0, "from");
    assert_eq!(field("from=2030-01-07").await.0, "from");
    assert_eq!(field("week=2").await, ("week".into(), "unknown_field".into()));
    // Exactly 42 days is fine.
    let ok =
        app.get("/api/mentors/2/slots?from=2030-01-07T00:00:00Z&to=2030-02-18T00:00:00Z", Some(&s)).await;
    assert_eq!(ok.status.as_u16(), 200, "{}", ok.text());
    for path in ["/api/mentors/1/slots", "/api/mentors/999999/slots", "/api/mentors/x/slots"] {
        app.get(path, Some(&s)).await.problem(404, "not_found");
    }
    app.get("/api/mentors/2/slots", None).await.problem(401, "unauthenticated");
}

#[tokio::test]
async fn bench_mentors_offer_slots_too() {
    let app = TestApp::new().await;
    naname_server::seed::bulk(&app.pool, 3).await.unwrap();
    let s = app.login("mentee@example.com").await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM people WHERE email = 'bench.mentor.00001@example.com'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let week: MentorSlots = app.get_json(&format!("/api/mentors/{id}/slots"), &s).await;
    // Weekdays 10–12 and 14–17 local, 30 minutes: 10 a day, less the first day's notice.
    assert!(week.slots.len() >= 40, "{}", week.slots.len());
    assert_eq!(week.bookable_until, t0() + Duration::days(60));
}

#[tokio::test]
async fn the_topic_grid_and_the_responses() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let catalog: TopicCatalog = app.get_json("/api/topics", &s).await;
    let names: Vec<(&str, &str)> =
        catalog.categories.iter().map(|c| (c.name.ja.as_str(), c.name.en.as_str())).collect();
    assert_eq!(names, CATEGORIES.iter().map(|&(_, ja, en)| (ja, en)).collect::<Vec<_>>());
    assert_eq!(catalog.categories.len(), 7);
    for c in &catalog.categories {
        let frames: Vec<TimeFrame> = c.topics.iter().map(|t| t.time_frame).collect();
        let mut sorted = frames.clone();
        sorted.sort();
        assert_eq!(frames, sorted, "past → present → future in {}", c.name.ja);
        for frame in [TimeFrame::Past, TimeFrame::Present, TimeFrame::Future] {
            assert!(frames.contains(&frame), "{} lacks {frame:?}", c.name.ja);
        }
        assert!(c
            .topics
            .iter()
            .all(|t| t.category_id == c.id && !t.prompt.ja.is_empty() && !t.prompt.en.is_empty()));
    }
    let all: Vec<i64> = catalog.categories.iter().flat_map(|c| c.topics.iter().map(|t| t.id)).collect();
    assert_eq!(all, TOPICS.iter().map(|t| t.id).collect::<Vec<_>>());
    assert_eq!(catalog.topic(1).map(|t| t.prompt.ja.as_str()), Some("いちばんやりがいを感じた仕事"));
    assert_eq!(
        catalog.topic(4).map(|t| t.prompt.ja.as_str()),
        Some("自分やチームの仕事を「もっとこうしたい」")
    );
    let recommended: Vec<i64> =
        catalog.ordered().iter().take_while(|t| t.recommended).map(|t| t.id).collect();
    assert!(recommended.len() >= 3 && recommended.contains(&3), "{recommended:?}");

    let responses: Vec<ResponseKind> = app.get_json("/api/responses", &s).await;
    let names: Vec<&str> = responses.iter().map(|r| r.name.ja.as_str()).collect();
    assert_eq!(
        names,
        [
            "話を聞いてほしい",
            "一緒に考えてほしい",
            "具体的なアドバイスがほしい",
            "経験談を聞きたい",
            "背中を押してほしい",
            "情報がほしい"
        ]
    );
    assert_eq!(responses.len(), RESPONSES.len());
    assert!(responses
        .iter()
        .all(|r| !r.name.en.is_empty() && !r.description.ja.is_empty() && !r.description.en.is_empty()));

    app.get("/api/topics", None).await.problem(401, "unauthenticated");
    app.get("/api/responses", None).await.problem(401, "unauthenticated");
}

#[tokio::test]
async fn busy_time_follows_changes_made_outside_the_api() {
    let app = TestApp::new().await;
    let other = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    let path = "/api/mentors/2/slots?from=2030-01-15T00:00:00Z&to=2030-01-16T00:00:00Z";
    let before: MentorSlots = app.get_json(path, &other).await;
    assert_eq!(starts(&before), ["2030-01-15T03:30"], "宮崎 遥's request holds 03:00");
    // Someone fixes the data by hand: the booking revision trigger moves.
    sqlx::query("UPDATE one_on_ones SET status = 'cancelled' WHERE start_at = ?")
        .bind(at("2030-01-15T03:00:00Z").timestamp())
        .execute(&app.pool)
        .await
        .unwrap();
    tokio::time::sleep(naname_server::cache::REVISION_RECHECK + std::time::Duration::from_millis(50)).await;
    let after: MentorSlots = app.get_json(path, &other).await;
    assert_eq!(starts(&after), ["2030-01-15T03:00", "2030-01-15T03:30"]);
}
