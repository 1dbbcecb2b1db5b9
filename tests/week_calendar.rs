//! The week calendar in a real browser: slots with their UTC start and an
//! accessible name in humane zone words, today and past days marked, empty
//! weekends folded, the slot length said, dates in the browser's locale,
//! the zone picker moving every time, one tab stop moved by the arrow keys
//! and Enter choosing, and the day strip when the calendar is phone-narrow.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::DateTime;
use leptos::prelude::*;
use naname::components::week_calendar::{today, week_of};
use naname::components::WeekCalendar;
use naname::i18n::{provide_i18n, Lang};
use naname::intl::{viewer_zone, Clock};
use naname::state::calendar::{day_start, iso_weekday, rfc3339};
use naname::state::Remote;
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::slots::Interval;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: HtmlElement,
    chosen: RwSignal<Option<i64>>,
    zone: RwSignal<String>,
    start: i64,
    starts: Vec<i64>,
}

/// The week `weeks` after this one, in the browser's zone, with slots at
/// `(day of the week, hour, minute)`; the mentor works in `mentor_zone`.
fn mount_week(lang: Lang, mentor_zone: Option<&str>, weeks: i64, at: &[(i64, i64, i64)]) -> Mounted {
    let root = container();
    let viewer = viewer_zone();
    let start = week_of(today(&viewer), lang) + 7 * weeks;
    let clock = Clock::of(&viewer);
    let starts: Vec<i64> =
        at.iter().map(|&(d, h, m)| day_start(start + d, &|t| clock.offset(t)) + h * 3600 + m * 60).collect();
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
        next_available: starts.first().and_then(|&s| DateTime::from_timestamp(s, 0)),
        bookable_until: DateTime::from_timestamp(starts.last().copied().unwrap_or(0) + 86_400 * 60, 0)
            .unwrap(),
        no_times: false,
    };
    let chosen = RwSignal::new(None::<i64>);
    let zone = RwSignal::new(viewer);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        view! {
            <WeekCalendar
                start=Signal::derive(move || start)
                zone
                slots=Signal::derive(move || Remote::Ready(answer.clone()))
                chosen
                on_choose=move |slot: Interval| chosen.set(Some(slot.start.timestamp()))
                on_week=|_| {}
                on_zone=move |z: String| zone.set(z)
                on_retry=|_| {}
            />
        }
    });
    handle.forget();
    Mounted { root, chosen, zone, start, starts }
}

/// Next week (so every slot is in the future): the week's day 2 at 12:00
/// and 12:30, day 4 at 09:00.
fn mount(lang: Lang, mentor_zone: Option<&str>) -> Mounted {
    mount_week(lang, mentor_zone, 1, &[(2, 12, 0), (2, 12, 30), (4, 9, 0)])
}

fn slots(root: &HtmlElement) -> Vec<HtmlElement> {
    all(root, "button.slot").into_iter().map(|b| b.unchecked_into()).collect()
}

fn focused() -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    active.get_attribute("data-start")
}

/// Whether an element takes space on screen (`display: none` has no offset parent).
fn on_screen(el: &web_sys::Element) -> bool {
    el.unchecked_ref::<HtmlElement>().offset_parent().is_some()
}

/// The app's stylesheet, once: the day strip and the folded days are layout.
fn with_stylesheet() {
    let doc = web_sys::window().unwrap().document().unwrap();
    if doc.get_element_by_id("app-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("app-css");
        style.set_text_content(Some(include_str!("../style/main.css")));
        doc.head().unwrap().append_child(&style).unwrap();
    }
}

#[wasm_bindgen_test]
async fn slots_carry_their_start_and_an_accessible_name() {
    let m = mount(Lang::Ja, None);
    frame().await;
    let buttons = slots(&m.root);
    assert_eq!(buttons.len(), 3);
    for (b, &start) in buttons.iter().zip(&m.starts) {
        assert_eq!(b.get_attribute("data-start"), Some(rfc3339(start)), "the UTC start as the API writes it");
        assert!(rfc3339(start).ends_with('Z'));
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
        assert_eq!(b.get_attribute("aria-pressed").as_deref(), Some("false"));
    }
    let label = buttons[0].get_attribute("aria-label").unwrap();
    let zone = Clock::of(&viewer_zone()).label(Lang::Ja, m.starts[0]);
    assert!(label.contains("12:00〜12:30"), "{label}");
    assert!(label.contains("日(") && label.ends_with(&zone), "the date and the zone in words: {label}");
    assert!(zone.contains("（GMT") || zone.contains("UTC"), "the zone as people name it: {zone}");
    assert_eq!(text(&buttons[0]), "12:00");
    assert_eq!(text(&one(&m.root, ".cal-length")), "1回 30分", "the slot length before choosing");
}

