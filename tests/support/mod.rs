//! Shared helpers for the component tests (included with `mod support;`);
//! each test file uses a part of them.
#![allow(dead_code)]

use naname_contract::mentors::{Mentor, MentorTheme, ThemeAnswer};
use naname_contract::people::{Department, HireKind, Person};
use naname_contract::themes::{Theme, ThemeCatalog, ThemeCategory};
use naname_contract::Localized;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

/// A fresh element attached to the document, for one test to mount into.
pub fn container() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Lets effects and re-renders scheduled by the last change run.
pub async fn settle() {
    gloo_timers::future::TimeoutFuture::new(10).await;
}

/// Waits past the next animation frames, where focus moves are made.
pub async fn frame() {
    gloo_timers::future::TimeoutFuture::new(60).await;
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

/// A key press (`keydown`) on `el`, bubbling and cancelable like a real one.
pub fn press_key(el: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn theme(id: i64, category_id: i64, ja: &str, en: &str, mentor_count: u32) -> Theme {
    Theme {
        id,
        category_id,
        name: Localized::new(ja, en),
        // Theme 3 has none: the chip is then described by nothing.
        description: if id == 3 {
            Localized::default()
        } else {
            Localized::new(format!("{ja}の説明"), format!("About {en}"))
        },
        required_items: Vec::new(),
        mentor_count,
    }
}

pub fn catalog() -> ThemeCatalog {
    ThemeCatalog {
        categories: vec![
            ThemeCategory {
                id: 1,
                name: Localized::new("年次・属性", "Attributes"),
                themes: vec![
                    theme(3, 1, "キャリア入社（1年以内）", "Career hire (within 1 year)", 1),
                    theme(4, 1, "キャリア入社（1〜3年）", "Career hire (1–3 years)", 7),
                ],
            },
            ThemeCategory {
                id: 4,
                name: Localized::new("制度の利用", "Company programmes"),
                themes: vec![
                    theme(19, 4, "育休・産休取得", "Parental leave", 7),
                    theme(21, 4, "時短勤務", "Shorter working hours", 3),
                    theme(22, 4, "遠隔地勤務", "Remote work", 0),
                ],
            },
            // Empty categories are not shown.
            ThemeCategory { id: 5, name: Localized::new("その他", "Other"), themes: Vec::new() },
        ],
    }
}

pub fn mentor(talk_about: &str) -> Mentor {
    Mentor {
        person: Person {
            id: 42,
            name: "高橋 彩".into(),
            name_reading: "たかはし あや".into(),
            name_latin: "Aya Takahashi".into(),
            department: Department { id: 2, name: Localized::new("開発部", "Engineering") },
            title: Localized::new("エンジニア", "Engineer"),
            office: Localized::new("東京本社", "Tokyo HQ"),
            time_zone: "Asia/Tokyo".into(),
            joined_year: 2024,
            hire_kind: HireKind::CareerHire,
            is_mentor: true,
        },
        talk_about: naname_contract::UserText::new(talk_about, ""),
        themes: vec![
            MentorTheme {
                theme_id: 4,
                category_id: 1,
                name: Localized::new("キャリア入社（1〜3年）", "Career hire (1–3 years)"),
                answers: Vec::new(),
            },
            MentorTheme {
                theme_id: 19,
                category_id: 4,
                name: Localized::new("育休・産休取得", "Parental leave"),
                answers: vec![ThemeAnswer {
                    item_id: 7,
                    label: Localized::new("取得時期・期間", "When and how long"),
                    answer: naname_contract::UserText::new("2024年10月〜2025年3月", "Oct 2024 – Mar 2025"),
                }],
            },
        ],
    }
}
