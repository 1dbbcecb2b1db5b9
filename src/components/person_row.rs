use leptos::prelude::*;
use naname_contract::people::Person;

use crate::components::avatar::initial;
use crate::components::mentor_card::secondary_name;
use crate::i18n::{text, use_i18n, Key};

#[component]
pub fn PersonRow(person: Person) -> impl IntoView {
    let i18n = use_i18n();
    let person = StoredValue::new(person);
    // One closure per row, rebuilt when the language changes.
    let body = move || {
        let lang = i18n.lang();
        let code = lang.code();
        person.with_value(|p| {
            let name = p.display_name(code).to_string();
            let meta = [p.department.name.get(code), p.title.get(code), p.office.get(code)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <span class=format!("avatar avatar-sm tone-{}", p.id.rem_euclid(6)) aria-hidden="true">
                    {initial(&name)}
                </span>
                <div class="person-main">
                    <p class="person-name">
                        <span class="person-display">{name}</span>
                        {p.is_mentor.then(|| view! { <span class="badge">{text(lang, Key::MentorBadge)}</span> })}
                    </p>
                    <p class="person-reading" lang="ja">
                        {secondary_name(p, lang)}
                    </p>
                    <p class="person-meta">{meta}</p>
                </div>
            }
        })
    };
    view! { <li class="person-row">{body}</li> }
}
