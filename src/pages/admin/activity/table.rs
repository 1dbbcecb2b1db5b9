//! The per-theme table, live themes first, archived ones flagged.

use leptos::prelude::*;
use naname_contract::activity::Activity;

use crate::i18n::{format, tr, use_i18n, Key};
use crate::intl::{Format, Style};

#[component]
pub fn ThemeTable(
    activity: Activity,
    csv_href: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let as_of = activity.as_of.timestamp();
    let note = move || {
        let date = Format::new(i18n.lang(), Style::Date, None).at(as_of);
        format(i18n.t(Key::ActivityThemesNote), &[("date", &date)])
    };
    let rows = activity
        .themes
        .into_iter()
        .map(|t| {
            let name = t.name.clone();
            let category = t.category.clone();
            view! {
                <tr class:archived=t.archived>
                    <th scope="row">
                        <span class="activity-theme">{move || name.get(i18n.lang().code()).to_string()}</span>
                        <span class="activity-category">{move || category.get(i18n.lang().code()).to_string()}</span>
                        {t.archived.then(|| view! { <span class="badge badge-muted">{tr(Key::ActivityArchived)}</span> })}
                    </th>
                    <td class="num">{t.approved_mentors}</td>
                    <td class="num">{t.pending_mentors}</td>
                    <td class="num">{t.requests_30}</td>
                    <td class="num">{t.requests_90}</td>
                    <td class="num">{t.accepted_30}</td>
                    <td class="num">{t.accepted_90}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="activity-block">
            <div class="activity-head">
                <h2 id="activity-themes" class="admin-section-title">{tr(Key::ActivityThemesTitle)}</h2>
                <a class="btn btn-secondary btn-sm" href=csv_href download>{tr(Key::ActivityDownload)}</a>
            </div>
            <p class="activity-note">{note}</p>
            <div class="table-scroll" role="region" aria-labelledby="activity-themes" tabindex="0">
                <table class="admin-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::ActivityColTheme)}</th>
                            <th scope="col">{tr(Key::ActivityColApproved)}</th>
                            <th scope="col">{tr(Key::ActivityColPending)}</th>
                            <th scope="col">{tr(Key::ActivityColRequests30)}</th>
                            <th scope="col">{tr(Key::ActivityColRequests90)}</th>
                            <th scope="col">{tr(Key::ActivityColAccepted30)}</th>
                            <th scope="col">{tr(Key::ActivityColAccepted90)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}
