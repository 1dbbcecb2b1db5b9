//! The week calendar's arithmetic, as pure functions of Unix seconds.
//!
//! The viewer's zone rules live in the browser (`Intl`, `Date`): here they
//! come in as an offset function (`instant -> minutes east of UTC`), so the
//! week and day grouping can be tested on the host with any fake zone.
//! A "day" is a count of days since 1970-01-01 of the *local* calendar date.

use naname_contract::slots::Interval;

pub const DAY: i64 = 86_400;

/// Minutes east of UTC at an instant, e.g. `540` in Tokyo.
pub type Offset<'a> = &'a dyn Fn(i64) -> i32;

/// The local calendar day of an instant.
pub fn day_of(t: i64, offset: Offset) -> i64 {
    (t + i64::from(offset(t)) * 60).div_euclid(DAY)
}

/// The Monday of a day's week (weeks start on Monday in both languages).
pub fn monday_of(day: i64) -> i64 {
    // 1970-01-01 was a Thursday.
    day - (day + 3).rem_euclid(7)
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
/// `monday`; slots outside the week are left out.
pub fn by_day(slots: &[Interval], monday: i64, offset: Offset) -> [Vec<usize>; 7] {
    let mut days: [Vec<usize>; 7] = Default::default();
    for (i, slot) in slots.iter().enumerate() {
        let d = day_of(slot.start.timestamp(), offset) - monday;
        if (0..7).contains(&d) {
            days[d as usize].push(i);
        }
    }
    days
}

/// The weeks a viewer may page through: from this week to the week of the
/// mentor's horizon (never before this week).
pub fn week_bounds(now: i64, bookable_until: Option<i64>, offset: Offset) -> (i64, i64) {
    let first = monday_of(day_of(now, offset));
    let last = bookable_until.map_or(first, |t| monday_of(day_of(t, offset)).max(first));
    (first, last)
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

/// Proleptic Gregorian `(year, month, day)` of a day count (Howard Hinnant's `civil_from_days`).
pub fn civil(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `2026-12-01T03:00:00Z`, the API's form of an instant (whole seconds, UTC),
/// without chrono's formatting machinery in the app.
pub fn rfc3339(t: i64) -> String {
    let (y, m, d) = civil(t.div_euclid(DAY));
    let s = t.rem_euclid(DAY);
    let mut out = String::with_capacity(20);
    let mut push = |v: i64, width: usize, sep: char| {
        let digits = v.to_string();
        for _ in digits.len()..width {
            out.push('0');
        }
        out.push_str(&digits);
        out.push(sep);
    };
    push(y, 4, '-');
    push(i64::from(m), 2, '-');
    push(i64::from(d), 2, 'T');
    push(s / 3600, 2, ':');
    push(s / 60 % 60, 2, ':');
    push(s % 60, 2, 'Z');
    out
}

/// The day count of a proleptic Gregorian date (Hinnant's `days_from_civil`),
/// the inverse of [`civil`].
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from(if m > 2 { m - 3 } else { m + 9 });
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Unix seconds and nanoseconds of an RFC 3339 timestamp such as
/// `2026-12-01T12:00:00+09:00` or `2026-12-01T03:00:00.5Z`; `None` for
/// anything else. The app's own reader: chrono's parser costs ~14 KB of wasm.
pub fn parse_rfc3339(s: &str) -> Option<(i64, u32)> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0i64, |n, &c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')))
    };
    let sep = |at: usize, allowed: &[u8]| b.get(at).is_some_and(|c| allowed.contains(c));
    if !(sep(4, b"-") && sep(7, b"-") && sep(10, b"Tt ") && sep(13, b":") && sep(16, b":")) {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)? as u32, num(8, 2)? as u32);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    // A leap second (:60) is read as the last instant of its minute, like chrono does.
    if !(1..=days_in_month).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut at = 19;
    let mut nanos = 0u32;
    if sep(at, b".") {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            if at - start < 9 {
                nanos = nanos * 10 + u32::from(b[at] - b'0');
            }
            at += 1;
        }
        if at == start {
            return None;
        }
        nanos *= 10u32.pow(9u32.saturating_sub((at - start) as u32));
    }
    let offset = match b.get(at)? {
        b'Z' | b'z' if at + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if at + 6 == b.len() && sep(at + 3, b":") => {
            let (h, m) = (num(at + 1, 2)?, num(at + 4, 2)?);
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            if *sign == b'-' {
                -minutes
            } else {
                minutes
            }
        }
        _ => return None,
    };
    let second = second.min(59);
    let secs = days_from_civil(year, month, day) * DAY + hour * 3600 + minute * 60 + second - offset * 60;
    Some((secs, nanos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

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
    fn reads_rfc3339_like_chrono() {
        for s in [
            "2026-12-01T03:00:00Z",
            "2026-12-01T12:00:00+09:00",
            "2026-03-08T01:59:59-05:00",
            "1969-12-31T23:59:59Z",
            "2024-02-29T00:00:00.5Z",
            "2026-11-25T22:37:56.123456789+05:30",
            "2026-11-25t22:37:56.1234567891z",
            "2000-01-01T00:00:00-00:00",
            "9999-12-31T23:59:59Z",
        ] {
            let chrono = DateTime::parse_from_rfc3339(s).unwrap();
            let ours = parse_rfc3339(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(ours, (chrono.timestamp(), chrono.timestamp_subsec_nanos()), "{s}");
        }
        for day in [-800_000, -1, 0, 1, 20_000, 2_000_000] {
            let (y, m, d) = civil(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        let t = 1_796_000_000;
        assert_eq!(parse_rfc3339(&rfc3339(t)), Some((t, 0)));
    }

    #[test]
    fn refuses_what_is_not_rfc3339() {
        for s in [
            "",
            "2026-12-01",
            "2026-12-01T03:00:00",
            "2026-12-01T03:00Z",
            "2026-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-12-32T00:00:00Z",
            "2026-12-01T24:00:00Z",
            "2026-12-01T03:00:00.Z",
            "2026-12-01T03:00:00+0900",
            "2026-12-01T03:00:00+24:00",
            "2026-12-01T03:00:00Zjunk",
            "2026-12-01 03:00:00Z ",
            "+2026-12-01T03:00:00Z",
            "２０２６-12-01T03:00:00Z",
        ] {
            assert_eq!(parse_rfc3339(s), None, "{s:?}");
            assert!(DateTime::parse_from_rfc3339(s).is_err(), "chrono accepts {s:?}");
        }
    }

    #[test]
    fn local_days_and_mondays() {
        // 2026-12-01 (a Tuesday) 03:00Z is 12:00 in Tokyo, still 1 Dec.
        let tue = day_of(t("2026-12-01T03:00:00Z"), TOKYO);
        assert_eq!(civil(tue), (2026, 12, 1));
        assert_eq!(civil(monday_of(tue)), (2026, 11, 30));
        // 23:30Z on Sunday 29 Nov is already Monday 30 Nov in Tokyo.
        assert_eq!(civil(day_of(t("2026-11-29T23:30:00Z"), TOKYO)), (2026, 11, 30));
        assert_eq!(civil(day_of(t("2026-11-29T23:30:00Z"), UTC)), (2026, 11, 29));
        // Monday is its own week start; Sunday belongs to the week before.
        let mon = day_of(t("2026-11-30T00:00:00Z"), UTC);
        assert_eq!(monday_of(mon), mon);
        assert_eq!(monday_of(mon + 6), mon);
        assert_eq!(monday_of(mon + 7), mon + 7);
        assert_eq!(monday_of(mon - 1), mon - 7);
        // Before 1970 too.
        assert_eq!(civil(monday_of(day_of(t("1969-12-31T12:00:00Z"), UTC))), (1969, 12, 29));
    }

    #[test]
    fn week_ranges_follow_the_zone() {
        let tokyo = week_range(monday_of(day_of(t("2026-12-01T03:00:00Z"), TOKYO)), TOKYO);
        assert_eq!(tokyo, (t("2026-11-29T15:00:00Z"), t("2026-12-06T15:00:00Z")));
        let ny = monday_of(day_of(t("2026-11-01T12:00:00Z"), &new_york));
        assert_eq!(civil(ny), (2026, 10, 26));
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
        let (first, last) = week_bounds(now, Some(t("2027-01-30T00:00:00Z")), TOKYO);
        assert_eq!(civil(first), (2026, 11, 30));
        assert_eq!(civil(last), (2027, 1, 25));
        assert_eq!(week_bounds(now, None, TOKYO), (first, first));
        assert_eq!(week_bounds(now, Some(now - DAY * 30), TOKYO), (first, first), "never before this week");
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
        assert_eq!(civil(0), (1970, 1, 1));
    }
}
