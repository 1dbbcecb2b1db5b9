//! The two lists of mentors who need a nudge, each name a link to the
//! admin's page of that person.

use leptos::prelude::*;
use naname_contract::activity::{Activity, FlaggedMentor};

use crate::i18n::{tr, use_i18n, Key};
use crate::state::route::AdminView;

#[component]
fn FlagList(id: &'static str, title: Key, note: Key, people: Vec<FlaggedMentor>) -> impl IntoView {
    let i18n = use_i18n();
    let list = if people.is_empty() {
        view! { <p class="activity-note">{tr(Key::ActivityNobody)}</p> }.into_any()
    } else {
        let items = people
            .into_iter()
            .map(|m| {
                let href = AdminView::Person(m.id).href();
                let name = move || m.display_name(i18n.lang().code()).to_string();
                view! { <li><a href=href>{name}</a></li> }
            })
            .collect_view();
        view! { <ul class="activity-people">{items}</ul> }.into_any()
    };
    view! {
        <section class="activity-block card" aria-labelledby=id>
            <h2 id=id class="admin-section-title">{tr(title)}</h2>
            <p class="activity-note">{tr(note)}</p>
            {list}
        </section>
    }
}

#[component]
pub fn Flags(activity: Activity) -> impl IntoView {
    view! {
        <div class="activity-flags">
            <FlagList
                id="activity-no-times"
                title=Key::ActivityNoTimesTitle
                note=Key::ActivityNoTimesNote
                people=activity.no_preferred_times
            />
            <FlagList
                id="activity-never-booked"
                title=Key::ActivityNeverBookedTitle
                note=Key::ActivityNeverBookedNote
                people=activity.never_booked
            />
        </div>
    }
}
