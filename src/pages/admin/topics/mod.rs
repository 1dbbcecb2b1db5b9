//! The Topics and responses tab: the topic grid (category × past, present,
//! future prompts, each recommended to an audience) and the responses
//! wanted (対応). What a 1on1 used is archived, never deleted; the server
//! enforces it (409 `…_in_use`) and the rows only offer what it allows.

mod category;
mod lifecycle;
mod prompt;
mod responses;

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin_topics::{AdminResponse, AdminTopic, AdminTopicCatalog};
use naname_contract::FieldError;

use crate::api::{self, ApiError};
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::pages::admin::field::{focus_field_in, prefixed, Errors};
use crate::state::admin_topics::{replace_response, replace_topic};
use crate::state::Remote;
use category::{CategoryBlock, CategoryNameForm};
use responses::ResponsesSection;

/// What the tab's parts share.
#[derive(Clone, Copy)]
pub(super) struct Tab {
    pub catalog: RwSignal<Remote<AdminTopicCatalog>>,
    /// What the last action did, for the polite live region.
    pub status: RwSignal<String>,
    /// The last action's failure, shown as an alert.
    pub failure: RwSignal<Option<String>>,
    pub i18n: I18n,
}

impl Tab {
    pub fn reload(&self) {
        let catalog = self.catalog;
        spawn_local(async move {
            let next = match api::admin_topics::catalog().await {
                Ok(c) => Remote::Ready(c),
                Err(e) => Remote::Failed(e),
            };
            catalog.try_set(next);
        });
    }

    /// A write went through: say so and take the new catalogue.
    pub fn done(&self, said: String, catalog: Option<AdminTopicCatalog>) {
        self.failure.set(None);
        self.status.set(said);
        match catalog {
            Some(c) => self.catalog.set(Remote::Ready(c)),
            None => self.reload(),
        }
    }

    /// A write answered with the prompt or response it saved: replace it in
    /// place, so the grid is not redrawn under the admin's focus.
    pub fn done_in_place(&self, said: String, replace: impl FnOnce(&mut AdminTopicCatalog) -> bool) {
        self.failure.set(None);
        self.status.set(said);
        let mut placed = false;
        self.catalog.update(|c| {
            if let Remote::Ready(c) = c {
                placed = replace(c);
            }
        });
        if !placed {
            self.reload();
        }
    }

    pub fn done_topic(&self, said: String, saved: AdminTopic) {
        self.done_in_place(said, move |c| replace_topic(c, saved));
    }

    pub fn done_response(&self, said: String, saved: AdminResponse) {
        self.done_in_place(said, move |c| replace_response(c, saved));
    }

    /// Runs one row write while `busy`; a failure goes to the tab's alert.
    pub fn run<T: 'static>(
        &self,
        busy: RwSignal<bool>,
        write: impl Future<Output = Result<T, ApiError>> + 'static,
        ok: impl FnOnce(T) + 'static,
    ) {
        let tab = *self;
        busy.set(true);
        spawn_local(async move {
            let result = write.await;
            busy.try_set(false);
            match result {
                Ok(value) => ok(value),
                Err(e) => tab.failed(&e),
            }
        });
    }

    /// "Archived “…”." or "“…” is live again.", for the live region.
    pub fn archived_text(&self, archived: bool, name: &str) -> String {
        let key = if archived { Key::AtpArchivedDone } else { Key::AthUnarchivedDone };
        self.i18n.tf(key, &[("name", name)])
    }

    /// After a delete: say so, reload, and put focus where the row was.
    pub fn deleted(&self, name: &str, focus: String) {
        self.done(self.i18n.tf(Key::AthDeletedDone, &[("name", name)]), None);
        request_animation_frame(move || crate::components::focus::focus_id(&focus));
    }

    pub fn failed(&self, e: &ApiError) {
        let lang = self.i18n.lang_untracked();
        let text = match e.code() {
            Some("topic_in_use" | "response_in_use") => crate::i18n::text(lang, Key::AtpErrInUse).to_string(),
            _ => e.message(lang),
        };
        self.failure.set(Some(text));
    }

    /// The name of a text in the page language.
    pub fn pick(&self, l: &naname_contract::Localized) -> String {
        l.get(self.i18n.lang_untracked().code()).to_string()
    }
}

