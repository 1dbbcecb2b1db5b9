//! The frame around every page: skip link, header with navigation, account
//! and language, the main landmark, and the route announcer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::ApiError;
use crate::auth::use_auth;
use crate::components::account::AccountMenu;
use crate::components::page_heading::RouteAnnouncer;
use crate::components::LangSwitch;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::route::{self, HOME};
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn AppShell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let announcer = expect_context::<RouteAnnouncer>();
    let signed_in = Memo::new(move |_| auth.is_signed_in());
    let logout_error = RwSignal::new(None::<ApiError>);
    let main = NodeRef::<leptos::html::Main>::new();
    // The router turns the click into a same-page navigation to `#main`,
    // which scrolls but does not move focus as the browser's own jump would.
    let skip = move |_| {
        if let Some(main) = main.get_untracked() {
            let _ = main.focus();
        }
    };

    reveal_focus();

    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {tr(Key::SkipToContent)}
        </a>
        <header class="app-header">
            <div class="header-inner">
                <a class="brand" href=HOME>
                    <Logo />
                    <span class="brand-name">{tr(Key::AppName)}</span>
                </a>
                {move || signed_in.get().then(|| view! { <MainNav /> })}
                <div class="header-tools">
                    <LangSwitch />
                    {move || signed_in.get().then(|| view! { <AccountMenu logout_error /> })}
                </div>
            </div>
        </header>
        {move || {
            logout_error
                .get()
                .map(|e| {
                    view! {
                        <div class="banner banner-error" role="alert">
                            {move || i18n.t(e.message_key())}
                        </div>
                    }
                })
        }}
        <main id="main" class="app-main" tabindex="-1" node_ref=main>
            {children()}
        </main>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
            {move || announcer.message.get()}
        </div>
    }
}

/// Scrolls whatever takes focus fully into view. Chromium leaves an element
/// that is already partly visible where it is, so a chip or menu entry at
/// the edge of a row that scrolls sideways stayed half hidden; `nearest`
/// moves nothing that is fully visible and honours the scroll padding that
/// keeps focus clear of the sticky header.
fn reveal_focus() {
    // The shell lives as long as the page: the listener is never removed.
    let _ = window_event_listener(leptos::ev::focusin, |ev| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    });
}

#[component]
fn MainNav() -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    let nav = NodeRef::<leptos::html::Nav>::new();
    // On phones the menu is a row that scrolls sideways: keep the current
    // page's entry in view.
    Effect::new(move |_| {
        location.pathname.track();
        request_animation_frame(move || {
            let Some(nav) = nav.get_untracked() else { return };
            let current = nav.query_selector("[aria-current='page']").ok().flatten();
            if let Some(link) = current.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let (left, width) = (link.offset_left(), link.offset_width());
                if left + width > nav.scroll_left() + nav.client_width() || left < nav.scroll_left() {
                    nav.set_scroll_left(left - 12);
                }
            }
        });
    });
    // Pages still to be built say so in the menu (and in the link's name).
    let link = move |href: &'static str, key: Key, soon: bool| {
        view! {
            <li>
                <A href=href>
                    {tr(key)}
                    {soon
                        .then(|| {
                            view! {
                                <span class="visually-hidden">", "</span>
                                <span class="nav-soon">{tr(Key::ComingSoon)}</span>
                            }
                        })}
                </A>
            </li>
        }
    };
    view! {
        <nav class="main-nav" aria-label=tr(Key::MainNav) node_ref=nav>
            <ul>
                {link(route::PEOPLE, Key::NavPeople, false)}
                {link(route::ONE_ON_ONES, Key::NavOneOnOnes, false)}
                {link(route::SETTINGS, Key::NavSettings, false)}
                {link(route::SURVEYS, Key::NavSurveys, true)}
                {move || auth.is_admin().then(|| link(route::ADMIN, Key::NavAdmin, false))}
            </ul>
        </nav>
    }
}

/// The mark: two rounded squares offset on the diagonal (斜め).
#[component]
pub fn Logo() -> impl IntoView {
    view! {
        <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
            <rect x="3" y="3" width="17" height="17" rx="5" fill="var(--brand)"></rect>
            <rect x="12" y="12" width="17" height="17" rx="5" fill="var(--brand-2)" opacity="0.9"></rect>
        </svg>
    }
}
