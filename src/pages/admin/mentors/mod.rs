//! The Mentors tab: choose a theme (`?theme=ID`, so a theme's page can
//! link here), see its registrations and withdraw one, register people.

mod list;
mod register;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use naname_contract::admin::AdminCatalog;

use crate::api;
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::route::AdminTab;
use crate::state::Remote;

#[component]
pub fn MentorsTab() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = StoredValue::new_local(use_navigate());
    let chosen = Memo::new(move |_| query.with(|q| q.get("theme").and_then(|t| t.parse::<i64>().ok())));
    let catalog = RwSignal::new(Remote::<AdminCatalog>::Loading);
    let load = move || {
        spawn_local(async move {
            let next = match api::admin::catalog().await {
                Ok(c) => Remote::Ready(c),
                Err(e) => Remote::Failed(e),
            };
            catalog.try_set(next);
        });
    };
    load();
    let choose = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let href = if value.is_empty() {
            AdminTab::Mentors.href()
        } else {
            format!("{}?theme={value}", AdminTab::Mentors.href())
        };
        navigate.with_value(|nav| {
            nav(&href, NavigateOptions { replace: true, scroll: false, ..Default::default() })
        });
    };
    let archived = Memo::new(move |_| {
        let id = chosen.get()?;
        catalog.with(|c| {
            c.ready()?.categories.iter().flat_map(|k| &k.themes).find(|t| t.id == id).map(|t| t.archived)
        })
    });
    let picker = move || match catalog.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| load() /> }.into_any(),
        Remote::Ready(c) => {
            let lang = i18n.lang().code();
            let groups = c
                .categories
                .iter()
                .filter(|k| !k.themes.is_empty())
                .map(|k| {
                    let options = k
                        .themes
                        .iter()
                        .map(|t| {
                            let id = t.id;
                            let mut label = t.name.get(lang).to_string();
                            if t.archived {
                                label = format!("{label} ({})", i18n.t(Key::AthArchivedBadge));
                            }
                            view! { <option value=id.to_string() selected=move || chosen.get() == Some(id)>{label}</option> }
                        })
                        .collect_view();
                    view! { <optgroup label=k.name.get(lang).to_string()>{options}</optgroup> }
                })
                .collect_view();
            view! {
                <div class="field admin-theme-picker">
                    <label class="field-label" for="mentors-theme">{tr(Key::AthChooseTheme)}</label>
                    <select class="input select" id="mentors-theme" on:change=choose>
                        <option value="" selected=move || chosen.get().is_none()>{tr(Key::AthChooseThemeNone)}</option>
                        {groups}
                    </select>
                </div>
            }
            .into_any()
        }
    };
    // Bumped when people are registered, so the list reloads.
    let registered = RwSignal::new(0u32);
    let chosen_view = move || {
        chosen.get().map(|theme_id| {
            view! {
                <list::Registrations theme_id registered />
                {move || match archived.get() {
                    Some(true) => view! { <p class="field-hint">{tr(Key::AthErrThemeArchived)}</p> }.into_any(),
                    _ => view! { <register::Register theme_id registered /> }.into_any(),
                }}
            }
        })
    };
    view! {
        <section class="admin-section" data-tab="mentors" aria-labelledby="mentors-heading">
            <h2 class="section-title" id="mentors-heading">{tr(Key::AthMentorsHeading)}</h2>
            <p class="section-lead">{tr(Key::AthMentorsLead)}</p>
            {picker}
            {chosen_view}
        </section>
    }
}
