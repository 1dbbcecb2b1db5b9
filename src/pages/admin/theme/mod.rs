//! A theme's page, new (`/admin/themes/new`) or existing
//! (`/admin/themes/:id`): names, category, descriptions and required
//! items, checked with the contract's rules before sending; the impact on
//! mentors before a change that touches them; saved against the `ETag`
//! (412: another admin saved first, "Reload" offered, what was typed kept
//! until then); its latest changes.

mod changes;
mod fields;
mod items;
mod save;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use naname_contract::admin::AdminTheme;
use naname_contract::{FieldError, Localized};

use crate::api::{self, ApiError};
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::Errors;
use crate::state::admin_theme::{errors_by_field, ThemeDraft};
use crate::state::route::{AdminTab, AdminView};
use crate::state::Remote;

/// What the form's parts share.
#[derive(Clone, Copy)]
pub(super) struct Form {
    pub id: Option<i64>,
    pub draft: RwSignal<ThemeDraft>,
    pub errors: RwSignal<Vec<FieldError>>,
    /// By field, without the impact's `theme.` prefix.
    pub error_map: Memo<Errors>,
    /// The theme as last loaded or saved (its `ETag` goes in `If-Match`).
    pub stored: RwSignal<Option<AdminTheme>>,
    /// Every category, to choose from.
    pub categories: RwSignal<Vec<(i64, Localized)>>,
    /// Bumped after each save, so the list of changes reloads.
    pub saved: RwSignal<u32>,
}

impl Form {
    /// Applies an edit and drops the error of the field edited.
    pub fn edit(&self, field: &str, f: impl FnOnce(&mut ThemeDraft)) {
        self.draft.update(f);
        if self.error_map.with_untracked(|m| m.contains_key(field)) {
            self.errors.update(|e| e.retain(|x| x.field.strip_prefix("theme.").unwrap_or(&x.field) != field));
        }
    }
}

#[component]
pub fn ThemePage(id: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let category = query.with_untracked(|q| q.get("category").and_then(|c| c.parse::<i64>().ok()));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let form = Form {
        id,
        draft: RwSignal::new(ThemeDraft::blank(category)),
        errors,
        error_map: Memo::new(move |_| errors.with(|e| errors_by_field(e))),
        stored: RwSignal::new(None),
        categories: RwSignal::new(Vec::new()),
        saved: RwSignal::new(0),
    };
    let loaded = RwSignal::new(Remote::<()>::Loading);
    let load = move || {
        loaded.set(Remote::Loading);
        spawn_local(async move {
            let catalog = match api::admin::catalog().await {
                Ok(c) => c,
                Err(e) => {
                    loaded.try_set(Remote::Failed(e));
                    return;
                }
            };
            let categories: Vec<(i64, Localized)> =
                catalog.categories.iter().map(|c| (c.id, c.name.clone())).collect();
            if form.id.is_none() && categories.len() == 1 {
                form.draft.update(|d| d.category_id = d.category_id.or(Some(categories[0].0)));
            }
            form.categories.try_set(categories);
            if let Some(id) = form.id {
                match api::admin::theme(id).await {
                    Ok(theme) => {
                        form.draft.try_set(ThemeDraft::from_theme(&theme));
                        form.stored.try_set(Some(theme));
                    }
                    Err(e) => {
                        loaded.try_set(Remote::Failed(e));
                        return;
                    }
                }
            }
            loaded.try_set(Remote::Ready(()));
        });
    };
    load();
    let heading = move || match form.id {
        None => i18n.t(Key::AthNewTheme).to_string(),
        Some(_) => form
            .stored
            .with(|t| t.as_ref().map(|t| t.name.get(i18n.lang().code()).to_string()).unwrap_or_default()),
    };
    let body = move || match loaded.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| load() /> }.into_any(),
        Remote::Ready(()) => view! {
            <save::ThemeForm form />
            {form.id.map(|id| view! { <changes::Changes id saved=form.saved /> })}
        }
        .into_any(),
    };
    let mentors_link = form.id.map(|id| {
        view! {
            <a class="btn btn-quiet btn-sm" href=format!("{}?theme={id}", AdminTab::Mentors.href())>
                {tr(Key::AthThemeMentorsLink)}
            </a>
        }
    });
    view! {
        <section class="admin-section admin-theme-page" aria-labelledby="theme-heading">
            <a class="back-link" href=AdminView::Themes.href()>
                {tr(Key::AthBackToThemes)}
            </a>
            <div class="admin-section-head">
                <h2 class="section-title" id="theme-heading">
                    {heading}
                </h2>
                {mentors_link}
            </div>
            {body}
        </section>
    }
}

/// An error as the form's alert says it.
pub(super) fn failure_text(e: &ApiError, lang: crate::i18n::Lang) -> String {
    crate::pages::admin::themes::failure_text(e, lang)
}
