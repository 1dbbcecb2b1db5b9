//! The week calendar in a real browser: slots with their UTC start and an
//! accessible name, empty days, one tab stop moved by the arrow keys, and
//! Enter choosing.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::DateTime;
use leptos::prelude::*;
use naname::components::week_calendar::this_monday;
use naname::components::WeekCalendar;
use naname::i18n::{provide_i18n, Lang};
use naname::intl::{viewer_offset, viewer_zone};
use naname::state::calendar::{day_start, rfc3339};
use naname::state::Remote;
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::slots::Interval;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: HtmlElement,
    chosen: RwSignal<Option<i64>>,
    starts: Vec<i64>,
}

/// Next week (so every slot is in the future): Tuesday 12:00 and 12:30,
/// Thursday 09:00, in the browser's own zone.
fn mount(lang: Lang, mentor_zone: Option<&str>) -> Mounted {
    let root = container();
    let monday = this_monday() + 7;
    let at = |day: i64, hour: i64, minute: i64| {
        day_start(monday + day, &viewer_offset) + hour * 3600 + minute * 60
    };
    let starts = vec![at(1, 12, 0), at(1, 12, 30), at(3, 9, 0)];
    let slots: Vec<Interval> = starts
        .iter()
        .map(|&s| {
            Interval::new(
                DateTime::from_timestamp(s, 0).unwrap(),
                DateTime::from_timestamp(s + 1800, 0).unwrap(),
            )
        })
        .collect();
    let answer = MentorSlots {
        mentor_id: 2,
        time_zone: mentor_zone.map(str::to_string).unwrap_or_else(viewer_zone),
        slot_minutes: 30,
        slots,
        next_available: DateTime::from_timestamp(starts[0], 0),
        bookable_until: DateTime::from_timestamp(starts[2] + 86_400 * 30, 0).unwrap(),
    };
    let chosen = RwSignal::new(None::<i64>);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        view! {
            <WeekCalendar
                monday=Signal::derive(move || monday)
                slots=Signal::derive(move || Remote::Ready(answer.clone()))
                chosen
                on_choose=move |slot: Interval| chosen.set(Some(slot.start.timestamp()))
                on_week=|_| {}
                on_retry=|_| {}
            />
        }
    });
    handle.forget();
    Mounted { root, chosen, starts }
}

fn slots(root: &HtmlElement) -> Vec<HtmlElement> {
    all(root, "button.slot").into_iter().map(|b| b.unchecked_into()).collect()
}

fn focused() -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    active.get_attribute("data-start")
}

#[wasm_bindgen_test]
async fn slots_carry_their_start_and_an_accessible_name() {
    let m = mount(Lang::Ja, None);
    frame().await;
    let buttons = slots(&m.root);
    assert_eq!(buttons.len(), 3);
    let zone = viewer_zone();
    for (b, &start) in buttons.iter().zip(&m.starts) {
        assert_eq!(b.get_attribute("data-start"), Some(rfc3339(start)), "the UTC start as the API writes it");
        assert!(rfc3339(start).ends_with('Z'));
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
        assert_eq!(b.get_attribute("aria-pressed").as_deref(), Some("false"));
    }
    let label = buttons[0].get_attribute("aria-label").unwrap();
    assert!(label.contains("12:00〜12:30"), "{label}");
    assert!(label.contains("(火)") && label.ends_with(&zone), "{label}");
    assert_eq!(text(&buttons[0]), "12:00");
    assert!(text(&one(&m.root, ".cal-zone")).contains(&zone));
}

#[wasm_bindgen_test]
async fn english_names_and_the_mentors_clock() {
    let other = if viewer_zone() == "Asia/Tokyo" { "America/New_York" } else { "Asia/Tokyo" };
    let m = mount(Lang::En, Some(other));
    frame().await;
    let label = slots(&m.root)[1].get_attribute("aria-label").unwrap();
    assert!(label.starts_with("Tuesday, "), "{label}");
    assert!(label.contains("12:30–13:00"), "{label}");
    assert!(label.contains("mentor's time") && label.contains(other), "{label}");
    assert_eq!(all(&m.root, ".slot-alt").len(), 3, "each slot shows the mentor's local time");
}

#[wasm_bindgen_test]
async fn empty_days_say_so() {
    let m = mount(Lang::Ja, None);
    frame().await;
    let days = all(&m.root, ".cal-day");
    assert_eq!(days.len(), 7, "Monday to Sunday");
    let empty: Vec<String> = all(&m.root, ".cal-none").iter().map(text).collect();
    assert_eq!(empty.len(), 5);
    assert!(empty.iter().all(|t| t == "空きなし"));
    assert!(text(&one(&days[0], ".cal-wd")) == "月", "weeks start on Monday");
}

#[wasm_bindgen_test]
async fn arrow_keys_move_one_tab_stop_and_enter_chooses() {
    let m = mount(Lang::En, None);
    frame().await;
    let buttons = slots(&m.root);
    let stops: Vec<_> = buttons.iter().map(|b| b.tab_index()).collect();
    assert_eq!(stops, [0, -1, -1], "one tab stop, on the first slot");

    buttons[0].focus().unwrap();
    press_key(&buttons[0], "ArrowRight");
    frame().await;
    assert_eq!(focused(), Some(rfc3339(m.starts[1])));
    assert_eq!(slots(&m.root).iter().map(|b| b.tab_index()).collect::<Vec<_>>(), [-1, 0, -1]);

    press_key(&slots(&m.root)[1], "End");
    frame().await;
    assert_eq!(focused(), Some(rfc3339(m.starts[2])));
    press_key(&slots(&m.root)[2], "ArrowUp");
    frame().await;
    assert_eq!(focused(), Some(rfc3339(m.starts[1])));

    press_key(&slots(&m.root)[1], "Enter");
    frame().await;
    assert_eq!(m.chosen.get_untracked(), Some(m.starts[1]));
    let pressed: Vec<_> = slots(&m.root).iter().map(|b| b.get_attribute("aria-pressed").unwrap()).collect();
    assert_eq!(pressed, ["false", "true", "false"]);

    press_key(&slots(&m.root)[1], "Home");
    frame().await;
    press_key(&slots(&m.root)[0], " ");
    frame().await;
    assert_eq!(m.chosen.get_untracked(), Some(m.starts[0]), "Space chooses too");
}
