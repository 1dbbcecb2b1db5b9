//! The Themes tab: categories (create, rename, reorder) and per category
//! its themes (counts, archive, reorder, delete), or "Start from examples"
//! for an organisation that has none.

mod category;
mod new_category;
mod row;

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::AdminCatalog;

use crate::api::{self, ApiError};
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::state::route::AdminView;
use crate::state::Remote;
use category::CategoryBlock;
use new_category::NewCategory;

/// What the tab's parts share.
#[derive(Clone, Copy)]
pub(super) struct Tab {
    pub catalog: RwSignal<Remote<AdminCatalog>>,
    /// What the last action did, for the polite live region.
    pub status: RwSignal<String>,
    /// The last action's failure, shown as an alert.
    pub failure: RwSignal<Option<String>>,
    pub i18n: I18n,
}

impl Tab {
    /// Runs an admin write; on success the catalogue is replaced (when the
    /// write answers with it) or reloaded, and `done` says what happened.
    pub fn after(&self, result: Result<Option<AdminCatalog>, ApiError>, done: String) -> bool {
        let lang = self.i18n.lang_untracked();
        match result {
            Ok(Some(catalog)) => {
                self.catalog.set(Remote::Ready(catalog));
                self.failure.set(None);
                self.status.set(done);
                true
            }
            Ok(None) => {
                self.failure.set(None);
                self.status.set(done);
                self.reload();
                true
            }
            Err(e) => {
                self.failure.set(Some(failure_text(&e, lang)));
                false
            }
        }
    }

    pub fn reload(&self) {
        let catalog = self.catalog;
        spawn_local(async move {
            let next = match api::admin::catalog().await {
                Ok(c) => Remote::Ready(c),
                Err(e) => Remote::Failed(e),
            };
            catalog.try_set(next);
        });
    }
}

/// An admin write's failure in words, with the admin-specific conflicts named.
pub(super) fn failure_text(e: &ApiError, lang: crate::i18n::Lang) -> String {
    let key = match e.code() {
        Some("theme_in_use") => Key::AthErrThemeInUse,
        Some("theme_archived") => Key::AthErrThemeArchived,
        Some("themes_exist") => Key::AthErrThemesExist,
        Some("precondition_failed") => Key::AthErrStale,
        _ => return e.message(lang),
    };
    crate::i18n::text(lang, key).to_string()
}

#[component]
pub fn ThemesTab() -> impl IntoView {
    let tab = Tab {
        catalog: RwSignal::new(Remote::Loading),
        status: RwSignal::new(String::new()),
        failure: RwSignal::new(None),
        i18n: use_i18n(),
    };
    tab.reload();
    // On the phase only (a memo, so an equal phase does not notify): a new
    // catalogue after a write keeps the view, and focus.
    let phase = Memo::new(move |_| tab.catalog.with(Remote::phase));
    let body = move || match phase.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| tab.reload() /> }.into_any(),
        Remote::Ready(()) => view! { <Catalogue tab /> }.into_any(),
    };
    view! {
        <section class="admin-section" data-tab="themes" aria-labelledby="themes-heading">
            <div class="admin-section-head">
                <h2 class="section-title" id="themes-heading">
                    {tr(Key::AthThemesHeading)}
                </h2>
                <a class="btn btn-primary" href=AdminView::NewTheme.href()>
                    {tr(Key::AthNewTheme)}
                </a>
            </div>
            <p class="section-lead">{tr(Key::AthThemesLead)}</p>
            <p class="admin-status" role="status">
                {move || tab.status.get()}
            </p>
            {move || tab.failure.get().map(|m| view! { <p class="admin-alert" role="alert">{m}</p> })}
            {body}
        </section>
    }
}

#[component]
fn Catalogue(tab: Tab) -> impl IntoView {
    let ids = move || {
        tab.catalog.with(|c| {
            c.ready().map(|c| c.categories.iter().map(|k| k.id).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    let empty = move || {
        tab.catalog.with(|c| c.ready().is_some_and(|c| c.categories.iter().all(|k| k.themes.is_empty())))
    };
    view! {
        <Show when=empty>
            <Examples tab />
        </Show>
        <div class="admin-categories">
            <For each=ids key=|id| *id children=move |id| view! { <CategoryBlock tab id /> } />
        </div>
        <NewCategory tab />
    }
}

/// "Start from examples": the brief's catalogue in one go, all editable after.
#[component]
fn Examples(tab: Tab) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let start = move |_| {
        busy.set(true);
        spawn_local(async move {
            let result = api::admin::examples().await.map(Some);
            busy.try_set(false);
            tab.after(result, i18n.t(Key::AthExamplesDone).to_string());
        });
    };
    view! {
        <div class="notice admin-empty">
            <p class="notice-text">{tr(Key::AthNoThemes)}</p>
            <button type="button" class="btn btn-primary" on:click=start disabled=move || busy.get()>
                {move || if busy.get() { i18n.t(Key::Working) } else { i18n.t(Key::AthExamples) }}
            </button>
        </div>
    }
}
