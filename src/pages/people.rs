//! People: the mentor corner (find mentors by theme) and the colleague
//! directory. Filters live in the URL (`?theme=3&theme=7&mq=…&q=…`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::mentors::Mentor;
use naname_contract::people::Person;
use naname_contract::themes::ThemeCatalog;
use wasm_bindgen::JsCast;

use crate::api;
use crate::components::{
    EmptyState, ErrorState, MentorCard, PageHeading, PersonRow, SearchBox, SkeletonCards,
};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::Recent;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::state::route::HOME;
use crate::state::{Paged, PeopleQuery, Remote};

/// Mentor cards per request: enough to choose from, few enough to stay fast
/// when the organisation has thousands of mentors.
pub const MENTOR_PAGE: u32 = 24;
pub const PEOPLE_PAGE: u32 = 20;

/// What the result area shows; a change of mode rebuilds it, anything else
/// updates it in place.
#[derive(Debug, Clone, PartialEq)]
enum Mode {
    Skeleton,
    Error(api::ApiError),
    Empty,
    List,
}

fn mode_of<T: crate::state::paging::HasId>(list: &Paged<T>) -> Mode {
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

#[component]
pub fn PeoplePage() -> impl IntoView {
    let location = use_location();
    let navigate = StoredValue::new_local(use_navigate());
    let recent = use_context::<Recent>();

    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|q| PeopleQuery::from_query(q)));
    let apply = Callback::new(move |next: PeopleQuery| {
        navigate.with_value(|navigate| {
            navigate(&next.href(), NavigateOptions { replace: true, scroll: false, ..Default::default() })
        });
    });
    // Remembered for "back to People" links. Only while this page is shown:
    // on the way out the location already belongs to the next page.
    Effect::new(move |_| {
        let href = query.with(PeopleQuery::href);
        if let (Some(recent), true) = (recent, location.pathname.with(|p| p == HOME)) {
            recent.people_href.set_value(href);
        }
    });

    view! {
        <div class="page people-page">
            <div class="page-head">
                <PageHeading key=Key::PeopleTitle />
                <p class="lead">{tr(Key::PeopleLead)}</p>
            </div>
            <div class="people-layout">
                <MentorCorner query apply />
                <Colleagues query apply />
            </div>
        </div>
    }
}

