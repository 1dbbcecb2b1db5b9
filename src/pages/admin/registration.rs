//! One registration's standing: status, dates, who registered it, the
//! admin's message and the mentor's reason to decline. The Mentors tab
//! titles it with the person, a person's page with the theme.

use leptos::prelude::*;
use naname_contract::admin::{Registration, RegistrationStatus};

use crate::i18n::{format, text, use_i18n, Key, Lang};
use crate::intl::{Format, Style};

/// When, in the reader's language and zone.
pub fn when(lang: Lang, at: chrono::DateTime<chrono::Utc>) -> String {
    let t = at.timestamp();
    format!("{} {}", Format::new(lang, Style::Date, None).at(t), Format::new(lang, Style::Time, None).at(t))
}

pub fn status_key(status: RegistrationStatus) -> Key {
    match status {
        RegistrationStatus::Pending => Key::AthStatusPending,
        RegistrationStatus::Approved => Key::AthStatusApproved,
        RegistrationStatus::Declined => Key::AthStatusDeclined,
        RegistrationStatus::Stopped => Key::AthStatusStopped,
    }
}

#[component]
pub fn RegistrationDetails(registration: Registration) -> impl IntoView {
    let i18n = use_i18n();
    let r = StoredValue::new(registration);
    move || {
        let lang = i18n.lang();
        r.with_value(|r| {
            let status = r.status;
            let by = r.registered_by.as_ref().map(|p| p.name.clone()).unwrap_or_else(|| text(lang, Key::AthSomeone).to_string());
            let mut dates = vec![format(text(lang, Key::AthRegisteredOn), &[("when", &when(lang, r.registered_at)), ("name", &by)])];
            if let Some(at) = r.decided_at {
                let key = if status == RegistrationStatus::Declined { Key::AthDeclinedOn } else { Key::AthApprovedOn };
                dates.push(format(text(lang, key), &[("when", &when(lang, at))]));
            }
            if let Some(at) = r.stopped_at {
                dates.push(format(text(lang, Key::AthStoppedOn), &[("when", &when(lang, at))]));
            }
            let message = (!r.message.is_empty()).then(|| {
                view! {
                    <p class="admin-quote">
                        <span class="admin-quote-label">{text(lang, Key::AthMessageShown)}</span>
                        <span>{r.message.clone()}</span>
                    </p>
                }
            });
            let reason = (!r.decline_reason.is_empty()).then(|| {
                view! {
                    <p class="admin-quote">
                        <span class="admin-quote-label">{text(lang, Key::AthDeclineReason)}</span>
                        <span>{r.decline_reason.clone()}</span>
                    </p>
                }
            });
            view! {
                <p class="admin-badges">
                    <span class=format!("badge status-{}", status.as_str())>{text(lang, status_key(status))}</span>
                    {r.needs_answer.then(|| view! { <span class="badge badge-soon">{text(lang, Key::AthNeedsAnswer)}</span> })}
                    {r.theme_archived.then(|| view! { <span class="badge badge-muted">{text(lang, Key::AthArchivedBadge)}</span> })}
                </p>
                <p class="person-meta">{dates.join(" · ")}</p>
                {message}
                {reason}
            }
        })
    }
}
