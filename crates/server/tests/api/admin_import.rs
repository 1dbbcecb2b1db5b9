//! `POST /api/admin/registrations/import` and `GET /api/admin/activity(.csv)`.

use axum::body::Body;
use axum::http::{header, Request};
use naname_contract::activity::Activity;
use naname_contract::admin::AuditLog;
use naname_contract::admin_import::{
    CsvEncoding, ImportOutcome, ImportReport, InvalidReason, MAX_IMPORT_BYTES,
};
use naname_contract::CSRF_HEADER;
use naname_server::seed::themes::{PARENTAL_LEAVE, POSTING_ABROAD, SECONDMENT};

use crate::common::{t0, Session, TestApp, TestResponse};

async fn admin(app: &TestApp) -> Session {
    let id = app.person_id("admin@example.com").await;
    app.session_for(id).await
}

async fn upload(
    app: &TestApp,
    s: &Session,
    bytes: Vec<u8>,
    dry_run: bool,
    content_type: &str,
) -> TestResponse {
    let req = Request::post(format!("/api/admin/registrations/import?dry_run={dry_run}"))
        .header(header::COOKIE, &s.cookie)
        .header(CSRF_HEADER, &s.csrf)
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(bytes))
        .expect("request");
    app.send(req).await
}

async fn report(app: &TestApp, s: &Session, bytes: Vec<u8>, dry_run: bool) -> ImportReport {
    let res = upload(app, s, bytes, dry_run, "text/csv").await;
    assert_eq!(res.status, 200, "{}", res.text());
    res.json()
}

/// A header, then one row of each outcome (the archived theme is 関連会社への出向).
fn sample() -> String {
    [
        "メールアドレス,テーマ,メッセージ",
        "mentee@example.com,海外駐在,\"ぜひ、お願いします\"",
        "nobody@example.com,海外駐在,",
        "admin@example.com,Posting abroad",
        &format!("mentee@example.com,{POSTING_ABROAD},again"),
        &format!("mentor@example.com,{PARENTAL_LEAVE}"),
        "admin@example.com,関連会社への出向",
        "admin@example.com,ないテーマ",
        ",海外駐在",
        "",
    ]
    .join("\r\n")
}

async fn archive_secondment(app: &TestApp) {
    sqlx::query("UPDATE themes SET archived = 1 WHERE id = ?")
        .bind(SECONDMENT)
        .execute(&app.pool)
        .await
        .unwrap();
}

