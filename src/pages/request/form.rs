//! The second step: the theme, the topics, the response wanted and a note.

use leptos::html::{Fieldset, Textarea, H2};
use leptos::prelude::*;
use naname_contract::one_on_ones::MAX_NOTE_CHARS;
use naname_contract::FieldError;
use wasm_bindgen::JsCast;

use super::{Req, TopicGrid};
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::request::toggle_topic;
use crate::state::Remote;

/// Where focus goes for a field's error, in the order the page shows them.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    theme: NodeRef<Fieldset>,
    topics: NodeRef<Fieldset>,
    response: NodeRef<Fieldset>,
    note: NodeRef<Textarea>,
}

impl Fields {
    pub fn new() -> Self {
        Fields {
            theme: NodeRef::new(),
            topics: NodeRef::new(),
            response: NodeRef::new(),
            note: NodeRef::new(),
        }
    }

    /// Focuses the first field with an error (the calendar step's heading
    /// for the time), after the errors are on screen.
    pub fn focus_first_invalid(self, errors: &[FieldError], when: NodeRef<H2>) {
        let has = |field: &str| errors.iter().any(|e| e.field == field);
        let first = ["start", "theme_id", "topic_ids", "response_id", "note"].into_iter().find(|f| has(f));
        request_animation_frame(move || {
            let target: Option<web_sys::HtmlElement> = match first {
                Some("start") => when.get_untracked().map(Into::into),
                Some("theme_id") => self.theme.get_untracked().and_then(first_control),
                Some("topic_ids") => self.topics.get_untracked().and_then(first_control),
                Some("response_id") => self.response.get_untracked().and_then(first_control),
                Some(_) => self.note.get_untracked().map(Into::into),
                None => None,
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
}

/// The first control of a group that can take focus.
fn first_control(set: web_sys::HtmlFieldSetElement) -> Option<web_sys::HtmlElement> {
    let controls = set.elements();
    (0..controls.length())
        .filter_map(|i| controls.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
        .find(|input| !input.disabled())
        .map(Into::into)
}

/// A fieldset of choices with its legend and error.
#[component]
fn Group(
    legend: Key,
    error: Signal<Option<Key>>,
    /// The error message's id.
    id: &'static str,
    node_ref: NodeRef<Fieldset>,
    children: Children,
) -> impl IntoView {
    view! {
        <fieldset class="fieldset" class:has-error=move || error.with(Option::is_some) node_ref=node_ref>
            <legend class="legend">{tr(legend)}</legend>
            {move || error.get().map(|k| view! { <p class="field-error" id=id>{tr(k)}</p> })}
            {children()}
        </fieldset>
    }
}

#[component]
pub(super) fn RequestForm(req: Req, on_submit: Callback<()>, retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = req.draft;
    let fields = req.fields;
    let themes = move || {
        req.mentor.with(|m| {
            let Remote::Ready(m) = m else { return Vec::new() };
            m.themes.iter().map(|t| (t.theme_id, t.name.clone())).collect::<Vec<_>>()
        })
    };
    let theme_choices = move || {
        themes()
            .into_iter()
            .map(|(id, name)| {
                view! {
                    <label class="choice-chip">
                        <input
                            type="radio"
                            name="theme"
                            prop:checked=move || draft.with(|d| d.theme == Some(id))
                            on:change=move |_| {
                                draft.update(|d| d.theme = Some(id));
                                req.clear_error("theme_id");
                            }
                        />
                        <span>{move || name.get(i18n.lang().code()).to_string()}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let on_toggle = Callback::new(move |id: i64| {
        draft.update(|d| d.topics = toggle_topic(&d.topics, id));
        req.clear_error("topic_ids");
    });
    let selected = Signal::derive(move || draft.with(|d| d.topics.clone()));
    let data = move || {
        match req.data.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=retry /> }.into_any(),
        Remote::Ready((catalog, responses)) => view! {
            <Group legend=Key::TopicsLegend error=req.error("topic_ids") id="err-topics" node_ref=fields.topics>
                <p class="field-hint" id="topics-count" aria-live="polite">
                    {move || i18n.tf(Key::TopicsCount, &[("n", &draft.with(|d| d.topics.len()).to_string())])}
                </p>
                <TopicGrid catalog selected on_toggle />
            </Group>
            <Group legend=Key::ResponseLegend error=req.error("response_id") id="err-response" node_ref=fields.response>
                <super::topics::ResponseChoices responses draft on_change=move |()| req.clear_error("response_id") />
            </Group>
        }
        .into_any(),
    }
    };
    let note_error = req.error("note");
    let note_count = move || draft.with(|d| d.note.chars().count());

    view! {
        <form
            class="panel req-section req-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                on_submit.run(());
            }
        >
            <h2 class="section-title">{tr(Key::StepWhat)}</h2>
            {move || {
                req.form_alert
                    .get()
                    .map(|k| view! { <p class="form-alert" id="form-alert" role="alert" tabindex="-1">{tr(k)}</p> })
            }}
            <Group legend=Key::ThemeLegend error=req.error("theme_id") id="err-theme" node_ref=fields.theme>
                <div class="choice-chips">{theme_choices}</div>
            </Group>
            {data}
            <div class="field" class:has-error=move || note_error.with(Option::is_some)>
                <label class="field-label" for="req-note">
                    {tr(Key::NoteLabel)}
                </label>
                <textarea
                    class="input textarea"
                    id="req-note"
                    rows="4"
                    aria-describedby="note-count"
                    aria-invalid=move || note_error.with(Option::is_some).to_string()
                    node_ref=fields.note
                    prop:value=move || draft.with(|d| d.note.clone())
                    on:input=move |ev| {
                        let note = event_target_value(&ev);
                        draft.update(|d| d.note = note);
                        req.clear_error("note");
                    }
                ></textarea>
                <p class="field-hint" id="note-count" data-over=move || (note_count() > MAX_NOTE_CHARS).then_some("")>
                    {move || i18n.tf(Key::NoteCount, &[("n", &note_count().to_string())])}
                </p>
                {move || note_error.get().map(|k| view! { <p class="field-error" id="err-note">{tr(k)}</p> })}
            </div>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary btn-lg">
                    {tr(Key::ReviewButton)}
                </button>
            </div>
        </form>
    }
}
