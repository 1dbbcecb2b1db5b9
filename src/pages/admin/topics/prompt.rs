//! One prompt of the grid: its words in both languages, who it is
//! recommended to, and editing, archiving or deleting it.

use leptos::prelude::*;
use naname_contract::admin_topics::{AdminTopic, NewTopicInput, TopicInput};
use naname_contract::topics::TimeFrame;
use naname_contract::Localized;

use super::category::add_button_id;
use super::lifecycle::Lifecycle;
use super::{Inline, Tab};
use crate::api;
use crate::i18n::{tr, use_i18n, Key, Lang};
use crate::pages::admin::field::{focus_id, LocalizedPair};
use crate::state::admin_topics::{topic, AudienceChoice};

fn badge(choice: AudienceChoice) -> Option<Key> {
    match choice {
        AudienceChoice::Nobody => None,
        AudienceChoice::NewGraduates => Some(Key::AtpBadgeNewGraduates),
        AudienceChoice::CareerHires => Some(Key::AtpBadgeCareerHires),
        AudienceChoice::Everyone => Some(Key::AtpBadgeEveryone),
    }
}

fn choice_label(choice: AudienceChoice) -> Key {
    match choice {
        AudienceChoice::Nobody => Key::AtpAudNobody,
        AudienceChoice::NewGraduates => Key::AtpAudNewGraduates,
        AudienceChoice::CareerHires => Key::AtpAudCareerHires,
        AudienceChoice::Everyone => Key::AtpAudEveryone,
    }
}

#[component]
pub(super) fn PromptRow(tab: Tab, topic_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let current =
        Memo::new(move |_| tab.catalog.with(|c| c.ready().and_then(|c| topic(c, topic_id)).cloned()));
    let field =
        move |f: fn(&AdminTopic) -> bool| Signal::derive(move || current.with(|t| t.as_ref().is_some_and(f)));
    let (archived, used) = (field(|t| t.archived), field(|t| t.used));
    let name = Signal::derive(move || {
        current.with(|t| t.as_ref().map(|t| t.prompt.get(i18n.lang().code()).to_string()).unwrap_or_default())
    });
    let other = move || {
        current.with(|t| {
            t.as_ref().map(|t| match i18n.lang() {
                Lang::Ja => (t.prompt.en.clone(), "en"),
                Lang::En => (t.prompt.ja.clone(), "ja"),
            })
        })
    };
    let audience = move || {
        current.with(|t| t.as_ref().and_then(|t| badge(AudienceChoice::of(t.audience)))).map(|k| {
            view! { <span class="badge">{tr(k)}</span> }
        })
    };
    let editing = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let edit_id = format!("t{topic_id}-edit");
    let edit_focus = edit_id.clone();
    let close = Callback::new(move |_| {
        editing.set(false);
        let target = edit_focus.clone();
        request_animation_frame(move || focus_id(&target));
    });
    let on_archive = Callback::new(move |archived: bool| {
        let label = name.get_untracked();
        let write = api::admin_topics::set_topic_archived(topic_id, archived);
        tab.run(busy, write, move |saved| tab.done_topic(tab.archived_text(archived, &label), saved));
    });
    let on_delete = Callback::new(move |_| {
        let label = name.get_untracked();
        let back = current.with_untracked(|t| t.as_ref().map(|t| add_button_id(t.category_id, t.time_frame)));
        let Some(back) = back else { return };
        tab.run(busy, api::admin_topics::delete_topic(topic_id), move |()| tab.deleted(&label, back));
    });
    view! {
        <li class="admin-prompt" class:is-archived=move || archived.get()>
            <div class="admin-prompt-main">
                <span class="admin-prompt-text">{move || name.get()}</span>
                {move || other().map(|(text, lang)| view! { <span class="admin-other-lang" lang=lang>{text}</span> })}
                <span class="admin-badges">
                    {audience}
                    <Show when=move || used.get()>
                        <span class="badge badge-muted">{tr(Key::AtpUsedBadge)}</span>
                    </Show>
                    <Show when=move || archived.get()>
                        <span class="badge badge-muted">{tr(Key::AthArchivedBadge)}</span>
                    </Show>
                </span>
            </div>
            <div class="admin-actions">
                <button
                    type="button"
                    class="btn btn-secondary btn-sm"
                    id=edit_id
                    aria-expanded=move || editing.get().to_string()
                    aria-label=move || i18n.tf(Key::AtpEditLabel, &[("name", &name.get())])
                    on:click=move |_| editing.update(|e| *e = !*e)
                >
                    {tr(Key::AtpEdit)}
                </button>
                <Lifecycle dom=format!("t{topic_id}") name archived used busy on_archive on_delete />
            </div>
            <Show when=move || editing.get()>
                {move || current.get().map(|t| view! { <PromptForm tab editing=t on_done=close /> })}
            </Show>
        </li>
    }
}

