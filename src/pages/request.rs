//! `/mentors/:id/request[?theme=ID]`: request a 1on1 with a mentor. Choose
//! a theme and a free time on the mentor's week calendar, then topics, the
//! response wanted and a note; review; send. A slot taken meanwhile sends
//! the user back to the calendar with everything they typed kept.
//!
//! The page is built with [`crate::components::dom`] in a few regions, each
//! rebuilt from the page state; what the user types lives in the form
//! controls and in the draft, so a rebuild never loses it.

use leptos::ev::{Event, MouseEvent, SubmitEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::mentors::Mentor;
use naname_contract::one_on_ones::{MentorSlots, MAX_NOTE_CHARS, MAX_TOPICS};
use naname_contract::slots::Interval;
use naname_contract::topics::{ResponseKind, TimeFrame, TopicCatalog};
use naname_contract::FieldError;
use wasm_bindgen::JsCast;

use crate::api;
use crate::auth::use_auth;
use crate::components::avatar::initial;
use crate::components::dom::{self, H};
use crate::components::mentor_card::secondary_name;
use crate::components::week_calendar::{monday_of_instant, this_monday};
use crate::components::{PageHeading, WeekCalendar};
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl;
use crate::pages::Recent;
use crate::state::calendar::week_range;
use crate::state::one_on_ones::PageQuery;
use crate::state::request::{self, failure, field_key, idempotency_key, toggle_topic, Draft, Failure};
use crate::state::route::HOME;
use crate::state::url::theme_ids;
use crate::state::Remote;
use leptos_router::hooks::{use_navigate, use_query_map};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Edit,
    Review,
}

/// The topic grid and the responses wanted, loaded together.
type FormData = (TopicCatalog, Vec<ResponseKind>);

/// The page's state, except the draft (see [`MentorRequestPage`]).
struct Req {
    mentor: Remote<Mentor>,
    data: Remote<FormData>,
    chosen: Option<Interval>,
    /// The form shows once a time was chosen, and stays (with what was
    /// typed) if that time goes.
    form_open: bool,
    errors: Vec<FieldError>,
    step: Step,
    /// Above the calendar: the chosen time went to someone else.
    slot_alert: Option<Key>,
    form_alert: Option<Key>,
    send_error: Option<Failure>,
    sending: bool,
}

impl Req {
    fn error(&self, field: &str) -> Option<Key> {
        self.errors.iter().find(|e| e.field == field).map(|e| field_key(field, &e.code))
    }
}

const FIRST_INVALID: &str =
    ".has-error input:not([disabled]), .has-error textarea, .has-error button.slot[tabindex='0']";

