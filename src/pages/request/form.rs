//! The second step: the theme, the topics, the response wanted and a note.

use leptos::html::{Div, Fieldset, Textarea, H2};
use leptos::prelude::*;
use naname_contract::one_on_ones::MAX_NOTE_CHARS;
use wasm_bindgen::JsCast;

use super::problems::ProblemSummary;
use super::{Req, TopicGrid};
use crate::components::ErrorState;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::request::toggle_topic;
use crate::state::Remote;

/// Where focus goes for a field's error: the fields, and the summary of
/// what needs fixing.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    theme: NodeRef<Fieldset>,
    topics: NodeRef<Fieldset>,
    response: NodeRef<Fieldset>,
    note: NodeRef<Textarea>,
    summary: NodeRef<Div>,
}

impl Fields {
    pub fn new() -> Self {
        Fields {
            theme: NodeRef::new(),
            topics: NodeRef::new(),
            response: NodeRef::new(),
            note: NodeRef::new(),
            summary: NodeRef::new(),
        }
    }

    /// Focuses the validation summary once it is on screen.
    pub fn focus_summary(self) {
        request_animation_frame(move || {
            if let Some(summary) = self.summary.get_untracked() {
                let _ = summary.focus();
            }
        });
    }

    /// Focuses a field's first control (the calendar step's heading for the time).
    pub fn focus(self, field: &str, when: NodeRef<H2>) {
        let target: Option<web_sys::HtmlElement> = match field {
            "start" => when.get_untracked().map(Into::into),
            "theme_id" => self.theme.get_untracked().and_then(first_control),
            "topic_ids" => self.topics.get_untracked().and_then(first_control),
            "response_id" => self.response.get_untracked().and_then(first_control),
            "note" => self.note.get_untracked().map(Into::into),
            _ => None,
        };
        if let Some(target) = target {
            let _ = target.focus();
        }
    }
}

/// The first control of a group that can take focus (not disabled, not
/// inside a closed disclosure).
fn first_control(set: web_sys::HtmlFieldSetElement) -> Option<web_sys::HtmlElement> {
    let controls = set.elements();
    (0..controls.length())
        .filter_map(|i| controls.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
        .find(|input| !input.disabled() && input.offset_parent().is_some())
        .map(Into::into)
}

/// A fieldset of choices with its legend and error.
#[component]
fn Group(
    #[prop(into)] legend: Signal<String>,
    error: Signal<Option<Key>>,
    /// The fieldset's id (the validation summary links to it).
    field: &'static str,
    /// The error message's id.
    id: &'static str,
    node_ref: NodeRef<Fieldset>,
    children: Children,
) -> impl IntoView {
    view! {
        <fieldset
            class="fieldset"
            id=field
            class:has-error=move || error.with(Option::is_some)
            node_ref=node_ref
        >
            <legend class="legend">{legend}</legend>
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
    let limit = req.topic_limit();
    let on_toggle = Callback::new(move |id: i64| {
        draft.update(|d| d.topics = toggle_topic(&d.topics, id, limit.get_untracked()));
        req.clear_error("topic_ids");
    });
    let legend = move |key: Key| Signal::derive(move || i18n.t(key).to_string());
    let topics_legend =
        Signal::derive(move || i18n.tf(Key::TopicsLegend, &[("max", &limit.get().to_string())]));
    let minutes = req.slot_minutes();
    let selected = Signal::derive(move || draft.with(|d| d.topics.clone()));
    let data = move || {
        match req.data.get() {
        Remote::Loading => view! { <FormSkeleton /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=retry /> }.into_any(),
        Remote::Ready((catalog, responses)) => view! {
            <Group legend=topics_legend error=req.error("topic_ids") field="field-topics" id="err-topics" node_ref=fields.topics>
                <p class="field-hint" id="topics-count" aria-live="polite">
                    {move || {
                        let n = draft.with(|d| d.topics.len()).to_string();
                        let (max, minutes) = (limit.get().to_string(), minutes.get().unwrap_or_default().to_string());
                        i18n.tf(Key::TopicsCount, &[("n", &n), ("max", &max), ("minutes", &minutes)])
                    }}
                </p>
                <TopicGrid catalog selected limit on_toggle />
            </Group>
            <Group legend=legend(Key::ResponseLegend) error=req.error("response_id") field="field-response" id="err-response" node_ref=fields.response>
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
            id="req-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                on_submit.run(());
            }
        >
            <h2 class="section-title">{tr(Key::StepWhat)}</h2>
            <ProblemSummary req node_ref=fields.summary />
            <Group legend=legend(Key::ThemeLegend) error=req.error("theme_id") field="field-theme" id="err-theme" node_ref=fields.theme>
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

/// The topic grid's place while it loads, like People's skeletons.
#[component]
fn FormSkeleton() -> impl IntoView {
    view! {
        <div class="form-skeleton" aria-hidden="true">
            <span class="skeleton skeleton-line w-40"></span>
            <span class="skeleton skeleton-block"></span>
            <span class="skeleton skeleton-block"></span>
            <span class="skeleton skeleton-line w-60"></span>
        </div>
        <p class="visually-hidden" role="status">{tr(Key::Loading)}</p>
    }
}
