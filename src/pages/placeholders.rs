//! Pages that are not built yet say so plainly, in both languages.

use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::route::HOME;

#[component]
fn Notice(
    title: Key,
    #[prop(into)] body: Signal<String>,
    #[prop(optional)] soon: bool,
    #[prop(optional, into)] back_href: Option<String>,
) -> impl IntoView {
    let back_href = back_href.unwrap_or_else(|| HOME.to_string());
    view! {
        <div class="page page-narrow">
            <div class="page-head">
                {soon.then(|| view! { <p class="badge badge-soon">{tr(Key::ComingSoon)}</p> })}
                <PageHeading key=title />
            </div>
            <div class="notice">
                <svg class="notice-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="3.5" y="4.5" width="17" height="15" rx="3" fill="none" stroke="currentColor" stroke-width="1.6"></rect>
                    <path d="M3.5 9h17M8 3v3M16 3v3" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
                </svg>
                <p class="notice-text">{body}</p>
                <a class="btn btn-secondary" href=back_href>
                    <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                        <path d="M10 3.5L5.5 8l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                    </svg>
                    {tr(Key::BackToPeople)}
                </a>
            </div>
        </div>
    }
}

fn text_of(key: Key) -> Signal<String> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.t(key).to_string())
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    view! { <Notice title=Key::SettingsTitle body=text_of(Key::SettingsBody) soon=true /> }
}

#[component]
pub fn SurveysPage() -> impl IntoView {
    view! { <Notice title=Key::SurveysTitle body=text_of(Key::SurveysBody) soon=true /> }
}

#[component]
pub fn AdminPage() -> impl IntoView {
    view! { <Notice title=Key::AdminTitle body=text_of(Key::AdminBody) soon=true /> }
}

#[component]
pub fn NotAllowedPage() -> impl IntoView {
    view! { <Notice title=Key::NotAllowedTitle body=text_of(Key::NotAllowedBody) /> }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <Notice title=Key::NotFoundTitle body=text_of(Key::NotFoundBody) /> }
}
