//! The header's account menu in a real browser: closed by default, the
//! toggle named after the person in both languages, opened and closed by
//! click, Escape (focus back on the toggle) and a click elsewhere.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use naname::api::ApiError;
use naname::auth::{Auth, Session};
use naname::components::account::AccountMenu;
use naname::i18n::{provide_i18n, Lang};
use naname_contract::auth::{Me, Role};
use naname_contract::people::Department;
use naname_contract::Localized;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn me() -> Me {
    Me {
        id: 3,
        email: "mentee@example.com".into(),
        name: "山田 翔太".into(),
        name_reading: "やまだ しょうた".into(),
        name_latin: "Shota Yamada".into(),
        department: Department { id: 1, name: Localized::new("営業部", "Sales") },
        role: Role::Employee,
        is_mentor: false,
        time_zone: "Asia/Tokyo".into(),
        csrf_token: "t".into(),
    }
}

fn mount(lang: Lang) -> HtmlElement {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        provide_context(Auth::new(Session::SignedIn(me())));
        let logout_error = RwSignal::new(None::<ApiError>);
        view! { <AccountMenu logout_error /> }
    });
    handle.forget();
    root
}

fn toggle(root: &HtmlElement) -> HtmlElement {
    one(root, "button.account-toggle").unchecked_into()
}

fn panel(root: &HtmlElement) -> HtmlElement {
    one(root, ".account-menu").unchecked_into()
}

fn expanded(root: &HtmlElement) -> String {
    toggle(root).get_attribute("aria-expanded").unwrap_or_default()
}

#[wasm_bindgen_test]
async fn closed_at_first_and_named_after_the_person() {
    for (lang, name, sign_out, everywhere) in [
        (Lang::Ja, "アカウント（山田 翔太 さん）", "ログアウト", "すべての端末でログアウト"),
        (Lang::En, "Account (Shota Yamada)", "Sign out", "Sign out everywhere"),
    ] {
        let root = mount(lang);
        settle().await;
        assert_eq!(expanded(&root), "false");
        assert!(panel(&root).hidden(), "the panel starts hidden");
        assert_eq!(toggle(&root).get_attribute("aria-controls").as_deref(), Some(panel(&root).id().as_str()));
        assert_eq!(text(&one(&root, "button.account-toggle .visually-hidden")), name);
        let buttons: Vec<String> =
            all(&root, ".account-menu button").iter().map(|b| text(b).trim().to_string()).collect();
        assert_eq!(buttons, [sign_out, everywhere]);
    }
}

#[wasm_bindgen_test]
async fn opens_on_click_and_closes_on_escape_or_a_click_elsewhere() {
    let root = mount(Lang::Ja);
    settle().await;
    toggle(&root).click();
    settle().await;
    assert_eq!(expanded(&root), "true");
    assert!(!panel(&root).hidden());

    // Escape from inside the panel: closed, and focus is back on the toggle.
    let inside: HtmlElement = one(&root, ".account-menu button").unchecked_into();
    inside.focus().unwrap();
    press_key(&inside, "Escape");
    settle().await;
    assert_eq!(expanded(&root), "false");
    let focused = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert!(focused.class_list().contains("account-toggle"), "focus went to {}", focused.outer_html());

    toggle(&root).click();
    settle().await;
    assert_eq!(expanded(&root), "true");
    let elsewhere = container();
    elsewhere.click();
    settle().await;
    assert_eq!(expanded(&root), "false");
    assert!(panel(&root).hidden());

    // The toggle closes it, too.
    toggle(&root).click();
    settle().await;
    toggle(&root).click();
    settle().await;
    assert_eq!(expanded(&root), "false");
}
