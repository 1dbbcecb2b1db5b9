//! The week as a strip of days, for a phone-narrow calendar: a dot on each
//! day with free times, past days closed; the day tapped is the one whose
//! times show below. Hidden (by the stylesheet) where the columns fit.

use leptos::prelude::*;

use super::WeekView;
use crate::i18n::{format, text, use_i18n, Key, Lang};
use crate::intl::{Format, Style};
use crate::state::calendar::{DayMark, DAY};

/// A day's accessible name: "12月8日(火)、空き3件" / "today, Tuesday 8 December, 3 free".
fn day_name(lang: Lang, date: &str, mark: &DayMark) -> String {
    let day =
        if mark.today { format(text(lang, Key::CalDayToday), &[("day", date)]) } else { date.to_string() };
    if mark.free > 0 {
        format(text(lang, Key::CalDayFree), &[("date", &day), ("n", &mark.free.to_string())])
    } else if mark.past {
        format(text(lang, Key::CalDayPast), &[("date", &day)])
    } else {
        format(text(lang, Key::CalDayNone), &[("date", &day)])
    }
}

#[component]
pub(super) fn DayStrip(
    week: Memo<WeekView>,
    start: Signal<i64>,
    shown: Memo<usize>,
    on_show: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        let start = start.get();
        let weekday = Format::new(lang, Style::Weekday, Some("UTC"));
        let day_number = Format::new(lang, Style::DayOfMonth, Some("UTC"));
        let date = Format::new(lang, Style::Date, Some("UTC"));
        let marks = week.with(|w| w.marks);
        let days = (0..7)
            .map(|d| {
                let noon = (start + d as i64) * DAY + DAY / 2;
                let mark = marks[d];
                view! {
                    <button
                        type="button"
                        class="cal-strip-day"
                        class:is-today=mark.today
                        class:is-past=mark.past
                        aria-pressed=move || (shown.get() == d).to_string()
                        aria-label=day_name(lang, &date.at(noon), &mark)
                        disabled=mark.past && mark.free == 0
                        on:click=move |_| on_show.run(d)
                    >
                        <span class="cal-strip-wd">{weekday.at(noon)}</span>
                        <span class="cal-strip-date">{day_number.at(noon)}</span>
                        <span class="cal-dot" class:is-on={mark.free > 0} aria-hidden="true"></span>
                    </button>
                }
            })
            .collect_view();
        view! { <div class="cal-strip" role="group" aria-label=move || i18n.t(Key::CalDayPicker)>{days}</div> }
    }
}
