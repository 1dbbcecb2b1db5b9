//! Weekly hours: each weekday on or off, several typed ranges a day, and
//! copying one day's ranges to others.

use leptos::prelude::*;

use super::{dom_id, Editor, PlaceError};
use crate::components::focus::focus_id;
use crate::i18n::{tr, Key};
use crate::state::times_form::{end_key, row_key, start_key};

pub(super) const WEEKDAYS: [Key; 7] = [
    Key::WeekdayMon,
    Key::WeekdayTue,
    Key::WeekdayWed,
    Key::WeekdayThu,
    Key::WeekdayFri,
    Key::WeekdaySat,
    Key::WeekdaySun,
];

#[component]
pub(super) fn WeekEditor(ed: Editor) -> impl IntoView {
    let days = (0..7).map(|day| view! { <DayRow ed day /> }).collect_view();
    view! {
        <fieldset class="times-week">
            <legend class="section-title">{tr(Key::TimesWeekly)}</legend>
            <p class="field-hint">{tr(Key::TimesWeeklyHint)}</p>
            {days}
        </fieldset>
    }
}

#[component]
fn DayRow(ed: Editor, day: usize) -> impl IntoView {
    let i18n = ed.i18n;
    let name = move || i18n.t(WEEKDAYS[day]).to_string();
    let ids = move || ed.form.with(|f| f.days[day].iter().map(|r| r.id).collect::<Vec<_>>());
    let on = move || ed.form.with(|f| !f.days[day].is_empty());
    let add = move || {
        let mut id = 0;
        ed.form.update(|f| id = f.add_range(day));
        request_animation_frame(move || focus_id(&dom_id(&start_key(day, id))));
    };
    let toggle = move |_| {
        if on() {
            ed.form.update(|f| f.days[day].clear());
        } else {
            add();
        }
    };
    let copying = RwSignal::new(false);
    let heading = format!("tt-day-{day}");
    let labelled_by = heading.clone();
    view! {
        <section class="times-day" class:is-off=move || !on() aria-labelledby=labelled_by>
            <div class="times-day-head">
                <h3 class="times-day-name" id=heading tabindex="-1">{name}</h3>
                <label class="times-day-toggle">
                    <input type="checkbox" prop:checked=on on:change=toggle />
                    <span>{move || i18n.tf(Key::TimesDayOn, &[("day", &name())])}</span>
                </label>
            </div>
            <div class="times-ranges">
                <For each=ids key=|id| *id children=move |id| view! { <RangeRow ed day id /> } />
            </div>
            <div class="admin-actions">
                <button
                    type="button"
                    class="btn btn-quiet btn-sm"
                    aria-label=move || i18n.tf(Key::TimesAddRangeOn, &[("day", &name())])
                    on:click=move |_| add()
                >
                    {tr(Key::TimesAddRange)}
                </button>
                <Show when=on>
                    <button
                        type="button"
                        class="btn btn-quiet btn-sm"
                        aria-expanded=move || copying.get().to_string()
                        on:click=move |_| copying.update(|c| *c = !*c)
                    >
                        {tr(Key::TimesCopy)}
                    </button>
                </Show>
            </div>
            <Show when=move || copying.get()>
                <CopyTo ed from=day on_done=Callback::new(move |_| copying.set(false)) />
            </Show>
        </section>
    }
}

