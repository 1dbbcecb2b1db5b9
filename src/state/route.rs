//! Every path of the app, in one place: the route table (`app.rs`) builds
//! its segments from these constants, and links and redirects use them or
//! the `*_href` functions below. No other module writes a path literal.

/// Where a signed-in user lands by default.
pub const HOME: &str = PEOPLE;
pub const LOGIN: &str = "/login";
pub const PEOPLE: &str = "/people";
pub const ONE_ON_ONES: &str = "/one-on-ones";
pub const SETTINGS: &str = "/settings";
pub const SURVEYS: &str = "/surveys";
pub const ADMIN: &str = "/admin";
/// `/mentors/:id/request`, as its three segments.
pub const MENTORS: &str = "/mentors";
pub const MENTOR_ID: &str = "id";
pub const REQUEST: &str = "/request";

/// A mentor's request page.
pub fn mentor_request_href(mentor_id: i64) -> String {
    format!("{MENTORS}/{mentor_id}{REQUEST}")
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
    fn ids_that_are_not_found() {
        for segment in ["", "abc", "-1", "+1", " 1", "0", "1.0", "99999999999999999999"] {
            assert_eq!(mentor_id(segment), None, "{segment:?}");
        }
    }
}
