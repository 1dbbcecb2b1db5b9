//! `/one-on-ones[?as=mentor][&requested=ID]`: the signed-in person's 1on1s
//! on one side, in three sections (requested, upcoming, past), with what
//! they can do about each: accept or decline (the mentor), cancel (either
//! side, the mentee only until the cut-off), and the calendar file.

use chrono::DateTime;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use naname_contract::one_on_ones::{Action, OneOnOne, Participant, Side, Status, MAX_MESSAGE_CHARS};
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::components::dom::{self, Built, H};
use crate::components::{ErrorState, LoadingState, PageHeading};
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl;
use crate::state::calendar::rfc3339;
use crate::state::one_on_ones::{in_section, offer, CancelOffer, PageQuery, Section};
use crate::state::Remote;

fn status_key(status: Status) -> Key {
    match status {
        Status::Requested => Key::StatusRequested,
        Status::Accepted => Key::StatusAccepted,
        Status::Declined => Key::StatusDeclined,
        Status::Cancelled => Key::StatusCancelled,
        Status::Expired => Key::StatusExpired,
        Status::Done => Key::StatusDone,
    }
}

/// A lifecycle step the user asked for.
#[derive(Debug, Clone, PartialEq)]
struct Intent {
    id: i64,
    action: Action,
    message: String,
    /// The other person's name, for the announcement.
    name: String,
}