/// A prompt, new (`new_in`: its category and time frame) or edited.
#[component]
pub(super) fn PromptForm(
    tab: Tab,
    #[prop(optional)] new_in: Option<(i64, TimeFrame)>,
    #[prop(optional)] editing: Option<AdminTopic>,
    on_done: Callback<()>,
) -> impl IntoView {
    let id = editing.as_ref().map(|t| t.id);
    let prompt = RwSignal::new(editing.as_ref().map(|t| t.prompt.clone()).unwrap_or_default());
    let choice =
        RwSignal::new(editing.as_ref().map_or(AudienceChoice::Nobody, |t| AudienceChoice::of(t.audience)));
    let prefix = match (id, new_in) {
        (Some(id), _) => format!("t{id}"),
        (None, Some((c, f))) => format!("new-{c}-{f:?}").to_lowercase(),
        (None, None) => "new-topic".to_string(),
    };
    let form = Inline::new(prefix.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (prompt_now, audience) = (prompt.get_untracked(), choice.get_untracked().audience());
        match (id, new_in) {
            (Some(id), _) => {
                let input = TopicInput { prompt: prompt_now, audience };
                let send = move |i: TopicInput| async move { api::admin_topics::update_topic(id, &i).await };
                form.submit(tab, input.validate(), send, move |saved: AdminTopic| {
                    tab.done_topic(tab.i18n.tf(Key::AtpSaved, &[("name", &tab.pick(&saved.prompt))]), saved);
                    on_done.run(());
                });
            }
            (None, Some((category_id, time_frame))) => {
                let input = NewTopicInput { category_id, time_frame, prompt: prompt_now, audience };
                let send = move |i: NewTopicInput| async move { api::admin_topics::create_topic(&i).await };
                form.submit(tab, input.validate(), send, move |saved: AdminTopic| {
                    tab.done(tab.i18n.tf(Key::AtpPromptAdded, &[("name", &tab.pick(&saved.prompt))]), None);
                    prompt.try_set(Localized::default());
                    on_done.run(());
                });
            }
            (None, None) => {}
        }
    };
    let group = format!("{prefix}-audience");
    let radios = AudienceChoice::ALL
        .into_iter()
        .map(|c| {
            let group = group.clone();
            view! {
                <label class="choice-chip">
                    <input
                        type="radio"
                        name=group
                        value=c.slug()
                        prop:checked=move || choice.get() == c
                        on:change=move |_| choice.set(c)
                    />
                    <span>{tr(choice_label(c))}</span>
                </label>
            }
        })
        .collect_view();
    let submit_label = if id.is_some() { Key::AthSave } else { Key::AtpAdd };
    view! {
        <form class="admin-inline-form" on:submit=submit novalidate>
            <LocalizedPair field=form.field("prompt") label=Key::AtpPrompt value=prompt errors=form.errors max=80 />
            <fieldset class="field admin-audience">
                <legend class="field-label">{tr(Key::AtpAudience)}</legend>
                <div class="choice-chips">{radios}</div>
            </fieldset>
            <div class="admin-actions">
                <button type="submit" class="btn btn-primary btn-sm" disabled=move || form.busy.get()>
                    {tr(submit_label)}
                </button>
                <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| on_done.run(())>
                    {tr(Key::AthCancel)}
                </button>
            </div>
        </form>
    }
}
