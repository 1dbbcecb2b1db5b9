//! Dates and times for people, from the browser: zones and their rules come
//! from `Intl` and `Date`, so no time-zone database ships with the app, and
//! dates are written in the browser's full locale ("en-GB", "en-US").
//! Pure calendar arithmetic is in [`crate::state::calendar`], zone names
//! and the locale choice in [`crate::state::locale`].

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Lang;
use crate::state::locale::{self, parse_gmt_offset, WeekRule};

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

/// The locale dates are written in for `lang`: the browser's own tag for
/// that language ("en-GB"), else the language alone.
pub fn locale(lang: Lang) -> String {
    let nav = web_sys::window().map(|w| w.navigator());
    let tags: Vec<String> =
        nav.map(|n| n.languages().iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default();
    locale::pick_locale(lang, tags.iter().map(String::as_str))
}

/// The week of `lang`'s locale (Sunday first in en-US and ja-JP, Monday in
/// en-GB), from `Intl.Locale`'s week info; ISO's where the browser has none.
pub fn week_rule(lang: Lang) -> WeekRule {
    let info = (|| {
        let ctor = intl_constructor("Locale")?;
        let loc = Reflect::construct(&ctor, &Array::of1(&locale(lang).into())).ok()?;
        // `getWeekInfo()` now; the older `weekInfo` accessor before it.
        let getter = Reflect::get(&loc, &"getWeekInfo".into()).ok()?;
        match getter.dyn_ref::<Function>() {
            Some(f) => f.call0(&loc).ok(),
            None => Reflect::get(&loc, &"weekInfo".into()).ok().filter(|v| v.is_object()),
        }
    })();
    let Some(info) = info else { return WeekRule::default() };
    let day = |v: JsValue| v.as_f64().map(|d| d as u8);
    let first = Reflect::get(&info, &"firstDay".into()).ok().and_then(day);
    let weekend = Reflect::get(&info, &"weekend".into())
        .ok()
        .filter(Array::is_array)
        .map(|v| Array::from(&v).iter().filter_map(day).collect());
    WeekRule::new(first, weekend)
}

/// `Intl[name]`, a constructor.
fn intl_constructor(name: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()
}

/// An `Intl.DateTimeFormat`, or `None` where the browser refuses the
/// options (an unknown zone throws a `RangeError`, which must not abort the app).
fn date_time_format(locale: &str, options: &Object) -> Option<Intl::DateTimeFormat> {
    let ctor = intl_constructor("DateTimeFormat")?;
    let args = Array::of2(&locale.into(), options);
    Reflect::construct(&ctor, &args).ok().map(JsCast::unchecked_into)
}

/// Whether the browser knows a zone by this name.
pub fn is_known_zone(zone: &str) -> bool {
    Clock::new(zone).is_some()
}

/// A time zone's clock, for the week calendar: its offset at any instant,
/// and its name as people say it.
#[derive(Clone)]
pub struct Clock {
    pub zone: String,
    offsets: Intl::DateTimeFormat,
}

impl PartialEq for Clock {
    fn eq(&self, other: &Clock) -> bool {
        self.zone == other.zone
    }
}

impl Clock {
    /// `None` for a zone the browser does not know.
    pub fn new(zone: &str) -> Option<Clock> {
        let options = Object::new();
        let _ = Reflect::set(&options, &"timeZone".into(), &zone.into());
        let _ = Reflect::set(&options, &"timeZoneName".into(), &"longOffset".into());
        let offsets = date_time_format("en-US", &options)?;
        Some(Clock { zone: zone.to_string(), offsets })
    }

    /// The clock of `zone`, made once per zone and kept (a formatter costs
    /// more than reading it); UTC's for a zone the browser does not know.
    pub fn of(zone: &str) -> Clock {
        thread_local! {
            static CLOCKS: std::cell::RefCell<Vec<Clock>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        CLOCKS.with(|clocks| {
            if let Some(c) = clocks.borrow().iter().find(|c| c.zone == zone) {
                return c.clone();
            }
            let made = Clock::new(zone).or_else(|| Clock::new("UTC"));
            let Some(clock) = made else {
                return Clock {
                    zone: zone.to_string(),
                    offsets: Intl::DateTimeFormat::new(&Array::new(), &Object::new()),
                };
            };
            let clock = Clock { zone: zone.to_string(), ..clock };
            clocks.borrow_mut().push(clock.clone());
            clock
        })
    }

    /// Minutes east of UTC at an instant (Unix seconds).
    pub fn offset(&self, t: i64) -> i32 {
        let date = Date::new(&JsValue::from_f64(t as f64 * 1000.0));
        self.offsets
            .format_to_parts(&date)
            .iter()
            .find(|part| {
                Reflect::get(part, &"type".into()).ok().and_then(|v| v.as_string()).as_deref()
                    == Some("timeZoneName")
            })
            .and_then(|part| Reflect::get(&part, &"value".into()).ok()?.as_string())
            .and_then(|name| parse_gmt_offset(&name))
            .unwrap_or(0)
    }

    /// "日本時間（GMT+9）" / "New York time (GMT−5)", with the offset at `t`.
    pub fn label(&self, lang: Lang, t: i64) -> String {
        locale::zone_label(lang, &self.zone, self.offset(t))
    }
}

/// What a formatter writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// 12月1日(火) / Tuesday, December 1 (en-US) / Tuesday 1 December (en-GB)
    Date,
    /// 12:00 (24-hour clock)
    Time,
    /// 22:00 (月) / Mon 22:00: someone else's clock, where the day may differ.
    WeekdayTime,
    /// 火 / Tue
    Weekday,
    /// 12/1 / Dec 1 (en-US) / 1 Dec (en-GB)
    ShortDate,
    /// 12月1日(火) / Tue, Dec 1 (en-US) / Tue 1 Dec (en-GB): a date on a card.
    ShortWeekdayDate,
    /// 1日 / 1
    DayOfMonth,
}

/// One `Intl.DateTimeFormat`, for a language, a style and a zone (the
/// viewer's when `None`).
pub struct Format(Option<Function>);

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
            Style::DayOfMonth => set("day", "numeric"),
            Style::ShortDate => {
                set("month", if en { "short" } else { "numeric" });
                set("day", "numeric");
            }
            Style::ShortWeekdayDate => {
                set("month", "short");
                set("day", "numeric");
                set("weekday", "short");
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
        let locale = locale(lang);
        let format = zone
            .and_then(|zone| {
                set("timeZone", zone);
                date_time_format(&locale, &options)
            })
            .or_else(|| {
                // An unknown zone: the viewer's clock rather than nothing.
                let _ = Reflect::delete_property(&options, &"timeZone".into());
                date_time_format(&locale, &options)
            });
        Format(format.map(|f| f.format()))
    }

    /// An instant in Unix seconds.
    pub fn at(&self, t: i64) -> String {
        let Some(format) = &self.0 else { return String::new() };
        let date = Date::new(&JsValue::from_f64(t as f64 * 1000.0));
        format.call1(&JsValue::NULL, &date).ok().and_then(|s| s.as_string()).unwrap_or_default()
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
