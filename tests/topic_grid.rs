//! The request page's topic grid in a real browser: recommended topics
//! first and open, every other category behind a disclosure counting its
//! ticks, columns past / present / future inside, ticks reported, the
//! slot's limit enforced by disabling, and the language followed.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use naname::i18n::{provide_i18n, I18n, Lang};
use naname::pages::request::TopicGrid;
use naname_contract::one_on_ones::max_topics;
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

/// Work: 1 past, 2 present, 3 present (recommended), 4 future; an empty
/// category; Career: 10 and 11 recommended, 12–20 in the present.
fn catalog() -> TopicCatalog {
    let work = vec![
        topic(1, 1, TimeFrame::Past, false),
        topic(2, 1, TimeFrame::Present, false),
        topic(3, 1, TimeFrame::Present, true),
        topic(4, 1, TimeFrame::Future, false),
    ];
    let career = (10..21).map(|id| topic(id, 3, TimeFrame::Present, id < 12)).collect();
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
    limit: RwSignal<usize>,
    i18n: RwSignal<Option<I18n>>,
}

/// With the limit of a 30-minute slot.
fn mount(selected: Vec<i64>) -> Mounted {
    let root = container();
    let selected = RwSignal::new(selected);
    let toggled = RwSignal::new(Vec::new());
    let limit = RwSignal::new(max_topics(30));
    let i18n = RwSignal::new(None);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        i18n.set(Some(provide_i18n(Lang::Ja)));
        view! {
            <TopicGrid catalog=catalog() selected limit on_toggle=move |id| toggled.update(|t| t.push(id)) />
        }
    });
    handle.forget();
    Mounted { root, selected, toggled, limit, i18n }
}

fn boxes_of(root: &web_sys::Element) -> Vec<HtmlInputElement> {
    all(root, "input[name=topic]").into_iter().map(|i| i.unchecked_into()).collect()
}

fn is_open(details: &web_sys::Element) -> bool {
    details.has_attribute("open")
}

#[wasm_bindgen_test]
async fn recommended_first_and_the_rest_collapsed() {
    let m = mount(Vec::new());
    settle().await;
    let rec = one(&m.root, "fieldset.topic-rec");
    assert_eq!(text(&one(&rec, "legend")), "おすすめの話題");
    let prompts: Vec<String> = all(&rec, ".topic-prompt").iter().map(text).collect();
    assert_eq!(prompts, ["話題3", "話題10", "話題11"], "every recommended topic, in grid order");
    let cats: Vec<String> = all(&rec, ".topic-cat").iter().map(text).collect();
    assert_eq!(cats, ["仕事", "キャリア", "キャリア"], "each with its category");

    let more = all(&m.root, "details.topic-more");
    let names: Vec<String> = more.iter().map(|d| text(&one(d, "summary .topic-category-name"))).collect();
    assert_eq!(names, ["仕事", "キャリア"], "a category without topics is left out");
    assert!(more.iter().all(|d| !is_open(d)), "the other categories start collapsed");
    let work = &more[0];
    let heads: Vec<String> = all(work, ".topic-col-head").iter().map(text).collect();
    assert_eq!(heads, ["過去", "現在", "未来"]);
    let present: Vec<String> = all(&all(work, ".topic-col")[1], ".topic-prompt").iter().map(text).collect();
    assert_eq!(present, ["話題2"], "a recommended topic is listed once, up top");
    assert_eq!(all(&m.root, "input[name=topic]").len(), 15, "each topic once");
    assert_eq!(
        all(work, "ul.topic-list")[1].get_attribute("aria-label").as_deref(),
        Some("現在"),
        "each column is named for screen readers"
    );
    assert_eq!(
        text(&one(work, "fieldset.topic-set > legend")),
        "仕事",
        "the disclosure's topics are a named group"
    );
}

#[wasm_bindgen_test]
async fn a_disclosure_counts_its_ticks_and_opens_when_it_holds_one() {
    let m = mount(vec![2, 3]);
    settle().await;
    let more = all(&m.root, "details.topic-more");
    assert!(is_open(&more[0]) && !is_open(&more[1]), "a kept tick opens its category");
    assert_eq!(text(&one(&more[0], ".topic-ticked")), "1個選択中", "ticks inside the disclosure");
    assert!(more[1].query_selector(".topic-ticked").unwrap().is_none(), "no count without ticks");
    m.selected.set(vec![2, 3, 12]);
    settle().await;
    assert_eq!(text(&one(&more[1], ".topic-ticked")), "1個選択中");
}

#[wasm_bindgen_test]
async fn ticks_are_reported_and_shown() {
    let m = mount(vec![3]);
    settle().await;
    let rec = one(&m.root, "fieldset.topic-rec");
    let checked: Vec<bool> = boxes_of(&rec).iter().map(HtmlInputElement::checked).collect();
    assert_eq!(checked, [true, false, false]);
    boxes_of(&rec)[1].click();
    settle().await;
    assert_eq!(m.toggled.get_untracked(), vec![10]);
    m.selected.set(vec![3, 10]);
    settle().await;
    assert!(boxes_of(&rec)[1].checked());
}

#[wasm_bindgen_test]
async fn the_slots_limit_disables_the_rest() {
    // Three fit a 30-minute slot.
    let m = mount(vec![3, 10, 11]);
    settle().await;
    let boxes = boxes_of(&m.root);
    for b in &boxes {
        assert_eq!(b.disabled(), !b.checked(), "at the limit, only ticked topics can change");
    }
    m.selected.set(vec![3, 10]);
    settle().await;
    assert!(boxes_of(&m.root).iter().all(|b| !b.disabled()), "one less: all can be ticked again");
    // An hour fits six.
    m.selected.set(vec![1, 2, 3, 4, 10]);
    m.limit.set(max_topics(60));
    settle().await;
    assert!(boxes_of(&m.root).iter().all(|b| !b.disabled()), "five of six");
    m.selected.set(vec![1, 2, 3, 4, 10, 11]);
    settle().await;
    assert_eq!(boxes_of(&m.root).iter().filter(|b| b.disabled()).count(), 15 - 6);
}

#[wasm_bindgen_test]
async fn follows_the_language() {
    let m = mount(Vec::new());
    settle().await;
    m.i18n.get_untracked().unwrap().set(Lang::En);
    settle().await;
    assert_eq!(text(&one(&m.root, "fieldset.topic-rec > legend")), "Recommended topics");
    assert_eq!(text(&one(&m.root, "summary .topic-category-name")), "Work");
    assert_eq!(text(&one(&m.root, ".topic-col-head")), "Past");
    assert_eq!(text(&one(&m.root, ".topic-prompt")), "Topic 3");
}
