//! People: the mentor corner (find mentors by theme) and the colleague
//! directory; on one column, two tabs. Filters live in the URL
//! (`?theme=3&theme=7&mq=…&q=…`).

mod colleagues;
mod empty;
mod list;
mod mentors;
mod results_bar;
mod tabs;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::media::{use_media, ONE_COLUMN};
use crate::components::PageHeading;
use crate::i18n::{tr, Key};
use crate::pages::Recent;
use crate::state::route::HOME;
use crate::state::PeopleQuery;
use colleagues::Colleagues;
pub use colleagues::PEOPLE_PAGE;
use mentors::MentorCorner;
pub use mentors::MENTOR_PAGE;
use tabs::{PeopleTabs, Tab};

#[component]
pub fn PeoplePage() -> impl IntoView {
    let location = use_location();
    let navigate = StoredValue::new_local(use_navigate());
    let recent = use_context::<Recent>();

    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|q| PeopleQuery::from_query(q)));
    let apply = Callback::new(move |next: PeopleQuery| {
        navigate.with_value(|navigate| {
            navigate(&next.href(), NavigateOptions { replace: true, scroll: false, ..Default::default() })
        });
    });
    // Remembered for "back to People" links. Only while this page is shown:
    // on the way out the location already belongs to the next page.
    Effect::new(move |_| {
        let href = query.with(PeopleQuery::href);
        if let (Some(recent), true) = (recent, location.pathname.with(|p| p == HOME)) {
            recent.people_href.set_value(href);
        }
    });

    // A link that searches colleagues (and filters no mentors) opens on them.
    let first = query.with_untracked(|q| {
        if !q.q.trim().is_empty() && !q.has_mentor_filter() {
            Tab::Colleagues
        } else {
            Tab::Mentors
        }
    });
    let tab = RwSignal::new(first);
    let one_column = use_media(ONE_COLUMN);
    let panel = move |t: Tab| Signal::derive(move || one_column.get().then(|| tab.get() == t));
    let mentor_total = RwSignal::new(None::<u32>);
    let colleague_total = RwSignal::new(None::<u32>);

    view! {
        <div class="page people-page">
            <div class="page-head">
                <PageHeading key=Key::PeopleTitle />
                <p class="lead">{tr(Key::PeopleLead)}</p>
            </div>
            {move || {
                one_column
                    .get()
                    .then(|| view! { <PeopleTabs tab mentors=mentor_total colleagues=colleague_total /> })
            }}
            <div class="people-layout">
                <MentorCorner query apply total=mentor_total panel=panel(Tab::Mentors) />
                <Colleagues query apply total=colleague_total panel=panel(Tab::Colleagues) />
            </div>
        </div>
    }
}
