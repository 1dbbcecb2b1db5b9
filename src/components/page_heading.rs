use leptos::prelude::*;

use crate::i18n::{text, tr, use_i18n, Key};

/// The live region that tells screen-reader users a new page has opened,
/// and whether the page being shown is the first one since the app loaded.
#[derive(Debug, Clone, Copy)]
pub struct RouteAnnouncer {
    pub message: RwSignal<String>,
    first_view: StoredValue<bool>,
}

impl RouteAnnouncer {
    pub fn new() -> Self {
        Self { message: RwSignal::new(String::new()), first_view: StoredValue::new(true) }
    }
}

impl Default for RouteAnnouncer {
    fn default() -> Self {
        Self::new()
    }
}

/// A page's `<h1>`. It names the document, and when the page was reached by
/// navigation (not the first load) it takes focus and is announced: the
/// router does neither by itself.
#[component]
pub fn PageHeading(key: Key) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<leptos::html::H1>::new();

    Effect::new(move |_| {
        document().set_title(&format!("{} | {}", i18n.t(key), i18n.t(Key::AppName)));
    });

    if let Some(announcer) = use_context::<RouteAnnouncer>() {
        // Reads nothing reactive: runs once, after the page is mounted.
        Effect::new(move |_| {
            let first = announcer.first_view.get_value();
            announcer.first_view.set_value(false);
            if first {
                return;
            }
            announcer.message.set(text(i18n.lang_untracked(), key).to_string());
            request_animation_frame(move || {
                if let Some(h1) = heading.get_untracked() {
                    let _ = h1.focus();
                }
            });
        });
    }

    view! {
        <h1 class="page-title" tabindex="-1" node_ref=heading>
            {tr(key)}
        </h1>
    }
}
