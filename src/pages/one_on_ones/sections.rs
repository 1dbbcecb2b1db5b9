//! The side switch and the three sections of 1on1s.

use leptos::prelude::*;
use naname_contract::one_on_ones::{OneOnOne, Side};

use super::card::OneOnOneCard;
use super::Board;
use crate::components::EmptyState;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::one_on_ones::{in_section, Section};
use crate::state::route::HOME;
use crate::state::Remote;

/// "As mentee | As mentor", for people who are both.
#[component]
pub fn SideSwitch(side: RwSignal<Side>, on_switch: Callback<Side>) -> impl IntoView {
    let options = [(Side::Mentee, Key::AsMentee), (Side::Mentor, Key::AsMentor)]
        .into_iter()
        .map(|(option, key)| {
            view! {
                <button
                    type="button"
                    class="seg-option"
                    aria-pressed=move || (side.get() == option).to_string()
                    on:click=move |_| on_switch.run(option)
                >
                    {tr(key)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="seg" role="group" aria-label=tr(Key::SideLabel)>
            {options}
        </div>
    }
}

/// Requested, upcoming and past, for one side of the board's list.
#[component]
pub fn Sections(side: Side, board: Board) -> impl IntoView {
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let items = Memo::new(move |_| {
                board.list.with(|list| match list {
                    Remote::Ready(all) => in_section(all, section).into_iter().cloned().collect(),
                    _ => Vec::new(),
                })
            });
            view! { <OneOnOneSection section side items board /> }
        })
        .collect_view();
    view! { <div class="oo-sections">{sections}</div> }
}

#[component]
fn OneOnOneSection(section: Section, side: Side, items: Memo<Vec<OneOnOne>>, board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let words = section.text(side);
    let empty = move || {
        let find = section.offers_find_mentor(side).then(|| {
            view! {
                <a class="btn btn-secondary" href=HOME>
                    {tr(Key::FindMentor)}
                </a>
            }
        });
        view! {
            <EmptyState message=Signal::derive(move || i18n.t(words.empty).to_string()) icon=false>
                {find}
            </EmptyState>
        }
    };
    view! {
        <section class="panel oo-section" aria-labelledby=words.id>
            <h2 class="section-title" id=words.id>
                {tr(words.title)}
                <span class="count">{move || items.with(Vec::len)}</span>
            </h2>
            <Show when=move || items.with(|i| !i.is_empty()) fallback=empty>
                <div class="oo-list">
                    // Keyed by id: a card stays while its 1on1 stays in the
                    // section (its form and focus with it). What a card shows
                    // changes only with its status, which moves it to another section.
                    <For each=move || items.get() key=|o| o.id let:one>
                        <OneOnOneCard one side board />
                    </For>
                </div>
            </Show>
        </section>
    }
}
