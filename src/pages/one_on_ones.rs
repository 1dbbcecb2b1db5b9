//! `/one-on-ones[?as=mentor|mentee][&requested=ID]`: the signed-in person's
//! 1on1s on one side, in three sections (requested, upcoming, past), with
//! what they can do about each: accept or decline (the mentor), cancel
//! (either side, the mentee only until the cut-off), and the calendar file.
//! A mentor whose URL names no side lands on the mentor side when requests
//! await their answer.

use chrono::DateTime;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::one_on_ones::{Action, OneOnOne, Participant, Side, Status, MAX_MESSAGE_CHARS};
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::auth::{use_auth, Session};
use crate::components::dom::{self, H};
use crate::components::PageHeading;
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl;
use crate::state::calendar::rfc3339;
use crate::state::one_on_ones::{in_section, offer, opening_side, CancelOffer, PageQuery, Section};
use crate::state::route::HOME;
use crate::state::Remote;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

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

/// Everything the page shows.
struct Page {
    side: Side,
    list: Remote<Vec<OneOnOne>>,
    /// The 1on1 an action is running for.
    busy: Option<i64>,
    /// The last action's failure, by 1on1.
    failed: Option<(i64, ApiError)>,
    /// The decline or cancel form that is open.
    open: Option<(i64, Action)>,
    /// What happened: a request sent, an action done.
    notice: Option<String>,
    /// Looking at the mentor side to choose where to open; a switch by hand ends it.
    choosing: bool,
}

