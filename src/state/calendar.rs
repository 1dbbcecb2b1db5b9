//! The week calendar's arithmetic, as pure functions of Unix seconds.
//!
//! The viewer's zone rules live in the browser (`Intl`, `Date`): here they
//! come in as an offset function (`instant -> minutes east of UTC`), so the
//! week and day grouping can be tested on the host with any fake zone.
//! A "day" is a count of days since 1970-01-01 of the *local* calendar date.

use naname_contract::instant::rfc3339_utc;
use naname_contract::slots::Interval;

use crate::state::locale::WeekRule;

pub use naname_contract::instant::DAY;

/// Minutes east of UTC at an instant, e.g. `540` in Tokyo.
pub type Offset<'a> = &'a dyn Fn(i64) -> i32;

/// The local calendar day of an instant.
pub fn day_of(t: i64, offset: Offset) -> i64 {
    (t + i64::from(offset(t)) * 60).div_euclid(DAY)
}

/// A day's ISO weekday: 1 = Monday … 7 = Sunday.
pub fn iso_weekday(day: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    ((day + 3).rem_euclid(7) + 1) as u8
}

/// The first day of a day's week, for weeks starting on ISO weekday
/// `first_day` (1 = Monday, 7 = Sunday: the locale's choice).
pub fn week_start(day: i64, first_day: u8) -> i64 {
    day - (i64::from(iso_weekday(day)) - i64::from(first_day)).rem_euclid(7)
}

/// The Monday of a day's week.
pub fn monday_of(day: i64) -> i64 {
    week_start(day, 1)
}

/// The instant a local day starts. Where a DST change skips midnight, the
/// first instant after the gap.
pub fn day_start(day: i64, offset: Offset) -> i64 {
    let wall = day * DAY;
    let first = wall - i64::from(offset(wall)) * 60;
    wall - i64::from(offset(first)) * 60
}

/// `[from, to)` of the week starting on `monday`, to ask the server for.
pub fn week_range(monday: i64, offset: Offset) -> (i64, i64) {
    (day_start(monday, offset), day_start(monday + 7, offset))
}

/// Indices of `slots` for each of the seven days of the week starting on
/// `start`; slots outside the week are left out.
pub fn by_day(slots: &[Interval], start: i64, offset: Offset) -> [Vec<usize>; 7] {
    let mut days: [Vec<usize>; 7] = Default::default();
    for (i, slot) in slots.iter().enumerate() {
        let d = day_of(slot.start.timestamp(), offset) - start;
        if (0..7).contains(&d) {
            days[d as usize].push(i);
        }
    }
    days
}

/// The weeks a viewer may page through (their first days): from this week
/// to the week of the mentor's horizon (never before this week).
pub fn week_bounds(now: i64, bookable_until: Option<i64>, offset: Offset, first_day: u8) -> (i64, i64) {
    let first = week_start(day_of(now, offset), first_day);
    let last = bookable_until.map_or(first, |t| week_start(day_of(t, offset), first_day).max(first));
    (first, last)
}

/// How a day of the week shown reads at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayMark {
    /// Before today: closed, not "no times".
    pub past: bool,
    pub today: bool,
    /// A weekend day without times, folded to a narrow column.
    pub collapsed: bool,
    /// How many free times it has.
    pub free: usize,
}

/// The marks of the seven days from `start`, given today and how many
/// slots each day has. Today is never folded away, so it stays findable.
pub fn day_marks(start: i64, today: i64, free: [usize; 7], rule: &WeekRule) -> [DayMark; 7] {
    std::array::from_fn(|d| {
        let day = start + d as i64;
        DayMark {
            past: day < today,
            today: day == today,
            collapsed: free[d] == 0 && day != today && rule.is_weekend(iso_weekday(day)),
            free: free[d],
        }
    })
}

/// The day a phone shows first: the chosen slot's, else the first with free
/// times, else today if it is in the week, else the first that is not past.
pub fn first_day_shown(marks: &[DayMark; 7], chosen: Option<usize>) -> usize {
    chosen
        .filter(|&d| d < 7)
        .or_else(|| marks.iter().position(|m| m.free > 0))
        .or_else(|| marks.iter().position(|m| m.today))
        .or_else(|| marks.iter().position(|m| !m.past))
        .unwrap_or(0)
}

