//! "All themes": every theme by category, each chip with its description on
//! screen (readable by touch and keyboard, not only as a tooltip).

use leptos::prelude::*;
use naname_contract::themes::{Theme, ThemeCategory};

use super::chip::ThemeChip;
use crate::i18n::use_i18n;
use crate::state::facets::Facets;

/// The id of the element holding `theme`'s description in filter `n`.
pub fn desc_id(n: u32, theme: i64) -> String {
    format!("tf{n}-desc-{theme}")
}

pub fn has_description(t: &Theme) -> bool {
    !t.description.ja.is_empty() || !t.description.en.is_empty()
}

#[component]
pub fn ThemeGroups(
    /// The filter's instance number, for unique ids.
    n: u32,
    categories: Vec<ThemeCategory>,
    selected: Signal<Vec<i64>>,
    on_change: Callback<Vec<i64>>,
    facets: Signal<Option<Facets>>,
) -> impl IntoView {
    let i18n = use_i18n();
    categories
        .into_iter()
        .filter(|category| !category.themes.is_empty())
        .map(|category| {
            let group_label = format!("tf{n}-category-{}", category.id);
            let name = category.name;
            let options = category
                .themes
                .into_iter()
                .map(|theme| {
                    let id = desc_id(n, theme.id);
                    let described_by = has_description(&theme).then(|| id.clone());
                    let description = theme.description.clone();
                    view! {
                        <li class="theme-option">
                            <ThemeChip theme selected on_change facets described_by />
                            <p class="theme-desc" id=id>
                                {move || description.get(i18n.lang().code()).to_string()}
                            </p>
                        </li>
                    }
                })
                .collect_view();
            let labelled_by = group_label.clone();
            view! {
                <div class="theme-group" role="group" aria-labelledby=labelled_by>
                    <p class="theme-group-label" id=group_label>
                        {move || name.get(i18n.lang().code()).to_string()}
                    </p>
                    <ul class="theme-options">{options}</ul>
                </div>
            }
        })
        .collect_view()
}
