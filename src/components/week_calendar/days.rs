//! The seven days of the week shown: each with its slots, or closed (past),
//! or "no times"; an empty weekend day folded narrow. One roving tab stop
//! among the slots; on a phone only the day shown is on screen, and the
//! arrow keys carry it along.

use leptos::ev::KeyboardEvent;
use leptos::html::Button;
use leptos::prelude::*;
use naname_contract::slots::Interval;

use super::WeekView;
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl::{Clock, Format, Style};
use crate::state::calendar::{move_focus, rfc3339, DAY};

#[component]
pub(super) fn Days(
    week: Memo<WeekView>,
    start: Signal<i64>,
    chosen: Signal<Option<i64>>,
    /// The day on screen when the calendar is phone-narrow.
    shown: Memo<usize>,
    /// The slot the arrow keys moved to.
    active: RwSignal<Option<usize>>,
    on_choose: Callback<Interval>,
    on_show: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The one tab stop: the slot moved to, else the chosen one on the day
    // shown, else that day's first, else the chosen one, else the first.
    let stop = Memo::new(move |_| {
        week.with(|w| {
            let chosen = chosen.get().and_then(|t| w.slots.iter().position(|s| s.start.timestamp() == t));
            let day = shown.get();
            let first_of_day = (w.days[day] < w.days[day + 1]).then_some(w.days[day]);
            active
                .get()
                .filter(|&i| i < w.slots.len())
                .or(chosen.filter(|&i| w.day_of_slot(i) == day))
                .or(first_of_day)
                .or(chosen)
                .unwrap_or(0)
        })
    });
    let buttons = StoredValue::new(Vec::<NodeRef<Button>>::new());
    let choose = move |i: usize| {
        active.set(Some(i));
        if let Some(slot) = week.with_untracked(|w| w.slots.get(i).copied()) {
            on_choose.run(slot);
        }
    };
    let on_key = move |i: usize, ev: KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            // Chosen here, not by the click the browser would add.
            ev.prevent_default();
            if !ev.repeat() {
                choose(i);
            }
            return;
        }
        let len = week.with_untracked(|w| w.slots.len());
        let Some(next) = move_focus(i, len, &key) else { return };
        ev.prevent_default();
        active.set(Some(next));
        // On a phone the next slot may be on a day not on screen yet: show
        // it, and focus once it is rendered.
        let day = week.with_untracked(|w| w.day_of_slot(next));
        if day != shown.get_untracked() {
            on_show.run(day);
            active.set(Some(next));
        }
        let Some(button) = buttons.with_value(|b| b.get(next).and_then(|r| r.get_untracked())) else {
            return;
        };
        let _ = button.focus();
        if web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).as_ref()
            != Some(button.as_ref())
        {
            request_animation_frame(move || {
                let _ = button.focus();
            });
        }
    };

    move || {
        let lang = i18n.lang();
        let start = start.get();
        week.with(|w| {
            let formats = Formats::new(lang, w);
            let refs: Vec<NodeRef<Button>> = w.slots.iter().map(|_| NodeRef::new()).collect();
            buttons.set_value(refs.clone());
            let days = (0..7).map(|d| {
                let noon = (start + d as i64) * DAY + DAY / 2;
                let mark = w.marks[d];
                let range = w.days[d]..w.days[d + 1];
                let today = mark.today.then(|| view! { <span class="cal-today">{tr(Key::CalToday)}</span> });
                let head = view! {
                    <p class="cal-day-head">
                        <span class="cal-wd">{formats.weekday.at(noon)}</span>
                        <span class="cal-date">{formats.short.at(noon)}</span>
                        {today}
                    </p>
                };
                let body = if !range.is_empty() {
                    let slots = range
                        .map(|i| {
                            let slot = w.slots[i];
                            let start = slot.start.timestamp();
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="slot"
                                        node_ref=refs[i]
                                        data-start=rfc3339(start)
                                        aria-label=formats.label(lang, &slot)
                                        aria-pressed=move || (chosen.get() == Some(start)).to_string()
                                        tabindex=move || if stop.get() == i { "0" } else { "-1" }
                                        on:click=move |_| choose(i)
                                        on:keydown=move |ev| on_key(i, ev)
                                    >
                                        <span class="slot-time">{formats.time.at(start)}</span>
                                        {formats.theirs.as_ref().map(|f| {
                                            view! {
                                                <span class="slot-alt">
                                                    <span class="slot-alt-who">{text(lang, Key::CalMentorShort)}</span>
                                                    {f.at(start)}
                                                </span>
                                            }
                                        })}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view();
                    view! { <ul class="cal-slots">{slots}</ul> }.into_any()
                } else if mark.past {
                    view! { <p class="cal-none cal-closed">{tr(Key::CalPast)}</p> }.into_any()
                } else if mark.collapsed {
                    view! {
                        <p class="cal-none">
                            <span aria-hidden="true">"–"</span>
                            <span class="visually-hidden">{tr(Key::CalNoTimes)}</span>
                        </p>
                    }
                    .into_any()
                } else {
                    view! { <p class="cal-none">{tr(Key::CalNoTimes)}</p> }.into_any()
                };
                view! {
                    <div
                        class="cal-day"
                        class:is-empty=range_empty(w, d)
                        class:is-past=mark.past
                        class:is-today=mark.today
                        class:is-collapsed=mark.collapsed
                        class:is-shown=move || shown.get() == d
                    >
                        {head}
                        {body}
                    </div>
                }
            });
            view! { <div class="cal-days">{days.collect_view()}</div> }
        })
    }
}

fn range_empty(w: &WeekView, d: usize) -> bool {
    w.days[d] == w.days[d + 1]
}

/// The formatters a week needs, made once per render.
struct Formats {
    weekday: Format,
    short: Format,
    time: Format,
    date: Format,
    zone: String,
    /// The mentor's clock and zone, when it is not the one shown.
    theirs: Option<Format>,
    other: Option<String>,
}

impl Formats {
    fn new(lang: Lang, week: &WeekView) -> Formats {
        let zone = week.zone.as_str();
        let other = (!week.time_zone.is_empty() && week.time_zone != zone).then(|| week.time_zone.clone());
        Formats {
            weekday: Format::new(lang, Style::Weekday, Some("UTC")),
            short: Format::new(lang, Style::ShortDate, Some("UTC")),
            time: Format::new(lang, Style::Time, Some(zone)),
            date: Format::new(lang, Style::Date, Some(zone)),
            zone: zone.to_string(),
            theirs: other.as_deref().map(|zone| Format::new(lang, Style::WeekdayTime, Some(zone))),
            other,
        }
    }

    /// "12月1日(火) 12:00〜12:30 日本時間（GMT+9）", and the mentor's clock,
    /// named as theirs, when their zone differs.
    fn label(&self, lang: Lang, slot: &Interval) -> String {
        let (start, end) = (slot.start.timestamp(), slot.end.timestamp());
        let (sep, dash) = if lang == Lang::En { (", ", "–") } else { (" ", "〜") };
        let mut label = format!(
            "{}{sep}{}{dash}{} {}",
            self.date.at(start),
            self.time.at(start),
            self.time.at(end),
            Clock::of(&self.zone).label(lang, start)
        );
        if let (Some(zone), Some(f)) = (&self.other, &self.theirs) {
            let theirs = crate::i18n::format(
                text(lang, Key::CalMentorTime),
                &[("time", &f.at(start)), ("zone", &Clock::of(zone).label(lang, start))],
            );
            label.push_str(if lang == Lang::En { "; " } else { "、" });
            label.push_str(&theirs);
        }
        label
    }
}
