//! Slot engine timing for `cargo xtask bench`: one mentor, 12 weeks, with a
//! realistic week (several ranges a day), exceptions and busy time. Prints
//! one JSON line with the median and p99 in microseconds.

use std::time::Instant;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use naname_contract::availability::{Availability, DateException, MinuteRange, WeeklyRange};
use naname_contract::slots::{bookable_slots, Interval};

fn main() {
    let tz: Tz = "America/New_York".parse().expect("zone");
    let weekly = (1..=5)
        .flat_map(|d| [WeeklyRange::new(d, 9 * 60, 12 * 60), WeeklyRange::new(d, 13 * 60, 18 * 60)])
        .collect();
    let base = NaiveDate::from_ymd_opt(2027, 2, 1).expect("date");
    let rules = Availability {
        time_zone: "America/New_York".into(),
        weekly,
        exceptions: (0..10)
            .map(|i| DateException {
                date: base + Duration::days(i * 7),
                day_off: i % 2 == 0,
                extra: vec![MinuteRange::new(19 * 60, 20 * 60)],
            })
            .collect(),
        slot_minutes: 30,
        buffer_minutes: 10,
        min_notice_minutes: 12 * 60,
        horizon_days: 92,
    };
    // Spans the March DST change.
    let now: DateTime<Utc> = "2027-02-01T00:00:00Z".parse().expect("now");
    let busy: Vec<Interval> = (0..40)
        .map(|i| {
            let s = now + Duration::hours(14 + i * 47);
            Interval::new(s, s + Duration::minutes(30))
        })
        .collect();
    let to = now + Duration::weeks(12);
    let mut times = Vec::new();
    let mut count = 0;
    for _ in 0..2000 {
        let t = Instant::now();
        count = std::hint::black_box(bookable_slots(&tz, &rules, &busy, now, now, to)).len();
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{{\"slots\":{count},\"median_us\":{:.1},\"p99_us\":{:.1}}}",
        times[times.len() / 2],
        times[times.len() * 99 / 100]
    );
}
