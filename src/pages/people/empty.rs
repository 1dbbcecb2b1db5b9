//! No mentor matches: why, and the ways out (drop the last theme, clear all).

use leptos::prelude::*;

use crate::components::EmptyState;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::PeopleQuery;

#[component]
pub fn MentorEmpty(
    query: Memo<PeopleQuery>,
    apply: Callback<PeopleQuery>,
    /// A theme's name in the current language.
    theme_name: Callback<i64, String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = Signal::derive(move || {
        query.with(|q| {
            if !q.themes.is_empty() {
                format!("{} {}", i18n.t(Key::MentorEmptyThemes), i18n.t(Key::MentorEmptyHint))
            } else if !q.mq.is_empty() {
                i18n.t(Key::MentorEmptySearch).to_string()
            } else {
                i18n.t(Key::MentorEmptyNone).to_string()
            }
        })
    });
    let remove_last = move || {
        query.with(|q| q.themes.last().copied()).map(|last| {
            let label = move || i18n.tf(Key::RemoveTheme, &[("theme", &theme_name.run(last))]);
            view! {
                <button
                    type="button"
                    class="btn btn-secondary"
                    on:click=move |_| apply.run(query.get_untracked().toggle_theme(last))
                >
                    {label}
                </button>
            }
        })
    };
    let clear = move || {
        query.with(PeopleQuery::has_mentor_filter).then(|| {
            view! {
                <button
                    type="button"
                    class="btn btn-quiet"
                    on:click=move |_| apply.run(query.get_untracked().without_mentor_filter())
                >
                    {tr(Key::ClearFilters)}
                </button>
            }
        })
    };
    view! { <EmptyState message>{remove_last} {clear}</EmptyState> }
}