async fn status(app: &TestApp, email: &str, theme: i64) -> Option<(String, String)> {
    sqlx::query_as(
        "SELECT mt.status, mt.message FROM mentor_themes mt JOIN people p ON p.id = mt.mentor_id \
         WHERE p.email = ? AND mt.theme_id = ?",
    )
    .bind(email)
    .bind(theme)
    .fetch_optional(&app.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_shift_jis_dry_run_lists_every_row_and_writes_nothing() {
    let app = TestApp::new().await;
    archive_secondment(&app).await;
    let s = admin(&app).await;
    let text = sample();
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really Shift_JIS, not UTF-8");
    let r = report(&app, &s, bytes.into_owned(), true).await;
    assert!(r.dry_run && r.header);
    assert_eq!(r.encoding, CsvEncoding::ShiftJis);
    assert_eq!(r.registered, 0);
    use ImportOutcome::*;
    let got: Vec<(u64, ImportOutcome)> = r.rows.iter().map(|row| (row.line, row.outcome)).collect();
    assert_eq!(
        got,
        [
            (2, WillRegister),
            (3, UnknownEmail),
            (4, WillRegister),
            (5, Duplicate),
            (6, AlreadyRegistered),
            (7, ArchivedTheme),
            (8, UnknownTheme),
            (9, Invalid)
        ]
    );
    assert_eq!(r.rows[0].theme, "海外駐在");
    assert_eq!(r.rows[0].message, "ぜひ、お願いします");
    assert_eq!(r.rows[0].theme_id, Some(POSTING_ABROAD));
    assert_eq!(r.rows[3].duplicate_of, Some(2));
    assert_eq!(r.rows[7].reason, Some(InvalidReason::EmailRequired));
    assert_eq!(status(&app, "mentee@example.com", POSTING_ABROAD).await, None, "a dry run writes nothing");
}

#[tokio::test]
async fn the_commit_registers_the_valid_rows_once() {
    let app = TestApp::new().await;
    archive_secondment(&app).await;
    let s = admin(&app).await;
    // UTF-8 with a BOM, as Excel's "CSV UTF-8" writes it.
    let bytes = [b"\xEF\xBB\xBF".as_slice(), sample().as_bytes()].concat();
    let r = report(&app, &s, bytes.clone(), false).await;
    assert_eq!((r.encoding, r.dry_run, r.registered), (CsvEncoding::Utf8Bom, false, 2));
    assert_eq!(
        status(&app, "mentee@example.com", POSTING_ABROAD).await,
        Some(("pending".into(), "ぜひ、お願いします".into()))
    );
    assert_eq!(status(&app, "admin@example.com", POSTING_ABROAD).await, Some(("pending".into(), "".into())));
    assert_eq!(status(&app, "admin@example.com", SECONDMENT).await, None, "archived: not registered");
    assert_eq!(status(&app, "mentor@example.com", PARENTAL_LEAVE).await.unwrap().0, "approved");
    // Each registration is in the theme's history, as when registered in the app.
    let log: AuditLog = app.get_json(&format!("/api/admin/themes/{POSTING_ABROAD}/changes"), &s).await;
    assert_eq!(log.entries.iter().filter(|e| e.action == "registration.create").count(), 2);

    let again = report(&app, &s, bytes, false).await;
    assert_eq!(again.registered, 0, "the same file again changes nothing");
    assert_eq!(again.rows[0].outcome, ImportOutcome::AlreadyRegistered);
    assert_eq!(again.rows[2].outcome, ImportOutcome::AlreadyRegistered);
    let log: AuditLog = app.get_json(&format!("/api/admin/themes/{POSTING_ABROAD}/changes"), &s).await;
    assert_eq!(log.entries.iter().filter(|e| e.action == "registration.create").count(), 2);
}

#[tokio::test]
async fn utf8_without_bom_and_a_declined_person_asked_again() {
    let app = TestApp::new().await;
    let s = admin(&app).await;
    sqlx::query(
        "INSERT INTO mentor_themes (mentor_id, theme_id, status, registered_at, decided_at) \
         SELECT id, ?, 'declined', 0, 0 FROM people WHERE email = 'mentee@example.com'",
    )
    .bind(POSTING_ABROAD)
    .execute(&app.pool)
    .await
    .unwrap();
    let r = report(&app, &s, "MENTEE@example.com,ＰＯＳＴＩＮＧ ＡＢＲＯＡＤ\n".into(), true).await;
    assert_eq!((r.encoding, r.header), (CsvEncoding::Utf8, false));
    assert_eq!((r.rows[0].line, r.rows[0].outcome), (1, ImportOutcome::WillReregister));
    let r = report(&app, &s, "mentee@example.com,海外駐在\n".into(), false).await;
    assert_eq!(r.registered, 1);
    assert_eq!(status(&app, "mentee@example.com", POSTING_ABROAD).await.unwrap().0, "pending");
}

#[tokio::test]
async fn the_commit_is_all_or_nothing() {
    let app = TestApp::new().await;
    let s = admin(&app).await;
    // The second registration fails inside the transaction: the first must not stay.
    sqlx::query(
        "CREATE TRIGGER refuse_admin BEFORE INSERT ON mentor_themes \
         WHEN NEW.mentor_id = (SELECT id FROM people WHERE email = 'admin@example.com') \
         BEGIN SELECT RAISE(ABORT, 'refused'); END",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    let csv = "mentee@example.com,海外駐在\nadmin@example.com,海外駐在\n";
    let res = upload(&app, &s, csv.into(), false, "text/csv").await;
    assert_eq!(res.status, 500, "{}", res.text());
    assert_eq!(status(&app, "mentee@example.com", POSTING_ABROAD).await, None);
    let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(&app.pool).await.unwrap();
    assert_eq!(audit, 0);
}

#[tokio::test]
async fn bad_files_are_refused_with_problems() {
    let app = TestApp::new().await;
    let s = admin(&app).await;
    upload(&app, &s, "a,b\n".into(), true, "application/json").await.problem(415, "unsupported_media_type");
    upload(&app, &s, b"\x82\xff\xff,\x00\n".to_vec(), true, "text/csv").await.problem(422, "unreadable_csv");
    upload(&app, &s, "email,theme\r\n\r\n".into(), true, "text/csv").await.problem(422, "empty_csv");
    upload(&app, &s, vec![b'a'; MAX_IMPORT_BYTES + 1], true, "text/csv")
        .await
        .problem(413, "payload_too_large");
    // 5,001 rows are 413, though the file (80 KB) is within the byte limit and over the JSON one.
    let rows = "mentee@example.com,海外駐在\n".repeat(5001);
    upload(&app, &s, rows.into(), true, "text/csv").await.problem(413, "too_many_rows");
    let rows = "mentee@example.com,海外駐在\n".repeat(5000);
    assert_eq!(report(&app, &s, rows.into(), true).await.count(ImportOutcome::Duplicate), 4999);
    let res = app
        .send(
            Request::post("/api/admin/registrations/import?dry_run=maybe")
                .header(header::COOKIE, &s.cookie)
                .header(CSRF_HEADER, &s.csrf)
                .header(header::CONTENT_TYPE, "text/csv")
                .body(Body::from("a,b"))
                .unwrap(),
        )
        .await;
    res.problem(422, "validation");
}

#[tokio::test]
async fn only_admins_import_and_see_activity() {
    let app = TestApp::new().await;
    let csv = "mentee@example.com,海外駐在\n";
    let signed_out = app
        .send(
            Request::post("/api/admin/registrations/import")
                .header(header::CONTENT_TYPE, "text/csv")
                .header(CSRF_HEADER, "anything")
                .body(Body::from(csv))
                .unwrap(),
        )
        .await;
    signed_out.problem(401, "unauthenticated");
    let mentee = app.session_for(app.person_id("mentee@example.com").await).await;
    upload(&app, &mentee, csv.into(), false, "text/csv").await.problem(403, "forbidden");
    assert_eq!(status(&app, "mentee@example.com", POSTING_ABROAD).await, None);
    for path in ["/api/admin/activity", "/api/admin/activity.csv"] {
        app.get(path, None).await.problem(401, "unauthenticated");
        app.get(path, Some(&mentee)).await.problem(403, "forbidden");
    }
}

/// A 1on1 row under `theme`, mentor@ with mentee@, at hours from t0.
async fn one_on_one(app: &TestApp, theme: i64, created_h: i64, start_h: i64, status: &str) {
    one_on_one_at(app, theme, t0().timestamp() + created_h * 3600, t0().timestamp() + start_h * 3600, status)
        .await;
}

async fn one_on_one_at(app: &TestApp, theme: i64, created: i64, start: i64, status: &str) {
    sqlx::query(
        "INSERT INTO one_on_ones (mentor_id, mentee_id, start_at, end_at, status, theme_id, response_id, created_at, updated_at) \
         SELECT m.id, e.id, ?1, ?1 + 1800, ?2, ?3, 1, ?4, ?4 FROM people m, people e \
         WHERE m.email = 'mentor@example.com' AND e.email = 'mentee@example.com'",
    )
    .bind(start)
    .bind(status)
    .bind(theme)
    .bind(created)
    .execute(&app.pool)
    .await
    .unwrap();
}

async fn registration(app: &TestApp, email: &str, theme: i64, status: &str, stopped: bool) {
    sqlx::query(
        "INSERT INTO mentor_themes (mentor_id, theme_id, status, registered_at, stopped_at) \
         SELECT id, ?, ?, 0, ? FROM people WHERE email = ?",
    )
    .bind(theme)
    .bind(status)
    .bind(stopped.then_some(1))
    .bind(email)
    .execute(&app.pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn activity_counts_per_theme_flags_mentors_and_charts_weeks() {
    let app = TestApp::new().await;
    let s = admin(&app).await;
    let before: Activity = app.get_json("/api/admin/activity", &s).await;
    assert_eq!(before.week_zone, "UTC");
    let theme: i64 = sqlx::query_scalar(
        "INSERT INTO themes (category_id, name_ja, name_en, sort) VALUES (1, '=SUM(1,2) \"x\"', 'Fixture', 99) RETURNING id",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    registration(&app, "mentor@example.com", theme, "approved", false).await;
    registration(&app, "admin@example.com", theme, "approved", false).await;
    registration(&app, "mentee@example.com", theme, "pending", false).await;
    registration(&app, "sakura.ito@example.com", theme, "declined", false).await;
    registration(&app, "kenichi.tanaka@example.com", theme, "approved", true).await;
    one_on_one(&app, theme, -10 * 24, -9 * 24, "done").await; // 2029-12-29, week of 12-24
    one_on_one(&app, theme, -40 * 24, -39 * 24, "accepted").await; // 2029-11-29, week of 11-26
    one_on_one(&app, theme, -5 * 24, 3 * 24, "declined").await;
    one_on_one(&app, theme, -100 * 24, -99 * 24, "done").await; // before the chart
    archive_secondment(&app).await;

    let a: Activity = app.get_json("/api/admin/activity", &s).await;
    assert_eq!(a.as_of, t0());
    let row = a.themes.iter().find(|t| t.theme_id == theme).expect("the fixture theme");
    assert_eq!((row.approved_mentors, row.pending_mentors), (2, 1));
    assert_eq!((row.requests_30, row.requests_90, row.accepted_30, row.accepted_90), (2, 3, 1, 2));
    let archived: Vec<bool> = a.themes.iter().map(|t| t.archived).collect();
    assert_eq!(archived.iter().filter(|&&x| x).count(), 1);
    assert_eq!(archived.last(), Some(&true), "archived themes come last");
    assert_eq!(a.themes.last().unwrap().theme_id, SECONDMENT);

    let admin_id = app.person_id("admin@example.com").await;
    let mentor_id = app.person_id("mentor@example.com").await;
    for list in [&a.no_preferred_times, &a.never_booked] {
        assert!(list.iter().any(|m| m.id == admin_id), "admin: no times, never booked");
        assert!(!list.iter().any(|m| m.id == mentor_id), "mentor@ has times and 1on1s");
    }

    assert_eq!(a.weeks.len(), 12);
    assert_eq!(a.weeks[11].week_start.to_string(), "2030-01-07");
    assert_eq!(a.weeks[0].week_start.to_string(), "2029-10-22");
    for (i, (w, b)) in a.weeks.iter().zip(&before.weeks).enumerate() {
        let added = w.one_on_ones - b.one_on_ones;
        let expected = match w.week_start.to_string().as_str() {
            "2029-12-24" | "2029-11-26" => 1,
            _ => 0,
        };
        assert_eq!(added, expected, "week {i} ({})", w.week_start);
    }

    let csv = app.get("/api/admin/activity.csv", Some(&s)).await;
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(csv.header("content-disposition"), "attachment; filename=\"naname-activity-2030-01-07.csv\"");
    assert!(csv.body.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let text = csv.text();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].starts_with("テーマID,カテゴリ,テーマ,"), "{}", lines[0]);
    let fixture = lines.iter().find(|l| l.starts_with(&format!("{theme},"))).expect("fixture row");
    assert!(fixture.ends_with(",\"'=SUM(1,2) \"\"x\"\"\",,2,1,2,3,1,2"), "quoted, formula-safe: {fixture}");
    assert_eq!(lines.len(), a.themes.len() + 2, "a header, a row per theme, the final CRLF");
    let en = app.get("/api/admin/activity.csv?lang=en", Some(&s)).await.text();
    assert!(en.contains("Theme ID,Category,Theme,Archived,Approved mentors"));
    assert!(en.contains(&format!("{theme},")) && en.contains(",Fixture,,2,1,2,3,1,2"));
    app.get("/api/admin/activity.csv?lang=fr", Some(&s)).await.problem(422, "validation");
}

#[tokio::test]
async fn activity_weeks_are_cut_in_the_zone_asked_for() {
    let app = TestApp::new().await;
    let s = admin(&app).await;
    let week = |a: &Activity, monday: &str| {
        a.weeks.iter().find(|w| w.week_start.to_string() == monday).map(|w| w.one_on_ones)
    };
    let utc_before: Activity = app.get_json("/api/admin/activity", &s).await;
    let tokyo_before: Activity = app.get_json("/api/admin/activity?tz=Asia/Tokyo", &s).await;
    // Sunday 2030-01-06 15:30 UTC is Monday 00:30 in Tokyo: last week in
    // UTC, this week in Tokyo.
    let start = t0().timestamp() - 8 * 3600 - 1800;
    one_on_one_at(&app, 1, start - 86_400, start, "accepted").await;

    let utc: Activity = app.get_json("/api/admin/activity", &s).await;
    assert_eq!(utc.week_zone, "UTC");
    assert_eq!(week(&utc, "2029-12-31"), week(&utc_before, "2029-12-31").map(|n| n + 1));
    assert_eq!(week(&utc, "2030-01-07"), week(&utc_before, "2030-01-07"));

    let tokyo: Activity = app.get_json("/api/admin/activity?tz=Asia/Tokyo", &s).await;
    assert_eq!(tokyo.week_zone, "Asia/Tokyo");
    assert_eq!(tokyo.weeks[11].week_start.to_string(), "2030-01-07");
    assert_eq!(week(&tokyo, "2030-01-07"), week(&tokyo_before, "2030-01-07").map(|n| n + 1));
    assert_eq!(week(&tokyo, "2029-12-31"), week(&tokyo_before, "2029-12-31"));

    // At t0 it is still Sunday evening in New York: its current week began on 2029-12-31.
    let new_york: Activity = app.get_json("/api/admin/activity?tz=America/New_York", &s).await;
    assert_eq!(new_york.weeks[11].week_start.to_string(), "2029-12-31");

    let bad = app.get("/api/admin/activity?tz=Mars/Olympus", Some(&s)).await.problem(422, "validation");
    assert_eq!(bad.errors[0].field, "tz");
}