#[component]
pub fn OneOnOnesPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let location = use_location();
    let navigate = StoredValue::new_local(use_navigate());
    let query = Memo::new(move |_| PageQuery::parse(&location.search.get()));
    let is_mentor = Memo::new(move |_| auth.me().is_some_and(|me| me.is_mentor));
    let side = Memo::new(move |_| if is_mentor.get() { query.get().side } else { Side::Mentee });

    let list = RwSignal::new(Remote::<Vec<OneOnOne>>::Loading);
    let generation = StoredValue::new(0u64);
    // `quiet`: refresh after an action without blanking the list.
    let load = move |quiet: bool| {
        let ticket = generation.get_value() + 1;
        generation.set_value(ticket);
        if !quiet {
            list.set(Remote::Loading);
        }
        let side = side.get_untracked();
        spawn_local(async move {
            let next = match api::one_on_ones::list(side).await {
                Ok(items) => Remote::Ready(items),
                Err(e) => Remote::Failed(e),
            };
            if generation.try_get_value() == Some(ticket) {
                list.try_set(next);
            }
        });
    };
    Effect::new(move |_| {
        side.track();
        load(false);
    });

    // What happened, announced and focused: a sent request or the last action.
    let notice = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if query.with(|q| q.requested.is_some()) {
            notice.set(Some(text(i18n.lang_untracked(), Key::RequestSent).to_string()));
        }
    });
    let busy = RwSignal::new(None::<i64>);
    let failed = RwSignal::new(None::<(i64, ApiError)>);
    let act = Callback::new(move |intent: Intent| {
        if busy.get_untracked().is_some() {
            return;
        }
        busy.set(Some(intent.id));
        failed.set(None);
        spawn_local(async move {
            let result = api::one_on_ones::act(intent.id, intent.action, &intent.message).await;
            busy.try_set(None);
            match result {
                Ok(_) => {
                    let key = match intent.action {
                        Action::Accept => Key::DidAccept,
                        Action::Decline => Key::DidDecline,
                        Action::Cancel => Key::DidCancel,
                    };
                    notice.try_set(Some(i18n.tf(key, &[("name", &intent.name)])));
                    dom::focus_later("#result-notice".into());
                    load(true);
                }
                Err(e) => {
                    // The 1on1 moved on meanwhile: show where it stands now.
                    if matches!(e.code(), Some("invalid_transition" | "too_late_to_cancel")) {
                        load(true);
                    }
                    failed.try_set(Some((intent.id, e)));
                    dom::focus_later(format!("#oo-{}-error", intent.id));
                }
            }
        });
    });

    let switch = move |to: Side, key: Key| {
        view! {
            <button
                type="button"
                class="seg-option"
                aria-pressed=move || (side.get() == to).to_string()
                on:click=move |_| {
                    notice.set(None);
                    failed.set(None);
                    navigate.with_value(|nav| nav(PageQuery::href(to), NavigateOptions { replace: true, scroll: false, ..Default::default() }));
                }
            >
                {tr(key)}
            </button>
        }
    };
    let switcher = move || {
        is_mentor.get().then(|| {
            view! {
                <div class="seg" role="group" aria-label=tr(Key::SideLabel)>
                    {switch(Side::Mentee, Key::AsMentee)}
                    {switch(Side::Mentor, Key::AsMentor)}
                </div>
            }
        })
    };

    // Typed into an open decline / cancel form; kept across rebuilds.
    let message = StoredValue::new(String::new());
    let open = RwSignal::new(None::<(i64, Action)>);
    let name_of = move |id: i64| {
        let lang = i18n.lang_untracked();
        list.with_untracked(|l| {
            l.ready()
                .and_then(|all| all.iter().find(|o| o.id == id))
                .map(|o| other(o, side.get_untracked()).name_in(lang))
        })
        .unwrap_or_default()
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = dom::closest(ev.target(), "[data-act]") else { return };
        let (Some(act_name), Some(id)) = (el.get_attribute("data-act"), dom::data_num(&el, "data-id")) else {
            return;
        };
        let action = |name: &str| match name {
            "accept" => Action::Accept,
            "decline" | "open-decline" => Action::Decline,
            _ => Action::Cancel,
        };
        match act_name.as_str() {
            "open-decline" | "open-cancel" => {
                message.set_value(String::new());
                failed.set(None);
                open.set(Some((id, action(&act_name))));
                dom::focus_later(format!("#oo-{id}-message"));
            }
            "close" => {
                open.set(None);
                dom::focus_later(format!("#oo-{id}-title"));
            }
            name => {
                act.run(Intent { id, action: action(name), message: message.get_value(), name: name_of(id) })
            }
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            message.set_value(area.value());
        }
    };
    Effect::new(move |_| {
        list.track();
        open.set(None);
    });
    let render = Callback::new(move |()| {
        let lang = i18n.lang();
        let side = side.get_untracked();
        let now = intl::now();
        let state = CardState { open: open.get(), busy: busy.get(), message: message.get_value() };
        failed.with(|failed| {
            list.with(|l| match l.ready() {
                Some(all) => render_sections(all, side, lang, now, &state, failed.as_ref()),
                None => H::new("div"),
            })
        })
    });
    let sections = move || match list.get() {
        Remote::Loading => Some(view! { <LoadingState /> }.into_any()),
        Remote::Failed(error) => {
            Some(view! { <ErrorState error on_retry=move |_| load(false) /> }.into_any())
        }
        Remote::Ready(_) => None,
    };

    view! {
        <div class="page one-on-ones-page">
            <div class="page-head page-head-row">
                <div>
                    <PageHeading key=Key::OneOnOnesTitle />
                    <p class="lead">{tr(Key::OneOnOnesLead)}</p>
                </div>
                {switcher}
            </div>
            <div id="result-notice" class="notice-slot" role="status" tabindex="-1">
                {move || notice.get().map(|n| view! { <p class="banner-ok">{n}</p> })}
            </div>
            {sections}
            <div on:click=on_click on:input=on_input>
                <Built render />
            </div>
        </div>
    }
}

/// The other person on a 1on1, seen from `side`.
fn other(o: &OneOnOne, side: Side) -> &Participant {
    if side == Side::Mentee {
        &o.mentor
    } else {
        &o.mentee
    }
}

trait NameIn {
    fn name_in(&self, lang: Lang) -> String;
}

impl NameIn for Participant {
    fn name_in(&self, lang: Lang) -> String {
        if lang == Lang::En && !self.name_latin.is_empty() {
            self.name_latin.clone()
        } else {
            self.name.clone()
        }
    }
}

