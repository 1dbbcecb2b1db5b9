use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Redirect, Route, Router};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{lazy_route, Lazy, LazyRoute, NavigateOptions, ParamSegment, StaticSegment};

use crate::auth::{Auth, Session};
use crate::components::{AppShell, ErrorState, LoadingState, RouteAnnouncer};
use crate::i18n::{detect_lang, provide_i18n};
use crate::pages::{
    AdminPage, LoginPage, MentorRequestPage, NotAllowedPage, NotFoundPage, OneOnOnesPage, PeoplePage, Recent,
    SettingsPage, SurveysPage,
};
use crate::state::route::{self, HOME, LOGIN};
use crate::state::url::{is_public_path, login_href};

#[component]
pub fn App() -> impl IntoView {
    provide_i18n(detect_lang());
    let auth = Auth::new(Session::Checking);
    provide_context(auth);
    provide_context(RouteAnnouncer::new());
    provide_context(Recent::new());
    auth.check();

    // Flat routes: the app has no nested layouts, and `FlatRoutes` measured
    // about 10 KiB (brotli) smaller than `Routes`.
    view! {
        <Router>
            <AppShell>
                <SessionGate>
                    <FlatRoutes fallback=NotFoundPage>
                        <Route path=StaticSegment(LOGIN) view={Lazy::<LoginRoute>::new()} />
                        <Route path=StaticSegment("") view=GoHome />
                        <Route path=StaticSegment(route::PEOPLE) view=PeoplePage />
                        <Route path=StaticSegment(route::ONE_ON_ONES) view={Lazy::<OneOnOnesRoute>::new()} />
                        <Route path=StaticSegment(route::SETTINGS) view=SettingsPage />
                        <Route path=StaticSegment(route::SURVEYS) view=SurveysPage />
                        <Route path=StaticSegment(route::ADMIN) view=AdminOnly />
                        <Route
                            path=(
                                StaticSegment(route::MENTORS),
                                ParamSegment(route::MENTOR_ID),
                                StaticSegment(route::REQUEST),
                            )
                            view={Lazy::<MentorRequestRoute>::new()}
                        />
                    </FlatRoutes>
                </SessionGate>
            </AppShell>
        </Router>
    }
}

/// `/` sends a signed-in user on to [`HOME`], replacing the entry so Back
/// does not land on it again.
#[component]
fn GoHome() -> impl IntoView {
    view! { <Redirect path=HOME options=NavigateOptions { replace: true, ..Default::default() } /> }
}

/// `/mentors/:id/request`, lazy-loaded (split spike): its view is a
/// `wasm_split` point, so the request page's code is a chunk of its own
/// that is fetched on the first visit to the route (`cargo xtask` splits the
/// module; see xtask/src/split.rs).
struct MentorRequestRoute;

#[lazy_route]
impl LazyRoute for MentorRequestRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <MentorRequest /> }.into_any()
    }
}

/// `/login`, lazy-loaded: a signed-in first visit does not need it.
struct LoginRoute;

#[lazy_route]
impl LazyRoute for LoginRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <LoginPage /> }.into_any()
    }
}

/// `/one-on-ones` (My 1on1s), lazy-loaded.
struct OneOnOnesRoute;

#[lazy_route]
impl LazyRoute for OneOnOnesRoute {
    fn data() -> Self {
        Self
    }

    fn view(_this: Self) -> AnyView {
        view! { <OneOnOnesPage /> }.into_any()
    }
}

/// The request page of a mentor, or "not found" when the id is not one
/// (`/mentors/abc/request`).
#[component]
fn MentorRequest() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get_str(route::MENTOR_ID).and_then(route::mentor_id));
    match id {
        Some(mentor_id) => view! { <MentorRequestPage mentor_id /> }.into_any(),
        None => view! { <NotFoundPage /> }.into_any(),
    }
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
            let target = if auth.take_logged_out() { LOGIN.to_string() } else { login_href(&here) };
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
