//! `GET /api/admin/activity`: whether the mentor programme is alive, per
//! theme, and who needs a nudge.
//!
//! Windows are counted back from the moment of the answer (`now − 30 days`,
//! `now − 90 days`). Weeks are ISO weeks (Monday to Sunday) cut in the zone
//! the caller asks for (`?tz=`, UTC by default): the app sends the admin's
//! own zone, so "this week" is the admin's week, and the answer names the
//! zone it used (`week_zone`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::Localized;

/// The windows of the per-theme counts, in days.
pub const SHORT_WINDOW_DAYS: i64 = 30;
pub const LONG_WINDOW_DAYS: i64 = 90;
/// Weeks in the chart, the current one last.
pub const CHART_WEEKS: usize = 12;

/// One theme's numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeActivity {
    pub theme_id: i64,
    pub category: Localized,
    pub name: Localized,
    /// Archived themes are listed too (their history stays), after the live ones.
    pub archived: bool,
    /// Approved and not stopped.
    pub approved_mentors: u32,
    /// Registered, not yet answered.
    pub pending_mentors: u32,
    /// 1on1s requested under the theme in the last 30 / 90 days (any outcome).
    pub requests_30: u32,
    pub requests_90: u32,
    /// Of those requests, the ones the mentor accepted (held ones included).
    pub accepted_30: u32,
    pub accepted_90: u32,
}

/// A mentor named in a flag list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FlaggedMentor {
    pub id: i64,
    pub name: String,
    pub name_latin: String,
    /// How many live themes they are approved for.
    pub themes: u32,
}

impl FlaggedMentor {
    /// The name a reader of `lang` recognises first.
    pub fn display_name(&self, lang: &str) -> &str {
        if lang.starts_with("en") && !self.name_latin.is_empty() {
            &self.name_latin
        } else {
            &self.name
        }
    }
}

/// Accepted 1on1s taking place in one week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekCount {
    /// The Monday the week starts on, in `week_zone`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub week_start: NaiveDate,
    pub one_on_ones: u32,
}

/// The whole activity answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Activity {
    /// The moment the windows count back from.
    pub as_of: DateTime<Utc>,
    /// The IANA zone weeks are cut in (`?tz=`, or `UTC`).
    pub week_zone: String,
    /// Live themes in catalogue order, then archived ones.
    pub themes: Vec<ThemeActivity>,
    /// Mentors approved for a live theme without any weekly preferred time:
    /// nobody can book them.
    pub no_preferred_times: Vec<FlaggedMentor>,
    /// Mentors approved for a live theme who never received a 1on1 request.
    pub never_booked: Vec<FlaggedMentor>,
    /// The last 12 weeks, oldest first, the current week last.
    pub weeks: Vec<WeekCount>,
}

/// The Mondays of the `CHART_WEEKS` weeks up to the one holding `today`, oldest first.
pub fn chart_weeks(today: NaiveDate) -> Vec<NaiveDate> {
    use chrono::Datelike;
    let monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
    (0..CHART_WEEKS as i64).rev().map(|i| monday - chrono::Duration::weeks(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_mondays_ending_with_this_week() {
        let wednesday = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let weeks = chart_weeks(wednesday);
        assert_eq!(weeks.len(), CHART_WEEKS);
        assert_eq!(weeks[11], NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert_eq!(weeks[0], NaiveDate::from_ymd_opt(2026, 9, 14).unwrap());
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(chart_weeks(monday), weeks, "a Monday is its own week's start");
    }
}
