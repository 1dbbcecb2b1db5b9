//! A minimal iCalendar (RFC 5545) writer for one 1on1, confirmed or held
//! tentatively while the request waits: enough for Outlook, Google Calendar
//! and Apple Calendar to import it. Pure functions, no I/O.
//!
//! Everything people wrote (names, the note, the room, the messages) goes
//! through [`escape_text`] or [`param_value`]; the one URI (`URL`, a video
//! link the contract allows only as a plain `https` URL) through [`uri_value`].

use chrono::{DateTime, Utc};

/// Lines longer than this many octets (line break excluded) are folded.
pub const MAX_LINE_OCTETS: usize = 75;
pub const PRODID: &str = "-//naname//naname 1on1//EN";

pub struct Attendee<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

/// `STATUS` of the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    /// Requested, not answered yet: a hold in the mentee's calendar.
    Tentative,
    /// Accepted.
    Confirmed,
}

impl EventStatus {
    fn as_str(self) -> &'static str {
        match self {
            EventStatus::Tentative => "TENTATIVE",
            EventStatus::Confirmed => "CONFIRMED",
        }
    }

    /// `SEQUENCE`: the confirmed file is a later revision of the same UID
    /// than the hold, so importing it updates the hold instead of adding a
    /// second event.
    fn sequence(self) -> u32 {
        match self {
            EventStatus::Tentative => 0,
            EventStatus::Confirmed => 1,
        }
    }
}

pub struct Event<'a> {
    /// Stable across downloads, so importing twice updates instead of duplicating.
    pub uid: &'a str,
    pub status: EventStatus,
    /// When this file was made.
    pub stamp: DateTime<Utc>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub summary: &'a str,
    pub description: &'a str,
    /// A room, or the video link as text (calendar apps show `LOCATION` first).
    pub location: Option<&'a str>,
    /// The video link.
    pub url: Option<&'a str>,
    pub organizer: Attendee<'a>,
    pub attendee: Attendee<'a>,
}

/// The whole `VCALENDAR` with one `VEVENT`, CRLF line endings, folded.
pub fn calendar(event: &Event<'_>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape_text(event.uid)),
        format!("DTSTAMP:{}", utc(event.stamp)),
        format!("DTSTART:{}", utc(event.start)),
        format!("DTEND:{}", utc(event.end)),
        format!("SEQUENCE:{}", event.status.sequence()),
        format!("SUMMARY:{}", escape_text(event.summary)),
        format!("DESCRIPTION:{}", escape_text(event.description)),
        format!(
            "ORGANIZER;CN={}:mailto:{}",
            param_value(event.organizer.name),
            uri_safe(event.organizer.email)
        ),
        format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{}",
            param_value(event.attendee.name),
            uri_safe(event.attendee.email)
        ),
        format!("STATUS:{}", event.status.as_str()),
        "TRANSP:OPAQUE".to_string(),
    ];
    if let Some(location) = event.location.filter(|l| !l.trim().is_empty()) {
        lines.push(format!("LOCATION:{}", escape_text(location)));
    }
    if let Some(url) = event.url.map(uri_value).filter(|u| !u.is_empty()) {
        lines.push(format!("URL:{url}"));
    }
    lines.extend(["END:VEVENT".to_string(), "END:VCALENDAR".to_string()]);
    let mut out = String::new();
    for line in &lines {
        out.push_str(&fold(line));
        out.push_str("\r\n");
    }
    out
}

/// `20261201T030000Z`.
pub fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and
/// newlines; other control characters are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (e.g. `CN`): quoted when it holds `:`, `;` or `,`;
/// double quotes and control characters cannot appear at all, so they go.
pub fn param_value(s: &str) -> String {
    let clean: String = s.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// An address in a `mailto:` URI, without anything that would break the line's syntax.
fn uri_safe(s: &str) -> String {
    s.chars().filter(|c| !c.is_control() && !c.is_whitespace()).collect()
}

/// A `URI` value (RFC 5545 §3.3.13) is not TEXT: it is written as it is,
/// unescaped. What the contract lets through is plain printable ASCII; this
/// keeps it so (nothing that could end the line or the value) whatever the caller passes.
pub fn uri_value(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_graphic() && *c != '"').collect()
}

