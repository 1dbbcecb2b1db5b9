//! What a change to a theme would do to its mentors, in sentences, before
//! it is saved (`POST /api/admin/themes/{id}/impact`).

use leptos::prelude::*;
use naname_contract::admin::ThemeImpact;

use crate::i18n::{use_i18n, Key};
use crate::state::admin_theme::impact_lines;

#[component]
pub fn ImpactLines(impact: ThemeImpact, archive: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lines = impact_lines(&impact, archive);
    let asks = lines.iter().any(|(k, _)| *k == Key::AthImpactAsked);
    view! {
        <ul class="admin-impact">
            {lines
                .into_iter()
                .map(|(key, n)| view! { <li>{move || i18n.tf(key, &[("n", &n.to_string())])}</li> })
                .collect_view()}
        </ul>
        {asks.then(|| view! { <p class="field-hint">{move || i18n.t(Key::AthNewItemRule)}</p> })}
    }
}
