//! A mentor's free times for one week, in the viewer's zone: seven day
//! columns (a list of days on phones), slots as toggle buttons with one tab
//! stop among them (arrow keys, Home and End move; Enter and Space choose).
//! The week shown and the slots are the caller's; the calendar reports
//! which week the user wants and which slot they chose.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::slots::Interval;

use crate::api::ApiError;
use crate::components::dom::{self, H};
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl::{self, Format, Style};
use crate::state::calendar::{by_day, day_of, move_focus, rfc3339, week_bounds, DAY};
use crate::state::Remote;

/// The slots of the week shown, in time order, and where each day's run starts.
#[derive(Debug, Clone, PartialEq, Default)]
struct WeekView {
    slots: Vec<Interval>,
    /// `slots[days[d]..days[d + 1]]` are day `d`'s (Monday = 0).
    days: [usize; 8],
    time_zone: String,
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

#[derive(Debug, Clone, PartialEq)]
enum Body {
    Loading,
    Failed(ApiError),
    Ready,
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
    let viewer = StoredValue::new(intl::viewer_zone());
    let today = this_monday();
    // Paging limits and the first free time outlive a reload of the week.
    let limits = RwSignal::new((None::<i64>, None::<i64>));
    Effect::new(move |_| {
        slots.with(|s| {
            if let Remote::Ready(a) = s {
                let first_free = a.next_available.map(|t| monday_of_instant(t.timestamp()));
                limits.update(|(free, until)| {
                    if monday.get_untracked() == today || free.is_none() {
                        *free = first_free;
                    }
                    *until = Some(a.bookable_until.timestamp());
                });
            }
        })
    });
    // Where each navigation button goes: previous, this, next, first free week.
    let targets = Memo::new(move |_| {
        let m = monday.get();
        let (free, until) = limits.get();
        let (first, last) = week_bounds(intl::now(), until, &intl::viewer_offset);
        [Some(m - 7).filter(|&p| p >= first), Some(today), Some(m + 7).filter(|&n| n <= last), free]
            .map(|t| t.filter(|&t| t != m))
    });

    let week = Memo::new(move |_| {
        let monday = monday.get();
        slots.with(|s| s.ready().map(|a| week_view(a, monday)).unwrap_or_default())
    });
    let body = Memo::new(move |_| {
        slots.with(|s| match s {
            Remote::Loading => Body::Loading,
            Remote::Failed(e) => Body::Failed(e.clone()),
            Remote::Ready(_) => Body::Ready,
        })
    });

    // The slot holding the one tab stop: the focused one after arrow keys,
    // else the chosen one, else the week's first.
    let active = RwSignal::new(None::<usize>);
    let tab_stop = Memo::new(move |_| {
        let starts: Vec<i64> = week.with(|w| w.slots.iter().map(|s| s.start.timestamp()).collect());
        active
            .get()
            .filter(|&i| i < starts.len())
            .or_else(|| chosen.get().and_then(|c| starts.iter().position(|&s| s == c)))
            .unwrap_or(0)
    });

    let grid = NodeRef::<leptos::html::Div>::new();
    let sync = move || {
        let Some(grid) = grid.get_untracked() else { return };
        let (chosen, stop) = (chosen.get_untracked(), tab_stop.get_untracked());
        for b in dom::find_all(&grid, "button.slot") {
            let pressed = chosen.is_some() && dom::data_num(&b, "data-t") == chosen;
            let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
            b.set_tab_index(if dom::data_num(&b, "data-index") == Some(stop as i64) { 0 } else { -1 });
        }
    };
    Effect::new(move |_| {
        let lang = i18n.lang();
        let Some(target) = grid.get() else { return };
        active.set(None);
        week.with(|w| dom::show(&target, render_week(lang, w, monday.get_untracked(), &viewer.get_value())));
        sync();
    });
    Effect::new(move |_| {
        chosen.track();
        tab_stop.track();
        sync();
    });

