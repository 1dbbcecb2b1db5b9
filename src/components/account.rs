//! The header's account menu: who is signed in, and signing out of this
//! browser or of every browser at once (a lost phone, a shared computer).
//!
//! A disclosure (a button with `aria-expanded` and the panel it shows), not
//! an ARIA menu: Tab moves through the two buttons, Escape closes it and
//! returns focus to the toggle, and a click or focus outside closes it. One
//! toggle in the header instead of two buttons: on a 360 px phone there is
//! room for no more.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::i18n::{tr, use_i18n, Key};

const MENU_ID: &str = "account-menu";

#[component]
pub fn AccountMenu(logout_error: RwSignal<Option<ApiError>>) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let busy = RwSignal::new(false);
    let open = RwSignal::new(false);
    let area = NodeRef::<leptos::html::Div>::new();
    let toggle = NodeRef::<leptos::html::Button>::new();
    let name = move || {
        auth.me()
            .map(|me| {
                if i18n.lang().code() == "en" && !me.name_latin.is_empty() {
                    me.name_latin
                } else {
                    me.name
                }
            })
            .unwrap_or_default()
    };

    // Anything that lands outside the area closes the panel.
    let outside = move |ev: &web_sys::Event| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        area.get_untracked().is_some_and(|area| !area.contains(target.as_ref()))
    };
    let on_click = window_event_listener(ev::click, move |ev| {
        if open.get_untracked() && outside(&ev) {
            open.set(false);
        }
    });
    let on_focus = window_event_listener(ev::focusin, move |ev| {
        if open.get_untracked() && outside(&ev) {
            open.set(false);
        }
    });
    on_cleanup(move || {
        on_click.remove();
        on_focus.remove();
    });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            if let Some(toggle) = toggle.get_untracked() {
                let _ = toggle.focus();
            }
        }
    };

    // Here or everywhere: the same flow, another endpoint.
    let sign_out = move |everywhere: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        logout_error.set(None);
        spawn_local(async move {
            let done = if everywhere {
                api::session::logout_everywhere().await
            } else {
                api::session::logout().await
            };
            match done {
                Ok(()) => auth.logged_out(),
                Err(e) => {
                    logout_error.try_set(Some(e));
                }
            }
            busy.try_set(false);
        });
    };
    let label = move |key: Key| move || if busy.get() { i18n.t(Key::LoggingOut) } else { i18n.t(key) };

    view! {
        <div class="account" node_ref=area on:keydown=on_key>
            <button
                type="button"
                class="btn btn-quiet btn-sm account-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=MENU_ID
                node_ref=toggle
                on:click=move |_| open.update(|o| *o = !*o)
            >
                // A person: the account.
                <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                    <circle cx="8" cy="5.5" r="2.75" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
                    <path d="M2.75 14c.6-2.75 2.7-4.25 5.25-4.25S12.65 11.25 13.25 14" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path>
                </svg>
                <span class="account-name" aria-hidden="true">
                    {move || i18n.tf(Key::SignedInAs, &[("name", &name())])}
                </span>
                <span class="visually-hidden">{move || i18n.tf(Key::AccountMenu, &[("name", &name())])}</span>
                <svg viewBox="0 0 16 16" aria-hidden="true" class="icon account-caret">
                    <path d="M4.5 6.5 8 10l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
                </svg>
            </button>
            <div id=MENU_ID class="account-menu" hidden=move || !open.get()>
                <button
                    type="button"
                    class="btn btn-quiet btn-sm logout"
                    on:click=move |_| sign_out(false)
                    disabled=move || busy.get()
                >
                    <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                        <path d="M6 2.5H3.5v11H6M10.5 5l3 3-3 3M13.5 8H6" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
                    </svg>
                    {label(Key::Logout)}
                </button>
                <button
                    type="button"
                    class="btn btn-quiet btn-sm logout-everywhere"
                    on:click=move |_| sign_out(true)
                    disabled=move || busy.get()
                >
                    // Two screens: every device, not just this one.
                    <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                        <path d="M1.5 3.5h9v6h-9zM4.5 12.5h3M10.5 6.5h4v7h-4M12 11.5h1" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
                    </svg>
                    {label(Key::LogoutEverywhere)}
                </button>
                <p class="account-menu-note">{tr(Key::LogoutEverywhereNote)}</p>
            </div>
        </div>
    }
}
