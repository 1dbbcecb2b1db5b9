//! One theme chip: pressed when selected, its count the mentors it would
//! leave, disabled when that is nobody.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use naname_contract::themes::Theme;

use crate::i18n::{use_i18n, Key};
use crate::state::facets::{chip, Facets};
use crate::state::url::toggle;

#[component]
pub fn ThemeChip(
    theme: Theme,
    selected: Signal<Vec<i64>>,
    on_change: Callback<Vec<i64>>,
    facets: Signal<Option<Facets>>,
    /// The element that shows the theme's description, when it has one.
    described_by: Option<String>,
    /// Also as a tooltip, where the description is not on screen.
    #[prop(optional)]
    tooltip: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = theme.id;
    let catalog_count = theme.mentor_count;
    let pressed = Memo::new(move |_| selected.with(|s| s.contains(&id)));
    let state =
        Memo::new(move |_| facets.with(|f| selected.with(|s| chip(f.as_ref(), id, catalog_count, s))));
    let flip = move || {
        if !state.get_untracked().disabled {
            on_change.run(toggle(&selected.get_untracked(), id));
        }
    };
    // Buttons already answer Enter and Space with a click; handling the keys
    // here (and cancelling the native activation) makes that explicit and
    // keeps a held key from toggling the chip over and over.
    let on_key = move |ev: KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " || key == "Spacebar" {
            ev.prevent_default();
            if !ev.repeat() {
                flip();
            }
        }
    };
    let name = theme.name;
    let description = theme.description;
    view! {
        <button
            type="button"
            class="chip"
            aria-pressed=move || pressed.get().to_string()
            disabled=move || state.get().disabled
            aria-describedby=described_by
            title=move || {
                let d = description.get(i18n.lang().code());
                (tooltip && !d.is_empty()).then(|| d.to_string())
            }
            on:click=move |_| flip()
            on:keydown=on_key
        >
            <svg class="chip-check" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>
            </svg>
            <span class="chip-label">{move || name.get(i18n.lang().code()).to_string()}</span>
            {move || {
                state
                    .get()
                    .count
                    .map(|n| {
                        view! { <span class="chip-count">{i18n.tf(Key::ThemeChipCount, &[("n", &n.to_string())])}</span> }
                    })
            }}
        </button>
    }
}
