//! The mentor the request goes to, with what they can talk about and their
//! answers for the theme chosen; a skeleton while they load, and "not
//! found" (with the way back to People) for a mentor who is not one.

use leptos::prelude::*;
use naname_contract::mentors::Mentor;

use super::Req;
use crate::components::avatar::initial;
use crate::components::mentor_card::secondary_name;
use crate::components::{ErrorState, UserTextView};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::Remote;

/// The summary panel's content for each state of the mentor's load.
#[component]
pub(super) fn SummaryState(req: Req, back: String, retry: Callback<()>) -> impl IntoView {
    let theme = Signal::derive(move || req.draft.with(|d| d.theme));
    move || match req.mentor.get() {
        Remote::Ready(mentor) => view! { <MentorSummary mentor theme /> }.into_any(),
        Remote::Loading => view! { <SummarySkeleton /> }.into_any(),
        Remote::Failed(error) if error.status() == Some(404) => {
            view! { <MentorNotFound back=back.clone() /> }.into_any()
        }
        Remote::Failed(error) => view! { <ErrorState error on_retry=retry /> }.into_any(),
    }
}

#[component]
fn SummarySkeleton() -> impl IntoView {
    view! {
        <div class="summary-skeleton" aria-hidden="true">
            <div class="skeleton-row">
                <span class="skeleton skeleton-avatar"></span>
                <span class="skeleton-lines">
                    <span class="skeleton skeleton-line w-40"></span>
                    <span class="skeleton skeleton-line w-60"></span>
                </span>
            </div>
            <span class="skeleton skeleton-line w-80"></span>
            <span class="skeleton skeleton-line w-70"></span>
        </div>
        <p class="visually-hidden" role="status">{tr(Key::Loading)}</p>
    }
}

/// A 404: no mentor by this id. Trying again cannot help; People can.
#[component]
fn MentorNotFound(back: String) -> impl IntoView {
    view! {
        <div class="state state-empty state-not-found">
            <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="10" cy="8" r="3.6" fill="none" stroke="currentColor" stroke-width="1.6"></circle>
                <path d="M3.5 19.5c.8-3.4 3.4-5.3 6.5-5.3 1.2 0 2.3.3 3.2.8M16 15l4.5 4.5M20.5 15L16 19.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
            </svg>
            <p class="state-message">{tr(Key::MentorNotFound)}</p>
            <p class="state-hint">{tr(Key::MentorNotFoundBody)}</p>
            <div class="state-actions">
                <a class="btn btn-primary" href=back>
                    {tr(Key::BackToPeople)}
                </a>
            </div>
        </div>
    }
}

#[component]
fn MentorSummary(mentor: Mentor, theme: Signal<Option<i64>>) -> impl IntoView {
    let i18n = use_i18n();
    let Mentor { person, talk_about, themes } = mentor;
    let person = StoredValue::new(person);
    let themes = StoredValue::new(themes);
    let lang = move || i18n.lang();
    let name = move || person.with_value(|p| p.display_name(lang().code()).to_string());
    let tone = format!("avatar tone-{}", person.with_value(|p| p.id.rem_euclid(6)));
    let tags = themes.with_value(|themes| {
        themes
            .iter()
            .map(|t| {
                let (id, name) = (t.theme_id, t.name.clone());
                view! {
                    <li class="theme-tag" class:is-chosen=move || theme.get() == Some(id)>
                        <span class="theme-tag-name">{move || name.get(lang().code()).to_string()}</span>
                    </li>
                }
            })
            .collect_view()
    });
    let talk = (!talk_about.is_empty()).then(|| {
        let talk_about = StoredValue::new(talk_about);
        view! {
            <div class="mentor-block">
                <h3 class="block-label">{tr(Key::TalkAbout)}</h3>
                // Their own words, as text, in the reader's language when written in it.
                {move || {
                    let text = talk_about.get_value();
                    view! { <UserTextView text viewer=lang() class="talk-about" /> }
                }}
            </div>
        }
    });
    // The answers of the theme chosen, for the mentee to read before writing.
    let answers = move || {
        let code = lang().code();
        themes.with_value(|themes| {
            let chosen = themes.iter().find(|t| Some(t.theme_id) == theme.get())?;
            (!chosen.answers.is_empty()).then(|| {
                let title = i18n.tf(Key::ThemeAnswersOf, &[("theme", chosen.name.get(code))]);
                let rows = chosen
                    .answers
                    .iter()
                    .map(|a| {
                        view! {
                            <div class="answer-row">
                                <dt>{a.label.get(code).to_string()}</dt>
                                <dd>
                                    <UserTextView text=a.answer.clone() viewer=lang() inline=true />
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="mentor-block">
                        <h3 class="block-label">{title}</h3>
                        <dl class="theme-answers">{rows}</dl>
                    </div>
                }
            })
        })
    };
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
            {talk}
            {answers}
        </div>
    }
}
