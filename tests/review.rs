//! The request page's review step in a real browser: what will be sent, in
//! the grid's words, focus on the heading when it opens, the send's states
//! (busy, a lost answer offering a safe retry), and user text kept as text;
//! then the confirmation card after the send.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use naname::api::ApiError;
use naname::i18n::{provide_i18n, Lang};
use naname::pages::request::{Review, Sending, SentCard};
use naname::state::request::{self, Failure};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlButtonElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const NOTE: &str = "<img src=x onerror=alert(1)>相談したいこと";

struct Mounted {
    root: HtmlElement,
    sending: RwSignal<Sending>,
    backs: RwSignal<u32>,
    sends: RwSignal<u32>,
}

fn mount(lang: Lang, note: &str) -> Mounted {
    let root = container();
    let sending = RwSignal::new(Sending::Idle);
    let (backs, sends) = (RwSignal::new(0), RwSignal::new(0));
    let summary = request::Review {
        theme: "キャリア入社（1年以内）".into(),
        topics: vec!["自分の得意・苦手".into(), "これからのキャリア".into()],
        response: "一緒に考えてほしい".into(),
        response_description: "選択肢を一緒に整理します".into(),
        note: note.into(),
    };
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        view! {
            <Review
                summary
                mentor="高橋 彩".to_string()
                when="12月8日(火) 12:00〜12:30 日本時間（GMT+9）".to_string()
                sending
                on_back=move |()| backs.update(|n| *n += 1)
                on_send=move |()| sends.update(|n| *n += 1)
            />
        }
    });
    handle.forget();
    Mounted { root, sending, backs, sends }
}

fn buttons(root: &HtmlElement) -> Vec<HtmlButtonElement> {
    all(root, "button").into_iter().map(|b| b.unchecked_into()).collect()
}

fn focused_id() -> Option<String> {
    Some(web_sys::window()?.document()?.active_element()?.id())
}

#[wasm_bindgen_test]
async fn lists_what_will_be_sent_and_takes_focus() {
    let m = mount(Lang::Ja, NOTE);
    frame().await;
    assert_eq!(focused_id().as_deref(), Some("review-title"), "focus moves to the review when it opens");
    let rows: Vec<(String, String)> =
        all(&m.root, ".review-row").iter().map(|r| (text(&one(r, "dt")), text(&one(r, "dd")))).collect();
    let labels: Vec<&str> = rows.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, ["メンター", "テーマ", "日時", "話したいこと", "希望する対応", "メモ"]);
    assert_eq!(rows[0].1, "高橋 彩");
    assert_eq!(all(&m.root, ".review-topics li").len(), 2);
    assert_eq!(text(&one(&m.root, ".review-note")), NOTE, "the note is text, not markup");
    assert!(m.root.query_selector("img").unwrap().is_none());
    assert!(m.root.query_selector("[role=alert]").unwrap().is_none(), "no alert until something fails");
}

#[wasm_bindgen_test]
async fn an_empty_note_says_so() {
    let m = mount(Lang::En, "");
    frame().await;
    assert_eq!(text(&one(&m.root, ".review-note")), "(none)");
}

#[wasm_bindgen_test]
async fn sending_then_a_lost_answer_offers_a_safe_retry() {
    let m = mount(Lang::En, NOTE);
    frame().await;
    buttons(&m.root)[1].click();
    assert_eq!(m.sends.get_untracked(), 1);
    m.sending.set(Sending::Busy);
    frame().await;
    let b = buttons(&m.root);
    assert!(b[0].disabled() && b[1].disabled(), "nothing can be pressed twice while sending");
    assert_eq!(text(&b[1]), "Sending…");

    m.sending.set(Sending::Failed(Failure::Unknown(ApiError::Network)));
    frame().await;
    let alert = one(&m.root, "[role=alert]");
    assert!(text(&alert).contains("Couldn't reach the server"), "{}", text(&alert));
    assert!(text(&alert).contains("resends it safely"));
    assert_eq!(focused_id().as_deref(), Some("send-error"), "focus moves to what went wrong");
    let b = buttons(&m.root);
    assert_eq!(text(&b[1]), "Try again");
    assert!(!b[1].disabled());
    b[0].click();
    assert_eq!(m.backs.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn the_confirmation_says_what_happens_next() {
    let root = container();
    let when = "Tuesday 8 December, 12:00–12:30 London time (GMT) · Mentor's local time: Tuesday 8 December, 21:00–21:30 Japan time (GMT+9)";
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! {
            <SentCard
                mentor="Aya Takahashi".to_string()
                theme="Parental leave".to_string()
                when=when.to_string()
                mine_href="/one-on-ones?requested=7".to_string()
                ics_href="/api/one-on-ones/7.ics?lang=en".to_string()
            />
        }
    });
    handle.forget();
    frame().await;
    assert_eq!(focused_id().as_deref(), Some("sent-title"), "focus moves to the confirmation");
    assert_eq!(text(&one(&root, "#sent-title")), "Request sent");
    assert!(text(&one(&root, ".section-lead")).contains("Aya Takahashi"));
    let rows: Vec<String> = all(&root, ".review-row dd").iter().map(text).collect();
    assert_eq!(rows, ["Aya Takahashi", "Parental leave", when], "who, what and when, in both zones");
    let next = text(&one(&root, ".sent-next"));
    assert!(next.contains("answers here") && next.contains("withdrawn at its start time"), "{next}");
    let links = all(&root, "a");
    assert_eq!(links[0].get_attribute("href").as_deref(), Some("/one-on-ones?requested=7"));
    assert_eq!(text(&links[0]), "Go to My 1on1s");
    assert_eq!(links[1].get_attribute("href").as_deref(), Some("/api/one-on-ones/7.ics?lang=en"));
    assert!(links[1].has_attribute("download"), "the hold is a download");
    assert!(text(&links[1]).contains("tentative hold"));
}
