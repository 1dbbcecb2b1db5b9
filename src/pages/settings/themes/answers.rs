//! Approving a registration (or taking a stopped theme up again) and
//! editing my answers: one control per item, checked with the contract's
//! rules before sending and by the server after; what was typed stays when
//! a send fails, so it can be sent again. The preview beside it shows my
//! card as it will be.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::mentor_themes::MyRegistration;

use super::item_field::{control_id, ItemField};
use super::preview::Preview;
use super::{focus_id, Desk};
use crate::api;
use crate::i18n::{format, text, tr, use_i18n, Key};
use crate::state::mentor_themes::{check, errors_by_item, first_invalid, write_error, Mode};

#[component]
pub fn AnswerForm(reg: MyRegistration, mode: Mode, desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let theme_id = reg.theme_id;
    let items = StoredValue::new(reg.required_items.clone());
    let theme_name = StoredValue::new(reg.name.clone());
    let alert_id = format!("answers-{theme_id}-alert");

    // Focus on the first control when the form opens, on the invalid one after a failed check.
    let focus_first_invalid = move || {
        let by_item = desk.errors.with_untracked(|e| errors_by_item(e));
        match items.with_value(|items| first_invalid(items, &by_item)) {
            Some(item) => request_animation_frame(move || focus_id(&control_id(theme_id, item))),
            None => {
                let alert = format!("answers-{theme_id}-alert");
                request_animation_frame(move || focus_id(&alert));
            }
        }
    };
    if let Some(first) = items.with_value(|items| items.first().map(|i| i.id)) {
        request_animation_frame(move || focus_id(&control_id(theme_id, first)));
    }

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if desk.busy.get_untracked() {
            return;
        }
        desk.failure.set(None);
        let answers = match items.with_value(|items| desk.draft.with_untracked(|d| check(items, d))) {
            Ok(answers) => answers,
            Err(errors) => {
                desk.errors.set(errors);
                focus_first_invalid();
                return;
            }
        };
        desk.errors.set(Vec::new());
        desk.busy.set(true);
        spawn_local(async move {
            let sent = match mode {
                Mode::Edit => api::mentor_themes::put_answers(theme_id, &answers).await,
                _ => api::mentor_themes::approve(theme_id, &answers).await,
            };
            desk.busy.try_set(false);
            match sent {
                Ok(updated) => {
                    let lang = i18n.lang_untracked();
                    let key = if mode == Mode::Edit { Key::DidSaveAnswers } else { Key::DidApprove };
                    let name = theme_name.with_value(|n| n.get(lang.code()).to_string());
                    desk.saved(updated, format(text(lang, key), &[("theme", &name)]));
                }
                Err(error) => {
                    desk.errors.set(error.field_errors().to_vec());
                    desk.failure.set(Some(error));
                    focus_first_invalid();
                }
            }
        });
    };

    let fields = items.with_value(|items| {
        items.iter().cloned().map(|item| view! { <ItemField theme_id item desk /> }).collect_view()
    });
    let submit_key = if mode == Mode::Edit { Key::SubmitAnswers } else { Key::SubmitApprove };

    view! {
        <div class="my-theme-form-wrap">
            <form class="form my-theme-form" novalidate on:submit=submit>
                <div class="form-alert-slot" id=alert_id tabindex="-1" role="alert">
                    {move || {
                        let from_check = desk.errors.with(|e| !e.is_empty());
                        let failure = desk.failure.get();
                        let key = match (&failure, from_check) {
                            (Some(e), _) => Some(write_error(e)),
                            (None, true) => Some(Key::ErrAnswersFix),
                            (None, false) => None,
                        };
                        key.map(|key| view! { <p class="form-alert">{move || i18n.t(key)}</p> })
                    }}
                </div>
                {fields}
                <div class="form-actions my-theme-actions">
                    <button type="submit" class="btn btn-primary" disabled=move || desk.busy.get()>
                        {move || i18n.t(if desk.busy.get() { Key::Working } else { submit_key })}
                    </button>
                    <button
                        type="button"
                        class="btn btn-quiet"
                        disabled=move || desk.busy.get()
                        on:click=move |_| desk.cancel(theme_id)
                    >
                        {tr(Key::CloseForm)}
                    </button>
                </div>
            </form>
            <Preview desk />
        </div>
    }
}
