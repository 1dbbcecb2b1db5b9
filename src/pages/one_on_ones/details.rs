//! What a row's disclosure opens: the theme, the topics, the response
//! wanted and the note, the note clamped to three lines with "show more"
//! when it is longer.
//!
//! The panel is always in the document (hidden while closed), so the note
//! can be found on the page whether the row is open or not.

use leptos::html;
use leptos::prelude::*;
use naname_contract::one_on_ones::OneOnOne;

use crate::i18n::{text, use_i18n, Key};

#[component]
pub fn Details(one: OneOnOne, expanded: RwSignal<bool>, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let note_id = format!("{id}-note");
    let note_ref = NodeRef::<html::Span>::new();
    let note_open = RwSignal::new(false);
    // Whether the clamped note hides anything: measured once the panel is
    // shown (a hidden element has no height), again after a language switch.
    let overflows = RwSignal::new(false);
    Effect::new(move |_| {
        let shown = expanded.get();
        i18n.lang();
        if shown {
            request_animation_frame(move || {
                if let Some(Some(el)) = note_ref.try_get_untracked() {
                    overflows.try_set(el.scroll_height() > el.client_height() + 1);
                }
            });
        }
    });

    // The button stays the same element while it is needed, so it keeps
    // the focus when pressed.
    let offers_more = Memo::new(move |_| overflows.get() || note_open.get());

    let body = move || {
        let lang = i18n.lang();
        let code = lang.code();
        let topics =
            one.topics.iter().map(|t| view! { <li>{t.prompt.get(code).to_string()}</li> }).collect_view();
        // Plain text: what people write is never parsed as HTML.
        let note = (!one.note.is_empty()).then(|| {
            let controls = note_id.clone();
            let more = move || {
                offers_more.get().then(|| {
                    view! {
                        <button
                            type="button"
                            class="oo-more"
                            aria-expanded=move || note_open.get().to_string()
                            aria-controls=controls.clone()
                            on:click=move |_| note_open.update(|o| *o = !*o)
                        >
                            {move || i18n.t(if note_open.get() { Key::NoteLess } else { Key::NoteMore })}
                        </button>
                    }
                })
            };
            view! {
                <div class="review-row">
                    <dt>{text(lang, Key::LabelNote)}</dt>
                    <dd>
                        <span
                            class="review-note oo-note"
                            class:is-clamped=move || !note_open.get()
                            id=note_id.clone()
                            node_ref=note_ref
                        >
                            {one.note.clone()}
                        </span>
                        {more}
                    </dd>
                </div>
            }
        });
        view! {
            <dl class="review-list oo-details">
                <div class="review-row">
                    <dt>{text(lang, Key::LabelTheme)}</dt>
                    <dd>
                        <span>{one.theme.name.get(code).to_string()}</span>
                    </dd>
                </div>
                <div class="review-row">
                    <dt>{text(lang, Key::LabelTopics)}</dt>
                    <dd>
                        <ul class="review-topics">{topics}</ul>
                    </dd>
                </div>
                <div class="review-row">
                    <dt>{text(lang, Key::LabelResponse)}</dt>
                    <dd>
                        <span>
                            <span class="choice-name">{one.response.name.get(code).to_string()}</span>
                            <span class="choice-desc">{one.response.description.get(code).to_string()}</span>
                        </span>
                    </dd>
                </div>
                {note}
            </dl>
        }
    };

    view! {
        <div class="oo-panel" id=id hidden=move || !expanded.get()>
            {body}
        </div>
    }
}