    let choose = move |i: usize| {
        active.set(Some(i));
        if let Some(slot) = week.with_untracked(|w| w.slots.get(i).copied()) {
            on_choose.run(slot);
        }
    };
    let index_of = |target| dom::closest(target, "button.slot").and_then(|b| dom::data_num(&b, "data-index"));
    let on_click = move |ev: MouseEvent| {
        if let Some(i) = index_of(ev.target()) {
            choose(i as usize);
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let Some(i) = index_of(ev.target()) else { return };
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            if !ev.repeat() {
                choose(i as usize);
            }
            return;
        }
        let len = week.with_untracked(|w| w.slots.len());
        if let Some(next) = move_focus(i as usize, len, &key) {
            ev.prevent_default();
            active.set(Some(next));
            dom::focus_later(format!("button.slot[data-index='{next}']"));
        }
    };

    let nav_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let targets = targets.get();
        let Some(nav) = nav_ref.get() else { return };
        for (b, t) in dom::find_all(&nav, "button").iter().zip(targets) {
            dom::set_flag(b, "disabled", t.is_none());
        }
    });
    let on_nav = move |ev: MouseEvent| {
        let Some(n) = dom::closest(ev.target(), "button").and_then(|b| dom::data_num(&b, "data-nav")) else {
            return;
        };
        if let Some(t) = targets.get_untracked().get(n as usize).copied().flatten() {
            on_week.run(t);
        }
    };
    let nav_button = |n: &'static str, key: Key| {
        view! {
            <button type="button" class="btn btn-secondary btn-sm" data-nav=n>
                {tr(key)}
            </button>
        }
    };

    let week_label = move || {
        let lang = i18n.lang();
        let monday = monday.get();
        let f = Format::new(lang, Style::ShortDate, Some("UTC"));
        let dash = if lang == Lang::En { " – " } else { "〜" };
        format!("{}{}{}", f.at(monday * DAY + DAY / 2), dash, f.at((monday + 6) * DAY + DAY / 2))
    };
    let zone_note = move || {
        let lang = i18n.lang();
        let viewer = viewer.get_value();
        let mut note = crate::i18n::format(text(lang, Key::CalZone), &[("zone", &viewer)]);
        week.with(|w| {
            if !w.time_zone.is_empty() && w.time_zone != viewer {
                note.push_str(if lang == Lang::En { ". " } else { "。" });
                note.push_str(&crate::i18n::format(
                    text(lang, Key::CalMentorZone),
                    &[("zone", &w.time_zone)],
                ));
            }
        });
        note
    };
    let state = move || match body.get() {
        Body::Loading => Some(view! { <LoadingState label=Key::CalLoading /> }.into_any()),
        Body::Failed(error) => {
            Some(view! { <ErrorState error on_retry=move |_| on_retry.run(()) /> }.into_any())
        }
        Body::Ready => None,
    };
    let empty = move || {
        let ready = body.get() == Body::Ready;
        let key = if targets.get()[3].is_some() { Key::CalWeekEmpty } else { Key::CalNoneAhead };
        (ready && week.with(|w| w.slots.is_empty())).then(|| i18n.t(key))
    };

    view! {
        <div class="calendar">
            <div class="cal-toolbar">
                <p class="cal-week" aria-live="polite">{week_label}</p>
                <div class="cal-nav" node_ref=nav_ref on:click=on_nav>
                    {nav_button("0", Key::CalPrevWeek)}
                    {nav_button("1", Key::CalThisWeek)}
                    {nav_button("2", Key::CalNextWeek)}
                    {nav_button("3", Key::CalFirstFree)}
                </div>
            </div>
            <p class="cal-zone">{zone_note}</p>
            <div class="cal-body" aria-busy=move || (body.get() == Body::Loading).to_string()>
                {state}
                <div
                    class="cal-grid"
                    role="group"
                    aria-label=move || i18n.tf(Key::CalSlots, &[("week", &week_label())])
                    hidden=move || body.get() != Body::Ready
                    node_ref=grid
                    on:click=on_click
                    on:keydown=on_key
                ></div>
                <p class="cal-empty">{empty}</p>
            </div>
        </div>
    }
}

