//! The frame around every page: skip link, header with navigation, account
//! and language, the main landmark, and the route announcer.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::auth::use_auth;
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
                    {move || signed_in.get().then(|| view! { <Account logout_error /> })}
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
                {link(route::SETTINGS, Key::NavSettings, true)}
                {link(route::SURVEYS, Key::NavSurveys, true)}
                {move || auth.is_admin().then(|| link(route::ADMIN, Key::NavAdmin, true))}
            </ul>
        </nav>
    }
}

#[component]
fn Account(logout_error: RwSignal<Option<ApiError>>) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let busy = RwSignal::new(false);
    let name = move || {
        auth.me()
            .map(|me| {
                let shown = if i18n.lang().code() == "en" && !me.name_latin.is_empty() {
                    me.name_latin
                } else {
                    me.name
                };
                i18n.tf(Key::SignedInAs, &[("name", &shown)])
            })
            .unwrap_or_default()
    };
    // Signing out here, or in every browser at once (a lost phone, a shared
    // computer): the same flow, another endpoint.
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
    view! {
        <p class="account-name" title=tr(Key::AccountLabel)>
            {name}
        </p>
        <button
            type="button"
            class="btn btn-quiet btn-sm logout"
            on:click=move |_| sign_out(false)
            disabled=move || busy.get()
        >
            <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                <path d="M6 2.5H3.5v11H6M10.5 5l3 3-3 3M13.5 8H6" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
            </svg>
            <span class="logout-label">
                {move || if busy.get() { i18n.t(Key::LoggingOut) } else { i18n.t(Key::Logout) }}
            </span>
        </button>
        <button
            type="button"
            class="btn btn-quiet btn-sm logout logout-everywhere"
            on:click=move |_| sign_out(true)
            disabled=move || busy.get()
        >
            // Two screens: every device, not just this one.
            <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                <path d="M1.5 3.5h9v6h-9zM4.5 12.5h3M10.5 6.5h4v7h-4M12 11.5h1" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
            </svg>
            <span class="logout-label">{tr(Key::LogoutEverywhere)}</span>
        </button>
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
