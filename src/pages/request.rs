//! `/mentors/:id/request[?theme=ID]`: request a 1on1 with a mentor. Choose
//! a theme and a free time on the mentor's week calendar, then topics, the
//! response wanted and a note; review; send. A slot taken meanwhile sends
//! the user back to the calendar with everything they typed kept.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use naname_contract::mentors::Mentor;
use naname_contract::one_on_ones::{MentorSlots, MAX_NOTE_CHARS, MAX_TOPICS};
use naname_contract::slots::Interval;
use naname_contract::topics::{ResponseKind, TimeFrame, TopicCatalog};
use naname_contract::FieldError;
use wasm_bindgen::JsCast;

use crate::api;
use crate::components::avatar::initial;
use crate::components::dom::{self, Built, H};
use crate::components::mentor_card::secondary_name;
use crate::components::week_calendar::this_monday;
use crate::components::{ErrorState, LoadingState, PageHeading, WeekCalendar};
use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl;
use crate::pages::Recent;
use crate::state::calendar::week_range;
use crate::state::request::{self, failure, field_key, idempotency_key, toggle_topic, Draft, Failure};
use crate::state::url::{pairs, HOME};
use crate::state::Remote;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Edit,
    Review,
}

/// The topic grid and the responses wanted, loaded together.
type FormData = (TopicCatalog, Vec<ResponseKind>);

