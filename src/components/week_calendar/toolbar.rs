//! Above the week: ‹ the week › to page, "first free time" to jump, and the
//! slot length, said before anything is chosen.

use leptos::prelude::*;
use naname_contract::one_on_ones::MentorSlots;

use super::{today, week_of, week_of_instant};
use crate::i18n::{tr, use_i18n, Key, Lang};
use crate::intl::{self, Clock, Format, Style};
use crate::state::calendar::{week_bounds, DAY};
use crate::state::Remote;

#[component]
pub(super) fn Toolbar(
    start: Signal<i64>,
    label: Signal<String>,
    slots: Signal<Remote<MentorSlots>>,
    zone: Signal<String>,
    on_week: Callback<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The first free time, from the answer for this week (or the first
    // answer seen): a later week's `next_available` is only that week's.
    let first_free = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        let next = slots.with(|s| s.ready().map(|a| a.next_available.map(|t| t.timestamp())));
        if let Some(next) = next {
            let this_week = week_of(today(&zone.get_untracked()), i18n.lang_untracked());
            if start.get_untracked() == this_week || first_free.get_untracked().is_none() {
                first_free.set(next);
            }
        }
    });
    // Where the buttons go: the week before, the week after, the first free one.
    let targets = Memo::new(move |_| {
        let (start, zone, lang) = (start.get(), zone.get(), i18n.lang());
        let until = slots.with(|s| s.ready().map(|a| a.bookable_until.timestamp()));
        let clock = Clock::of(&zone);
        let first_day = intl::week_rule(lang).first_day;
        let (first, last) = week_bounds(intl::now(), until, &|t| clock.offset(t), first_day);
        let prev = Some(start - 7).filter(|&p| p >= first);
        let next = Some(start + 7).filter(|&n| n <= last);
        let free = first_free.get().map(|t| week_of_instant(t, &zone, lang));
        [prev, next, free].map(|t| t.filter(|&t| t != start))
    });
    let go = move |n: usize| {
        move |_| {
            if let Some(t) = targets.with_untracked(|t| t[n]) {
                on_week.run(t);
            }
        }
    };
    let length = move || {
        slots.with(|s| s.ready().map(|a| a.slot_minutes)).map(|n| {
            let n = n.to_string();
            view! {
                <p class="cal-length">
                    <svg class="cal-length-icon" viewBox="0 0 24 24" aria-hidden="true">
                        <circle cx="12" cy="13" r="7.5" fill="none" stroke="currentColor" stroke-width="1.8"></circle>
                        <path d="M12 9v4l2.5 2M10 3h4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
                    </svg>
                    <span>{move || i18n.tf(Key::CalSlotLength, &[("n", &n)])}</span>
                </p>
            }
        })
    };

    view! {
        <div class="cal-toolbar">
            <div class="cal-pager">
                <button
                    type="button"
                    class="cal-step"
                    aria-label=tr(Key::CalPrevWeek)
                    title=tr(Key::CalPrevWeek)
                    disabled=move || targets.with(|t| t[0].is_none())
                    on:click=go(0)
                >
                    <Chevron left=true />
                </button>
                <p class="cal-week" aria-live="polite">{label}</p>
                <button
                    type="button"
                    class="cal-step"
                    aria-label=tr(Key::CalNextWeek)
                    title=tr(Key::CalNextWeek)
                    disabled=move || targets.with(|t| t[1].is_none())
                    on:click=go(1)
                >
                    <Chevron left=false />
                </button>
            </div>
            <button
                type="button"
                class="btn btn-quiet btn-sm cal-first"
                disabled=move || targets.with(|t| t[2].is_none())
                on:click=go(2)
            >
                {tr(Key::CalFirstFree)}
            </button>
            {length}
        </div>
    }
}

#[component]
fn Chevron(left: bool) -> impl IntoView {
    let d = if left { "M14.5 6l-6 6 6 6" } else { "M9.5 6l6 6-6 6" };
    view! {
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d=d fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>
        </svg>
    }
}

/// "11/29〜12/5" / "29 Nov – 5 Dec" (en-GB) / "Nov 29 – Dec 5" (en-US).
pub(super) fn week_label(lang: Lang, start: i64) -> String {
    let f = Format::new(lang, Style::ShortDate, Some("UTC"));
    let dash = if lang == Lang::En { " – " } else { "〜" };
    format!("{}{}{}", f.at(start * DAY + DAY / 2), dash, f.at((start + 6) * DAY + DAY / 2))
}
