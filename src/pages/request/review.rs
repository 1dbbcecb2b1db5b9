//! The last step: what will be sent, and the send with its outcome.

use leptos::html::{H2, P};
use leptos::prelude::*;

use super::{when::when_text, Req, Sending};
use crate::i18n::{text, tr, use_i18n, Key};
use crate::state::request::{self, Failure};
use crate::state::Remote;

/// The review of the page's current draft, or nothing while a part is missing.
pub(super) fn review_of(req: Req, on_back: Callback<()>, on_send: Callback<()>) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let slot = req.chosen.get()?;
    let (mentor, mentor_zone, summary) = req.mentor.with(|m| {
        let Remote::Ready(m) = m else { return None };
        req.data.with(|d| {
            let Remote::Ready((catalog, responses)) = d else { return None };
            let summary = req.draft.with(|draft| request::review(draft, m, catalog, responses, lang.code()));
            Some((m.person.display_name(lang.code()).to_string(), m.person.time_zone.clone(), summary))
        })
    })?;
    let when = when_text(lang, &slot, &req.zone.get(), &mentor_zone);
    Some(view! { <Review summary mentor when sending=req.sending on_back on_send /> })
}

/// What the mentee is about to send; Back returns to the form with
/// everything kept. Focus comes here when it opens, and to the outcome of a
/// failed send.
#[component]
pub fn Review(
    summary: request::Review,
    /// The mentor's name and the time, as the reader reads them.
    mentor: String,
    when: String,
    #[prop(into)] sending: Signal<Sending>,
    #[prop(into)] on_back: Callback<()>,
    #[prop(into)] on_send: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<H2>::new();
    let alert = NodeRef::<P>::new();
    // Reads nothing reactive: once, when the review opens.
    Effect::new(move |_| {
        request_animation_frame(move || {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        });
    });
    let failed = Memo::new(move |_| match sending.get() {
        Sending::Failed(f) => Some(f),
        _ => None,
    });
    Effect::new(move |_| {
        if failed.with(Option::is_some) {
            request_animation_frame(move || {
                if let Some(a) = alert.get_untracked() {
                    let _ = a.focus();
                }
            });
        }
    });
    let busy = move || sending.with(|s| *s == Sending::Busy);
    let error = move || {
        let lang = i18n.lang();
        let message = match failed.get()? {
            Failure::Unknown(e) => format!("{} {}", e.message(lang), text(lang, Key::SendUnknown)),
            Failure::Other(e) | Failure::SlotGone(e) => e.message(lang),
            Failure::Fields(_) => return None,
        };
        Some(
            view! { <p class="form-alert" id="send-error" role="alert" tabindex="-1" node_ref=alert>{message}</p> },
        )
    };
    let send_label = move || {
        if busy() {
            Key::Sending
        } else if matches!(failed.get(), Some(Failure::Unknown(_))) {
            Key::Resend
        } else {
            Key::Send
        }
    };
    let row = |label: Key, value: AnyView| {
        view! {
            <div class="review-row">
                <dt>{tr(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let note = summary.note.clone();
    let note = move || if note.is_empty() { i18n.t(Key::NoNote).to_string() } else { note.clone() };
    let topics = summary.topics.into_iter().map(|t| view! { <li>{t}</li> }).collect_view();

    view! {
        <section class="panel review" aria-labelledby="review-title">
            <h2 class="section-title" id="review-title" tabindex="-1" node_ref=heading>
                {tr(Key::ReviewTitle)}
            </h2>
            <p class="section-lead">{tr(Key::ReviewLead)}</p>
            <dl class="review-list">
                {row(Key::LabelMentor, view! { <span>{mentor}</span> }.into_any())}
                {row(Key::LabelTheme, view! { <span>{summary.theme}</span> }.into_any())}
                {row(Key::LabelWhen, view! { <span>{when}</span> }.into_any())}
                {row(Key::LabelTopics, view! { <ul class="review-topics">{topics}</ul> }.into_any())}
                {row(
                    Key::LabelResponse,
                    view! {
                        <span>
                            <span class="choice-name">{summary.response}</span>
                            <span class="choice-desc">{summary.response_description}</span>
                        </span>
                    }
                        .into_any(),
                )}
                {row(Key::LabelNote, view! { <span class="review-note">{note}</span> }.into_any())}
            </dl>
            {error}
            <div class="form-actions">
                <button type="button" class="btn btn-secondary btn-lg" disabled=busy on:click=move |_| on_back.run(())>
                    {tr(Key::Back)}
                </button>
                // `data-act` names the button for the end-to-end tests.
                <button
                    type="button"
                    class="btn btn-primary btn-lg"
                    data-act="send"
                    disabled=busy
                    on:click=move |_| on_send.run(())
                >
                    {move || busy().then(|| view! { <span class="spinner spinner-sm" aria-hidden="true"></span> })}
                    {move || i18n.t(send_label())}
                </button>
            </div>
        </section>
    }
}