#[component]
pub fn MentorRequestPage(mentor_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let navigate = StoredValue::new_local(use_navigate());
    let back_href =
        use_context::<Recent>().map(|r| r.people_href.get_value()).unwrap_or_else(|| HOME.to_string());

    let wanted: Vec<i64> =
        use_query_map().with_untracked(|q| theme_ids(&q.get_all("theme").unwrap_or_default(), usize::MAX));
    let wanted = StoredValue::new(wanted);

    let req = RwSignal::new(Req {
        mentor: Remote::Loading,
        data: Remote::Loading,
        chosen: None,
        form_open: false,
        errors: Vec::new(),
        step: Step::Edit,
        slot_alert: None,
        form_alert: None,
        send_error: None,
        sending: false,
    });
    // What the user typed: the form controls hold it on screen, so typing
    // does not rebuild anything.
    let draft = StoredValue::new(Draft::default());
    // One key per review attempt, kept for a retry after an unknown outcome.
    let key = StoredValue::new(String::new());

    let load = move || {
        let (mentor_missing, data_missing) =
            req.with_untracked(|r| (r.mentor.ready().is_none(), r.data.ready().is_none()));
        req.update(|r| {
            if mentor_missing {
                r.mentor = Remote::Loading;
            }
            if data_missing {
                r.data = Remote::Loading;
            }
        });
        spawn_local(async move {
            if mentor_missing {
                let next = match api::mentors::get(mentor_id).await {
                    Ok(m) => {
                        let held: Vec<i64> = m.themes.iter().map(|t| t.theme_id).collect();
                        let theme = wanted.with_value(|w| request::initial_theme(&held, w));
                        draft.update_value(|d| d.theme = d.theme.or(theme));
                        Remote::Ready(m)
                    }
                    Err(e) => Remote::Failed(e),
                };
                req.try_update(|r| r.mentor = next);
            }
            if data_missing {
                let next = match api::topics::catalog().await {
                    Ok(catalog) => match api::topics::responses().await {
                        Ok(responses) => Remote::Ready((catalog, responses)),
                        Err(e) => Remote::Failed(e),
                    },
                    Err(e) => Remote::Failed(e),
                };
                req.try_update(|r| r.data = next);
            }
        });
    };
    load();

    // The week shown and its slots; only the latest request's answer lands.
    let monday = RwSignal::new(this_monday());
    let slots = RwSignal::new(Remote::<MentorSlots>::Loading);
    let generation = StoredValue::new(0u64);
    let load_slots = move || {
        let ticket = generation.get_value() + 1;
        generation.set_value(ticket);
        slots.set(Remote::Loading);
        let (from, to) = week_range(monday.get_untracked(), &intl::viewer_offset);
        spawn_local(async move {
            let next = match api::mentors::slots(mentor_id, from, to).await {
                Ok(s) => Remote::Ready(s),
                Err(e) => Remote::Failed(e),
            };
            if generation.try_get_value() == Some(ticket) {
                slots.try_set(next);
            }
        });
    };

    let on_week = Callback::new(move |m: i64| {
        monday.set(m);
        load_slots();
    });
    load_slots();
    // Opening on an empty week: go on to the first one with a free time.
    let opened = StoredValue::new(false);
    Effect::new(move |_| {
        let first_free = slots.with(|s| s.ready().map(|a| (a.slots.is_empty(), a.next_available)));
        if let (Some((empty, next)), false) = (first_free, opened.get_value()) {
            opened.set_value(true);
            if let (true, Some(t)) = (empty, next) {
                on_week.run(monday_of_instant(t.timestamp()));
            }
        }
    });
    let on_choose = Callback::new(move |slot: Interval| {
        req.update(|r| {
            r.chosen = Some(slot);
            r.form_open = true;
            r.slot_alert = None;
            r.errors.retain(|e| e.field != "start");
        });
    });
    let chosen = Signal::derive(move || req.with(|r| r.chosen.map(|s| s.start.timestamp())));

    let to_review = move || {
        let checked =
            draft.with_value(|d| d.to_request(mentor_id, req.with_untracked(|r| r.chosen).as_ref()));
        match checked {
            Ok(_) => {
                key.set_value(idempotency_key(js_sys::Math::random));
                req.update(|r| {
                    r.errors.clear();
                    r.form_alert = None;
                    r.send_error = None;
                    r.step = Step::Review;
                });
                dom::focus_later("#review-title".into());
            }
            Err(found) => {
                req.update(|r| {
                    r.errors = found;
                    r.form_alert = Some(Key::FixFields);
                });
                dom::focus_later(FIRST_INVALID.into());
            }
        }
    };

    let send = move || {
        if req.with_untracked(|r| r.sending) {
            return;
        }
        let Ok(request) =
            draft.with_value(|d| d.to_request(mentor_id, req.with_untracked(|r| r.chosen).as_ref()))
        else {
            req.update(|r| r.step = Step::Edit);
            return;
        };
        req.update(|r| {
            r.sending = true;
            r.send_error = None;
        });
        spawn_local(async move {
            let result = api::one_on_ones::create(&request, &key.get_value()).await;
            let e = match result {
                Ok(created) => {
                    let href = PageQuery::requested_href(created.id);
                    navigate.with_value(|nav| nav(&href, Default::default()));
                    return;
                }
                Err(e) => e,
            };
            let failure = failure(e);
            if matches!(failure, Failure::SlotGone(_)) {
                load_slots();
            }
            req.try_update(|r| {
                r.sending = false;
                match failure {
                    Failure::SlotGone(e) => {
                        r.chosen = None;
                        r.step = Step::Edit;
                        r.slot_alert = Some(e.message_key());
                        dom::focus_later("#slot-alert".into());
                    }
                    Failure::Fields(found) => {
                        r.errors = found;
                        r.step = Step::Edit;
                        r.form_alert = Some(Key::FixFields);
                        dom::focus_later(FIRST_INVALID.into());
                    }
                    other => {
                        // A definite refusal: the next attempt is a new request.
                        if matches!(other, Failure::Other(_)) {
                            key.set_value(idempotency_key(js_sys::Math::random));
                        }
                        r.send_error = Some(other);
                        dom::focus_later("#send-error".into());
                    }
                }
            });
        });
    };

    let on_click = move |ev: MouseEvent| {
        let Some((name, _)) = dom::action(&ev) else { return };
        match name.as_str() {
            "retry" => load(),
            "back" => {
                req.update(|r| {
                    r.step = Step::Edit;
                    r.send_error = None;
                });
                dom::focus_later("#step-when".into());
            }
            "send" => send(),
            other => {
                dom::common_act(other, auth);
            }
        }
    };
    let on_change = move |ev: Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(id) = dom::data_num(&input, "data-id") else { return };
        let field = match input.name().as_str() {
            "theme" => {
                draft.update_value(|d| d.theme = Some(id));
                "theme_id"
            }
            "response" => {
                draft.update_value(|d| d.response = Some(id));
                "response_id"
            }
            _ => {
                let count = draft.try_update_value(|d| {
                    d.topics = toggle_topic(&d.topics, id);
                    d.topics.len()
                });
                topics_changed(i18n.lang_untracked(), count.unwrap_or(0));
                "topic_ids"
            }
        };
        req.update_untracked(|r| r.errors.retain(|e| e.field != field));
        clear_error(field);
    };
    let on_input = move |ev: Event| {
        if let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            let note = area.value();
            let count = note.chars().count();
            draft.update_value(|d| d.note = note);
            if let Some(counter) = document().get_element_by_id("note-count") {
                counter.set_text_content(Some(&i18n.tf(Key::NoteCount, &[("n", &count.to_string())])));
                dom::set_flag(&counter, "data-over", count > MAX_NOTE_CHARS);
            }
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        to_review();
    };

    // The regions, each rebuilt from the state.
    let head = NodeRef::<leptos::html::Div>::new();
    let slot_info = NodeRef::<leptos::html::Div>::new();
    let form = NodeRef::<leptos::html::Div>::new();
    let review = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let lang = i18n.lang();
        let (Some(head), Some(slot_info), Some(form), Some(review)) =
            (head.get(), slot_info.get(), form.get(), review.get())
        else {
            return;
        };
        req.with(|r| {
            let zone = slots.with_untracked(|s| s.ready().map(|a| a.time_zone.clone()));
            dom::show(
                &head,
                match &r.mentor {
                    Remote::Ready(m) => mentor_summary(m, lang),
                    Remote::Loading => dom::loading(lang, Key::Loading),
                    Remote::Failed(e) => dom::error(lang, e),
                },
            );
            dom::show(&slot_info, slot_region(r, lang, zone.as_deref().unwrap_or_default()));
            draft.with_value(|d| dom::show(&form, form_region(r, d, lang)));
            dom::show(&review, draft.with_value(|d| review_region(r, d, lang)));
        });
    });

    let editing = move || req.with(|r| r.step == Step::Edit && r.mentor.ready().is_some());
    view! {
        <div class="page request-page" on:click=on_click on:change=on_change on:input=on_input on:submit=on_submit>
            <a class="back-link" href=back_href>
                {tr(Key::BackToPeople)}
            </a>
            <div class="page-head">
                <PageHeading key=Key::MentorRequestTitle />
                <p class="lead">{tr(Key::RequestLead)}</p>
            </div>
            <section class="panel mentor-summary" aria-labelledby="mentor-name">
                <div node_ref=head></div>
            </section>
            <div class="req-edit" hidden=move || !editing()>
                <section class="panel req-section" aria-labelledby="step-when">
                    <h2 id="step-when" class="section-title" tabindex="-1">
                        {tr(Key::StepWhen)}
                    </h2>
                    <WeekCalendar monday slots chosen on_choose on_week on_retry=move |_| load_slots() />
                    <div node_ref=slot_info></div>
                </section>
                <div node_ref=form></div>
            </div>
            <div node_ref=review></div>
        </div>
    }
}

