//! Every path of the app, in one place: the route table (`app.rs`) builds
//! its segments from these constants, and links and redirects use them or
//! the `*_href` functions below. No other module writes a path literal.

/// Where a signed-in user lands by default.
pub const HOME: &str = PEOPLE;
pub const LOGIN: &str = "/login";
pub const PEOPLE: &str = "/people";
pub const ONE_ON_ONES: &str = "/one-on-ones";
pub const SETTINGS: &str = "/settings";
/// `/settings/:section`.
pub const SETTINGS_SECTION: &str = "section";
pub const SURVEYS: &str = "/surveys";
pub const ADMIN: &str = "/admin";
/// `/admin/:tab` and `/admin/:tab/:id` (a theme, a person).
pub const ADMIN_TAB: &str = "tab";
pub const ADMIN_ID: &str = "id";
/// `/mentors/:id/request`, as its three segments.
pub const MENTORS: &str = "/mentors";
pub const MENTOR_ID: &str = "id";
pub const REQUEST: &str = "/request";

/// A mentor's request page.
pub fn mentor_request_href(mentor_id: i64) -> String {
    format!("{MENTORS}/{mentor_id}{REQUEST}")
}

/// What an `/admin/…` address shows. Each tab has its own URL; a theme's
/// page sits under Themes and a person's under Mentors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminView {
    Themes,
    /// `/admin/themes/new`.
    NewTheme,
    Theme(i64),
    Mentors,
    Person(i64),
    /// The topic grid and the responses wanted (対応).
    Topics,
    Import,
    Activity,
}

/// The admin tabs, in the order the nav shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminTab {
    Themes,
    Mentors,
    Topics,
    Import,
    Activity,
}

impl AdminTab {
    pub const ALL: [AdminTab; 5] =
        [AdminTab::Themes, AdminTab::Mentors, AdminTab::Topics, AdminTab::Import, AdminTab::Activity];

    /// The tab's path segment.
    pub fn slug(self) -> &'static str {
        match self {
            AdminTab::Themes => "themes",
            AdminTab::Mentors => "mentors",
            AdminTab::Topics => "topics",
            AdminTab::Import => "import",
            AdminTab::Activity => "activity",
        }
    }

    pub fn href(self) -> String {
        format!("{ADMIN}/{}", self.slug())
    }
}

impl AdminView {
    /// The tab this view belongs to (the one the nav marks current).
    pub fn tab(self) -> AdminTab {
        match self {
            AdminView::Themes | AdminView::NewTheme | AdminView::Theme(_) => AdminTab::Themes,
            AdminView::Mentors | AdminView::Person(_) => AdminTab::Mentors,
            AdminView::Topics => AdminTab::Topics,
            AdminView::Import => AdminTab::Import,
            AdminView::Activity => AdminTab::Activity,
        }
    }

    pub fn href(self) -> String {
        match self {
            AdminView::NewTheme => format!("{ADMIN}/themes/new"),
            AdminView::Theme(id) => format!("{ADMIN}/themes/{id}"),
            AdminView::Person(id) => format!("{ADMIN}/people/{id}"),
            other => other.tab().href(),
        }
    }

    /// The view of `/admin/:tab[/:id]`, or `None` ("not found"). `/admin`
    /// alone is the Themes tab.
    pub fn parse(tab: Option<&str>, id: Option<&str>) -> Option<AdminView> {
        let view = match (tab, id) {
            (None, None) | (Some("themes"), None) => AdminView::Themes,
            (Some("themes"), Some("new")) => AdminView::NewTheme,
            (Some("themes"), Some(id)) => AdminView::Theme(mentor_id(id)?),
            (Some("mentors"), None) => AdminView::Mentors,
            (Some("people"), Some(id)) => AdminView::Person(mentor_id(id)?),
            (Some("topics"), None) => AdminView::Topics,
            (Some("import"), None) => AdminView::Import,
            (Some("activity"), None) => AdminView::Activity,
            _ => return None,
        };
        Some(view)
    }
}

/// A section of Settings, each with its own URL (`/settings/<slug>`);
/// `/settings` alone goes to the first one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsSection {
    /// My mentor themes.
    Themes,
    /// My preferred 1on1 times (weekly hours, zone, rules).
    Times,
}

impl SettingsSection {
    /// The sections, in the order the section nav shows them.
    pub const ALL: [SettingsSection; 2] = [SettingsSection::Themes, SettingsSection::Times];

