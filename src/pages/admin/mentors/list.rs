//! A theme's registrations, each with its standing and "Withdraw"
//! (confirmed first: it deletes the registration and its answers).

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::{Registration, RegistrationList};

use crate::api;
use crate::components::ErrorState;
use crate::i18n::{format, tr, use_i18n, Key};
use crate::pages::admin::field::focus_id;
use crate::pages::admin::registration::RegistrationDetails;
use crate::pages::admin::themes::failure_text;
use crate::state::route::AdminView;
use crate::state::Remote;

#[component]
pub(super) fn Registrations(theme_id: i64, registered: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(Remote::<RegistrationList>::Loading);
    let status = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<String>);
    let load = move || {
        spawn_local(async move {
            let next = match api::admin::registrations(theme_id).await {
                Ok(l) => Remote::Ready(l),
                Err(e) => Remote::Failed(e),
            };
            list.try_set(next);
        });
    };
    Effect::new(move |_| {
        registered.track();
        load();
    });
    let withdraw = Callback::new(move |r: Registration| {
        let name = r.person.display_name(i18n.lang_untracked().code()).to_string();
        spawn_local(async move {
            match api::admin::withdraw(theme_id, r.person.id).await {
                Ok(()) => {
                    failure.try_set(None);
                    status.try_set(format(i18n.t(Key::AthWithdrawn), &[("name", &name)]));
                    load();
                    request_animation_frame(|| focus_id("registrations-heading"));
                }
                Err(e) => {
                    failure.try_set(Some(failure_text(&e, i18n.lang_untracked())));
                }
            }
        });
    });
    let body = move || match list.get() {
        Remote::Loading => None,
        Remote::Failed(error) => Some(view! { <ErrorState error on_retry=move |_| load() /> }.into_any()),
        Remote::Ready(l) if l.items.is_empty() => {
            Some(view! { <p class="field-hint">{tr(Key::AthNoRegistrations)}</p> }.into_any())
        }
        Remote::Ready(l) => Some(
            view! {
                <ul class="admin-registrations">
                    {l.items.into_iter().map(|r| view! { <Row registration=r withdraw /> }).collect_view()}
                </ul>
            }
            .into_any(),
        ),
    };
    let count = move || {
        list.with(|l| {
            l.ready().map(|l| i18n.tf(Key::AthRegistrationCount, &[("n", &l.items.len().to_string())]))
        })
    };
    view! {
        <section class="admin-block admin-card" aria-labelledby="registrations-heading">
            <h3 class="admin-category-name" id="registrations-heading" tabindex="-1">
                {tr(Key::AthRegistrationsHeading)}
            </h3>
            <p class="person-meta">{count}</p>
            <p class="admin-status" role="status">{move || status.get()}</p>
            {move || failure.get().map(|m| view! { <p class="admin-alert" role="alert">{m}</p> })}
            {body}
        </section>
    }
}

#[component]
fn Row(registration: Registration, withdraw: Callback<Registration>) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let person = registration.person.clone();
    let id = person.id;
    let stored = StoredValue::new(registration.clone());
    let name = move || person.display_name(i18n.lang().code()).to_string();
    let name_for_label = name.clone();
    let department = registration.person.department.name.clone();
    view! {
        <li class="admin-registration">
            <div class="admin-registration-head">
                <a class="admin-theme-name" href=AdminView::Person(id).href()>{name.clone()}</a>
                <span class="person-meta">{move || department.get(i18n.lang().code()).to_string()}</span>
            </div>
            <RegistrationDetails registration />
            <Show
                when=move || asking.get()
                fallback=move || {
                    let label = name_for_label.clone();
                    view! {
                        <button type="button" class="btn btn-quiet btn-sm"
                            aria-label=move || i18n.tf(Key::AthWithdrawLabel, &[("name", &label())])
                            on:click=move |_| {
                                asking.set(true);
                                request_animation_frame(move || focus_id(&format!("withdraw-{id}")));
                            }>
                            {tr(Key::AthWithdraw)}
                        </button>
                    }
                }
            >
                <div class="admin-confirm" role="group" aria-labelledby=format!("withdraw-{id}-q")>
                    <p id=format!("withdraw-{id}-q")>{tr(Key::AthWithdrawQuestion)}</p>
                    <div class="admin-actions">
                        <button type="button" class="btn btn-danger btn-sm" id=format!("withdraw-{id}")
                            on:click=move |_| withdraw.run(stored.get_value())>
                            {tr(Key::AthWithdrawConfirm)}
                        </button>
                        <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| asking.set(false)>
                            {tr(Key::AthCancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </li>
    }
}