/// Under the calendar: why the chosen time went, the chosen time, or that one is needed.
fn slot_region(r: &Req, lang: Lang, mentor_zone: &str) -> H {
    let region = H::new("div").class(if r.error("start").is_some() { "has-error" } else { "" });
    // Alerts exist only while they say something: one `alert` on the page at a time.
    if let Some(k) = r.slot_alert {
        region.add(alert("slot-alert", text(lang, k)));
    }
    if let Some(k) = r.error("start") {
        region.add(field_error(lang, k, "err-start"));
    }
    if let Some(slot) = &r.chosen {
        region.add(H::of("p", "chosen-slot").line("span", "chosen-label", text(lang, Key::ChosenSlot)).line(
            "span",
            "",
            &when_text(lang, slot, mentor_zone),
        ));
    }
    region
}

/// An alert, focusable so the page can move focus to it.
fn alert(id: &str, message: &str) -> H {
    H::of("p", "form-alert").attr("id", id).attr("role", "alert").attr("tabindex", "-1").text(message)
}

/// A field's error message.
fn field_error(lang: Lang, key: Key, id: &str) -> H {
    H::of("p", "field-error").attr("id", id).text(text(lang, key))
}

/// A fieldset of choices with its legend and error.
fn group(lang: Lang, legend: Key, error: Option<Key>, id: &str, choices: H) -> H {
    let set = H::of("fieldset", if error.is_some() { "fieldset has-error" } else { "fieldset" }).line(
        "legend",
        "legend",
        text(lang, legend),
    );
    if let Some(k) = error {
        set.add(field_error(lang, k, id));
    }
    set.child(choices)
}

