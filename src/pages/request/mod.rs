//! `/mentors/:id/request[?theme=ID]`: request a 1on1 with a mentor. Choose
//! a theme and a free time on the mentor's week calendar, then topics, the
//! response wanted and a note; review; send. A slot taken meanwhile sends
//! the user back to the calendar with everything they typed kept.
//!
//! The page's state is [`Req`], a handful of signals its parts share; the
//! parts are components: the mentor ([`summary`]), the calendar step
//! ([`when`]), the form ([`form`], with the [`topics`] grid) and the
//! [`review`] with the send.

mod form;
mod review;
mod summary;
pub mod topics;
mod when;

pub use review::Review;
pub use topics::TopicGrid;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use naname_contract::mentors::Mentor;
use naname_contract::one_on_ones::{MentorSlots, MAX_TOPICS};
use naname_contract::slots::Interval;
use naname_contract::topics::{ResponseKind, TopicCatalog};
use naname_contract::FieldError;

use crate::api;
use crate::components::week_calendar::this_monday;
use crate::components::{ErrorState, LoadingState, PageHeading};
use crate::i18n::{tr, Key};
use crate::pages::Recent;
use crate::state::one_on_ones::PageQuery;
use crate::state::request::{failure, field_key, idempotency_key, initial_theme, Draft, Failure};
use crate::state::route::{topic_ids, HOME, TOPICS_PARAM};
use crate::state::url::theme_ids;
use crate::state::Remote;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Edit,
    Review,
}

/// Where the send is.
#[derive(Debug, Clone, PartialEq)]
pub enum Sending {
    Idle,
    Busy,
    Failed(Failure),
}

/// The topic grid and the responses wanted, loaded together.
type FormData = (TopicCatalog, Vec<ResponseKind>);

/// The page's state, shared by its parts (all signals, so it is `Copy`).
#[derive(Clone, Copy)]
struct Req {
    mentor_id: i64,
    mentor: RwSignal<Remote<Mentor>>,
    data: RwSignal<Remote<FormData>>,
    /// What the user chose and typed; it survives a taken slot and going back.
    draft: RwSignal<Draft>,
    chosen: RwSignal<Option<Interval>>,
    /// The form shows once a time was chosen, and stays (with what was
    /// typed) if that time goes.
    form_open: RwSignal<bool>,
    errors: RwSignal<Vec<FieldError>>,
    step: RwSignal<Step>,
    /// Above the calendar: the chosen time went to someone else.
    slot_alert: RwSignal<Option<Key>>,
    form_alert: RwSignal<Option<Key>>,
    sending: RwSignal<Sending>,
    /// The week the calendar shows (its Monday, a local day number) and its slots.
    monday: RwSignal<i64>,
    slots: RwSignal<Remote<MentorSlots>>,
    fields: form::Fields,
}

impl Req {
    /// The message of `field`'s error, if it has one (tracked).
    fn error(&self, field: &'static str) -> Signal<Option<Key>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|all| all.iter().find(|e| e.field == field).map(|e| field_key(field, &e.code)))
        })
    }

    fn clear_error(&self, field: &str) {
        self.errors.update(|all| all.retain(|e| e.field != field));
    }

    fn request(&self) -> Result<naname_contract::one_on_ones::NewOneOnOne, Vec<FieldError>> {
        self.draft.with_untracked(|d| d.to_request(self.mentor_id, self.chosen.get_untracked().as_ref()))
    }
}

