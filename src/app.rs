use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Redirect, Route, Router};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
#[cfg(feature = "split")]
use leptos_router::Lazy;
use leptos_router::{NavigateOptions, ParamSegment, StaticSegment};

use crate::auth::{Auth, Session};
use crate::components::{AppShell, ErrorState, LoadingState, RouteAnnouncer};
use crate::i18n::{detect_lang, provide_i18n};
use crate::pages::{
    AdminPage, LoginPage, MentorRequestPage, NotAllowedPage, NotFoundPage, OneOnOnesPage, PeoplePage, Recent,
    SettingsPage, SurveysPage,
};
use crate::state::route::{self, HOME, LOGIN};
use crate::state::url::{is_public_path, login_href};

/// A route's view: with the `split` feature (what `cargo xtask build`
/// uses) a lazily loaded `wasm_split` point whose code is a chunk of its
/// own, fetched on the first visit to the route; without it (`trunk serve`,
/// tests) the plain component.
#[cfg(feature = "split")]
macro_rules! page {
    ($lazy:ident, $component:ident) => {
        Lazy::<lazy::$lazy>::new()
    };
}
#[cfg(not(feature = "split"))]
macro_rules! page {
    ($lazy:ident, $component:ident) => {
        $component
    };
}

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
                        <Route path=StaticSegment(LOGIN) view={page!(Login, LoginPage)} />
                        <Route path=StaticSegment("") view=GoHome />
                        <Route path=StaticSegment(route::PEOPLE) view=PeoplePage />
                        <Route path=StaticSegment(route::ONE_ON_ONES) view={page!(OneOnOnes, OneOnOnesPage)} />
                        <Route path=StaticSegment(route::SETTINGS) view={page!(Settings, SettingsPage)} />
                        <Route
                            path=(StaticSegment(route::SETTINGS), ParamSegment(route::SETTINGS_SECTION))
                            view={page!(Settings, SettingsPage)}
                        />
                        <Route path=StaticSegment(route::SURVEYS) view=SurveysPage />
                        <Route path=StaticSegment(route::ADMIN) view={page!(Admin, AdminOnly)} />
                        <Route
                            path=(StaticSegment(route::ADMIN), ParamSegment(route::ADMIN_TAB))
                            view={page!(Admin, AdminOnly)}
                        />
                        <Route
                            path=(
                                StaticSegment(route::ADMIN),
                                ParamSegment(route::ADMIN_TAB),
                                ParamSegment(route::ADMIN_ID),
                            )
                            view={page!(Admin, AdminOnly)}
                        />
                        <Route
                            path=(
                                StaticSegment(route::MENTORS),
                                ParamSegment(route::MENTOR_ID),
                                StaticSegment(route::REQUEST),
                            )
                            view={page!(MentorRequest, MentorRequest)}
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

/// The lazily loaded routes: each a chunk of its own in the split build
/// (xtask/src/split.rs, decision 0007).
#[cfg(feature = "split")]
mod lazy {
    use leptos::prelude::*;
    use leptos_router::{lazy_route, LazyRoute};

    use super::{LoginPage, OneOnOnesPage, SettingsPage};

    /// `/mentors/:id/request`.
    pub struct MentorRequest;

    #[lazy_route]
    impl LazyRoute for MentorRequest {
        fn data() -> Self {
            Self
        }

        fn view(_this: Self) -> AnyView {
            view! { <super::MentorRequest /> }.into_any()
        }
    }

    /// `/login`: a signed-in first visit does not need it.
    pub struct Login;

    #[lazy_route]
    impl LazyRoute for Login {
        fn data() -> Self {
            Self
        }

        fn view(_this: Self) -> AnyView {
            view! { <LoginPage /> }.into_any()
        }
    }

    /// `/admin/…`: every admin tab is one chunk, which only admins fetch.
    pub struct Admin;

    #[lazy_route]
    impl LazyRoute for Admin {
        fn data() -> Self {
            Self
        }

        fn view(_this: Self) -> AnyView {
            view! { <super::AdminOnly /> }.into_any()
        }
    }

    /// `/settings/…`: every section is one chunk.
    pub struct Settings;

    #[lazy_route]
    impl LazyRoute for Settings {
        fn data() -> Self {
            Self
        }

        fn view(_this: Self) -> AnyView {
            view! { <SettingsPage /> }.into_any()
        }
    }

    /// `/one-on-ones` (My 1on1s).
    pub struct OneOnOnes;

    #[lazy_route]
    impl LazyRoute for OneOnOnes {
        fn data() -> Self {
            Self
        }

        fn view(_this: Self) -> AnyView {
            view! { <OneOnOnesPage /> }.into_any()
        }
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
