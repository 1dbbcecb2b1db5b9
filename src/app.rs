use crate::router::{provide_router, use_location, use_navigate, NavigateOptions};
use crate::state::route::{route_of, Route};
use leptos::prelude::*;

use crate::auth::{Auth, Session};
use crate::components::{AppShell, ErrorState, LoadingState, RouteAnnouncer};
use crate::i18n::{detect_lang, provide_i18n};
use crate::pages::{
    AdminPage, LoginPage, MentorRequestPage, NotAllowedPage, NotFoundPage, OneOnOnesPage, PeoplePage, Recent,
    SettingsPage, SurveysPage,
};
use crate::state::url::{is_public_path, login_href, HOME};

#[component]
pub fn App() -> impl IntoView {
    provide_i18n(detect_lang());
    let auth = Auth::new(Session::Checking);
    provide_context(auth);
    provide_context(RouteAnnouncer::new());
    provide_context(Recent::new());
    auth.check();
    provide_router();

    view! {
        <AppShell>
            <SessionGate>
                <Pages />
            </SessionGate>
        </AppShell>
    }
}

/// The page of the current path; a new page only when the route changes
/// (not when only the query does).
#[component]
fn Pages() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| route_of(&location.pathname.get()));
    move || match route.get() {
        Route::Login => view! { <LoginPage /> }.into_any(),
        Route::Home => view! { <GoHome /> }.into_any(),
        Route::People => view! { <PeoplePage /> }.into_any(),
        Route::OneOnOnes => view! { <OneOnOnesPage /> }.into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::Surveys => view! { <SurveysPage /> }.into_any(),
        Route::Admin => view! { <AdminOnly /> }.into_any(),
        Route::MentorRequest(id) => view! { <MentorRequestPage mentor_id=id /> }.into_any(),
        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn GoHome() -> impl IntoView {
    let navigate = use_navigate();
    Effect::new(move |_| navigate(HOME, NavigateOptions { replace: true, ..Default::default() }));
}

#[derive(Debug, Clone, PartialEq)]
enum Gate {
    Wait,
    Failed(crate::api::ApiError),
    Open,
}

/// Shows the pages only to a signed-in user (the login page to anyone);
/// everyone else goes to the login page, which brings them back afterwards.
/// Navigation only: the server enforces who may see what.
#[component]
fn SessionGate(children: ChildrenFn) -> impl IntoView {
    let auth = expect_context::<Auth>();
    let location = use_location();
    let navigate = use_navigate();
    let public = Memo::new(move |_| location.pathname.with(|p| is_public_path(p)));

    let gate = Memo::new(move |_| {
        let public = public.get();
        auth.session.with(|s| match s {
            _ if public => Gate::Open,
            Session::SignedIn(_) => Gate::Open,
            Session::Failed(e) => Gate::Failed(e.clone()),
            Session::Checking | Session::SignedOut => Gate::Wait,
        })
    });

    Effect::new(move |_| {
        if !public.get() && auth.session.with(|s| matches!(s, Session::SignedOut)) {
            let search = location.search.get_untracked();
            let here = if search.is_empty() {
                location.pathname.get_untracked()
            } else {
                format!("{}?{}", location.pathname.get_untracked(), search)
            };
            let target = if auth.take_logged_out() { "/login".to_string() } else { login_href(&here) };
            navigate(&target, NavigateOptions { replace: true, ..Default::default() });
        }
    });

    move || match gate.get() {
        Gate::Wait => view! { <LoadingState /> }.into_any(),
        Gate::Failed(error) => view! { <ErrorState error on_retry=move |_| auth.check() /> }.into_any(),
        Gate::Open => children().into_any(),
    }
}

/// `/admin` is for administrators; others are told so (the server refuses
/// them anyway).
#[component]
fn AdminOnly() -> impl IntoView {
    let auth = expect_context::<Auth>();
    let is_admin = Memo::new(move |_| auth.is_admin());
    move || {
        if is_admin.get() {
            view! { <AdminPage /> }.into_any()
        } else {
            view! { <NotAllowedPage /> }.into_any()
        }
    }
}
