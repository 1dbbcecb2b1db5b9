//! `/one-on-ones[?as=mentor|mentee][&requested=ID]`: the signed-in person's
//! 1on1s on one side, in three sections (requested, upcoming, past), with
//! what they can do about each: accept or decline (the mentor), cancel
//! (either side, the mentee only until the cut-off), and the calendar file.
//! A mentor whose URL names no side lands on the mentor side when requests
//! await their answer.
//!
//! This module holds the page's state and talks to the API; [`sections`],
//! [`card`] and [`actions`] show it and report what the person does through
//! the [`Board`]'s callbacks.

mod actions;
mod card;
mod sections;

use leptos::html::ElementType;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use naname_contract::one_on_ones::{Action, OneOnOne, Side};
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::auth::{use_auth, Session};
use crate::components::{ErrorState, LoadingState, PageHeading};
use crate::i18n::{format, text, tr, use_i18n, Key};
use crate::state::one_on_ones::{done_key, moved_on, opening_side, other_name, PageQuery};
use crate::state::Remote;

use sections::{Sections, SideSwitch};

/// What the sections, cards and their actions read and report to.
#[derive(Clone, Copy)]
struct Board {
    list: RwSignal<Remote<Vec<OneOnOne>>>,
    /// The 1on1 an action is running for; every action waits for it.
    busy: RwSignal<Option<i64>>,
    /// The last action's failure, by 1on1.
    failed: RwSignal<Option<(i64, ApiError)>>,
    /// The decline or cancel form that is open.
    open: RwSignal<Option<(i64, Action)>>,
    /// Typed into the open form.
    message: RwSignal<String>,
    /// Runs an action on a 1on1 (with `message` for decline and cancel).
    act: Callback<(i64, Action)>,
}

#[component]
pub fn OneOnOnesPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigate = StoredValue::new_local(use_navigate());
    let query = use_query_map().with_untracked(|q| PageQuery::from_query(q));
    let is_mentor = auth.session.with_untracked(|s| matches!(s, Session::SignedIn(me) if me.is_mentor));
    let opening = query.side_for(is_mentor);

    let side = RwSignal::new(opening.unwrap_or(Side::Mentee));
    let list = RwSignal::new(Remote::Loading);
    let open = RwSignal::new(None);
    let busy = RwSignal::new(None);
    let failed = RwSignal::new(None);
    let message = RwSignal::new(String::new());
    // What happened: a request sent, an action done.
    let notice =
        RwSignal::new(query.requested.map(|_| text(i18n.lang_untracked(), Key::RequestSent).to_string()));
    let notice_slot = NodeRef::<leptos::html::Div>::new();
    // Looking at the mentor side to choose where to open; a switch by hand ends it.
    let choosing = StoredValue::new(opening.is_none());

    let load = move |quiet: bool| {
        let Some(from) = side.try_get_untracked() else { return };
        if !quiet {
            list.set(Remote::Loading);
        }
        spawn_local(async move {
            let next = match api::one_on_ones::list(from).await {
                Ok(items) => Remote::Ready(items),
                Err(e) => Remote::Failed(e),
            };
            // Switched sides meanwhile: that side's own load answers.
            if side.try_get_untracked() == Some(from) {
                list.try_set(next);
                open.try_set(None);
            }
        });
    };
    if opening.is_some() {
        load(false);
    } else {
        // The mentor side answers where to open; when it is the side, its list is the page's.
        spawn_local(async move {
            let mentor_side = api::one_on_ones::list(Side::Mentor).await;
            if !choosing.try_get_value().unwrap_or(false) {
                return; // switched by hand meanwhile: that choice stands
            }
            choosing.set_value(false);
            match mentor_side {
                Ok(items) if opening_side(&items) == Side::Mentor => {
                    side.set(Side::Mentor);
                    list.set(Remote::Ready(items));
                }
                _ => load(false),
            }
        });
    }

    let act = Callback::new(move |(id, action): (i64, Action)| {
        let lang = i18n.lang_untracked();
        let name = list
            .with_untracked(|l| l.ready().and_then(|all| other_name(all, id, side.get_untracked(), lang)));
        busy.set(Some(id));
        failed.set(None);
        let text_to_send = message.get_untracked();
        spawn_local(async move {
            let result = api::one_on_ones::act(id, action, &text_to_send).await;
            busy.try_set(None);
            match result {
                Ok(_) => {
                    let done = format(text(lang, done_key(action)), &[("name", &name.unwrap_or_default())]);
                    notice.try_set(Some(done));
                    focus_soon(notice_slot);
                    load(true);
                }
                Err(e) => {
                    // The 1on1 moved on meanwhile: show where it stands now.
                    if moved_on(&e) {
                        load(true);
                    }
                    // The card shows it in its alert, which takes focus.
                    failed.try_set(Some((id, e)));
                }
            }
        });
    });
    let board = Board { list, busy, failed, open, message, act };

    let switch = Callback::new(move |to: Side| {
        side.set(to);
        notice.set(None);
        failed.set(None);
        choosing.set_value(false);
        navigate.with_value(|nav| {
            nav(&PageQuery::href(to), NavigateOptions { replace: true, scroll: false, ..Default::default() })
        });
        load(false);
    });
    let retry = Callback::new(move |()| load(false));

    // A new list for the same side updates the sections in place; a new side or phase rebuilds them.
    let shown = Memo::new(move |_| (side.get(), list.with(Remote::phase)));
    let content = move || match shown.get() {
        (_, Remote::Loading) => view! { <LoadingState /> }.into_any(),
        (_, Remote::Failed(error)) => view! { <ErrorState error on_retry=retry /> }.into_any(),
        (side, Remote::Ready(())) => view! { <Sections side board /> }.into_any(),
    };

    view! {
        <div class="page one-on-ones-page">
            <div class="page-head">
                <PageHeading key=Key::OneOnOnesTitle />
                <p class="lead">{tr(Key::OneOnOnesLead)}</p>
            </div>
            <div class="notice-slot" role="status" tabindex="-1" node_ref=notice_slot>
                {move || notice.get().map(|text| view! { <p class="banner-ok">{text}</p> })}
            </div>
            {is_mentor.then(|| view! { <SideSwitch side on_switch=switch /> })}
            {content}
        </div>
    }
}

/// Focuses `node` after the next paint, when what was just shown is in the
/// document; nothing when it is gone by then (the page was left).
fn focus_soon<E>(node: NodeRef<E>)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    request_animation_frame(move || {
        if let Some(Some(el)) = node.try_get_untracked() {
            let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
}