fn focus(selector: &str) {
    let selector = selector.to_string();
    request_animation_frame(move || {
        let el = document().query_selector(&selector).ok().flatten();
        if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

#[component]
pub fn MentorRequestPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let navigate = StoredValue::new_local(use_navigate());
    let back_href =
        use_context::<Recent>().map(|r| r.people_href.get_value()).unwrap_or_else(|| HOME.to_string());

    let mentor_id = params.with_untracked(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())).unwrap_or(0);
    let wanted_themes: Vec<i64> = pairs(&location.search.get_untracked())
        .into_iter()
        .filter(|(k, _)| k == "theme")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();

    let mentor = RwSignal::new(Remote::<Mentor>::Loading);
    let form_data = RwSignal::new(Remote::<FormData>::Loading);
    let draft = RwSignal::new(Draft::default());
    let load_mentor = move || {
        mentor.set(Remote::Loading);
        let wanted = wanted_themes.clone();
        spawn_local(async move {
            let next = match api::mentors::get(mentor_id).await {
                Ok(m) => {
                    let held: Vec<i64> = m.themes.iter().map(|t| t.theme_id).collect();
                    if let Some(theme) = request::initial_theme(&held, &wanted) {
                        draft.try_update(|d| d.theme = d.theme.or(Some(theme)));
                    }
                    Remote::Ready(m)
                }
                Err(e) => Remote::Failed(e),
            };
            mentor.try_set(next);
        });
    };
    let load_form = move || {
        form_data.set(Remote::Loading);
        spawn_local(async move {
            let next = match api::topics::catalog().await {
                Ok(catalog) => match api::topics::responses().await {
                    Ok(responses) => Remote::Ready((catalog, responses)),
                    Err(e) => Remote::Failed(e),
                },
                Err(e) => Remote::Failed(e),
            };
            form_data.try_set(next);
        });
    };
    load_mentor.clone()();
    load_form();

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
    load_slots();

    let chosen = RwSignal::new(None::<Interval>);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let step = RwSignal::new(Step::Edit);
    // Shown above the calendar when the chosen time went to someone else.
    let slot_alert = RwSignal::new(None::<Key>);
    let form_alert = RwSignal::new(None::<Key>);
    let send_error = RwSignal::new(None::<Failure>);
    let sending = RwSignal::new(false);
    // One key per review attempt, kept for a retry after an unknown outcome.
    let key = StoredValue::new(String::new());

    let on_week = Callback::new(move |m: i64| {
        monday.set(m);
        load_slots();
    });
    let on_choose = Callback::new(move |slot: Interval| {
        chosen.set(Some(slot));
        slot_alert.set(None);
        errors.update(|e| e.retain(|e| e.field != "start"));
    });

    let to_review = move |ev: SubmitEvent| {
        ev.prevent_default();
        match draft.with_untracked(|d| d.to_request(mentor_id, chosen.get_untracked().as_ref())) {
            Ok(_) => {
                errors.set(Vec::new());
                form_alert.set(None);
                send_error.set(None);
                key.set_value(idempotency_key(js_sys::Math::random));
                step.set(Step::Review);
                focus("#review-title");
            }
            Err(found) => {
                errors.set(found);
                form_alert.set(Some(Key::FixFields));
                focus(".has-error input, .has-error textarea, .has-error button.slot[tabindex='0']");
            }
        }
    };
    let back = move || {
        step.set(Step::Edit);
        send_error.set(None);
    };

    let send = move || {
        if sending.get_untracked() {
            return;
        }
        let Ok(request) = draft.with_untracked(|d| d.to_request(mentor_id, chosen.get_untracked().as_ref()))
        else {
            back();
            return;
        };
        sending.set(true);
        send_error.set(None);
        spawn_local(async move {
            let result = api::one_on_ones::create(&request, &key.get_value()).await;
            sending.try_set(false);
            match result {
                Ok(created) => navigate.with_value(|nav| {
                    nav(&format!("/one-on-ones?requested={}", created.id), Default::default())
                }),
                Err(e) => match failure(e) {
                    Failure::SlotGone(e) => {
                        chosen.set(None);
                        step.set(Step::Edit);
                        slot_alert.set(Some(e.message_key()));
                        load_slots();
                        focus("#slot-alert");
                    }
                    Failure::Fields(found) => {
                        errors.set(found);
                        step.set(Step::Edit);
                        form_alert.set(Some(Key::FixFields));
                        focus(".has-error input, .has-error textarea");
                    }
                    other => {
                        // A definite refusal: the next attempt is a new request.
                        if matches!(other, Failure::Other(_)) {
                            key.set_value(idempotency_key(js_sys::Math::random));
                        }
                        send_error.set(Some(other));
                        focus("#send-error");
                    }
                },
            }
        });
    };

    let error_of = move |field: &'static str| {
        Memo::new(move |_| {
            errors.with(|e| e.iter().find(|e| e.field == field).map(|e| field_key(field, &e.code)))
        })
    };

    let page = move || match mentor.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => {
            let load = load_mentor.clone();
            view! { <ErrorState error on_retry=move |_| load() /> }.into_any()
        }
        Remote::Ready(m) => {
            let m = StoredValue::new(m);
            let editing = move || step.get() == Step::Edit;
            let summary = Callback::new(move |()| m.with_value(|m| mentor_summary(m, i18n.lang())));
            let themes = Callback::new(move |()| {
                m.with_value(|m| theme_choices(m, i18n.lang(), draft.with_untracked(|d| d.theme)))
            });
            let fields = move || match form_data.get() {
                Remote::Loading => view! { <LoadingState /> }.into_any(),
                Remote::Failed(error) => {
                    view! { <ErrorState error on_retry=move |_| load_form() /> }.into_any()
                }
                Remote::Ready((catalog, responses)) => {
                    let (catalog, responses) = (StoredValue::new(catalog), StoredValue::new(responses));
                    let topics = Callback::new(move |()| {
                        let lang = i18n.lang();
                        catalog.with_value(|c| draft.with_untracked(|d| topic_grid(c, lang, &d.topics)))
                    });
                    let answers = Callback::new(move |()| {
                        let lang = i18n.lang();
                        responses
                            .with_value(|r| response_choices(r, lang, draft.with_untracked(|d| d.response)))
                    });
                    // At the limit, the unticked topics are disabled.
                    Effect::new(move |_| {
                        let full = draft.with(|d| d.topics.len() >= MAX_TOPICS);
                        for input in dom::find_all(
                            &document().document_element().expect("html"),
                            "input[name='topic']",
                        ) {
                            let input: web_sys::HtmlInputElement = input.unchecked_into();
                            dom::set_flag(&input, "disabled", full && !input.checked());
                        }
                    });
                    view! {
                        <ChoiceGroup
                            legend=Key::TopicsLegend
                            error=error_of("topic_ids")
                            id="err-topics"
                            render=topics
                            on_change=move |(id, _)| {
                                draft.update(|d| d.topics = toggle_topic(&d.topics, id));
                                errors.update(|e| e.retain(|e| e.field != "topic_ids"));
                            }
                        >
                            <p class="field-hint" aria-live="polite">
                                {move || i18n.tf(Key::TopicsCount, &[("n", &draft.with(|d| d.topics.len()).to_string())])}
                            </p>
                        </ChoiceGroup>
                        <ChoiceGroup
                            legend=Key::ResponseLegend
                            error=error_of("response_id")
                            id="err-response"
                            render=answers
                            on_change=move |(id, _)| draft.update(|d| d.response = Some(id))
                        />
                    }
                    .into_any()
                }
            };
            view! {
                <section class="panel mentor-summary" aria-labelledby="mentor-name">
                    <Built render=summary />
                </section>
                <div class="req-edit" hidden=move || !editing()>
                    <section class="panel req-section" aria-labelledby="step-when">
                        <h2 id="step-when" class="section-title" tabindex="-1">
                            {tr(Key::StepWhen)}
                        </h2>
                        <div id="slot-alert" class="form-alert-slot" role="alert" tabindex="-1">
                            {move || slot_alert.get().map(|k| view! { <p class="form-alert">{tr(k)}</p> })}
                        </div>
                        <div class:has-error=move || error_of("start").get().is_some()>
                            <WeekCalendar
                                monday
                                slots
                                chosen=Signal::derive(move || chosen.with(|c| c.as_ref().map(|s| s.start.timestamp())))
                                on_choose
                                on_week
                                on_retry=move |_| load_slots()
                            />
                            <FieldMessage error=error_of("start") id="err-start" />
                        </div>
                        <p class="chosen-slot" hidden=move || chosen.with(Option::is_none)>
                            <span class="chosen-label">{tr(Key::ChosenSlot)}</span>
                            <span>
                                {move || {
                                    let zone = slots.with(|s| s.ready().map(|a| a.time_zone.clone()).unwrap_or_default());
                                    chosen.get().map(|slot| when_text(i18n.lang(), &slot, &zone))
                                }}
                            </span>
                        </p>
                    </section>
                    <form class="panel req-section req-form" novalidate on:submit=to_review>
                        <h2 class="section-title">{tr(Key::StepWhat)}</h2>
                        <div class="form-alert-slot" role="alert">
                            {move || form_alert.get().map(|k| view! { <p class="form-alert">{tr(k)}</p> })}
                        </div>
                        <ChoiceGroup
                            legend=Key::ThemeLegend
                            error=error_of("theme_id")
                            id="err-theme"
                            render=themes
                            on_change=move |(id, _)| draft.update(|d| d.theme = Some(id))
                        />
                        {fields}
                        <NoteField draft error=error_of("note") />
                        <div class="form-actions">
                            <button type="submit" class="btn btn-primary btn-lg">
                                {tr(Key::ReviewButton)}
                            </button>
                        </div>
                    </form>
                </div>
                <ReviewPanel
                    mentor=m
                    draft
                    chosen
                    form_data
                    step
                    sending
                    send_error
                    on_back=move |_| {
                        back();
                        focus("#step-when");
                    }
                    on_send=move |_| send()
                />
            }
            .into_any()
        }
    };

    view! {
        <div class="page request-page">
            <a class="back-link" href=back_href>
                <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                    <path d="M10 3.5L5.5 8l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                </svg>
                {tr(Key::BackToPeople)}
            </a>
            <div class="page-head">
                <PageHeading key=Key::MentorRequestTitle />
                <p class="lead">{tr(Key::RequestLead)}</p>
            </div>
            {page}
        </div>
    }
}

