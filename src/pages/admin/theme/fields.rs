//! The theme's own fields: its name and description in both languages
//! and its category.

use leptos::prelude::*;

use super::Form;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::{error_of, pair_label, FieldErrorLine, TextField};
use crate::state::admin_theme::dom_id;

/// A ja/en pair of one of the theme's texts (`name`, `description`).
#[component]
fn Pair(form: Form, what: &'static str, label: Key, multiline: bool, max: usize) -> impl IntoView {
    let field = move |lang: &'static str| format!("{what}.{lang}");
    let get = move |lang: &'static str| {
        Signal::derive(move || {
            form.draft.with(|d| {
                let l = if what == "name" { &d.name } else { &d.description };
                if lang == "ja" {
                    l.ja.clone()
                } else {
                    l.en.clone()
                }
            })
        })
    };
    let set = move |lang: &'static str| {
        Callback::new(move |v: String| {
            form.edit(&field(lang), |d| {
                let l = if what == "name" { &mut d.name } else { &mut d.description };
                if lang == "ja" {
                    l.ja = v
                } else {
                    l.en = v
                }
            })
        })
    };
    let errors = Signal::from(form.error_map);
    view! {
        <div class="admin-pair">
            <TextField field=field("ja") label=pair_label(label, Key::AthLangJa) value=get("ja") on_input=set("ja") errors lang="ja" multiline max />
            <TextField field=field("en") label=pair_label(label, Key::AthLangEn) value=get("en") on_input=set("en") errors lang="en" multiline max />
        </div>
    }
}

#[component]
pub(super) fn ThemeFields(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let field = Signal::derive(|| "category_id".to_string());
    let error = Signal::derive(error_of(form.error_map.into(), field));
    let id = dom_id("category_id");
    let error_id = format!("{id}-error");
    let error_id_ref = error_id.clone();
    let label_for = id.clone();
    let options = move || {
        let lang = i18n.lang().code();
        form.categories.with(|cs| {
            cs.iter()
                .map(|(cid, name)| {
                    let cid = *cid;
                    view! {
                        <option value=cid.to_string() selected=move || form.draft.with(|d| d.category_id == Some(cid))>
                            {name.get(lang).to_string()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Pair form what="name" label=Key::AthThemeName multiline=false max=80 />
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label class="field-label" for=label_for>
                {tr(Key::AthCategory)}
            </label>
            <select
                class="input select"
                id=id
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=move || error.with(Option::is_some).then(|| error_id_ref.clone())
                on:change=move |ev| {
                    let value = event_target_value(&ev).parse::<i64>().ok();
                    form.edit("category_id", |d| d.category_id = value);
                }
            >
                <option value="" selected=move || form.draft.with(|d| d.category_id.is_none())>
                    {tr(Key::AthChooseCategory)}
                </option>
                {options}
            </select>
            <FieldErrorLine id=error_id error />
        </div>
        <Pair form what="description" label=Key::AthDescription multiline=true max=1000 />
    }
}
