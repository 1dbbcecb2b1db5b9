//! What can be done with a 1on1: accept, decline or cancel (the last two
//! through a form with an optional message), and the calendar file.

use chrono::DateTime;
use leptos::html;
use leptos::prelude::*;
use naname_contract::one_on_ones::{Action, OneOnOne, Side, MAX_MESSAGE_CHARS};

use super::{focus_soon, Board};
use crate::api;
use crate::i18n::{tr, use_i18n, Key};
use crate::intl;
use crate::state::one_on_ones::{confirm_key, offer, CancelOffer};

#[component]
pub fn CardActions(one: OneOnOne, side: Side, board: Board, title: NodeRef<html::H3>) -> impl IntoView {
    let i18n = use_i18n();
    let id = one.id;
    let field = NodeRef::<html::Textarea>::new();
    // The action whose form is open on this card.
    let form = Memo::new(move |_| board.open.with(|o| o.filter(|(open, _)| *open == id).map(|(_, a)| a)));
    // One action at a time, on any card.
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
            board.open.set(Some((id, action)));
            focus_soon(field);
        })
    };
    let close = Callback::new(move |()| {
        board.open.set(None);
        focus_soon(title);
    });

    let content = move || match form.get() {
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
                        {button("btn btn-primary btn-sm", sends(confirm_key(action)), busy, run(action))}
                        {button("btn btn-quiet btn-sm", plain(Key::KeepIt), busy, close)}
                    </div>
                </div>
            }
            .into_any()
        }
        None => {
            let now = DateTime::from_timestamp(intl::now(), 0).unwrap_or_default();
            let offered = offer(&one, side, now);
            let accept = offered
                .accept
                .then(|| button("btn btn-primary btn-sm", sends(Key::Accept), busy, run(Action::Accept)));
            let decline = offered.decline.then(|| {
                button("btn btn-secondary btn-sm", plain(Key::Decline), busy, open(Action::Decline))
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
            // `download`: the browser fetches the file; the router leaves the link alone.
            let ics = offered.ics.then(|| {
                view! {
                    <a
                        class="btn btn-quiet btn-sm"
                        href=move || api::one_on_ones::ics_href(id, i18n.lang().code())
                        download=""
                    >
                        {tr(Key::AddToCalendar)}
                    </a>
                }
            });
            view! { {accept} {decline} {cancel} {ics} }.into_any()
        }
    };

    view! { <div class="oo-actions">{content}</div> }
}

/// `<button type=button>` that runs `on_click`, disabled while `busy`. (Every
/// call passes the same closure types: one copy of the view code.)
fn button(
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
