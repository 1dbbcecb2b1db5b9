//! Accepted 1on1s per week over 12 weeks: bars drawn with `view!` for the
//! eye (hidden from screen readers), and the same numbers as a table for
//! everyone, in one <figure>.

use leptos::prelude::*;
use naname_contract::activity::Activity;

use crate::i18n::{tr, use_i18n, Key};
use crate::intl::{Format, Style};
use crate::state::locale::zone_name;

const WIDTH: u32 = 360;
const HEIGHT: u32 = 120;
const GAP: u32 = 6;

/// A week's Monday as an instant that reads as that date in UTC (noon, so
/// no offset can move it): the date is a calendar date of `week_zone`.
fn week_start(date: chrono::NaiveDate) -> i64 {
    date.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().timestamp()
}

#[component]
pub fn WeekChart(activity: Activity) -> impl IntoView {
    let i18n = use_i18n();
    let weeks = activity.weeks;
    let zone = activity.week_zone;
    let max = weeks.iter().map(|w| w.one_on_ones).max().unwrap_or(0).max(1);
    let n = weeks.len().max(1) as u32;
    let bar = (WIDTH - GAP * (n - 1)) / n;
    let bars = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let h = (HEIGHT - 16) * w.one_on_ones / max;
            let x = i as u32 * (bar + GAP);
            let y = HEIGHT - h;
            view! {
                <rect class="week-bar" x=x y=y width=bar height=h rx="2"></rect>
                <text class="week-count" x=x + bar / 2 y=y.saturating_sub(4) text-anchor="middle">
                    {w.one_on_ones}
                </text>
            }
        })
        .collect_view();
    let rows = weeks
        .into_iter()
        .map(|w| {
            let at = week_start(w.week_start);
            let label = move || Format::new(i18n.lang(), Style::ShortDate, Some("UTC")).at(at);
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="num">{w.one_on_ones}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="activity-block activity-weeks" aria-labelledby="activity-weeks-title">
            <h2 id="activity-weeks-title" class="admin-section-title">{tr(Key::ActivityWeeksTitle)}</h2>
            <p class="activity-note">
                {move || i18n.tf(Key::ActivityWeeksNote, &[("zone", &zone_name(i18n.lang(), &zone))])}
            </p>
            <svg
                class="week-chart"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                aria-hidden="true"
                focusable="false"
            >
                {bars}
            </svg>
            <div class="table-scroll" role="region" aria-labelledby="activity-weeks-title" tabindex="0">
                <table class="admin-table week-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::ActivityColWeek)}</th>
                            <th scope="col">{tr(Key::ActivityColCount)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </figure>
    }
}
