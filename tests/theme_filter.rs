//! The theme filter in a real browser: the most held themes first, all of
//! them by category with descriptions, counts from the facets (a chip that
//! would leave nobody is disabled), toggling by mouse and keyboard, and the
//! selection it reports.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use naname::components::ThemeFilter;
use naname::i18n::{provide_i18n, Lang};
use naname::state::facets::Facets;
use naname_contract::mentors::ThemeFacet;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlDialogElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: HtmlElement,
    selected: RwSignal<Vec<i64>>,
    reports: RwSignal<Vec<Vec<i64>>>,
    facets: RwSignal<Option<Facets>>,
    shown: RwSignal<u32>,
}

fn mount(lang: Lang, initial: Vec<i64>) -> Mounted {
    let root = container();
    let selected = RwSignal::new(initial);
    let reports = RwSignal::new(Vec::<Vec<i64>>::new());
    let facets = RwSignal::new(None::<Facets>);
    let shown = RwSignal::new(0);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        let on_change = Callback::new(move |next: Vec<i64>| {
            reports.update(|r| r.push(next.clone()));
            selected.set(next);
        });
        let on_show = Callback::new(move |()| shown.update(|n| *n += 1));
        view! { <ThemeFilter catalog=catalog() selected on_change facets on_show /> }
    });
    // The view lives as long as the page; tests are independent containers.
    handle.forget();
    Mounted { root, selected, reports, facets, shown }
}

/// The chip for `label` in `scope` (`.theme-quick` or `.theme-sheet`).
fn chip_in(root: &HtmlElement, scope: &str, label: &str) -> HtmlElement {
    all(root, &format!("{scope} button.chip"))
        .into_iter()
        .find(|b| text(b).contains(label))
        .unwrap_or_else(|| panic!("no chip {label} in {scope}"))
        .unchecked_into()
}

fn chip(root: &HtmlElement, label: &str) -> HtmlElement {
    chip_in(root, ".theme-filter", label)
}

fn pressed(chip: &HtmlElement) -> String {
    chip.get_attribute("aria-pressed").unwrap_or_default()
}

fn sheet(root: &HtmlElement) -> HtmlDialogElement {
    one(root, "dialog.theme-sheet").unchecked_into()
}

fn toggle(root: &HtmlElement) -> HtmlElement {
    one(root, "button.all-themes").unchecked_into()
}

#[wasm_bindgen_test]
async fn the_most_held_themes_come_first() {
    let m = mount(Lang::En, Vec::new());
    settle().await;
    let quick: Vec<String> = all(&m.root, ".theme-quick button.chip").iter().map(text).collect();
    // By mentor count, ties in catalogue order; nobody holds "Remote work".
    assert_eq!(quick.len(), 4, "{quick:?}");
    assert!(quick[0].starts_with("Career hire (1–3 years)") && quick[0].ends_with('7'), "{quick:?}");
    assert!(quick[1].starts_with("Parental leave"), "{quick:?}");
    assert!(quick[2].starts_with("Shorter working hours"), "{quick:?}");
    assert!(quick[3].starts_with("Career hire (within 1 year)"), "{quick:?}");
    let group = one(&m.root, ".theme-quick[role=group]");
    let label = group.get_attribute("aria-labelledby").unwrap();
    assert_eq!(text(&one(&m.root, &format!("[id='{label}']"))), "Filter by theme");
    assert_eq!(text(&toggle(&m.root)), "All themes");
}

