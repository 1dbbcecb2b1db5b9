//! Theme chips grouped by category. Multi-select; the selection itself is
//! owned by the caller (the URL), the filter only reports the new one.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use naname_contract::themes::{Theme, ThemeCatalog};
use wasm_bindgen::JsCast;

use crate::i18n::{use_i18n, Key};
use crate::state::url::toggle;

#[component]
pub fn ThemeFilter(
    catalog: ThemeCatalog,
    /// Selected theme ids.
    #[prop(into)]
    selected: Signal<Vec<i64>>,
    /// Called with the whole new selection after a chip is toggled.
    #[prop(into)]
    on_change: Callback<Vec<i64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let groups = catalog
        .categories
        .into_iter()
        .filter(|category| !category.themes.is_empty())
        .map(|category| {
            let label_id = format!("theme-category-{}", category.id);
            let label_id_ref = label_id.clone();
            let name = category.name;
            let chips = category
                .themes
                .into_iter()
                .map(|theme| view! { <ThemeChip theme selected on_change /> })
                .collect_view();
            view! {
                <div class="theme-group" role="group" aria-labelledby=label_id_ref>
                    <p class="theme-group-label" id=label_id>
                        {move || name.get(i18n.lang().code()).to_string()}
                    </p>
                    <div class="chips">{chips}</div>
                </div>
            }
        })
        .collect_view();

    // On phones each category is one sideways-scrolling row; bring the chosen
    // chips into view so a shared or reloaded filter shows what it filters by.
    let container = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        request_animation_frame(move || {
            let Some(root) = container.get_untracked() else { return };
            let Ok(pressed) = root.query_selector_all(".chip[aria-pressed='true']") else { return };
            for i in 0..pressed.length() {
                let chip = pressed.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
                let row = chip.as_ref().and_then(|c| c.parent_element());
                if let (Some(chip), Some(row)) = (chip, row) {
                    if row.scroll_left() == 0 && row.scroll_width() > row.client_width() {
                        row.set_scroll_left(chip.offset_left() - 16);
                    }
                }
            }
        });
    });
    view! {
        <div class="theme-filter" node_ref=container>
            {groups}
        </div>
    }
}

#[component]
fn ThemeChip(theme: Theme, selected: Signal<Vec<i64>>, on_change: Callback<Vec<i64>>) -> impl IntoView {
    let i18n = use_i18n();
    let id = theme.id;
    let pressed = Memo::new(move |_| selected.with(|s| s.contains(&id)));
    let flip = move || on_change.run(toggle(&selected.get_untracked(), id));
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
    let count = theme.mentor_count.to_string();
    view! {
        <button
            type="button"
            class="chip"
            aria-pressed=move || pressed.get().to_string()
            title=move || {
                let d = description.get(i18n.lang().code());
                (!d.is_empty()).then(|| d.to_string())
            }
            on:click=move |_| flip()
            on:keydown=on_key
        >
            <svg class="chip-check" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>
            </svg>
            <span class="chip-label">{move || name.get(i18n.lang().code()).to_string()}</span>
            <span class="chip-count">{move || i18n.tf(Key::ThemeChipCount, &[("n", &count)])}</span>
        </button>
    }
}
