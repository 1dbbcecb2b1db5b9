//! Registering people for the chosen theme: search the directory (name,
//! reading, Latin name, department), tick one or several, add an optional
//! message, and see what happened to each.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::{NewRegistrations, RegistrationOutcome, MAX_REGISTRATION_MESSAGE_CHARS};
use naname_contract::people::Person;

use crate::api;
use crate::components::SearchBox;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::focus_id;
use crate::pages::admin::themes::failure_text;
use crate::state::Remote;

const SEARCH_PAGE: u32 = 20;

fn outcome_key(outcome: RegistrationOutcome) -> Key {
    match outcome {
        RegistrationOutcome::Registered => Key::AthOutcomeRegistered,
        RegistrationOutcome::Reregistered => Key::AthOutcomeReregistered,
        RegistrationOutcome::AlreadyRegistered => Key::AthOutcomeAlready,
    }
}

#[component]
pub(super) fn Register(theme_id: i64, registered: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let q = RwSignal::new(String::new());
    let found = RwSignal::new(Remote::<Vec<Person>>::Loading);
    let selected = RwSignal::new(Vec::<Person>::new());
    let message = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let results = RwSignal::new(Vec::<(String, RegistrationOutcome)>::new());
    Effect::new(move |_| {
        let text = q.get();
        spawn_local(async move {
            let next = match api::people::list(&text, 0, SEARCH_PAGE).await {
                Ok(page) => Remote::Ready(page.items),
                Err(e) => Remote::Failed(e),
            };
            // A slower, older answer must not replace a newer one.
            if q.try_get_untracked().is_some_and(|now| now == text) {
                found.try_set(next);
            }
        });
    });
    let is_selected = move |id: i64| selected.with(|s| s.iter().any(|p| p.id == id));
    let toggle = move |person: Person, on: bool| {
        selected.update(|s| {
            s.retain(|p| p.id != person.id);
            if on {
                s.push(person);
            }
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let people = selected.get_untracked();
        let text = message.get_untracked();
        let body = NewRegistrations {
            person_ids: people.iter().map(|p| p.id).collect(),
            message: (!text.trim().is_empty()).then(|| text.trim().to_string()),
        };
        if body.validate().is_err() {
            let key = if people.is_empty() { Key::AthChoosePeople } else { Key::ErrFieldTooLong };
            failure.set(Some(i18n.t(key).to_string()));
            focus_id(if people.is_empty() { "register-search" } else { "register-message" });
            return;
        }
        busy.set(true);
        failure.set(None);
        spawn_local(async move {
            let result = api::admin::register(theme_id, &body).await;
            busy.try_set(false);
            match result {
                Ok(done) => {
                    let lang = i18n.lang_untracked().code();
                    let lines = done
                        .results
                        .iter()
                        .map(|r| {
                            let name = people
                                .iter()
                                .find(|p| p.id == r.person_id)
                                .map(|p| p.display_name(lang).to_string())
                                .unwrap_or_default();
                            (name, r.outcome)
                        })
                        .collect();
                    results.try_set(lines);
                    selected.try_set(Vec::new());
                    message.try_set(String::new());
                    registered.try_update(|n| *n += 1);
                    request_animation_frame(|| focus_id("register-results"));
                }
                Err(e) => {
                    failure.try_set(Some(failure_text(&e, i18n.lang_untracked())));
                }
            }
        });
    };
    let candidates = move || match found.get() {
        Remote::Loading => None,
        Remote::Failed(e) => {
            Some(view! { <p class="admin-alert" role="alert">{e.message(i18n.lang())}</p> }.into_any())
        }
        Remote::Ready(people) if people.is_empty() => {
            Some(view! { <p class="field-hint">{tr(Key::ColleaguesEmpty)}</p> }.into_any())
        }
        Remote::Ready(people) => {
            let lang = i18n.lang().code();
            let rows = people
                .into_iter()
                .map(|p| {
                    let id = p.id;
                    let box_id = format!("pick-{id}");
                    let label_for = box_id.clone();
                    let name = p.display_name(lang).to_string();
                    let meta = [p.name_reading.as_str(), p.department.name.get(lang)]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ");
                    let person = StoredValue::new(p);
                    view! {
                        <li class="admin-pick">
                            <input type="checkbox" id=box_id prop:checked=move || is_selected(id)
                                on:change=move |ev| toggle(person.get_value(), event_target_checked(&ev)) />
                            <label for=label_for>
                                <span class="person-display">{name}</span>
                                <span class="person-meta">{meta}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            Some(view! { <ul class="admin-picks">{rows}</ul> }.into_any())
        }
    };
    let chosen = move || {
        let lang = i18n.lang().code();
        selected.with(|s| {
            s.iter()
                .map(|p| {
                    let person = p.clone();
                    let name = p.display_name(lang).to_string();
                    let label = i18n.tf(Key::AthUnpick, &[("name", &name)]);
                    view! {
                        <li class="admin-chip">
                            <span>{name}</span>
                            <button type="button" class="btn btn-quiet btn-sm" aria-label=label on:click=move |_| toggle(person.clone(), false)>
                                <span aria-hidden="true">"×"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let results_view = move || {
        let lines = results.get();
        (!lines.is_empty()).then(|| {
            view! {
                <div class="admin-results" id="register-results" tabindex="-1">
                    <h4 class="admin-item-title">{tr(Key::AthResultsHeading)}</h4>
                    <ul>
                        {lines.into_iter().map(|(name, outcome)| view! {
                            <li>{name}": "{move || i18n.t(outcome_key(outcome))}</li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let count = move || i18n.tf(Key::AthSelectedCount, &[("n", &selected.with(Vec::len).to_string())]);
    view! {
        <section class="admin-block admin-card" aria-labelledby="register-heading">
            <h3 class="admin-category-name" id="register-heading">{tr(Key::AthRegisterHeading)}</h3>
            <SearchBox id="register-search" label=Key::AthSearchPeople placeholder=Key::ColleaguesSearchPlaceholder committed=q on_search=move |text| q.set(text) />
            {candidates}
            <form class="form" on:submit=submit novalidate>
                <p class="person-meta" aria-live="polite">{count}</p>
                <ul class="admin-chips">{chosen}</ul>
                <div class="field">
                    <label class="field-label" for="register-message">{tr(Key::AthMessageLabel)}</label>
                    <textarea class="input textarea" id="register-message" rows="3" maxlength=MAX_REGISTRATION_MESSAGE_CHARS
                        prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                </div>
                {move || failure.get().map(|m| view! { <p class="admin-alert" role="alert">{m}</p> })}
                <div class="admin-actions">
                    <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                        {move || if busy.get() { i18n.t(Key::Working) } else { i18n.t(Key::AthRegisterSubmit) }}
                    </button>
                </div>
            </form>
            <div role="status">{results_view}</div>
        </section>
    }
}
