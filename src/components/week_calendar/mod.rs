//! A mentor's free times for one week, in the viewer's zone: seven day
//! columns (a list of days on phones), slots as toggle buttons with one tab
//! stop among them (arrow keys, Home and End move; Enter and Space choose).
//! The week shown and the slots are the caller's; the calendar reports
//! which week the user wants and which slot they chose.

mod days;

use leptos::prelude::*;
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::slots::Interval;

use self::days::Days;
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, Key, Lang};
use crate::intl::{self, Format, Style};
use crate::state::calendar::{by_day, day_of, week_bounds, DAY};
use crate::state::Remote;

/// The slots of the week shown, in time order, and where each day's run starts.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct WeekView {
    pub slots: Vec<Interval>,
    /// `slots[days[d]..days[d + 1]]` are day `d`'s (Monday = 0).
    pub days: [usize; 8],
    pub time_zone: String,
}

fn week_view(answer: &MentorSlots, monday: i64) -> WeekView {
    let groups = by_day(&answer.slots, monday, &intl::viewer_offset);
    let mut view = WeekView { time_zone: answer.time_zone.clone(), ..Default::default() };
    for (d, group) in groups.iter().enumerate() {
        view.slots.extend(group.iter().map(|&i| answer.slots[i]));
        view.days[d + 1] = view.slots.len();
    }
    view
}

#[component]
pub fn WeekCalendar(
    /// The Monday of the week shown, as a local day number.
    #[prop(into)]
    monday: Signal<i64>,
    /// The mentor's slots for that week.
    #[prop(into)]
    slots: Signal<Remote<MentorSlots>>,
    /// The chosen slot's start (Unix seconds).
    #[prop(into)]
    chosen: Signal<Option<i64>>,
    #[prop(into)] on_choose: Callback<Interval>,
    /// Asks for another week (its Monday).
    #[prop(into)]
    on_week: Callback<i64>,
    #[prop(into)] on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let viewer = intl::viewer_zone();
    let today = this_monday();
    let week = Memo::new(move |_| {
        let monday = monday.get();
        slots.with(|s| s.ready().map(|a| week_view(a, monday)).unwrap_or_default())
    });
    // The first free week, from the answer for this week (or the first answer
    // seen): a later week's `next_available` is only that week's.
    let first_free = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        let next =
            slots.with(|s| s.ready().map(|a| a.next_available.map(|t| monday_of_instant(t.timestamp()))));
        if let Some(next) = next {
            if monday.get_untracked() == today || first_free.get_untracked().is_none() {
                first_free.set(next);
            }
        }
    });
    // Where the navigation buttons go: previous, this, next, first free week.
    let targets = Memo::new(move |_| {
        let monday = monday.get();
        let until = slots.with(|s| s.ready().map(|a| a.bookable_until.timestamp()));
        let (first, last) = week_bounds(intl::now(), until, &intl::viewer_offset);
        let prev = Some(monday - 7).filter(|&p| p >= first);
        let next = Some(monday + 7).filter(|&n| n <= last);
        [prev, Some(today), next, first_free.get()].map(|t| t.filter(|&t| t != monday))
    });
    let label = move || week_label(i18n.lang(), monday.get());
    let zone_note = {
        let viewer = viewer.clone();
        move || {
            let lang = i18n.lang();
            let mut note = i18n.tf(Key::CalZone, &[("zone", &viewer)]);
            week.with(|w| {
                if !w.time_zone.is_empty() && w.time_zone != viewer {
                    note.push_str(if lang == Lang::En { ". " } else { "。" });
                    note.push_str(&i18n.tf(Key::CalMentorZone, &[("zone", &w.time_zone)]));
                }
            });
            note
        }
    };
    let state = move || match slots.get() {
        Remote::Loading => view! { <LoadingState label=Key::CalLoading /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry /> }.into_any(),
        Remote::Ready(_) if week.with(|w| w.slots.is_empty()) => {
            let key = if targets.with(|t| t[3].is_some()) { Key::CalWeekEmpty } else { Key::CalNoneAhead };
            view! { <p class="cal-empty">{tr(key)}</p> }.into_any()
        }
        Remote::Ready(_) => ().into_any(),
    };
    let nav_button = move |n: usize, key: Key| {
        let target = move || targets.with(|t| t[n]);
        view! {
            <button
                type="button"
                class="btn btn-secondary btn-sm"
                disabled=move || target().is_none()
                on:click=move |_| {
                    if let Some(t) = target() {
                        on_week.run(t);
                    }
                }
            >
                {tr(key)}
            </button>
        }
    };

    view! {
        <div class="calendar">
            <div class="cal-toolbar">
                <p class="cal-week" aria-live="polite">{label}</p>
                <div class="cal-nav">
                    {nav_button(0, Key::CalPrevWeek)}
                    {nav_button(1, Key::CalThisWeek)}
                    {nav_button(2, Key::CalNextWeek)}
                    {nav_button(3, Key::CalFirstFree)}
                </div>
            </div>
            <p class="cal-zone">{zone_note}</p>
            <div class="cal-body" aria-busy=move || matches!(slots.get(), Remote::Loading).to_string()>
                {state}
                <div
                    class="cal-grid"
                    role="group"
                    hidden=move || slots.with(|s| s.ready().is_none())
                    aria-label=move || i18n.tf(Key::CalSlots, &[("week", &label())])
                >
                    <Days week monday chosen on_choose viewer />
                </div>
            </div>
        </div>
    }
}

/// "11/30〜12/6" / "Nov 30 – Dec 6".
fn week_label(lang: Lang, monday: i64) -> String {
    let f = Format::new(lang, Style::ShortDate, Some("UTC"));
    let dash = if lang == Lang::En { " – " } else { "〜" };
    format!("{}{}{}", f.at(monday * DAY + DAY / 2), dash, f.at((monday + 6) * DAY + DAY / 2))
}

/// The Monday of the viewer's current week.
pub fn this_monday() -> i64 {
    week_bounds(intl::now(), None, &intl::viewer_offset).0
}

/// The week of an instant in the viewer's zone.
pub fn monday_of_instant(t: i64) -> i64 {
    crate::state::calendar::monday_of(day_of(t, &intl::viewer_offset))
}