#[wasm_bindgen_test]
async fn english_names_and_the_mentors_clock() {
    let other = if viewer_zone() == "Asia/Tokyo" { "America/New_York" } else { "Asia/Tokyo" };
    let m = mount(Lang::En, Some(other));
    frame().await;
    let label = slots(&m.root)[1].get_attribute("aria-label").unwrap();
    assert!(label.contains("12:30–13:00"), "{label}");
    let theirs = Clock::of(other).label(Lang::En, m.starts[1]);
    assert!(label.contains("mentor's local time") && label.ends_with(&theirs), "{label}");
    let who: Vec<String> = all(&m.root, ".slot-alt-who").iter().map(text).collect();
    assert_eq!(who, ["Mentor"; 3], "the second time says whose it is, not only its colour");
    let note = text(&one(&m.root, ".cal-zone-note"));
    assert!(
        note.contains("mentor's local time") && note.contains(&theirs[..theirs.find(' ').unwrap()]),
        "{note}"
    );
    assert_eq!(text(&one(&m.root, ".cal-length")), "30 min");
}

#[wasm_bindgen_test]
async fn dates_in_the_browsers_own_locale() {
    // What the browser itself writes for its first English locale, not our
    // idea of English: en-GB "Tuesday 8 December", en-US "Tuesday, December 8".
    let nav = web_sys::window().unwrap().navigator();
    let tags: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    let locale = tags.iter().find(|t| t.starts_with("en")).cloned().unwrap_or_else(|| "en".into());
    let m = mount(Lang::En, None);
    frame().await;
    let options = js_sys::Object::new();
    for (k, v) in [("weekday", "long"), ("month", "long"), ("day", "numeric")] {
        js_sys::Reflect::set(&options, &k.into(), &v.into()).unwrap();
    }
    js_sys::Reflect::set(&options, &"timeZone".into(), &viewer_zone().into()).unwrap();
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&locale.as_str().into()), &options);
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(m.starts[0] as f64 * 1000.0));
    let expected = format.format().call1(&wasm_bindgen::JsValue::NULL, &date).unwrap().as_string().unwrap();
    let label = slots(&m.root)[0].get_attribute("aria-label").unwrap();
    assert!(label.starts_with(&expected), "{label} should start with {expected} ({locale})");
}

#[wasm_bindgen_test]
async fn weeks_start_on_the_locales_day() {
    let m = mount(Lang::En, None);
    frame().await;
    let rule = naname::intl::week_rule(Lang::En);
    assert_eq!(iso_weekday(m.start), rule.first_day, "week_of starts on the locale's first day");
    let days = all(&m.root, ".cal-day");
    assert_eq!(days.len(), 7);
    let weekday = naname::intl::Format::new(Lang::En, naname::intl::Style::Weekday, Some("UTC"));
    assert_eq!(text(&one(&days[0], ".cal-wd")), weekday.at(m.start * 86_400 + 43_200));
}

#[wasm_bindgen_test]
async fn today_is_marked_and_past_days_are_closed() {
    // This week, with no times left in it.
    let m = mount_week(Lang::Ja, None, 0, &[]);
    frame().await;
    let days = all(&m.root, ".cal-day");
    let now = today(&viewer_zone()) - m.start;
    for (d, day) in days.iter().enumerate() {
        let class = day.get_attribute("class").unwrap();
        assert_eq!(class.contains("is-past"), (d as i64) < now, "day {d}: {class}");
        assert_eq!(class.contains("is-today"), d as i64 == now, "day {d}: {class}");
        if (d as i64) < now {
            assert_eq!(text(&one(day, ".cal-none")), "終了", "a past day is closed, not empty");
        }
    }
    let today_day = &days[now as usize];
    assert_eq!(text(&one(today_day, ".cal-today")), "今日");
    assert!(!today_day.get_attribute("class").unwrap().contains("is-collapsed"), "today never folds");
}

