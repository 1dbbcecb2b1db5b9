//! Query string <-> page state. The URL is the source of truth for filters,
//! so a filtered view can be shared and survives a reload.

use naname_contract::mentors::MAX_FILTER_THEMES;

use crate::api::encode_component;
use crate::state::route::{HOME, LOGIN};

/// The People page's state: `?theme=3&theme=7&mq=…&q=…`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleQuery {
    /// Colleague search text.
    pub q: String,
    /// Mentor search text.
    pub mq: String,
    /// Selected theme ids, in the order they were picked (the last one is the
    /// one "remove the last theme" takes away).
    pub themes: Vec<i64>,
}

impl PeopleQuery {
    /// Reads the page's query: the pairs of the router's `use_query_map`,
    /// decoded. Never fails: what cannot be understood is dropped.
    pub fn from_query<K: AsRef<str>, V: AsRef<str>>(query: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut out = PeopleQuery::default();
        let mut themes = Vec::new();
        for (key, value) in query {
            let value = value.as_ref().trim();
            match key.as_ref() {
                "q" => out.q = value.to_string(),
                "mq" => out.mq = value.to_string(),
                "theme" => themes.push(value.to_string()),
                _ => {}
            }
        }
        out.themes = theme_ids(&themes, MAX_FILTER_THEMES);
        out
    }

    /// The query string, `?` included, or empty when there is nothing to say.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = self.themes.iter().map(|t| format!("theme={t}")).collect();
        if !self.mq.trim().is_empty() {
            parts.push(format!("mq={}", encode_component(self.mq.trim())));
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", encode_component(self.q.trim())));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn href(&self) -> String {
        format!("{HOME}{}", self.to_query_string())
    }

    /// Adds the theme, or removes it when already selected.
    pub fn toggle_theme(&self, id: i64) -> Self {
        let mut next = self.clone();
        next.themes = toggle(&self.themes, id);
        next
    }

    /// Whether the mentor filter narrows anything.
    pub fn has_mentor_filter(&self) -> bool {
        !self.themes.is_empty() || !self.mq.trim().is_empty()
    }

    pub fn without_mentor_filter(&self) -> Self {
        PeopleQuery { q: self.q.clone(), ..Default::default() }
    }
}

/// A selection with `id` flipped; at most [`MAX_FILTER_THEMES`] ids.
pub fn toggle(selection: &[i64], id: i64) -> Vec<i64> {
    if selection.contains(&id) {
        selection.iter().copied().filter(|&t| t != id).collect()
    } else if selection.len() < MAX_FILTER_THEMES {
        let mut next = selection.to_vec();
        next.push(id);
        next
    } else {
        selection.to_vec()
    }
}

/// The distinct positive ids among `values` (a query's `theme`s), in order, at most `max`.
pub fn theme_ids(values: &[impl AsRef<str>], max: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for value in values {
        match value.as_ref().trim().parse::<i64>() {
            Ok(id) if id > 0 && !ids.contains(&id) && ids.len() < max => ids.push(id),
            _ => {}
        }
    }
    ids
}

/// Where to go after signing in: only a path on this site (no `//evil.test`,
/// no `https://…`, not the login page itself), else [`HOME`].
pub fn safe_next(next: Option<&str>) -> String {
    match next.map(str::trim) {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.starts_with("/\\")
                && !n.chars().any(char::is_control)
                && !is_login_path(n) =>
        {
            n.to_string()
        }
        _ => HOME.to_string(),
    }
}

fn is_login_path(path: &str) -> bool {
    is_public_path(path.split(['?', '#']).next().unwrap_or(""))
}

/// Paths anyone may open without signing in.
pub fn is_public_path(path: &str) -> bool {
    path.strip_suffix('/').unwrap_or(path) == LOGIN
}

/// The login page that brings the user back to `path_and_query` afterwards.
pub fn login_href(path_and_query: &str) -> String {
    let next = safe_next(Some(path_and_query));
    if next == HOME {
        LOGIN.to_string()
    } else {
        format!("{LOGIN}?next={}", encode_component(&next))
    }
}

