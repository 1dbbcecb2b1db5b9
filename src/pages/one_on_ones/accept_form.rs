//! The accept form: where (not decided yet, a video link, a room), a
//! message to the mentee, and "accept". It starts from the mentor's
//! default place; what is chosen becomes the default.

use leptos::html;
use leptos::prelude::*;
use naname_contract::one_on_ones::{Action, MAX_MESSAGE_CHARS};
use naname_contract::place::{PlaceKind, MAX_PLACE_ROOM_CHARS, MAX_PLACE_URL_CHARS};
use wasm_bindgen::JsCast;

use super::Board;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::accept::field_key;

#[component]
pub fn AcceptForm(
    id: i64,
    board: Board,
    busy: impl Fn() -> bool + Copy + Send + Sync + 'static,
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let draft = board.draft;
    let form_ref = NodeRef::<html::Form>::new();
    let value_ref = NodeRef::<html::Input>::new();
    let kind = move || draft.with(|d| d.kind);
    let error = move |field: &'static str| {
        move || {
            board.draft_errors.with(|all| {
                all.iter().find(|e| e.field == field).map(|e| i18n.t(field_key(field, &e.code, kind())))
            })
        }
    };
    // Opening the form puts the keyboard on the place that is chosen.
    request_animation_frame(move || {
        let checked = form_ref.get_untracked().and_then(|f| f.query_selector("input:checked").ok().flatten());
        if let Some(el) = checked.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match draft.with_untracked(|d| d.to_acceptance()) {
            Ok(_) => {
                board.draft_errors.set(Vec::new());
                board.act.run((id, Action::Accept));
            }
            Err(errors) => {
                let place = errors.iter().any(|e| e.field.starts_with("place"));
                board.draft_errors.set(errors);
                request_animation_frame(move || {
                    let target =
                        if place { value_ref.get_untracked().map(|i| i.unchecked_into()) } else { None };
                    let message = form_ref
                        .get_untracked()
                        .and_then(|f| f.query_selector("textarea").ok().flatten())
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(el) = target.or(message) {
                        let _ = el.focus();
                    }
                });
            }
        }
    };

    let name = format!("oo-{id}-place");
    let radio = move |value: Option<PlaceKind>, key: Key| {
        view! {
            <label class="choice-chip">
                <input
                    type="radio"
                    name=name.clone()
                    prop:checked=move || kind() == value
                    on:change=move |_| {
                        draft.update(|d| d.kind = value);
                        board.draft_errors.update(|all| all.retain(|e| !e.field.starts_with("place")));
                    }
                />
                <span>{tr(key)}</span>
            </label>
        }
    };
    let value_id = format!("oo-{id}-place-value");
    let hint_id = format!("{value_id}-hint");
    let error_id = format!("{value_id}-error");
    let value_field = move || {
        let kind = kind()?;
        let online = kind == PlaceKind::Online;
        let (label, hint, max) = if online {
            (Key::PlaceLinkLabel, Key::PlaceLinkHint, MAX_PLACE_URL_CHARS)
        } else {
            (Key::PlaceRoomLabel, Key::PlaceRoomHint, MAX_PLACE_ROOM_CHARS)
        };
        let failed = error("place.value");
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        let described = {
            let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
            move || if failed().is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
        };
        Some(view! {
            <div class="field">
                <label class="field-label" for=value_id.clone()>
                    {tr(label)}
                </label>
                <input
                    class="input"
                    id=value_id.clone()
                    type=if online { "url" } else { "text" }
                    inputmode=if online { "url" } else { "text" }
                    autocomplete="off"
                    spellcheck="false"
                    maxlength=max.to_string()
                    node_ref=value_ref
                    aria-invalid=move || failed().is_some().to_string()
                    aria-describedby=described
                    prop:value=move || draft.with(|d| if online { d.link.clone() } else { d.room.clone() })
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        draft.update(|d| if online { d.link = v } else { d.room = v });
                    }
                />
                <p class="field-hint" id=hint_id>
                    {tr(hint)}
                </p>
                {move || failed().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
            </div>
        })
    };
    let message_id = format!("oo-{id}-accept-message");
    let message_error_id = format!("{message_id}-error");
    let message_failed = error("message");
    let described_message = {
        let id = message_error_id.clone();
        move || message_failed().map(|_| id.clone())
    };

    view! {
        <form class="oo-form oo-accept-form" novalidate node_ref=form_ref on:submit=submit>
            <fieldset class="oo-place-set">
                <legend class="field-label">{tr(Key::PlaceLegend)}</legend>
                <div class="choice-chips">
                    {radio(None, Key::PlaceNone)} {radio(Some(PlaceKind::Online), Key::PlaceOnline)}
                    {radio(Some(PlaceKind::Office), Key::PlaceOffice)}
                </div>
            </fieldset>
            {value_field}
            <p class="oo-hint">{tr(Key::PlaceRemembered)}</p>
            <div class="field">
                <label class="field-label" for=message_id.clone()>
                    {tr(Key::AcceptMessageLabel)}
                </label>
                <textarea
                    class="input textarea"
                    id=message_id
                    rows="3"
                    maxlength=MAX_MESSAGE_CHARS.to_string()
                    aria-invalid=move || message_failed().is_some().to_string()
                    aria-describedby=described_message
                    prop:value=move || draft.with(|d| d.message.clone())
                    on:input=move |ev| draft.update(|d| d.message = event_target_value(&ev))
                ></textarea>
                {move || {
                    message_failed().map(|m| view! { <p class="field-error" id=message_error_id.clone()>{m}</p> })
                }}
            </div>
            <div class="oo-actions">
                <button type="submit" class="btn btn-primary btn-sm" disabled=busy>
                    {move || i18n.t(if board.busy.get() == Some(id) { Key::Working } else { Key::Accept })}
                </button>
                <button type="button" class="btn btn-quiet btn-sm" disabled=busy on:click=move |_| on_close.run(())>
                    {tr(Key::CloseForm)}
                </button>
            </div>
        </form>
    }
}
