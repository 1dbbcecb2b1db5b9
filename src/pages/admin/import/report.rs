//! The dry run (or the commit's result): counts per outcome, the detected
//! encoding, every row with its outcome, and what can be done next.

use leptos::prelude::*;
use naname_contract::admin_import::ImportReport;

use super::download::download_csv;
use crate::i18n::{format, text, tr, use_i18n, Key};
use crate::state::admin_import::{count_key, counts, failed_csv, outcome_tone, row_outcome};

#[component]
pub fn Report(
    report: ImportReport,
    /// The commit is on its way: the button waits.
    committing: bool,
    heading: NodeRef<leptos::html::H2>,
    on_commit: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let report = StoredValue::new(report);
    let (dry_run, to_register, failed) = report.with_value(|r| {
        (r.dry_run, r.to_register(), r.rows.iter().filter(|row| row.outcome.failed()).count())
    });
    let title = if dry_run { Key::ImportDryRunTitle } else { Key::ImportResultTitle };
    let encoding = move || {
        let label = report.with_value(|r| r.encoding.label());
        format(i18n.t(Key::ImportEncoding), &[("encoding", label)])
    };
    let tallies = report
        .with_value(counts)
        .into_iter()
        .map(|(outcome, n)| {
            view! {
                <li class=format!("badge {}", outcome_tone(outcome))>
                    {move || format!("{}: {n}", i18n.t(count_key(outcome)))}
                </li>
            }
        })
        .collect_view();
    let rows = move || {
        report.with_value(|r| {
            r.rows
                .iter()
                .map(|row| {
                    let row = row.clone();
                    let outcome = {
                        let row = row.clone();
                        move || row_outcome(i18n.lang(), &row)
                    };
                    view! {
                        <tr>
                            <td class="num">{row.line}</td>
                            <td class="import-email">{row.email.clone()}</td>
                            <td>{row.theme.clone()}</td>
                            <td class="import-message">{row.message.clone()}</td>
                            <td>
                                <span class=format!("badge {}", outcome_tone(row.outcome))>{outcome}</span>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let next = if dry_run && to_register > 0 {
        let label = move || format(i18n.t(Key::ImportCommit), &[("n", &to_register.to_string())]);
        Some(
            view! {
                <button
                    type="button"
                    class="btn btn-primary"
                    disabled=committing
                    on:click=move |_| on_commit.run(())
                >
                    {label}
                </button>
            }
            .into_any(),
        )
    } else if dry_run {
        Some(view! { <p class="import-note">{tr(Key::ImportNothingToRegister)}</p> }.into_any())
    } else {
        None
    };
    let download = (failed > 0).then(|| {
        let label = move || format(i18n.t(Key::ImportDownloadFailed), &[("n", &failed.to_string())]);
        let save = move |_| {
            let csv = report.with_value(|r| failed_csv(i18n.lang_untracked(), r));
            download_csv(&csv, "naname-import-failed-rows.csv");
        };
        view! {
            <div class="import-failed">
                <button type="button" class="btn btn-secondary" aria-describedby="import-failed-note" on:click=save>
                    {label}
                </button>
                <p class="import-note" id="import-failed-note">{tr(Key::ImportFailedNote)}</p>
            </div>
        }
    });

    view! {
        <div class="import-report">
            <h2 class="admin-section-title" tabindex="-1" node_ref=heading>{move || text(i18n.lang(), title)}</h2>
            <p class="import-encoding">{encoding}</p>
            <ul class="import-counts">{tallies}</ul>
            <div class="import-actions">{next}</div>
            <div class="table-scroll" role="region" aria-labelledby="import-rows-caption" tabindex="0">
                <table class="admin-table">
                    <caption id="import-rows-caption">{tr(Key::ImportRowsCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::ImportColLine)}</th>
                            <th scope="col">{tr(Key::ImportColEmail)}</th>
                            <th scope="col">{tr(Key::ImportColTheme)}</th>
                            <th scope="col">{tr(Key::ImportColMessage)}</th>
                            <th scope="col">{tr(Key::ImportColOutcome)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {download}
        </div>
    }
}
