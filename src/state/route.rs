//! Which page a path shows, and which navigation entry is the current one.

/// The app's pages. Paths are flat; the only parameter is a mentor's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Login,
    /// `/`: sends a signed-in user on to [`super::url::HOME`].
    Home,
    People,
    OneOnOnes,
    Settings,
    Surveys,
    Admin,
    /// `/mentors/{id}/request`.
    MentorRequest(i64),
    NotFound,
}

/// The route of a path (`location.pathname`: no query, no fragment). One
/// trailing slash is forgiven; anything else unknown is [`Route::NotFound`].
pub fn route_of(path: &str) -> Route {
    let path = match path.strip_suffix('/') {
        Some(p) if !p.is_empty() => p,
        _ => path,
    };
    match path {
        "" | "/" => Route::Home,
        "/login" => Route::Login,
        "/people" => Route::People,
        "/one-on-ones" => Route::OneOnOnes,
        "/settings" => Route::Settings,
        "/surveys" => Route::Surveys,
        "/admin" => Route::Admin,
        _ => path
            .strip_prefix("/mentors/")
            .and_then(|rest| rest.strip_suffix("/request"))
            .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|id| id.parse().ok())
            .map_or(Route::NotFound, Route::MentorRequest),
    }
}

/// Whether a navigation link to `href` is the page being shown (its
/// `aria-current`): the same path, or a page below it.
pub fn is_current(path: &str, href: &str) -> bool {
    path == href || path.strip_prefix(href).is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(route_of("/"), Route::Home);
        assert_eq!(route_of(""), Route::Home);
        assert_eq!(route_of("/login"), Route::Login);
        assert_eq!(route_of("/people"), Route::People);
        assert_eq!(route_of("/people/"), Route::People);
        assert_eq!(route_of("/one-on-ones"), Route::OneOnOnes);
        assert_eq!(route_of("/settings"), Route::Settings);
        assert_eq!(route_of("/surveys"), Route::Surveys);
        assert_eq!(route_of("/admin"), Route::Admin);
        assert_eq!(route_of("/mentors/12/request"), Route::MentorRequest(12));
        assert_eq!(route_of("/mentors/12/request/"), Route::MentorRequest(12));
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/peoples",
            "/people//",
            "/People",
            "/mentors/12",
            "/mentors//request",
            "/mentors/abc/request",
            "/mentors/-1/request",
            "/mentors/+1/request",
            "/mentors/99999999999999999999/request",
            "/mentors/1/request/extra",
            "/api/me",
        ] {
            assert_eq!(route_of(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn current_link() {
        assert!(is_current("/people", "/people"));
        assert!(is_current("/people/x", "/people"));
        assert!(!is_current("/peoples", "/people"));
        assert!(!is_current("/one-on-ones", "/people"));
    }
}
