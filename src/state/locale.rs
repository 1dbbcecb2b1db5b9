//! How a viewer reads dates and times: the locale their dates are written
//! in (the app's language with the browser's region, "en-GB" or "en-US"),
//! its week rule, and time zones named as people name them ("日本時間
//! （GMT+9）", "New York time (GMT−5)") instead of IANA ids. Pure: the
//! browser's answers (`navigator.languages`, `Intl`) come in as arguments.

use crate::i18n::{format, text, Key, Lang};

/// The zones the organisation works in and their neighbours, by the name
/// people use for them: `(IANA id, Japanese, English)`. A zone not listed
/// is named after its city (see [`zone_name`]).
pub const ZONE_NAMES: &[(&str, &str, &str)] = &[
    ("Pacific/Honolulu", "ハワイ時間", "Hawaii time"),
    ("America/Los_Angeles", "ロサンゼルス時間", "Los Angeles time"),
    ("America/Denver", "デンバー時間", "Denver time"),
    ("America/Chicago", "シカゴ時間", "Chicago time"),
    ("America/New_York", "ニューヨーク時間", "New York time"),
    ("America/Sao_Paulo", "サンパウロ時間", "São Paulo time"),
    ("UTC", "協定世界時（UTC）", "UTC"),
    ("Europe/London", "ロンドン時間", "London time"),
    ("Europe/Paris", "パリ時間", "Paris time"),
    ("Europe/Berlin", "ベルリン時間", "Berlin time"),
    ("Asia/Dubai", "ドバイ時間", "Dubai time"),
    ("Asia/Kolkata", "インド時間", "India time"),
    ("Asia/Bangkok", "タイ時間", "Thailand time"),
    ("Asia/Ho_Chi_Minh", "ベトナム時間", "Vietnam time"),
    ("Asia/Jakarta", "ジャカルタ時間", "Jakarta time"),
    ("Asia/Singapore", "シンガポール時間", "Singapore time"),
    ("Asia/Shanghai", "中国時間", "China time"),
    ("Asia/Hong_Kong", "香港時間", "Hong Kong time"),
    ("Asia/Taipei", "台湾時間", "Taiwan time"),
    ("Asia/Seoul", "韓国時間", "Korea time"),
    ("Asia/Tokyo", "日本時間", "Japan time"),
    ("Australia/Sydney", "シドニー時間", "Sydney time"),
    ("Pacific/Auckland", "ニュージーランド時間", "New Zealand time"),
];

/// The locale dates are written in: the first browser language of the
/// app's language (so "en-GB" writes "Friday 4 December" and "en-US"
/// "Friday, December 4"), else the language alone.
pub fn pick_locale<'a>(lang: Lang, browser: impl IntoIterator<Item = &'a str>) -> String {
    browser
        .into_iter()
        .map(str::trim)
        .find(|tag| Lang::from_code(tag) == Some(lang))
        .map_or_else(|| lang.code().to_string(), str::to_string)
}

/// A locale's week: the day it starts on and its weekend, as ISO weekdays
/// (1 = Monday … 7 = Sunday), from `Intl.Locale`'s week info.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekRule {
    pub first_day: u8,
    pub weekend: Vec<u8>,
}

impl Default for WeekRule {
    /// ISO 8601's, for a browser that cannot tell.
    fn default() -> Self {
        WeekRule { first_day: 1, weekend: vec![6, 7] }
    }
}

impl WeekRule {
    /// From the browser's answer; anything out of range falls back to the default's part.
    pub fn new(first_day: Option<u8>, weekend: Option<Vec<u8>>) -> WeekRule {
        let base = WeekRule::default();
        WeekRule {
            first_day: first_day.filter(|d| (1..=7).contains(d)).unwrap_or(base.first_day),
            weekend: weekend.filter(|w| w.iter().all(|d| (1..=7).contains(d))).unwrap_or(base.weekend),
        }
    }

    pub fn is_weekend(&self, weekday: u8) -> bool {
        self.weekend.contains(&weekday)
    }
}

/// Minutes east of UTC from `Intl`'s `longOffset` name: "GMT+09:00",
/// "GMT-05:00", "GMT+05:45", or plain "GMT" for zero.
pub fn parse_gmt_offset(name: &str) -> Option<i32> {
    let rest = name.trim().strip_prefix("GMT").or_else(|| name.trim().strip_prefix("UTC"))?;
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, rest) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' => (-1, &rest[1..]),
        '−' => (-1, &rest['−'.len_utf8()..]),
        _ => return None,
    };
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "0"));
    fn digits(s: &str) -> Option<i32> {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    }
    let (hours, minutes) = (digits(hours)?, digits(minutes)?);
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