#[component]
fn RangeRow(ed: Editor, day: usize, id: u32) -> impl IntoView {
    let i18n = ed.i18n;
    let day_name = move || i18n.t(WEEKDAYS[day]).to_string();
    let texts = move || {
        ed.form.with(|f| {
            f.days[day]
                .iter()
                .position(|r| r.id == id)
                .map(|n| (n, f.days[day][n].start.clone(), f.days[day][n].end.clone()))
        })
    };
    let row = row_key(day, id);
    let row_invalid = {
        let row = row.clone();
        move || ed.errors.with(|e| e.contains_key(&row))
    };
    let group_label = move || {
        let n = texts().map_or(1, |t| t.0 + 1);
        i18n.tf(Key::TimesRangeLabel, &[("day", &day_name()), ("n", &n.to_string())])
    };
    let time_box = move |is_end: bool| {
        let place = if is_end { end_key(day, id) } else { start_key(day, id) };
        let id_attr = dom_id(&place);
        let error_id = format!("{id_attr}-error");
        let row_error = format!("{}-error", dom_id(&row_key(day, id)));
        let invalid = {
            let place = place.clone();
            move || ed.errors.with(|e| e.contains_key(&place) || e.contains_key(&row_key(day, id)))
        };
        let described = {
            let place = place.clone();
            move || {
                ed.errors.with(|e| {
                    let mut ids = Vec::new();
                    if e.contains_key(&place) {
                        ids.push(error_id.clone());
                    }
                    if e.contains_key(&row_key(day, id)) {
                        ids.push(row_error.clone());
                    }
                    (!ids.is_empty()).then(|| ids.join(" "))
                })
            }
        };
        let value = move || texts().map(|t| if is_end { t.2 } else { t.1 }).unwrap_or_default();
        let label = if is_end { Key::TimesTo } else { Key::TimesFrom };
        let edit_place = place.clone();
        view! {
            <label class="times-time">
                <span class="times-time-label">{tr(label)}</span>
                <input
                    class="input times-input"
                    type="text"
                    id=id_attr
                    inputmode="numeric"
                    autocomplete="off"
                    placeholder=if is_end { "13:00" } else { "12:00" }
                    size="5"
                    maxlength="5"
                    aria-invalid=move || invalid().to_string()
                    aria-describedby=described
                    prop:value=value
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ed.edit(&edit_place, |f| {
                            if let Some(r) = f.days[day].iter_mut().find(|r| r.id == id) {
                                if is_end { r.end = v } else { r.start = v }
                            }
                        });
                    }
                />
            </label>
            <PlaceError ed place=place />
        }
    };
    let remove_label = move || {
        let range = texts().map(|t| format!("{}–{}", t.1, t.2)).unwrap_or_default();
        i18n.tf(Key::TimesRemoveRange, &[("day", &day_name()), ("range", &range)])
    };
    let remove = move |_| {
        ed.form.update(|f| f.remove_range(day, id));
        request_animation_frame(move || focus_id(&format!("tt-day-{day}")));
    };
    view! {
        <div class="times-range" class:has-error=row_invalid role="group" aria-label=group_label>
            {time_box(false)}
            <span class="times-dash" aria-hidden="true">"–"</span>
            {time_box(true)}
            <button type="button" class="btn btn-quiet btn-sm" aria-label=remove_label on:click=remove>
                <span aria-hidden="true">"×"</span>
            </button>
            <PlaceError ed place=row />
        </div>
    }
}

/// Which days get this day's ranges.
#[component]
fn CopyTo(ed: Editor, from: usize, on_done: Callback<()>) -> impl IntoView {
    let i18n = ed.i18n;
    let picked = RwSignal::new(Vec::<usize>::new());
    let boxes = (0..7)
        .filter(|d| *d != from)
        .map(|d| {
            view! {
                <label class="choice-chip">
                    <input
                        type="checkbox"
                        prop:checked=move || picked.with(|p| p.contains(&d))
                        on:change=move |_| picked.update(|p| if let Some(i) = p.iter().position(|x| *x == d) { p.remove(i); } else { p.push(d); })
                    />
                    <span>{tr(WEEKDAYS[d])}</span>
                </label>
            }
        })
        .collect_view();
    let apply = move |_| {
        let to = picked.get_untracked();
        ed.form.update(|f| f.copy_day(from, &to));
        let said =
            i18n.tf(Key::TimesCopied, &[("day", i18n.t(WEEKDAYS[from])), ("n", &to.len().to_string())]);
        ed.status.set(said);
        on_done.run(());
    };
    view! {
        <fieldset class="times-copy">
            <legend class="field-label">{move || i18n.tf(Key::TimesCopyTo, &[("day", i18n.t(WEEKDAYS[from]))])}</legend>
            <div class="choice-chips">{boxes}</div>
            <div class="admin-actions">
                <button type="button" class="btn btn-secondary btn-sm" disabled=move || picked.with(Vec::is_empty) on:click=apply>
                    {tr(Key::TimesCopyApply)}
                </button>
                <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| on_done.run(())>
                    {tr(Key::AthCancel)}
                </button>
            </div>
        </fieldset>
    }
}
