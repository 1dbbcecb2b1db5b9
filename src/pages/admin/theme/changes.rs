//! The theme's latest changes (`GET …/changes`): who, when, what.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::{AuditEntry, AuditLog, AuditState};

use crate::api;
use crate::components::ErrorState;
use crate::i18n::{tr, use_i18n, Key, Lang};
use crate::pages::admin::registration::when;
use crate::state::Remote;

/// The words for an audit action.
pub fn action_key(action: &str) -> Key {
    match action {
        "theme.create" => Key::AthLogCreate,
        "theme.update" => Key::AthLogUpdate,
        "theme.archive" => Key::AthLogArchive,
        "theme.unarchive" => Key::AthLogUnarchive,
        "theme.delete" => Key::AthLogDelete,
        "registration.create" => Key::AthLogRegister,
        "registration.withdraw" => Key::AthLogWithdraw,
        "registration.approve" => Key::AthLogApprove,
        "registration.decline" => Key::AthLogDecline,
        "registration.stop" => Key::AthLogStop,
        "registration.answers" => Key::AthLogAnswers,
        _ => Key::AthLogOther,
    }
}

fn describe(entry: &AuditEntry, lang: Lang) -> String {
    let what = crate::i18n::text(lang, action_key(&entry.action)).to_string();
    // A theme edit says how many items it had before and after.
    match (&entry.before, &entry.after) {
        (
            Some(AuditState::Theme { required_items: b, .. }),
            Some(AuditState::Theme { required_items: a, .. }),
        ) if b.len() != a.len() => {
            let items = crate::i18n::format(
                crate::i18n::text(lang, Key::AthLogItems),
                &[("before", &b.len().to_string()), ("after", &a.len().to_string())],
            );
            format!("{what} ({items})")
        }
        _ => what,
    }
}

#[component]
pub(super) fn Changes(id: i64, saved: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let log = RwSignal::new(Remote::<AuditLog>::Loading);
    let load = move || {
        spawn_local(async move {
            let next = match api::admin::changes(id).await {
                Ok(l) => Remote::Ready(l),
                Err(e) => Remote::Failed(e),
            };
            log.try_set(next);
        });
    };
    Effect::new(move |_| {
        saved.track();
        load();
    });
    let body = move || match log.get() {
        Remote::Loading => None,
        Remote::Failed(error) => Some(view! { <ErrorState error on_retry=move |_| load() /> }.into_any()),
        Remote::Ready(l) if l.entries.is_empty() => {
            Some(view! { <p class="field-hint">{tr(Key::AthNoChanges)}</p> }.into_any())
        }
        Remote::Ready(l) => {
            let lang = i18n.lang();
            let rows = l
                .entries
                .iter()
                .map(|e| {
                    let who = e
                        .actor
                        .as_ref()
                        .map(|a| a.name.clone())
                        .unwrap_or_else(|| crate::i18n::text(lang, Key::AthSomeone).to_string());
                    view! {
                        <li class="admin-change">
                            <span class="admin-change-what">{describe(e, lang)}</span>
                            <span class="person-meta">{format!("{} · {}", when(lang, e.at), who)}</span>
                        </li>
                    }
                })
                .collect_view();
            Some(view! { <ol class="admin-changes">{rows}</ol> }.into_any())
        }
    };
    view! {
        <section class="admin-history admin-card" aria-labelledby="history-heading">
            <h3 class="admin-category-name" id="history-heading">{tr(Key::AthChangesHeading)}</h3>
            {body}
        </section>
    }
}