/// "GMT+9", "GMT+5:30", "GMT−5" (a true minus sign), "GMT" at zero.
pub fn format_offset(minutes: i32) -> String {
    if minutes == 0 {
        return "GMT".to_string();
    }
    let sign = if minutes < 0 { '−' } else { '+' };
    let (h, m) = (minutes.abs() / 60, minutes.abs() % 60);
    if m == 0 {
        format!("GMT{sign}{h}")
    } else {
        format!("GMT{sign}{h}:{m:02}")
    }
}

/// "日本時間" / "New York time": the table's name, else the city of the id
/// ("America/Argentina/Buenos_Aires" → "Buenos Aires time"), else the id.
pub fn zone_name(lang: Lang, zone: &str) -> String {
    if let Some(&(_, ja, en)) = ZONE_NAMES.iter().find(|(id, _, _)| *id == zone) {
        return if lang == Lang::Ja { ja } else { en }.to_string();
    }
    match zone.rsplit_once('/') {
        Some((_, city)) if !city.is_empty() => {
            format(text(lang, Key::ZoneCityTime), &[("city", &city.replace('_', " "))])
        }
        _ => zone.to_string(),
    }
}

/// "日本時間（GMT+9）" / "New York time (GMT−5)": the zone's name and its
/// offset at the instant being read (the caller asks `Intl` for it).
pub fn zone_label(lang: Lang, zone: &str, offset_minutes: i32) -> String {
    let name = zone_name(lang, zone);
    if zone == "UTC" {
        return name;
    }
    format(text(lang, Key::ZoneLabel), &[("name", &name), ("offset", &format_offset(offset_minutes))])
}

/// The zone a calendar opens in: the person's profile zone, then the
/// browser's (a zone the browser does not know is skipped).
pub fn initial_zone(profile: Option<&str>, device: &str, known: impl Fn(&str) -> bool) -> String {
    profile
        .map(str::trim)
        .filter(|z| !z.is_empty() && known(z))
        .or(Some(device).filter(|z| !z.is_empty()))
        .unwrap_or("UTC")
        .to_string()
}

/// Whose zone a choice of the zone picker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    Profile,
    Device,
    Mentor,
}

/// One choice of the zone picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneChoice {
    pub zone: String,
    /// Empty for a zone of the table that is nobody's here.
    pub whose: Vec<Whose>,
}

