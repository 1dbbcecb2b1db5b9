//! Loading, empty and error states, the same everywhere.

use leptos::prelude::*;

use crate::api::{ApiError, Remedy};
use crate::auth::Auth;
use crate::i18n::{tr, use_i18n, Key};

#[component]
pub fn LoadingState(#[prop(optional)] label: Option<Key>) -> impl IntoView {
    let label = label.unwrap_or(Key::Loading);
    view! {
        <div class="state state-loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span>{tr(label)}</span>
        </div>
    }
}

/// Placeholder cards while the first page loads; hidden from assistive
/// technology, which gets the busy state and the count's live region instead.
#[component]
pub fn SkeletonCards(count: usize) -> impl IntoView {
    let cards = (0..count)
        .map(|_| {
            view! {
                <div class="skeleton-card">
                    <div class="skeleton-row">
                        <span class="skeleton skeleton-avatar"></span>
                        <span class="skeleton-lines">
                            <span class="skeleton skeleton-line w-60"></span>
                            <span class="skeleton skeleton-line w-40"></span>
                        </span>
                    </div>
                    <span class="skeleton skeleton-line w-80"></span>
                    <span class="skeleton skeleton-line w-70"></span>
                    <span class="skeleton skeleton-line w-50"></span>
                </div>
            }
        })
        .collect_view();
    view! { <div class="card-grid" aria-hidden="true">{cards}</div> }
}

#[component]
pub fn EmptyState(
    #[prop(into)] message: Signal<String>,
    /// The magnifier of a search that found nothing; `false` for a part of
    /// a page that is simply empty (a section of My 1on1s).
    #[prop(default = true)]
    icon: bool,
    children: Children,
) -> impl IntoView {
    let icon = icon.then(|| {
        view! {
            <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6"></circle>
                <path d="M16 16l4.5 4.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
            </svg>
        }
    });
    view! {
        <div class="state state-empty">
            {icon}
            <p class="state-message">{message}</p>
            <div class="state-actions">{children()}</div>
        </div>
    }
}

/// A typed error as a clear message, with what can be done about it.
#[component]
pub fn ErrorState(
    error: ApiError,
    /// Offered when trying again may help.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_context::<Auth>();
    let shown = error.clone();
    let message = move || shown.message(i18n.lang());
    let action = match error.remedy() {
        Remedy::Retry => on_retry.map(|retry| {
            view! {
                <button type="button" class="btn btn-secondary" on:click=move |_| retry.run(())>
                    {tr(Key::Retry)}
                </button>
            }
            .into_any()
        }),
        Remedy::Reload => Some(
            view! {
                <button
                    type="button"
                    class="btn btn-secondary"
                    on:click=|_| {
                        let _ = window().location().reload();
                    }
                >
                    {tr(Key::Reload)}
                </button>
            }
            .into_any(),
        ),
        Remedy::SignIn => auth.map(|auth| {
            view! {
                <button type="button" class="btn btn-primary" on:click=move |_| auth.signed_out()>
                    {tr(Key::SignInAgain)}
                </button>
            }
            .into_any()
        }),
    };
    view! {
        <div class="state state-error" role="alert">
            <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="1.6"></circle>
                <path d="M12 7.5v5.5M12 16.2v.3" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
            </svg>
            <p class="state-message">{message}</p>
            <div class="state-actions">{action}</div>
        </div>
    }
}
