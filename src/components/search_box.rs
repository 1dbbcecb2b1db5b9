use std::time::Duration;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::i18n::{tr, Key};

/// Typing pauses this long before a search runs.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// A search field that reports its text after typing pauses (or at once on
/// Enter). `committed` is the text currently applied (from the URL); the
/// field follows it when it changes from outside, e.g. on "clear all".
#[component]
pub fn SearchBox(
    id: &'static str,
    label: Key,
    placeholder: Key,
    #[prop(into)] committed: Signal<String>,
    #[prop(into)] on_search: Callback<String>,
) -> impl IntoView {
    let text = RwSignal::new(committed.get_untracked());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
            timer.try_set_value(None);
        }
    };
    on_cleanup(cancel);
    let commit = move |value: String| {
        cancel();
        let value = value.trim().to_string();
        if committed.try_get_untracked().is_some_and(|c| c != value) {
            on_search.run(value);
        }
    };
    Effect::new(move |_| {
        let applied = committed.get();
        if timer.get_value().is_none() && text.get_untracked().trim() != applied {
            text.set(applied);
        }
    });
    let label_id = format!("{id}-label");
    let label_id_ref = label_id.clone();
    view! {
        <form
            class="search-box"
            role="search"
            aria-labelledby=label_id_ref
            on:submit=move |ev: SubmitEvent| {
                ev.prevent_default();
                commit(text.get_untracked());
            }
        >
            <label class="field-label" for=id id=label_id>
                {tr(label)}
            </label>
            <div class="search-input">
                <svg class="search-icon" viewBox="0 0 20 20" aria-hidden="true">
                    <circle cx="9" cy="9" r="5.5" fill="none" stroke="currentColor" stroke-width="1.6"></circle>
                    <path d="M13.2 13.2L17 17" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
                </svg>
                <input
                    id=id
                    class="input"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="100"
                    placeholder=tr(placeholder)
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        text.set(value.clone());
                        cancel();
                        let handle = set_timeout_with_handle(move || commit(value), DEBOUNCE).ok();
                        timer.set_value(handle);
                    }
                />
            </div>
        </form>
    }
}
