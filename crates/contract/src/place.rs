//! Where a 1on1 happens: a video link or an office room, given by the mentor
//! when they accept (with an optional message), and remembered as their
//! default for the next one.
//!
//! The rules live here so the app checks what the server will check: a
//! video link is an `https` URL (it becomes a link on both people's cards
//! and the `URL` of the calendar file, so nothing else is let through), a
//! room is one line of text.

use serde::{Deserialize, Serialize};

use crate::one_on_ones::MAX_MESSAGE_CHARS;
use crate::problem::FieldError;

/// Longest video link (Teams links with their query run to about 300).
pub const MAX_PLACE_URL_CHARS: usize = 1000;
/// Longest room description ("Tokyo HQ 12F, room Sakura (in front of the lifts)").
pub const MAX_PLACE_ROOM_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// `value` is a video-call link (`https://…`).
    Online,
    /// `value` is a room, as text.
    Office,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 2] = [PlaceKind::Online, PlaceKind::Office];

    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Online => "online",
            PlaceKind::Office => "office",
        }
    }

    pub fn parse(s: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    fn max_chars(self) -> usize {
        match self {
            PlaceKind::Online => MAX_PLACE_URL_CHARS,
            PlaceKind::Office => MAX_PLACE_ROOM_CHARS,
        }
    }
}

/// Where a 1on1 happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub kind: PlaceKind,
    /// An `https` URL (`online`, at most 1000 characters) or one line of
    /// text (`office`, at most 200).
    pub value: String,
}

impl Place {
    pub fn new(kind: PlaceKind, value: impl Into<String>) -> Place {
        Place { kind, value: value.into() }
    }

    /// The place as it is stored: the value without surrounding blanks.
    pub fn trimmed(&self) -> Place {
        Place { kind: self.kind, value: self.value.trim().to_string() }
    }

    /// Field errors for this place, named under `prefix` (`place` →
    /// `place.value`). Checks the trimmed value.
    pub fn validate(&self, prefix: &str) -> Vec<FieldError> {
        let field = format!("{prefix}.value");
        let value = self.value.trim();
        let max = self.kind.max_chars();
        if value.is_empty() {
            let hint = match self.kind {
                PlaceKind::Online => "Enter the video link",
                PlaceKind::Office => "Enter the room",
            };
            return vec![FieldError::new(field, "required", hint)];
        }
        if value.chars().count() > max {
            return vec![FieldError::new(field, "too_long", format!("At most {max} characters"))];
        }
        let ok = match self.kind {
            PlaceKind::Online => is_https_url(value),
            PlaceKind::Office => !value.chars().any(char::is_control),
        };
        if ok {
            Vec::new()
        } else {
            let hint = match self.kind {
                PlaceKind::Online => "A link starting with https://, e.g. https://meet.example.com/abc",
                PlaceKind::Office => "One line of text",
            };
            vec![FieldError::new(field, "invalid", hint)]
        }
    }
}

/// Whether `s` is an absolute `https` URL with a host, made of characters
/// that need no escaping anywhere it goes (an `href`, a calendar file's
/// `URL`, a query parameter once percent-encoded). No user name or password
/// before the host (`https://meet.example.com@evil.test/` would show one
/// host and open another), no blanks, quotes, angle brackets or backslashes.
pub fn is_https_url(s: &str) -> bool {
    let Some(rest) = s.get(..8).filter(|p| p.eq_ignore_ascii_case("https://")).map(|_| &s[8..]) else {
        return false;
    };
    let allowed =
        |c: char| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}');
    if !rest.chars().all(allowed) {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return false;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    let labels_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    port_ok && labels_ok
}

