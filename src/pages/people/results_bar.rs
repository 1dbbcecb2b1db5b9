//! Above the mentor cards, always in view of them: how many match (or why
//! the list could not load), and the active filters, each removable.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::ApiError;
use crate::components::ErrorState;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::PeopleQuery;

#[component]
pub fn ResultsBar(
    query: Memo<PeopleQuery>,
    apply: Callback<PeopleQuery>,
    #[prop(into)] count: Signal<String>,
    #[prop(into)] error: Signal<Option<ApiError>>,
    #[prop(into)] on_retry: Callback<()>,
    /// A theme's name in the current language.
    #[prop(into)]
    theme_name: Callback<i64, String>,
    /// The count, focused when the theme sheet hands over to the results.
    count_ref: NodeRef<leptos::html::P>,
) -> impl IntoView {
    let i18n = use_i18n();
    let list = NodeRef::<leptos::html::Ul>::new();
    // A removed filter's button goes: focus moves to the one now in its
    // place, else to the count, rather than to the document.
    let removed = move |index: usize| {
        request_animation_frame(move || {
            let buttons = list.get_untracked().and_then(|l| l.query_selector_all("button").ok());
            let next = buttons
                .filter(|b| b.length() > 0)
                .and_then(|b| b.item((index as u32).min(b.length() - 1)))
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
            match next {
                Some(button) => {
                    let _ = button.focus();
                }
                None => {
                    if let Some(count) = count_ref.get_untracked() {
                        let _ = count.focus();
                    }
                }
            }
        });
    };
    let remove_theme = move |id: i64| {
        let q = query.get_untracked();
        let index = q.themes.iter().position(|t| *t == id).unwrap_or(0);
        apply.run(q.toggle_theme(id));
        removed(index);
    };
    let remove_keyword = move || {
        let q = query.get_untracked();
        let index = q.themes.len();
        apply.run(PeopleQuery { mq: String::new(), ..q });
        removed(index);
    };
    let clear_all = move |_| {
        apply.run(query.get_untracked().without_mentor_filter());
        if let Some(count) = count_ref.get_untracked() {
            let _ = count.focus();
        }
    };
    let x_icon = || {
        view! {
            <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
            </svg>
        }
    };
    let keyword = move || {
        query.with(|q| (!q.mq.trim().is_empty()).then(|| q.mq.trim().to_string())).map(|mq| {
            let label = i18n.tf(Key::RemoveKeyword, &[("q", &mq)]);
            view! {
                <li>
                    <button type="button" class="filter-tag" aria-label=label on:click=move |_| remove_keyword()>
                        <span class="filter-tag-text">{format!("“{mq}”")}</span>
                        {x_icon()}
                    </button>
                </li>
            }
        })
    };
    view! {
        <div class="results-bar">
            <div class="results-summary">
                <p id="mentor-count" class="result-count" tabindex="-1" node_ref=count_ref aria-live="polite" aria-atomic="true">
                    {count}
                </p>
                {move || error.get().map(|error| view! { <ErrorState error on_retry /> })}
                {move || {
                    query
                        .with(PeopleQuery::has_mentor_filter)
                        .then(|| {
                            view! {
                                <button type="button" class="btn btn-quiet btn-sm clear-all" on:click=clear_all>
                                    {tr(Key::ClearAll)}
                                </button>
                            }
                        })
                }}
            </div>
            <ul class="active-filters" aria-label=tr(Key::ActiveFilters) node_ref=list hidden=move || !query.with(PeopleQuery::has_mentor_filter)>
                // Rebuilt when the filter changes (a few tags; focus is placed after it).
                {move || {
                    query
                        .with(|q| q.themes.clone())
                        .into_iter()
                        .map(|id| {
                            let name = move || theme_name.run(id);
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="filter-tag"
                                        aria-label=move || i18n.tf(Key::RemoveTheme, &[("theme", &name())])
                                        on:click=move |_| remove_theme(id)
                                    >
                                        <span class="filter-tag-text">{name}</span>
                                        {x_icon()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
                {keyword}
            </ul>
        </div>
    }
}
