//! A mentor's free times for one week, read at a glance: seven day columns
//! in the zone the viewer picked (a day strip and one day's times when the
//! calendar is phone-narrow), today marked, past days closed, empty
//! weekends folded, the slot length said before choosing. Slots are toggle
//! buttons with one tab stop among them (arrow keys, Home and End move;
//! Enter and Space choose). The week, the zone and the slots are the
//! caller's; the calendar reports which week and zone the user wants and
//! which slot they chose.

mod days;
mod strip;
mod toolbar;
mod zone;

use leptos::prelude::*;
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::slots::Interval;

use self::days::Days;
use self::strip::DayStrip;
use self::toolbar::Toolbar;
pub use self::zone::ZonePicker;
use crate::components::ErrorState;
use crate::i18n::{tr, use_i18n, Key, Lang};
use crate::intl::{self, Clock};
use crate::state::calendar::{by_day, day_marks, day_of, first_day_shown, week_start, DayMark};
use crate::state::Remote;

/// The slots of the week shown, in time order, and where each day's run starts.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct WeekView {
    pub slots: Vec<Interval>,
    /// `slots[days[d]..days[d + 1]]` are day `d`'s (the week's first day = 0).
    pub days: [usize; 8],
    /// The mentor's zone.
    pub time_zone: String,
    /// The zone the week is read in.
    pub zone: String,
    pub marks: [DayMark; 7],
}

impl WeekView {
    /// The day (0–6) slot `i` is on.
    pub fn day_of_slot(&self, i: usize) -> usize {
        (0..7).find(|&d| self.days[d] <= i && i < self.days[d + 1]).unwrap_or(0)
    }
}

fn week_view(answer: &MentorSlots, start: i64, zone: &str, lang: Lang) -> WeekView {
    let clock = Clock::of(zone);
    let offset = |t| clock.offset(t);
    let groups = by_day(&answer.slots, start, &offset);
    let mut view =
        WeekView { time_zone: answer.time_zone.clone(), zone: zone.to_string(), ..Default::default() };
    for (d, group) in groups.iter().enumerate() {
        view.slots.extend(group.iter().map(|&i| answer.slots[i]));
        view.days[d + 1] = view.slots.len();
    }
    let free = std::array::from_fn(|d| view.days[d + 1] - view.days[d]);
    view.marks = day_marks(start, today(zone), free, &intl::week_rule(lang));
    view
}

