//! One registration as a card: the theme, who registered me and when,
//! their message, the theme's description and questions, my answers, and
//! what I can do now; the open form in place.

use leptos::prelude::*;
use naname_contract::admin::{AdminRequiredItem, ItemKind, RegistrationStatus};
use naname_contract::mentor_themes::MyRegistration;
use naname_contract::{Localized, UserText};

use super::answers::AnswerForm;
use super::small_forms::{DeclineForm, StopConfirm};
use super::{heading_id, Desk};
use crate::components::UserTextView;
use crate::i18n::{format, text, tr, use_i18n, Key, Lang};
use crate::intl::{Format, Style};
use crate::state::mentor_themes::{starting_draft, Mode};

/// A text in the reader's language, and the `lang` of what is shown when it
/// is the other language (an English text left empty shows the Japanese).
pub fn localized(l: &Localized, lang: Lang) -> (String, Option<&'static str>) {
    let shown = l.get(lang.code()).to_string();
    let other = (lang == Lang::En && l.en.trim().is_empty() && !l.ja.is_empty()).then_some("ja");
    (shown, other)
}

fn status_key(status: RegistrationStatus) -> Key {
    match status {
        RegistrationStatus::Pending => Key::StatusPending,
        RegistrationStatus::Approved => Key::StatusApproved,
        RegistrationStatus::Declined => Key::StatusDeclined,
        RegistrationStatus::Stopped => Key::StatusStopped,
    }
}

pub fn kind_key(kind: ItemKind) -> Key {
    match kind {
        ItemKind::ShortText => Key::KindShortText,
        ItemKind::LongText => Key::KindLongText,
        ItemKind::SingleChoice => Key::KindSingleChoice,
        ItemKind::Year => Key::KindYear,
    }
}

/// "Registered by … on …", and when I decided or stopped.
fn dates(reg: &MyRegistration, lang: Lang) -> Vec<String> {
    let date = |t: chrono::DateTime<chrono::Utc>| Format::new(lang, Style::Date, None).at(t.timestamp());
    let registered = date(reg.registered_at);
    let mut lines = vec![match &reg.registered_by {
        Some(by) => format(text(lang, Key::RegisteredByOn), &[("name", &by.name), ("date", &registered)]),
        None => format(text(lang, Key::RegisteredOn), &[("date", &registered)]),
    }];
    let decided = match reg.status {
        RegistrationStatus::Approved => reg.decided_at.map(|t| (Key::ApprovedOn, t)),
        RegistrationStatus::Declined => reg.decided_at.map(|t| (Key::DeclinedOn, t)),
        RegistrationStatus::Stopped => reg.stopped_at.map(|t| (Key::StoppedOn, t)),
        RegistrationStatus::Pending => None,
    };
    if let Some((key, t)) = decided {
        lines.push(format(text(lang, key), &[("date", &date(t))]));
    }
    lines
}

/// The questions, and my answer to each when I gave one.
fn items_list(items: &[AdminRequiredItem], reg: &MyRegistration, lang: Lang) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="my-theme-none">{text(lang, Key::NoThemeItems)}</p> }.into_any();
    }
    let rows = items
        .iter()
        .map(|item| {
            let (label, label_lang) = localized(&item.label, lang);
            let need = text(lang, if item.required { Key::ItemRequired } else { Key::ItemOptional });
            // My answer as a reader of the page's language sees it (a choice
            // or a year is the same in both).
            let side = |map: &std::collections::BTreeMap<i64, String>| map.get(&item.id).cloned().unwrap_or_default();
            let answer = UserText::new(side(&reg.answers), side(&reg.answers_en));
            view! {
                <li class="my-theme-item">
                    <span class="my-theme-item-label" lang=label_lang>
                        {label}
                    </span>
                    <span class="my-theme-item-kind">{format!("{need} · {}", text(lang, kind_key(item.kind)))}</span>
                    <UserTextView text=answer viewer=lang class="my-theme-item-answer" inline=true />
                </li>
            }
        })
        .collect_view();
    view! {
        <h4 class="block-label">{text(lang, Key::ThemeItems)}</h4>
        <ul class="my-theme-items">{rows}</ul>
    }
    .into_any()
}