/// Where roving focus goes on a key press among `len` slots in time order;
/// `None` for keys the calendar leaves alone.
pub fn move_focus(current: usize, len: usize, key: &str) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    let current = current.min(last);
    Some(match key {
        "ArrowRight" | "ArrowDown" => (current + 1).min(last),
        "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// `2026-12-01T03:00:00Z`, the API's form of an instant (whole seconds, UTC),
/// without chrono's formatting machinery in the app; empty outside the
/// years 0000–9999, which RFC 3339 cannot write.
pub fn rfc3339(t: i64) -> String {
    rfc3339_utc(t).map(|bytes| bytes.iter().map(|&b| char::from(b)).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};
    use naname_contract::instant::civil_from_days;

    fn t(s: &str) -> i64 {
        DateTime::parse_from_rfc3339(s).unwrap().timestamp()
    }

    fn slot(start: &str, minutes: i64) -> Interval {
        let s = DateTime::parse_from_rfc3339(start).unwrap().with_timezone(&Utc);
        Interval::new(s, s + chrono::Duration::minutes(minutes))
    }

    const TOKYO: &dyn Fn(i64) -> i32 = &|_| 540;
    const UTC: &dyn Fn(i64) -> i32 = &|_| 0;

    /// America/New_York in 2026: EDT from 8 March 07:00Z to 1 November 06:00Z.
    fn new_york(at: i64) -> i32 {
        if (t("2026-03-08T07:00:00Z")..t("2026-11-01T06:00:00Z")).contains(&at) {
            -240
        } else {
            -300
        }
    }

    #[test]
    fn local_days_and_mondays() {
        // 2026-12-01 (a Tuesday) 03:00Z is 12:00 in Tokyo, still 1 Dec.
        let tue = day_of(t("2026-12-01T03:00:00Z"), TOKYO);
        assert_eq!(civil_from_days(tue), (2026, 12, 1));
        assert_eq!(civil_from_days(monday_of(tue)), (2026, 11, 30));
        // 23:30Z on Sunday 29 Nov is already Monday 30 Nov in Tokyo.
        assert_eq!(civil_from_days(day_of(t("2026-11-29T23:30:00Z"), TOKYO)), (2026, 11, 30));
        assert_eq!(civil_from_days(day_of(t("2026-11-29T23:30:00Z"), UTC)), (2026, 11, 29));
        // Monday is its own week start; Sunday belongs to the week before.
        let mon = day_of(t("2026-11-30T00:00:00Z"), UTC);
        assert_eq!(monday_of(mon), mon);
        assert_eq!(monday_of(mon + 6), mon);
        assert_eq!(monday_of(mon + 7), mon + 7);
        assert_eq!(monday_of(mon - 1), mon - 7);
        // Before 1970 too.
        assert_eq!(civil_from_days(monday_of(day_of(t("1969-12-31T12:00:00Z"), UTC))), (1969, 12, 29));
    }

    #[test]
    fn weeks_start_where_the_locale_says() {
        // Tuesday 1 December 2026.
        let tue = day_of(t("2026-12-01T03:00:00Z"), UTC);
        assert_eq!(iso_weekday(tue), 2);
        assert_eq!(iso_weekday(0), 4, "1970-01-01 was a Thursday");
        assert_eq!(civil_from_days(week_start(tue, 1)), (2026, 11, 30), "en-GB: Monday");
        assert_eq!(civil_from_days(week_start(tue, 7)), (2026, 11, 29), "en-US, ja-JP: Sunday");
        assert_eq!(civil_from_days(week_start(tue, 6)), (2026, 11, 28), "Saturday");
        let sun = tue + 5;
        assert_eq!(week_start(sun, 7), sun, "a Sunday starts its own Sunday week");
        assert_eq!(week_start(sun, 1), tue - 1, "and ends a Monday week");
        for first in 1..=7 {
            for day in tue - 10..tue + 10 {
                let start = week_start(day, first);
                assert_eq!(iso_weekday(start), first);
                assert!((0..7).contains(&(day - start)));
            }
        }
        let now = t("2026-12-02T01:00:00Z");
        let (first, _) = week_bounds(now, None, TOKYO, 7);
        assert_eq!(civil_from_days(first), (2026, 11, 29));
    }

    #[test]
    fn days_read_at_a_glance() {
        let rule = WeekRule::default();
        let monday = monday_of(day_of(t("2026-12-01T03:00:00Z"), UTC));
        // Today is Wednesday; Thursday and Saturday have times.
        let marks = day_marks(monday, monday + 2, [0, 0, 0, 3, 0, 2, 0], &rule);
        assert!(marks[0].past && marks[1].past && !marks[2].past, "before today is past");
        assert!(marks[2].today && marks.iter().filter(|m| m.today).count() == 1);
        assert!(!marks[5].collapsed, "a weekend day with times stays open");
        assert!(marks[6].collapsed, "an empty Sunday folds");
        assert!(!marks[4].collapsed, "an empty Friday does not");
        assert_eq!(marks[3].free, 3);
        // An empty Saturday that is today stays open.
        let marks = day_marks(monday, monday + 5, [0; 7], &rule);
        assert!(!marks[5].collapsed && marks[6].collapsed);
        // A Friday–Saturday weekend folds those.
        let marks = day_marks(monday, monday - 7, [0; 7], &WeekRule::new(Some(7), Some(vec![5, 6])));
        assert!(marks[4].collapsed && marks[5].collapsed && !marks[6].collapsed);
    }

    #[test]
    fn the_day_a_phone_shows_first() {
        let monday = 20_000 - (20_000 + 3) % 7;
        let rule = WeekRule::default();
        let marks = day_marks(monday, monday + 1, [0, 0, 0, 2, 1, 0, 0], &rule);
        assert_eq!(first_day_shown(&marks, Some(4)), 4, "the chosen slot's day");
        assert_eq!(first_day_shown(&marks, None), 3, "the first day with times");
        let empty = day_marks(monday, monday + 2, [0; 7], &rule);
        assert_eq!(first_day_shown(&empty, None), 2, "else today");
        let later = day_marks(monday, monday - 3, [0; 7], &rule);
        assert_eq!(first_day_shown(&later, None), 0, "a later week: its first day");
        let over = day_marks(monday, monday + 9, [0; 7], &rule);
        assert_eq!(first_day_shown(&over, None), 0);
    }

    #[test]
    fn week_ranges_follow_the_zone() {
        let tokyo = week_range(monday_of(day_of(t("2026-12-01T03:00:00Z"), TOKYO)), TOKYO);
        assert_eq!(tokyo, (t("2026-11-29T15:00:00Z"), t("2026-12-06T15:00:00Z")));
        let ny = monday_of(day_of(t("2026-11-01T12:00:00Z"), &new_york));
        assert_eq!(civil_from_days(ny), (2026, 10, 26));
        // The week of the DST change is 169 hours long in New York.
        assert_eq!(week_range(ny, &new_york), (t("2026-10-26T04:00:00Z"), t("2026-11-02T05:00:00Z")));
        let spring = monday_of(day_of(t("2026-03-08T12:00:00Z"), &new_york));
        assert_eq!(week_range(spring, &new_york), (t("2026-03-02T05:00:00Z"), t("2026-03-09T04:00:00Z")));
    }

    #[test]
    fn slots_grouped_by_local_day() {
        let slots = [
            slot("2026-11-29T23:30:00Z", 30), // Mon 08:30 Tokyo; Sun 29 in UTC
            slot("2026-12-01T03:00:00Z", 30), // Tue
            slot("2026-12-01T03:30:00Z", 30), // Tue
            slot("2026-12-06T14:30:00Z", 30), // Sun 23:30 Tokyo
            slot("2026-12-06T15:00:00Z", 30), // next Monday in Tokyo
        ];
        let monday = monday_of(day_of(t("2026-12-01T03:00:00Z"), TOKYO));
        let days = by_day(&slots, monday, TOKYO);
        assert_eq!(days[0], vec![0]);
        assert_eq!(days[1], vec![1, 2]);
        assert!(days[2..6].iter().all(Vec::is_empty), "days without slots stay empty");
        assert_eq!(days[6], vec![3]);
        let in_utc = by_day(&slots, monday, UTC);
        assert_eq!(in_utc.iter().map(Vec::len).sum::<usize>(), 4, "Sunday the 29th is another week in UTC");
    }

    #[test]
    fn navigation_bounds() {
        let now = t("2026-12-02T01:00:00Z");
        let (first, last) = week_bounds(now, Some(t("2027-01-30T00:00:00Z")), TOKYO, 1);
        assert_eq!(civil_from_days(first), (2026, 11, 30));
        assert_eq!(civil_from_days(last), (2027, 1, 25));
        assert_eq!(week_bounds(now, None, TOKYO, 1), (first, first));
        assert_eq!(
            week_bounds(now, Some(now - DAY * 30), TOKYO, 1),
            (first, first),
            "never before this week"
        );
    }

    #[test]
    fn roving_focus() {
        assert_eq!(move_focus(0, 5, "ArrowRight"), Some(1));
        assert_eq!(move_focus(4, 5, "ArrowRight"), Some(4), "stays on the last");
        assert_eq!(move_focus(2, 5, "ArrowDown"), Some(3));
        assert_eq!(move_focus(0, 5, "ArrowLeft"), Some(0));
        assert_eq!(move_focus(3, 5, "ArrowUp"), Some(2));
        assert_eq!(move_focus(3, 5, "Home"), Some(0));
        assert_eq!(move_focus(1, 5, "End"), Some(4));
        assert_eq!(move_focus(9, 5, "ArrowLeft"), Some(3), "a stale index is clamped");
        assert_eq!(move_focus(1, 5, "a"), None);
        assert_eq!(move_focus(0, 0, "ArrowRight"), None);
    }

    #[test]
    fn instants_as_the_api_writes_them() {
        for s in
            ["2026-12-01T03:00:00Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "1969-12-31T23:59:00Z"]
        {
            assert_eq!(rfc3339(t(s)), s);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }
}
