//! What both lists share: the result area's mode, the footer with "show
//! more", and where focus goes after it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api;
use crate::components::ErrorState;
use crate::i18n::{use_i18n, Key};
use crate::state::paging::HasId;
use crate::state::{Paged, Phase};

/// What the result area shows; a change of mode rebuilds it, anything else
/// updates it in place.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Skeleton,
    Error(api::ApiError),
    Empty,
    List,
}

pub fn mode_of<T: HasId>(list: &Paged<T>) -> Mode {
    if let Some(e) = list.error() {
        Mode::Error(e.clone())
    } else if list.is_loading() && list.items.is_empty() {
        Mode::Skeleton
    } else if list.is_empty_result() {
        Mode::Empty
    } else {
        Mode::List
    }
}

/// Loaded items dimmed while the next answer is on its way.
pub fn is_stale<T: HasId>(list: &Paged<T>) -> bool {
    list.phase == Phase::Loading && !list.items.is_empty()
}

/// What the footer under a list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Footer {
    shown: usize,
    total: u32,
    has_more: bool,
    loading_more: bool,
    error: Option<api::ApiError>,
}

pub fn footer_of<T: HasId>(list: &Paged<T>) -> Footer {
    Footer {
        shown: list.items.len(),
        total: list.total.unwrap_or(0),
        has_more: list.has_more(),
        loading_more: list.phase == Phase::LoadingMore,
        error: list.more_error().cloned(),
    }
}

/// After "show more", focus moves to the first new item (`index`), so a
/// keyboard or screen-reader user carries on where the list grew instead of
/// staying on the button, which is gone once the last page is in.
pub fn focus_new_item(list: Option<web_sys::Element>, index: u32) {
    let Some(list) = list else { return };
    // After the new items are painted.
    request_animation_frame(move || {
        let selector = format!(":scope > :nth-child({})", index + 1);
        let Some(item) = list.query_selector(&selector).ok().flatten() else { return };
        let _ = item.set_attribute("tabindex", "-1");
        if let Ok(item) = item.dyn_into::<web_sys::HtmlElement>() {
            let _ = item.focus();
        }
    });
}

/// "Showing 24 of 130" and the button for the next page.
#[component]
pub fn ListFooter(#[prop(into)] state: Signal<Footer>, #[prop(into)] on_more: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let loading_more = move || state.with(|f| f.loading_more);
    view! {
        <div class="list-footer">
            {move || state.with(|f| f.error.clone()).map(|error| view! { <ErrorState error on_retry=move |_| on_more.run(()) /> })}
            {move || {
                state
                    .with(|f| f.has_more && f.error.is_none())
                    .then(|| {
                        view! {
                            <p class="list-progress">
                                {move || {
                                    state.with(|f| {
                                        i18n.tf(
                                            Key::ShowingOf,
                                            &[("shown", &f.shown.to_string()), ("total", &f.total.to_string())],
                                        )
                                    })
                                }}
                            </p>
                            <button
                                type="button"
                                class="btn btn-secondary"
                                aria-disabled=move || loading_more().to_string()
                                on:click=move |_| on_more.run(())
                            >
                                <span class="spinner spinner-sm" aria-hidden="true" hidden=move || !loading_more()></span>
                                <span>{move || if loading_more() { i18n.t(Key::Loading) } else { i18n.t(Key::ShowMore) }}</span>
                            </button>
                        }
                    })
            }}
        </div>
    }
}
