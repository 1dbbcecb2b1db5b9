//! What the mentee wants to talk about (the topic grid) and how they want
//! the mentor to respond (対応).

use leptos::prelude::*;
use naname_contract::one_on_ones::MAX_TOPICS;
use naname_contract::topics::{ResponseKind, TimeFrame, Topic, TopicCatalog};

use crate::i18n::{tr, use_i18n, Key};
use crate::state::request::Draft;

const FRAMES: [(TimeFrame, Key); 3] = [
    (TimeFrame::Past, Key::FramePast),
    (TimeFrame::Present, Key::FramePresent),
    (TimeFrame::Future, Key::FrameFuture),
];

/// The topics of one category in one time frame, recommended ones first.
pub fn in_frame(topics: &[Topic], frame: TimeFrame) -> Vec<Topic> {
    let of = |recommended: bool| {
        topics.iter().filter(move |t| t.time_frame == frame && t.recommended == recommended)
    };
    of(true).chain(of(false)).cloned().collect()
}

/// A fieldset per category, with columns past / present / future. At
/// [`MAX_TOPICS`] ticked, the others are disabled until one is unticked.
#[component]
pub fn TopicGrid(
    catalog: TopicCatalog,
    /// The ticked topics' ids.
    #[prop(into)]
    selected: Signal<Vec<i64>>,
    /// A topic ticked or unticked.
    #[prop(into)]
    on_toggle: Callback<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let full = Memo::new(move |_| selected.with(|s| s.len() >= MAX_TOPICS));
    let topic = move |t: Topic| {
        let id = t.id;
        let checked = Memo::new(move |_| selected.with(|s| s.contains(&id)));
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
                        {move || t.prompt.get(i18n.lang().code()).to_string()}
                        {t.recommended.then(|| view! { <span class="badge badge-rec">{tr(Key::Recommended)}</span> })}
                    </span>
                </label>
            </li>
        }
    };
    let categories = catalog
        .categories
        .into_iter()
        .filter(|c| !c.topics.is_empty())
        .map(|category| {
            let columns = FRAMES
                .into_iter()
                .filter_map(|(frame, heading)| {
                    let topics = in_frame(&category.topics, frame);
                    (!topics.is_empty()).then(|| {
                        view! {
                            <div class="topic-col">
                                <p class="topic-col-head" aria-hidden="true">{tr(heading)}</p>
                                <ul class="topic-list" aria-label=tr(heading)>
                                    {topics.into_iter().map(topic).collect_view()}
                                </ul>
                            </div>
                        }
                    })
                })
                .collect_view();
            let name = category.name;
            view! {
                <fieldset class="topic-category">
                    <legend class="topic-category-name">{move || name.get(i18n.lang().code()).to_string()}</legend>
                    <div class="topic-cols">{columns}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! { <div class="topic-grid">{categories}</div> }
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