/// What the cards show besides the 1on1s themselves.
struct CardState {
    open: Option<(i64, Action)>,
    busy: Option<i64>,
    message: String,
}

fn render_sections(
    all: &[OneOnOne],
    side: Side,
    lang: Lang,
    now: i64,
    state: &CardState,
    failed: Option<&(i64, ApiError)>,
) -> H {
    let root = H::of("div", "oo-sections");
    for section in Section::ALL {
        let (title, empty, id) = match section {
            Section::Requested if side == Side::Mentor => {
                (Key::SecRequested, Key::EmptyRequestedMentor, "sec-requested")
            }
            Section::Requested => (Key::SecRequested, Key::EmptyRequestedMentee, "sec-requested"),
            Section::Upcoming => (Key::SecUpcoming, Key::EmptyUpcoming, "sec-upcoming"),
            Section::Past => (Key::SecPast, Key::EmptyPast, "sec-past"),
        };
        let items = in_section(all, section);
        let panel = H::of("section", "panel oo-section").attr("aria-labelledby", id).child(
            H::of("h2", "section-title").attr("id", id).text(text(lang, title)).line(
                "span",
                "count",
                &items.len().to_string(),
            ),
        );
        if items.is_empty() {
            let mut empty = H::of("div", "state state-empty").line("p", "state-message", text(lang, empty));
            if side == Side::Mentee && section != Section::Past {
                empty = empty.child(
                    H::of("a", "btn btn-secondary").attr("href", "/people").text(text(lang, Key::FindMentor)),
                );
            }
            root.add(panel.child(empty));
            continue;
        }
        let list = H::of("div", "oo-list");
        for o in &items {
            list.add(card(o, side, lang, now, state, failed.filter(|(id, _)| *id == o.id).map(|(_, e)| e)));
        }
        root.add(panel.child(list));
    }
    root
}

