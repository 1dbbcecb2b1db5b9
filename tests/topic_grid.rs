//! The request page's topic grid in a real browser: a fieldset per
//! category, columns past / present / future with recommended topics first,
//! ticks reported, the limit enforced by disabling, and the language followed.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use naname::i18n::{provide_i18n, I18n, Lang};
use naname::pages::request::TopicGrid;
use naname_contract::one_on_ones::MAX_TOPICS;
use naname_contract::topics::{TimeFrame, Topic, TopicCatalog, TopicCategory};
use naname_contract::Localized;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn topic(id: i64, category_id: i64, time_frame: TimeFrame, recommended: bool) -> Topic {
    let prompt = Localized::new(format!("話題{id}"), format!("Topic {id}"));
    Topic { id, category_id, time_frame, prompt, recommended }
}

/// Work: 1 past, 2 present (the second recommended), 3 future; an empty
/// category; Career: 11 topics in the present, enough to reach the limit.
fn catalog() -> TopicCatalog {
    let work = vec![
        topic(1, 1, TimeFrame::Past, false),
        topic(2, 1, TimeFrame::Present, false),
        topic(3, 1, TimeFrame::Present, true),
        topic(4, 1, TimeFrame::Future, false),
    ];
    let career = (10..21).map(|id| topic(id, 3, TimeFrame::Present, false)).collect();
    TopicCatalog {
        categories: vec![
            TopicCategory { id: 1, name: Localized::new("仕事", "Work"), topics: work },
            TopicCategory { id: 2, name: Localized::new("空", "Empty"), topics: Vec::new() },
            TopicCategory { id: 3, name: Localized::new("キャリア", "Career"), topics: career },
        ],
    }
}

struct Mounted {
    root: HtmlElement,
    selected: RwSignal<Vec<i64>>,
    toggled: RwSignal<Vec<i64>>,
    i18n: RwSignal<Option<I18n>>,
}

fn mount(selected: Vec<i64>) -> Mounted {
    let root = container();
    let selected = RwSignal::new(selected);
    let toggled = RwSignal::new(Vec::new());
    let i18n = RwSignal::new(None);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        i18n.set(Some(provide_i18n(Lang::Ja)));
        view! { <TopicGrid catalog=catalog() selected on_toggle=move |id| toggled.update(|t| t.push(id)) /> }
    });
    handle.forget();
    Mounted { root, selected, toggled, i18n }
}

fn boxes_of(root: &HtmlElement) -> Vec<HtmlInputElement> {
    all(root, "input[name=topic]").into_iter().map(|i| i.unchecked_into()).collect()
}

#[wasm_bindgen_test]
async fn categories_columns_and_recommended_first() {
    let m = mount(Vec::new());
    settle().await;
    let legends: Vec<String> = all(&m.root, "fieldset.topic-category > legend").iter().map(text).collect();
    assert_eq!(legends, ["仕事", "キャリア"], "a category without topics is left out");
    let work = &all(&m.root, "fieldset.topic-category")[0];
    let heads: Vec<String> = all(work, ".topic-col-head").iter().map(text).collect();
    assert_eq!(heads, ["過去", "現在", "未来"]);
    let present: Vec<String> = all(&all(work, ".topic-col")[1], ".topic-text").iter().map(text).collect();
    assert_eq!(present, ["話題3おすすめ", "話題2"], "recommended first, with its badge");
    let list = &all(work, "ul.topic-list")[1];
    assert_eq!(
        list.get_attribute("aria-label").as_deref(),
        Some("現在"),
        "each column is named for screen readers"
    );
}

#[wasm_bindgen_test]
async fn ticks_are_reported_and_shown() {
    let m = mount(vec![2]);
    settle().await;
    let checked: Vec<bool> = boxes_of(&m.root).iter().map(HtmlInputElement::checked).collect();
    assert_eq!(&checked[..4], [false, false, true, false], "topic 2 (after the recommended 3) is ticked");
    boxes_of(&m.root)[0].click();
    settle().await;
    assert_eq!(m.toggled.get_untracked(), vec![1]);
    m.selected.set(vec![2, 1]);
    settle().await;
    assert!(boxes_of(&m.root)[0].checked());
}

#[wasm_bindgen_test]
async fn at_the_limit_the_other_topics_are_disabled() {
    let chosen: Vec<i64> = (10..10 + MAX_TOPICS as i64).collect();
    let m = mount(chosen.clone());
    settle().await;
    for b in &boxes_of(&m.root) {
        assert_eq!(b.disabled(), !b.checked(), "at {MAX_TOPICS}, only ticked topics can change");
    }
    m.selected.set(chosen[1..].to_vec());
    settle().await;
    assert!(boxes_of(&m.root).iter().all(|b| !b.disabled()), "one less: all can be ticked again");
}

#[wasm_bindgen_test]
async fn follows_the_language() {
    let m = mount(Vec::new());
    settle().await;
    m.i18n.get_untracked().unwrap().set(Lang::En);
    settle().await;
    assert_eq!(text(&one(&m.root, "fieldset.topic-category > legend")), "Work");
    assert_eq!(text(&one(&m.root, ".topic-col-head")), "Past");
    assert_eq!(text(&one(&m.root, ".topic-text")), "Topic 1");
}
