//! The form and its save: the contract's rules first (errors at their
//! fields, focus on the first), then for an existing theme the impact on
//! mentors when the change can touch them, then PUT with `If-Match`.
//! A 412 keeps what was typed and offers to reload the other admin's version.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use naname_contract::admin::{ThemeChange, ThemeImpact, ThemeInput};

use super::fields::ThemeFields;
use super::items::Items;
use super::{failure_text, Form};
use crate::api;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::{focus_field, focus_id};
use crate::pages::admin::impact::ImpactLines;
use crate::state::admin_theme::{affects_mentors, first_field, needs_confirmation, ThemeDraft};
use crate::state::route::AdminView;

#[component]
pub(super) fn ThemeForm(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = StoredValue::new_local(use_navigate());
    let status = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<String>);
    let stale = RwSignal::new(false);
    let busy = RwSignal::new(false);
    // The impact shown, and the exact input it was computed for.
    let impact = RwSignal::new(None::<(ThemeImpact, ThemeInput)>);

    let invalid = move |errors: Vec<naname_contract::FieldError>| {
        let first = first_field(&errors);
        form.errors.set(errors);
        failure.set(Some(i18n.t(Key::LoginFixFields).to_string()));
        if let Some(first) = first {
            focus_field(&first);
        }
    };

    let save = move |input: ThemeInput| {
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            let result = match (form.id, form.stored.get_untracked()) {
                (Some(id), Some(before)) => api::admin::replace_theme(id, &before.etag(), &input).await,
                _ => api::admin::create_theme(&input).await,
            };
            busy.try_set(false);
            impact.try_set(None);
            match result {
                Ok(theme) if form.id.is_none() => {
                    let href = AdminView::Theme(theme.id).href();
                    navigate.with_value(|nav| nav(&href, Default::default()));
                }
                Ok(theme) => {
                    form.draft.try_set(ThemeDraft::from_theme(&theme));
                    form.stored.try_set(Some(theme));
                    form.errors.try_set(Vec::new());
                    form.saved.try_update(|n| *n += 1);
                    status.try_set(i18n.t(Key::AthSaved).to_string());
                }
                Err(e) if e.status() == Some(412) => {
                    stale.try_set(true);
                    request_animation_frame(|| focus_id("theme-stale-reload"));
                }
                Err(e) if !e.field_errors().is_empty() => invalid(e.field_errors().to_vec()),
                Err(e) => {
                    failure.try_set(Some(failure_text(&e, i18n.lang_untracked())));
                }
            }
        });
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = form.draft.get_untracked();
        let errors = draft.check();
        if !errors.is_empty() {
            invalid(errors);
            return;
        }
        form.errors.set(Vec::new());
        let input = draft.to_input();
        // Saving again what the impact was shown for is the confirmation.
        if impact.with_untracked(|i| i.as_ref().is_some_and(|(_, shown)| *shown == input)) {
            save(input);
            return;
        }
        let (Some(id), Some(before)) = (form.id, form.stored.get_untracked()) else {
            save(input);
            return;
        };
        if !affects_mentors(&before, &input) {
            save(input);
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let change = ThemeChange { theme: Some(input.clone()), archived: None };
            let result = api::admin::impact(id, &change).await;
            busy.try_set(false);
            match result {
                Ok(found) if needs_confirmation(&found) => {
                    impact.try_set(Some((found, input)));
                    request_animation_frame(|| focus_id("theme-impact"));
                }
                Ok(_) => save(input),
                Err(e) if !e.field_errors().is_empty() => invalid(e.field_errors().to_vec()),
                Err(e) => {
                    failure.try_set(Some(failure_text(&e, i18n.lang_untracked())));
                }
            }
        });
    };

    let reload = move |_| {
        let Some(id) = form.id else { return };
        busy.set(true);
        spawn_local(async move {
            let result = api::admin::theme(id).await;
            busy.try_set(false);
            match result {
                Ok(theme) => {
                    form.draft.try_set(ThemeDraft::from_theme(&theme));
                    form.stored.try_set(Some(theme));
                    form.errors.try_set(Vec::new());
                    form.saved.try_update(|n| *n += 1);
                    stale.try_set(false);
                    impact.try_set(None);
                    status.try_set(i18n.t(Key::AthReloaded).to_string());
                }
                Err(e) => {
                    failure.try_set(Some(failure_text(&e, i18n.lang_untracked())));
                }
            }
        });
    };

    let impact_view = move || {
        impact.get().map(|(found, _)| {
            view! {
                <div class="admin-confirm" id="theme-impact" tabindex="-1" role="region" aria-labelledby="theme-impact-title">
                    <h3 class="admin-confirm-title" id="theme-impact-title">{tr(Key::AthImpactTitle)}</h3>
                    <ImpactLines impact=found archive=false />
                    <div class="admin-actions">
                        <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                            {tr(Key::AthSaveAnyway)}
                        </button>
                        <button type="button" class="btn btn-quiet" on:click=move |_| impact.set(None)>
                            {tr(Key::AthKeepEditing)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    let stale_view = move || {
        stale.get().then(|| {
            view! {
                <div class="admin-confirm admin-stale" role="alert">
                    <p>{tr(Key::AthErrStale)}</p>
                    <button type="button" class="btn btn-primary" id="theme-stale-reload" disabled=move || busy.get() on:click=reload>
                        {tr(Key::AthReload)}
                    </button>
                </div>
            }
        })
    };
    view! {
        <form class="form admin-theme-form" on:submit=submit novalidate>
            <ThemeFields form />
            <Items form status />
            {stale_view}
            {impact_view}
            {move || failure.get().map(|m| view! { <p class="admin-alert" role="alert">{m}</p> })}
            <p class="admin-status" role="status">{move || status.get()}</p>
            <Show when=move || impact.with(Option::is_none)>
                <div class="admin-actions">
                    <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                        {move || if busy.get() { i18n.t(Key::Working) } else { i18n.t(Key::AthSaveTheme) }}
                    </button>
                    <a class="btn btn-quiet" href=AdminView::Themes.href()>{tr(Key::AthCancel)}</a>
                </div>
            </Show>
        </form>
    }
}