#[wasm_bindgen_test]
async fn all_themes_are_grouped_by_category_with_descriptions() {
    let m = mount(Lang::En, Vec::new());
    settle().await;
    let dialog = sheet(&m.root);
    assert!(!dialog.open(), "closed at first");
    let toggle = toggle(&m.root);
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(toggle.get_attribute("aria-controls"), Some(dialog.id()));
    toggle.click();
    settle().await;
    assert!(dialog.open());
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    let title = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(text(&one(&m.root, &format!("[id='{title}']"))), "All themes");

    let groups = all(&dialog, "[role=group]");
    assert_eq!(groups.len(), 2, "empty categories are left out");
    let names: Vec<String> = groups
        .iter()
        .map(|g| {
            let id = g.get_attribute("aria-labelledby").expect("group is labelled");
            text(&one(&m.root, &format!("[id='{id}']")))
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

    // A description is on screen under its chip, and describes it (not only a tooltip).
    let leave = chip_in(&m.root, ".theme-sheet", "Parental leave");
    let described = leave.get_attribute("aria-describedby").expect("described");
    assert_eq!(text(&one(&m.root, &format!("[id='{described}']"))), "About Parental leave");
    let quick = chip_in(&m.root, ".theme-quick", "Parental leave");
    assert_eq!(quick.get_attribute("aria-describedby"), Some(described), "the quick chip too");
    assert_eq!(quick.get_attribute("title").as_deref(), Some("About Parental leave"));
    let plain = chip_in(&m.root, ".theme-sheet", "Career hire (within 1 year)");
    assert_eq!(plain.get_attribute("aria-describedby"), None, "no description, no reference");

    // Closing puts focus back on the toggle.
    let close: HtmlElement = one(&dialog, ".sheet-head button").unchecked_into();
    close.click();
    settle().await;
    assert!(!dialog.open());
    let active = web_sys::window().unwrap().document().unwrap().active_element();
    assert_eq!(active, Some(toggle.into()));
}

#[wasm_bindgen_test]
async fn japanese_names_and_counts() {
    let m = mount(Lang::Ja, vec![19]);
    m.facets.set(Some(Facets::new(7, vec![ThemeFacet { theme_id: 19, count: 7 }])));
    settle().await;
    let c = chip(&m.root, "育休・産休取得");
    assert!(text(&c).contains("7人"), "{}", text(&c));
    assert_eq!(pressed(&c), "true", "the initial selection shows as pressed");
    assert_eq!(text(&one(&m.root, ".theme-group-label")), "年次・属性");
    assert_eq!(text(&toggle(&m.root)), "すべてのテーマ");
}

#[wasm_bindgen_test]
async fn counts_follow_the_facets_and_a_chip_leaving_nobody_is_disabled() {
    let m = mount(Lang::En, vec![4]);
    settle().await;
    // Before the first answer, a selection has no counts to show.
    assert!(all(&m.root, ".theme-quick .chip-count").is_empty());

    m.facets.set(Some(Facets::new(
        7,
        vec![
            ThemeFacet { theme_id: 4, count: 7 },
            ThemeFacet { theme_id: 19, count: 3 },
            ThemeFacet { theme_id: 21, count: 1 },
        ],
    )));
    settle().await;
    let count = |b: &HtmlElement| text(&one(b, ".chip-count"));
    let career = chip_in(&m.root, ".theme-quick", "Career hire (1–3 years)");
    let leave = chip_in(&m.root, ".theme-quick", "Parental leave");
    let within = chip_in(&m.root, ".theme-quick", "Career hire (within 1 year)");
    assert_eq!(count(&career), "7", "a selected chip: the mentors matching now");
    assert_eq!(count(&leave), "3", "another: the mentors left once it is added");
    assert_eq!(count(&within), "0");
    assert!(within.has_attribute("disabled"), "nobody left: disabled");
    assert!(!leave.has_attribute("disabled") && !career.has_attribute("disabled"));

    within.click();
    press_key(&within, "Enter");
    settle().await;
    assert!(m.reports.get_untracked().is_empty(), "a disabled chip reports nothing");

    // Taking the chosen theme off makes another answer; chips follow it.
    m.facets.set(Some(Facets::new(9, vec![ThemeFacet { theme_id: 3, count: 1 }])));
    settle().await;
    assert!(!within.has_attribute("disabled"));
    assert_eq!(count(&within), "1");
    assert!(leave.has_attribute("disabled"));
    assert!(!career.has_attribute("disabled"), "a selected chip can always be taken off");
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
    // The same theme in the full list shows the same state.
    assert_eq!(pressed(&chip_in(&m.root, ".theme-sheet", "Career hire (1–3 years)")), "true");

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
    let shorter = chip(&m.root, "Shorter working hours");
    shorter.focus().unwrap();

    press_key(&shorter, "Enter");
    settle().await;
    assert_eq!(pressed(&shorter), "true");
    assert_eq!(m.selected.get_untracked(), vec![21]);

    press_key(&shorter, " ");
    settle().await;
    assert_eq!(pressed(&shorter), "false");
    assert_eq!(m.selected.get_untracked(), Vec::<i64>::new());

    press_key(&shorter, "a");
    settle().await;
    assert_eq!(m.reports.get_untracked().len(), 2, "other keys do nothing");
}

#[wasm_bindgen_test]
async fn the_sheet_hands_over_to_the_results() {
    let m = mount(Lang::En, vec![19]);
    m.facets.set(Some(Facets::new(7, vec![ThemeFacet { theme_id: 19, count: 7 }])));
    settle().await;
    toggle(&m.root).click();
    settle().await;
    let show: HtmlElement = one(&m.root, ".sheet-foot button").unchecked_into();
    assert_eq!(text(&show), "7 mentors match – show");
    m.facets.set(Some(Facets::new(1, vec![ThemeFacet { theme_id: 19, count: 1 }])));
    settle().await;
    assert_eq!(text(&show), "1 mentor matches – show");
    show.click();
    settle().await;
    assert!(!sheet(&m.root).open());
    assert_eq!(m.shown.get_untracked(), 1);
}
