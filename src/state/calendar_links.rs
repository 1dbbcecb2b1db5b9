//! "Add to Google Calendar" and "add to Outlook": links that open the
//! provider's new-event form filled in, beside the `.ics` download (which
//! needs a calendar app that imports files). Every parameter is
//! percent-encoded: names, the room and the mentor's message are what
//! people typed.

use chrono::{DateTime, Utc};
use naname_contract::one_on_ones::OneOnOne;
use naname_contract::place::PlaceKind;

use crate::api::encode_component;
use crate::i18n::{text, Key, Lang};
use crate::state::calendar::rfc3339;
use crate::state::one_on_ones::name_in;

pub const GOOGLE_BASE: &str = "https://calendar.google.com/calendar/render";
/// Outlook on the web for work accounts (Microsoft 365), where company calendars live.
pub const OUTLOOK_BASE: &str = "https://outlook.office.com/calendar/0/deeplink/compose";

/// What the new-event form is filled with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub title: String,
    pub details: String,
    pub location: String,
}

/// The event of a 1on1 for a reader of `lang`: the place and the mentor's
/// message first, then the theme and the topics. The mentee's note stays
/// out: these links end up in browser histories and the provider's logs,
/// and the `.ics` (a file kept on the device) has it.
pub fn event_of(o: &OneOnOne, lang: Lang) -> CalendarEvent {
    let code = lang.code();
    let mut lines = Vec::new();
    if let Some(place) = &o.place {
        let value = match place.kind {
            PlaceKind::Online => format!("{} {}", text(lang, Key::PlaceOnline), place.value),
            PlaceKind::Office => place.value.clone(),
        };
        lines.push(format!("{}: {value}", text(lang, Key::PlaceLabel)));
    }
    if let Some(m) = &o.acceptance_message {
        lines.push(format!("{}: {m}", text(lang, Key::MessageFromMentor)));
    }
    lines.push(format!("{}: {}", text(lang, Key::LabelTheme), o.theme.name.get(code)));
    if !o.topics.is_empty() {
        lines.push(format!("{}:", text(lang, Key::LabelTopics)));
        lines.extend(o.topics.iter().map(|t| format!("・{}", t.prompt.get(code))));
    }
    CalendarEvent {
        start: o.start,
        end: o.end,
        title: format!("1on1: {} × {}", name_in(&o.mentor, lang), name_in(&o.mentee, lang)),
        details: lines.join("\n"),
        location: o.place.as_ref().map(|p| p.value.clone()).unwrap_or_default(),
    }
}

fn query(base: &str, params: &[(&str, &str)]) -> String {
    let pairs: Vec<String> =
        params.iter().map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v))).collect();
    format!("{base}?{}", pairs.join("&"))
}

/// Google Calendar's event template: `dates` as two UTC stamps
/// (`20261201T030000Z`: RFC 3339 without its separators; chrono's
/// formatting machinery stays out of the app).
pub fn google_href(e: &CalendarEvent) -> String {
    let stamp = |t: DateTime<Utc>| rfc3339(t.timestamp()).replace(['-', ':'], "");
    let dates = format!("{}/{}", stamp(e.start), stamp(e.end));
    query(
        GOOGLE_BASE,
        &[
            ("action", "TEMPLATE"),
            ("text", &e.title),
            ("dates", &dates),
            ("details", &e.details),
            ("location", &e.location),
        ],
    )
}

