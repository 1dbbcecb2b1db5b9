//! The seven days of the week shown, each with its slots or "no times",
//! and the roving tab stop among the slots.

use leptos::ev::KeyboardEvent;
use leptos::html::Button;
use leptos::prelude::*;
use naname_contract::slots::Interval;

use super::WeekView;
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl::{Format, Style};
use crate::state::calendar::{move_focus, rfc3339, DAY};

#[component]
pub(super) fn Days(
    week: Memo<WeekView>,
    monday: Signal<i64>,
    chosen: Signal<Option<i64>>,
    on_choose: Callback<Interval>,
    viewer: String,
) -> impl IntoView {
    let i18n = use_i18n();
    // The slot the arrow keys moved to; a new week starts over.
    let active = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        week.track();
        active.set(None);
    });
    // The one tab stop: the slot moved to, else the chosen one, else the first.
    let stop = Memo::new(move |_| {
        week.with(|w| {
            active
                .get()
                .filter(|&i| i < w.slots.len())
                .or_else(|| chosen.get().and_then(|t| w.slots.iter().position(|s| s.start.timestamp() == t)))
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
        if let Some(next) = move_focus(i, len, &key) {
            ev.prevent_default();
            active.set(Some(next));
            if let Some(button) = buttons.with_value(|b| b.get(next).and_then(|r| r.get_untracked())) {
                let _ = button.focus();
            }
        }
    };

    move || {
        let lang = i18n.lang();
        let monday = monday.get();
        week.with(|w| {
            let formats = Formats::new(lang, w, &viewer);
            let refs: Vec<NodeRef<Button>> = w.slots.iter().map(|_| NodeRef::new()).collect();
            buttons.set_value(refs.clone());
            let days = (0..7).map(|d| {
                let noon = (monday + d as i64) * DAY + DAY / 2;
                let range = w.days[d]..w.days[d + 1];
                let head = view! {
                    <p class="cal-day-head">
                        <span class="cal-wd">{formats.weekday.at(noon)}</span>
                        <span class="cal-date">{formats.short.at(noon)}</span>
                    </p>
                };
                if range.is_empty() {
                    return view! {
                        <div class="cal-day is-empty">
                            {head}
                            <p class="cal-none">{tr(Key::CalNoTimes)}</p>
                        </div>
                    }
                    .into_any();
                }
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
                                    {formats.theirs.as_ref().map(|f| view! { <span class="slot-alt">{f.at(start)}</span> })}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="cal-day">
                        {head}
                        <ul class="cal-slots">{slots}</ul>
                    </div>
                }
                .into_any()
            });
            view! { <div class="cal-days">{days.collect_view()}</div> }
        })
    }
}

/// The formatters a week needs, made once per render.
struct Formats {
    weekday: Format,
    short: Format,
    time: Format,
    date: Format,
    viewer: String,
    /// The mentor's clock and zone, when it is not the viewer's.
    theirs: Option<Format>,
    other: Option<String>,
}

impl Formats {
    fn new(lang: Lang, week: &WeekView, viewer: &str) -> Formats {
        let other = (!week.time_zone.is_empty() && week.time_zone != viewer).then(|| week.time_zone.clone());
        Formats {
            weekday: Format::new(lang, Style::Weekday, Some("UTC")),
            short: Format::new(lang, Style::ShortDate, Some("UTC")),
            time: Format::new(lang, Style::Time, None),
            date: Format::new(lang, Style::Date, None),
            viewer: viewer.to_string(),
            theirs: other.as_deref().map(|zone| Format::new(lang, Style::WeekdayTime, Some(zone))),
            other,
        }
    }

    /// "12月1日(火) 12:00〜12:30 Asia/Tokyo", and the mentor's clock when
    /// their zone differs.
    fn label(&self, lang: Lang, slot: &Interval) -> String {
        let (start, end) = (slot.start.timestamp(), slot.end.timestamp());
        let (sep, dash) = if lang == Lang::En { (", ", "–") } else { (" ", "〜") };
        let mut label = format!(
            "{}{sep}{}{dash}{} {}",
            self.date.at(start),
            self.time.at(start),
            self.time.at(end),
            self.viewer
        );
        if let (Some(zone), Some(f)) = (&self.other, &self.theirs) {
            let theirs = crate::i18n::format(
                text(lang, Key::CalMentorTime),
                &[("time", &f.at(start)), ("zone", zone)],
            );
            let (open, close) = if lang == Lang::En { (" (", ")") } else { ("（", "）") };
            label.push_str(open);
            label.push_str(&theirs);
            label.push_str(close);
        }
        label
    }
}
