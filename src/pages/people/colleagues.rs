//! The colleague directory: search by name, reading or department.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::people::Person;

use super::list::{focus_new_item, footer_of, is_stale, mode_of, ListFooter, Mode};
use crate::api;
use crate::components::{EmptyState, ErrorState, PersonRow, SearchBox};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::{Paged, PeopleQuery};

pub const PEOPLE_PAGE: u32 = 20;

#[component]
pub fn Colleagues(
    query: Memo<PeopleQuery>,
    apply: Callback<PeopleQuery>,
    /// Every match, for the tab's count.
    total: RwSignal<Option<u32>>,
    /// `Some(shown)` when the section is a tab panel.
    #[prop(into)]
    panel: Signal<Option<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = Memo::new(move |_| query.with(|q| q.q.clone()));
    let people = RwSignal::new(Paged::<Person>::default());
    let rows = NodeRef::<leptos::html::Ul>::new();
    let load = move |more: bool| {
        let started = people
            .try_update(|list| if more { list.begin_more() } else { Some((list.begin_reload(), 0)) })
            .flatten();
        let Some((ticket, offset)) = started else { return };
        let q = text.get_untracked();
        spawn_local(async move {
            let result = api::people::list(&q, offset, PEOPLE_PAGE).await;
            let applied = people.try_update(|list| list.finish(ticket, result)).unwrap_or(false);
            if applied {
                total.try_set(people.with_untracked(|l| l.total));
            }
            if more && applied {
                focus_new_item(rows.get_untracked().map(Into::into), offset);
            }
        });
    };
    Effect::new(move |_| {
        text.track();
        load(false);
    });
    let mode = Memo::new(move |_| people.with(mode_of));
    let count_text = move || {
        people.with(|l| match l.total {
            None => String::new(),
            Some(1) => i18n.t(Key::ColleaguesCountOne).to_string(),
            Some(n) => i18n.tf(Key::ColleaguesCount, &[("n", &n.to_string())]),
        })
    };
    let results = move || match mode.get() {
        Mode::Skeleton => view! {
            <ul class="people-list" aria-hidden="true">
                {(0..5)
                    .map(|_| view! {
                        <li class="person-row">
                            <span class="skeleton skeleton-avatar sm"></span>
                            <span class="skeleton-lines">
                                <span class="skeleton skeleton-line w-60"></span>
                                <span class="skeleton skeleton-line w-80"></span>
                            </span>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Mode::Error(error) => view! { <ErrorState error on_retry=move |_| load(false) /> }.into_any(),
        Mode::Empty => {
            let message = Signal::derive(move || i18n.t(Key::ColleaguesEmpty).to_string());
            view! {
                <EmptyState message>
                    {move || {
                        (!text.with(String::is_empty))
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="btn btn-quiet"
                                        on:click=move |_| apply.run(PeopleQuery { q: String::new(), ..query.get_untracked() })
                                    >
                                        {tr(Key::ClearSearch)}
                                    </button>
                                }
                            })
                    }}
                </EmptyState>
            }
            .into_any()
        }
        Mode::List => view! {
            <ul class="people-list" node_ref=rows>
                <For
                    each=move || people.with(|l| l.items.clone())
                    key=|p| p.id
                    children=move |person| view! { <PersonRow person /> }
                />
            </ul>
            <ListFooter state=Memo::new(move |_| people.with(footer_of)) on_more=move |_| load(true) />
        }
        .into_any(),
    };
    view! {
        <section
            class="panel colleagues"
            id="colleague-panel"
            aria-labelledby="colleagues-heading"
            role=move || panel.get().map(|_| "tabpanel")
            hidden=move || panel.get() == Some(false)
        >
            <div class="section-head">
                <h2 id="colleagues-heading" class="section-title">
                    {tr(Key::ColleaguesHeading)}
                </h2>
            </div>
            <SearchBox
                id="people-search"
                label=Key::ColleaguesSearchLabel
                placeholder=Key::ColleaguesSearchPlaceholder
                committed=text
                on_search=move |q| apply.run(PeopleQuery { q, ..query.get_untracked() })
            />
            <p class="result-count" aria-live="polite" aria-atomic="true">
                {count_text}
            </p>
            <div
                class="results"
                class:is-stale=move || people.with(is_stale)
                aria-busy=move || people.with(|l| l.is_loading()).to_string()
            >
                {results}
            </div>
        </section>
    }
}
