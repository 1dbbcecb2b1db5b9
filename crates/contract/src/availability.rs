//! A mentor's preferred 1on1 times, as they enter them in Settings: weekly
//! hours in their own time zone, date exceptions, and booking rules.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::problem::FieldError;

pub const MINUTES_PER_DAY: u16 = 24 * 60;
pub const MIN_SLOT_MINUTES: u16 = 15;
pub const MAX_SLOT_MINUTES: u16 = 120;
/// "0–60 min": a longer gap between 1on1s is a day off in disguise.
pub const MAX_BUFFER_MINUTES: u16 = 60;
/// A week: more notice than that is not a preference, it is a blocker.
pub const MAX_NOTICE_MINUTES: u32 = 7 * 24 * 60;
/// "At most 3 months" ahead.
pub const MAX_HORIZON_DAYS: u16 = 92;
pub const MAX_RANGES: usize = 64;
pub const MAX_EXCEPTIONS: usize = 200;

/// Wall-clock minutes of a local day, `start_minute < end_minute <= 1440`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MinuteRange {
    pub start_minute: u16,
    pub end_minute: u16,
}

/// Weekly hours: `weekday` is ISO (1 = Monday … 7 = Sunday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WeeklyRange {
    pub weekday: u8,
    pub start_minute: u16,
    pub end_minute: u16,
}

impl WeeklyRange {
    pub fn new(weekday: u8, start_minute: u16, end_minute: u16) -> Self {
        Self { weekday, start_minute, end_minute }
    }

    pub fn range(&self) -> MinuteRange {
        MinuteRange::new(self.start_minute, self.end_minute)
    }
}

/// A date that differs from the weekly pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DateException {
    pub date: NaiveDate,
    /// `true`: no 1on1s that day at all (weekly hours and `extra` ignored).
    #[serde(default)]
    pub day_off: bool,
    /// Hours offered that day on top of the weekly ones.
    #[serde(default)]
    pub extra: Vec<MinuteRange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Availability {
    /// IANA zone the wall-clock times are in, e.g. `Asia/Tokyo`.
    pub time_zone: String,
    pub weekly: Vec<WeeklyRange>,
    #[serde(default)]
    pub exceptions: Vec<DateException>,
    pub slot_minutes: u16,
    #[serde(default)]
    pub buffer_minutes: u16,
    #[serde(default)]
    pub min_notice_minutes: u32,
    pub horizon_days: u16,
}

impl MinuteRange {
    pub fn new(start_minute: u16, end_minute: u16) -> Self {
        Self { start_minute, end_minute }
    }

    /// Whether two ranges share a minute (touching ends do not).
    pub fn overlaps(&self, other: &MinuteRange) -> bool {
        self.start_minute < other.end_minute && other.start_minute < self.end_minute
    }

    /// `{row}.start_minute` / `{row}.end_minute`: inside the day, and the
    /// end after the start. `false` when an error was pushed.
    fn check(&self, row: &str, errors: &mut Vec<FieldError>) -> bool {
        if self.start_minute >= MINUTES_PER_DAY {
            errors.push(FieldError::new(format!("{row}.start_minute"), "out_of_day", "00:00 to 23:59"));
            return false;
        }
        if self.end_minute > MINUTES_PER_DAY {
            errors.push(FieldError::new(format!("{row}.end_minute"), "out_of_day", "At most 24:00"));
            return false;
        }
        if self.end_minute <= self.start_minute {
            errors.push(FieldError::new(
                format!("{row}.end_minute"),
                "before_start",
                "The end must be after the start",
            ));
            return false;
        }
        true
    }
}

/// Rows of one day whose ranges overlap: an error on each of both rows
/// (`{row}` as `row(i)` names it), so the person sees the pair.
fn check_overlaps(
    ranges: &[(usize, MinuteRange)],
    row: impl Fn(usize) -> String,
    errors: &mut Vec<FieldError>,
) {
    let mut flagged: Vec<usize> = Vec::new();
    for (a, (i, r)) in ranges.iter().enumerate() {
        for (j, o) in &ranges[a + 1..] {
            if r.overlaps(o) {
                flagged.extend([*i, *j]);
            }
        }
    }
    flagged.sort_unstable();
    flagged.dedup();
    for i in flagged {
        errors.push(FieldError::new(row(i), "overlap", "Overlaps another range of the same day"));
    }
}

impl Availability {
    /// No weekly hours and no extra hours on any date: nobody can ever book
    /// this mentor, which cards and the request page say rather than
    /// showing an empty calendar.
    pub fn offers_nothing(&self) -> bool {
        self.weekly.is_empty() && self.exceptions.iter().all(|e| e.extra.is_empty())
    }

