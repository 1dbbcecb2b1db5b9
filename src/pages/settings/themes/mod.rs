//! Settings → My mentor themes: what an admin registered me for, pending
//! first (approve with answers, or decline), then the themes I mentor
//! (edit the answers, stop), then the history. Forms open in place, one at
//! a time, with a live preview of my card as mentees will see it.

mod answers;
mod item_field;
mod preview;
mod registration;
mod small_forms;
mod talk_about;

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::mentor_themes::MyRegistration;
use naname_contract::people::Person;
use naname_contract::{FieldError, UserText};

use crate::api::{self, ApiError};
use crate::auth::use_auth;
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, Key};
use crate::state::mentor_themes::{in_group, replace, Draft, Group, Mode};
use crate::state::route::SettingsSection;
use crate::state::Remote;
use registration::RegistrationCard;

/// The section's state, shared by its parts (`Copy`: signals only).
#[derive(Debug, Clone, Copy)]
pub struct Desk {
    pub regs: RwSignal<Remote<Vec<MyRegistration>>>,
    /// Me as the cards show people, and what I wrote I can talk about: the preview's material.
    pub person: RwSignal<Option<Person>>,
    pub talk_about: RwSignal<UserText>,
    /// The profile arrived: its editor may show (and not overwrite it with nothing).
    pub profile_loaded: RwSignal<bool>,
    /// The one open form: which theme, doing what.
    pub open: RwSignal<Option<(i64, Mode)>>,
    /// The answers being typed, by item id (kept when a send fails).
    pub draft: RwSignal<Draft>,
    pub reason: RwSignal<String>,
    /// The open form's field errors, from the app's check or the server's 422.
    pub errors: RwSignal<Vec<FieldError>>,
    /// The open form's failed send, shown in it with what to do.
    pub failure: RwSignal<Option<ApiError>>,
    pub busy: RwSignal<bool>,
    /// What the last write did, for the live region.
    pub done: RwSignal<String>,
}

impl Desk {
    fn new() -> Self {
        Desk {
            regs: RwSignal::new(Remote::Loading),
            person: RwSignal::new(None),
            talk_about: RwSignal::new(UserText::default()),
            profile_loaded: RwSignal::new(false),
            open: RwSignal::new(None),
            draft: RwSignal::new(BTreeMap::new()),
            reason: RwSignal::new(String::new()),
            errors: RwSignal::new(Vec::new()),
            failure: RwSignal::new(None),
            busy: RwSignal::new(false),
            done: RwSignal::new(String::new()),
        }
    }

    fn load(self) {
        self.regs.set(Remote::Loading);
        spawn_local(async move {
            let next = match api::mentor_themes::list().await {
                Ok(items) => Remote::Ready(items),
                Err(e) => Remote::Failed(e),
            };
            self.regs.try_set(next);
        });
    }

    /// Opens a form (closing any other), starting from `draft`.
    pub fn open_form(self, theme_id: i64, mode: Mode, draft: Draft) {
        self.draft.set(draft);
        self.reason.set(String::new());
        self.errors.set(Vec::new());
        self.failure.set(None);
        self.open.set(Some((theme_id, mode)));
    }

    pub fn close_form(self) {
        self.open.set(None);
        self.errors.set(Vec::new());
        self.failure.set(None);
    }

    /// Closes the form without sending; the keyboard goes back to the theme.
    pub fn cancel(self, theme_id: i64) {
        self.close_form();
        request_animation_frame(move || focus_id(&heading_id(theme_id)));
    }

    /// After a write the server answered: its registration replaces mine,
    /// the form closes, the live region says what happened and focus goes
    /// to the theme's heading, wherever the theme now is on the page.
    pub fn saved(self, updated: MyRegistration, message: String) {
        let id = updated.theme_id;
        self.regs.update(|r| {
            if let Remote::Ready(items) = r {
                replace(items, updated);
            }
        });
        self.close_form();
        self.done.set(message);
        request_animation_frame(move || focus_id(&heading_id(id)));
    }
}

/// The id of a registration's heading.
pub fn heading_id(theme_id: i64) -> String {
    format!("my-theme-{theme_id}")
}

pub use crate::components::focus::focus_id;

