//! What can be done with a 1on1: accept (at once with the default place,
//! or through the form with a place and a message), decline or cancel
//! (through a form with an optional message and a danger-styled confirm),
//! request another time.

use leptos::html;
use leptos::prelude::*;
use naname_contract::one_on_ones::{Action, OneOnOne, Side, MAX_MESSAGE_CHARS};
use naname_contract::place::PlaceKind;

use super::accept_form::AcceptForm;
use super::{focus_soon, now, Board};
use crate::i18n::{text, tr, use_i18n, Key};
use crate::state::accept::AcceptDraft;
use crate::state::one_on_ones::{confirm_key, offer, CancelOffer};
use crate::state::route::request_again_href;

#[component]
pub fn CardActions(one: OneOnOne, side: Side, board: Board, title: NodeRef<html::H3>) -> impl IntoView {
    let i18n = use_i18n();
    let id = one.id;
    let field = NodeRef::<html::Textarea>::new();
    let offered = offer(&one, side, now());
    // The form open on this row, if any.
    let form = Memo::new(move |_| board.open.with(|o| o.filter(|(open, _)| *open == id).map(|(_, a)| a)));
    // One action at a time, on any row.
    let busy = move || board.busy.with(Option::is_some);
    // A button's label; one that sends says so while it runs here.
    let label = move |key: Key, sends: bool| {
        move || i18n.t(if sends && board.busy.get() == Some(id) { Key::Working } else { key })
    };
    let plain = move |key: Key| label(key, false);
    let sends = move |key: Key| label(key, true);
    let run = move |action: Action| Callback::new(move |()| board.act.run((id, action)));
    let open = move |action: Action| {
        Callback::new(move |()| {
            board.message.set(String::new());
            board.failed.set(None);
            board.draft_errors.set(Vec::new());
            if action == Action::Accept {
                board.draft.set(AcceptDraft::from_default(board.place_default.get_untracked().as_ref()));
            } else {
                focus_soon(field);
            }
            board.open.set(Some((id, action)));
        })
    };
    let close = Callback::new(move |()| {
        board.open.set(None);
        focus_soon(title);
    });

    let buttons = move || {
        form.get().is_none().then(|| {
            let accept = offered
                .accept
                .then(|| button("btn btn-primary btn-sm", sends(Key::Accept), busy, run(Action::Accept)));
            let decline = offered.decline.then(|| {
                button("btn btn-secondary btn-sm", plain(Key::Decline), busy, open(Action::Decline))
            });
            let again = offered.request_again.then(|| {
                view! {
                    <a
                        class="btn btn-secondary btn-sm"
                        href=request_again_href(
                            one.mentor.id,
                            one.theme.id,
                            &one.topics.iter().map(|t| t.id).collect::<Vec<_>>(),
                        )
                    >
                        {tr(Key::RequestAgain)}
                    </a>
                }
            });
            let cancel = match offered.cancel {
                CancelOffer::Yes => Some(
                    button("btn btn-quiet btn-sm", plain(Key::Cancel), busy, open(Action::Cancel)).into_any(),
                ),
                CancelOffer::TooLate => {
                    let hint = format!("oo-{id}-late");
                    Some(
                        view! {
                            <button
                                type="button"
                                class="btn btn-quiet btn-sm"
                                aria-describedby=hint.clone()
                                disabled
                            >
                                {tr(Key::Cancel)}
                            </button>
                            <p class="oo-hint" id=hint>
                                {tr(Key::ErrTooLateToCancel)}
                            </p>
                        }
                        .into_any(),
                    )
                }
                CancelOffer::No => None,
            };
            view! { {accept} {decline} {again} {cancel} }
        })
    };

    let slot = move || match form.get() {
        Some(Action::Accept) => view! { <AcceptForm id board busy on_close=close /> }.into_any(),
        Some(action) => {
            let field_id = format!("oo-{id}-message");
            view! {
                <div class="oo-form">
                    <label class="field-label" for=field_id.clone()>
                        {tr(Key::MessageOptional)}
                    </label>
                    <textarea
                        class="input textarea"
                        id=field_id
                        rows="3"
                        maxlength=MAX_MESSAGE_CHARS.to_string()
                        node_ref=field
                        prop:value=board.message.get_untracked()
                        on:input=move |ev| board.message.set(event_target_value(&ev))
                    ></textarea>
                    <div class="oo-actions">
                        {button("btn btn-danger btn-sm", sends(confirm_key(action)), busy, run(action))}
                        {button("btn btn-quiet btn-sm", plain(Key::KeepIt), busy, close)}
                    </div>
                </div>
            }
            .into_any()
        }
        // Beside "accept": what accepting at once will tell the mentee.
        None if offered.accept => {
            let line = move || {
                let lang = i18n.lang();
                match board.place_default.get() {
                    Some(p) => {
                        let kind =
                            if p.kind == PlaceKind::Online { Key::PlaceOnline } else { Key::PlaceOffice };
                        let place = format!("{} {}", text(lang, kind), p.value);
                        i18n.tf(Key::AcceptWithPlace, &[("place", &place)])
                    }
                    None => text(lang, Key::AcceptWithoutPlace).to_string(),
                }
            };
            view! {
                <p class="oo-accept-line">
                    <span>{line}</span>
                    {button("btn btn-quiet btn-sm", plain(Key::AcceptOptions), busy, open(Action::Accept))}
                </p>
            }
            .into_any()
        }
        None => ().into_any(),
    };

    view! {
        <div class="oo-actions oo-row-actions">{buttons}</div>
        <div class="oo-form-slot">{slot}</div>
    }
}

/// `<button type=button>` that runs `on_click`, disabled while `busy`. (Every
/// call passes the same closure types: one copy of the view code.)
pub fn button(
    class: &'static str,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    busy: impl Fn() -> bool + Send + Sync + 'static,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class=class disabled=busy on:click=move |_| on_click.run(())>
            {label}
        </button>
    }
}
