//! The slot engine: a mentor's preferred times + busy time + `now` → the
//! instants a mentee may book. Pure and generic over the zone type, so it runs
//! the same wherever a zone database is at hand (the server uses chrono-tz)
//! and never depends on the process's own time zone.
//!
//! Daylight saving: a window's boundaries are wall-clock times, turned into
//! instants; slots are then laid out in absolute time between those instants.
//! So no slot can start in a spring-forward gap (every instant has a valid
//! local time), and a window that spans a fall-back fold offers its real,
//! longer duration. Boundary rules, deterministic, chosen so that every
//! minute of every slot reads, on the mentor's clock, inside the window as
//! they wrote it: a boundary inside a gap is the first instant after the gap;
//! a window that *starts* inside a fold starts at the fold's second
//! occurrence of that time, one that *ends* inside a fold ends at the first.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::availability::{Availability, MinuteRange};

/// A half-open interval `[start, end)` of absolute time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Interval {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

pub type Slot = Interval;

impl Interval {
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        Self { start, end }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Why a requested start is not bookable, for a clear answer to the mentee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    InPast,
    /// Inside the mentor's minimum notice.
    TooSoon,
    BeyondHorizon,
    /// Not one of the mentor's preferred slots.
    NotOffered,
    /// Offered, but someone (or something) already holds that time.
    Busy,
}

/// Every bookable slot whose start lies in `[from, to)`, sorted, none overlapping.
pub fn bookable_slots<Tz: TimeZone>(
    tz: &Tz,
    rules: &Availability,
    busy: &[Interval],
    now: DateTime<Utc>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<Slot> {
    let earliest = now + Duration::minutes(rules.min_notice_minutes.into());
    let latest = now + Duration::days(rules.horizon_days.into());
    let from = from.max(earliest);
    let to = to.min(latest);
    if from >= to {
        return Vec::new();
    }
    let buffer = Duration::minutes(rules.buffer_minutes.into());
    let mut out: Vec<Slot> = offered_slots(tz, rules, from, to)
        .filter(|s| s.start >= from && s.start < to)
        .filter(|s| {
            let padded = Interval::new(s.start - buffer, s.end + buffer);
            !busy.iter().any(|b| b.overlaps(&padded))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Checks one requested start the way [`bookable_slots`] would offer it.
pub fn check_start<Tz: TimeZone>(
    tz: &Tz,
    rules: &Availability,
    busy: &[Interval],
    now: DateTime<Utc>,
    start: DateTime<Utc>,
) -> Result<Slot, Rejection> {
    if start < now {
        return Err(Rejection::InPast);
    }
    if start < now + Duration::minutes(rules.min_notice_minutes.into()) {
        return Err(Rejection::TooSoon);
    }
    if start >= now + Duration::days(rules.horizon_days.into()) {
        return Err(Rejection::BeyondHorizon);
    }
    let window = (start - Duration::days(1), start + Duration::days(1));
    let slot = offered_slots(tz, rules, window.0, window.1)
        .find(|s| s.start == start)
        .ok_or(Rejection::NotOffered)?;
    match bookable_slots(tz, rules, busy, now, start, start + Duration::seconds(1)).first() {
        Some(s) if *s == slot => Ok(slot),
        _ => Err(Rejection::Busy),
    }
}

/// The preferred slots (ignoring notice, horizon and busy time) of every local
/// date that can touch `[from, to)`.
fn offered_slots<'a, Tz: TimeZone>(
    tz: &'a Tz,
    rules: &'a Availability,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> impl Iterator<Item = Slot> + 'a {
    // Local dates shift by at most a day against UTC; one day of margin each side.
    let first = from.with_timezone(tz).date_naive().pred_opt().unwrap_or(NaiveDate::MIN);
    let last = to.with_timezone(tz).date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
    let length = Duration::minutes(rules.slot_minutes.into());
    first
        .iter_days()
        .take_while(move |d| *d <= last)
        .flat_map(move |date| windows(rules, date).into_iter().map(move |w| (date, w)))
        .flat_map(move |(date, w)| {
            let start = instant(tz, date, w.start_minute, Boundary::Start);
            let end = instant(tz, date, w.end_minute, Boundary::End);
            std::iter::successors(Some(start), move |s| Some(*s + length))
                .take_while(move |s| *s + length <= end)
                .map(move |s| Interval::new(s, s + length))
        })
}

/// The merged local windows of one date: weekly hours plus extra hours, none on a day off.
pub fn windows(rules: &Availability, date: NaiveDate) -> Vec<MinuteRange> {
    let exception = rules.exceptions.iter().find(|e| e.date == date);
    if exception.is_some_and(|e| e.day_off) {
        return Vec::new();
    }
    let weekday = date.weekday().number_from_monday() as u8;
    let mut ranges: Vec<MinuteRange> = rules
        .weekly
        .iter()
        .filter(|w| w.weekday == weekday)
        .map(|w| w.range())
        .chain(exception.into_iter().flat_map(|e| e.extra.iter().copied()))
        .filter(|r| r.start_minute < r.end_minute)
        .collect();
    ranges.sort();
    let mut merged: Vec<MinuteRange> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(m) if r.start_minute <= m.end_minute => m.end_minute = m.end_minute.max(r.end_minute),
            _ => merged.push(r),
        }
    }
    merged
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Boundary {
    Start,
    End,
}

/// The instant a window boundary denotes, with the gap/fold rules above.
/// Minute 1440 is the next day's midnight.
fn instant<Tz: TimeZone>(tz: &Tz, date: NaiveDate, minute: u16, boundary: Boundary) -> DateTime<Utc> {
    let wall: NaiveDateTime =
        date.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(minute.into());
    // Gaps are at most a few hours in any zone's history; step forward a minute at a time.
    for skip in 0..=24 * 60 {
        match tz.from_local_datetime(&(wall + Duration::minutes(skip))) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(earlier, later) => {
                let t = if boundary == Boundary::Start { later } else { earlier };
                return t.with_timezone(&Utc);
            }
            LocalResult::None => continue,
        }
    }
    // Unreachable for real zones; treat the wall time as UTC rather than panic.
    wall.and_utc()
}
