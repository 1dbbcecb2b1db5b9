//! The card's "Next free: Tue 9 Dec" line, or that nothing is free.

use js_sys::{Array, Date, Intl, Object, Reflect};
use leptos::prelude::*;
use naname_contract::mentors::NextFree;
use wasm_bindgen::JsValue;

use crate::i18n::{format, text, use_i18n, Key, Lang};
use crate::intl::{now, viewer_offset};
use crate::state::calendar::rfc3339;
use crate::state::next_free::{day, Day};

/// "Tue 9 Dec" (en-GB), "Tue, Dec 9" (en-US), "12月9日(火)": short enough
/// for a card, in the browser's own English when it reads English.
fn short_date(lang: Lang, t: i64) -> String {
    let locale = match lang {
        Lang::Ja => "ja".to_string(),
        Lang::En => web_sys::window()
            .and_then(|w| w.navigator().language())
            .filter(|l| l.to_ascii_lowercase().starts_with("en"))
            .unwrap_or_else(|| "en".into()),
    };
    let options = Object::new();
    for (k, v) in [("weekday", "short"), ("month", "short"), ("day", "numeric")] {
        let _ = Reflect::set(&options, &k.into(), &v.into());
    }
    let format = Intl::DateTimeFormat::new(&Array::of1(&locale.into()), &options).format();
    let date = Date::new(&JsValue::from_f64(t as f64 * 1000.0));
    format.call1(&JsValue::NULL, &date).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// The date part of the line: today, tomorrow, or the date, on the viewer's calendar.
pub fn when(lang: Lang, start: i64, now: i64) -> String {
    match day(start, now, viewer_offset(start), viewer_offset(now)) {
        Day::Today => text(lang, Key::NextFreeToday).to_string(),
        Day::Tomorrow => text(lang, Key::NextFreeTomorrow).to_string(),
        Day::Date => short_date(lang, start),
    }
}

#[component]
pub fn NextFreeLine(#[prop(into)] next_free: Signal<Option<NextFree>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        next_free.get().map(|n| match n.start {
            Some(start) => {
                let start = start.timestamp();
                let line = format(text(lang, Key::NextFree), &[("date", &when(lang, start, now()))]);
                view! {
                    <p class="next-free">
                        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                            <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.4"></rect>
                            <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"></path>
                        </svg>
                        <time datetime=rfc3339(start)>{line}</time>
                    </p>
                }
                .into_any()
            }
            None => view! {
                <p class="next-free is-full">
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                        <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.4"></circle>
                        <path d="M4.2 11.8l7.6-7.6" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"></path>
                    </svg>
                    {text(lang, Key::NoFreeTime)}
                </p>
            }
            .into_any(),
        })
    }
}
