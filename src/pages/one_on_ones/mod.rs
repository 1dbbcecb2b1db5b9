//! `/one-on-ones[?as=mentor|mentee][&requested=ID]`: the signed-in person's
//! 1on1s on one side, in sections (requested, upcoming, closed, past) of
//! compact rows that open for the details, with what they can do about
//! each: accept with a place and a message, or decline (the mentor); cancel
//! (the mentee, until the cut-off; the mentor once accepted); the calendar
//! file and links; request another time.
//!
//! One list answers both sides, so the side switch shows counts and a
//! mentor whose URL names no side lands where there is something to act
//! on, else where anything is coming up, else on the side they chose last.
//!
//! This module holds the page's state and talks to the API; [`sections`],
//! [`card`], [`details`], [`actions`] and [`accept_form`] show it and
//! report what the person does through the [`Board`]'s callbacks.

mod accept_form;
mod actions;
mod board;
mod card;
mod details;
mod sections;

use chrono::{DateTime, Utc};
use leptos::html::ElementType;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use naname_contract::one_on_ones::Side;
use wasm_bindgen::JsCast;

use crate::api;
use crate::auth::{use_auth, Session};
use crate::components::{ErrorState, LoadingState, PageHeading};
use crate::i18n::{text, tr, use_i18n, Key};
use crate::intl;
use crate::state::one_on_ones::{opening_side, parse_side, side_name, summary, PageQuery, SIDE_STORAGE_KEY};
use crate::state::Remote;

use board::Board;
use sections::{Sections, SideSwitch};

/// Now, as the lifecycle rules want it.
fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(intl::now(), 0).unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[component]
pub fn OneOnOnesPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigate = StoredValue::new_local(use_navigate());
    let query = use_query_map().with_untracked(|q| PageQuery::from_query(q));
    let (me, is_mentor) = auth.session.with_untracked(|s| match s {
        Session::SignedIn(me) => (me.id, me.is_mentor),
        _ => (0, false),
    });
    let opening = query.side_for(is_mentor);

    let side = RwSignal::new(opening.unwrap_or(Side::Mentee));
    // Until the list answers, a mentor without a side in the URL has none to show.
    let decided = RwSignal::new(opening.is_some());
    let list = RwSignal::new(Remote::Loading);
    let open = RwSignal::new(None);
    // What happened: a request sent, an action done.
    let notice =
        RwSignal::new(query.requested.map(|_| text(i18n.lang_untracked(), Key::RequestSent).to_string()));
    let notice_slot = NodeRef::<leptos::html::Div>::new();

    let load = move |quiet: bool| {
        if !quiet {
            list.set(Remote::Loading);
        }
        spawn_local(async move {
            let next = match api::one_on_ones::list().await {
                Ok(items) => Remote::Ready(items),
                Err(e) => Remote::Failed(e),
            };
            if let Remote::Ready(items) = &next {
                if !decided.get_untracked() {
                    let last = storage()
                        .and_then(|s| s.get_item(SIDE_STORAGE_KEY).ok().flatten())
                        .and_then(|v| parse_side(&v));
                    let (mentee, mentor) =
                        (summary(items, me, Side::Mentee), summary(items, me, Side::Mentor));
                    side.set(opening_side(mentee, mentor, last));
                    decided.set(true);
                }
            }
            list.try_set(next);
            open.try_set(None);
        });
    };
    load(false);

    let reload = Callback::new(move |()| load(true));
    let board = Board::new(me, list, open, reload, notice, notice_slot);
    if is_mentor {
        board.load_place_default();
    }

    let switch = Callback::new(move |to: Side| {
        side.set(to);
        decided.set(true);
        notice.set(None);
        board.failed.set(None);
        open.set(None);
        if let Some(s) = storage() {
            let _ = s.set_item(SIDE_STORAGE_KEY, side_name(to));
        }
        navigate.with_value(|nav| {
            nav(&PageQuery::href(to), NavigateOptions { replace: true, scroll: false, ..Default::default() })
        });
    });
    let retry = Callback::new(move |()| load(false));

    // A new list updates the sections in place; a new side or phase rebuilds them.
    let shown = Memo::new(move |_| (side.get(), list.with(Remote::phase)));
    let content = move || match shown.get() {
        (_, Remote::Loading) => view! { <LoadingState /> }.into_any(),
        (_, Remote::Failed(error)) => view! { <ErrorState error on_retry=retry /> }.into_any(),
        (side, Remote::Ready(())) => view! { <Sections side board /> }.into_any(),
    };
    let counts = Memo::new(move |_| {
        list.with(|l| {
            l.ready().map(|all| (summary(all, me, Side::Mentee).open, summary(all, me, Side::Mentor).open))
        })
    });

    view! {
        <div class="page one-on-ones-page">
            <div class="page-head">
                <PageHeading key=Key::OneOnOnesTitle />
                <p class="lead">{tr(Key::OneOnOnesLead)}</p>
            </div>
            <div class="notice-slot" role="status" tabindex="-1" node_ref=notice_slot>
                {move || notice.get().map(|text| view! { <p class="banner-ok">{text}</p> })}
            </div>
            {is_mentor
                .then(|| {
                    view! {
                        <Show when=move || decided.get()>
                            <SideSwitch side counts on_switch=switch />
                        </Show>
                    }
                })}
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
