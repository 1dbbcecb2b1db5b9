//! A labelled text input (or textarea) whose error sits under it, linked
//! by `aria-describedby`, and whose element id is the field's place
//! (`tf-required_items-2-options-0`), so a page can focus the first invalid one.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::i18n::{tr, Key};
use crate::state::admin_theme::{dom_id, error_key};

/// Field errors by field (`name.ja`) → code, as the form shows them.
pub type Errors = HashMap<String, String>;

/// The error of `field`, for the field's view.
pub fn error_of(errors: Signal<Errors>, field: Signal<String>) -> impl Fn() -> Option<Key> + Copy + 'static {
    move || field.with(|f| errors.with(|e| e.get(f).map(|code| error_key(code))))
}

/// The error line itself (nothing when there is none).
#[component]
pub fn FieldErrorLine(
    #[prop(into)] id: Signal<String>,
    #[prop(into)] error: Signal<Option<Key>>,
) -> impl IntoView {
    move || error.get().map(|key| view! { <p class="field-error" id=move || id.get()>{tr(key)}</p> })
}

#[component]
pub fn TextField(
    /// The field's place, e.g. `required_items[2].label.en`.
    #[prop(into)]
    field: Signal<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into)] errors: Signal<Errors>,
    /// The language the text is written in, when it is fixed (the ja/en pair).
    #[prop(optional)]
    lang: Option<&'static str>,
    #[prop(optional)] multiline: bool,
    max: usize,
) -> impl IntoView {
    let id = Signal::derive(move || dom_id(&field.get()));
    let error_id = Signal::derive(move || format!("{}-error", id.get()));
    let error = Signal::derive(error_of(errors, field));
    let invalid = move || error.with(Option::is_some).to_string();
    let described = move || error.with(Option::is_some).then(|| error_id.get());
    let input = if multiline {
        view! {
            <textarea
                class="input textarea"
                id=move || id.get()
                rows="3"
                lang=lang
                maxlength=max + 50
                aria-invalid=invalid
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                class="input"
                type="text"
                id=move || id.get()
                lang=lang
                maxlength=max + 20
                autocomplete="off"
                aria-invalid=invalid
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label class="field-label" for=move || id.get()>
                {move || label.get()}
            </label>
            {input}
            <FieldErrorLine id=error_id error />
        </div>
    }
}

/// Focuses the element of `field` after the view has caught up (errors
/// just set render on the next frame).
pub fn focus_field(field: &str) {
    let id = dom_id(field);
    request_animation_frame(move || focus_id(&id));
}

pub use crate::components::focus::focus_id;

/// A label for one language of a pair: "テーマ名（日本語）" / "Theme name (Japanese)".
pub fn pair_label(what: Key, lang_key: Key) -> Signal<String> {
    let i18n = crate::i18n::use_i18n();
    Signal::derive(move || i18n.tf(Key::AthInLang, &[("what", i18n.t(what)), ("lang", i18n.t(lang_key))]))
}

/// Focuses the first field of `errors` in a form whose fields carry `prefix`.
pub fn focus_field_in(prefix: &str, errors: &[naname_contract::FieldError]) {
    if let Some(first) = errors.first() {
        focus_field(&format!("{prefix}.{}", first.field));
    }
}

/// A text written in both languages, one box each: `{field}.ja` and `{field}.en`.
#[component]
pub fn LocalizedPair(
    /// The text's place, e.g. `newcat.name`.
    field: String,
    label: Key,
    value: RwSignal<naname_contract::Localized>,
    #[prop(into)] errors: Signal<Errors>,
    #[prop(optional)] multiline: bool,
    max: usize,
) -> impl IntoView {
    let side = move |lang: &'static str| {
        let text =
            Signal::derive(move || value.with(|l| if lang == "ja" { l.ja.clone() } else { l.en.clone() }));
        let set =
            Callback::new(move |v: String| value.update(|l| if lang == "ja" { l.ja = v } else { l.en = v }));
        let lang_key = if lang == "ja" { Key::AthLangJa } else { Key::AthLangEn };
        view! {
            <TextField
                field=format!("{field}.{lang}")
                label=pair_label(label, lang_key)
                value=text
                on_input=set
                errors
                lang=lang
                multiline
                max
            />
        }
    };
    view! { <div class="admin-pair">{side("ja")} {side("en")}</div> }
}

/// Field errors under a form's prefix (`cat3.name.ja`), so two forms on
/// one page never share an element id.
pub fn prefixed(errors: &[naname_contract::FieldError], prefix: &str) -> Errors {
    crate::state::admin_theme::errors_by_field(errors)
        .into_iter()
        .map(|(k, v)| (format!("{prefix}.{k}"), v))
        .collect()
}