/// One 1on1: who, when, what about, its status, and what can be done.
fn card(o: &OneOnOne, side: Side, lang: Lang, now: i64, state: &CardState, error: Option<&ApiError>) -> H {
    let code = lang.code();
    let id = o.id;
    let person = other(o, side);
    let role = if side == Side::Mentee { Key::LabelMentor } else { Key::LabelMentee };
    let (start, end) = (o.start.timestamp(), o.end.timestamp());
    let zones = intl::Zones::new(&person.time_zone);
    let title_id = format!("oo-{id}-title");

    let when = H::of("p", "oo-when").child(H::new("time").attr("datetime", &rfc3339(start)).text(&format!(
        "{} {}",
        intl::span(lang, None, start, end),
        zones.viewer
    )));
    if let Some(z) = &zones.other {
        let theirs = format!("{} {z}", intl::span(lang, Some(z), start, end));
        let line = if side == Side::Mentee {
            crate::i18n::format(text(lang, Key::MentorLocal), &[("when", &theirs)])
        } else {
            format!("{}: {theirs}", text(lang, Key::LabelMentee))
        };
        when.add(H::of("span", "oo-when-other").text(&line));
    }

    let details = H::of("dl", "review-list oo-details");
    let row = |label: Key, value: H| {
        details.add(
            H::of("div", "review-row").line("dt", "", text(lang, label)).child(H::new("dd").child(value)),
        );
    };
    row(Key::LabelTheme, H::new("span").text(o.theme.name.get(code)));
    let topics = H::of("ul", "review-topics");
    for t in &o.topics {
        topics.add(H::new("li").text(t.prompt.get(code)));
    }
    row(Key::LabelTopics, topics);
    row(
        Key::LabelResponse,
        H::new("span").line("span", "choice-name", o.response.name.get(code)).line(
            "span",
            "choice-desc",
            o.response.description.get(code),
        ),
    );
    if !o.note.is_empty() {
        // Plain text: what people write is never parsed as HTML.
        row(Key::LabelNote, H::of("span", "review-note").text(&o.note));
    }
    if let Some(m) = &o.message {
        row(Key::MessageLabel, H::of("span", "review-note").text(m));
    }

    let busy = state.busy.is_some();
    let button = |key: Key, class: &str, act: &str| {
        H::of("button", class)
            .attr("type", "button")
            .attr("data-act", act)
            .attr("data-id", &id.to_string())
            .flag("disabled", busy)
            .text(text(lang, key))
    };
    let actions = H::of("div", "oo-actions");
    match state.open {
        Some((open_id, action)) if open_id == id => {
            let (confirm, act) = match action {
                Action::Decline => (Key::ConfirmDecline, "decline"),
                _ => (Key::ConfirmCancel, "cancel"),
            };
            let field = format!("oo-{id}-message");
            let area = H::of("textarea", "input textarea")
                .attr("id", &field)
                .attr("rows", "3")
                .attr("maxlength", &MAX_MESSAGE_CHARS.to_string());
            let _ = area.0.append_with_str_1(&state.message);
            let confirm = if state.busy == Some(id) { Key::Working } else { confirm };
            actions.add(
                H::of("div", "oo-form")
                    .child(
                        H::of("label", "field-label")
                            .attr("for", &field)
                            .text(text(lang, Key::MessageOptional)),
                    )
                    .child(area)
                    .child(
                        H::of("div", "oo-actions")
                            .child(button(confirm, "btn btn-primary btn-sm", act))
                            .child(button(Key::KeepIt, "btn btn-quiet btn-sm", "close")),
                    ),
            );
        }
        _ => {
            let offered = offer(o, side, DateTime::from_timestamp(now, 0).unwrap_or_default());
            if offered.accept {
                let key = if state.busy == Some(id) { Key::Working } else { Key::Accept };
                actions.add(button(key, "btn btn-primary btn-sm", "accept"));
            }
            if offered.decline {
                actions.add(button(Key::Decline, "btn btn-secondary btn-sm", "open-decline"));
            }
            match offered.cancel {
                CancelOffer::Yes => actions.add(button(Key::Cancel, "btn btn-quiet btn-sm", "open-cancel")),
                CancelOffer::TooLate => {
                    let hint = format!("oo-{id}-late");
                    actions.add(
                        H::of("button", "btn btn-quiet btn-sm")
                            .attr("type", "button")
                            .attr("aria-describedby", &hint)
                            .flag("disabled", true)
                            .text(text(lang, Key::Cancel)),
                    );
                    actions.add(
                        H::of("p", "oo-hint").attr("id", &hint).text(text(lang, Key::ErrTooLateToCancel)),
                    );
                }
                CancelOffer::No => {}
            }
            if offered.ics {
                actions.add(
                    H::of("a", "btn btn-quiet btn-sm")
                        .attr("href", &api::one_on_ones::ics_href(id, code))
                        .attr("download", "")
                        .text(text(lang, Key::AddToCalendar)),
                );
            }
        }
    }

    let alert = H::of("div", "form-alert-slot")
        .attr("id", &format!("oo-{id}-error"))
        .attr("role", "alert")
        .attr("tabindex", "-1");
    if let Some(e) = error {
        alert.add(H::of("p", "form-alert").text(&e.message(lang)));
    }

    H::of("article", "one-on-one")
        .attr("aria-labelledby", &title_id)
        .child(
            H::of("header", "oo-head")
                .child(
                    H::of("div", "oo-who")
                        .child(
                            H::of("h3", "oo-title")
                                .attr("id", &title_id)
                                .attr("tabindex", "-1")
                                .text(&person.name_in(lang)),
                        )
                        .child(H::of("p", "oo-role").text(&format!(
                            "{} · {}",
                            text(lang, role),
                            person.department.get(code)
                        ))),
                )
                .line(
                    "span",
                    &format!("status status-{}", o.status.as_str()),
                    text(lang, status_key(o.status)),
                ),
        )
        .child(when)
        .child(details)
        .child(alert)
        .child(actions)
}
