//! The mentor card in a real browser: name, role, office and time zone,
//! themes with answers, what the mentor can talk about as plain text, when
//! they are next free, and the request link.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use naname::components::MentorCard;
use naname::i18n::{provide_i18n, Lang};
use naname_contract::mentors::NextFree;
use support::*;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str = "<script>window.__naname_pwned = true</script><b>bold?</b>\n2行目";

fn mount_with(lang: Lang, highlighted: Vec<i64>, next_free: Option<NextFree>) -> HtmlElement {
    let root = container();
    let mentor = mentor(HOSTILE);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        view! {
            <MentorCard
                mentor
                highlighted=Signal::derive(move || highlighted.clone())
                next_free=Signal::derive(move || next_free)
            />
        }
    });
    handle.forget();
    root
}

fn mount(lang: Lang, highlighted: Vec<i64>) -> HtmlElement {
    mount_with(lang, highlighted, None)
}

/// Whole seconds from now, as the API writes instants.
fn in_days(days: i64) -> DateTime<Utc> {
    let now = (js_sys::Date::now() / 1000.0) as i64;
    DateTime::from_timestamp(now + days * 86_400, 0).unwrap()
}

#[wasm_bindgen_test]
async fn shows_the_mentor() {
    let root = mount(Lang::Ja, Vec::new());
    settle().await;
    let card = one(&root, "article.mentor-card");
    assert_eq!(text(&one(&card, "h3")), "高橋 彩");
    assert_eq!(
        card.get_attribute("aria-labelledby").as_deref(),
        one(&card, "h3").get_attribute("id").as_deref(),
        "the article is named by its heading"
    );
    assert_eq!(text(&one(&card, ".mentor-reading")), "たかはし あや");
    let role = text(&one(&card, ".mentor-role"));
    assert!(role.contains("開発部") && role.contains("エンジニア") && role.contains("2024年入社"), "{role}");
    // How they joined is a theme ("キャリア入社"), not repeated in the facts.
    assert!(!text(&one(&card, ".mentor-meta")).contains("キャリア採用"));
    // The office and its zone's offset (Tokyo has no DST).
    assert_eq!(text(&one(&card, ".mentor-place")), "東京本社 · GMT+9");
    let themes: Vec<String> = all(&card, ".theme-tag-name").iter().map(text).collect();
    assert_eq!(themes, ["キャリア入社（1〜3年）", "育休・産休取得"]);
    let answers = text(&one(&card, ".theme-tag-answers"));
    assert_eq!(answers, "取得時期・期間: 2024年10月〜2025年3月");
    assert!(all(&card, ".next-free").is_empty(), "no line while the next free time is unknown");
}

#[wasm_bindgen_test]
async fn english_uses_the_latin_name() {
    let root = mount(Lang::En, vec![19]);
    settle().await;
    assert_eq!(text(&one(&root, "h3")), "Aya Takahashi");
    assert!(text(&one(&root, ".mentor-reading")).contains("高橋 彩"));
    assert!(text(&one(&root, ".mentor-role")).contains("Joined 2024"));
    assert_eq!(text(&one(&root, ".mentor-place")), "Tokyo HQ · GMT+9");
    let matched: Vec<String> = all(&root, ".theme-tag.is-match").iter().map(text).collect();
    assert_eq!(matched.len(), 1);
    assert!(matched[0].starts_with("Parental leave"), "{matched:?}");
}

#[wasm_bindgen_test]
async fn talk_about_is_plain_text() {
    let root = mount(Lang::Ja, Vec::new());
    settle().await;
    let talk = one(&root, ".talk-about");
    assert_eq!(text(&talk), HOSTILE, "shown exactly as written");
    assert!(all(&talk, "script, b").is_empty(), "never parsed as HTML");
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__naname_pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn links_to_the_request_page() {
    let root = mount(Lang::En, Vec::new());
    settle().await;
    let link = one(&root, "article.mentor-card a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/mentors/42/request"));
    assert_eq!(text(&link), "Request a 1on1");
    assert_eq!(link.get_attribute("aria-label").as_deref(), Some("Request a 1on1 with Aya Takahashi"));
    assert!(link.class_list().contains("btn-primary"), "the card's call to action is the primary button");
}