#[component]
pub fn WeekCalendar(
    /// The first day of the week shown, a local day number in `zone`
    /// (see [`week_of`]).
    #[prop(into)]
    start: Signal<i64>,
    /// The IANA zone the calendar is read in.
    #[prop(into)]
    zone: Signal<String>,
    /// The mentor's slots for that week.
    #[prop(into)]
    slots: Signal<Remote<MentorSlots>>,
    /// The chosen slot's start (Unix seconds).
    #[prop(into)]
    chosen: Signal<Option<i64>>,
    #[prop(into)] on_choose: Callback<Interval>,
    /// Asks for another week (its first day).
    #[prop(into)]
    on_week: Callback<i64>,
    /// Asks for another zone (its IANA id).
    #[prop(into)]
    on_zone: Callback<String>,
    /// The person's profile zone, offered first in the zone picker.
    #[prop(optional_no_strip)]
    profile_zone: Option<String>,
    #[prop(into)] on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let week = Memo::new(move |_| {
        let (start, zone, lang) = (start.get(), zone.get(), i18n.lang());
        slots.with(|s| s.ready().map(|a| week_view(a, start, &zone, lang)).unwrap_or_default())
    });
    // The day a phone shows: the one tapped, else the chosen slot's, else
    // the first with times. A new week starts over.
    let picked = RwSignal::new(None::<usize>);
    // The slot the arrow keys moved to, shared with the day strip.
    let active = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        week.track();
        picked.set(None);
        active.set(None);
    });
    let shown = Memo::new(move |_| {
        week.with(|w| {
            let chosen_day = chosen
                .get()
                .and_then(|t| w.slots.iter().position(|s| s.start.timestamp() == t))
                .map(|i| w.day_of_slot(i));
            picked.get().unwrap_or_else(|| first_day_shown(&w.marks, chosen_day))
        })
    });
    let on_show = Callback::new(move |d: usize| {
        picked.set(Some(d));
        active.set(None);
    });
    let mentor_zone = Signal::derive(move || slots.with(|s| s.ready().map(|a| a.time_zone.clone())));
    let second_line = move || {
        let lang = i18n.lang();
        let zone = zone.get();
        mentor_zone.get().filter(|m| !m.is_empty() && *m != zone).map(|m| {
            let label = Clock::of(&m).label(lang, intl::now());
            view! { <p class="cal-zone-note">{i18n.tf(Key::CalSecondLine, &[("zone", &label)])}</p> }
        })
    };

    let state = move || match slots.get() {
        Remote::Loading => view! {
            <CalendarSkeleton />
            <p class="visually-hidden" role="status">{tr(Key::CalLoading)}</p>
        }
        .into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry /> }.into_any(),
        Remote::Ready(a) if week.with(|w| w.slots.is_empty()) => {
            let key = match (a.next_available.is_some(), a.no_times) {
                (true, _) => Key::CalWeekEmpty,
                (false, true) => Key::CalNoTimesYet,
                (false, false) => Key::CalNoneAhead,
            };
            view! { <p class="cal-empty">{tr(key)}</p> }.into_any()
        }
        Remote::Ready(_) => ().into_any(),
    };
    let label = Signal::derive(move || toolbar::week_label(i18n.lang(), start.get()));

    view! {
        <div class="calendar">
            <Toolbar start label slots zone on_week />
            <div class="cal-zone-row">
                <ZonePicker zone profile=profile_zone mentor=mentor_zone on_zone />
                {second_line}
            </div>
            <div class="cal-body" aria-busy=move || matches!(slots.get(), Remote::Loading).to_string()>
                {state}
                <div
                    class="cal-grid"
                    role="group"
                    hidden=move || slots.with(|s| s.ready().is_none())
                    aria-label=move || i18n.tf(Key::CalSlots, &[("week", &label.get())])
                >
                    <DayStrip week start shown on_show />
                    <Days week start chosen shown active on_choose on_show />
                </div>
            </div>
        </div>
    }
}

/// Placeholder columns while a week loads, like People's skeleton cards:
/// hidden from assistive technology, which hears a status instead.
#[component]
pub fn CalendarSkeleton() -> impl IntoView {
    let columns = (0..7)
        .map(|d| {
            let bars = (0..(1 + d % 3))
                .map(|_| view! { <span class="skeleton skeleton-slot"></span> })
                .collect_view();
            view! {
                <div class="cal-skeleton-day">
                    <span class="skeleton skeleton-line w-60"></span>
                    {bars}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="cal-skeleton" aria-hidden="true">
            <div class="cal-skeleton-days">{columns}</div>
            // Phone-narrow: the strip above, one day's times below.
            <div class="cal-skeleton-list">
                <span class="skeleton skeleton-slot"></span>
                <span class="skeleton skeleton-slot"></span>
            </div>
        </div>
    }
}

/// Today, as a local day number in `zone`.
pub fn today(zone: &str) -> i64 {
    let clock = Clock::of(zone);
    day_of(intl::now(), &|t| clock.offset(t))
}

/// The first day of the week `day` is in, as `lang`'s locale starts weeks.
pub fn week_of(day: i64, lang: Lang) -> i64 {
    week_start(day, intl::week_rule(lang).first_day)
}

/// The week of an instant, read in `zone`.
pub fn week_of_instant(t: i64, zone: &str, lang: Lang) -> i64 {
    let clock = Clock::of(zone);
    week_of(day_of(t, &|t| clock.offset(t)), lang)
}
