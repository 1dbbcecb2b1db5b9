use leptos::prelude::*;
use naname_contract::mentors::Mentor;
use naname_contract::people::{HireKind, Person};

use crate::components::avatar::Avatar;
use crate::i18n::{tr, use_i18n, Key, Lang};

/// Where the request flow for a mentor starts.
pub fn request_href(mentor_id: i64) -> String {
    format!("/mentors/{mentor_id}/request")
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

#[component]
pub fn MentorCard(
    mentor: Mentor,
    /// Themes the viewer filtered by; they are marked on the card.
    #[prop(optional, into)]
    highlighted: Signal<Vec<i64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Mentor { person, talk_about, themes } = mentor;
    let id = person.id;
    let heading_id = format!("mentor-{id}-name");
    let heading_id_ref = heading_id.clone();
    let person = StoredValue::new(person);
    let name = Signal::derive(move || person.with_value(|p| p.display_name(i18n.lang().code()).to_string()));
    let lang = move || i18n.lang().code();

    // Themes alone read as a row of tags; those with answers follow, one per line.
    let mut themes = themes;
    themes.sort_by_key(|t| !t.answers.is_empty());
    let theme_items = themes
        .into_iter()
        .map(|theme| {
            let theme_id = theme.theme_id;
            let answers = theme.answers;
            let has_answers = !answers.is_empty();
            let theme_name = theme.name;
            view! {
                <li
                    class="theme-tag"
                    class:has-answers=has_answers
                    class:is-match=move || highlighted.with(|h| h.contains(&theme_id))
                >
                    <span class="theme-tag-name">{move || theme_name.get(lang()).to_string()}</span>
                    {has_answers
                        .then(|| {
                            let answers = answers.clone();
                            view! {
                                <span class="theme-tag-answers">
                                    {move || {
                                        answers
                                            .iter()
                                            .map(|a| format!("{}: {}", a.label.get(lang()), a.answer))
                                            .collect::<Vec<_>>()
                                            .join(" / ")
                                    }}
                                </span>
                            }
                        })}
                </li>
            }
        })
        .collect_view();

    let meta = move || {
        person.with_value(|p| {
            let hire = match p.hire_kind {
                HireKind::NewGraduate => i18n.t(Key::NewGraduate),
                HireKind::CareerHire => i18n.t(Key::CareerHire),
            };
            let joined = i18n.tf(Key::JoinedYear, &[("year", &p.joined_year.to_string())]);
            (p.department.name.get(lang()).to_string(), format!("{joined} · {hire}"))
        })
    };

    view! {
        <article class="mentor-card" aria-labelledby=heading_id_ref>
            <header class="mentor-head">
                <Avatar id name />
                <div class="mentor-names">
                    <h3 class="mentor-name" id=heading_id>
                        {name}
                    </h3>
                    <p class="mentor-reading" lang="ja">
                        {move || person.with_value(|p| secondary_name(p, i18n.lang()))}
                    </p>
                </div>
            </header>
            <p class="mentor-meta">
                <span class="mentor-dept">{move || meta().0}</span>
                <span class="mentor-joined">{move || meta().1}</span>
            </p>
            <div class="mentor-block">
                <h4 class="block-label">{tr(Key::MentorThemes)}</h4>
                <ul class="theme-tags">{theme_items}</ul>
            </div>
            {(!talk_about.trim().is_empty())
                .then(|| {
                    view! {
                        <div class="mentor-block">
                            <h4 class="block-label">{tr(Key::TalkAbout)}</h4>
                            // Plain text: whatever the mentor wrote is never parsed as HTML.
                            <p class="talk-about">{talk_about.clone()}</p>
                        </div>
                    }
                })}
            <footer class="mentor-actions">
                <a
                    class="btn btn-secondary btn-block"
                    href=request_href(id)
                    aria-label=move || i18n.tf(Key::RequestOneOnOneWith, &[("name", &name.get())])
                >
                    {tr(Key::RequestOneOnOne)}
                </a>
            </footer>
        </article>
    }
}
