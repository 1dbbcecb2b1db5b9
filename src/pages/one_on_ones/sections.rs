//! The side switch (with counts) and the sections of 1on1s; an empty
//! section is one line.

use leptos::prelude::*;
use naname_contract::one_on_ones::{OneOnOne, Side};

use super::card::OneOnOneCard;
use super::{now, Board};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::one_on_ones::{in_section, Section};
use crate::state::route::HOME;
use crate::state::Remote;

/// "As mentee 2 | As mentor 7", for people who are both. `counts` are the
/// 1on1s coming up or requested on each side (mentee, mentor).
#[component]
pub fn SideSwitch(
    side: RwSignal<Side>,
    counts: Memo<Option<(usize, usize)>>,
    on_switch: Callback<Side>,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = [(Side::Mentee, Key::AsMentee), (Side::Mentor, Key::AsMentor)]
        .into_iter()
        .map(|(option, key)| {
            let count = move || {
                counts.get().map(|(mentee, mentor)| if option == Side::Mentee { mentee } else { mentor })
            };
            view! {
                <button
                    type="button"
                    class="seg-option"
                    aria-pressed=move || (side.get() == option).to_string()
                    on:click=move |_| on_switch.run(option)
                >
                    {tr(key)}
                    {move || {
                        count()
                            .map(|n| {
                                let n = n.to_string();
                                view! {
                                    <span class="count" aria-hidden="true">
                                        {n.clone()}
                                    </span>
                                    <span class="visually-hidden">{i18n.tf(Key::SideOpen, &[("n", &n)])}</span>
                                }
                            })
                    }}
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

/// The sections of one side of the board's list.
#[component]
pub fn Sections(side: Side, board: Board) -> impl IntoView {
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let items = Memo::new(move |_| {
                board.list.with(|list| match list {
                    Remote::Ready(all) => in_section(all, board.me, side, section, now()),
                    _ => Vec::new(),
                })
            });
            let shown = move || section.shown_when_empty() || items.with(|i| !i.is_empty());
            view! {
                <Show when=shown>
                    <OneOnOneSection section side items board />
                </Show>
            }
        })
        .collect_view();
    view! { <div class="oo-sections">{sections}</div> }
}

#[component]
fn OneOnOneSection(section: Section, side: Side, items: Memo<Vec<OneOnOne>>, board: Board) -> impl IntoView {
    let words = section.text(side);
    let empty = move || {
        let find = section.offers_find_mentor(side).then(|| {
            view! {
                <a class="btn btn-quiet btn-sm" href=HOME>
                    {tr(Key::FindMentor)}
                </a>
            }
        });
        view! {
            <p class="oo-empty-line">
                <span>{tr(words.empty)}</span>
                {find}
            </p>
        }
    };
    let is_empty = move || items.with(Vec::is_empty);
    view! {
        <section class="oo-section" class:is-empty=is_empty aria-labelledby=words.id>
            <h2 class="oo-section-title" id=words.id>
                {tr(words.title)}
                <span class="count">{move || items.with(Vec::len)}</span>
            </h2>
            <Show when=move || !is_empty() fallback=empty>
                <div class="oo-list">
                    // Keyed by id: a row stays while its 1on1 stays in the
                    // section (its form, focus and disclosure with it). What a
                    // row shows changes only with its status, which moves it
                    // to another section.
                    <For each=move || items.get() key=|o| o.id let:one>
                        <OneOnOneCard one side board />
                    </For>
                </div>
            </Show>
        </section>
    }
}
