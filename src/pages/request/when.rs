//! The first step: a free time on the mentor's week calendar, read in the
//! zone the mentee picked, with what was chosen (in both zones, each named)
//! and why a chosen time went.

use leptos::html::P;
use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::slots::Interval;

use super::Req;
use crate::api;
use crate::components::week_calendar::{week_of, week_of_instant};
use crate::components::WeekCalendar;
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl::{self, Clock};
use crate::state::calendar::week_range;
use crate::state::locale;
use crate::state::Remote;

/// The zone the page opens in: the person's profile zone, else the browser's.
pub(super) fn initial_zone(profile: Option<&str>) -> String {
    locale::initial_zone(profile, &intl::viewer_zone(), intl::is_known_zone)
}

/// Loads the slots of the week `req.start` shows, read in `req.zone`; only
/// the latest request's answer lands.
pub(super) fn slot_loader(req: Req) -> Callback<()> {
    let generation = StoredValue::new(0u64);
    Callback::new(move |()| {
        let ticket = generation.get_value() + 1;
        generation.set_value(ticket);
        req.slots.set(Remote::Loading);
        let clock = Clock::of(&req.zone.get_untracked());
        let (from, to) = week_range(req.start.get_untracked(), &|t| clock.offset(t));
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
pub(super) fn WhenStep(req: Req, load_slots: Callback<()>, profile_zone: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let on_week = Callback::new(move |start: i64| {
        req.start.set(start);
        load_slots.run(());
    });
    let on_zone = Callback::new(move |zone: String| {
        if req.zone.with_untracked(|z| *z != zone) {
            req.zone.set(zone);
            load_slots.run(());
        }
    });
    // A language with another week start (ja-JP and en-US on Sunday, en-GB
    // on Monday) shows the week around the same days, from its own first day.
    Effect::new(move |_| {
        let start = week_of(req.start.get_untracked(), i18n.lang());
        if start != req.start.get_untracked() {
            on_week.run(start);
        }
    });
    load_slots.run(());
    // Opening on an empty week: go on to the first one with a free time.
    let opened = StoredValue::new(false);
    Effect::new(move |_| {
        let first_free = req.slots.with(|s| s.ready().map(|a| (a.slots.is_empty(), a.next_available)));
        if let (Some((empty, next)), false) = (first_free, opened.get_value()) {
            opened.set_value(true);
            if let (true, Some(t)) = (empty, next) {
                let zone = req.zone.get_untracked();
                on_week.run(week_of_instant(t.timestamp(), &zone, i18n.lang_untracked()));
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
        let mentor = req.slots.with(|s| s.ready().map(|a| a.time_zone.clone())).unwrap_or_default();
        let zone = req.zone.get();
        req.chosen.get().map(|slot| when_text(i18n.lang(), &slot, &zone, &mentor))
    };

    view! {
        <section class="panel req-section" aria-labelledby="step-when">
            <h2 id="step-when" class="section-title" tabindex="-1" node_ref=req.when_heading>
                {tr(Key::StepWhen)}
            </h2>
            <WeekCalendar
                start=req.start
                zone=req.zone
                slots=req.slots
                chosen
                on_choose
                on_week
                on_zone
                profile_zone=profile_zone
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

/// The time in the zone shown, and in the mentor's when it differs, each
/// zone named: "12月8日(火) 12:00〜12:30 日本時間（GMT+9）／メンターの現地時刻:
/// 12月7日(月) 22:00〜22:30 ニューヨーク時間（GMT−5）".
pub(super) fn when_text(lang: Lang, slot: &Interval, zone: &str, mentor_zone: &str) -> String {
    let (start, end) = (slot.start.timestamp(), slot.end.timestamp());
    let mut out =
        format!("{} {}", intl::span(lang, Some(zone), start, end), Clock::of(zone).label(lang, start));
    if !mentor_zone.is_empty() && mentor_zone != zone {
        let theirs = format!(
            "{} {}",
            intl::span(lang, Some(mentor_zone), start, end),
            Clock::of(mentor_zone).label(lang, start)
        );
        out.push_str(if lang == Lang::En { " · " } else { "／" });
        out.push_str(&crate::i18n::format(text(lang, Key::MentorLocal), &[("when", &theirs)]));
    }
    out
}