/// An error message under a field, or nothing.
#[component]
fn FieldMessage(error: Memo<Option<Key>>, id: &'static str) -> impl IntoView {
    move || {
        error.get().map(|key| {
            view! {
                <p class="field-error" id=id>
                    <svg viewBox="0 0 16 16" aria-hidden="true">
                        <circle cx="8" cy="8" r="7" fill="currentColor"></circle>
                        <path d="M8 4.5v4M8 11v.2" stroke="#fff" stroke-width="1.6" stroke-linecap="round"></path>
                    </svg>
                    <span>{tr(key)}</span>
                </p>
            }
        })
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

/// The id in `data-id` of the input an event came from, and whether it is checked.
fn changed(ev: &leptos::ev::Event) -> Option<(i64, bool)> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    Some((dom::data_num(&input, "data-id")?, input.checked()))
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
            let mut topics: Vec<_> = category.topics.iter().filter(|t| t.time_frame == frame).collect();
            if topics.is_empty() {
                continue;
            }
            topics.sort_by_key(|t| !t.recommended);
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

/// A labelled group of choices (built by `render`), with its error.
#[component]
fn ChoiceGroup(
    legend: Key,
    error: Memo<Option<Key>>,
    id: &'static str,
    #[prop(into)] render: Callback<(), H>,
    #[prop(into)] on_change: Callback<(i64, bool)>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <fieldset class="fieldset" class:has-error=move || error.get().is_some()>
            <legend class="legend">{tr(legend)}</legend>
            {children.map(|c| c())}
            <FieldMessage error id />
            <div on:change=move |ev| {
                if let Some(change) = changed(&ev) {
                    on_change.run(change);
                }
            }>
                <Built render />
            </div>
        </fieldset>
    }
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

#[component]
fn NoteField(draft: RwSignal<Draft>, error: Memo<Option<Key>>) -> impl IntoView {
    let i18n = use_i18n();
    let length = move || draft.with(|d| d.note.chars().count());
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label class="field-label" for="req-note">{tr(Key::NoteLabel)}</label>
            <textarea
                id="req-note"
                class="input textarea"
                rows="4"
                aria-describedby="note-count"
                aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || draft.with(|d| d.note.clone())
                on:input=move |ev| draft.update(|d| d.note = event_target_value(&ev))
            ></textarea>
            <p id="note-count" class="field-hint" class:is-over=move || { length() > MAX_NOTE_CHARS }>
                {move || i18n.tf(Key::NoteCount, &[("n", &length().to_string())])}
            </p>
            <FieldMessage error id="err-note" />
        </div>
    }
}

#[component]
fn ReviewPanel(
    mentor: StoredValue<Mentor>,
    draft: RwSignal<Draft>,
    chosen: RwSignal<Option<Interval>>,
    form_data: RwSignal<Remote<FormData>>,
    step: RwSignal<Step>,
    sending: RwSignal<bool>,
    send_error: RwSignal<Option<Failure>>,
    #[prop(into)] on_back: Callback<()>,
    #[prop(into)] on_send: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = Callback::new(move |()| {
        let lang = i18n.lang();
        let code = lang.code();
        let (Step::Review, Some(slot), Remote::Ready((catalog, responses))) =
            (step.get(), chosen.get(), form_data.get())
        else {
            return H::new("div");
        };
        mentor.with_value(|m| {
            let r = draft.with_untracked(|d| request::review(d, m, &catalog, &responses, code));
            review_list(r, m.person.display_name(code), &when_text(lang, &slot, &m.person.time_zone), lang)
        })
    });
    let unknown = move || send_error.with(|e| matches!(e, Some(Failure::Unknown(_))));
    let error_text = move || {
        let lang = i18n.lang();
        send_error.with(|e| match e {
            Some(Failure::Unknown(e)) => {
                Some(format!("{} {}", e.message(lang), text(lang, Key::SendUnknown)))
            }
            Some(Failure::Other(e) | Failure::SlotGone(e)) => Some(e.message(lang)),
            _ => None,
        })
    };
    view! {
        <section class="panel review" aria-labelledby="review-title" hidden=move || step.get() != Step::Review>
            <h2 id="review-title" class="section-title" tabindex="-1">{tr(Key::ReviewTitle)}</h2>
            <p class="section-lead">{tr(Key::ReviewLead)}</p>
            <Built render=summary />
            <div id="send-error" class="form-alert-slot" role="alert" tabindex="-1">
                {move || error_text().map(|t| view! { <p class="form-alert">{t}</p> })}
            </div>
            <div class="form-actions">
                <button type="button" class="btn btn-secondary btn-lg" on:click=move |_| on_back.run(()) disabled=move || sending.get()>
                    {tr(Key::Back)}
                </button>
                <button type="button" class="btn btn-primary btn-lg" on:click=move |_| on_send.run(()) disabled=move || sending.get()>
                    {move || {
                        if sending.get() {
                            view! {
                                <span class="spinner spinner-sm" aria-hidden="true"></span>
                                <span>{i18n.t(Key::Sending)}</span>
                            }
                                .into_any()
                        } else if unknown() {
                            view! { <span>{i18n.t(Key::Resend)}</span> }.into_any()
                        } else {
                            view! { <span>{i18n.t(Key::Send)}</span> }.into_any()
                        }
                    }}
                </button>
            </div>
        </section>
    }
}