#[component]
pub fn MentorRequestPage(mentor_id: i64) -> impl IntoView {
    let navigate = StoredValue::new_local(use_navigate());
    let back_href =
        use_context::<Recent>().map(|r| r.people_href.get_value()).unwrap_or_else(|| HOME.to_string());
    let wanted =
        use_query_map().with_untracked(|q| theme_ids(&q.get_all("theme").unwrap_or_default(), usize::MAX));
    let topics = use_query_map().with_untracked(|q| topic_ids(q.get(TOPICS_PARAM).as_deref(), MAX_TOPICS));

    let req = Req {
        mentor_id,
        mentor: RwSignal::new(Remote::Loading),
        data: RwSignal::new(Remote::Loading),
        draft: RwSignal::new(Draft { topics, ..Draft::default() }),
        chosen: RwSignal::new(None),
        form_open: RwSignal::new(false),
        errors: RwSignal::new(Vec::new()),
        step: RwSignal::new(Step::Edit),
        slot_alert: RwSignal::new(None),
        form_alert: RwSignal::new(None),
        sending: RwSignal::new(Sending::Idle),
        monday: RwSignal::new(this_monday()),
        slots: RwSignal::new(Remote::Loading),
        fields: form::Fields::new(),
    };
    let when_heading = NodeRef::<leptos::html::H2>::new();

    let load = Callback::new(move |()| {
        let mentor_missing = req.mentor.with_untracked(|m| m.ready().is_none());
        let data_missing = req.data.with_untracked(|d| d.ready().is_none());
        if mentor_missing {
            req.mentor.set(Remote::Loading);
        }
        if data_missing {
            req.data.set(Remote::Loading);
        }
        let wanted = wanted.clone();
        spawn_local(async move {
            if mentor_missing {
                let next = match api::mentors::get(mentor_id).await {
                    Ok(m) => {
                        let held: Vec<i64> = m.themes.iter().map(|t| t.theme_id).collect();
                        let theme = initial_theme(&held, &wanted);
                        req.draft.try_update(|d| d.theme = d.theme.or(theme));
                        Remote::Ready(m)
                    }
                    Err(e) => Remote::Failed(e),
                };
                req.mentor.try_set(next);
            }
            if data_missing {
                let next = match (api::topics::catalog().await, api::topics::responses().await) {
                    (Ok(catalog), Ok(responses)) => Remote::Ready((catalog, responses)),
                    (Err(e), _) | (_, Err(e)) => Remote::Failed(e),
                };
                req.data.try_set(next);
            }
        });
    });
    load.run(());
    let load_slots = when::slot_loader(req);

    let to_review = Callback::new(move |()| match req.request() {
        Ok(_) => {
            req.errors.set(Vec::new());
            req.form_alert.set(None);
            req.sending.set(Sending::Idle);
            req.step.set(Step::Review);
        }
        Err(found) => {
            req.fields.focus_first_invalid(&found, when_heading);
            req.errors.set(found);
            req.form_alert.set(Some(Key::FixFields));
        }
    });
    let back = Callback::new(move |()| {
        req.step.set(Step::Edit);
        req.sending.set(Sending::Idle);
        request_animation_frame(move || {
            if let Some(h) = when_heading.get_untracked() {
                let _ = h.focus();
            }
        });
    });
    // One key per review attempt, kept for a retry after an unknown outcome.
    let key = StoredValue::new(idempotency_key(js_sys::Math::random));
    let send = Callback::new(move |()| {
        if req.sending.with_untracked(|s| *s == Sending::Busy) {
            return;
        }
        let Ok(request) = req.request() else {
            req.step.set(Step::Edit);
            return;
        };
        req.sending.set(Sending::Busy);
        spawn_local(async move {
            let e = match api::one_on_ones::create(&request, &key.get_value()).await {
                Ok(created) => {
                    let href = PageQuery::requested_href(created.id);
                    navigate.with_value(|nav| nav(&href, Default::default()));
                    return;
                }
                Err(e) => e,
            };
            match failure(e) {
                Failure::SlotGone(e) => {
                    load_slots.run(());
                    req.chosen.try_set(None);
                    req.step.try_set(Step::Edit);
                    req.sending.try_set(Sending::Idle);
                    req.slot_alert.try_set(Some(e.message_key()));
                }
                Failure::Fields(found) => {
                    req.step.try_set(Step::Edit);
                    req.sending.try_set(Sending::Idle);
                    req.fields.focus_first_invalid(&found, when_heading);
                    req.errors.try_set(found);
                    req.form_alert.try_set(Some(Key::FixFields));
                }
                other => {
                    // A definite refusal: the next attempt is a new request.
                    if matches!(other, Failure::Other(_)) {
                        key.set_value(idempotency_key(js_sys::Math::random));
                    }
                    req.sending.try_set(Sending::Failed(other));
                }
            }
        });
    });

    let editing = move || req.step.get() == Step::Edit && req.mentor.with(|m| m.ready().is_some());
    let summary = move || match req.mentor.get() {
        Remote::Ready(mentor) => view! { <summary::MentorSummary mentor /> }.into_any(),
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=load /> }.into_any(),
    };
    view! {
        <div class="page request-page">
            <a class="back-link" href=back_href>
                {tr(Key::BackToPeople)}
            </a>
            <div class="page-head">
                <PageHeading key=Key::MentorRequestTitle />
                <p class="lead">{tr(Key::RequestLead)}</p>
            </div>
            <section class="panel mentor-summary" aria-labelledby="mentor-name">
                {summary}
            </section>
            <div class="req-edit" hidden=move || !editing()>
                <when::WhenStep req heading=when_heading load_slots />
                <Show when=move || req.form_open.get()>
                    <form::RequestForm req on_submit=to_review retry=load />
                </Show>
            </div>
            <Show when=move || req.step.get() == Step::Review>
                {move || review::review_of(req, back, send)}
            </Show>
        </div>
    }
}
