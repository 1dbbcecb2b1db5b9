//! "Next free: tomorrow" / "Next free: Tue 9 Dec": which calendar day a
//! mentor's first free time falls on, for the viewer.

use crate::state::calendar::{day_of, Offset};

/// How the day of an instant is named relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    Today,
    Tomorrow,
    /// Any other day: written as a date.
    Date,
}

/// The day of `t` against `now` (Unix seconds), both on the viewer's
/// calendar: `offset` is the viewer's zone (minutes east of UTC at an
/// instant), read at each instant, as they differ across a DST change.
pub fn day(t: i64, now: i64, offset: Offset) -> Day {
    match day_of(t, offset) - day_of(now, offset) {
        0 => Day::Today,
        1 => Day::Tomorrow,
        _ => Day::Date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2030-01-07T00:00:00Z, a Monday: 09:00 in Tokyo, 19:00 on Sunday in New York.
    const NOW: i64 = 1_893_974_400;
    const HOUR: i64 = 3600;

    #[test]
    fn days_on_the_viewers_calendar() {
        // Tokyo: 14:59 JST is still Monday, 15:00 JST is Tuesday 00:00.
        assert_eq!(day(NOW + 14 * HOUR + 59 * 60, NOW, &|_| 540), Day::Today);
        assert_eq!(day(NOW + 15 * HOUR, NOW, &|_| 540), Day::Tomorrow);
        assert_eq!(day(NOW + 39 * HOUR, NOW, &|_| 540), Day::Date);
        // New York, Sunday 19:00 EST: midnight is five hours away.
        assert_eq!(day(NOW + 4 * HOUR + 59 * 60, NOW, &|_| -300), Day::Today);
        assert_eq!(day(NOW + 5 * HOUR, NOW, &|_| -300), Day::Tomorrow);
        assert_eq!(day(NOW + 29 * HOUR, NOW, &|_| -300), Day::Date);
    }

    #[test]
    fn each_instant_is_read_with_its_own_offset() {
        // London, Sunday 2030-03-31 00:30 GMT; clocks go forward at 01:00 GMT.
        // 23:30 GMT that day is 00:30 BST on Monday: tomorrow, not today.
        let sunday = 1_901_147_400;
        let london = |t: i64| if t >= sunday + 30 * 60 { 60 } else { 0 };
        assert_eq!(day(sunday + 23 * HOUR, sunday, &london), Day::Tomorrow);
        assert_eq!(day(sunday + 22 * HOUR, sunday, &london), Day::Today);
    }
}
