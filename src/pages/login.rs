use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::auth::LoginRequest;
use naname_contract::FieldError;

use crate::api::{self, field_error_key};
use crate::auth::use_auth;
use crate::components::PageHeading;
use crate::config;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::url::next_from_query;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let query = use_query_map();
    let navigate = use_navigate();

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let field_errors = RwSignal::new(Vec::<FieldError>::new());
    let form_error = RwSignal::new(None::<(Key, String)>);
    let sending = RwSignal::new(false);

    // Already signed in (or the start-up check finds a session): go on.
    let go_next = {
        let navigate = navigate.clone();
        move || {
            let next = query.with_untracked(|q| next_from_query(q));
            navigate(&next, NavigateOptions { replace: true, ..Default::default() });
        }
    };
    {
        let go_next = go_next.clone();
        Effect::new(move |_| {
            if auth.is_signed_in() {
                go_next();
            }
        });
    }

    let error_for = move |field: &'static str| {
        Memo::new(move |_| {
            field_errors
                .with(|errs| errs.iter().find(|e| e.field == field).map(|e| field_error_key(field, &e.code)))
        })
    };
    let email_error = error_for("email");
    let password_error = error_for("password");

    let focus_first_invalid = move || {
        request_animation_frame(move || {
            if let Some(el) = document().query_selector("[aria-invalid='true']").ok().flatten() {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        form_error.set(None);
        let request = LoginRequest {
            email: email.get_untracked().trim().to_string(),
            password: password.get_untracked(),
        };
        if let Err(errors) = request.validate() {
            field_errors.set(errors);
            focus_first_invalid();
            return;
        }
        field_errors.set(Vec::new());
        sending.set(true);
        spawn_local(async move {
            match api::session::login(&request).await {
                Ok(me) => auth.signed_in(me),
                Err(e) => {
                    sending.try_set(false);
                    let status = e.status().map(|s| s.to_string()).unwrap_or_default();
                    let key = if e.status() == Some(401) || e.code() == Some("invalid_credentials") {
                        Key::LoginInvalidCredentials
                    } else if !e.field_errors().is_empty() {
                        field_errors.try_set(e.field_errors().to_vec());
                        focus_first_invalid();
                        Key::LoginFixFields
                    } else {
                        e.message_key()
                    };
                    form_error.try_set(Some((key, status)));
                }
            }
        });
    };

    let demo_panel = config::demo().then(|| view! { <DemoLogins email password field_errors /> });

    view! {
        <div class="auth-page">
            <div class="auth-card">
                <div class="auth-intro">
                    <p class="auth-tagline">{tr(Key::Tagline)}</p>
                    <PageHeading key=Key::LoginTitle />
                    <p class="lead">{tr(Key::LoginLead)}</p>
                </div>
                <div class="form-alert-slot" role="alert">
                    {move || {
                        form_error
                            .get()
                            .map(|(key, status)| {
                                view! {
                                    <p class="form-alert">{i18n.tf(key, &[("status", &status)])}</p>
                                }
                            })
                    }}
                </div>
                <form class="form" novalidate on:submit=on_submit>
                    <Field
                        id="login-email"
                        label=Key::EmailLabel
                        kind="email"
                        autocomplete="username"
                        value=email
                        error=email_error
                        field_errors
                        field="email"
                    />
                    <Field
                        id="login-password"
                        label=Key::PasswordLabel
                        kind="password"
                        autocomplete="current-password"
                        value=password
                        error=password_error
                        field_errors
                        field="password"
                    />
                    <button
                        type="submit"
                        class="btn btn-primary btn-block btn-lg"
                        disabled=move || sending.get()
                    >
                        {move || {
                            if sending.get() {
                                view! {
                                    <span class="spinner spinner-sm" aria-hidden="true"></span>
                                    <span>{i18n.t(Key::LoginSubmitting)}</span>
                                }
                                    .into_any()
                            } else {
                                view! { <span>{i18n.t(Key::LoginSubmit)}</span> }.into_any()
                            }
                        }}
                    </button>
                </form>
            </div>
            {demo_panel}
        </div>
    }
}

/// A labelled input with its error under it, tied together for assistive technology.
#[component]
fn Field(
    id: &'static str,
    label: Key,
    kind: &'static str,
    autocomplete: &'static str,
    value: RwSignal<String>,
    error: Memo<Option<Key>>,
    field_errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            <label class="field-label" for=id>
                {tr(label)}
            </label>
            <input
                id=id
                name=field
                class="input"
                type=kind
                autocomplete=autocomplete
                required=true
                spellcheck="false"
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    if error.get_untracked().is_some() {
                        field_errors.update(|errs| errs.retain(|e| e.field != field));
                    }
                }
            />
            {move || {
                error
                    .get()
                    .map(|key| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                <svg viewBox="0 0 16 16" aria-hidden="true">
                                    <circle cx="8" cy="8" r="7" fill="currentColor"></circle>
                                    <path d="M8 4.5v4M8 11v.2" stroke="#fff" stroke-width="1.6" stroke-linecap="round"></path>
                                </svg>
                                <span>{i18n.t(key)}</span>
                            </p>
                        }
                    })
            }}
        </div>
    }
}

#[component]
fn DemoLogins(
    email: RwSignal<String>,
    password: RwSignal<String>,
    field_errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let accounts = [
        (Key::DemoAdmin, "admin@example.com"),
        (Key::DemoMentor, "mentor@example.com"),
        (Key::DemoMentee, "mentee@example.com"),
    ];
    let buttons = accounts
        .into_iter()
        .map(|(role, address)| {
            view! {
                <li>
                    <button
                        type="button"
                        class="demo-account"
                        on:click=move |_| {
                            email.set(address.to_string());
                            password.set(config::DEMO_PASSWORD.to_string());
                            field_errors.set(Vec::new());
                            if let Some(el) = document().get_element_by_id("login-password") {
                                use wasm_bindgen::JsCast;
                                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                    let _ = el.focus();
                                }
                            }
                        }
                    >
                        <span class="demo-role">{tr(role)}</span>
                        <span class="demo-email">{address}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="demo-panel" aria-labelledby="demo-heading">
            <h2 id="demo-heading" class="demo-title">{tr(Key::DemoTitle)}</h2>
            <p class="demo-lead">
                {tr(Key::DemoLead)} <br /> {tr(Key::DemoPasswordLabel)} ": "
                <code>{tr(Key::DemoPasswordValue)}</code>
            </p>
            <ul class="demo-list">{buttons}</ul>
        </section>
    }
}
