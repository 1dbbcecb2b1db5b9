//! Settings → 1on1 times: my time zone, weekly hours and booking rules,
//! saved all at once with an explicit Save, against the version loaded
//! (`If-Match`), so a second tab's stale save is caught, not applied.

mod rules;
mod save;
mod week;
mod zone;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::state::route::SettingsSection;
use crate::state::times_form::{Errors, TimesForm};
use crate::state::Remote;

/// The editor's state, shared by its parts (`Copy`: signals only).
#[derive(Clone, Copy)]
pub(super) struct Editor {
    pub form: RwSignal<TimesForm>,
    /// The form as last loaded or saved: anything else is unsaved.
    pub saved: RwSignal<TimesForm>,
    pub etag: RwSignal<String>,
    pub errors: RwSignal<Errors>,
    /// What the last save did, for the live region.
    pub status: RwSignal<String>,
    pub failure: RwSignal<Option<ApiError>>,
    /// Saved elsewhere since we loaded: reload or overwrite.
    pub conflict: RwSignal<bool>,
    pub busy: RwSignal<bool>,
    pub i18n: I18n,
}

impl Editor {
    fn new() -> Editor {
        Editor {
            i18n: use_i18n(),
            form: RwSignal::new(TimesForm::default()),
            saved: RwSignal::new(TimesForm::default()),
            etag: RwSignal::new(String::new()),
            errors: RwSignal::new(Errors::new()),
            status: RwSignal::new(String::new()),
            failure: RwSignal::new(None),
            conflict: RwSignal::new(false),
            busy: RwSignal::new(false),
        }
    }

    /// Edits the form; the error of the place edited goes (the others stay
    /// until the next check, so the person sees what is left).
    pub fn edit(&self, place: &str, f: impl FnOnce(&mut TimesForm)) {
        self.form.update(f);
        self.errors.update(|e| {
            e.remove(place);
        });
    }

    pub fn dirty(&self) -> bool {
        self.form.with(|f| self.saved.with(|s| f != s))
    }

    /// Takes a document as loaded or saved.
    pub fn take(&self, a: &naname_contract::availability::Availability, etag: String, never_saved: bool) {
        let mut form = TimesForm::from_availability(a);
        if never_saved {
            // Nobody chose a zone yet: the browser's is the best guess.
            let browser = crate::intl::viewer_zone();
            if !browser.is_empty() {
                form.time_zone = browser;
            }
        }
        self.saved.set(form.clone());
        self.form.set(form);
        self.etag.set(etag);
        self.errors.set(Errors::new());
        self.conflict.set(false);
        self.failure.set(None);
    }
}

/// The id of the element of a place (`d1-r4-start` → `tt-d1-r4-start`).
pub(super) fn dom_id(place: &str) -> String {
    format!("tt-{place}")
}

/// The message of an error code at a place.
pub(super) fn error_text(code: &str) -> Key {
    match code {
        "invalid_time" => Key::TimesErrInvalidTime,
        "before_start" => Key::TimesErrBeforeStart,
        "out_of_day" => Key::TimesErrOutOfDay,
        "overlap" => Key::TimesErrOverlap,
        "beyond_horizon" => Key::TimesErrBeyondHorizon,
        "invalid" | "required" => Key::TimesErrZone,
        _ => Key::TimesErrOutOfRange,
    }
}

/// The error line of a place, linked from its field by `aria-describedby`.
#[component]
pub(super) fn PlaceError(ed: Editor, #[prop(into)] place: Signal<String>) -> impl IntoView {
    move || {
        let place = place.get();
        ed.errors.with(|e| e.get(&place).cloned()).map(|code| {
            view! {
                <p class="field-error" id=format!("{}-error", dom_id(&place))>
                    {tr(error_text(&code))}
                </p>
            }
        })
    }
}

#[component]
pub fn MyTimes() -> impl IntoView {
    let auth = use_auth();
    let is_mentor = auth.me().is_some_and(|me| me.is_mentor);
    if !is_mentor {
        return view! { <NotAMentor /> }.into_any();
    }
    let ed = Editor::new();
    let loaded = RwSignal::new(Remote::<()>::Loading);
    let load = move || {
        loaded.set(Remote::Loading);
        spawn_local(async move {
            match api::availability::load().await {
                Ok((a, etag)) => {
                    let never = etag == api::availability::NEVER_SAVED;
                    ed.take(&a, etag, never);
                    loaded.try_set(Remote::Ready(()));
                }
                Err(e) => {
                    loaded.try_set(Remote::Failed(e));
                }
            }
        });
    };
    load();
    save::guard_leaving(ed);
    let body = move || match loaded.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| load() /> }.into_any(),
        Remote::Ready(()) => view! {
            <form class="times-editor" novalidate on:submit=move |ev| {
                ev.prevent_default();
                save::save(ed, None);
            }>
                <Show when=move || ed.saved.with(|s| s.days.iter().all(Vec::is_empty))>
                    <p class="notice">{tr(Key::TimesNoHours)}</p>
                </Show>
                <zone::ZoneField ed />
                <week::WeekEditor ed />
                <rules::RulesFields ed />
                <save::SaveBar ed on_reload=Callback::new(move |_| load()) />
            </form>
        }
        .into_any(),
    };
    view! {
        <section class="settings-section times">
            <p class="section-lead">{tr(Key::TimesLead)}</p>
            {body}
        </section>
    }
    .into_any()
}

/// For someone who is not a mentor (yet): how one becomes one.
#[component]
fn NotAMentor() -> impl IntoView {
    view! {
        <div class="notice times-not-mentor">
            <h2 class="section-title">{tr(Key::TimesNotMentorTitle)}</h2>
            <p>{tr(Key::TimesNotMentorBody)}</p>
            <a class="btn btn-secondary" href=SettingsSection::Themes.href()>
                {tr(Key::TimesToThemes)}
            </a>
        </div>
    }
}
