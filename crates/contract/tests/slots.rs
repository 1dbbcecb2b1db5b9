//! The slot engine against pinned examples (known DST days) and properties
//! over random rules, zones and clocks.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use naname_contract::availability::{Availability, DateException, MinuteRange, WeeklyRange};
use naname_contract::slots::{bookable_slots, check_start, windows, Interval, Rejection};
use proptest::prelude::*;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn rules(zone: &str, weekly: Vec<WeeklyRange>, slot: u16) -> Availability {
    Availability {
        time_zone: zone.into(),
        weekly,
        exceptions: vec![],
        slot_minutes: slot,
        buffer_minutes: 0,
        min_notice_minutes: 0,
        horizon_days: 92,
    }
}

fn every_day(start: u16, end: u16) -> Vec<WeeklyRange> {
    (1..=7).map(|d| WeeklyRange::new(d, start, end)).collect()
}

/// Slots of one UTC day range, as RFC 3339 strings for readable assertions.
fn slots_between(zone: &str, r: &Availability, from: &str, to: &str) -> Vec<String> {
    let tz: Tz = zone.parse().unwrap();
    let from = utc(from);
    // `now` a day before: neither notice nor horizon cuts the pinned day.
    bookable_slots(&tz, r, &[], from - Duration::days(1), from, utc(to))
        .iter()
        .map(|s| s.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .collect()
}

#[test]
fn tokyo_lunch_hour() {
    let r = rules("Asia/Tokyo", vec![WeeklyRange::new(2, 12 * 60, 13 * 60)], 30);
    // 2026-12-01 is a Tuesday; Tokyo is UTC+9 with no DST.
    assert_eq!(
        slots_between("Asia/Tokyo", &r, "2026-11-30T15:00:00Z", "2026-12-01T15:00:00Z"),
        ["2026-12-01T03:00:00Z", "2026-12-01T03:30:00Z"]
    );
}

#[test]
fn kolkata_half_hour_offset() {
    let r = rules("Asia/Kolkata", every_day(12 * 60, 13 * 60), 30);
    assert_eq!(
        slots_between("Asia/Kolkata", &r, "2026-06-10T00:00:00Z", "2026-06-11T00:00:00Z"),
        ["2026-06-10T06:30:00Z", "2026-06-10T07:00:00Z"]
    );
}

#[test]
fn new_york_spring_forward_skips_the_gap() {
    // 2026-03-08 02:00 EST → 03:00 EDT. The 01:00–04:00 window is two real hours.
    let r = rules("America/New_York", every_day(60, 4 * 60), 60);
    assert_eq!(
        slots_between("America/New_York", &r, "2026-03-08T05:00:00Z", "2026-03-08T09:00:00Z"),
        ["2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z"]
    );
}

#[test]
fn new_york_fall_back_offers_the_longer_window() {
    // 2026-11-01 02:00 EDT → 01:00 EST. The 00:00–03:00 window is four real hours,
    // 01:00 local happens twice and both are offered.
    let r = rules("America/New_York", every_day(0, 3 * 60), 60);
    assert_eq!(
        slots_between("America/New_York", &r, "2026-11-01T03:00:00Z", "2026-11-01T09:00:00Z"),
        ["2026-11-01T04:00:00Z", "2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z", "2026-11-01T07:00:00Z"]
    );
}

#[test]
fn a_window_starting_inside_the_fold_starts_at_its_second_occurrence() {
    // 01:30–03:00 on the fall-back day: starts at 01:30 EST (06:30Z), never at 01:30 EDT.
    let r = rules("America/New_York", every_day(90, 180), 30);
    assert_eq!(
        slots_between("America/New_York", &r, "2026-11-01T04:00:00Z", "2026-11-01T09:00:00Z"),
        ["2026-11-01T06:30:00Z", "2026-11-01T07:00:00Z", "2026-11-01T07:30:00Z"]
    );
}

#[test]
fn london_window_inside_the_gap_has_no_slot() {
    // 2026-03-29 01:00 GMT → 02:00 BST: 01:00–02:00 local does not exist.
    let r = rules("Europe/London", every_day(60, 120), 30);
    assert!(slots_between("Europe/London", &r, "2026-03-29T00:00:00Z", "2026-03-29T02:00:00Z").is_empty());
}

#[test]
fn lord_howe_half_hour_fall_back() {
    // 2026-04-05 02:00 (+11) → 01:30 (+10:30). 01:00–03:00 local is 2.5 real hours.
    let r = rules("Australia/Lord_Howe", every_day(60, 180), 30);
    let got = slots_between("Australia/Lord_Howe", &r, "2026-04-04T13:00:00Z", "2026-04-04T17:00:00Z");
    assert_eq!(
        got,
        [
            "2026-04-04T14:00:00Z",
            "2026-04-04T14:30:00Z",
            "2026-04-04T15:00:00Z",
            "2026-04-04T15:30:00Z",
            "2026-04-04T16:00:00Z"
        ]
    );
}

#[test]
fn busy_time_and_buffer_block_neighbours() {
    let tz: Tz = "Asia/Tokyo".parse().unwrap();
    let mut r = rules("Asia/Tokyo", every_day(12 * 60, 14 * 60), 30);
    r.buffer_minutes = 15;
    let busy = [Interval::new(utc("2026-12-01T03:00:00Z"), utc("2026-12-01T03:30:00Z"))];
    let got: Vec<_> = bookable_slots(
        &tz,
        &r,
        &busy,
        utc("2026-11-30T00:00:00Z"),
        utc("2026-12-01T00:00:00Z"),
        utc("2026-12-02T00:00:00Z"),
    )
    .iter()
    .map(|s| s.start)
    .collect();
    assert_eq!(got, [utc("2026-12-01T04:00:00Z"), utc("2026-12-01T04:30:00Z")]);
}

#[test]
fn exceptions_add_hours_and_take_days_off() {
    let mut r = rules("Asia/Tokyo", vec![WeeklyRange::new(2, 12 * 60, 13 * 60)], 60);
    r.exceptions = vec![
        DateException { date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), day_off: true, extra: vec![] },
        DateException {
            date: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            day_off: false,
            extra: vec![MinuteRange::new(9 * 60, 10 * 60)],
        },
    ];
    assert_eq!(
        slots_between("Asia/Tokyo", &r, "2026-11-30T15:00:00Z", "2026-12-02T15:00:00Z"),
        ["2026-12-02T00:00:00Z"]
    );
}