/// Outlook's compose deep link: start and end as RFC 3339 UTC instants.
pub fn outlook_href(e: &CalendarEvent) -> String {
    let iso = |t: DateTime<Utc>| rfc3339(t.timestamp());
    query(
        OUTLOOK_BASE,
        &[
            ("path", "/calendar/action/compose"),
            ("rru", "addevent"),
            ("subject", &e.title),
            ("startdt", &iso(e.start)),
            ("enddt", &iso(e.end)),
            ("body", &e.details),
            ("location", &e.location),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::one_on_ones::tests::{at, one};
    use naname_contract::one_on_ones::Status;
    use naname_contract::place::Place;
    use naname_contract::Localized;

    /// The query's values, percent-decoded, as a browser would read them.
    fn params(href: &str) -> Vec<(String, String)> {
        let query = href.split_once('?').map(|(_, q)| q).unwrap_or("");
        form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
    }

    fn value(href: &str, key: &str) -> String {
        params(href).into_iter().find(|(k, _)| k == key).map(|(_, v)| v).unwrap_or_default()
    }

    fn hostile() -> CalendarEvent {
        CalendarEvent {
            start: at("2026-12-01T03:00:00Z"),
            end: at("2026-12-01T03:30:00Z"),
            title: "1on1: 高橋 彩 × Shota & <Co> #1".into(),
            details: "場所: 本社 12F, 会議室; さくら\n100% で?&text=spoof=1+2".into(),
            location: "https://meet.example.com/a?b=1&c=2#x".into(),
        }
    }

    #[test]
    fn every_parameter_is_percent_encoded() {
        let e = hostile();
        for href in [google_href(&e), outlook_href(&e)] {
            let query = href.split_once('?').unwrap().1;
            // Only unreserved characters, `%`-escapes and the separators remain.
            assert!(query.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%=&".contains(&b)), "{query}");
            let keys: Vec<String> = params(&href).into_iter().map(|(k, _)| k).collect();
            let unique: std::collections::HashSet<_> = keys.iter().collect();
            assert_eq!(unique.len(), keys.len(), "no injected parameter: {keys:?}");
        }
        let g = google_href(&e);
        assert!(g.starts_with("https://calendar.google.com/calendar/render?action=TEMPLATE&text="), "{g}");
        assert_eq!(value(&g, "text"), e.title);
        assert_eq!(value(&g, "details"), e.details);
        assert_eq!(value(&g, "location"), e.location);
        assert_eq!(value(&g, "dates"), "20261201T030000Z/20261201T033000Z");
        let o = outlook_href(&e);
        assert!(o.starts_with(OUTLOOK_BASE), "{o}");
        assert_eq!(value(&o, "subject"), e.title);
        assert_eq!(value(&o, "body"), e.details);
        assert_eq!(value(&o, "startdt"), "2026-12-01T03:00:00Z");
        assert_eq!(value(&o, "enddt"), "2026-12-01T03:30:00Z");
        assert_eq!(value(&o, "rru"), "addevent");
        assert_eq!(value(&o, "location"), e.location);
    }

    #[test]
    fn the_event_of_a_1on1() {
        let mut o = one(1, "2026-12-01T03:00:00Z", Status::Accepted);
        o.mentor.name = "高橋 彩".into();
        o.mentor.name_latin = "Aya Takahashi".into();
        o.mentee.name = "山田 翔太".into();
        o.mentee.name_latin = "Shota Yamada".into();
        o.theme.name = Localized::new("育休", "Parental leave");
        o.note = "private".into();
        let plain = event_of(&o, Lang::En);
        assert_eq!(plain.title, "1on1: Aya Takahashi × Shota Yamada");
        assert_eq!(plain.details, "Theme: Parental leave");
        assert_eq!(plain.location, "");
        assert_eq!((plain.start, plain.end), (o.start, o.end));

        o.place = Some(Place::new(PlaceKind::Online, "https://meet.example.com/x"));
        o.acceptance_message = Some("カメラはオフで大丈夫です".into());
        let ja = event_of(&o, Lang::Ja);
        assert_eq!(ja.title, "1on1: 高橋 彩 × 山田 翔太");
        assert_eq!(ja.location, "https://meet.example.com/x");
        let lines: Vec<&str> = ja.details.lines().collect();
        assert_eq!(
            lines[0],
            format!(
                "{}: {} https://meet.example.com/x",
                text(Lang::Ja, Key::PlaceLabel),
                text(Lang::Ja, Key::PlaceOnline)
            )
        );
        assert!(lines[1].ends_with("カメラはオフで大丈夫です"));
        assert!(lines[2].ends_with("育休"));
        assert!(!ja.details.contains("private"), "the note stays out of URLs");
        o.place = Some(Place::new(PlaceKind::Office, "本社 12F"));
        assert!(event_of(&o, Lang::En).details.starts_with("Place: 本社 12F\n"));
    }
}
