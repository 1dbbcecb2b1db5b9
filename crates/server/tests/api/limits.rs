//! What a request cannot make the server do: walk a loop whose length the
//! request chooses (a slots window far in the past), or overflow chrono's
//! arithmetic with an extreme but well-formed instant. The clock stands at
//! Monday 2030-01-07 00:00Z.

use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use naname_contract::one_on_ones::MentorSlots;
use naname_server::seed::themes::NEW_GRADUATE;
use proptest::prelude::*;

use crate::common::{request_body, Session, TestApp, TestResponse};

/// 高橋 彩, the demo mentor.
const MENTOR: i64 = 2;
/// 山田 翔太 (mentee@).
const MENTEE: i64 = 3;

async fn slots(app: &TestApp, s: &Session, from: &str, to: &str) -> TestResponse {
    app.get(&format!("/api/mentors/{MENTOR}/slots?from={from}&to={to}"), Some(s)).await
}

#[tokio::test]
async fn a_window_in_year_0_answers_in_a_few_milliseconds() {
    let app = TestApp::new().await;
    let s = app.session_for(MENTEE).await;
    // Warm the caches so only the request's own work is timed.
    assert_eq!(app.get("/api/mentors/2/slots", Some(&s)).await.status.as_u16(), 200);
    for (from, to) in [
        ("-262143-01-01T00:00:00Z", "-262143-01-08T00:00:00Z"),
        ("0000-01-01T00:00:00Z", "0000-01-08T00:00:00Z"),
        ("1970-01-01T00:00:00Z", "1970-01-08T00:00:00Z"),
        ("2029-11-01T00:00:00Z", "2029-12-01T00:00:00Z"),
    ] {
        let started = Instant::now();
        let res = slots(&app, &s, from, to).await;
        let took = started.elapsed();
        let problem = res.problem(422, "validation");
        assert_eq!(problem.errors[0].field, if from < "1970" { "from" } else { "to" }, "{from}");
        // It took 2.2 s for year −262,143 before; a debug build on a busy
        // machine still answers this in well under a tenth of that.
        assert!(took < StdDuration::from_millis(200), "{from}..{to} took {took:?}");
    }
}

#[tokio::test]
async fn windows_must_touch_the_bookable_range() {
    let app = TestApp::new().await;
    let s = app.session_for(MENTEE).await;
    // The week calendar asks from this week's Monday, which may be days ago.
    let week = slots(&app, &s, "2030-01-01T00:00:00Z", "2030-01-08T00:00:00Z").await;
    assert_eq!(week.status.as_u16(), 200, "{}", week.text());
    // Ended more than a day ago: nothing to show, refused naming `to`.
    let p = slots(&app, &s, "2029-12-30T00:00:00Z", "2030-01-05T23:59:59Z").await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("to", "out_of_range"));
    // Starts beyond any mentor's horizon (92 days): refused naming `from`.
    let p = slots(&app, &s, "2030-04-09T00:00:00Z", "2030-04-10T00:00:00Z").await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("from", "out_of_range"));
    // Up to the horizon is fine.
    let last = slots(&app, &s, "2030-04-07T00:00:00Z", "2030-04-08T00:00:00Z").await;
    assert_eq!(last.status.as_u16(), 200, "{}", last.text());
    assert!(last.json::<MentorSlots>().slots.is_empty(), "beyond her 60 days");
}

#[tokio::test]
async fn extreme_instants_are_refused_with_422_not_500() {
    let app = TestApp::new().await;
    let s = app.session_for(MENTEE).await;
    for (query, field) in [
        ("from=%2B262142-12-31T23:59:59Z", "from"),
        ("to=-262143-01-01T00:00:00Z", "to"),
        ("from=-262143-01-01T00:00:00Z&to=-262142-01-01T00:00:00Z", "from"),
        ("from=%2B262143-01-01T00:00:00Z", "from"),
        ("from=9999-12-31T23:59:59Z", "from"),
        ("from=1969-12-31T23:59:59Z", "from"),
    ] {
        let res = app.get(&format!("/api/mentors/{MENTOR}/slots?{query}"), Some(&s)).await;
        let p = res.problem(422, "validation");
        assert_eq!(p.errors[0].field, field, "{query}: {p:?}");
    }
    let ito = app.person_id("sakura.ito@example.com").await;
    for (start, code) in [
        ("-262143-01-01T00:00:00Z", "out_of_range"),
        ("+262142-12-31T23:59:00Z", "out_of_range"),
        ("1969-12-31T23:59:00Z", "out_of_range"),
        ("+10000-01-01T00:00:00Z", "out_of_range"),
        // Five digits without a sign is not RFC 3339 (nor chrono's reading of it).
        ("10000-01-01T00:00:00Z", "invalid"),
    ] {
        let res = app.post("/api/one-on-ones", &s, Some(&request_body(ito, start, NEW_GRADUATE)), &[]).await;
        let p = res.problem(422, "validation");
        assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("start", code), "{start}");
    }
}

/// Any instant chrono can hold, written as RFC 3339 (years beyond 9999 with
/// a sign, as chrono writes and reads them), with a random UTC offset.
fn instant() -> impl Strategy<Value = String> {
    let min = DateTime::<Utc>::MIN_UTC.timestamp();
    let max = DateTime::<Utc>::MAX_UTC.timestamp();
    let seconds = prop_oneof![
        min..=max,
        // Near the edges and near now, where overflow and real rules meet.
        min..min + 3 * 86_400,
        max - 3 * 86_400..=max,
        -62_167_219_200i64..=253_402_300_799,
        1_893_456_000i64..1_900_000_000,
    ];
    let offset = prop_oneof![Just(0i32), -(24 * 3600 - 60)..(24 * 3600 - 60)];
    (seconds, 0u32..1_000_000_000, offset).prop_map(|(s, nanos, offset)| {
        let utc = DateTime::from_timestamp(s, nanos).unwrap_or(DateTime::<Utc>::MAX_UTC);
        // A local time beyond chrono's range cannot be written: then in UTC.
        let seconds = offset / 60 * 60;
        let fits = utc.naive_utc().checked_add_signed(chrono::Duration::seconds(seconds.into())).is_some();
        let offset = chrono::FixedOffset::east_opt(if fits { seconds } else { 0 }).expect("within a day");
        utc.with_timezone(&offset).to_rfc3339_opts(SecondsFormat::AutoSi, false)
    })
}

fn encode(s: &str) -> String {
    s.replace('+', "%2B")
}

#[test]
fn arbitrary_instants_never_get_a_5xx() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (app, s, ito) = rt.block_on(async {
        let app = TestApp::new().await;
        let s = app.session_for(MENTEE).await;
        let ito = app.person_id("sakura.ito@example.com").await;
        (app, s, ito)
    });
    let config = ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(a in instant(), b in instant())| {
        rt.block_on(async {
            let (ea, eb) = (encode(&a), encode(&b));
            for query in [format!("from={ea}"), format!("to={ea}"), format!("from={ea}&to={eb}")] {
                let res = app.get(&format!("/api/mentors/{MENTOR}/slots?{query}"), Some(&s)).await;
                prop_assert!(res.status.as_u16() < 500, "slots?{}: {} {}", query, res.status, res.text());
            }
            let body = request_body(ito, &a, NEW_GRADUATE);
            let res = app.post("/api/one-on-ones", &s, Some(&body), &[]).await;
            prop_assert!(res.status.as_u16() < 500, "POST start={}: {} {}", a, res.status, res.text());
            Ok(())
        })?;
    });
}
