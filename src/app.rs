use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
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
                    <Route path=path!("/people") view=|| view! { <Guard><PeoplePage /></Guard> } />
                    <Route path=path!("/one-on-ones") view=|| view! { <Guard><OneOnOnesPage /></Guard> } />
                    <Route path=path!("/settings") view=|| view! { <Guard><SettingsPage /></Guard> } />
                    <Route path=path!("/surveys") view=|| view! { <Guard><SurveysPage /></Guard> } />
                    <Route path=path!("/admin") view=|| view! { <Guard admin=true><AdminPage /></Guard> } />
                    <Route
                        path=path!("/mentors/:id/request")
                        view=|| view! { <Guard><MentorRequestPage /></Guard> }
                    />
                </Routes>
            </AppShell>
        </Router>
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Gate {
    Wait,
    Failed(crate::api::ApiError),
    NotAllowed,
    Open,
}

/// Shows its page only to a signed-in user (and only to admins with
/// `admin`); everyone else goes to the login page, which brings them back.
/// Navigation only: the server enforces who may see what.
#[component]
fn Guard(#[prop(optional)] admin: bool, children: ChildrenFn) -> impl IntoView {
    let auth = expect_context::<Auth>();
    let location = use_location();
    let navigate = use_navigate();

    let gate = Memo::new(move |_| {
        auth.session.with(|s| match s {
            Session::Checking | Session::SignedOut => Gate::Wait,
            Session::Failed(e) => Gate::Failed(e.clone()),
            Session::SignedIn(_) if admin && !auth.is_admin() => Gate::NotAllowed,
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
        Gate::NotAllowed => view! { <NotAllowedPage /> }.into_any(),
        Gate::Open => children().into_any(),
    }
}
