//! One control per required item, by its kind: a line (≤ 60) or a box
//! (≤ 400) of text with a counter, radios for a single choice, a year.
//! Text items take a Japanese and an English side (either is enough);
//! its error sits under it and is linked with `aria-describedby`.

use leptos::prelude::*;
use naname_contract::admin::{AdminRequiredItem, ItemKind};
use naname_contract::user_text::TextLang;

use super::registration::{kind_key, localized};
use super::Desk;
use crate::i18n::{format, tr, use_i18n, Key};
use crate::state::mentor_themes::{answer_chars, answer_error, errors_by_item, max_chars};

/// The id of an item's control (its first radio for a single choice):
/// the form moves focus there when the item is invalid.
pub fn control_id(theme_id: i64, item_id: i64) -> String {
    format!("answer-{theme_id}-{item_id}")
}

#[component]
pub fn ItemField(theme_id: i64, item: AdminRequiredItem, desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let item_id = item.id;
    let kind = item.kind;
    let base = control_id(theme_id, item_id);
    let (hint_id, error_id) = (format!("{base}-hint"), format!("{base}-error"));
    let side_value = move |side: TextLang| {
        desk.draft.with(|d| d.get(&item_id).map(|t| t.side(side).to_string()).unwrap_or_default())
    };
    let set_side = move |side: TextLang, v: String| {
        desk.draft.update(|d| {
            let text = d.entry(item_id).or_default();
            match side {
                TextLang::Ja => text.ja = v,
                TextLang::En => text.en = v,
            }
        });
        // The error goes once the person changes the answer; the check runs again on send.
        if desk.errors.with_untracked(|e| errors_by_item(e).contains_key(&item_id)) {
            desk.errors
                .update(|e| e.retain(|e| crate::state::mentor_themes::item_of(&e.field) != Some(item_id)));
        }
    };
    // A choice or a year is one value, kept on the Japanese side.
    let value = move || side_value(TextLang::Ja);
    let set = move |v: String| set_side(TextLang::Ja, v);
    let error = move || {
        let code = desk.errors.with(|e| errors_by_item(e).remove(&item_id))?;
        let (key, max) = answer_error(kind, &code);
        Some(format(i18n.t(key), &[("max", &max.map(|m| m.to_string()).unwrap_or_default())]))
    };
    let invalid = move || error().is_some().to_string();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error().is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    let lang = i18n.lang_untracked();
    let (label, label_lang) = localized(&item.label, lang);
    let need = tr(if item.required { Key::ItemRequired } else { Key::ItemOptional });
    let error_view = {
        let error_id = error_id.clone();
        move || error().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })
    };
    let counter = max_chars(kind).map(|max| {
        let n = move || answer_chars(&side_value(TextLang::Ja)).max(answer_chars(&side_value(TextLang::En)));
        move || {
            let text = format(i18n.t(Key::CharCount), &[("n", &n().to_string()), ("max", &max.to_string())]);
            view! { <span data-over=move || (n() > max).then_some("")>{text}</span> }
        }
    });
    let hint = view! {
        <p class="field-hint my-theme-hint" id=hint_id>
            <span>{need}" · "{tr(kind_key(kind))}</span>
            {(kind == ItemKind::Year).then(|| view! { <span>{tr(Key::YearHint)}</span> })}
            {counter}
        </p>
    };

    match kind {
        ItemKind::SingleChoice => {
            let name = base.clone();
            let radios = item
                .options
                .iter()
                .enumerate()
                .map(|(n, option)| {
                    let option = option.clone();
                    let id = if n == 0 { base.clone() } else { format!("{base}-{n}") };
                    let mine = option.clone();
                    view! {
                        <label class="choice-chip">
                            <input
                                type="radio"
                                id=id
                                name=name.clone()
                                aria-invalid=invalid
                                aria-describedby=described.clone()
                                prop:checked=move || value() == mine
                                on:change=move |_| set(option.clone())
                            />
                            <span>{item.options[n].clone()}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field my-theme-field">
                    <legend class="field-label" lang=label_lang>
                        {label}
                    </legend>
                    {hint}
                    <div class="choice-chips">{radios}</div>
                    {error_view}
                </fieldset>
            }
            .into_any()
        }
        ItemKind::LongText | ItemKind::ShortText => {
            let long = kind == ItemKind::LongText;
            // Both sides, in the product's order (Japanese first); the first
            // one is the item's control, which takes focus when it is invalid.
            let sides = [TextLang::Ja, TextLang::En]
                .into_iter()
                .map(|side| {
                    let id = if side == TextLang::Ja { base.clone() } else { format!("{base}-en") };
                    let label_key = if side == TextLang::Ja { Key::AnswerSideJa } else { Key::AnswerSideEn };
                    let value = move || side_value(side);
                    let on_input = move |ev| set_side(side, event_target_value(&ev));
                    let control = if long {
                        view! {
                            <textarea
                                class="input textarea"
                                id=id.clone()
                                rows="3"
                                lang=side.code()
                                aria-invalid=invalid
                                aria-describedby=described.clone()
                                prop:value=value
                                on:input=on_input
                            ></textarea>
                        }
                        .into_any()
                    } else {
                        view! {
                            <input
                                class="input"
                                id=id.clone()
                                type="text"
                                autocomplete="off"
                                lang=side.code()
                                aria-invalid=invalid
                                aria-describedby=described.clone()
                                prop:value=value
                                on:input=on_input
                            />
                        }
                        .into_any()
                    };
                    view! {
                        <div class="answer-side">
                            <label class="answer-side-label" for=id>
                                {tr(label_key)}
                            </label>
                            {control}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field my-theme-field">
                    <legend class="field-label" lang=label_lang>
                        {label}
                    </legend>
                    <div class="answer-sides">{sides}</div>
                    {hint}
                    {error_view}
                </fieldset>
            }
            .into_any()
        }
        ItemKind::Year => view! {
            <div class="field my-theme-field">
                <label class="field-label" for=base.clone() lang=label_lang>
                    {label}
                </label>
                <input
                    class="input input-year"
                    id=base
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=invalid
                    aria-describedby=described
                    prop:value=value
                    on:input=move |ev| set(event_target_value(&ev))
                />
                {hint}
                {error_view}
            </div>
        }
        .into_any(),
    }
}