/// The picker's choices: the person's profile zone, this device's and the
/// mentor's first (each once, with whose it is), then the table's other
/// zones, west to east by their offset now.
pub fn zone_choices(
    profile: Option<&str>,
    device: &str,
    mentor: Option<&str>,
    offset: impl Fn(&str) -> i32,
) -> Vec<ZoneChoice> {
    let mut out: Vec<ZoneChoice> = Vec::new();
    for (zone, whose) in [(profile, Whose::Profile), (Some(device), Whose::Device), (mentor, Whose::Mentor)] {
        let Some(zone) = zone.map(str::trim).filter(|z| !z.is_empty()) else { continue };
        match out.iter_mut().find(|c| c.zone == zone) {
            Some(choice) => choice.whose.push(whose),
            None => out.push(ZoneChoice { zone: zone.to_string(), whose: vec![whose] }),
        }
    }
    let mut rest: Vec<(i32, usize, &str)> = ZONE_NAMES
        .iter()
        .enumerate()
        .filter(|(_, (id, _, _))| !out.iter().any(|c| c.zone == *id))
        .map(|(i, (id, _, _))| (offset(id), i, *id))
        .collect();
    // An insertion sort: some twenty zones, and the standard sorts cost
    // kilobytes of wasm for each element type they are used with.
    for i in 1..rest.len() {
        let mut j = i;
        while j > 0 && rest[j - 1] > rest[j] {
            rest.swap(j - 1, j);
            j -= 1;
        }
    }
    out.extend(rest.into_iter().map(|(_, _, id)| ZoneChoice { zone: id.to_string(), whose: Vec::new() }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_keep_the_browsers_region() {
        assert_eq!(pick_locale(Lang::En, ["en-GB", "en-US"]), "en-GB");
        assert_eq!(pick_locale(Lang::En, ["ja-JP", "en-US"]), "en-US", "the first of the app's language");
        assert_eq!(pick_locale(Lang::Ja, ["en-GB", "ja-JP"]), "ja-JP");
        assert_eq!(pick_locale(Lang::Ja, ["en-GB"]), "ja", "no Japanese in the browser: the language alone");
        assert_eq!(pick_locale(Lang::En, []), "en");
    }

    #[test]
    fn week_rules_fall_back_to_iso() {
        assert_eq!(WeekRule::new(Some(7), Some(vec![6, 7])), WeekRule { first_day: 7, weekend: vec![6, 7] });
        assert_eq!(WeekRule::new(Some(0), None), WeekRule::default());
        assert_eq!(WeekRule::new(Some(6), Some(vec![5, 9])).weekend, vec![6, 7]);
        let friday_saturday = WeekRule::new(Some(6), Some(vec![5, 6]));
        assert!(friday_saturday.is_weekend(5) && !friday_saturday.is_weekend(7));
    }

    #[test]
    fn offsets_read_and_written() {
        assert_eq!(parse_gmt_offset("GMT+09:00"), Some(540));
        assert_eq!(parse_gmt_offset("GMT-05:00"), Some(-300));
        assert_eq!(parse_gmt_offset("GMT+05:45"), Some(345));
        assert_eq!(parse_gmt_offset("GMT−03:30"), Some(-210));
        assert_eq!(parse_gmt_offset("GMT"), Some(0));
        assert_eq!(parse_gmt_offset("GMT+9"), Some(540));
        for bad in ["", "EST", "GMT+", "GMT+x", "GMT+09:60", "GMT+123", "GMT*09:00"] {
            assert_eq!(parse_gmt_offset(bad), None, "{bad:?}");
        }
        assert_eq!(format_offset(540), "GMT+9");
        assert_eq!(format_offset(-300), "GMT−5");
        assert_eq!(format_offset(330), "GMT+5:30");
        assert_eq!(format_offset(-210), "GMT−3:30");
        assert_eq!(format_offset(0), "GMT");
    }

    #[test]
    fn zones_as_people_name_them() {
        assert_eq!(zone_label(Lang::Ja, "Asia/Tokyo", 540), "日本時間（GMT+9）");
        assert_eq!(zone_label(Lang::En, "America/New_York", -300), "New York time (GMT−5)");
        assert_eq!(zone_label(Lang::En, "America/New_York", -240), "New York time (GMT−4)", "summer time");
        assert_eq!(zone_label(Lang::En, "Europe/London", 0), "London time (GMT)");
        assert_eq!(zone_label(Lang::Ja, "UTC", 0), "協定世界時（UTC）");
        // Outside the table: the id's city.
        assert_eq!(zone_label(Lang::En, "America/Argentina/Buenos_Aires", -180), "Buenos Aires time (GMT−3)");
        assert_eq!(zone_label(Lang::Ja, "Asia/Kathmandu", 345), "Kathmandu 時間（GMT+5:45）");
        assert_eq!(zone_name(Lang::En, "EST5EDT"), "EST5EDT", "no city: the id itself");
        for (id, ja, en) in ZONE_NAMES {
            assert!(!ja.is_empty() && !en.is_empty() && id.len() > 2, "{id}");
        }
    }

    #[test]
    fn the_profile_zone_comes_first() {
        let known = |z: &str| z.contains('/') || z == "UTC";
        assert_eq!(initial_zone(Some("Asia/Tokyo"), "America/New_York", known), "Asia/Tokyo");
        assert_eq!(initial_zone(Some(""), "America/New_York", known), "America/New_York");
        assert_eq!(
            initial_zone(Some("Mars/Olympus"), "Europe/London", |z| z != "Mars/Olympus"),
            "Europe/London"
        );
        assert_eq!(initial_zone(None, "Europe/London", known), "Europe/London");
        assert_eq!(initial_zone(None, "", known), "UTC");
    }

    #[test]
    fn the_pickers_choices() {
        let offset = |z: &str| ZONE_NAMES.iter().position(|(id, _, _)| *id == z).unwrap_or(0) as i32;
        let choices = zone_choices(Some("Asia/Tokyo"), "America/New_York", Some("Asia/Tokyo"), offset);
        assert_eq!(
            choices[0],
            ZoneChoice { zone: "Asia/Tokyo".into(), whose: vec![Whose::Profile, Whose::Mentor] }
        );
        assert_eq!(choices[1], ZoneChoice { zone: "America/New_York".into(), whose: vec![Whose::Device] });
        assert_eq!(choices.len(), ZONE_NAMES.len(), "each zone once");
        assert!(choices[2..].iter().all(|c| c.whose.is_empty()));
        assert_eq!(choices[2].zone, "Pacific/Honolulu", "the others west to east");
        // A zone outside the table is offered when it is someone's.
        let choices = zone_choices(None, "Asia/Kathmandu", None, offset);
        assert_eq!(choices[0].zone, "Asia/Kathmandu");
        assert_eq!(choices.len(), ZONE_NAMES.len() + 1);
    }
}
