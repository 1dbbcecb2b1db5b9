//! `/settings/…`: the signed-in person's settings, one URL per section.
//! "My mentor themes" and "1on1 times".

mod themes;
mod times;

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;
use leptos_router::NavigateOptions;

use crate::components::PageHeading;
use crate::i18n::{tr, Key};
use crate::pages::NotFoundPage;
use crate::state::route::{SettingsSection, SETTINGS_SECTION};

fn section_label(section: SettingsSection) -> Key {
    match section {
        SettingsSection::Themes => Key::SettingsThemes,
        SettingsSection::Times => Key::SettingsTimes,
    }
}

/// The section of the current address; `/settings` alone goes on to the
/// first section (replacing the entry, so Back does not land on it again).
#[component]
pub fn SettingsPage() -> impl IntoView {
    let params = use_params_map();
    let section =
        Memo::new(move |_| params.with(|p| p.get_str(SETTINGS_SECTION).map(SettingsSection::parse)));
    move || match section.get() {
        None => {
            let first = SettingsSection::ALL[0].href();
            view! { <Redirect path=first options=NavigateOptions { replace: true, ..Default::default() } /> }
                .into_any()
        }
        Some(None) => view! { <NotFoundPage /> }.into_any(),
        Some(Some(current)) => view! {
            <div class="page settings-page">
                <SectionNav current />
                <div class="page-head">
                    <PageHeading key=section_label(current) />
                </div>
                {match current {
                    SettingsSection::Themes => view! { <themes::MyThemes /> }.into_any(),
                    SettingsSection::Times => view! { <times::MyTimes /> }.into_any(),
                }}
            </div>
        }
        .into_any(),
    }
}

/// The sections as links marked with `aria-current`, as the admin tabs are:
/// each section is a page of its own.
#[component]
fn SectionNav(current: SettingsSection) -> impl IntoView {
    let links = SettingsSection::ALL
        .into_iter()
        .map(|section| {
            view! {
                <a
                    class="settings-tab"
                    href=section.href()
                    aria-current=(section == current).then_some("page")
                >
                    {tr(section_label(section))}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="settings-nav" aria-labelledby="settings-nav-label">
            <p class="settings-nav-label" id="settings-nav-label">
                {tr(Key::SettingsTitle)}
            </p>
            <div class="settings-tabs">{links}</div>
        </nav>
    }
}
