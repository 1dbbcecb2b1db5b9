//! The mentor corner: mentors found by theme (all of the chosen ones) and
//! keyword, results first, the count and the active filters right above them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::mentors::{Mentor, NextFree};
use naname_contract::themes::ThemeCatalog;

use super::empty::MentorEmpty;
use super::list::{focus_new_item, footer_of, is_stale, mode_of, ListFooter, Mode};
use super::results_bar::ResultsBar;
use crate::api;
use crate::components::{ErrorState, MentorCard, SearchBox, SkeletonCards, ThemeFilter};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::facets::{split, Facets};
use crate::state::{Paged, PeopleQuery, Remote};

/// Mentor cards per request: enough to choose from, few enough to stay fast
/// when the organisation has thousands of mentors.
pub const MENTOR_PAGE: u32 = 24;

#[component]
pub fn MentorCorner(
    query: Memo<PeopleQuery>,
    apply: Callback<PeopleQuery>,
    /// Every match, for the tab's count.
    total: RwSignal<Option<u32>>,
    /// `Some(shown)` when the section is a tab panel.
    #[prop(into)]
    panel: Signal<Option<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();

    let catalog = RwSignal::new(Remote::<ThemeCatalog>::Loading);
    let load_catalog = move || {
        catalog.set(Remote::Loading);
        spawn_local(async move {
            let next = match api::themes::catalog().await {
                Ok(c) => Remote::Ready(c),
                Err(e) => Remote::Failed(e),
            };
            catalog.try_set(next);
        });
    };
    load_catalog();

    let selected = Memo::new(move |_| query.with(|q| q.themes.clone()));
    let mentor_text = Memo::new(move |_| query.with(|q| q.mq.clone()));
    let filter = Memo::new(move |_| (selected.get(), mentor_text.get()));

    let mentors = RwSignal::new(Paged::<Mentor>::default());
    // From the latest answer: the chips' facets and each card's next free time.
    let facets = RwSignal::new(None::<Facets>);
    // A list, not a map: a page is tens of cards, and a map type costs wasm.
    let free = RwSignal::new(Vec::<NextFree>::new());
    let grid = NodeRef::<leptos::html::Div>::new();
    let load = move |more: bool| {
        let started = mentors
            .try_update(|list| if more { list.begin_more() } else { Some((list.begin_reload(), 0)) })
            .flatten();
        let Some((ticket, offset)) = started else { return };
        let (themes, text) = filter.get_untracked();
        spawn_local(async move {
            let (page, extras) = match api::mentors::list(&themes, &text, offset, MENTOR_PAGE).await {
                Ok(answer) => {
                    let (page, answer_facets, next_free) = split(answer);
                    (Ok(page), Some((answer_facets, next_free)))
                }
                Err(e) => (Err(e), None),
            };
            let applied = mentors.try_update(|list| list.finish(ticket, page)).unwrap_or(false);
            if !applied {
                return;
            }
            total.try_set(mentors.with_untracked(|l| l.total));
            match extras {
                Some((answer_facets, next_free)) => {
                    facets.try_set(Some(answer_facets));
                    free.try_update(|list| {
                        if !more {
                            list.clear();
                        }
                        list.extend(next_free);
                    });
                }
                // A failed reload leaves no facets for the new filter; a failed "show more" keeps them.
                None if !more => {
                    facets.try_set(None);
                }
                None => {}
            }
            if more {
                focus_new_item(grid.get_untracked().map(Into::into), offset);
            }
        });
    };
    Effect::new(move |_| {
        filter.track();
        load(false);
    });

    let mode = Memo::new(move |_| mentors.with(mode_of));
    let busy = move || mentors.with(|l| l.is_loading()).to_string();
    let count = Signal::derive(move || {
        mentors.with(|l| match l.total {
            _ if l.error().is_some() => String::new(),
            _ if l.is_loading() && l.total.is_none() => i18n.t(Key::MentorCountLoading).to_string(),
            None => String::new(),
            Some(1) => i18n.t(Key::MentorCountOne).to_string(),
            Some(n) => i18n.tf(Key::MentorCount, &[("n", &n.to_string())]),
        })
    });
    let list_error = Signal::derive(move || mentors.with(|l| l.error().cloned()));

    let theme_name = Callback::new(move |id: i64| {
        catalog
            .with(|c| c.ready().and_then(|c| c.theme(id)).map(|t| t.name.get(i18n.lang().code()).to_string()))
            .unwrap_or_else(|| format!("#{id}"))
    });

    let count_ref = NodeRef::<leptos::html::P>::new();
    // The sheet's "N mentors match – show": to the count, right above the cards.
    let show_results = Callback::new(move |()| {
        if let Some(count) = count_ref.get_untracked() {
            let _ = count.focus();
        }
    });

    let filter_view = move || {
        match catalog.get() {
        Remote::Loading => view! {
            <div class="chip-skeletons" aria-hidden="true">
                {(0..6).map(|i| view! { <span class=format!("skeleton skeleton-chip w-chip-{}", i % 3)></span> }).collect_view()}
            </div>
        }
        .into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| load_catalog() /> }.into_any(),
        Remote::Ready(catalog) => view! {
            <ThemeFilter
                catalog
                selected
                facets
                on_show=show_results
                on_change=move |themes| apply.run(PeopleQuery { themes, ..query.get_untracked() })
            />
        }
        .into_any(),
    }
    };

    let results = move || {
        match mode.get() {
        Mode::Skeleton => view! { <SkeletonCards count=4 /> }.into_any(),
        // Said next to the count, where the answer would have been.
        Mode::Error(_) => ().into_any(),
        Mode::Empty => view! { <MentorEmpty query apply theme_name /> }.into_any(),
        Mode::List => view! {
            <div class="card-grid" node_ref=grid>
                <For
                    each=move || mentors.with(|l| l.items.clone())
                    key=|m| m.person.id
                    children=move |mentor| {
                        let id = mentor.person.id;
                        let next_free = Signal::derive(move || free.with(|list| list.iter().find(|n| n.mentor_id == id).copied()));
                        view! { <MentorCard mentor highlighted=selected next_free /> }
                    }
                />
            </div>
            <ListFooter state=Memo::new(move |_| mentors.with(footer_of)) on_more=move |_| load(true) />
        }
        .into_any(),
    }
    };

    view! {
        <section
            class="panel mentor-corner"
            id="mentor-panel"
            aria-labelledby="mentors-heading"
            role=move || panel.get().map(|_| "tabpanel")
            hidden=move || panel.get() == Some(false)
        >
            <div class="section-head">
                <h2 id="mentors-heading" class="section-title">
                    {tr(Key::MentorsHeading)}
                </h2>
                <p class="section-lead">{tr(Key::MentorsLead)}</p>
            </div>
            <div class="filter-panel">
                <SearchBox
                    id="mentor-search"
                    label=Key::MentorSearchLabel
                    placeholder=Key::MentorSearchPlaceholder
                    committed=mentor_text
                    on_search=move |mq| apply.run(PeopleQuery { mq, ..query.get_untracked() })
                />
                <div class="theme-filter-wrap">{filter_view}</div>
            </div>
            <ResultsBar
                query
                apply
                count
                error=list_error
                on_retry=move |_| load(false)
                theme_name
                count_ref
            />
            <div class="results" class:is-stale=move || mentors.with(is_stale) aria-busy=busy>
                {results}
            </div>
        </section>
    }
}