/// Folds one content line: at most [`MAX_LINE_OCTETS`] octets per physical
/// line, continuation lines start with a space (which counts), and a UTF-8
/// character is never split.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / MAX_LINE_OCTETS * 3);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out
}

/// Undoes [`fold`]: the logical lines of an iCalendar text (for tests and clients).
pub fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for physical in text.split("\r\n") {
        match physical.strip_prefix(' ').or_else(|| physical.strip_prefix('\t')) {
            Some(rest) if !lines.is_empty() => {
                if let Some(last) = lines.last_mut() {
                    last.push_str(rest);
                }
            }
            _ if physical.is_empty() => {}
            _ => lines.push(physical.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn sample(description: &str) -> String {
        calendar(&Event {
            uid: "one-on-one-7@naname",
            status: EventStatus::Confirmed,
            stamp: t("2026-11-20T09:15:00Z"),
            start: t("2026-12-01T03:00:00Z"),
            end: t("2026-12-01T03:30:00Z"),
            summary: "1on1: 高橋 彩 × 山田 翔太",
            description,
            location: None,
            url: None,
            organizer: Attendee { name: "高橋 彩", email: "mentor@example.com" },
            attendee: Attendee { name: "Yamada, Shota", email: "mentee@example.com" },
        })
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape_text("a\\b;c,d\ne\r\nf\u{7}"), "a\\\\b\\;c\\,d\\ne\\nf");
        assert_eq!(param_value("高橋 彩"), "高橋 彩");
        assert_eq!(param_value("Yamada, \"Shota\""), "\"Yamada, Shota\"");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let ascii = "D".repeat(200);
        let folded = fold(&ascii);
        assert!(folded.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS));
        assert_eq!(unfold(&folded), vec![ascii]);

        // Three-octet characters after a one-octet prefix: 74 = 1 + 3 × 24 + 1 is not
        // reachable, so the first line stops at 73 octets rather than split one.
        let line = format!("X{}", "あ".repeat(60));
        let folded = fold(&line);
        let physical: Vec<&str> = folded.split("\r\n").collect();
        assert!(physical.len() > 2);
        assert_eq!(physical[0].len(), 73);
        for p in &physical {
            assert!(p.len() <= MAX_LINE_OCTETS, "{p}");
        }
        for p in &physical[1..] {
            assert!(p.starts_with(' '));
        }
        assert_eq!(unfold(&folded), vec![line]);
        assert_eq!(fold("short"), "short");
    }

    #[test]
    fn calendar_has_the_required_lines() {
        let text = sample("テーマ: 育休・産休取得\nトピック: 最近うまくいったこと, 趣味や特技; その他");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
        assert!(text.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS));
        let lines = unfold(&text);
        for expected in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//naname//naname 1on1//EN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:one-on-one-7@naname",
            "DTSTAMP:20261120T091500Z",
            "DTSTART:20261201T030000Z",
            "DTEND:20261201T033000Z",
            "SUMMARY:1on1: 高橋 彩 × 山田 翔太",
            "DESCRIPTION:テーマ: 育休・産休取得\\nトピック: 最近うまくいったこと\\, 趣味や特技\\; その他",
            "ORGANIZER;CN=高橋 彩:mailto:mentor@example.com",
            "ATTENDEE;CN=\"Yamada, Shota\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mentee@example.com",
            "SEQUENCE:1",
            "STATUS:CONFIRMED",
            "END:VEVENT",
        ] {
            assert!(lines.iter().any(|l| l == expected), "missing {expected}\n{lines:#?}");
        }
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.iter().filter(|l| l.starts_with("BEGIN:VEVENT")).count(), 1);
        assert!(!lines.iter().any(|l| l.starts_with("LOCATION") || l.starts_with("URL")), "no place given");
    }

    /// Undoes [`escape_text`], as a calendar app reads a TEXT value.
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn with_place(location: &str, url: Option<&str>, description: &str, status: EventStatus) -> String {
        calendar(&Event {
            uid: "one-on-one-8@naname",
            status,
            stamp: t("2026-11-20T09:15:00Z"),
            start: t("2026-12-01T03:00:00Z"),
            end: t("2026-12-01T03:30:00Z"),
            summary: "1on1; x, y\\z",
            description,
            location: Some(location),
            url,
            organizer: Attendee { name: "高橋 彩", email: "mentor@example.com" },
            attendee: Attendee { name: "山田 翔太", email: "mentee@example.com" },
        })
    }

    /// Hostile text in the room, the message and the link: every value
    /// stays on its own property, folded, and reads back as written.
    #[test]
    fn places_and_messages_cannot_break_out() {
        let room = "本社 12F, 会議室; \"さくら\" \\ 奥\r\nEND:VEVENT\nATTENDEE:mailto:evil@x.test";
        let message = format!("当日は;よろしく,お願いします\\n\n{}", "長い行".repeat(40));
        let url = "https://meet.example.com/abc?x=1,2;3\r\nEND:VCALENDAR";
        let description = format!("場所: {room}\nメッセージ: {message}");
        let text = with_place(room, Some(url), &description, EventStatus::Confirmed);
        assert!(
            !text.replace("\r\n", "").contains('\n') && !text.replace("\r\n", "").contains('\r'),
            "bare CR or LF"
        );
        assert!(text.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS), "folded:\n{text}");
        let lines = unfold(&text);
        assert_eq!(lines.iter().filter(|l| *l == "END:VEVENT").count(), 1, "{lines:#?}");
        assert_eq!(lines.iter().filter(|l| l.starts_with("ATTENDEE")).count(), 1);
        assert_eq!(lines.iter().filter(|l| *l == "END:VCALENDAR").count(), 1);
        let value = |name: &str| {
            lines.iter().find_map(|l| l.strip_prefix(name)).unwrap_or_else(|| panic!("{name}\n{lines:#?}"))
        };
        let location = value("LOCATION:");
        assert!(location.starts_with("本社 12F\\, 会議室\\; \"さくら\" \\\\ 奥\\n"), "{location}");
        // Control characters go; the line break is kept as an escaped newline.
        assert_eq!(unescape(location), room.replace("\r\n", "\n"));
        assert_eq!(unescape(value("DESCRIPTION:")), description.replace("\r\n", "\n"));
        assert_eq!(unescape(value("SUMMARY:")), "1on1; x, y\\z");
        assert_eq!(value("URL:"), "https://meet.example.com/abc?x=1,2;3END:VCALENDAR");
        // Long values fold and come back whole.
        assert!(text.split("\r\n").filter(|l| l.starts_with(' ')).count() >= 3);
    }

    #[test]
    fn a_request_is_a_tentative_hold() {
        let text = with_place(
            "https://meet.example.com/a",
            Some("https://meet.example.com/a"),
            "",
            EventStatus::Tentative,
        );
        let lines = unfold(&text);
        assert!(lines.contains(&"STATUS:TENTATIVE".to_string()), "{lines:#?}");
        assert!(lines.contains(&"SEQUENCE:0".to_string()));
        assert!(lines.contains(&"URL:https://meet.example.com/a".to_string()));
        assert!(!lines.iter().any(|l| l == "STATUS:CONFIRMED"));
        // A blank place is no LOCATION at all.
        let blank = unfold(&with_place("  ", None, "", EventStatus::Confirmed));
        assert!(!blank.iter().any(|l| l.starts_with("LOCATION") || l.starts_with("URL")), "{blank:#?}");
        assert_eq!(uri_value("https://x.test/a b\"c\td"), "https://x.test/abcd");
    }

    #[test]
    fn long_descriptions_fold_and_come_back() {
        let description = "長いメモ".repeat(80);
        let text = sample(&description);
        assert!(text.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS));
        let lines = unfold(&text);
        assert!(lines.contains(&format!("DESCRIPTION:{description}")));
    }
}
