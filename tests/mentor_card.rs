//! The mentor card in a real browser: name, themes with answers, what the
//! mentor can talk about as plain text, and the request link.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use naname::components::MentorCard;
use naname::i18n::{provide_i18n, Lang};
use support::*;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str = "<script>window.__naname_pwned = true</script><b>bold?</b>\n2行目";

fn mount(lang: Lang, highlighted: Vec<i64>) -> HtmlElement {
    let root = container();
    let mentor = mentor(HOSTILE);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        view! { <MentorCard mentor highlighted=Signal::derive(move || highlighted.clone()) /> }
    });
    handle.forget();
    root
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
    let meta = text(&one(&card, ".mentor-meta"));
    assert!(
        meta.contains("開発部") && meta.contains("2024年入社") && meta.contains("キャリア採用"),
        "{meta}"
    );
    let themes: Vec<String> = all(&card, ".theme-tag-name").iter().map(text).collect();
    assert_eq!(themes, ["キャリア入社（1〜3年）", "育休・産休取得"]);
    let answers = text(&one(&card, ".theme-tag-answers"));
    assert_eq!(answers, "取得時期・期間: 2024年10月〜2025年3月");
}

#[wasm_bindgen_test]
async fn english_uses_the_latin_name() {
    let root = mount(Lang::En, vec![19]);
    settle().await;
    assert_eq!(text(&one(&root, "h3")), "Aya Takahashi");
    assert!(text(&one(&root, ".mentor-reading")).contains("高橋 彩"));
    assert!(text(&one(&root, ".mentor-meta")).contains("Joined 2024"));
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