/// "3 chosen (up to 10)", and the unticked topics disabled at the limit.
fn topics_changed(lang: Lang, count: usize) {
    if let Some(hint) = document().get_element_by_id("topics-count") {
        hint.set_text_content(Some(&crate::i18n::format(
            text(lang, Key::TopicsCount),
            &[("n", &count.to_string())],
        )));
    }
    if let Some(root) = document().document_element() {
        for input in dom::find_all(&root, "input[name='topic']") {
            let input: web_sys::HtmlInputElement = input.unchecked_into();
            input.set_disabled(count >= MAX_TOPICS && !input.checked());
        }
    }
}

fn form_region(r: &Req, d: &Draft, lang: Lang) -> H {
    if !r.form_open {
        return H::new("div");
    }
    let form = H::of("form", "panel req-section req-form").attr("novalidate", "").line(
        "h2",
        "section-title",
        text(lang, Key::StepWhat),
    );
    if let Some(k) = r.form_alert {
        form.add(alert("form-alert", text(lang, k)));
    }
    if let Remote::Ready(m) = &r.mentor {
        form.add(group(
            lang,
            Key::ThemeLegend,
            r.error("theme_id"),
            "err-theme",
            theme_choices(m, lang, d.theme),
        ));
    }
    match &r.data {
        Remote::Loading => form.add(dom::loading(lang, Key::Loading)),
        Remote::Failed(e) => form.add(dom::error(lang, e)),
        Remote::Ready((catalog, responses)) => {
            let count =
                crate::i18n::format(text(lang, Key::TopicsCount), &[("n", &d.topics.len().to_string())]);
            let topics = H::new("div")
                .child(
                    H::of("p", "field-hint")
                        .attr("id", "topics-count")
                        .attr("aria-live", "polite")
                        .text(&count),
                )
                .child(topic_grid(catalog, lang, &d.topics));
            form.add(group(lang, Key::TopicsLegend, r.error("topic_ids"), "err-topics", topics));
            form.add(group(
                lang,
                Key::ResponseLegend,
                r.error("response_id"),
                "err-response",
                response_choices(responses, lang, d.response),
            ));
        }
    }
    let note_error = r.error("note");
    let count = d.note.chars().count();
    let area = H::of("textarea", "input textarea")
        .attr("id", "req-note")
        .attr("rows", "4")
        .attr("aria-describedby", "note-count")
        .attr("aria-invalid", if note_error.is_some() { "true" } else { "false" })
        .text(&d.note);
    let note = H::of("div", if note_error.is_some() { "field has-error" } else { "field" })
        .child(H::of("label", "field-label").attr("for", "req-note").text(text(lang, Key::NoteLabel)))
        .child(area)
        .child(
            H::of("p", "field-hint")
                .attr("id", "note-count")
                .flag("data-over", count > MAX_NOTE_CHARS)
                .text(&crate::i18n::format(text(lang, Key::NoteCount), &[("n", &count.to_string())])),
        );
    if let Some(k) = note_error {
        note.add(field_error(lang, k, "err-note"));
    }
    form.add(note);
    form.child(H::of("div", "form-actions").child(
        H::of("button", "btn btn-primary btn-lg").attr("type", "submit").text(text(lang, Key::ReviewButton)),
    ))
}

