use leptos::prelude::*;

use crate::i18n::{tr, use_i18n, Key, Lang};

/// 日本語 / English, as two toggle buttons. Each label is in its own language
/// (and marked so), so a reader who doesn't read the current one finds theirs.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <button
                    type="button"
                    class="lang-option"
                    lang=lang.code()
                    aria-pressed=move || (i18n.lang() == lang).to_string()
                    on:click=move |_| i18n.set(lang)
                >
                    {lang.native_name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="lang-switch" role="group" aria-label=tr(Key::LanguageLabel)>
            {buttons}
        </div>
    }
}
