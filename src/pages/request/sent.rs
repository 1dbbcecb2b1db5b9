//! After sending: a confirmation card instead of a jump to My 1on1s. Who
//! and when (in both zones), what happens next, the way to My 1on1s, and a
//! tentative hold for the mentee's own calendar.

use leptos::html::H2;
use leptos::prelude::*;
use naname_contract::slots::Interval;

use super::{when::when_text, Req};
use crate::api;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::one_on_ones::PageQuery;

/// The card for the 1on1 just requested, or nothing before there is one.
pub(super) fn sent_of(req: Req) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let sent = req.sent.get()?;
    let slot = Interval::new(sent.start, sent.end);
    let when = when_text(lang, &slot, &req.zone.get(), &sent.mentor.time_zone);
    let mentor = match lang {
        crate::i18n::Lang::Ja => sent.mentor.name.clone(),
        crate::i18n::Lang::En => sent.mentor.name_latin.clone(),
    };
    Some(view! {
        <SentCard
            mentor
            theme=sent.theme.name.get(lang.code()).to_string()
            when
            mine_href=PageQuery::requested_href(sent.id)
            ics_href=api::one_on_ones::ics_href(sent.id, lang.code())
        />
    })
}

/// The confirmation; focus comes to its heading when it opens.
#[component]
pub fn SentCard(
    /// The mentor's name, as the reader reads it.
    mentor: String,
    theme: String,
    /// The time in both zones.
    when: String,
    /// My 1on1s, with this request pointed out.
    mine_href: String,
    /// The request's calendar file (a tentative hold until the mentor answers).
    ics_href: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<H2>::new();
    // Reads nothing reactive: once, when the card opens.
    Effect::new(move |_| {
        request_animation_frame(move || {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        });
    });
    let lead = {
        let mentor = mentor.clone();
        move || i18n.tf(Key::SentLead, &[("name", &mentor)])
    };
    let row = |label: Key, value: String| {
        view! {
            <div class="review-row">
                <dt>{tr(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    view! {
        <section class="panel sent-card" aria-labelledby="sent-title">
            <div class="sent-head">
                <svg class="sent-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="12" cy="12" r="10" fill="currentColor"></circle>
                    <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>
                </svg>
                <div>
                    <h2 class="section-title" id="sent-title" tabindex="-1" node_ref=heading>
                        {tr(Key::SentTitle)}
                    </h2>
                    <p class="section-lead">{lead}</p>
                </div>
            </div>
            <dl class="review-list">
                {row(Key::LabelMentor, mentor)}
                {row(Key::LabelTheme, theme)}
                {row(Key::LabelWhen, when)}
            </dl>
            <h3 class="block-label">{tr(Key::SentNextTitle)}</h3>
            <ol class="sent-next">
                <li>{tr(Key::SentNextAnswer)}</li>
                <li>{tr(Key::SentNextExpire)}</li>
            </ol>
            <div class="form-actions">
                <a class="btn btn-primary btn-lg" href=mine_href>
                    {tr(Key::SentToMine)}
                </a>
                <a class="btn btn-secondary btn-lg" href=ics_href download="">
                    {tr(Key::SentHold)}
                </a>
            </div>
        </section>
    }
}
