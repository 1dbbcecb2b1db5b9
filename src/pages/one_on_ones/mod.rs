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
mod card;
mod details;
mod sections;

use chrono::{DateTime, Utc};
use leptos::html::ElementType;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use naname_contract::one_on_ones::{Action, OneOnOne, Side};
use naname_contract::place::{Acceptance, Place};
use naname_contract::FieldError;
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::auth::{use_auth, Session};
use crate::components::{ErrorState, LoadingState, PageHeading};
use crate::i18n::{format, text, tr, use_i18n, Key};
use crate::intl;
use crate::state::accept::AcceptDraft;
use crate::state::one_on_ones::{
    done_key, moved_on, opening_side, other_name, parse_side, side_name, summary, PageQuery, SIDE_STORAGE_KEY,
};
use crate::state::Remote;

use sections::{Sections, SideSwitch};

/// What the sections, rows and their actions read and report to.
#[derive(Clone, Copy)]
struct Board {
    /// The signed-in person: which side of each 1on1 they are on.
    me: i64,
    /// Both sides' 1on1s, sorted by start.
    list: RwSignal<Remote<Vec<OneOnOne>>>,
    /// The 1on1 an action is running for; every action waits for it.
    busy: RwSignal<Option<i64>>,
    /// The last action's failure, by 1on1.
    failed: RwSignal<Option<(i64, ApiError)>>,
    /// The form that is open: accept (place and message), decline or cancel.
    open: RwSignal<Option<(i64, Action)>>,
    /// Typed into an open decline or cancel form.
    message: RwSignal<String>,
    /// The open accept form.
    draft: RwSignal<AcceptDraft>,
    draft_errors: RwSignal<Vec<FieldError>>,
    /// Where the mentor's accept form starts (their remembered default).
    place_default: RwSignal<Option<Place>>,
    /// Runs an action on a 1on1 (with what its open form holds).
    act: Callback<(i64, Action)>,
}

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
    let busy = RwSignal::new(None);
    let failed = RwSignal::new(None);
    let message = RwSignal::new(String::new());
    let draft = RwSignal::new(AcceptDraft::default());
    let draft_errors = RwSignal::new(Vec::new());
    let place_default = RwSignal::new(None);
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
    if is_mentor {
        // Only the accept form needs it; without it the form starts empty.
        spawn_local(async move {
            if let Ok(place) = api::one_on_ones::place_default().await {
                place_default.try_set(place);
            }
        });
    }

    let act = Callback::new(move |(id, action): (i64, Action)| {
        let lang = i18n.lang_untracked();
        let name = list.with_untracked(|l| l.ready().and_then(|all| other_name(all, id, me, lang)));
        // Accepting sends the open form's content, else the default place
        // shown beside the button.
        let acceptance = || {
            if open.get_untracked() == Some((id, Action::Accept)) {
                draft.with_untracked(AcceptDraft::to_acceptance)
            } else {
                Ok(Acceptance { place: place_default.get_untracked(), message: None })
            }
        };
        let body = match action {
            Action::Accept => match acceptance() {
                Ok(body) => Some(body),
                Err(errors) => {
                    draft_errors.set(errors);
                    return;
                }
            },
            _ => None,
        };
        busy.set(Some(id));
        failed.set(None);
        let text_to_send = message.get_untracked();
        spawn_local(async move {
            let result = match (action, &body) {
                (Action::Accept, Some(body)) => api::one_on_ones::accept(id, body).await,
                (Action::Decline, _) => api::one_on_ones::close(id, "decline", &text_to_send).await,
                _ => api::one_on_ones::close(id, "cancel", &text_to_send).await,
            };
            busy.try_set(None);
            match result {
                Ok(_) => {
                    // The server remembers a place given as the default; so does the page.
                    if let Some(place) = body.and_then(|b| b.place) {
                        place_default.try_set(Some(place));
                    }
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
                    let fields = e.field_errors().to_vec();
                    if action == Action::Accept && !fields.is_empty() && open.get_untracked().is_some() {
                        draft_errors.try_set(fields);
                    } else {
                        // The row shows it in its alert, which takes focus.
                        failed.try_set(Some((id, e)));
                    }
                }
            }
        });
    });
    let board = Board { me, list, busy, failed, open, message, draft, draft_errors, place_default, act };

    let switch = Callback::new(move |to: Side| {
        side.set(to);
        decided.set(true);
        notice.set(None);
        failed.set(None);
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
