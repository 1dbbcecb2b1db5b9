//! The responses wanted (対応): what a mentee asks the mentor for. Each has
//! a name and an optional description, in both languages.

use leptos::prelude::*;
use naname_contract::admin_topics::{AdminResponse, ResponseInput};
use naname_contract::Localized;

use super::lifecycle::Lifecycle;
use super::{Inline, Tab};
use crate::api;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::{focus_id, LocalizedPair};

const NEW_RESPONSE_HEADING: &str = "new-response-heading";

#[component]
pub(super) fn ResponsesSection(tab: Tab) -> impl IntoView {
    let ids = move || {
        tab.catalog.with(|c| {
            c.ready().map(|c| c.responses.iter().map(|r| r.id).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    view! {
        <section class="admin-section" aria-labelledby="responses-heading">
            <h2 class="section-title" id="responses-heading">
                {tr(Key::AtpResponsesHeading)}
            </h2>
            <p class="section-lead">{tr(Key::AtpResponsesLead)}</p>
            <div class="admin-card">
                <ul class="admin-theme-list admin-responses">
                    <For each=ids key=|id| *id children=move |id| view! { <ResponseRow tab id /> } />
                </ul>
                <Show when=move || ids().is_empty()>
                    <p class="field-hint">{tr(Key::AtpNoResponses)}</p>
                </Show>
            </div>
            <section class="admin-new-category admin-card" aria-labelledby=NEW_RESPONSE_HEADING>
                <h3 class="admin-category-name" id=NEW_RESPONSE_HEADING tabindex="-1">
                    {tr(Key::AtpNewResponse)}
                </h3>
                <ResponseForm tab editing=None />
            </section>
        </section>
    }
}

#[component]
fn ResponseRow(tab: Tab, id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let current = Memo::new(move |_| {
        tab.catalog.with(|c| c.ready().and_then(|c| c.responses.iter().find(|r| r.id == id)).cloned())
    });
    let flag = move |f: fn(&AdminResponse) -> bool| {
        Signal::derive(move || current.with(|r| r.as_ref().is_some_and(f)))
    };
    let (archived, used) = (flag(|r| r.archived), flag(|r| r.used));
    let text = move |f: fn(&AdminResponse) -> &Localized| {
        Signal::derive(move || {
            current.with(|r| r.as_ref().map(|r| f(r).get(i18n.lang().code()).to_string())).unwrap_or_default()
        })
    };
    let (name, description) = (text(|r| &r.name), text(|r| &r.description));
    let editing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let edit_id = format!("r{id}-edit");
    let edit_focus = edit_id.clone();
    let close = Callback::new(move |_| {
        editing.set(false);
        let target = edit_focus.clone();
        request_animation_frame(move || focus_id(&target));
    });
    let on_archive = Callback::new(move |archived: bool| {
        let label = name.get_untracked();
        let write = api::admin_topics::set_response_archived(id, archived);
        tab.run(busy, write, move |saved| tab.done_response(tab.archived_text(archived, &label), saved));
    });
    let on_delete = Callback::new(move |_| {
        let label = name.get_untracked();
        let back = NEW_RESPONSE_HEADING.to_string();
        tab.run(busy, api::admin_topics::delete_response(id), move |()| tab.deleted(&label, back));
    });
    view! {
        <li class="admin-theme-row" class:is-archived=move || archived.get()>
            <div class="admin-theme-main">
                <span class="admin-theme-name">{move || name.get()}</span>
                <Show when=move || used.get()>
                    <span class="badge badge-muted">{tr(Key::AtpUsedBadge)}</span>
                </Show>
                <Show when=move || archived.get()>
                    <span class="badge badge-muted">{tr(Key::AthArchivedBadge)}</span>
                </Show>
                <p class="person-meta">{move || description.get()}</p>
            </div>
            <div class="admin-actions">
                <button
                    type="button"
                    class="btn btn-secondary btn-sm"
                    id=edit_id
                    aria-expanded=move || editing.get().to_string()
                    aria-label=move || i18n.tf(Key::AtpEditLabel, &[("name", &name.get())])
                    on:click=move |_| editing.update(|e| *e = !*e)
                >
                    {tr(Key::AtpEdit)}
                </button>
                <Lifecycle dom=format!("r{id}") name archived used busy on_archive on_delete />
            </div>
            <Show when=move || editing.get()>
                {move || current.get().map(|r| view! { <ResponseForm tab editing=Some(r) on_done=close /> })}
            </Show>
        </li>
    }
}

/// A response, new (`editing: None`) or edited.
#[component]
fn ResponseForm(
    tab: Tab,
    editing: Option<AdminResponse>,
    #[prop(optional)] on_done: Option<Callback<()>>,
) -> impl IntoView {
    let id = editing.as_ref().map(|r| r.id);
    let name = RwSignal::new(editing.as_ref().map(|r| r.name.clone()).unwrap_or_default());
    let description = RwSignal::new(editing.as_ref().map(|r| r.description.clone()).unwrap_or_default());
    let form = Inline::new(id.map_or_else(|| "new-response".to_string(), |id| format!("r{id}")));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ResponseInput { name: name.get_untracked(), description: description.get_untracked() };
        let send = move |i: ResponseInput| async move {
            match id {
                Some(id) => api::admin_topics::update_response(id, &i).await,
                None => api::admin_topics::create_response(&i).await,
            }
        };
        form.submit(tab, input.validate(), send, move |saved: AdminResponse| {
            let said = |key| tab.i18n.tf(key, &[("name", &tab.pick(&saved.name))]);
            if id.is_some() {
                tab.done_response(said(Key::AtpSaved), saved);
            } else {
                tab.done(said(Key::AtpResponseAdded), None);
                name.try_set(Localized::default());
                description.try_set(Localized::default());
            }
            if let Some(done) = on_done {
                done.run(());
            }
        });
    };
    let submit_label = if id.is_some() { Key::AthSave } else { Key::AtpAdd };
    view! {
        <form class="admin-inline-form" on:submit=submit novalidate>
            <LocalizedPair field=form.field("name") label=Key::AtpResponseName value=name errors=form.errors max=80 />
            <LocalizedPair
                field=form.field("description")
                label=Key::AtpResponseDescription
                value=description
                errors=form.errors
                multiline=true
                max=1000
            />
            <p class="field-hint">{tr(Key::AtpDescriptionHint)}</p>
            <div class="admin-actions">
                <button type="submit" class="btn btn-primary btn-sm" disabled=move || form.busy.get()>
                    {tr(submit_label)}
                </button>
                {on_done
                    .map(|done| {
                        view! {
                            <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| done.run(())>
                                {tr(Key::AthCancel)}
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}
