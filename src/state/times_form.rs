//! The "1on1 times" editor as the person types it: weekly ranges as text
//! ("9:00", "24:00", full-width digits too), the rules as numbers with a
//! unit, turned into the contract's `Availability` and checked with its
//! rules. Errors come back keyed by the form's own places (a row, a field),
//! whether the app or the server found them.

use std::collections::HashMap;

use naname_contract::availability::{
    Availability, DateException, WeeklyRange, MAX_BUFFER_MINUTES, MAX_HORIZON_DAYS, MAX_SLOT_MINUTES,
    MINUTES_PER_DAY, MIN_SLOT_MINUTES,
};
use naname_contract::FieldError;

/// One weekly range as typed; `id` keeps a row's identity (and its element
/// ids) while rows are added and removed around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeText {
    pub id: u32,
    pub start: String,
    pub end: String,
}

/// How the minimum notice is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeUnit {
    /// Only for a stored notice that is not whole hours.
    Minutes,
    Hours,
    Days,
}

impl NoticeUnit {
    pub fn minutes(self) -> u32 {
        match self {
            NoticeUnit::Minutes => 1,
            NoticeUnit::Hours => 60,
            NoticeUnit::Days => 24 * 60,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimesForm {
    pub time_zone: String,
    /// Monday first (index 0) … Sunday (index 6).
    pub days: [Vec<RangeText>; 7],
    pub slot_minutes: String,
    pub buffer_minutes: String,
    pub notice: String,
    pub notice_unit: NoticeUnit,
    pub horizon_days: String,
    /// Kept as loaded: the editor for dates comes with its own section.
    pub exceptions: Vec<DateException>,
    next_id: u32,
}

/// Where an error shows: a whole row, one of its times, or a rule.
pub type Errors = HashMap<String, String>;

/// The place of a row (`d1-r4`: Tuesday, row 4) and of its times.
pub fn row_key(day: usize, id: u32) -> String {
    format!("d{day}-r{id}")
}

pub fn start_key(day: usize, id: u32) -> String {
    format!("{}-start", row_key(day, id))
}

pub fn end_key(day: usize, id: u32) -> String {
    format!("{}-end", row_key(day, id))
}

/// The rules' places, named as on the wire.
pub const RULES: [&str; 5] =
    ["time_zone", "slot_minutes", "buffer_minutes", "min_notice_minutes", "horizon_days"];

/// "09:05" for 545; 1440 is "24:00".
pub fn format_time(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// A typed time at any minute: "9:05", "09:05", "0905", "9" (9:00), full-width
/// digits and colon as a Japanese keyboard types them. "24:00" only as an end.
pub fn parse_time(text: &str, is_end: bool) -> Option<u16> {
    let normal: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '：' | '.' => ':',
            c => c,
        })
        .collect();
    let (h, m) = match normal.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        None if normal.len() == 4 => normal.split_at(2),
        None if (1..=2).contains(&normal.len()) => (normal.as_str(), "00"),
        None => return None,
    };
    if h.is_empty() || h.len() > 2 || !h.chars().chain(m.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    let minute = h * 60 + m;
    let fits = m < 60 && (minute < MINUTES_PER_DAY || (is_end && minute == MINUTES_PER_DAY));
    fits.then_some(minute)
}

impl Default for TimesForm {
    /// An empty week with the server's default rules.
    fn default() -> TimesForm {
        TimesForm::from_availability(&Availability {
            time_zone: String::new(),
            weekly: vec![],
            exceptions: vec![],
            slot_minutes: 30,
            buffer_minutes: 0,
            min_notice_minutes: 24 * 60,
            horizon_days: 28,
        })
    }
}

impl TimesForm {
    pub fn from_availability(a: &Availability) -> TimesForm {
        let mut form = TimesForm {
            time_zone: a.time_zone.clone(),
            days: Default::default(),
            slot_minutes: a.slot_minutes.to_string(),
            buffer_minutes: a.buffer_minutes.to_string(),
            notice: String::new(),
            notice_unit: NoticeUnit::Hours,
            horizon_days: a.horizon_days.to_string(),
            exceptions: a.exceptions.clone(),
            next_id: 0,
        };
        let mut weekly = a.weekly.clone();
        weekly.sort_by_key(|w| (w.weekday, w.start_minute));
        for w in weekly.iter().filter(|w| (1..=7).contains(&w.weekday)) {
            let (start, end) = (format_time(w.start_minute), format_time(w.end_minute));
            form.push(usize::from(w.weekday - 1), start, end);
        }
        let minutes = a.min_notice_minutes;
        // Whole numbers in the largest unit that fits: no fractions to read.
        let unit = [NoticeUnit::Days, NoticeUnit::Hours]
            .into_iter()
            .find(|u| minutes > 0 && minutes.is_multiple_of(u.minutes()))
            .unwrap_or(if minutes == 0 { NoticeUnit::Hours } else { NoticeUnit::Minutes });
        (form.notice, form.notice_unit) = ((minutes / unit.minutes()).to_string(), unit);
        form
    }

    fn push(&mut self, day: usize, start: String, end: String) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.days[day].push(RangeText { id, start, end });
        id
    }

    /// A new range on `day`: an hour after the day's last one, else 12:00–13:00.
    pub fn add_range(&mut self, day: usize) -> u32 {
        let last_end = self.days[day].iter().filter_map(|r| parse_time(&r.end, true)).max();
        let (start, end) = match last_end {
            Some(e) if e + 60 <= MINUTES_PER_DAY => (e, e + 60),
            Some(_) => (MINUTES_PER_DAY - 60, MINUTES_PER_DAY),
            None => (12 * 60, 13 * 60),
        };
        self.push(day, format_time(start), format_time(end))
    }

    pub fn remove_range(&mut self, day: usize, id: u32) {
        self.days[day].retain(|r| r.id != id);
    }

    /// Copies `from`'s ranges onto each of `to` (replacing theirs).
    pub fn copy_day(&mut self, from: usize, to: &[usize]) {
        let ranges: Vec<(String, String)> =
            self.days[from].iter().map(|r| (r.start.clone(), r.end.clone())).collect();
        for &day in to.iter().filter(|&&d| d != from && d < 7) {
            self.days[day].clear();
            for (s, e) in &ranges {
                self.push(day, s.clone(), e.clone());
            }
        }
    }

    /// The wire index of each weekly row, in the order [`Self::check`] sends them.
    fn places(&self) -> Vec<(usize, u32)> {
        (0..7).flat_map(|d| self.days[d].iter().map(move |r| (d, r.id))).collect()
    }

    /// Maps a wire error (`weekly[3].end_minute`, `horizon_days`) to the
    /// form's place; one the form has no place for goes to the form as a
    /// whole (`""`).
    pub fn place_of(&self, field: &str) -> String {
        if RULES.contains(&field) {
            return field.to_string();
        }
        let Some(rest) = field.strip_prefix("weekly[") else { return String::new() };
        let Some((index, tail)) = rest.split_once(']') else { return String::new() };
        let Some((day, id)) = index.parse::<usize>().ok().and_then(|i| self.places().get(i).copied()) else {
            return String::new();
        };
        match tail {
            ".start_minute" => start_key(day, id),
            ".end_minute" => end_key(day, id),
            _ => row_key(day, id),
        }
    }

    /// The server's (or the contract's) field errors, at the form's places.
    pub fn errors_from(&self, errors: &[FieldError]) -> Errors {
        let mut out = Errors::new();
        for e in errors {
            out.entry(self.place_of(&e.field)).or_insert_with(|| e.code.clone());
        }
        out
    }

    fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
        let normal: String = text
            .trim()
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                c => c,
            })
            .collect();
        normal.parse().ok()
    }

    /// The document to send, or every error at its place: times that do not
    /// read as times first, then the contract's own rules.
    pub fn check(&self) -> Result<Availability, Errors> {
        let mut errors = Errors::new();
        let mut weekly = Vec::new();
        for (day, ranges) in self.days.iter().enumerate() {
            for r in ranges {
                let start = parse_time(&r.start, false);
                let end = parse_time(&r.end, true);
                if start.is_none() {
                    errors.insert(start_key(day, r.id), "invalid_time".into());
                }
                if end.is_none() {
                    errors.insert(end_key(day, r.id), "invalid_time".into());
                }
                // A placeholder keeps the wire index of every row in step with places().
                weekly.push(WeeklyRange::new(day as u8 + 1, start.unwrap_or(0), end.unwrap_or(1)));
            }
        }
        let mut rule = |field: &str, value: Option<u32>, min: u32, max: u32| -> u32 {
            match value {
                Some(v) if (min..=max).contains(&v) => v,
                _ => {
                    errors.insert(field.to_string(), "out_of_range".into());
                    min
                }
            }
        };
        let slot = rule(
            "slot_minutes",
            Self::number(&self.slot_minutes),
            MIN_SLOT_MINUTES.into(),
            MAX_SLOT_MINUTES.into(),
        );
        let buffer = rule("buffer_minutes", Self::number(&self.buffer_minutes), 0, MAX_BUFFER_MINUTES.into());
        let horizon = rule("horizon_days", Self::number(&self.horizon_days), 1, MAX_HORIZON_DAYS.into());
        let notice_minutes =
            Self::number::<u32>(&self.notice).and_then(|v| v.checked_mul(self.notice_unit.minutes()));
        let notice =
            rule("min_notice_minutes", notice_minutes, 0, naname_contract::availability::MAX_NOTICE_MINUTES);
        let a = Availability {
            time_zone: self.time_zone.trim().to_string(),
            weekly,
            exceptions: self.exceptions.clone(),
            slot_minutes: slot as u16,
            buffer_minutes: buffer as u16,
            min_notice_minutes: notice,
            horizon_days: horizon as u16,
        };
        if let Err(contract) = a.validate() {
            for (place, code) in self.errors_from(&contract) {
                errors.entry(place).or_insert(code);
            }
        }
        if errors.is_empty() {
            Ok(a)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Availability {
        Availability {
            time_zone: "Asia/Tokyo".into(),
            weekly: vec![
                WeeklyRange::new(4, 540, 600),
                WeeklyRange::new(2, 720, 780),
                WeeklyRange::new(2, 1380, 1440),
            ],
            exceptions: vec![],
            slot_minutes: 30,
            buffer_minutes: 0,
            min_notice_minutes: 2 * 24 * 60,
            horizon_days: 60,
        }
    }

    #[test]
    fn times_are_typed_at_any_minute_and_24_00_only_ends_a_day() {
        assert_eq!(parse_time("9:05", false), Some(545));
        assert_eq!(parse_time(" 09:05 ", false), Some(545));
        assert_eq!(parse_time("0905", false), Some(545));
        assert_eq!(parse_time("9", false), Some(540));
        assert_eq!(parse_time("１２：３７", false), Some(757));
        assert_eq!(parse_time("24:00", true), Some(1440));
        assert_eq!(parse_time("24:00", false), None);
        for bad in ["", "25:00", "12:60", "12:5", "noon", "1:2:3", "123"] {
            assert_eq!(parse_time(bad, true), None, "{bad}");
        }
        assert_eq!(format_time(1440), "24:00");
    }

    #[test]
    fn a_document_reads_into_the_form_and_back_unchanged_in_meaning() {
        let form = TimesForm::from_availability(&sample());
        assert_eq!(
            form.days[1].iter().map(|r| (r.start.as_str(), r.end.as_str())).collect::<Vec<_>>(),
            [("12:00", "13:00"), ("23:00", "24:00")]
        );
        assert_eq!((form.notice.as_str(), form.notice_unit), ("2", NoticeUnit::Days));
        let back = form.check().unwrap();
        let mut weekly = sample().weekly;
        weekly.sort_by_key(|w| (w.weekday, w.start_minute));
        assert_eq!(back.weekly, weekly);
        assert_eq!(back.min_notice_minutes, 2 * 24 * 60);
    }

    #[test]
    fn an_overlap_is_an_error_on_both_rows_and_a_bad_time_on_its_own_box() {
        let mut form = TimesForm::from_availability(&sample());
        let tue: Vec<u32> = form.days[1].iter().map(|r| r.id).collect();
        form.days[1][1].start = "12:30".into();
        let thu = form.days[3][0].id;
        form.days[3][0].end = "10:75".into();
        let errors = form.check().unwrap_err();
        assert_eq!(errors.get(&row_key(1, tue[0])).map(String::as_str), Some("overlap"));
        assert_eq!(errors.get(&row_key(1, tue[1])).map(String::as_str), Some("overlap"));
        assert_eq!(errors.get(&end_key(3, thu)).map(String::as_str), Some("invalid_time"));
        assert_eq!(errors.len(), 3, "{errors:?}");
    }

    #[test]
    fn rules_are_numbers_in_range_and_notice_must_fit_the_horizon() {
        let mut form = TimesForm::from_availability(&sample());
        form.slot_minutes = "10".into();
        form.buffer_minutes = "６１".into();
        form.horizon_days = "2".into();
        let errors = form.check().unwrap_err();
        assert_eq!(errors.get("slot_minutes").map(String::as_str), Some("out_of_range"));
        assert_eq!(errors.get("buffer_minutes").map(String::as_str), Some("out_of_range"));
        assert_eq!(errors.get("min_notice_minutes").map(String::as_str), Some("beyond_horizon"));
        form.slot_minutes = "45".into();
        form.buffer_minutes = "15".into();
        form.notice = "36".into();
        form.notice_unit = NoticeUnit::Hours;
        let a = form.check().unwrap();
        assert_eq!((a.slot_minutes, a.buffer_minutes, a.min_notice_minutes), (45, 15, 36 * 60));
        form.notice = "1.5".into();
        assert!(form.check().unwrap_err().contains_key("min_notice_minutes"), "whole numbers only");
    }

    #[test]
    fn a_notice_reads_in_the_largest_whole_unit() {
        let read = |minutes| {
            let f = TimesForm::from_availability(&Availability { min_notice_minutes: minutes, ..sample() });
            (f.notice, f.notice_unit)
        };
        assert_eq!(read(0), ("0".to_string(), NoticeUnit::Hours));
        assert_eq!(read(180), ("3".to_string(), NoticeUnit::Hours));
        assert_eq!(read(2880), ("2".to_string(), NoticeUnit::Days));
        assert_eq!(read(90), ("90".to_string(), NoticeUnit::Minutes));
    }

    #[test]
    fn ranges_are_added_after_the_last_removed_and_copied_to_other_days() {
        let mut form = TimesForm::from_availability(&sample());
        let id = form.add_range(3);
        assert_eq!(form.days[3].last().map(|r| (r.start.as_str(), r.end.as_str())), Some(("10:00", "11:00")));
        form.remove_range(3, id);
        assert_eq!(form.days[3].len(), 1);
        assert!(form.days[6].is_empty());
        form.add_range(6);
        assert_eq!(form.days[6][0].start, "12:00");
        form.copy_day(1, &[0, 1, 4]);
        for day in [0, 4] {
            let ranges: Vec<(&str, &str)> =
                form.days[day].iter().map(|r| (r.start.as_str(), r.end.as_str())).collect();
            assert_eq!(ranges, [("12:00", "13:00"), ("23:00", "24:00")]);
        }
        let ids: Vec<u32> = form.days.iter().flatten().map(|r| r.id).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "every row keeps its own id");
    }

    #[test]
    fn server_errors_land_on_the_row_they_name() {
        let form = TimesForm::from_availability(&sample());
        let thu = form.days[3][0].id;
        let errors = form.errors_from(&[
            FieldError::new("weekly[2].end_minute", "before_start", "x"),
            FieldError::new("time_zone", "invalid", "x"),
            FieldError::new("exceptions[0]", "invalid", "x"),
        ]);
        assert_eq!(errors.get(&end_key(3, thu)).map(String::as_str), Some("before_start"));
        assert_eq!(errors.get("time_zone").map(String::as_str), Some("invalid"));
        assert_eq!(errors.get("").map(String::as_str), Some("invalid"));
    }
}