fn review_region(r: &Req, d: &Draft, lang: Lang) -> H {
    let code = lang.code();
    let (Step::Review, Some(slot), Remote::Ready(m), Remote::Ready((catalog, responses))) =
        (r.step, r.chosen, &r.mentor, &r.data)
    else {
        return H::new("div");
    };
    let summary = request::review(d, m, catalog, responses, code);
    let when = when_text(lang, &slot, &m.person.time_zone);
    let unknown = matches!(r.send_error, Some(Failure::Unknown(_)));
    let error = match &r.send_error {
        Some(Failure::Unknown(e)) => {
            Some(alert("send-error", &format!("{} {}", e.message(lang), text(lang, Key::SendUnknown))))
        }
        Some(Failure::Other(e) | Failure::SlotGone(e)) => Some(alert("send-error", &e.message(lang))),
        _ => None,
    };
    let send_label = if r.sending {
        Key::Sending
    } else if unknown {
        Key::Resend
    } else {
        Key::Send
    };
    let mut send = dom::button("btn btn-primary btn-lg", "send", 0).flag("disabled", r.sending);
    if r.sending {
        send = send.child(H::of("span", "spinner spinner-sm").attr("aria-hidden", "true"));
    }
    H::of("section", "panel review")
        .attr("aria-labelledby", "review-title")
        .child(
            H::of("h2", "section-title")
                .attr("id", "review-title")
                .attr("tabindex", "-1")
                .text(text(lang, Key::ReviewTitle)),
        )
        .line("p", "section-lead", text(lang, Key::ReviewLead))
        .child(review_list(summary, m.person.display_name(code), &when, lang))
        .child(error.unwrap_or_else(|| H::new("div")))
        .child(
            H::of("div", "form-actions")
                .child(
                    dom::button("btn btn-secondary btn-lg", "back", 0)
                        .flag("disabled", r.sending)
                        .text(text(lang, Key::Back)),
                )
                .child(send.text(text(lang, send_label))),
        )
}

/// Clears a field's error without a rebuild (the user is fixing it).
fn clear_error(field: &str) {
    let id = match field {
        "theme_id" => "err-theme",
        "response_id" => "err-response",
        _ => "err-topics",
    };
    if let Some(el) = document().get_element_by_id(id) {
        if let Some(set) = el.parent_element() {
            set.class_list().remove_1("has-error").ok();
        }
        el.remove();
    }
}

/// The mentor the request goes to.
fn mentor_summary(m: &Mentor, lang: Lang) -> H {
    let code = lang.code();
    let name = m.person.display_name(code);
    let tags = H::of("ul", "theme-tags");
    for t in &m.themes {
        tags.add(H::of("li", "theme-tag").line("span", "theme-tag-name", t.name.get(code)));
    }
    H::new("div")
        .child(
            H::of("header", "mentor-head")
                .child(
                    H::of("span", &format!("avatar tone-{}", m.person.id.rem_euclid(6)))
                        .attr("aria-hidden", "true")
                        .text(&initial(name)),
                )
                .child(
                    H::of("div", "mentor-names")
                        .child(H::of("h2", "mentor-name").attr("id", "mentor-name").text(name))
                        .child(
                            H::of("p", "mentor-reading")
                                .attr("lang", "ja")
                                .text(&secondary_name(&m.person, lang)),
                        ),
                ),
        )
        .child(H::of("p", "mentor-meta").line("span", "mentor-dept", m.person.department.name.get(code)))
        .child(
            H::of("div", "mentor-block").line("h3", "block-label", text(lang, Key::MentorThemes)).child(tags),
        )
}

