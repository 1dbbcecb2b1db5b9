//! One topic category: its name in both languages (renamed in place), and
//! its prompts in three columns, past → present → future, each with "add".

use leptos::prelude::*;
use naname_contract::admin_topics::TopicCategoryInput;
use naname_contract::Localized;

use super::prompt::{PromptForm, PromptRow};
use super::{Inline, Tab};
use crate::api;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::{focus_id, LocalizedPair};
use crate::pages::request::topics::FRAMES;
use crate::state::admin_topics::{in_frame, live_count};
use naname_contract::topics::TimeFrame;

#[component]
pub(super) fn CategoryBlock(tab: Tab, id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let name = Memo::new(move |_| {
        tab.catalog.with(|c| {
            c.ready()
                .and_then(|c| c.categories.iter().find(|k| k.id == id))
                .map(|k| k.name.clone())
                .unwrap_or_default()
        })
    });
    let shown = move || name.with(|n| n.get(i18n.lang().code()).to_string());
    let count = move || {
        let n = tab.catalog.with(|c| c.ready().map(|c| live_count(c, id)).unwrap_or(0));
        i18n.tf(Key::AtpPromptCount, &[("n", &n.to_string())])
    };
    let renaming = RwSignal::new(false);
    let heading_id = format!("topic-category-{id}");
    let labelled_by = heading_id.clone();
    let frames = FRAMES
        .into_iter()
        .map(|(frame, label)| view! { <FrameColumn tab category_id=id frame label /> })
        .collect_view();
    view! {
        <section class="admin-category admin-card" aria-labelledby=labelled_by>
            <div class="admin-category-head">
                <h3 class="admin-category-name" id=heading_id>
                    {shown}
                    <span class="admin-other-lang">{count}</span>
                </h3>
                <div class="admin-actions">
                    <button
                        type="button"
                        class="btn btn-secondary btn-sm"
                        aria-expanded=move || renaming.get().to_string()
                        on:click=move |_| renaming.update(|r| *r = !*r)
                    >
                        {tr(Key::AthRename)}
                    </button>
                </div>
            </div>
            <Show when=move || renaming.get()>
                <CategoryNameForm
                    tab
                    id=Some(id)
                    initial=name.get_untracked()
                    on_done=Callback::new(move |_| renaming.set(false))
                />
            </Show>
            <div class="admin-frames">{frames}</div>
        </section>
    }
}

/// The id of a frame's "add a prompt" button, where focus goes when the
/// form closes or a prompt of the frame is deleted.
pub(super) fn add_button_id(category_id: i64, frame: TimeFrame) -> String {
    format!("add-{category_id}-{frame:?}").to_lowercase()
}

/// One time frame of a category: its prompts, then "add a prompt".
#[component]
fn FrameColumn(tab: Tab, category_id: i64, frame: TimeFrame, label: Key) -> impl IntoView {
    let i18n = use_i18n();
    let ids =
        move || tab.catalog.with(|c| c.ready().map(|c| in_frame(c, category_id, frame)).unwrap_or_default());
    let adding = RwSignal::new(false);
    let heading_id = format!("frame-{category_id}-{frame:?}").to_lowercase();
    let labelled_by = heading_id.clone();
    let add_id = add_button_id(category_id, frame);
    let add_focus = add_id.clone();
    let close = Callback::new(move |_| {
        adding.set(false);
        let target = add_focus.clone();
        request_animation_frame(move || focus_id(&target));
    });
    view! {
        <section class="admin-frame" aria-labelledby=labelled_by>
            <h4 class="admin-frame-title" id=heading_id>
                {tr(label)}
            </h4>
            <ul class="admin-prompts">
                <For each=ids key=|id| *id children=move |topic_id| view! { <PromptRow tab topic_id /> } />
            </ul>
            <Show when=move || ids().is_empty()>
                <p class="field-hint">{tr(Key::AtpFrameEmpty)}</p>
            </Show>
            <Show
                when=move || adding.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="btn btn-quiet btn-sm"
                            id=add_id.clone()
                            on:click=move |_| adding.set(true)
                        >
                            {move || i18n.tf(Key::AtpAddPrompt, &[("frame", i18n.t(label))])}
                        </button>
                    }
                }
            >
                <PromptForm tab new_in=(category_id, frame) on_done=close />
            </Show>
        </section>
    }
}

/// A category's name, new or renamed: Japanese and English.
#[component]
pub(super) fn CategoryNameForm(
    tab: Tab,
    /// `None` for a new category.
    id: Option<i64>,
    initial: Localized,
    #[prop(optional)] on_done: Option<Callback<()>>,
) -> impl IntoView {
    let name = RwSignal::new(initial);
    let form = Inline::new(match id {
        Some(id) => format!("tcat{id}"),
        None => "newtcat".to_string(),
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = TopicCategoryInput { name: name.get_untracked() };
        let send = move |input: TopicCategoryInput| async move {
            match id {
                Some(id) => api::admin_topics::rename_category(id, &input).await,
                None => api::admin_topics::create_category(&input).await,
            }
            .map(|catalog| (catalog, input.name))
        };
        form.submit(tab, input.validate(), send, move |(catalog, saved)| {
            let key = if id.is_some() { Key::AthRenamed } else { Key::AthCategoryAdded };
            tab.done(tab.i18n.tf(key, &[("name", &tab.pick(&saved))]), Some(catalog));
            if id.is_none() {
                name.try_set(Localized::default());
            }
            if let Some(done) = on_done {
                done.run(());
            }
        });
    };
    let submit_label = if id.is_some() { Key::AthSave } else { Key::AthAddCategory };
    view! {
        <form class="admin-inline-form" on:submit=submit novalidate>
            <LocalizedPair field=form.field("name") label=Key::AthCategoryName value=name errors=form.errors max=80 />
            <div class="admin-actions">
                <button type="submit" class="btn btn-primary btn-sm" disabled=move || form.busy.get()>
                    {tr(submit_label)}
                </button>
                {on_done
                    .map(|done| {
                        view! {
                            <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| done.run(())>
                                {tr(Key::AthCancel)}
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}
