//! One 1on1 as a compact row: a date block, who, the status, where, the
//! words that came with the answer, the calendar links and what can be
//! done; a disclosure opens the topics, the response wanted and the note.

use leptos::html;
use leptos::prelude::*;
use naname_contract::one_on_ones::{OneOnOne, Side};
use naname_contract::place::PlaceKind;

use super::actions::CardActions;
use super::details::Details;
use super::{focus_soon, now, Board};
use crate::api;
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl::{self, Format, Style};
use crate::state::calendar::rfc3339;
use crate::state::calendar_links::{event_of, google_href, outlook_href};
use crate::state::one_on_ones::{
    acceptance_message, closing_message, name_in, offer, other, role_line, starts_open, status_key,
    their_time_line, CalendarFile,
};

#[component]
pub fn OneOnOneCard(one: OneOnOne, side: Side, board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let id = one.id;
    let title_id = format!("oo-{id}-title");
    let panel_id = format!("oo-{id}-details");
    let title = NodeRef::<html::H3>::new();
    let alert = NodeRef::<html::P>::new();
    let expanded = RwSignal::new(starts_open(&one, side));
    let error = Memo::new(move |_| {
        board.failed.with(|f| f.as_ref().filter(|(failed, _)| *failed == id).map(|(_, e)| e.clone()))
    });
    // The alert is there only after an action on this row failed: it takes
    // focus, so the failure is read out and the keyboard is where it happened.
    Effect::new(move |_| {
        if alert.get().is_some() {
            focus_soon(alert);
        }
    });
    let actions = view! { <CardActions one=one.clone() side board title /> };
    let details = view! { <Details one=one.clone() expanded id=panel_id.clone() /> };

    // One closure renders the row's text for the current language: a
    // language switch rebuilds it (rare), and the app carries one piece of
    // view code for it instead of one per text.
    let heading_id = title_id.clone();
    let toggle_for = title_id.clone();
    let body = move || {
        let lang = i18n.lang();
        let person = other(&one, side);
        let (start, end) = (one.start.timestamp(), one.end.timestamp());
        let zones = intl::Zones::new(&person.time_zone);
        let time = Format::new(lang, Style::Time, None);
        let dash = if lang == Lang::En { "–" } else { "〜" };
        let theirs = zones.other.map(|z| {
            let when = format!(
                "{} {}",
                intl::span(lang, Some(&z), start, end),
                intl::Clock::of(&z).label(lang, start)
            );
            view! { <p class="oo-when-other">{their_time_line(&when, side, lang)}</p> }
        });
        // Plain text: what people write is never parsed as HTML.
        let said = acceptance_message(&one, side).or_else(|| closing_message(&one, side)).map(|(key, m)| {
            view! {
                <p class="oo-said">
                    <span class="oo-said-label">{text(lang, key)}</span>
                    <span class="oo-said-text">{m.to_string()}</span>
                </p>
            }
        });
        view! {
            <time class="oo-date" datetime=rfc3339(start)>
                <span class="oo-date-day">{Format::new(lang, Style::ShortDate, None).at(start)}</span>
                <span class="oo-date-weekday">{Format::new(lang, Style::Weekday, None).at(start)}</span>
                <span class="oo-date-time">{format!("{}{dash}{}", time.at(start), time.at(end))}</span>
                <span class="oo-date-zone">{intl::Clock::of(&zones.viewer).label(lang, start)}</span>
            </time>
            <div class="oo-main">
                <div class="oo-head">
                    <h3 class="oo-title" id=heading_id.clone() tabindex="-1" node_ref=title>
                        {name_in(person, lang).to_string()}
                    </h3>
                    <span class=format!("status status-{}", one.status.as_str())>
                        {text(lang, status_key(&one, side))}
                    </span>
                </div>
                <p class="oo-role">{role_line(person, side, lang)}</p>
                {theirs}
                {place_line(&one, lang)}
                {said}
                {calendar_line(&one, side, lang)}
            </div>
        }
    };

    view! {
        <article class="one-on-one" aria-labelledby=title_id>
            {body}
            {actions}
            <button
                type="button"
                class="oo-toggle"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=panel_id
                aria-describedby=toggle_for
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                <span class="oo-toggle-mark" aria-hidden="true"></span>
                {tr(Key::ShowDetails)}
            </button>
            {details}
            // Only while there is something to say: one `alert` on the page at a time.
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="form-alert oo-alert" role="alert" tabindex="-1" node_ref=alert>
                                {move || e.message(i18n.lang())}
                            </p>
                        }
                    })
            }}
        </article>
    }
}

/// "Place: Online https://…" (a link that opens a new tab) or "Place: room".
fn place_line(one: &OneOnOne, lang: Lang) -> Option<impl IntoView> {
    let place = one.place.clone()?;
    let value = match place.kind {
        // The contract lets only plain https URLs through, so it is safe as an href.
        PlaceKind::Online => view! {
            <span class="oo-place-kind">{text(lang, Key::PlaceOnline)}</span>
            <a class="oo-place-link" href=place.value.clone() target="_blank" rel="noopener noreferrer external">
                {place.value.clone()}
                <span class="visually-hidden">{text(lang, Key::OpensInNewTab)}</span>
            </a>
        }
        .into_any(),
        PlaceKind::Office => view! { <span>{place.value.clone()}</span> }.into_any(),
    };
    Some(view! {
        <p class="oo-place">
            <span class="oo-said-label">{text(lang, Key::PlaceLabel)}</span>
            {value}
        </p>
    })
}

/// The calendar file and, for a confirmed 1on1, Google and Outlook links beside it.
fn calendar_line(one: &OneOnOne, side: Side, lang: Lang) -> Option<impl IntoView> {
    let file = offer(one, side, now()).calendar?;
    let id = one.id;
    // `download`: the browser fetches the file; the router leaves the link alone.
    let ics_label = if file == CalendarFile::Hold { Key::HoldInCalendar } else { Key::AddToCalendar };
    let ics = view! {
        <a class="oo-cal-link" href=api::one_on_ones::ics_href(id, lang.code()) download="">
            {text(lang, ics_label)}
        </a>
    };
    let web = (file == CalendarFile::Confirmed).then(|| {
        let event = event_of(one, lang);
        let link = |href: String, key: Key| {
            view! {
                <a class="oo-cal-link" href=href target="_blank" rel="noopener external">
                    {text(lang, key)}
                    <span class="visually-hidden">{text(lang, Key::OpensInNewTab)}</span>
                </a>
            }
        };
        view! {
            {link(google_href(&event), Key::GoogleCalendar)}
            {link(outlook_href(&event), Key::OutlookCalendar)}
        }
    });
    Some(view! { <p class="oo-calendar">{ics} {web}</p> })
}
