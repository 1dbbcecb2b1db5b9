//! What the mentee wants to talk about (the topic grid) and how they want
//! the mentor to respond (対応).

use leptos::prelude::*;
use naname_contract::topics::{ResponseKind, TimeFrame, Topic, TopicCatalog};
use naname_contract::Localized;

use crate::i18n::{tr, use_i18n, Key};
use crate::state::request::Draft;

/// The grid's columns in order, with their labels (also the admin's Topics tab).
pub const FRAMES: [(TimeFrame, Key); 3] = [
    (TimeFrame::Past, Key::FramePast),
    (TimeFrame::Present, Key::FramePresent),
    (TimeFrame::Future, Key::FrameFuture),
];

/// The topics of one category in one time frame that are not recommended
/// (those are listed first, on their own).
pub fn in_frame(topics: &[Topic], frame: TimeFrame) -> Vec<Topic> {
    topics.iter().filter(|t| t.time_frame == frame && !t.recommended).cloned().collect()
}

/// Recommended topics first, open; then one disclosure per category, closed
/// unless it holds a ticked topic, its summary counting the ticks. At
/// `limit` ticked (what fits the slot), the others are disabled until one
/// is unticked.
#[component]
pub fn TopicGrid(
    catalog: TopicCatalog,
    /// The ticked topics' ids.
    #[prop(into)]
    selected: Signal<Vec<i64>>,
    /// How many may be ticked.
    #[prop(into)]
    limit: Signal<usize>,
    /// A topic ticked or unticked.
    #[prop(into)]
    on_toggle: Callback<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let full = Memo::new(move |_| selected.with(|s| s.len() >= limit.get()));
    let topic = move |t: Topic, category: Option<Localized>| {
        let id = t.id;
        let checked = Memo::new(move |_| selected.with(|s| s.contains(&id)));
        let category = category.map(|c| {
            view! { <span class="topic-cat">{move || c.get(i18n.lang().code()).to_string()}</span> }
        });
        view! {
            <li>
                <label class="topic">
                    <input
                        type="checkbox"
                        name="topic"
                        prop:checked=checked
                        disabled=move || full.get() && !checked.get()
                        on:change=move |_| on_toggle.run(id)
                    />
                    <span class="topic-text">
                        <span class="topic-prompt">{move || t.prompt.get(i18n.lang().code()).to_string()}</span>
                        {category}
                    </span>
                </label>
            </li>
        }
    };
    let categories: Vec<_> = catalog.categories.into_iter().filter(|c| !c.topics.is_empty()).collect();
    let recommended: Vec<_> = categories
        .iter()
        .flat_map(|c| c.topics.iter().filter(|t| t.recommended).map(|t| (t.clone(), c.name.clone())))
        .collect();
    let any_recommended = !recommended.is_empty();
    let recommended = any_recommended.then(|| {
        view! {
            <fieldset class="topic-category topic-rec">
                <legend class="topic-category-name">{tr(Key::TopicsRecommended)}</legend>
                <ul class="topic-list topic-rec-list">
                    {recommended.into_iter().map(|(t, c)| topic(t, Some(c))).collect_view()}
                </ul>
            </fieldset>
        }
    });
    let initial = selected.get_untracked();
    let others = categories
        .into_iter()
        .enumerate()
        .filter(|(_, c)| c.topics.iter().any(|t| !t.recommended))
        .map(|(n, category)| {
            let ids: Vec<i64> = category.topics.iter().filter(|t| !t.recommended).map(|t| t.id).collect();
            // Open when it holds a tick (a draft kept), or when nothing is
            // recommended and it is the first.
            let open = ids.iter().any(|id| initial.contains(id)) || (!any_recommended && n == 0);
            let ticked =
                Memo::new(move |_| selected.with(|s| ids.iter().filter(|id| s.contains(id)).count()));
            let columns = FRAMES
                .into_iter()
                .filter_map(|(frame, heading)| {
                    let topics = in_frame(&category.topics, frame);
                    (!topics.is_empty()).then(|| {
                        view! {
                            <div class="topic-col">
                                <p class="topic-col-head" aria-hidden="true">{tr(heading)}</p>
                                <ul class="topic-list" aria-label=tr(heading)>
                                    {topics.into_iter().map(|t| topic(t, None)).collect_view()}
                                </ul>
                            </div>
                        }
                    })
                })
                .collect_view();
            let name = category.name;
            let name = move || name.get(i18n.lang().code()).to_string();
            view! {
                <details class="topic-category topic-more" open=open>
                    <summary class="topic-summary">
                        <span class="topic-category-name">{name.clone()}</span>
                        {move || {
                            let n = ticked.get();
                            (n > 0)
                                .then(|| {
                                    view! {
                                        <span class="topic-ticked">
                                            {i18n.tf(Key::TopicsTicked, &[("n", &n.to_string())])}
                                        </span>
                                    }
                                })
                        }}
                    </summary>
                    <fieldset class="topic-set">
                        <legend class="visually-hidden">{name}</legend>
                        <div class="topic-cols">{columns}</div>
                    </fieldset>
                </details>
            }
        })
        .collect_view();
    view! {
        <div class="topic-grid">
            {recommended}
            <p class="topic-group-title">{tr(Key::TopicsOthers)}</p>
            <div class="topic-more-list">{others}</div>
        </div>
    }
}

/// The responses wanted, as radio cards with their descriptions.
#[component]
pub(super) fn ResponseChoices(
    responses: Vec<ResponseKind>,
    draft: RwSignal<Draft>,
    #[prop(into)] on_change: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let choices = responses
        .into_iter()
        .map(|r| {
            let id = r.id;
            let lang = move || i18n.lang().code();
            let (name, description) = (r.name, r.description);
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="response"
                        prop:checked=move || draft.with(|d| d.response == Some(id))
                        on:change=move |_| {
                            draft.update(|d| d.response = Some(id));
                            on_change.run(());
                        }
                    />
                    <span class="choice-text">
                        <span class="choice-name">{move || name.get(lang()).to_string()}</span>
                        <span class="choice-desc">{move || description.get(lang()).to_string()}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="choices">{choices}</div> }
}