#[wasm_bindgen_test]
async fn the_request_starts_on_the_filtered_theme() {
    let root = mount(Lang::Ja, vec![7, 19]);
    settle().await;
    let link = one(&root, "article.mentor-card a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/mentors/42/request?theme=19"),
        "{}",
        link.outer_html()
    );
}

#[wasm_bindgen_test]
async fn says_when_the_mentor_is_next_free() {
    let start = in_days(9);
    let root = mount_with(
        Lang::Ja,
        Vec::new(),
        Some(NextFree { mentor_id: 42, start: Some(start), no_times: false }),
    );
    settle().await;
    let line = one(&root, ".next-free");
    let time = one(&line, "time");
    assert_eq!(
        time.get_attribute("datetime"),
        Some(start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        "the instant, machine-readable"
    );
    let shown = text(&line);
    // 「次の空き: 12月9日(火)」: month and day as the browser writes them in Japanese.
    assert!(shown.starts_with("次の空き: ") && shown.contains('月') && shown.contains('日'), "{shown}");
    assert!(!line.class_list().contains("is-full"));

    let tomorrow = mount_with(
        Lang::En,
        Vec::new(),
        Some(NextFree { mentor_id: 42, start: Some(in_days(1)), no_times: false }),
    );
    let today = mount_with(
        Lang::En,
        Vec::new(),
        Some(NextFree { mentor_id: 42, start: Some(in_days(0)), no_times: false }),
    );
    settle().await;
    assert_eq!(text(&one(&tomorrow, ".next-free")), "Next free: tomorrow");
    assert_eq!(text(&one(&today, ".next-free")), "Next free: today");
}

#[wasm_bindgen_test]
async fn a_mentor_with_nothing_free_says_so() {
    let ja = mount_with(Lang::Ja, Vec::new(), Some(NextFree { mentor_id: 42, start: None, no_times: false }));
    let en = mount_with(Lang::En, Vec::new(), Some(NextFree { mentor_id: 42, start: None, no_times: false }));
    settle().await;
    let line = one(&ja, ".next-free");
    assert!(line.class_list().contains("is-full"));
    assert_eq!(text(&line), "現在、空き時間はありません");
    assert!(all(&line, "time").is_empty());
    assert_eq!(text(&one(&en, ".next-free")), "No free times at the moment");
    // The request link stays: the calendar shows when times open up.
    assert!(one(&en, "article.mentor-card a").class_list().contains("btn-primary"));
}

#[wasm_bindgen_test]
async fn english_readers_see_english_answers_and_a_tag_on_japanese_only_text() {
    // The test mentor wrote what they talk about in Japanese only, their answer in both.
    let root = mount(Lang::En, Vec::new());
    settle().await;
    let talk = one(&root, ".talk-about");
    assert_eq!(talk.get_attribute("lang").as_deref(), Some("ja"), "Japanese text is marked as such");
    let tags: Vec<String> = all(&root, ".lang-tag").iter().map(text).collect();
    assert_eq!(tags, ["Japanese only"], "one tag, on the fallback only");
    let answer = one(&root, ".theme-tag-answers span[lang]");
    assert_eq!(answer.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(text(&answer), "Oct 2024 – Mar 2025");
}

#[wasm_bindgen_test]
async fn japanese_readers_see_their_language_untagged() {
    let root = mount(Lang::Ja, Vec::new());
    settle().await;
    assert_eq!(one(&root, ".talk-about").get_attribute("lang").as_deref(), Some("ja"));
    assert!(all(&root, ".lang-tag").is_empty());
    let answer = one(&root, ".theme-tag-answers span[lang]");
    assert_eq!(answer.get_attribute("lang").as_deref(), Some("ja"));
}

#[wasm_bindgen_test]
async fn a_mentor_with_no_times_at_all_says_that_rather_than_full() {
    let ja = mount_with(Lang::Ja, Vec::new(), Some(NextFree { mentor_id: 42, start: None, no_times: true }));
    let en = mount_with(Lang::En, Vec::new(), Some(NextFree { mentor_id: 42, start: None, no_times: true }));
    settle().await;
    assert_eq!(text(&one(&ja, ".next-free")), "1on1の希望時間はまだありません");
    assert_eq!(text(&one(&en, ".next-free")), "No 1on1 times yet");
}
