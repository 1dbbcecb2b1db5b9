//! Dates and times for people, from the browser: the viewer's zone and its
//! rules come from `Intl` and `Date`, so no time-zone database ships with
//! the app. Pure calendar arithmetic is in [`crate::state::calendar`].

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::i18n::Lang;

/// Now, in Unix seconds.
pub fn now() -> i64 {
    (Date::now() / 1000.0) as i64
}

/// The viewer's IANA zone, e.g. `Asia/Tokyo`.
pub fn viewer_zone() -> String {
    let options = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    Reflect::get(&options, &"timeZone".into()).ok().and_then(|z| z.as_string()).unwrap_or_default()
}

/// Minutes east of UTC in the viewer's zone at an instant (Unix seconds).
pub fn viewer_offset(t: i64) -> i32 {
    -(Date::new(&JsValue::from_f64(t as f64 * 1000.0)).get_timezone_offset() as i32)
}

/// What a formatter writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// 12月1日(火) / Tuesday, December 1
    Date,
    /// 12:00 (24-hour clock)
    Time,
    /// 22:00 (月) / Mon 22:00: someone else's clock, where the day may differ.
    WeekdayTime,
    /// 火 / Tue
    Weekday,
    /// 12/1 / Dec 1
    ShortDate,
}

/// One `Intl.DateTimeFormat`, for a language, a style and a zone (the
/// viewer's when `None`).
pub struct Format(Function);

impl Format {
    pub fn new(lang: Lang, style: Style, zone: Option<&str>) -> Format {
        let en = lang == Lang::En;
        let options = Object::new();
        let set = |k: &str, v: &str| {
            let _ = Reflect::set(&options, &k.into(), &v.into());
        };
        match style {
            Style::Date => {
                set("month", "long");
                set("day", "numeric");
                set("weekday", if en { "long" } else { "short" });
            }
            Style::Weekday => set("weekday", "short"),
            Style::ShortDate => {
                set("month", if en { "short" } else { "numeric" });
                set("day", "numeric");
            }
            Style::Time | Style::WeekdayTime => {
                set("hour", "2-digit");
                set("minute", "2-digit");
                set("hourCycle", "h23");
                if style == Style::WeekdayTime {
                    set("weekday", "short");
                }
            }
        }
        if let Some(zone) = zone {
            set("timeZone", zone);
        }
        let locales = Array::of1(&lang.code().into());
        Format(Intl::DateTimeFormat::new(&locales, &options).format())
    }

    /// An instant in Unix seconds.
    pub fn at(&self, t: i64) -> String {
        let date = Date::new(&JsValue::from_f64(t as f64 * 1000.0));
        self.0.call1(&JsValue::NULL, &date).ok().and_then(|s| s.as_string()).unwrap_or_default()
    }
}

/// The zone names a page shows: the viewer's, and the other person's when it differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zones {
    pub viewer: String,
    pub other: Option<String>,
}

impl Zones {
    pub fn new(other: &str) -> Zones {
        let viewer = viewer_zone();
        let other = (!other.is_empty() && other != viewer).then(|| other.to_string());
        Zones { viewer, other }
    }
}

/// "12月1日(火) 12:00〜12:30" / "Tuesday, December 1, 12:00–12:30" in `zone`
/// (the viewer's when `None`); the zone name is the caller's to add.
pub fn span(lang: Lang, zone: Option<&str>, start: i64, end: i64) -> String {
    let date = Format::new(lang, Style::Date, zone).at(start);
    let time = Format::new(lang, Style::Time, zone);
    let (sep, dash) = if lang == Lang::En { (", ", "–") } else { (" ", "〜") };
    let mut out = date;
    out.push_str(sep);
    out.push_str(&time.at(start));
    out.push_str(dash);
    out.push_str(&time.at(end));
    out
}