#[component]
fn MentorCorner(query: Memo<PeopleQuery>, apply: Callback<PeopleQuery>) -> impl IntoView {
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
    let grid = NodeRef::<leptos::html::Div>::new();
    let load = move |more: bool| {
        let started = mentors
            .try_update(|list| if more { list.begin_more() } else { Some((list.begin_reload(), 0)) })
            .flatten();
        let Some((ticket, offset)) = started else { return };
        let (themes, text) = filter.get_untracked();
        spawn_local(async move {
            let result = api::mentors::list(&themes, &text, offset, MENTOR_PAGE).await;
            let applied = mentors.try_update(|list| list.finish(ticket, result)).unwrap_or(false);
            if more && applied {
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

    let count_text = move || {
        mentors.with(|l| match l.total {
            _ if l.is_loading() && l.total.is_none() => i18n.t(Key::MentorCountLoading).to_string(),
            None => String::new(),
            Some(1) => i18n.t(Key::MentorCountOne).to_string(),
            Some(n) => i18n.tf(Key::MentorCount, &[("n", &n.to_string())]),
        })
    };

    let theme_name = move |id: i64| {
        catalog
            .with(|c| c.ready().and_then(|c| c.theme(id)).map(|t| t.name.get(i18n.lang().code()).to_string()))
    };

    let filter_view = move || {
        match catalog.get() {
        Remote::Loading => view! {
            <div class="chip-skeletons" aria-hidden="true">
                {(0..8).map(|i| view! { <span class=format!("skeleton skeleton-chip w-chip-{}", i % 3)></span> }).collect_view()}
            </div>
        }
        .into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| load_catalog() /> }.into_any(),
        Remote::Ready(catalog) => view! {
            <crate::components::ThemeFilter
                catalog
                selected
                on_change=move |themes| apply.run(PeopleQuery { themes, ..query.get_untracked() })
            />
        }
        .into_any(),
    }
    };

    let clear_all = move |_| apply.run(query.get_untracked().without_mentor_filter());

    let results = move || match mode.get() {
        Mode::Skeleton => view! { <SkeletonCards count=4 /> }.into_any(),
        Mode::Error(error) => view! { <ErrorState error on_retry=move |_| load(false) /> }.into_any(),
        Mode::Empty => {
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
                    let label = move || {
                        let name = theme_name(last).unwrap_or_else(|| format!("#{last}"));
                        i18n.tf(Key::RemoveTheme, &[("theme", &name)])
                    };
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
                        <button type="button" class="btn btn-quiet" on:click=clear_all>
                            {tr(Key::ClearFilters)}
                        </button>
                    }
                })
            };
            view! { <EmptyState message>{remove_last} {clear}</EmptyState> }.into_any()
        }
        Mode::List => view! {
            <div class="card-grid" node_ref=grid>
                <For
                    each=move || mentors.with(|l| l.items.clone())
                    key=|m| m.person.id
                    children=move |mentor| view! { <MentorCard mentor highlighted=selected /> }
                />
            </div>
            <ListFooter state=Memo::new(move |_| mentors.with(footer_of)) on_more=move |_| load(true) />
        }
        .into_any(),
    };

    view! {
        <section class="panel mentor-corner" aria-labelledby="mentors-heading">
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
                <div class="theme-filter-wrap">
                    <p class="filter-label">{tr(Key::ThemeFilterLabel)}</p>
                    {filter_view}
                </div>
            </div>
            <div class="results-bar">
                <p id="mentor-count" class="result-count" aria-live="polite" aria-atomic="true">
                    {count_text}
                </p>
                {move || {
                    query
                        .with(PeopleQuery::has_mentor_filter)
                        .then(|| {
                            view! {
                                <button type="button" class="btn btn-quiet btn-sm" on:click=clear_all>
                                    <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                                        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
                                    </svg>
                                    {tr(Key::ClearAll)}
                                </button>
                            }
                        })
                }}
            </div>
            <div class="results" class:is-stale=move || mentors.with(|l| l.phase == crate::state::Phase::Loading && !l.items.is_empty()) aria-busy=busy>
                {results}
            </div>
        </section>
    }
}

#[component]
fn Colleagues(query: Memo<PeopleQuery>, apply: Callback<PeopleQuery>) -> impl IntoView {
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
        <section class="panel colleagues" aria-labelledby="colleagues-heading">
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
                class:is-stale=move || people.with(|l| l.phase == crate::state::Phase::Loading && !l.items.is_empty())
                aria-busy=move || people.with(|l| l.is_loading()).to_string()
            >
                {results}
            </div>
        </section>
    }
}

/// What the footer under a list shows.
#[derive(Debug, Clone, PartialEq)]
struct Footer {
    shown: usize,
    total: u32,
    has_more: bool,
    loading_more: bool,
    error: Option<api::ApiError>,
}

fn footer_of<T: crate::state::paging::HasId>(list: &Paged<T>) -> Footer {
    Footer {
        shown: list.items.len(),
        total: list.total.unwrap_or(0),
        has_more: list.has_more(),
        loading_more: list.phase == crate::state::Phase::LoadingMore,
        error: list.more_error().cloned(),
    }
}

/// After "show more", focus moves to the first new item (`index`), so a
/// keyboard or screen-reader user carries on where the list grew instead of
/// staying on the button, which is gone once the last page is in.
fn focus_new_item(list: Option<web_sys::Element>, index: u32) {
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
fn ListFooter(#[prop(into)] state: Signal<Footer>, #[prop(into)] on_more: Callback<()>) -> impl IntoView {
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