/// Me as a mentor card shows me: what I wrote I can talk about (my
/// profile), and my card's person when I am a mentor, else my row in the
/// directory.
async fn load_person(desk: Desk, id: i64, name: String) {
    if let Ok(profile) = api::mentor_themes::profile().await {
        desk.talk_about.try_set(profile.talk_about);
        desk.profile_loaded.try_set(true);
    }
    let person = match api::mentors::get(id).await {
        Ok(mentor) => Some(mentor.person),
        Err(_) => match api::people::list(&name, 0, 50).await {
            Ok(page) => page.items.into_iter().find(|p| p.id == id),
            Err(_) => None,
        },
    };
    desk.person.try_set(person);
}

#[component]
pub fn MyThemes() -> impl IntoView {
    let desk = Desk::new();
    desk.load();
    if let Some(me) = use_auth().me() {
        spawn_local(load_person(desk, me.id, me.name));
    }
    let phase = Memo::new(move |_| desk.regs.with(|r| r.phase()));
    let empty = Memo::new(move |_| desk.regs.with(|r| r.ready().is_some_and(|v| v.is_empty())));
    // A mentor nobody can book: say so here, where they approved their themes.
    let no_times = RwSignal::new(false);
    spawn_local(async move {
        if let Ok((a, _)) = api::availability::load().await {
            no_times.try_set(a.offers_nothing());
        }
    });
    let mentors_something =
        move || desk.regs.with(|r| r.ready().is_some_and(|v| !in_group(v, Group::Approved).is_empty()));

    let group = move |group: Group| {
        let items =
            Memo::new(move |_| desk.regs.with(|r| r.ready().map(|v| in_group(v, group)).unwrap_or_default()));
        let title = match group {
            Group::Pending => Key::MyThemesPending,
            Group::Approved => Key::MyThemesApproved,
            Group::History => Key::MyThemesHistory,
        };
        let heading = format!("my-themes-{group:?}").to_lowercase();
        move || {
            (!items.with(Vec::is_empty)).then(|| {
                let heading = heading.clone();
                view! {
                    <section class="my-themes-group" aria-labelledby=heading.clone()>
                        <h2 class="section-title" id=heading.clone()>
                            {tr(title)}
                            <span class="tab-count">{move || items.with(Vec::len)}</span>
                        </h2>
                        <ul class="my-themes-list">
                            <For
                                each=move || items.get()
                                key=|r| (r.theme_id, r.status.as_str(), r.answers.clone(), r.archived, r.needs_answer)
                                let:reg
                            >
                                <li>
                                    <RegistrationCard reg desk />
                                </li>
                            </For>
                        </ul>
                    </section>
                }
            })
        }
    };

    view! {
        <p class="lead my-themes-lead">{tr(Key::MyThemesLead)}</p>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || desk.done.get()}
        </div>
        {move || match phase.get() {
            Remote::Loading => view! { <LoadingState /> }.into_any(),
            Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| desk.load() /> }.into_any(),
            Remote::Ready(()) if empty.get() => view! { <NoRegistration /> }.into_any(),
            Remote::Ready(()) => view! {
                <Show when=move || no_times.get() && mentors_something()>
                    <div class="notice times-nudge">
                        <p>{tr(Key::TimesNudge)}</p>
                        <a class="btn btn-primary btn-sm" href=SettingsSection::Times.href()>
                            {tr(Key::TimesNudgeLink)}
                        </a>
                    </div>
                </Show>
                <div class="my-themes">
                    {group(Group::Pending)} {group(Group::Approved)} {group(Group::History)}
                    <talk_about::TalkAbout desk />
                </div>
            }
            .into_any(),
        }}
    }
}

/// Someone nobody registered yet learns how one becomes a mentor.
#[component]
fn NoRegistration() -> impl IntoView {
    view! {
        <div class="notice my-themes-none">
            <svg class="notice-icon" viewBox="0 0 24 24" aria-hidden="true">
                <path
                    d="M12 4.5a3.5 3.5 0 110 7 3.5 3.5 0 010-7zM5.5 19.5c.8-3.2 3.4-5 6.5-5s5.7 1.8 6.5 5"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="1.6"
                    stroke-linecap="round"
                ></path>
            </svg>
            <h2 class="section-title">{tr(Key::MyThemesNoneTitle)}</h2>
            <p class="notice-text">{tr(Key::MyThemesNoneBody)}</p>
        </div>
    }
}
