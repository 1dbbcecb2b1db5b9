//! Declining a registration (an optional reason the admins see) and
//! stopping an approved theme (confirmed, saying what happens to requests).

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::MAX_REGISTRATION_MESSAGE_CHARS;
use naname_contract::mentor_themes::{Decline, MyRegistration};

use super::{focus_id, Desk};
use crate::api::{self, field_error_key};
use crate::i18n::{format, text, tr, use_i18n, Key};
use crate::state::mentor_themes::write_error;

/// The failed send of an open form, with what to do about it.
fn failure_view(desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    move || desk.failure.get().map(|e| view! { <p class="form-alert">{move || i18n.t(write_error(&e))}</p> })
}

#[component]
pub fn DeclineForm(reg: MyRegistration, desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let theme_id = reg.theme_id;
    let name = StoredValue::new(reg.name);
    let field_id = format!("decline-{theme_id}-reason");
    let (hint_id, error_id, alert_id) =
        (format!("{field_id}-hint"), format!("{field_id}-error"), format!("decline-{theme_id}-alert"));
    {
        let field_id = field_id.clone();
        request_animation_frame(move || focus_id(&field_id));
    }
    let error = move || {
        desk.errors.with(|e| {
            e.iter().find(|e| e.field == "reason").map(|e| i18n.t(field_error_key("reason", &e.code)))
        })
    };
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error().is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let submit = {
        let (field_id, alert_id) = (field_id.clone(), alert_id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if desk.busy.get_untracked() {
                return;
            }
            desk.failure.set(None);
            let body = Decline { reason: Some(desk.reason.get_untracked()) };
            if let Err(errors) = body.validate() {
                desk.errors.set(errors);
                let field_id = field_id.clone();
                request_animation_frame(move || focus_id(&field_id));
                return;
            }
            desk.errors.set(Vec::new());
            desk.busy.set(true);
            let (field_id, alert_id) = (field_id.clone(), alert_id.clone());
            spawn_local(async move {
                let sent = api::mentor_themes::decline(theme_id, &desk.reason.get_untracked()).await;
                desk.busy.try_set(false);
                match sent {
                    Ok(updated) => {
                        let lang = i18n.lang_untracked();
                        let theme = name.with_value(|n| n.get(lang.code()).to_string());
                        desk.saved(updated, format(text(lang, Key::DidDeclineTheme), &[("theme", &theme)]));
                    }
                    Err(e) => {
                        let on_field = !e.field_errors().is_empty();
                        desk.errors.set(e.field_errors().to_vec());
                        desk.failure.set(Some(e));
                        let target = if on_field { field_id } else { alert_id };
                        request_animation_frame(move || focus_id(&target));
                    }
                }
            });
        }
    };
    let n = move || desk.reason.with(|r| r.trim().chars().count());
    let max = MAX_REGISTRATION_MESSAGE_CHARS;

    view! {
        <form class="form my-theme-form" novalidate on:submit=submit>
            <div class="form-alert-slot" id=alert_id tabindex="-1" role="alert">
                {failure_view(desk)}
            </div>
            <div class="field">
                <label class="field-label" for=field_id.clone()>
                    {tr(Key::DeclineReasonLabel)}
                </label>
                <textarea
                    class="input textarea"
                    id=field_id
                    rows="3"
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=described
                    prop:value=move || desk.reason.get()
                    on:input=move |ev| desk.reason.set(event_target_value(&ev))
                ></textarea>
                <p class="field-hint my-theme-hint" id=hint_id>
                    <span>{tr(Key::DeclineReasonHint)}</span>
                    <span data-over=move || (n() > max).then_some("")>
                        {move || format(i18n.t(Key::CharCount), &[("n", &n().to_string()), ("max", &max.to_string())])}
                    </span>
                </p>
                {move || error().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
            </div>
            <div class="form-actions my-theme-actions">
                <button type="submit" class="btn btn-danger" disabled=move || desk.busy.get()>
                    {move || i18n.t(if desk.busy.get() { Key::Working } else { Key::SubmitDecline })}
                </button>
                <button type="button" class="btn btn-quiet" disabled=move || desk.busy.get() on:click=move |_| desk.cancel(theme_id)>
                    {tr(Key::CloseForm)}
                </button>
            </div>
        </form>
    }
}

#[component]
pub fn StopConfirm(reg: MyRegistration, desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let theme_id = reg.theme_id;
    let name = StoredValue::new(reg.name);
    let title_id = format!("stop-{theme_id}-title");
    let alert_id = format!("stop-{theme_id}-alert");
    {
        let title_id = title_id.clone();
        request_animation_frame(move || focus_id(&title_id));
    }
    let stop = {
        let alert_id = alert_id.clone();
        move |_| {
            if desk.busy.get_untracked() {
                return;
            }
            desk.failure.set(None);
            desk.busy.set(true);
            let alert_id = alert_id.clone();
            spawn_local(async move {
                let sent = api::mentor_themes::stop(theme_id).await;
                desk.busy.try_set(false);
                match sent {
                    Ok(updated) => {
                        let lang = i18n.lang_untracked();
                        let theme = name.with_value(|n| n.get(lang.code()).to_string());
                        desk.saved(updated, format(text(lang, Key::DidStop), &[("theme", &theme)]));
                    }
                    Err(e) => {
                        desk.failure.set(Some(e));
                        request_animation_frame(move || focus_id(&alert_id));
                    }
                }
            });
        }
    };
    let title = move || {
        let lang = i18n.lang();
        let theme = name.with_value(|n| n.get(lang.code()).to_string());
        format(text(lang, Key::StopTitle), &[("theme", &theme)])
    };

    view! {
        <div class="my-theme-confirm" role="group" aria-labelledby=title_id.clone()>
            <h4 class="my-theme-confirm-title" id=title_id.clone() tabindex="-1">
                {title}
            </h4>
            <p class="my-theme-text">{tr(Key::StopBody)}</p>
            <div class="form-alert-slot" id=alert_id tabindex="-1" role="alert">
                {failure_view(desk)}
            </div>
            <div class="form-actions my-theme-actions">
                <button type="button" class="btn btn-danger" disabled=move || desk.busy.get() on:click=stop>
                    {move || i18n.t(if desk.busy.get() { Key::Working } else { Key::SubmitStop })}
                </button>
                <button type="button" class="btn btn-quiet" disabled=move || desk.busy.get() on:click=move |_| desk.cancel(theme_id)>
                    {tr(Key::CloseForm)}
                </button>
            </div>
        </div>
    }
}
