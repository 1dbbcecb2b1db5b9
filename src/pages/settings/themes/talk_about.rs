//! "What I can talk about": the mentor card's own text, in Japanese, in
//! English or in both (`PUT /api/me/mentor-profile`). Each box carries its
//! language; a failed save keeps what was typed and can be sent again.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::mentors::{MentorProfile, MAX_TALK_ABOUT_CHARS};
use naname_contract::user_text::TextLang;

use super::Desk;
use crate::api;
use crate::i18n::{format, tr, use_i18n, Key};

#[component]
pub fn TalkAbout(desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    // The boxes edit a copy; the card preview follows the saved text.
    let draft = RwSignal::new(desk.talk_about.get_untracked());
    Effect::new(move |_| {
        if desk.profile_loaded.get() {
            draft.set(desk.talk_about.get_untracked());
        }
    });
    let busy = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<naname_contract::FieldError>::new());
    let failure = RwSignal::new(None::<api::ApiError>);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let profile = MentorProfile { talk_about: draft.get_untracked() };
        if let Err(found) = profile.validate() {
            errors.set(found);
            return;
        }
        errors.set(Vec::new());
        failure.set(None);
        busy.set(true);
        spawn_local(async move {
            let saved = api::mentor_themes::put_profile(&profile).await;
            busy.try_set(false);
            match saved {
                Ok(profile) => {
                    draft.try_set(profile.talk_about.clone());
                    desk.talk_about.try_set(profile.talk_about);
                    desk.done.try_set(i18n.t(Key::TalkAboutSaved).to_string());
                }
                Err(error) => {
                    errors.try_set(error.field_errors().to_vec());
                    failure.try_set(Some(error));
                }
            }
        });
    };

    let side = move |lang: TextLang| {
        let id = format!("talk-about-{}", lang.code());
        let error_id = format!("{id}-error");
        let field = format!("talk_about.{}", lang.code());
        let value = move || draft.with(|d| d.side(lang).to_string());
        let count = move || value().trim().chars().count();
        let error = {
            let field = field.clone();
            move || {
                errors.with(|e| e.iter().any(|e| e.field == field)).then(|| {
                    format(i18n.t(Key::ErrTalkAboutTooLong), &[("max", &MAX_TALK_ABOUT_CHARS.to_string())])
                })
            }
        };
        let has_error = error.clone();
        let label = if lang == TextLang::Ja { Key::AnswerSideJa } else { Key::AnswerSideEn };
        view! {
            <div class="field answer-side">
                <label class="answer-side-label" for=id.clone()>
                    {tr(label)}
                </label>
                <textarea
                    class="input textarea"
                    id=id
                    rows="4"
                    lang=lang.code()
                    aria-invalid=move || has_error().is_some().to_string()
                    aria-describedby=error_id.clone()
                    prop:value=value
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        draft.update(|d| match lang {
                            TextLang::Ja => d.ja = v,
                            TextLang::En => d.en = v,
                        });
                    }
                ></textarea>
                <p class="field-hint">
                    {move || {
                        format(
                            i18n.t(Key::CharCount),
                            &[("n", &count().to_string()), ("max", &MAX_TALK_ABOUT_CHARS.to_string())],
                        )
                    }}
                </p>
                <p class="field-error" id=error_id>
                    {error}
                </p>
            </div>
        }
    };

    view! {
        <section class="my-themes-group talk-about" aria-labelledby="talk-about-title">
            <h2 class="section-title" id="talk-about-title">
                {tr(Key::TalkAboutTitle)}
            </h2>
            <p class="field-hint">{tr(Key::TalkAboutLead)}</p>
            <form class="talk-about-form" on:submit=save novalidate>
                <div class="answer-sides">{side(TextLang::Ja)} {side(TextLang::En)}</div>
                {move || {
                    failure
                        .get()
                        .map(|e| view! { <p class="form-alert" role="alert">{move || i18n.t(e.message_key())}</p> })
                }}
                <button class="btn btn-primary" type="submit" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                    {tr(Key::TalkAboutSave)}
                </button>
            </form>
        </section>
    }
}