/// `POST /api/one-on-ones/{id}/accept`: optionally where, and a message to
/// the mentee. An empty body is neither.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl Acceptance {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = self.place.as_ref().map(|p| p.validate("place")).unwrap_or_default();
        if self.message.as_ref().is_some_and(|m| m.chars().count() > MAX_MESSAGE_CHARS) {
            errors.push(FieldError::new(
                "message",
                "too_long",
                format!("At most {MAX_MESSAGE_CHARS} characters"),
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// What is stored: the place trimmed, the message trimmed (none when blank).
    pub fn trimmed(&self) -> Acceptance {
        Acceptance {
            place: self.place.as_ref().map(Place::trimmed),
            message: self.message.as_deref().map(str::trim).filter(|m| !m.is_empty()).map(str::to_string),
        }
    }
}

/// `GET` and `PUT /api/me/place-default`: the place a mentor's accept form
/// starts with. Accepting with a place makes it the default too.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PlaceDefault {
    /// `null`: no default (the form starts without a place).
    #[serde(default)]
    pub place: Option<Place>,
}

impl PlaceDefault {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let errors = self.place.as_ref().map(|p| p.validate("place")).unwrap_or_default();
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

    #[test]
    fn https_links_only() {
        for ok in [
            "https://meet.google.com/abc-defg-hij",
            "HTTPS://zoom.us/j/123?pwd=x.y",
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%22Tid%22%7d",
            "https://localhost:8443/room#a",
            "https://example.com",
        ] {
            assert!(is_https_url(ok), "{ok}");
        }
        for bad in [
            "",
            "http://meet.google.com/abc",
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://meet.example.com@evil.test/",
            "https://user:pw@example.com/",
            "https://exa mple.com/",
            "https://example.com/a b",
            "https://example.com/\"onmouseover=x",
            "https://example.com/<script>",
            "https://example.com/\\",
            "https://example.com\r\nX-Evil: 1",
            "https://例え.jp/",
            "https://-bad.com/",
            "https://a..b/",
            "https://example.com:/",
            "https://example.com:123456/",
            " https://example.com",
        ] {
            assert!(!is_https_url(bad), "{bad:?}");
        }
    }

    #[test]
    fn place_rules_name_the_field() {
        let codes = |p: Place| p.validate("place").into_iter().map(|e| (e.field, e.code)).collect::<Vec<_>>();
        assert!(codes(Place::new(PlaceKind::Online, "  https://meet.example.com/x  ")).is_empty());
        assert!(codes(Place::new(PlaceKind::Office, "本社 12F 会議室「さくら」, 奥の部屋")).is_empty());
        let value = |code: &str| vec![("place.value".to_string(), code.to_string())];
        assert_eq!(codes(Place::new(PlaceKind::Online, "   ")), value("required"));
        assert_eq!(codes(Place::new(PlaceKind::Online, "http://x.test")), value("invalid"));
        assert_eq!(codes(Place::new(PlaceKind::Office, "12F\nroom")), value("invalid"));
        let long_url = format!("https://x.test/{}", "a".repeat(MAX_PLACE_URL_CHARS));
        assert_eq!(codes(Place::new(PlaceKind::Online, long_url)), value("too_long"));
        assert_eq!(
            codes(Place::new(PlaceKind::Office, "室".repeat(MAX_PLACE_ROOM_CHARS + 1))),
            value("too_long")
        );
        assert!(codes(Place::new(PlaceKind::Office, "室".repeat(MAX_PLACE_ROOM_CHARS))).is_empty());
    }

    #[test]
    fn acceptance_bodies() {
        let empty: Acceptance = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, Acceptance::default());
        assert!(empty.validate().is_ok());
        let full: Acceptance = serde_json::from_str(
            r#"{"place":{"kind":"online","value":" https://meet.example.com/x "},"message":"  当日はよろしく  "}"#,
        )
        .unwrap();
        assert!(full.validate().is_ok());
        let stored = full.trimmed();
        assert_eq!(stored.place, Some(Place::new(PlaceKind::Online, "https://meet.example.com/x")));
        assert_eq!(stored.message.as_deref(), Some("当日はよろしく"));
        let blank = Acceptance { message: Some("  ".into()), ..Acceptance::default() };
        assert_eq!(blank.trimmed().message, None);

        for unknown in [r#"{"place":{"kind":"online","value":"https://x.test","pin":1}}"#, r#"{"where":1}"#] {
            assert!(serde_json::from_str::<Acceptance>(unknown).is_err(), "{unknown}");
        }
        assert!(serde_json::from_str::<Acceptance>(r#"{"place":{"kind":"phone","value":"1"}}"#).is_err());

        let bad = Acceptance {
            place: Some(Place::new(PlaceKind::Online, "ftp://x.test")),
            message: Some("あ".repeat(MAX_MESSAGE_CHARS + 1)),
        };
        let fields: Vec<_> = bad.validate().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["place.value", "message"]);
    }

    #[test]
    fn defaults_and_kinds() {
        assert!(PlaceDefault::default().validate().is_ok());
        let bad = PlaceDefault { place: Some(Place::new(PlaceKind::Office, "")) };
        assert_eq!(bad.validate().unwrap_err()[0].field, "place.value");
        for kind in PlaceKind::ALL {
            assert_eq!(PlaceKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(PlaceKind::parse("phone"), None);
        let json = serde_json::to_string(&PlaceDefault { place: None }).unwrap();
        assert_eq!(json, r#"{"place":null}"#);
    }
}
