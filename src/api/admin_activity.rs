//! `/api/admin/activity`: per-theme numbers, mentors to nudge, 1on1s per week.

use naname_contract::activity::Activity;

use super::{build_url, send, ApiError, Call};
use crate::config;
use crate::i18n::Lang;

/// `GET /api/admin/activity?tz=`: weeks cut in `zone` (the admin's own).
pub async fn activity(zone: &str) -> Result<Activity, ApiError> {
    send(Call { query: vec![("tz", zone.to_string())], ..Call::get("/admin/activity") }).await
}

/// Where the per-theme table downloads as CSV (a plain link: the browser
/// sends the session cookie and saves the attachment).
pub fn csv_href(lang: Lang) -> String {
    let lang = match lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    };
    build_url(config::api_base(), "/admin/activity.csv", &[("lang", lang.to_string())])
}
