//! The zone the calendar is read in, as people name zones: "日本時間
//! （GMT+9）— プロフィール". The person's profile zone, this device's and
//! the mentor's come first, each saying whose it is.

use leptos::prelude::*;

use crate::i18n::{text, tr, use_i18n, Key, Lang};
use crate::intl::{self, Clock};
use crate::state::locale::{zone_choices, Whose, ZoneChoice};

/// One option's text: the zone's name and offset now, and whose it is.
fn option_text(lang: Lang, choice: &ZoneChoice, now: i64) -> String {
    let label = Clock::of(&choice.zone).label(lang, now);
    if choice.whose.is_empty() {
        return label;
    }
    let whose: Vec<&str> = choice
        .whose
        .iter()
        .map(|w| {
            text(
                lang,
                match w {
                    Whose::Profile => Key::ZoneWhoseProfile,
                    Whose::Device => Key::ZoneWhoseDevice,
                    Whose::Mentor => Key::ZoneWhoseMentor,
                },
            )
        })
        .collect();
    let joined = whose.join(if lang == Lang::Ja { "・" } else { ", " });
    format!("{label} — {joined}")
}

#[component]
pub fn ZonePicker(
    /// The zone shown (an IANA id).
    #[prop(into)]
    zone: Signal<String>,
    /// The person's profile zone.
    #[prop(optional_no_strip)]
    profile: Option<String>,
    /// The mentor's zone, once known.
    #[prop(into)]
    mentor: Signal<Option<String>>,
    #[prop(into)] on_zone: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let device = intl::viewer_zone();
    let choices = Memo::new(move |_| {
        let now = intl::now();
        let mentor = mentor.get().filter(|m| intl::is_known_zone(m));
        let profile = profile.as_deref().filter(|p| intl::is_known_zone(p));
        let mut choices = zone_choices(profile, &device, mentor.as_deref(), |z| Clock::of(z).offset(now));
        // The zone shown is always one of the choices.
        let shown = zone.get();
        if !choices.iter().any(|c| c.zone == shown) {
            choices.insert(0, ZoneChoice { zone: shown, whose: Vec::new() });
        }
        choices
    });
    let options = move || {
        let (lang, now) = (i18n.lang(), intl::now());
        choices.with(|all| {
            all.iter()
                .map(|choice| {
                    let id = choice.zone.clone();
                    let selected = {
                        let id = id.clone();
                        move || zone.with(|z| *z == id)
                    };
                    view! {
                        <option value=id prop:selected=selected>
                            {option_text(lang, choice, now)}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="cal-zone">
            <label class="cal-zone-label" for="cal-zone">
                <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                    <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="1.6"></circle>
                    <path d="M3.5 12h17M12 3.5c2.5 2.6 3.6 5.4 3.6 8.5s-1.1 5.9-3.6 8.5c-2.5-2.6-3.6-5.4-3.6-8.5S9.5 6.1 12 3.5z" fill="none" stroke="currentColor" stroke-width="1.4"></path>
                </svg>
                <span>{tr(Key::CalZonePicker)}</span>
            </label>
            <select
                class="input select cal-zone-select"
                id="cal-zone"
                on:change=move |ev| on_zone.run(event_target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
}