    /// Shape rules. Whether `time_zone` names a real zone is checked by whoever
    /// holds a zone database (the server), not here.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.time_zone.trim().is_empty() {
            errors.push(FieldError::new("time_zone", "required", "Choose a time zone"));
        }
        if !(MIN_SLOT_MINUTES..=MAX_SLOT_MINUTES).contains(&self.slot_minutes) {
            errors.push(FieldError::new(
                "slot_minutes",
                "out_of_range",
                format!("Between {MIN_SLOT_MINUTES} and {MAX_SLOT_MINUTES} minutes"),
            ));
        }
        if self.buffer_minutes > MAX_BUFFER_MINUTES {
            errors.push(FieldError::new("buffer_minutes", "out_of_range", "At most 120 minutes"));
        }
        let horizon_ok = (1..=MAX_HORIZON_DAYS).contains(&self.horizon_days);
        if self.min_notice_minutes > MAX_NOTICE_MINUTES {
            errors.push(FieldError::new("min_notice_minutes", "out_of_range", "At most 7 days"));
        } else if horizon_ok && self.min_notice_minutes >= u32::from(self.horizon_days) * 24 * 60 {
            // Not a silently empty calendar: nothing could ever be booked.
            errors.push(FieldError::new(
                "min_notice_minutes",
                "beyond_horizon",
                "The minimum notice must be shorter than how far ahead people can book",
            ));
        }
        if !horizon_ok {
            errors.push(FieldError::new("horizon_days", "out_of_range", "Between 1 and 92 days"));
        }
        if self.weekly.len() > MAX_RANGES {
            errors.push(FieldError::new("weekly", "too_many", format!("At most {MAX_RANGES} ranges")));
        }
        let mut well_formed: Vec<(usize, WeeklyRange)> = Vec::new();
        for (i, w) in self.weekly.iter().enumerate() {
            let day_ok = (1..=7).contains(&w.weekday);
            if !day_ok {
                errors.push(FieldError::new(
                    format!("weekly[{i}].weekday"),
                    "invalid",
                    "1 (Monday) to 7 (Sunday)",
                ));
            }
            if w.range().check(&format!("weekly[{i}]"), &mut errors) && day_ok {
                well_formed.push((i, *w));
            }
        }
        for day in 1..=7 {
            let of_day: Vec<(usize, MinuteRange)> =
                well_formed.iter().filter(|(_, w)| w.weekday == day).map(|(i, w)| (*i, w.range())).collect();
            check_overlaps(&of_day, |i| format!("weekly[{i}]"), &mut errors);
        }
        if self.exceptions.len() > MAX_EXCEPTIONS {
            errors.push(FieldError::new("exceptions", "too_many", format!("At most {MAX_EXCEPTIONS} dates")));
        }
        for (i, e) in self.exceptions.iter().enumerate() {
            if self.exceptions[..i].iter().any(|o| o.date == e.date) {
                errors.push(FieldError::new(
                    format!("exceptions[{i}].date"),
                    "duplicate",
                    "This date is listed twice",
                ));
            }
            if e.extra.len() > MAX_RANGES {
                errors.push(FieldError::new(format!("exceptions[{i}].extra"), "too_many", "Too many ranges"));
            }
            let mut well_formed = Vec::new();
            for (j, r) in e.extra.iter().enumerate() {
                if r.check(&format!("exceptions[{i}].extra[{j}]"), &mut errors) {
                    well_formed.push((j, *r));
                }
            }
            check_overlaps(&well_formed, |j| format!("exceptions[{i}].extra[{j}]"), &mut errors);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn sample() -> Availability {
        Availability {
            time_zone: "Asia/Tokyo".into(),
            weekly: vec![WeeklyRange::new(2, 12 * 60, 13 * 60)],
            exceptions: vec![],
            slot_minutes: 30,
            buffer_minutes: 0,
            min_notice_minutes: 0,
            horizon_days: 30,
        }
    }

    #[test]
    fn valid_sample() {
        assert!(sample().validate().is_ok());
    }

    #[test]
    fn each_rule_names_its_field() {
        let mut a = sample();
        a.slot_minutes = 10;
        a.horizon_days = 93;
        a.weekly.push(WeeklyRange::new(8, 600, 500));
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        a.exceptions = vec![
            DateException { date: d, day_off: true, extra: vec![] },
            DateException { date: d, day_off: false, extra: vec![MinuteRange::new(0, 1441)] },
        ];
        let fields: Vec<String> = a.validate().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "slot_minutes",
                "horizon_days",
                "weekly[1].weekday",
                "weekly[1].end_minute",
                "exceptions[1].date",
                "exceptions[1].extra[0].end_minute"
            ]
        );
    }

    #[test]
    fn overlapping_ranges_are_an_error_on_both_rows_and_touching_ones_are_fine() {
        let mut a = sample();
        a.weekly = vec![
            WeeklyRange::new(2, 9 * 60, 12 * 60),
            WeeklyRange::new(3, 9 * 60, 12 * 60),
            WeeklyRange::new(2, 11 * 60, 13 * 60),
            WeeklyRange::new(2, 13 * 60, 24 * 60),
        ];
        let errors = a.validate().unwrap_err();
        let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(got, [("weekly[0]", "overlap"), ("weekly[2]", "overlap")]);
        a.weekly.remove(2);
        assert!(a.validate().is_ok(), "13:00–24:00 touches 09:00–12:00's neighbour only at an end");
    }

    #[test]
    fn a_reversed_range_and_a_notice_past_the_horizon_name_their_fields() {
        let mut a = sample();
        a.weekly = vec![WeeklyRange::new(1, 13 * 60, 12 * 60), WeeklyRange::new(1, 1440, 1440)];
        a.horizon_days = 2;
        a.min_notice_minutes = 2 * 24 * 60;
        let errors = a.validate().unwrap_err();
        let got: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(
            got,
            [
                ("min_notice_minutes", "beyond_horizon"),
                ("weekly[0].end_minute", "before_start"),
                ("weekly[1].start_minute", "out_of_day"),
            ]
        );
    }

    #[test]
    fn wire_shape_is_flat_and_strict() {
        let w: WeeklyRange =
            serde_json::from_str(r#"{"weekday":1,"start_minute":720,"end_minute":780}"#).unwrap();
        assert_eq!(w.range(), MinuteRange::new(720, 780));
        assert!(serde_json::from_str::<Availability>(
            r#"{"time_zone":"UTC","weekly":[],"slot_minutes":30,"horizon_days":1,"x":1}"#
        )
        .is_err());
    }
}
