//! Theme chips: the few themes most mentors hold, and "all themes" by
//! category with their descriptions (inline on wide screens, a sheet on
//! phones, with the number of matches and a way back to them). Multi-select;
//! the selection is owned by the caller (the URL), the filter only reports
//! the new one.

mod chip;
mod groups;

use std::cell::Cell;

use leptos::prelude::*;
use naname_contract::themes::{Theme, ThemeCatalog};
use wasm_bindgen::JsCast;

use crate::components::media::{use_media, PHONE};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::facets::{popular, Facets, POPULAR};
use chip::ThemeChip;
use groups::{desc_id, has_description, ThemeGroups};

thread_local! {
    /// Element ids stay unique when a document holds more than one filter.
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

#[component]
pub fn ThemeFilter(
    catalog: ThemeCatalog,
    /// Selected theme ids.
    #[prop(into)]
    selected: Signal<Vec<i64>>,
    /// Called with the whole new selection after a chip is toggled.
    #[prop(into)]
    on_change: Callback<Vec<i64>>,
    /// The current answer's facets: each chip's count and whether it can be pressed.
    #[prop(optional, into)]
    facets: Signal<Option<Facets>>,
    /// The sheet's "N mentors match – show": the caller brings the results into view.
    #[prop(optional, into)]
    on_show: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let n = INSTANCES.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let sheet_id = format!("tf{n}-all");
    let title_id = format!("tf{n}-all-title");
    let label_id = format!("tf{n}-label");

    let themes: Vec<&Theme> = catalog.categories.iter().flat_map(|c| c.themes.iter()).collect();
    let quick = popular(&catalog, POPULAR)
        .into_iter()
        .filter_map(|id| themes.iter().find(|t| t.id == id).map(|t| (*t).clone()))
        .map(|theme| {
            let described_by = has_description(&theme).then(|| desc_id(n, theme.id));
            view! { <ThemeChip theme selected on_change facets described_by tooltip=true /> }
        })
        .collect_view();

    let open = RwSignal::new(false);
    let phone = use_media(PHONE);
    let sheet = NodeRef::<leptos::html::Dialog>::new();
    let toggle = NodeRef::<leptos::html::Button>::new();
    // The dialog follows `open`: a modal sheet on phones (focus stays inside,
    // Escape closes it), an inline disclosure elsewhere (set by its attribute,
    // so focus stays on the toggle).
    Effect::new(move |_| {
        let want = open.get();
        let Some(dialog) = sheet.get() else { return };
        if want && !dialog.open() {
            if phone.get_untracked() {
                let _ = dialog.show_modal();
            } else {
                dialog.set_open(true);
            }
        } else if !want && dialog.open() {
            dialog.close();
        }
    });
    // A sheet opened for one layout does not suit the other.
    Effect::new(move |was: Option<bool>| {
        let now = phone.get();
        if was.is_some_and(|was| was != now) {
            open.set(false);
        }
        now
    });
    // Closed at once (not on the next effect), so that the focus set after
    // it is not undone by the modal dialog handing focus back.
    let close_now = move || {
        if let Some(dialog) = sheet.get_untracked() {
            dialog.close();
        }
        open.set(false);
    };
    let close = move || {
        close_now();
        if let Some(toggle) = toggle.get_untracked() {
            let _ = toggle.focus();
        }
    };
    let matches = move || {
        facets.with(|f| match f.as_ref().map(|f| f.total) {
            Some(1) => i18n.t(Key::ShowMatchesOne).to_string(),
            Some(n) => i18n.tf(Key::ShowMatches, &[("n", &n.to_string())]),
            None => i18n.t(Key::AllThemesTitle).to_string(),
        })
    };
    let foot = on_show.map(|show| {
        view! {
            <div class="sheet-foot">
                <button
                    type="button"
                    class="btn btn-primary btn-block"
                    on:click=move |_| {
                        close_now();
                        show.run(());
                    }
                >
                    {matches}
                </button>
            </div>
        }
    });

    // On phones the chips are one sideways-scrolling row; bring the chosen
    // ones into view so a shared or reloaded filter shows what it filters by.
    let container = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        request_animation_frame(move || {
            let Some(root) = container.get_untracked() else { return };
            let Ok(pressed) = root.query_selector_all(".theme-quick .chip[aria-pressed='true']") else {
                return;
            };
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

    let (quick_labelled_by, sheet_labelled_by, controls) =
        (label_id.clone(), title_id.clone(), sheet_id.clone());
    view! {
        <div class="theme-filter" node_ref=container>
            <div class="theme-quick" role="group" aria-labelledby=quick_labelled_by>
                <div class="theme-quick-head">
                    <p class="filter-label" id=label_id>
                        {tr(Key::ThemeFilterLabel)}
                    </p>
                    <button
                        type="button"
                        class="btn btn-quiet btn-sm all-themes"
                        node_ref=toggle
                        aria-expanded=move || open.get().to_string()
                        aria-controls=controls
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        {tr(Key::AllThemesTitle)}
                        <svg class="icon disclosure-icon" viewBox="0 0 16 16" aria-hidden="true">
                            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                    </button>
                </div>
                <div class="chips">{quick}</div>
            </div>
            <dialog
                class="theme-sheet"
                id=sheet_id
                aria-labelledby=sheet_labelled_by
                node_ref=sheet
                on:close=move |_| open.set(false)
            >
                <div class="sheet-head">
                    <h3 class="sheet-title" id=title_id>
                        {tr(Key::AllThemesTitle)}
                    </h3>
                    <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| close()>
                        {tr(Key::CloseAllThemes)}
                    </button>
                </div>
                <div class="sheet-body">
                    <ThemeGroups n categories=catalog.categories selected on_change facets />
                </div>
                {foot}
            </dialog>
        </div>
    }
}
