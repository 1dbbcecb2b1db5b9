//! A mentor's free times for one week, in the viewer's zone: seven day
//! columns (a list of days on phones), slots as toggle buttons with one tab
//! stop among them (arrow keys, Home and End move; Enter and Space choose).
//! The week shown and the slots are the caller's; the calendar reports
//! which week the user wants and which slot they chose.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::slots::Interval;

use crate::components::dom::{self, H};
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
    let auth = use_context::<crate::auth::Auth>();
    let viewer = intl::viewer_zone();
    let today = this_monday();
    // Plain state, read by the handlers; the effects below rebuild the DOM.
    #[derive(Default)]
    struct Cal {
        week: WeekView,
        /// Where the navigation buttons go: previous, this, next, first free week.
        targets: [Option<i64>; 4],
        /// The first free time, kept from this week's answer.
        first_free: Option<i64>,
        /// The slot focused by the arrow keys.
        active: Option<usize>,
    }
    let cal = StoredValue::new(Cal::default());

    let grid = NodeRef::<leptos::html::Div>::new();
    let nav = NodeRef::<leptos::html::Div>::new();
    let label = NodeRef::<leptos::html::P>::new();
    let zone = NodeRef::<leptos::html::P>::new();
    let body = NodeRef::<leptos::html::Div>::new();

    // The slot holding the one tab stop: the focused one after arrow keys,
    // else the chosen one, else the week's first; and which one is pressed.
    let sync = move || {
        let Some(grid) = grid.get_untracked() else { return };
        let chosen = chosen.get_untracked();
        cal.with_value(|c| {
            let starts = || c.week.slots.iter().map(|s| s.start.timestamp());
            let stop = c
                .active
                .filter(|&i| i < c.week.slots.len())
                .or_else(|| chosen.and_then(|t| starts().position(|s| s == t)))
                .unwrap_or(0);
            for b in dom::find_all(&grid, "button.slot") {
                let pressed = chosen.is_some() && dom::data_num(&b, "data-t") == chosen;
                let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
                b.set_tab_index(if dom::data_num(&b, "data-index") == Some(stop as i64) { 0 } else { -1 });
            }
        });
    };

    Effect::new(move |_| {
        let lang = i18n.lang();
        let monday = monday.get();
        let (Some(grid), Some(nav), Some(label), Some(zone), Some(body)) =
            (grid.get(), nav.get(), label.get(), zone.get(), body.get())
        else {
            return;
        };
        slots.with(|s| {
            let mut until = None;
            cal.update_value(|c| {
                c.active = None;
                c.week = s.ready().map(|a| week_view(a, monday)).unwrap_or_default();
                if let Remote::Ready(a) = s {
                    if monday == today || c.first_free.is_none() {
                        c.first_free = a.next_available.map(|t| monday_of_instant(t.timestamp()));
                    }
                    until = Some(a.bookable_until.timestamp());
                }
                let (first, last) = week_bounds(intl::now(), until, &intl::viewer_offset);
                let prev = Some(monday - 7).filter(|&p| p >= first);
                let next = Some(monday + 7).filter(|&n| n <= last);
                c.targets = [prev, Some(today), next, c.first_free].map(|t| t.filter(|&t| t != monday));
            });
            cal.with_value(|c| {
                for (b, t) in dom::find_all(&nav, "button").iter().zip(c.targets) {
                    dom::set_flag(b, "disabled", t.is_none());
                }
                let week_label = week_label(lang, monday);
                label.set_text_content(Some(&week_label));
                let _ = grid.set_attribute(
                    "aria-label",
                    &crate::i18n::format(text(lang, Key::CalSlots), &[("week", &week_label)]),
                );
                let mut note = crate::i18n::format(text(lang, Key::CalZone), &[("zone", &viewer)]);
                let w = &c.week;
                if !w.time_zone.is_empty() && w.time_zone != viewer {
                    note.push_str(if lang == Lang::En { ". " } else { "。" });
                    note.push_str(&crate::i18n::format(
                        text(lang, Key::CalMentorZone),
                        &[("zone", &w.time_zone)],
                    ));
                }
                zone.set_text_content(Some(&note));
                let _ = body
                    .set_attribute("aria-busy", if matches!(s, Remote::Loading) { "true" } else { "false" });
                dom::set_flag(&grid, "hidden", s.ready().is_none());
                let state = match s {
                    Remote::Loading => dom::loading(lang, Key::CalLoading),
                    Remote::Failed(e) => dom::error(lang, e),
                    Remote::Ready(_) if w.slots.is_empty() => {
                        let key = if c.targets[3].is_some() { Key::CalWeekEmpty } else { Key::CalNoneAhead };
                        H::of("p", "cal-empty").text(text(lang, key))
                    }
                    Remote::Ready(_) => H::new("div"),
                };
                if let Some(first) = body.first_element_child() {
                    first.replace_with_with_node_1(&state.0).ok();
                }
                dom::show(&grid, render_week(lang, w, monday, &viewer));
            });
        });
        sync();
    });
    Effect::new(move |_| {
        chosen.track();
        sync();
    });

    let choose = move |i: usize| {
        cal.update_value(|c| c.active = Some(i));
        if let Some(slot) = cal.with_value(|c| c.week.slots.get(i).copied()) {
            on_choose.run(slot);
        }
        sync();
    };
    let on_click = move |ev: MouseEvent| {
        if let Some(b) = dom::closest(ev.target(), "button.slot") {
            if let Some(i) = dom::data_num(&b, "data-index") {
                choose(i as usize);
            }
            return;
        }
        let Some((act, id)) = dom::action(&ev) else { return };
        match act.as_str() {
            "week" => {
                if let Some(t) = cal.with_value(|c| c.targets.get(id as usize).copied().flatten()) {
                    on_week.run(t);
                }
            }
            "retry" => on_retry.run(()),
            other => {
                if let Some(auth) = auth {
                    dom::common_act(other, auth);
                }
            }
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let Some(i) = dom::closest(ev.target(), "button.slot").and_then(|b| dom::data_num(&b, "data-index"))
        else {
            return;
        };
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            if !ev.repeat() {
                choose(i as usize);
            }
            return;
        }
        let len = cal.with_value(|c| c.week.slots.len());
        if let Some(next) = move_focus(i as usize, len, &key) {
            ev.prevent_default();
            cal.update_value(|c| c.active = Some(next));
            sync();
            dom::focus_later(format!("button.slot[data-index='{next}']"));
        }
    };
    let nav_button = |n: &'static str, key: Key| {
        view! {
            <button type="button" class="btn btn-secondary btn-sm" data-act="week" data-id=n>
                {tr(key)}
            </button>
        }
    };

    view! {
        <div class="calendar" on:click=on_click on:keydown=on_key>
            <div class="cal-toolbar">
                <p class="cal-week" aria-live="polite" node_ref=label></p>
                <div class="cal-nav" node_ref=nav>
                    {nav_button("0", Key::CalPrevWeek)}
                    {nav_button("1", Key::CalThisWeek)}
                    {nav_button("2", Key::CalNextWeek)}
                    {nav_button("3", Key::CalFirstFree)}
                </div>
            </div>
            <p class="cal-zone" node_ref=zone></p>
            <div class="cal-body" node_ref=body>
                <div></div>
                <div class="cal-grid" role="group" node_ref=grid></div>
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
