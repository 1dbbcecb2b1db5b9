//! Client-side routing: the URL as signals, navigation through the History
//! API, and in-app links that do not reload the page.
//!
//! The app's routes are flat (see [`crate::state::route`]), so this small
//! module stands in for leptos_router, whose generality (nested routes,
//! forms, transitions, URL parsing) cost about 12 KB of the gzipped app
//! against its 250 KB budget. It keeps leptos_router's names
//! (`use_location`, `use_navigate`, `NavigateOptions`) for the pages.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAnchorElement, MouseEvent};

use crate::state::route::is_current;

/// The current URL. `search` has no leading `?`.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    pub pathname: Memo<String>,
    pub search: Memo<String>,
}

#[derive(Debug, Clone, Copy)]
struct Router {
    /// `(pathname, search)` as the browser has it.
    url: RwSignal<(String, String)>,
    location: Location,
}

/// How to navigate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavigateOptions {
    /// Replace the current history entry instead of adding one (filters
    /// that change as you type, redirects).
    pub replace: bool,
    /// Scroll to the top, as a new page does.
    pub scroll: bool,
}

impl Default for NavigateOptions {
    fn default() -> Self {
        NavigateOptions { replace: false, scroll: true }
    }
}

fn browser_url() -> (String, String) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    (location.pathname().unwrap_or_else(|_| "/".into()), search.trim_start_matches('?').to_string())
}

/// Starts routing at the root of the app: provides the [`Location`], follows
/// Back and Forward, and turns clicks on in-app links into navigations.
pub fn provide_router() {
    let url = RwSignal::new(browser_url());
    let location = Location {
        pathname: Memo::new(move |_| url.with(|(path, _)| path.clone())),
        search: Memo::new(move |_| url.with(|(_, search)| search.clone())),
    };
    provide_context(Router { url, location });
    // The app lives as long as the page: the listeners are never removed.
    let _ = window_event_listener(ev::popstate, move |_| url.set(browser_url()));
    let _ = window_event_listener(ev::click, move |event| {
        if let Some(href) = in_app_href(&event) {
            event.prevent_default();
            go(url, &href, NavigateOptions::default());
        }
    });
}

fn router() -> Router {
    expect_context::<Router>()
}

pub fn use_location() -> Location {
    router().location
}

/// A function that navigates to a path (with its query, if any).
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone + 'static {
    let url = router().url;
    move |href: &str, options: NavigateOptions| go(url, href, options)
}

fn go(url: RwSignal<(String, String)>, href: &str, options: NavigateOptions) {
    let window = window();
    let here = window.location();
    let same = here.pathname().ok().zip(here.search().ok()).is_some_and(|(p, s)| format!("{p}{s}") == href);
    let moved = window.history().and_then(|history| {
        // Going where one already is adds no history entry.
        if options.replace || same {
            history.replace_state_with_url(&JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(href))
        }
    });
    if moved.is_err() {
        // No History API (or a refused URL): let the browser load it.
        let _ = here.set_href(href);
        return;
    }
    url.set(browser_url());
    if options.scroll {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The path, query and fragment of the link a click activates, when it is a
/// page of this app the router should show; `None` leaves the click to the
/// browser: modified clicks (new tab), downloads, other targets and origins,
/// the API, and links to a place on the current page (the skip link).
fn in_app_href(event: &MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??.dyn_into::<HtmlAnchorElement>().ok()?;
    let external =
        link.get_attribute("rel").is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"));
    if link.has_attribute("download") || !matches!(link.target().as_str(), "" | "_self") || external {
        return None;
    }
    let here = window().location();
    if link.origin() != here.origin().ok()? || link.pathname().starts_with("/api/") {
        return None;
    }
    let (path, search, hash) = (link.pathname(), link.search(), link.hash());
    if !hash.is_empty()
        && Some(&path) == here.pathname().ok().as_ref()
        && Some(&search) == here.search().ok().as_ref()
    {
        return None;
    }
    Some(format!("{path}{search}{hash}"))
}

/// A navigation link that says when it is the current page.
#[component]
pub fn NavLink(href: &'static str, children: Children) -> impl IntoView {
    let location = use_location();
    let current = move || location.pathname.with(|path| is_current(path, href)).then_some("page");
    view! {
        <a href=href aria-current=current>
            {children()}
        </a>
    }
}
