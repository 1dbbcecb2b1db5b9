//! `/mentors/:id/request[?theme=ID]`: request a 1on1 with a mentor. Choose
//! a theme and a free time on the mentor's week calendar (in a zone the
//! mentee picks), then topics, the response wanted and a note; review;
//! send; a confirmation card says what happens next. A slot taken meanwhile
//! sends the user back to the calendar with everything they typed kept.
//!
//! The page's state is [`Req`], a handful of signals its parts share; the
//! parts are components: the mentor ([`summary`]), the calendar step
//! ([`when`]), the form ([`form`], with the [`topics`] grid and the
//! [`problems`] summary), the [`review`] with the send ([`send`]) and the
//! confirmation ([`sent`]).

mod form;
mod problems;
mod req;
mod review;
mod send;
mod sent;
mod summary;
pub mod topics;
mod when;

pub use req::Sending;
pub use review::Review;
pub use sent::SentCard;
pub use topics::TopicGrid;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use naname_contract::one_on_ones::MAX_TOPICS;

use self::req::{Req, Step};
use crate::api;
use crate::auth::Auth;
use crate::components::week_calendar::{today, week_of, CalendarSkeleton};
use crate::components::PageHeading;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::Recent;
use crate::state::request::{initial_theme, Draft};
use crate::state::route::{topic_ids, HOME, TOPICS_PARAM};
use crate::state::url::theme_ids;
use crate::state::Remote;

#[component]
pub fn MentorRequestPage(mentor_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let back_href =
        use_context::<Recent>().map(|r| r.people_href.get_value()).unwrap_or_else(|| HOME.to_string());
    let wanted =
        use_query_map().with_untracked(|q| theme_ids(&q.get_all("theme").unwrap_or_default(), usize::MAX));
    // "Request another time" carries the earlier request's topics.
    let topics = use_query_map().with_untracked(|q| topic_ids(q.get(TOPICS_PARAM).as_deref(), MAX_TOPICS));
    let profile_zone = use_context::<Auth>().and_then(|a| {
        a.session.with_untracked(|s| match s {
            crate::auth::Session::SignedIn(me) => Some(me.time_zone.clone()),
            _ => None,
        })
    });
    let zone = when::initial_zone(profile_zone.as_deref());
    let start = week_of(today(&zone), i18n.lang_untracked());

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
        sending: RwSignal::new(Sending::Idle),
        sent: RwSignal::new(None),
        zone: RwSignal::new(zone),
        start: RwSignal::new(start),
        slots: RwSignal::new(Remote::Loading),
        fields: form::Fields::new(),
        when_heading: NodeRef::new(),
    };

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
    let (to_review, back, send) = send::steps(req, load_slots);

    let step = move || req.step.get();
    let editing = move || step() == Step::Edit && req.mentor.with(|m| m.ready().is_some());
    let mentor_ready = move || req.mentor.with(|m| m.ready().is_some());
    let back_to_people = back_href.clone();
    view! {
        <div class="page request-page">
            <a class="back-link" href=back_href>
                {tr(Key::BackToPeople)}
            </a>
            <div class="page-head">
                <PageHeading key=Key::MentorRequestTitle />
                <Show when=move || step() != Step::Sent>
                    <p class="lead">{tr(Key::RequestLead)}</p>
                </Show>
            </div>
            <Show when=move || step() != Step::Sent>
                <section
                    class="panel mentor-summary"
                    aria-labelledby=move || mentor_ready().then_some("mentor-name")
                    aria-busy=move || req.mentor.with(|m| matches!(m, Remote::Loading)).to_string()
                >
                    <summary::SummaryState req back=back_to_people.clone() retry=load />
                </section>
            </Show>
            <Show when=move || req.mentor.with(|m| matches!(m, Remote::Loading))>
                <div class="panel req-section" aria-hidden="true">
                    <div class="calendar">
                        <CalendarSkeleton />
                    </div>
                </div>
            </Show>
            <div class="req-edit" hidden=move || !editing()>
                <when::WhenStep req load_slots profile_zone=profile_zone.clone() />
                <Show when=move || req.form_open.get()>
                    <form::RequestForm req on_submit=to_review retry=load />
                </Show>
            </div>
            <Show when=move || step() == Step::Review>
                {move || review::review_of(req, back, send)}
            </Show>
            <Show when=move || step() == Step::Sent>
                {move || sent::sent_of(req)}
            </Show>
        </div>
    }
}