#[wasm_bindgen_test]
async fn empty_weekends_fold_and_weekdays_say_no_times() {
    let m = mount(Lang::Ja, None);
    frame().await;
    let rule = naname::intl::week_rule(Lang::Ja);
    let days = all(&m.root, ".cal-day");
    assert_eq!(days.len(), 7);
    for (d, day) in days.iter().enumerate() {
        let class = day.get_attribute("class").unwrap();
        let weekend = rule.is_weekend(iso_weekday(m.start + d as i64));
        let has_slots = d == 2 || d == 4;
        assert_eq!(class.contains("is-collapsed"), weekend && !has_slots, "day {d}: {class}");
        if !has_slots {
            assert_eq!(text(&one(day, ".cal-none")).trim_start_matches('–'), "空きなし", "day {d}");
        }
    }
}

#[wasm_bindgen_test]
async fn the_zone_picker_moves_every_time() {
    let m = mount(Lang::En, None);
    frame().await;
    let other = if viewer_zone() == "America/New_York" { "Asia/Tokyo" } else { "America/New_York" };
    let select: HtmlSelectElement = one(&m.root, "select#cal-zone").unchecked_into();
    let first = text(&one(&m.root, "select#cal-zone option"));
    assert!(first.contains("— this device"), "the device's zone first, saying whose: {first}");
    select.set_value(other);
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    frame().await;
    assert_eq!(m.zone.get_untracked(), other, "the calendar asks for the zone picked");
    let label = slots(&m.root)[0].get_attribute("aria-label").unwrap();
    assert!(label.contains(&Clock::of(other).label(Lang::En, m.starts[0])), "{label}");
    assert!(label.contains("mentor's local time"), "the mentor's zone is now the other one: {label}");
    assert_eq!(select.value(), other);
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

#[wasm_bindgen_test]
async fn a_phone_narrow_calendar_shows_a_day_strip_and_one_day() {
    with_stylesheet();
    let m = mount(Lang::En, None);
    m.root.set_attribute("style", "width: 360px").unwrap();
    frame().await;
    let strip = all(&m.root, ".cal-strip-day");
    assert_eq!(strip.len(), 7);
    assert!(on_screen(&strip[0]), "the strip shows at 360 px");
    let dots: Vec<bool> =
        strip.iter().map(|b| b.query_selector(".cal-dot.is-on").unwrap().is_some()).collect();
    assert_eq!(dots, [false, false, true, false, true, false, false], "a dot on each day with times");
    let shown: Vec<usize> =
        all(&m.root, ".cal-day").iter().enumerate().filter(|(_, d)| on_screen(d)).map(|(i, _)| i).collect();
    assert_eq!(shown, [2], "one day on screen: the first with times");
    assert_eq!(strip[2].get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(strip[2].get_attribute("aria-label").unwrap().ends_with("2 free"));

    // The arrow keys carry the day along.
    let buttons = slots(&m.root);
    buttons[1].focus().unwrap();
    press_key(&buttons[1], "ArrowRight");
    frame().await;
    assert_eq!(focused(), Some(rfc3339(m.starts[2])), "focus moves to the next day's time");
    assert!(on_screen(&all(&m.root, ".cal-day")[4]) && !on_screen(&all(&m.root, ".cal-day")[2]));

    // Tapping a day shows it.
    strip[2].unchecked_ref::<HtmlElement>().click();
    frame().await;
    assert!(on_screen(&all(&m.root, ".cal-day")[2]));
    assert_eq!(slots(&m.root)[0].tab_index(), 0, "the tab stop is on the day shown");

    // Wide again: seven columns, no strip.
    m.root.set_attribute("style", "width: 1000px").unwrap();
    frame().await;
    assert!(!on_screen(&strip[0]));
    assert_eq!(all(&m.root, ".cal-day").iter().filter(|d| on_screen(d)).count(), 7);
}
