//! The mentor the request goes to.

use leptos::prelude::*;
use naname_contract::mentors::Mentor;

use crate::components::avatar::initial;
use crate::components::mentor_card::secondary_name;
use crate::i18n::{tr, use_i18n, Key};

#[component]
pub(super) fn MentorSummary(mentor: Mentor) -> impl IntoView {
    let i18n = use_i18n();
    let person = StoredValue::new(mentor.person);
    let lang = move || i18n.lang();
    let name = move || person.with_value(|p| p.display_name(lang().code()).to_string());
    let tone = format!("avatar tone-{}", person.with_value(|p| p.id.rem_euclid(6)));
    let tags = mentor
        .themes
        .into_iter()
        .map(|t| {
            view! {
                <li class="theme-tag">
                    <span class="theme-tag-name">{move || t.name.get(lang().code()).to_string()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div>
            <header class="mentor-head">
                <span class=tone aria-hidden="true">{move || initial(&name())}</span>
                <div class="mentor-names">
                    <h2 class="mentor-name" id="mentor-name">{name}</h2>
                    <p class="mentor-reading" lang="ja">
                        {move || person.with_value(|p| secondary_name(p, lang()))}
                    </p>
                </div>
            </header>
            <p class="mentor-meta">
                <span class="mentor-dept">
                    {move || person.with_value(|p| p.department.name.get(lang().code()).to_string())}
                </span>
            </p>
            <div class="mentor-block">
                <h3 class="block-label">{tr(Key::MentorThemes)}</h3>
                <ul class="theme-tags">{tags}</ul>
            </div>
        </div>
    }
}
