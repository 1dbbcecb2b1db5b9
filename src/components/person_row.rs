use leptos::prelude::*;
use naname_contract::people::Person;

use crate::components::avatar::initial;
use crate::components::mentor_card::secondary_name;
use crate::i18n::{format, text, use_i18n, Key};
use crate::state::route::mentor_request_href;

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
            // A colleague who mentors can be asked from here, as from their card.
            let request = p.is_mentor.then(|| {
                let label = format(text(lang, Key::RequestOneOnOneWith), &[("name", &name)]);
                view! {
                    <a class="person-request" href=mentor_request_href(p.id) aria-label=label>
                        {text(lang, Key::RequestOneOnOne)}
                        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                            <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                    </a>
                }
            });
            view! {
                <span class=format!("avatar avatar-sm tone-{}", p.id.rem_euclid(6)) aria-hidden="true">
                    {initial(&name)}
                </span>
                <div class="person-main">
                    <p class="person-name">
                        <span class="person-display">{name.clone()}</span>
                        {p.is_mentor.then(|| view! { <span class="badge">{text(lang, Key::MentorBadge)}</span> })}
                    </p>
                    <p class="person-reading" lang="ja">
                        {secondary_name(p, lang)}
                    </p>
                    <p class="person-meta">{meta}</p>
                    {request}
                </div>
            }
        })
    };
    view! { <li class="person-row">{body}</li> }
}