/// The time in the viewer's zone, and in the mentor's when it differs.
fn when_text(lang: Lang, slot: &Interval, mentor_zone: &str) -> String {
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

/// A radio or checkbox with its label; `data-id` tells the delegated
/// handler which one changed.
fn choice(kind: &str, name: &str, id: i64, checked: bool, class: &str) -> (H, H) {
    let input = H::new("input")
        .attr("type", kind)
        .attr("name", name)
        .attr("data-id", &id.to_string())
        .flag("checked", checked);
    (H::of("label", class), input)
}

fn theme_choices(m: &Mentor, lang: Lang, selected: Option<i64>) -> H {
    let code = lang.code();
    let list = H::of("div", "choice-chips");
    for t in &m.themes {
        let (label, input) =
            choice("radio", "theme", t.theme_id, selected == Some(t.theme_id), "choice-chip");
        list.add(label.child(input).line("span", "", t.name.get(code)));
    }
    list
}

/// The topic grid: a fieldset per category, columns past / present /
/// future, recommended topics first in each.
fn topic_grid(catalog: &TopicCatalog, lang: Lang, selected: &[i64]) -> H {
    let code = lang.code();
    let frames = [
        (TimeFrame::Past, Key::FramePast),
        (TimeFrame::Present, Key::FramePresent),
        (TimeFrame::Future, Key::FrameFuture),
    ];
    let grid = H::of("div", "topic-grid");
    for category in catalog.categories.iter().filter(|c| !c.topics.is_empty()) {
        let cols = H::of("div", "topic-cols");
        for (frame, heading) in frames {
            // Recommended ones first, without a sort.
            let in_frame = |recommended: bool| {
                category.topics.iter().filter(move |t| t.time_frame == frame && t.recommended == recommended)
            };
            let topics: Vec<_> = in_frame(true).chain(in_frame(false)).collect();
            if topics.is_empty() {
                continue;
            }
            let heading = text(lang, heading);
            let list = H::of("ul", "topic-list").attr("aria-label", heading);
            for t in topics {
                let checked = selected.contains(&t.id);
                let (label, input) = choice("checkbox", "topic", t.id, checked, "topic");
                let input = input.flag("disabled", !checked && selected.len() >= MAX_TOPICS);
                let mut words = H::of("span", "topic-text").text(t.prompt.get(code));
                if t.recommended {
                    words = words.line("span", "badge badge-rec", text(lang, Key::Recommended));
                }
                list.add(H::new("li").child(label.child(input).child(words)));
            }
            cols.add(
                H::of("div", "topic-col")
                    .child(H::of("p", "topic-col-head").attr("aria-hidden", "true").text(heading))
                    .child(list),
            );
        }
        grid.add(
            H::of("fieldset", "topic-category")
                .line("legend", "topic-category-name", category.name.get(code))
                .child(cols),
        );
    }
    grid
}

fn response_choices(responses: &[ResponseKind], lang: Lang, selected: Option<i64>) -> H {
    let code = lang.code();
    let list = H::of("div", "choices");
    for r in responses {
        let (label, input) = choice("radio", "response", r.id, selected == Some(r.id), "choice");
        list.add(label.child(input).child(
            H::of("span", "choice-text").line("span", "choice-name", r.name.get(code)).line(
                "span",
                "choice-desc",
                r.description.get(code),
            ),
        ));
    }
    list
}

/// What the review step lists.
fn review_list(r: request::Review, mentor: &str, when: &str, lang: Lang) -> H {
    let list = H::of("dl", "review-list");
    let row = |label: Key, value: H| {
        list.add(
            H::of("div", "review-row").line("dt", "", text(lang, label)).child(H::new("dd").child(value)),
        );
    };
    row(Key::LabelMentor, H::new("span").text(mentor));
    row(Key::LabelTheme, H::new("span").text(&r.theme));
    row(Key::LabelWhen, H::new("span").text(when));
    let topics = H::of("ul", "review-topics");
    for t in &r.topics {
        topics.add(H::new("li").text(t));
    }
    row(Key::LabelTopics, topics);
    row(
        Key::LabelResponse,
        H::new("span").line("span", "choice-name", &r.response).line(
            "span",
            "choice-desc",
            &r.response_description,
        ),
    );
    let note = if r.note.is_empty() { text(lang, Key::NoNote) } else { &r.note };
    row(Key::LabelNote, H::of("span", "review-note").text(note));
    list
}
