//! One 1on1: who, when, what about, its status, what went wrong with the
//! last action on it, and what can be done.

use leptos::html;
use leptos::prelude::*;
use naname_contract::one_on_ones::{OneOnOne, Side};

use super::actions::CardActions;
use super::{focus_soon, Board};
use crate::i18n::{text, use_i18n, Key};
use crate::intl;
use crate::state::calendar::rfc3339;
use crate::state::one_on_ones::{name_in, other, role_line, status_key, their_time_line};

#[component]
pub fn OneOnOneCard(one: OneOnOne, side: Side, board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let id = one.id;
    let title_id = format!("oo-{id}-title");
    let title = NodeRef::<html::H3>::new();
    let alert = NodeRef::<html::P>::new();
    let error = Memo::new(move |_| {
        board.failed.with(|f| f.as_ref().filter(|(failed, _)| *failed == id).map(|(_, e)| e.clone()))
    });
    // The alert is there only after an action on this card failed: it takes
    // focus, so the failure is read out and the keyboard is where it happened.
    Effect::new(move |_| {
        if alert.get().is_some() {
            focus_soon(alert);
        }
    });
    let actions = view! { <CardActions one=one.clone() side board title /> };

    // One closure renders the card's text for the current language: a
    // language switch rebuilds it (rare), and the app carries one piece of
    // view code for it instead of one per text.
    let body = move || {
        let lang = i18n.lang();
        let code = lang.code();
        let person = other(&one, side);
        let (start, end) = (one.start.timestamp(), one.end.timestamp());
        let zones = intl::Zones::new(&person.time_zone);
        let theirs = zones.other.map(|z| {
            let when = format!("{} {z}", intl::span(lang, Some(&z), start, end));
            view! { <span class="oo-when-other">{their_time_line(&when, side, lang)}</span> }
        });
        let topics =
            one.topics.iter().map(|t| view! { <li>{t.prompt.get(code).to_string()}</li> }).collect_view();
        // Plain text: what people write is never parsed as HTML.
        let note = (!one.note.is_empty()).then(|| row(text(lang, Key::LabelNote), one.note.clone()));
        let message = one.message.clone().map(|m| row(text(lang, Key::MessageLabel), m));
        view! {
            <header class="oo-head">
                <div class="oo-who">
                    <h3 class="oo-title" id=format!("oo-{id}-title") tabindex="-1" node_ref=title>
                        {name_in(person, lang).to_string()}
                    </h3>
                    <p class="oo-role">{role_line(person, side, lang)}</p>
                </div>
                <span class=format!("status status-{}", one.status.as_str())>
                    {text(lang, status_key(one.status))}
                </span>
            </header>
            <p class="oo-when">
                <time datetime=rfc3339(start)>
                    {format!("{} {}", intl::span(lang, None, start, end), zones.viewer)}
                </time>
                {theirs}
            </p>
            <dl class="review-list oo-details">
                <div class="review-row">
                    <dt>{text(lang, Key::LabelTheme)}</dt>
                    <dd>
                        <span>{one.theme.name.get(code).to_string()}</span>
                    </dd>
                </div>
                <div class="review-row">
                    <dt>{text(lang, Key::LabelTopics)}</dt>
                    <dd>
                        <ul class="review-topics">{topics}</ul>
                    </dd>
                </div>
                <div class="review-row">
                    <dt>{text(lang, Key::LabelResponse)}</dt>
                    <dd>
                        <span>
                            <span class="choice-name">{one.response.name.get(code).to_string()}</span>
                            <span class="choice-desc">{one.response.description.get(code).to_string()}</span>
                        </span>
                    </dd>
                </div>
                {note}
                {message}
            </dl>
        }
    };

    view! {
        <article class="one-on-one" aria-labelledby=title_id>
            {body}
            // Only while there is something to say: one `alert` on the page at a time.
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="form-alert" role="alert" tabindex="-1" node_ref=alert>
                                {move || e.message(i18n.lang())}
                            </p>
                        }
                    })
            }}
            {actions}
        </article>
    }
}

/// A row of the details whose value is what someone wrote, as text.
fn row(label: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="review-row">
            <dt>{label}</dt>
            <dd>
                <span class="review-note">{value}</span>
            </dd>
        </div>
    }
}
