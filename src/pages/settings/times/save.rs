//! Saving the editor: the app checks first (errors at their places, focus
//! on the first), then one PUT with `If-Match`; 412 offers reload or
//! overwrite; any other failure keeps what was typed and can be retried.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::Editor;
use crate::api;
use crate::i18n::{tr, use_i18n, Key};

/// Focuses the first field marked invalid, once the view shows the errors.
fn focus_first_error() {
    request_animation_frame(|| {
        let first = document().query_selector(".times-editor [aria-invalid='true']").ok().flatten();
        if let Some(el) = first.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Checks and saves; `if_match` overrides the loaded version (`*`: overwrite).
pub(super) fn save(ed: Editor, if_match: Option<&'static str>) {
    let i18n = ed.i18n;
    let form = ed.form.get_untracked();
    let doc = match form.check() {
        Ok(doc) => doc,
        Err(errors) => {
            let n = errors.len().to_string();
            ed.errors.set(errors);
            ed.status.set(i18n.tf(Key::TimesFixErrors, &[("n", &n)]));
            focus_first_error();
            return;
        }
    };
    let etag = if_match.map_or_else(|| ed.etag.get_untracked(), str::to_string);
    ed.busy.set(true);
    ed.failure.set(None);
    ed.status.set(String::new());
    spawn_local(async move {
        let result = api::availability::save(&doc, &etag).await;
        ed.busy.try_set(false);
        match result {
            Ok((stored, etag)) => {
                ed.take(&stored, etag, false);
                ed.status.try_set(i18n.t(Key::TimesSaved).to_string());
            }
            Err(e) if e.code() == Some("precondition_failed") => {
                ed.conflict.try_set(true);
            }
            Err(e) if !e.field_errors().is_empty() => {
                // Placed by the form as it was sent, which the reply is about.
                ed.errors.try_set(form.errors_from(e.field_errors()));
                focus_first_error();
            }
            Err(e) => {
                ed.failure.try_set(Some(e));
            }
        }
    });
}

/// While something is unsaved, closing or reloading the tab asks first.
pub(super) fn guard_leaving(ed: Editor) {
    let handle = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if ed.dirty() {
            ev.prevent_default();
            ev.set_return_value("unsaved");
        }
    });
    on_cleanup(move || handle.remove());
}

#[component]
pub(super) fn SaveBar(ed: Editor, on_reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let dirty = move || ed.dirty();
    view! {
        <div class="times-save">
            <Show when=move || ed.conflict.get()>
                <div class="admin-alert times-conflict" role="alert">
                    <p>{tr(Key::TimesConflict)}</p>
                    <div class="admin-actions">
                        <button type="button" class="btn btn-secondary btn-sm" on:click=move |_| on_reload.run(())>
                            {tr(Key::TimesReload)}
                        </button>
                        <button type="button" class="btn btn-danger btn-sm" on:click=move |_| save(ed, Some("*"))>
                            {tr(Key::TimesOverwrite)}
                        </button>
                    </div>
                </div>
            </Show>
            {move || {
                ed.failure
                    .get()
                    .map(|e| {
                        view! {
                            <p class="admin-alert" role="alert">
                                {e.message(i18n.lang())}
                            </p>
                        }
                    })
            }}
            <div class="times-save-row">
                <button type="submit" class="btn btn-primary" disabled=move || ed.busy.get()>
                    {move || if ed.busy.get() { i18n.t(Key::Working) } else { i18n.t(Key::TimesSave) }}
                </button>
                <Show when=dirty>
                    <span class="badge badge-soon times-unsaved">{tr(Key::TimesUnsaved)}</span>
                </Show>
            </div>
            <p class="admin-status" role="status">
                {move || ed.status.get()}
            </p>
        </div>
    }
}
