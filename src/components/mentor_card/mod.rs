//! A mentor as a card: who they are, where and in which time zone they
//! work, what they can talk about, and when they are next free.

mod next_free;

use leptos::prelude::*;
use naname_contract::mentors::{Mentor, MentorTheme, NextFree};
use naname_contract::people::Person;

use crate::components::avatar::initial;
use crate::components::user_text::{OnlyInTag, UserTextView};
use crate::i18n::{text, use_i18n, Key, Lang};
use crate::intl::Clock;
use crate::state::locale::format_offset;
use crate::state::route::mentor_request_href;
pub use next_free::NextFreeLine;

/// Where the request flow for a mentor starts; with the first theme of the
/// viewer's filter that the mentor holds, so the request starts on it.
pub fn request_href(mentor_id: i64, held: &[i64], filter: &[i64]) -> String {
    match filter.iter().find(|t| held.contains(t)) {
        Some(theme) => format!("{}?theme={theme}", mentor_request_href(mentor_id)),
        None => mentor_request_href(mentor_id),
    }
}

/// The line under a name: the Japanese name and its reading for readers of
/// English (whose main line is the Latin spelling), the reading otherwise.
pub fn secondary_name(person: &Person, lang: Lang) -> String {
    let shown = person.display_name(lang.code());
    if lang == Lang::Ja || person.name == shown {
        person.name_reading.clone()
    } else {
        format!("{} · {}", person.name, person.name_reading)
    }
}

/// "2024年入社" / "Joined 2024".
pub fn joined_year(person: &Person, lang: Lang) -> String {
    crate::i18n::format(text(lang, Key::JoinedYear), &[("year", &person.joined_year.to_string())])
}

/// "大阪支社 · GMT+9" / "London Office · GMT": the office (which names the
/// city) and its zone's offset now; the zone as people name it when there
/// is no office ("日本時間（GMT+9）"); the office alone when the browser
/// does not know the zone.
pub fn place_line(person: &Person, lang: Lang, now: i64) -> String {
    let office = person.office.get(lang.code());
    match Clock::new(&person.time_zone) {
        Some(clock) if office.is_empty() => clock.label(lang, now),
        Some(clock) => format!("{office} · {}", format_offset(clock.offset(now))),
        None => office.to_string(),
    }
}

#[component]
pub fn MentorCard(
    mentor: Mentor,
    /// Themes the viewer filtered by; they are marked on the card.
    #[prop(optional, into)]
    highlighted: Signal<Vec<i64>>,
    /// When the viewer could first book this mentor; no line while unknown.
    #[prop(optional, into)]
    next_free: Signal<Option<NextFree>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Mentor { person, talk_about, mut themes } = mentor;
    let id = person.id;
    let heading_id = format!("mentor-{id}-name");
    // Themes alone read as a row of tags; those with answers follow, one per line.
    themes.sort_by_key(|t| !t.answers.is_empty());
    let held: Vec<i64> = themes.iter().map(|t| t.theme_id).collect();
    let held = StoredValue::new(held);
    let data = StoredValue::new((person, talk_about, themes));

    // One closure renders the card for the current language: a language
    // switch rebuilds it (rare), and the app carries one piece of view code
    // for it instead of one per text.
    let body = move || {
        let lang = i18n.lang();
        let code = lang.code();
        data.with_value(|(person, talk_about, themes)| {
            let name = person.display_name(code).to_string();
            let title = person.title.get(code).to_string();
            let request_label = crate::i18n::format(text(lang, Key::RequestOneOnOneWith), &[("name", &name)]);
            let tags = themes.iter().map(|theme| theme_tag(theme, lang, highlighted)).collect_view();
            let talk = (!talk_about.is_empty()).then(|| {
                view! {
                    <div class="mentor-block">
                        <h4 class="block-label">{text(lang, Key::TalkAbout)}</h4>
                        <UserTextView text=talk_about.clone() viewer=lang class="talk-about" />
                    </div>
                }
            });
            view! {
                <header class="mentor-head">
                    <span class=format!("avatar tone-{}", id.rem_euclid(6)) aria-hidden="true">
                        {initial(&name)}
                    </span>
                    <div class="mentor-names">
                        <h3 class="mentor-name" id=format!("mentor-{id}-name")>
                            {name}
                        </h3>
                        <p class="mentor-reading" lang="ja">
                            {secondary_name(person, lang)}
                        </p>
                    </div>
                </header>
                <div class="mentor-meta">
                    <p class="mentor-role">
                        <span class="mentor-dept">{person.department.name.get(code).to_string()}</span>
                        {(!title.is_empty()).then(|| view! { <span class="mentor-title">{title}</span> })}
                        // The year only: how they joined is one of their themes when it matters.
                        <span class="mentor-joined">{joined_year(person, lang)}</span>
                    </p>
                    <p class="mentor-place">
                        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                            <path d="M8 14s4.5-4.2 4.5-7.5a4.5 4.5 0 0 0-9 0C3.5 9.8 8 14 8 14z" fill="none" stroke="currentColor" stroke-width="1.4"></path>
                            <circle cx="8" cy="6.5" r="1.6" fill="currentColor"></circle>
                        </svg>
                        {place_line(person, lang, crate::intl::now())}
                    </p>
                </div>
                <div class="mentor-block">
                    <h4 class="block-label">{text(lang, Key::MentorThemes)}</h4>
                    <ul class="theme-tags">{tags}</ul>
                </div>
                {talk}
                <footer class="mentor-actions">
                    <NextFreeLine next_free />
                    <a class="btn btn-primary btn-block" href=move || held.with_value(|held| highlighted.with(|filter| request_href(id, held, filter))) aria-label=request_label>
                        {text(lang, Key::RequestOneOnOne)}
                    </a>
                </footer>
            }
        })
    };

    view! {
        <article class="mentor-card" aria-labelledby=heading_id>
            {body}
        </article>
    }
}

fn theme_tag(theme: &MentorTheme, lang: Lang, highlighted: Signal<Vec<i64>>) -> impl IntoView {
    let theme_id = theme.theme_id;
    let code = lang.code();
    let shown: Vec<_> =
        theme.answers.iter().filter_map(|a| Some((a.label.get(code), a.answer.show(code)?))).collect();
    let answers = (!shown.is_empty()).then(|| {
        // One tag for the line: the answers of a theme are usually written in one go.
        let fallback = shown.iter().find(|(_, s)| s.fallback).map(|(_, s)| s.lang);
        let parts = shown
            .iter()
            .enumerate()
            .map(|(i, (label, s))| {
                let sep = if i > 0 { " / " } else { "" };
                view! { {format!("{sep}{label}: ")}<span lang=s.lang.code()>{s.text.to_string()}</span> }
            })
            .collect_view();
        view! {
            <span class="theme-tag-answers">
                {parts}
                {fallback.map(|written| view! { <OnlyInTag viewer=lang written /> })}
            </span>
        }
    });
    let has_answers = answers.is_some();
    view! {
        <li
            class="theme-tag"
            class:has-answers=has_answers
            class:is-match=move || highlighted.with(|h| h.contains(&theme_id))
        >
            <span class="theme-tag-name">{theme.name.get(code).to_string()}</span>
            {answers}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::request_href;

    #[test]
    fn the_request_starts_on_a_filtered_theme_the_mentor_holds() {
        assert_eq!(request_href(42, &[4, 19], &[]), "/mentors/42/request");
        assert_eq!(request_href(42, &[4, 19], &[7, 19, 4]), "/mentors/42/request?theme=19");
        assert_eq!(request_href(42, &[4, 19], &[7]), "/mentors/42/request");
    }
}
