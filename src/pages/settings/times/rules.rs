//! The booking rules: length, break, minimum notice (in hours or days) and
//! how far ahead people can book.

use leptos::prelude::*;

use super::{dom_id, Editor, PlaceError};
use crate::i18n::{tr, Key};
use crate::state::times_form::{NoticeUnit, TimesForm};

/// One number of the rules, at its wire place (`slot_minutes`).
#[component]
fn NumberField(
    ed: Editor,
    place: &'static str,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    get: fn(&TimesForm) -> &String,
    set: fn(&mut TimesForm, String),
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let id = dom_id(place);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let invalid = move || ed.errors.with(|e| e.contains_key(place));
    let described = {
        let hint_id = hint_id.clone();
        move || {
            let mut ids: Vec<&str> = Vec::new();
            if hint.is_some() {
                ids.push(&hint_id);
            }
            if invalid() {
                ids.push(&error_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let label_for = id.clone();
    view! {
        <div class="field times-rule" class:has-error=invalid>
            <label class="field-label" for=label_for>{tr(label)}</label>
            <div class="times-rule-input">
                <input
                    class="input times-number"
                    type="text"
                    inputmode="numeric"
                    id=id
                    autocomplete="off"
                    size="6"
                    aria-invalid=move || invalid().to_string()
                    aria-describedby=described
                    prop:value=move || ed.form.with(|f| get(f).clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ed.edit(place, |f| set(f, v));
                    }
                />
                {children.map(|c| c())}
            </div>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{tr(h)}</p> })}
            <PlaceError ed place=place.to_string() />
        </div>
    }
}

#[component]
pub(super) fn RulesFields(ed: Editor) -> impl IntoView {
    let unit = move || ed.form.with(|f| f.notice_unit);
    let set_unit = move |ev: leptos::ev::Event| {
        let u = match event_target_value(&ev).as_str() {
            "days" => NoticeUnit::Days,
            "minutes" => NoticeUnit::Minutes,
            _ => NoticeUnit::Hours,
        };
        ed.edit("min_notice_minutes", |f| f.notice_unit = u);
    };
    view! {
        <fieldset class="times-rules">
            <legend class="section-title">{tr(Key::TimesRules)}</legend>
            <NumberField ed place="slot_minutes" label=Key::TimesSlot hint=Key::TimesSlotHint get=|f| &f.slot_minutes set=|f, v| f.slot_minutes = v />
            <NumberField ed place="buffer_minutes" label=Key::TimesBuffer hint=Key::TimesBufferHint get=|f| &f.buffer_minutes set=|f, v| f.buffer_minutes = v />
            <NumberField ed place="min_notice_minutes" label=Key::TimesNotice get=|f| &f.notice set=|f, v| f.notice = v>
                <select class="input select times-unit" aria-label=tr(Key::TimesNoticeUnit) on:change=set_unit>
                    <option value="minutes" selected=move || unit() == NoticeUnit::Minutes>{tr(Key::TimesMinutes)}</option>
                    <option value="hours" selected=move || unit() == NoticeUnit::Hours>{tr(Key::TimesHours)}</option>
                    <option value="days" selected=move || unit() == NoticeUnit::Days>{tr(Key::TimesDays)}</option>
                </select>
            </NumberField>
            <NumberField ed place="horizon_days" label=Key::TimesHorizon hint=Key::TimesHorizonHint get=|f| &f.horizon_days set=|f, v| f.horizon_days = v />
        </fieldset>
    }
}