/// The seven days of a week, each with its slots or "no times".
fn render_week(lang: Lang, week: &WeekView, monday: i64, viewer: &str) -> H {
    let other = (!week.time_zone.is_empty() && week.time_zone != viewer).then_some(week.time_zone.as_str());
    let weekday = Format::new(lang, Style::Weekday, Some("UTC"));
    let short = Format::new(lang, Style::ShortDate, Some("UTC"));
    let time = Format::new(lang, Style::Time, None);
    let date = Format::new(lang, Style::Date, None);
    let theirs = other.map(|zone| Format::new(lang, Style::WeekdayTime, Some(zone)));
    let frag = H(leptos::prelude::document().create_element("div").expect("div"));
    let frag = frag.class("cal-days");
    for d in 0..7 {
        let noon = (monday + d as i64) * DAY + DAY / 2;
        let range = week.days[d]..week.days[d + 1];
        let day = H::of("div", if range.is_empty() { "cal-day is-empty" } else { "cal-day" }).child(
            H::of("p", "cal-day-head").line("span", "cal-wd", &weekday.at(noon)).line(
                "span",
                "cal-date",
                &short.at(noon),
            ),
        );
        if range.is_empty() {
            frag.add(day.line("p", "cal-none", text(lang, Key::CalNoTimes)));
            continue;
        }
        let list = H::of("ul", "cal-slots");
        for i in range {
            let slot = &week.slots[i];
            let (start, end) = (slot.start.timestamp(), slot.end.timestamp());
            let label = slot_label(lang, &date, &time, start, end, viewer, other, theirs.as_ref());
            let mut button = H::of("button", "slot")
                .attr("type", "button")
                .attr("data-start", &rfc3339(start))
                .attr("data-t", &start.to_string())
                .attr("data-index", &i.to_string())
                .attr("aria-label", &label)
                .attr("aria-pressed", "false")
                .attr("tabindex", "-1")
                .line("span", "slot-time", &time.at(start));
            if let Some(f) = &theirs {
                button = button.line("span", "slot-alt", &f.at(start));
            }
            list.add(H::new("li").child(button));
        }
        frag.add(day.child(list));
    }
    frag
}

/// "12月1日(火) 12:00〜12:30 Asia/Tokyo", and the mentor's clock when their
/// zone differs.
#[allow(clippy::too_many_arguments)]
fn slot_label(
    lang: Lang,
    date: &Format,
    time: &Format,
    start: i64,
    end: i64,
    viewer: &str,
    other: Option<&str>,
    theirs: Option<&Format>,
) -> String {
    let (sep, dash) = if lang == Lang::En { (", ", "–") } else { (" ", "〜") };
    let mut label = format!("{}{sep}{}{dash}{} {viewer}", date.at(start), time.at(start), time.at(end));
    if let (Some(zone), Some(f)) = (other, theirs) {
        let theirs =
            crate::i18n::format(text(lang, Key::CalMentorTime), &[("time", &f.at(start)), ("zone", zone)]);
        label.push_str(if lang == Lang::En { " (" } else { "（" });
        label.push_str(&theirs);
        label.push_str(if lang == Lang::En { ")" } else { "）" });
    }
    label
}

/// The Monday of the viewer's current week.
pub fn this_monday() -> i64 {
    week_bounds(intl::now(), None, &intl::viewer_offset).0
}

/// The week of an instant in the viewer's zone.
pub fn monday_of_instant(t: i64) -> i64 {
    crate::state::calendar::monday_of(day_of(t, &intl::viewer_offset))
}
