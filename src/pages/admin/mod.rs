//! `/admin`: the admin pages, one URL per tab (themes, mentors per theme,
//! topics and responses, CSV import, activity). Only admins get here
//! (`AdminOnly` in `app.rs`), and the server refuses everyone else anyway.

mod activity;
mod field;
mod impact;
mod import;
mod mentors;
mod person;
mod registration;
mod theme;
mod themes;
mod topics;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::PageHeading;
use crate::i18n::{tr, Key};
use crate::pages::NotFoundPage;
use crate::state::route::{AdminTab, AdminView, ADMIN_ID, ADMIN_TAB};

fn tab_label(tab: AdminTab) -> Key {
    match tab {
        AdminTab::Themes => Key::AdminTabThemes,
        AdminTab::Mentors => Key::AdminTabMentors,
        AdminTab::Topics => Key::AdminTabTopics,
        AdminTab::Import => Key::AdminTabImport,
        AdminTab::Activity => Key::AdminTabActivity,
    }
}

/// The admin page of the current address: the tab nav, then the view.
#[component]
pub fn AdminPage() -> impl IntoView {
    let params = use_params_map();
    let view =
        Memo::new(move |_| params.with(|p| AdminView::parse(p.get_str(ADMIN_TAB), p.get_str(ADMIN_ID))));
    move || match view.get() {
        None => view! { <NotFoundPage /> }.into_any(),
        Some(current) => view! {
            <div class="page admin-page">
                <div class="page-head">
                    <PageHeading key=Key::AdminTitle />
                </div>
                <AdminTabs current=current.tab() />
                <div class="admin-body">{admin_view(current)}</div>
            </div>
        }
        .into_any(),
    }
}

fn admin_view(view: AdminView) -> AnyView {
    match view {
        AdminView::Themes => view! { <themes::ThemesTab /> }.into_any(),
        AdminView::NewTheme => view! { <theme::ThemePage id=None /> }.into_any(),
        AdminView::Theme(id) => view! { <theme::ThemePage id=Some(id) /> }.into_any(),
        AdminView::Mentors => view! { <mentors::MentorsTab /> }.into_any(),
        AdminView::Person(id) => view! { <person::PersonPage id /> }.into_any(),
        AdminView::Topics => view! { <topics::TopicsTab /> }.into_any(),
        AdminView::Import => view! { <import::ImportTab /> }.into_any(),
        AdminView::Activity => view! { <activity::ActivityTab /> }.into_any(),
    }
}

/// The tabs are links (each tab is a page with its own URL), marked with
/// `aria-current` rather than ARIA tabs, which would promise arrow keys
/// moving between panels of one page.
#[component]
fn AdminTabs(current: AdminTab) -> impl IntoView {
    let links = AdminTab::ALL
        .into_iter()
        .map(|tab| {
            view! {
                <a class="admin-tab" href=tab.href() aria-current=(tab == current).then_some("page")>
                    {tr(tab_label(tab))}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="admin-tabs" aria-label=tr(Key::AdminTabsLabel)>{links}</nav> }
}
