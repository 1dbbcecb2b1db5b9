//! A person's page (`/admin/people/:id`): every theme they are registered
//! for, archived ones included, with each one's standing.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::RegistrationList;

use crate::api;
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::registration::RegistrationDetails;
use crate::state::route::{AdminTab, AdminView};
use crate::state::Remote;

#[component]
pub fn PersonPage(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(Remote::<RegistrationList>::Loading);
    let load = move || {
        spawn_local(async move {
            let next = match api::admin::person_registrations(id).await {
                Ok(l) => Remote::Ready(l),
                Err(e) => Remote::Failed(e),
            };
            list.try_set(next);
        });
    };
    load();
    let heading = move || {
        list.with(|l| {
            let name = l
                .ready()
                .and_then(|l| l.items.first())
                .map(|r| r.person.display_name(i18n.lang().code()).to_string());
            match name {
                Some(name) => i18n.tf(Key::AthPersonThemes, &[("name", &name)]),
                None => i18n.t(Key::AthPersonThemesNoName).to_string(),
            }
        })
    };
    let body = move || match list.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=move |_| load() /> }.into_any(),
        Remote::Ready(l) if l.items.is_empty() => {
            view! { <p class="field-hint">{tr(Key::AthPersonNone)}</p> }.into_any()
        }
        Remote::Ready(l) => {
            let lang = i18n.lang().code();
            let rows = l
                .items
                .into_iter()
                .map(|r| {
                    let theme_id = r.theme_id;
                    let name = r.theme_name.get(lang).to_string();
                    view! {
                        <li class="admin-registration">
                            <div class="admin-registration-head">
                                <a class="admin-theme-name" href=AdminView::Theme(theme_id).href()>{name}</a>
                                <a class="btn btn-quiet btn-sm" href=format!("{}?theme={theme_id}", AdminTab::Mentors.href())>
                                    {tr(Key::AthThemeMentorsLink)}
                                </a>
                            </div>
                            <RegistrationDetails registration=r />
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="admin-registrations">{rows}</ul> }.into_any()
        }
    };
    view! {
        <section class="admin-section" data-tab="person" aria-labelledby="person-heading">
            <a class="back-link" href=AdminTab::Mentors.href()>{tr(Key::AthBackToMentors)}</a>
            <h2 class="section-title" id="person-heading">{heading}</h2>
            {body}
        </section>
    }
}