    pub fn slug(self) -> &'static str {
        match self {
            SettingsSection::Themes => "themes",
            SettingsSection::Times => "times",
        }
    }

    pub fn href(self) -> String {
        format!("{SETTINGS}/{}", self.slug())
    }

    /// The section of `/settings/:section`, `None` for one that does not exist.
    pub fn parse(slug: &str) -> Option<SettingsSection> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// The request page's query parameter with the topics to tick at first
/// (`topics=3,1,7`, in the order they were chosen).
pub const TOPICS_PARAM: &str = "topics";

/// "Request another time": the mentor's request page with the theme and
/// the topics of an earlier request chosen again (`?theme=5&topics=3,1`).
pub fn request_again_href(mentor_id: i64, theme_id: i64, topic_ids: &[i64]) -> String {
    let mut href = format!("{}?theme={theme_id}", mentor_request_href(mentor_id));
    if !topic_ids.is_empty() {
        let list: Vec<String> = topic_ids.iter().map(i64::to_string).collect();
        href.push_str(&format!("&{TOPICS_PARAM}={}", list.join(",")));
    }
    href
}

/// The topic ids of a `topics` parameter: positive ids in their order,
/// each once, at most `max`; anything else is dropped (the URL may have
/// been typed or edited).
pub fn topic_ids(value: Option<&str>, max: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for part in value.unwrap_or("").split(',') {
        match part.trim().parse::<i64>() {
            Ok(id) if id > 0 && !ids.contains(&id) && ids.len() < max => ids.push(id),
            _ => {}
        }
    }
    ids
}

/// The mentor id of a request page's `:id` segment: digits only (no sign,
/// no spaces) and within range, else the page is "not found".
pub fn mentor_id(segment: &str) -> Option<i64> {
    if segment.is_empty() || !segment.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    segment.parse().ok().filter(|&id| id > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths() {
        assert_eq!(mentor_request_href(12), "/mentors/12/request");
        assert_eq!(mentor_id("12"), Some(12));
    }

    #[test]
    fn request_again_keeps_the_theme_and_topics() {
        assert_eq!(request_again_href(2, 5, &[3, 1, 7]), "/mentors/2/request?theme=5&topics=3,1,7");
        assert_eq!(request_again_href(2, 5, &[]), "/mentors/2/request?theme=5");
        assert_eq!(topic_ids(Some("3,1,7"), 10), [3, 1, 7]);
        assert_eq!(topic_ids(Some(" 3, x,-1,0,3,,9 "), 10), [3, 9], "junk and repeats dropped");
        assert_eq!(topic_ids(Some("1,2,3,4"), 3), [1, 2, 3], "at most max");
        assert_eq!(topic_ids(None, 10), Vec::<i64>::new());
        assert_eq!(topic_ids(Some("99999999999999999999"), 10), Vec::<i64>::new());
    }

    #[test]
    fn admin_views_round_trip() {
        let views = [
            AdminView::Themes,
            AdminView::NewTheme,
            AdminView::Theme(4),
            AdminView::Mentors,
            AdminView::Person(9),
            AdminView::Topics,
            AdminView::Import,
            AdminView::Activity,
        ];
        for view in views {
            let href = view.href();
            let mut parts = href.trim_start_matches(ADMIN).trim_start_matches('/').split('/');
            let (tab, id) = (parts.next(), parts.next());
            assert_eq!(AdminView::parse(tab, id), Some(view), "{href}");
        }
        assert_eq!(AdminView::parse(None, None), Some(AdminView::Themes));
        assert_eq!(AdminView::Theme(4).tab(), AdminTab::Themes);
        assert_eq!(AdminView::Person(9).tab(), AdminTab::Mentors);
        for (tab, id) in [
            (Some("nope"), None),
            (Some("themes"), Some("x")),
            (Some("people"), None),
            (Some("import"), Some("1")),
        ] {
            assert_eq!(AdminView::parse(tab, id), None, "{tab:?} {id:?}");
        }
    }

    #[test]
    fn settings_sections_round_trip() {
        for section in SettingsSection::ALL {
            let href = section.href();
            assert_eq!(
                SettingsSection::parse(href.trim_start_matches(SETTINGS).trim_start_matches('/')),
                Some(section)
            );
        }
        assert_eq!(SettingsSection::Themes.href(), "/settings/themes");
        assert_eq!(SettingsSection::parse("times"), Some(SettingsSection::Times));
        assert_eq!(SettingsSection::parse("holidays"), None);
        assert_eq!(SettingsSection::parse(""), None);
    }

    #[test]
    fn ids_that_are_not_found() {
        for segment in ["", "abc", "-1", "+1", " 1", "0", "1.0", "99999999999999999999"] {
            assert_eq!(mentor_id(segment), None, "{segment:?}");
        }
    }
}