#[component]
pub fn RegistrationCard(reg: MyRegistration, desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let id = reg.theme_id;
    let status = reg.status;
    let data = StoredValue::new(reg);
    let open = move |mode: Mode| {
        desk.open_form(id, mode, data.with_value(starting_draft));
    };
    let any_open = move || desk.open.get().is_some_and(|(t, _)| t == id);

    // Rebuilt on a language switch only, as the mentor card is.
    let body = move || {
        let lang = i18n.lang();
        data.with_value(|reg| {
            let (name, name_lang) = localized(&reg.name, lang);
            let (description, description_lang) = localized(&reg.description, lang);
            let meta = dates(reg, lang).into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
            let message = (!reg.message.trim().is_empty()).then(|| {
                view! {
                    <div class="my-theme-message">
                        <h4 class="block-label">{text(lang, Key::AdminMessage)}</h4>
                        <p class="my-theme-text">{reg.message.clone()}</p>
                    </div>
                }
            });
            let reason = (status == RegistrationStatus::Declined && !reg.decline_reason.trim().is_empty()).then(|| {
                view! {
                    <div class="my-theme-message">
                        <h4 class="block-label">{text(lang, Key::YourDeclineReason)}</h4>
                        <p class="my-theme-text">{reg.decline_reason.clone()}</p>
                    </div>
                }
            });
            view! {
                <header class="my-theme-head">
                    <h3 class="my-theme-name" id=heading_id(id) tabindex="-1" lang=name_lang>
                        {name}
                    </h3>
                    <span class=format!("status status-{}", status.as_str())>{text(lang, status_key(status))}</span>
                    {reg.needs_answer.then(|| view! { <span class="badge badge-soon">{text(lang, Key::NeedsAnswer)}</span> })}
                </header>
                <ul class="my-theme-meta">{meta}</ul>
                {reg.needs_answer.then(|| view! { <p class="my-theme-flag">{text(lang, Key::NeedsAnswerBody)}</p> })}
                {reg.archived.then(|| view! { <p class="my-theme-flag">{text(lang, Key::ThemeArchivedNote)}</p> })}
                {(!description.trim().is_empty())
                    .then(|| view! { <p class="theme-desc my-theme-text" lang=description_lang>{description}</p> })}
                {message}
                {reason}
                {items_list(&reg.required_items, reg, lang)}
            }
        })
    };

    let archived = data.with_value(|r| r.archived);
    let actions = move || {
        if any_open() {
            return None;
        }
        let buttons = match status {
            RegistrationStatus::Pending => view! {
                <button type="button" class="btn btn-primary" disabled=archived on:click=move |_| open(Mode::Approve)>
                    {tr(Key::OpenApprove)}
                </button>
                <button type="button" class="btn btn-secondary" on:click=move |_| open(Mode::Decline)>
                    {tr(Key::OpenDecline)}
                </button>
            }
            .into_any(),
            RegistrationStatus::Approved => view! {
                <button type="button" class="btn btn-secondary" on:click=move |_| open(Mode::Edit)>
                    {tr(Key::OpenEditAnswers)}
                </button>
                <button type="button" class="btn btn-quiet" on:click=move |_| open(Mode::Stop)>
                    {tr(Key::OpenStop)}
                </button>
            }
            .into_any(),
            RegistrationStatus::Stopped if !archived => view! {
                <button type="button" class="btn btn-secondary" on:click=move |_| open(Mode::Approve)>
                    {tr(Key::OpenTakeUp)}
                </button>
            }
            .into_any(),
            _ => return None,
        };
        Some(view! { <div class="my-theme-actions">{buttons}</div> })
    };
    let form = move || {
        let (theme, mode) = desk.open.get()?;
        (theme == id).then(|| {
            let reg = data.get_value();
            match mode {
                Mode::Approve | Mode::Edit => view! { <AnswerForm reg mode desk /> }.into_any(),
                Mode::Decline => view! { <DeclineForm reg desk /> }.into_any(),
                Mode::Stop => view! { <StopConfirm reg desk /> }.into_any(),
            }
        })
    };

    view! {
        <article class="my-theme" class:is-open=any_open aria-labelledby=heading_id(id)>
            {body}
            {actions}
            {form}
        </article>
    }
}
