//! The first step: a free time on the mentor's week calendar, with what
//! was chosen (in both zones) and why a chosen time went.

use leptos::html::{H2, P};
use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::slots::Interval;

use super::Req;
use crate::api;
use crate::components::week_calendar::monday_of_instant;
use crate::components::WeekCalendar;
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl;
use crate::state::calendar::week_range;
use crate::state::Remote;

/// Loads the slots of the week `req.monday` shows; only the latest
/// request's answer lands.
pub(super) fn slot_loader(req: Req) -> Callback<()> {
    let generation = StoredValue::new(0u64);
    Callback::new(move |()| {
        let ticket = generation.get_value() + 1;
        generation.set_value(ticket);
        req.slots.set(Remote::Loading);
        let (from, to) = week_range(req.monday.get_untracked(), &intl::viewer_offset);
        spawn_local(async move {
            let next = match api::mentors::slots(req.mentor_id, from, to).await {
                Ok(s) => Remote::Ready(s),
                Err(e) => Remote::Failed(e),
            };
            if generation.try_get_value() == Some(ticket) {
                req.slots.try_set(next);
            }
        });
    })
}

#[component]
pub(super) fn WhenStep(req: Req, heading: NodeRef<H2>, load_slots: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let on_week = Callback::new(move |monday: i64| {
        req.monday.set(monday);
        load_slots.run(());
    });
    load_slots.run(());
    // Opening on an empty week: go on to the first one with a free time.
    let opened = StoredValue::new(false);
    Effect::new(move |_| {
        let first_free = req.slots.with(|s| s.ready().map(|a| (a.slots.is_empty(), a.next_available)));
        if let (Some((empty, next)), false) = (first_free, opened.get_value()) {
            opened.set_value(true);
            if let (true, Some(t)) = (empty, next) {
                on_week.run(monday_of_instant(t.timestamp()));
            }
        }
    });
    let on_choose = Callback::new(move |slot: Interval| {
        req.chosen.set(Some(slot));
        req.form_open.set(true);
        req.slot_alert.set(None);
        req.clear_error("start");
    });
    let chosen = Signal::derive(move || req.chosen.with(|c| c.map(|s| s.start.timestamp())));

    let alert = NodeRef::<P>::new();
    // A time that went is said once, and focus goes there.
    Effect::new(move |_| {
        if req.slot_alert.with(Option::is_some) {
            request_animation_frame(move || {
                if let Some(alert) = alert.get_untracked() {
                    let _ = alert.focus();
                }
            });
        }
    });
    let error = req.error("start");
    let chosen_text = move || {
        let zone = req.slots.with(|s| s.ready().map(|a| a.time_zone.clone())).unwrap_or_default();
        req.chosen.get().map(|slot| when_text(i18n.lang(), &slot, &zone))
    };

    view! {
        <section class="panel req-section" aria-labelledby="step-when">
            <h2 id="step-when" class="section-title" tabindex="-1" node_ref=heading>
                {tr(Key::StepWhen)}
            </h2>
            <WeekCalendar
                monday=req.monday
                slots=req.slots
                chosen
                on_choose
                on_week
                on_retry=move |()| load_slots.run(())
            />
            <div class:has-error=move || error.with(Option::is_some)>
                // Alerts exist only while they say something: one `alert` on the page at a time.
                {move || {
                    req.slot_alert
                        .get()
                        .map(|k| {
                            view! {
                                <p class="form-alert" id="slot-alert" role="alert" tabindex="-1" node_ref=alert>
                                    {tr(k)}
                                </p>
                            }
                        })
                }}
                {move || error.get().map(|k| view! { <p class="field-error" id="err-start">{tr(k)}</p> })}
                {move || {
                    chosen_text()
                        .map(|when| {
                            view! {
                                <p class="chosen-slot">
                                    <span class="chosen-label">{tr(Key::ChosenSlot)}</span>
                                    <span>{when}</span>
                                </p>
                            }
                        })
                }}
            </div>
        </section>
    }
}

/// The time in the viewer's zone, and in the mentor's when it differs.
pub(super) fn when_text(lang: Lang, slot: &Interval, mentor_zone: &str) -> String {
    let zones = intl::Zones::new(mentor_zone);
    let (start, end) = (slot.start.timestamp(), slot.end.timestamp());
    let mut out = format!("{} {}", intl::span(lang, None, start, end), zones.viewer);
    if let Some(other) = &zones.other {
        let theirs = format!("{} {other}", intl::span(lang, Some(other), start, end));
        out.push_str(if lang == Lang::En { " · " } else { "／" });
        out.push_str(&crate::i18n::format(text(lang, Key::MentorLocal), &[("when", &theirs)]));
    }
    out
}
