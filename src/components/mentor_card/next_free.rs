//! The card's "Next free: Tue 9 Dec" line, that nothing is free, or that
//! the mentor has set no 1on1 times yet.

use leptos::prelude::*;
use naname_contract::mentors::NextFree;

use crate::i18n::{format, text, use_i18n, Key, Lang};
use crate::intl::{now, viewer_offset, Format, Style};
use crate::state::calendar::rfc3339;
use crate::state::next_free::{day, Day};

/// The date part of the line: today, tomorrow, or the date, on the viewer's calendar.
pub fn when(lang: Lang, start: i64, now: i64) -> String {
    match day(start, now, &|t| viewer_offset(t)) {
        Day::Today => text(lang, Key::NextFreeToday).to_string(),
        Day::Tomorrow => text(lang, Key::NextFreeTomorrow).to_string(),
        Day::Date => Format::new(lang, Style::ShortWeekdayDate, None).at(start),
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
            None if n.no_times => view! {
                <p class="next-free is-full">{text(lang, Key::NoTimesYet)}</p>
            }
            .into_any(),
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
