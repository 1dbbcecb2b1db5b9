//! The theme filter in a real browser: chips by category, toggling by mouse
//! and keyboard, and the selection it reports.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use naname::components::ThemeFilter;
use naname::i18n::{provide_i18n, Lang};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: HtmlElement,
    selected: RwSignal<Vec<i64>>,
    reports: RwSignal<Vec<Vec<i64>>>,
}

fn mount(lang: Lang, initial: Vec<i64>) -> Mounted {
    let root = container();
    let selected = RwSignal::new(initial);
    let reports = RwSignal::new(Vec::<Vec<i64>>::new());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        let on_change = Callback::new(move |next: Vec<i64>| {
            reports.update(|r| r.push(next.clone()));
            selected.set(next);
        });
        view! { <ThemeFilter catalog=catalog() selected on_change /> }
    });
    // The view lives as long as the page; tests are independent containers.
    handle.forget();
    Mounted { root, selected, reports }
}

fn chip(root: &HtmlElement, label: &str) -> HtmlElement {
    all(root, "button.chip")
        .into_iter()
        .find(|b| text(b).contains(label))
        .unwrap_or_else(|| panic!("no chip {label}"))
        .unchecked_into()
}

fn pressed(chip: &HtmlElement) -> String {
    chip.get_attribute("aria-pressed").unwrap_or_default()
}

#[wasm_bindgen_test]
async fn chips_are_grouped_by_category() {
    let m = mount(Lang::En, Vec::new());
    settle().await;
    let groups = all(&m.root, "[role=group]");
    assert_eq!(groups.len(), 2, "empty categories are left out");
    let names: Vec<String> = groups
        .iter()
        .map(|g| {
            let id = g.get_attribute("aria-labelledby").expect("group is labelled");
            text(&one(&m.root, &format!("#{id}")))
        })
        .collect();
    assert_eq!(names, ["Attributes", "Company programmes"]);
    let in_second: Vec<String> = all(&groups[1], "button.chip").iter().map(text).collect();
    assert_eq!(in_second.len(), 3);
    assert!(in_second[0].contains("Parental leave") && in_second[0].contains('7'), "{in_second:?}");
    for b in all(&m.root, "button.chip") {
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
        assert_eq!(b.get_attribute("aria-pressed").as_deref(), Some("false"));
    }
}

#[wasm_bindgen_test]
async fn japanese_names_and_counts() {
    let m = mount(Lang::Ja, vec![19]);
    settle().await;
    let c = chip(&m.root, "育休・産休取得");
    assert!(text(&c).contains("7人"), "{}", text(&c));
    assert_eq!(pressed(&c), "true", "the initial selection shows as pressed");
    assert_eq!(text(&one(&m.root, "[role=group] p")), "年次・属性");
}

#[wasm_bindgen_test]
async fn click_toggles_and_reports_the_selection() {
    let m = mount(Lang::En, Vec::new());
    settle().await;
    let career = chip(&m.root, "Career hire (1–3 years)");
    let parental = chip(&m.root, "Parental leave");

    career.click();
    settle().await;
    assert_eq!(pressed(&career), "true");
    assert_eq!(m.reports.get_untracked(), vec![vec![4]]);

    parental.click();
    settle().await;
    assert_eq!(pressed(&parental), "true");
    assert_eq!(m.selected.get_untracked(), vec![4, 19], "multi-select, in the order picked");

    career.click();
    settle().await;
    assert_eq!(pressed(&career), "false");
    assert_eq!(m.reports.get_untracked().last(), Some(&vec![19]));
}

#[wasm_bindgen_test]
async fn enter_and_space_toggle() {
    let m = mount(Lang::En, Vec::new());
    settle().await;
    let remote = chip(&m.root, "Remote work");
    remote.focus().unwrap();

    press_key(&remote, "Enter");
    settle().await;
    assert_eq!(pressed(&remote), "true");
    assert_eq!(m.selected.get_untracked(), vec![22]);

    press_key(&remote, " ");
    settle().await;
    assert_eq!(pressed(&remote), "false");
    assert_eq!(m.selected.get_untracked(), Vec::<i64>::new());

    press_key(&remote, "a");
    settle().await;
    assert_eq!(m.reports.get_untracked().len(), 2, "other keys do nothing");
}
