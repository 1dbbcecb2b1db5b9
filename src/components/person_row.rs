use leptos::prelude::*;
use naname_contract::people::Person;

use crate::components::avatar::Avatar;
use crate::components::mentor_card::secondary_name;
use crate::i18n::{tr, use_i18n, Key};

#[component]
pub fn PersonRow(person: Person) -> impl IntoView {
    let i18n = use_i18n();
    let id = person.id;
    let is_mentor = person.is_mentor;
    let person = StoredValue::new(person);
    let lang = move || i18n.lang().code();
    let name = Signal::derive(move || person.with_value(|p| p.display_name(lang()).to_string()));
    let meta = move || {
        person.with_value(|p| {
            [p.department.name.get(lang()), p.title.get(lang()), p.office.get(lang())]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    view! {
        <li class="person-row">
            <Avatar id name small=true />
            <div class="person-main">
                <p class="person-name">
                    <span class="person-display">{name}</span>
                    {is_mentor
                        .then(|| {
                            view! { <span class="badge">{tr(Key::MentorBadge)}</span> }
                        })}
                </p>
                <p class="person-reading" lang="ja">
                    {move || person.with_value(|p| secondary_name(p, i18n.lang()))}
                </p>
                <p class="person-meta">{meta}</p>
            </div>
        </li>
    }
}