#[test]
fn check_start_gives_each_reason() {
    let tz: Tz = "Asia/Tokyo".parse().unwrap();
    let mut r = rules("Asia/Tokyo", every_day(12 * 60, 13 * 60), 30);
    r.min_notice_minutes = 24 * 60;
    r.horizon_days = 14;
    let now = utc("2026-12-01T00:00:00Z");
    let busy = [Interval::new(utc("2026-12-05T03:00:00Z"), utc("2026-12-05T03:30:00Z"))];
    let check = |s: &str| check_start(&tz, &r, &busy, now, utc(s));
    assert_eq!(check("2026-11-30T03:00:00Z"), Err(Rejection::InPast));
    assert_eq!(check("2026-12-01T03:00:00Z"), Err(Rejection::TooSoon));
    assert_eq!(check("2026-12-20T03:00:00Z"), Err(Rejection::BeyondHorizon));
    assert_eq!(check("2026-12-05T03:10:00Z"), Err(Rejection::NotOffered));
    assert_eq!(check("2026-12-05T03:00:00Z"), Err(Rejection::Busy));
    let ok = check("2026-12-05T03:30:00Z").unwrap();
    assert_eq!(ok.end - ok.start, Duration::minutes(30));
}

#[test]
fn the_process_time_zone_does_not_matter() {
    let r = rules("Europe/London", every_day(9 * 60, 11 * 60), 45);
    let before = slots_between("Europe/London", &r, "2026-03-27T00:00:00Z", "2026-04-02T00:00:00Z");
    // SAFETY: this test binary does not read TZ concurrently in other threads in a way that matters.
    unsafe { std::env::set_var("TZ", "Pacific/Auckland") };
    let after = slots_between("Europe/London", &r, "2026-03-27T00:00:00Z", "2026-04-02T00:00:00Z");
    assert_eq!(before, after);
    assert!(!before.is_empty());
}

// --- properties -------------------------------------------------------------

const ZONES: [&str; 7] = [
    "Asia/Tokyo",
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "Pacific/Chatham",
];

fn arb_range() -> impl Strategy<Value = MinuteRange> {
    (0u16..288, 1u16..=96).prop_map(|(s, len)| {
        let start = s * 5;
        MinuteRange::new(start, (start + len * 5).min(1440))
    })
}