/// One inline form: its field prefix (two forms on a page never share an
/// element id), its field errors and whether it is sending.
#[derive(Clone, Copy)]
pub(super) struct Inline {
    prefix: StoredValue<String>,
    pub errors: RwSignal<Errors>,
    pub busy: RwSignal<bool>,
}

impl Inline {
    pub fn new(prefix: String) -> Inline {
        Inline {
            prefix: StoredValue::new(prefix),
            errors: RwSignal::new(Errors::new()),
            busy: RwSignal::new(false),
        }
    }

    /// The place of one of the form's fields (`prompt` → `t4.prompt`).
    pub fn field(&self, name: &str) -> String {
        format!("{}.{name}", self.prefix.get_value())
    }

    fn fail(&self, errors: &[FieldError]) {
        let prefix = self.prefix.get_value();
        self.errors.try_set(prefixed(errors, &prefix));
        focus_field_in(&prefix, errors);
    }

    /// Checks with the contract's rules, then sends. Field errors, the
    /// app's or a 422's, sit at their fields and focus goes to the first;
    /// other failures go to the tab's alert. What was typed stays.
    pub fn submit<I, T, F>(
        self,
        tab: Tab,
        checked: Result<I, Vec<FieldError>>,
        send: impl FnOnce(I) -> F + 'static,
        ok: impl FnOnce(T) + 'static,
    ) where
        I: 'static,
        T: 'static,
        F: Future<Output = Result<T, ApiError>> + 'static,
    {
        let input = match checked {
            Ok(input) => input,
            Err(e) => return self.fail(&e),
        };
        self.errors.set(Errors::new());
        self.busy.set(true);
        spawn_local(async move {
            let result = send(input).await;
            self.busy.try_set(false);
            match result {
                Ok(saved) => ok(saved),
                Err(e) if !e.field_errors().is_empty() => self.fail(e.field_errors()),
                Err(e) => tab.failed(&e),
            }
        });
    }
}

#[component]
pub fn TopicsTab() -> impl IntoView {
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
        <div class="admin-section" data-tab="topics">
            <p class="admin-status" role="status">
                {move || tab.status.get()}
            </p>
            {move || tab.failure.get().map(|m| view! { <p class="admin-alert" role="alert">{m}</p> })}
            {body}
        </div>
    }
}

#[component]
fn Catalogue(tab: Tab) -> impl IntoView {
    let ids = move || {
        tab.catalog.with(|c| {
            c.ready().map(|c| c.categories.iter().map(|k| k.id).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    let none = move || tab.catalog.with(|c| c.ready().is_some_and(|c| c.categories.is_empty()));
    view! {
        <section class="admin-section" aria-labelledby="topics-heading">
            <h2 class="section-title" id="topics-heading">
                {tr(Key::AtpTopicsHeading)}
            </h2>
            <p class="section-lead">{tr(Key::AtpTopicsLead)}</p>
            <p class="field-hint">{tr(Key::AtpUsedRule)}</p>
            <Show when=none>
                <p class="notice admin-empty">{tr(Key::AtpNoCategories)}</p>
            </Show>
            <div class="admin-categories">
                <For each=ids key=|id| *id children=move |id| view! { <CategoryBlock tab id /> } />
            </div>
            <section class="admin-new-category admin-card" aria-labelledby="new-topic-category-heading">
                <h3 class="admin-category-name" id="new-topic-category-heading">
                    {tr(Key::AthNewCategory)}
                </h3>
                <CategoryNameForm tab id=None initial=Default::default() />
            </section>
        </section>
        <ResponsesSection tab />
    }
}
