//! Pages that are not built yet say so plainly, in both languages.

use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::route::HOME;

/// What a notice's picture shows: each page has its own, so "coming
/// soon" never looks like "not found".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Icon {
    Survey,
    Lock,
    Missing,
}

/// The picture's strokes (24×24, drawn with `currentColor`).
fn icon_paths(icon: Icon) -> &'static [&'static str] {
    match icon {
        // A clipboard with ticks: a questionnaire.
        Icon::Survey => &["M8.5 4.5h7v3h-7zM7 6H5.5v14h13V6H17", "M8.5 12l1.5 1.5 2.5-3M14 12h2.5M8.5 17h8"],
        // A padlock: not allowed.
        Icon::Lock => &["M6.5 10.5h11v9h-11z", "M9 10.5V8a3 3 0 016 0v2.5M12 14v2"],
        // A magnifier over nothing: not found.
        Icon::Missing => &["M10.5 4.5a6 6 0 110 12 6 6 0 010-12zM15 15l5 5", "M8.5 10.5h4"],
    }
}

#[component]
fn Notice(
    title: Key,
    #[prop(into)] body: Signal<String>,
    icon: Icon,
    #[prop(optional)] soon: bool,
    #[prop(optional, into)] back_href: Option<String>,
) -> impl IntoView {
    let back_href = back_href.unwrap_or_else(|| HOME.to_string());
    let strokes = icon_paths(icon)
        .iter()
        .map(|d| {
            view! {
                <path d=*d fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
            }
        })
        .collect_view();
    view! {
        <div class="page page-narrow">
            <div class="page-head">
                {soon.then(|| view! { <p class="badge badge-soon">{tr(Key::ComingSoon)}</p> })}
                <PageHeading key=title />
            </div>
            <div class="notice">
                <svg class="notice-icon" viewBox="0 0 24 24" aria-hidden="true" data-icon=format!("{icon:?}").to_lowercase()>
                    {strokes}
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
pub fn SurveysPage() -> impl IntoView {
    view! { <Notice title=Key::SurveysTitle body=text_of(Key::SurveysBody) icon=Icon::Survey soon=true /> }
}

#[component]
pub fn NotAllowedPage() -> impl IntoView {
    view! { <Notice title=Key::NotAllowedTitle body=text_of(Key::NotAllowedBody) icon=Icon::Lock /> }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <Notice title=Key::NotFoundTitle body=text_of(Key::NotFoundBody) icon=Icon::Missing /> }
}