#[component]
pub fn OneOnOnesPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigate = StoredValue::new_local(use_navigate());
    let query = use_query_map().with_untracked(|q| PageQuery::from_query(q));
    let is_mentor = auth.session.with_untracked(|s| matches!(s, Session::SignedIn(me) if me.is_mentor));
    let opening = query.side_for(is_mentor);
    let page = RwSignal::new(Page {
        side: opening.unwrap_or(Side::Mentee),
        list: Remote::Loading,
        busy: None,
        failed: None,
        open: None,
        notice: query.requested.map(|_| text(i18n.lang_untracked(), Key::RequestSent).to_string()),
        choosing: opening.is_none(),
    });
    // Typed into an open decline / cancel form; kept across rebuilds.
    let message = StoredValue::new(String::new());
    let load = move |quiet: bool| {
        let side = page.with_untracked(|p| p.side);
        if !quiet {
            page.update(|p| p.list = Remote::Loading);
        }
        spawn_local(async move {
            let list = match api::one_on_ones::list(side).await {
                Ok(items) => Remote::Ready(items),
                Err(e) => Remote::Failed(e),
            };
            page.try_update(|p| {
                p.list = list;
                p.open = None;
            });
        });
    };
    if opening.is_some() {
        load(false);
    } else {
        // The mentor side answers where to open; when it is the side, its list is the page's.
        spawn_local(async move {
            let mentor_side = api::one_on_ones::list(Side::Mentor).await;
            if !page.try_with_untracked(|p| p.choosing).unwrap_or(false) {
                return; // switched by hand meanwhile: that choice stands
            }
            match mentor_side {
                Ok(items) if opening_side(&items) == Side::Mentor => {
                    page.try_update(|p| {
                        p.choosing = false;
                        p.side = Side::Mentor;
                        p.list = Remote::Ready(items);
                    });
                }
                _ => {
                    page.try_update(|p| p.choosing = false);
                    load(false);
                }
            }
        });
    }

    let act = move |id: i64, action: Action| {
        let lang = i18n.lang_untracked();
        let name = page.with_untracked(|p| {
            p.list
                .ready()
                .and_then(|all| all.iter().find(|o| o.id == id))
                .map(|o| other(o, p.side).name_in(lang))
        });
        page.update(|p| {
            p.busy = Some(id);
            p.failed = None;
        });
        let text_to_send = message.get_value();
        spawn_local(async move {
            let result = api::one_on_ones::act(id, action, &text_to_send).await;
            match result {
                Ok(_) => {
                    let key = match action {
                        Action::Accept => Key::DidAccept,
                        Action::Decline => Key::DidDecline,
                        Action::Cancel => Key::DidCancel,
                    };
                    let notice = i18n.tf(key, &[("name", &name.unwrap_or_default())]);
                    page.try_update(|p| {
                        p.busy = None;
                        p.notice = Some(notice);
                    });
                    dom::focus_later("#result-notice".into());
                    load(true);
                }
                Err(e) => {
                    // The 1on1 moved on meanwhile: show where it stands now.
                    if matches!(e.code(), Some("invalid_transition" | "too_late_to_cancel")) {
                        load(true);
                    }
                    page.try_update(|p| {
                        p.busy = None;
                        p.failed = Some((id, e));
                    });
                    dom::focus_later(format!("#oo-{id}-error"));
                }
            }
        });
    };

    let on_click = move |ev: MouseEvent| {
        let Some((name, id)) = dom::action(&ev) else { return };
        match name.as_str() {
            "side" => {
                let to = if id == 1 { Side::Mentor } else { Side::Mentee };
                page.update(|p| {
                    p.side = to;
                    p.notice = None;
                    p.failed = None;
                    p.choosing = false;
                });
                navigate.with_value(|nav| {
                    nav(
                        &PageQuery::href(to),
                        NavigateOptions { replace: true, scroll: false, ..Default::default() },
                    )
                });
                load(false);
            }
            "retry" => load(false),
            "open-decline" | "open-cancel" => {
                message.set_value(String::new());
                let action = if name == "open-decline" { Action::Decline } else { Action::Cancel };
                page.update(|p| {
                    p.failed = None;
                    p.open = Some((id, action));
                });
                dom::focus_later(format!("#oo-{id}-message"));
            }
            "close" => {
                page.update(|p| p.open = None);
                dom::focus_later(format!("#oo-{id}-title"));
            }
            "accept" => act(id, Action::Accept),
            "decline" => act(id, Action::Decline),
            "cancel" => act(id, Action::Cancel),
            other => {
                dom::common_act(other, auth);
            }
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            message.set_value(area.value());
        }
    };

    let root = NodeRef::<leptos::html::Div>::new();
    let notice = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let lang = i18n.lang();
        let Some(target) = root.get() else { return };
        let now = intl::now();
        let content = page.with(|p| {
            let side = p.side;
            let body = H::new("div");
            if is_mentor {
                let switch =
                    H::of("div", "seg").attr("role", "group").attr("aria-label", text(lang, Key::SideLabel));
                for (n, s, key) in [(0, Side::Mentee, Key::AsMentee), (1, Side::Mentor, Key::AsMentor)] {
                    switch.add(
                        dom::button("seg-option", "side", n)
                            .attr("aria-pressed", if s == side { "true" } else { "false" })
                            .text(text(lang, key)),
                    );
                }
                body.add(switch);
            }
            // The notice lives outside the rebuilt part, so focus stays on it.
            if let Some(slot) = notice.get() {
                let text = p.notice.as_deref().unwrap_or_default();
                dom::show(
                    &slot,
                    if text.is_empty() { H::new("span") } else { H::of("p", "banner-ok").text(text) },
                );
            }
            body.add(match &p.list {
                Remote::Loading => dom::loading(lang, Key::Loading),
                Remote::Failed(e) => dom::error(lang, e),
                Remote::Ready(all) => {
                    let state = CardState { open: p.open, busy: p.busy, message: message.get_value() };
                    render_sections(all, side, lang, now, &state, p.failed.as_ref())
                }
            });
            body
        });
        dom::show(&target, content);
    });

    view! {
        <div class="page one-on-ones-page" on:click=on_click on:input=on_input>
            <div class="page-head">
                <PageHeading key=Key::OneOnOnesTitle />
                <p class="lead">{tr(Key::OneOnOnesLead)}</p>
            </div>
            <div id="result-notice" class="notice-slot" role="status" tabindex="-1" node_ref=notice></div>
            <div node_ref=root></div>
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
                    H::of("a", "btn btn-secondary").attr("href", HOME).text(text(lang, Key::FindMentor)),
                );
            }
            root.add(panel.child(empty));
            continue;
        }
        let list = H::of("div", "oo-list");
        for o in items.iter().copied() {
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

    // Only while there is something to say: one `alert` on the page at a time.
    let alert = match error {
        Some(e) => H::of("p", "form-alert")
            .attr("id", &format!("oo-{id}-error"))
            .attr("role", "alert")
            .attr("tabindex", "-1")
            .text(&e.message(lang)),
        None => H::new("span"),
    };

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