/// `next` from the login page's own query (the decoded pairs).
pub fn next_from_query<K: AsRef<str>, V: AsRef<str>>(query: impl IntoIterator<Item = (K, V)>) -> String {
    let next = query.into_iter().find(|(k, _)| k.as_ref() == "next").map(|(_, v)| v.as_ref().to_string());
    safe_next(next.as_deref())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    /// The pairs of `search` decoded, as the router gives them.
    pub(crate) fn query(search: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(search.trim_start_matches('?').as_bytes()).into_owned().collect()
    }

    fn parse(search: &str) -> PeopleQuery {
        PeopleQuery::from_query(query(search))
    }

    #[test]
    fn parses_filters() {
        let q = parse("?theme=3&theme=7&mq=%E8%8B%B1%E8%AA%9E&q=sato+misaki");
        assert_eq!(q.themes, vec![3, 7]);
        assert_eq!(q.mq, "英語");
        assert_eq!(q.q, "sato misaki");
        assert_eq!(parse(""), PeopleQuery::default());
        assert_eq!(parse("?"), PeopleQuery::default());
    }

    #[test]
    fn drops_what_it_cannot_use() {
        let q = parse("theme=abc&theme=-1&theme=0&theme=5&theme=5&x=1&theme=&q");
        assert_eq!(q.themes, vec![5]);
        assert_eq!(q.q, "");
        let many: String = (1..=30).map(|i| format!("theme={i}&")).collect();
        assert_eq!(parse(&many).themes.len(), MAX_FILTER_THEMES);
    }

    #[test]
    fn round_trips() {
        let q = PeopleQuery { q: "佐藤 & co".into(), mq: "TOEIC 900".into(), themes: vec![7, 3] };
        let s = q.to_query_string();
        assert_eq!(s, "?theme=7&theme=3&mq=TOEIC%20900&q=%E4%BD%90%E8%97%A4%20%26%20co");
        assert_eq!(parse(&s), q);
        assert_eq!(PeopleQuery::default().to_query_string(), "");
        assert_eq!(PeopleQuery::default().href(), "/people");
        assert_eq!(PeopleQuery { mq: "  ".into(), ..Default::default() }.to_query_string(), "");
    }

    #[test]
    fn toggling() {
        let q = PeopleQuery::default().toggle_theme(3).toggle_theme(7);
        assert_eq!(q.themes, vec![3, 7]);
        assert_eq!(q.toggle_theme(3).themes, vec![7]);
        assert!(q.has_mentor_filter());
        let cleared = PeopleQuery { q: "a".into(), mq: "b".into(), themes: vec![1] }.without_mentor_filter();
        assert_eq!(cleared, PeopleQuery { q: "a".into(), ..Default::default() });
        let full: Vec<i64> = (1..=MAX_FILTER_THEMES as i64).collect();
        assert_eq!(toggle(&full, 99), full);
        assert_eq!(toggle(&full, 1).len(), MAX_FILTER_THEMES - 1);
    }

    #[test]
    fn next_is_only_ever_a_local_path() {
        assert_eq!(safe_next(Some("/people?theme=3")), "/people?theme=3");
        assert_eq!(safe_next(Some("/admin")), "/admin");
        for bad in [
            "//evil.test",
            "https://evil.test",
            "/\\evil.test",
            "people",
            "",
            "/login",
            "/login?next=/x",
            "/a\nb",
        ] {
            assert_eq!(safe_next(Some(bad)), HOME, "{bad:?}");
        }
        assert_eq!(safe_next(None), HOME);
        assert!(is_public_path("/login") && !is_public_path("/people") && !is_public_path("/"));
        assert_eq!(next_from_query(query("?next=%2Fpeople%3Ftheme%3D3")), "/people?theme=3");
        assert_eq!(next_from_query(query("?next=https%3A%2F%2Fevil.test")), HOME);
        assert_eq!(next_from_query(query("")), HOME);
        assert_eq!(login_href("/settings"), "/login?next=%2Fsettings");
        assert_eq!(login_href("/people"), "/login");
        assert_eq!(next_from_query(query(&login_href("/people?theme=1&q=a")[6..])), "/people?theme=1&q=a");
    }
}
