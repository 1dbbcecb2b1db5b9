//! The request page's state: a handful of signals its parts share, and the
//! questions they ask of it.

use leptos::html::H2;
use leptos::prelude::*;
use naname_contract::mentors::Mentor;
use naname_contract::one_on_ones::{max_topics, MentorSlots, NewOneOnOne, OneOnOne, MAX_TOPICS};
use naname_contract::slots::Interval;
use naname_contract::topics::{ResponseKind, TopicCatalog};
use naname_contract::FieldError;

use super::form;
use crate::i18n::Key;
use crate::state::request::{field_key, Draft, Failure};
use crate::state::Remote;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    Edit,
    Review,
    Sent,
}

/// Where the send is.
#[derive(Debug, Clone, PartialEq)]
pub enum Sending {
    Idle,
    Busy,
    Failed(Failure),
}

/// The topic grid and the responses wanted, loaded together.
pub(super) type FormData = (TopicCatalog, Vec<ResponseKind>);

/// The page's state, shared by its parts (all signals, so it is `Copy`).
#[derive(Clone, Copy)]
pub(super) struct Req {
    pub(super) mentor_id: i64,
    pub(super) mentor: RwSignal<Remote<Mentor>>,
    pub(super) data: RwSignal<Remote<FormData>>,
    /// What the user chose and typed; it survives a taken slot and going back.
    pub(super) draft: RwSignal<Draft>,
    pub(super) chosen: RwSignal<Option<Interval>>,
    /// The form shows once a time was chosen, and stays (with what was
    /// typed) if that time goes.
    pub(super) form_open: RwSignal<bool>,
    pub(super) errors: RwSignal<Vec<FieldError>>,
    pub(super) step: RwSignal<Step>,
    /// Above the calendar: the chosen time went to someone else.
    pub(super) slot_alert: RwSignal<Option<Key>>,
    pub(super) sending: RwSignal<Sending>,
    /// The 1on1 requested, once sent.
    pub(super) sent: RwSignal<Option<OneOnOne>>,
    /// The zone every time on the page is read in (an IANA id).
    pub(super) zone: RwSignal<String>,
    /// The week the calendar shows (its first day, a local day number in
    /// `zone`) and its slots.
    pub(super) start: RwSignal<i64>,
    pub(super) slots: RwSignal<Remote<MentorSlots>>,
    pub(super) fields: form::Fields,
    pub(super) when_heading: NodeRef<H2>,
}

impl Req {
    /// The message of `field`'s error, if it has one (tracked).
    pub(super) fn error(&self, field: &'static str) -> Signal<Option<Key>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|all| all.iter().find(|e| e.field == field).map(|e| field_key(field, &e.code)))
        })
    }

    pub(super) fn clear_error(&self, field: &str) {
        self.errors.update(|all| all.retain(|e| e.field != field));
    }

    pub(super) fn request(&self) -> Result<NewOneOnOne, Vec<FieldError>> {
        self.draft.with_untracked(|d| d.to_request(self.mentor_id, self.chosen.get_untracked().as_ref()))
    }

    /// The 1on1's length in minutes (tracked): the chosen slot's, else the
    /// mentor's slot length, once known.
    pub(super) fn slot_minutes(&self) -> Signal<Option<i64>> {
        let (chosen, slots) = (self.chosen, self.slots);
        Signal::derive(move || {
            chosen
                .with(|c| c.map(|s| (s.end - s.start).num_minutes()))
                .or_else(|| slots.with(|s| s.ready().map(|a| i64::from(a.slot_minutes))))
        })
    }

    /// How many topics fit (tracked).
    pub(super) fn topic_limit(&self) -> Signal<usize> {
        let minutes = self.slot_minutes();
        Signal::derive(move || minutes.get().map_or(MAX_TOPICS, max_topics))
    }

    /// Focus `el` once what was just set is on screen.
    pub(super) fn focus_later(el: NodeRef<H2>) {
        request_animation_frame(move || {
            if let Some(h) = el.get_untracked() {
                let _ = h.focus();
            }
        });
    }
}