fn arb_rules() -> impl Strategy<Value = (Tz, Availability)> {
    (
        0..ZONES.len(),
        prop::collection::vec((1u8..=7, arb_range()), 0..8),
        prop::collection::vec((0i64..120, any::<bool>(), prop::collection::vec(arb_range(), 0..3)), 0..4),
        (1u16..=8).prop_map(|k| k * 15),
        0u16..=60,
        0u32..=3 * 24 * 60,
        1u16..=92,
    )
        .prop_map(|(z, weekly, exceptions, slot, buffer, notice, horizon)| {
            let base = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
            let mut seen = std::collections::HashSet::new();
            let exceptions = exceptions
                .into_iter()
                .filter(|(d, _, _)| seen.insert(*d))
                .map(|(d, day_off, extra)| DateException {
                    date: base + Duration::days(d * 3),
                    day_off,
                    extra,
                })
                .collect();
            (
                ZONES[z].parse().unwrap(),
                Availability {
                    time_zone: ZONES[z].into(),
                    weekly: weekly
                        .into_iter()
                        .map(|(d, r)| WeeklyRange::new(d, r.start_minute, r.end_minute))
                        .collect(),
                    exceptions,
                    slot_minutes: slot,
                    buffer_minutes: buffer,
                    min_notice_minutes: notice,
                    horizon_days: horizon,
                },
            )
        })
}

/// `now` anywhere in 2026, including every DST change of the zones above.
fn arb_now() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..365 * 24 * 4).prop_map(|q| utc("2026-01-01T00:00:00Z") + Duration::minutes(q * 15 + 7))
}

fn arb_busy(now: DateTime<Utc>) -> impl Strategy<Value = Vec<Interval>> {
    prop::collection::vec((0i64..92 * 24 * 12, 1i64..=24), 0..12).prop_map(move |v| {
        v.into_iter()
            .map(|(at, len)| {
                let s = now + Duration::minutes(at * 5);
                Interval::new(s, s + Duration::minutes(len * 5))
            })
            .collect()
    })
}

/// Whether a wall-clock minute of a local date lies in one of that date's windows.
fn in_window(r: &Availability, local: &chrono::DateTime<Tz>) -> bool {
    let date = local.date_naive();
    let minute = (local.hour() * 60 + local.minute()) as u16;
    windows(r, date).iter().any(|w| w.start_minute <= minute && minute < w.end_minute)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn slots_obey_every_rule(((tz, r), (now, busy)) in (arb_rules(), arb_now().prop_flat_map(|n| (Just(n), arb_busy(n))))) {
        let to = now + Duration::days(93);
        let slots = bookable_slots(&tz, &r, &busy, now, now - Duration::days(1), to);
        let buffer = Duration::minutes(r.buffer_minutes.into());
        for pair in slots.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start, "sorted, not overlapping: {:?}", pair);
        }
        for s in &slots {
            prop_assert_eq!(s.end - s.start, Duration::minutes(r.slot_minutes.into()));
            prop_assert!(s.start >= now + Duration::minutes(r.min_notice_minutes.into()), "notice");
            prop_assert!(s.start < now + Duration::days(r.horizon_days.into()), "horizon");
            let padded = Interval::new(s.start - buffer, s.end + buffer);
            prop_assert!(!busy.iter().any(|b| b.overlaps(&padded)), "busy/buffer: {:?}", s);
            // Every minute of the slot reads inside a preferred window on the mentor's clock.
            let mut t = s.start;
            while t < s.end {
                prop_assert!(in_window(&r, &t.with_timezone(&tz)), "{} ({}) outside {:?}", t, t.with_timezone(&tz), r);
                t += Duration::minutes(1);
            }
            prop_assert_eq!(check_start(&tz, &r, &busy, now, s.start), Ok(*s));
        }
    }

    #[test]
    fn free_offered_time_is_never_missed(((tz, r), now) in (arb_rules(), arb_now())) {
        // With nothing busy, every window whose real duration fits a slot yields
        // at least one slot, unless notice or horizon cut it.
        let slots = bookable_slots(&tz, &r, &[], now, now, now + Duration::days(93));
        let earliest = now + Duration::minutes(r.min_notice_minutes.into());
        let latest = now + Duration::days(r.horizon_days.into());
        for s in &slots {
            prop_assert!(s.start >= earliest && s.start < latest);
        }
        let len = Duration::minutes(r.slot_minutes.into());
        let day = (earliest + Duration::days(2)).with_timezone(&tz).date_naive();
        for w in windows(&r, day) {
            let Some(start) = tz.from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap()).earliest() else { continue };
            let a = start + Duration::minutes(w.start_minute.into());
            let b = start + Duration::minutes(w.end_minute.into());
            let plain_day = [a.offset(), b.offset()].iter().all(|o| o.to_string() == start.offset().to_string());
            if plain_day && b - a >= len && a.with_timezone(&Utc) + len <= latest {
                prop_assert!(slots.iter().any(|s| s.start == a.with_timezone(&Utc)), "missing {} in {:?}", a, w);
            }
        }
    }
}
