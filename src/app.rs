use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, NavigateOptions};

use crate::auth::{Auth, Session};
use crate::components::{AppShell, ErrorState, LoadingState, RouteAnnouncer};
use crate::i18n::{detect_lang, provide_i18n};
use crate::pages::{
    AdminPage, LoginPage, MentorRequestPage, NotAllowedPage, NotFoundPage, OneOnOnesPage, PeoplePage, Recent,
    SettingsPage, SurveysPage,
};
use crate::state::url::{login_href, HOME};

#[component]
pub fn App() -> impl IntoView {
    provide_i18n(detect_lang());
    let auth = Auth::new(Session::Checking);
    provide_context(auth);
    provide_context(RouteAnnouncer::new());
    provide_context(Recent::new());
    auth.check();

    view! {
        <Router>
            <AppShell>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/login") view=LoginPage />
                    <Route
                        path=path!("/")
                        view=|| {
                            view! {
                                <Redirect
                                    path=HOME
                                    options=NavigateOptions { replace: true, ..Default::default() }
                                />
                            }
                        }
                    />
                    <ParentRoute path=path!("") view=Guard>
                        <Route path=path!("/people") view=PeoplePage />
                        <Route path=path!("/one-on-ones") view=OneOnOnesPage />
                        <Route path=path!("/settings") view=SettingsPage />
                        <Route path=path!("/surveys") view=SurveysPage />
                        <Route path=path!("/admin") view=AdminOnly />
                        <Route path=path!("/mentors/:id/request") view=MentorRequestPage />
                    </ParentRoute>
                </Routes>
            </AppShell>
        </Router>
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Gate {
    Wait,
    Failed(crate::api::ApiError),
    Open,
}

/// Shows the pages below it only to a signed-in user; everyone else goes to
/// the login page, which brings them back. Navigation only: the server
/// enforces who may see what.
#[component]
fn Guard() -> impl IntoView {
    let auth = expect_context::<Auth>();
    let location = use_location();
    let navigate = use_navigate();

    let gate = Memo::new(move |_| {
        auth.session.with(|s| match s {
            Session::Checking | Session::SignedOut => Gate::Wait,
            Session::Failed(e) => Gate::Failed(e.clone()),
            Session::SignedIn(_) => Gate::Open,
        })
    });

    Effect::new(move |_| {
        if auth.session.with(|s| matches!(s, Session::SignedOut)) {
            let search = location.search.get_untracked();
            let here = if search.is_empty() {
                location.pathname.get_untracked()
            } else {
                format!("{}?{}", location.pathname.get_untracked(), search)
            };
            navigate(&login_href(&here), NavigateOptions { replace: true, ..Default::default() });
        }
    });

    move || match gate.get() {
        Gate::Wait => view! { <LoadingState /> }.into_any(),
        Gate::Failed(error) => view! { <ErrorState error on_retry=move |_| auth.check() /> }.into_any(),
        Gate::Open => view! { <Outlet /> }.into_any(),
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
