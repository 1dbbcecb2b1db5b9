//! One category: its name in both languages, moving it up or down,
//! renaming it, and its themes.

use super::new_category::CategoryForm;
use super::row::ThemeRow;
use super::Tab;
use crate::api;
use crate::i18n::{format, tr, use_i18n, Key};
use crate::state::admin_theme::moved_ids;
use crate::state::route::AdminView;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The id of a move button, to give focus back to it after the list is redrawn.
pub(super) fn move_button_id(what: &str, id: i64, up: bool) -> String {
    format!("{what}-{id}-{}", if up { "up" } else { "down" })
}

/// After a move: focus the same button, or the other one when the item
/// reached the end (a disabled button cannot hold focus).
pub(super) fn refocus_move(what: &'static str, id: i64, up: bool, index: usize, len: usize) {
    let at_end = if up { index == 0 } else { index + 1 == len };
    let target = move_button_id(what, id, if at_end { !up } else { up });
    request_animation_frame(move || crate::pages::admin::field::focus_id(&target));
}

#[component]
pub(super) fn CategoryBlock(tab: Tab, id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let category = Memo::new(move |_| {
        tab.catalog.with(|c| c.ready().and_then(|c| c.categories.iter().find(|k| k.id == id).cloned()))
    });
    let position = Memo::new(move |_| {
        tab.catalog.with(|c| {
            c.ready().map(|c| (c.categories.iter().position(|k| k.id == id).unwrap_or(0), c.categories.len()))
        })
    });
    let name = move || {
        category.with(|c| c.as_ref().map(|c| c.name.get(i18n.lang().code()).to_string()).unwrap_or_default())
    };
    let other = move || {
        category.with(|c| {
            c.as_ref().map(|c| match i18n.lang() {
                crate::i18n::Lang::Ja => (c.name.en.clone(), "en"),
                crate::i18n::Lang::En => (c.name.ja.clone(), "ja"),
            })
        })
    };
    let renaming = RwSignal::new(false);
    let move_by = move |up: bool| {
        let Some(ids) = tab
            .catalog
            .with_untracked(|c| c.ready().map(|c| c.categories.iter().map(|k| k.id).collect::<Vec<_>>()))
        else {
            return;
        };
        let Some((ids, to)) = moved_ids(&ids, id, up) else { return };
        let len = ids.len();
        let label = name();
        spawn_local(async move {
            let result = api::admin::order_categories(ids).await.map(Some);
            let done = format(
                i18n.t(Key::AthMoved),
                &[("name", &label), ("n", &(to + 1).to_string()), ("total", &len.to_string())],
            );
            if tab.after(result, done) {
                refocus_move("cat", id, up, to, len);
            }
        });
    };
    let theme_ids = move || {
        category.with(|c| {
            c.as_ref().map(|c| c.themes.iter().map(|t| t.id).collect::<Vec<_>>()).unwrap_or_default()
        })
    };
    let heading_id = format!("category-{id}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="admin-category admin-card" aria-labelledby=labelled_by>
            <div class="admin-category-head">
                <h3 class="admin-category-name" id=heading_id>
                    {name}
                    {move || other().map(|(text, lang)| view! { <span class="admin-other-lang" lang=lang>{text}</span> })}
                </h3>
                <div class="admin-actions">
                    <MoveButtons what="cat" id position name=Signal::derive(name) on_move=Callback::new(move_by) />
                    <button
                        type="button"
                        class="btn btn-secondary btn-sm"
                        aria-expanded=move || renaming.get().to_string()
                        on:click=move |_| renaming.update(|r| *r = !*r)
                    >
                        {tr(Key::AthRename)}
                    </button>
                </div>
            </div>
            <Show when=move || renaming.get()>
                {move || {
                    category
                        .get()
                        .map(|c| {
                            view! {
                                <CategoryForm
                                    tab
                                    id=Some(c.id)
                                    initial=c.name
                                    on_done=Callback::new(move |_| renaming.set(false))
                                />
                            }
                        })
                }}
            </Show>
            <ul class="admin-theme-list">
                <For each=theme_ids key=|id| *id children=move |theme_id| view! { <ThemeRow tab category_id=id theme_id /> } />
            </ul>
            <Show when=move || theme_ids().is_empty()>
                <p class="field-hint">{tr(Key::AthCategoryEmpty)}</p>
            </Show>
            <a class="btn btn-quiet btn-sm" href=format!("{}?category={id}", AdminView::NewTheme.href())>
                {move || i18n.tf(Key::AthNewThemeIn, &[("name", &name())])}
            </a>
        </section>
    }
}

/// "Move up" / "Move down" for an item at `position` (index, length),
/// named in their labels so a screen reader says what moves.
#[component]
pub(super) fn MoveButtons(
    what: &'static str,
    id: i64,
    #[prop(into)] position: Signal<Option<(usize, usize)>>,
    #[prop(into)] name: Signal<String>,
    on_move: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let first = move || position.get().is_none_or(|(i, _)| i == 0);
    let last = move || position.get().is_none_or(|(i, n)| i + 1 >= n);
    view! {
        <button
            type="button"
            class="btn btn-secondary btn-sm"
            id=move_button_id(what, id, true)
            disabled=first
            aria-label=move || i18n.tf(Key::AthMoveUp, &[("name", &name.get())])
            on:click=move |_| on_move.run(true)
        >
            <span aria-hidden="true">"↑"</span>
        </button>
        <button
            type="button"
            class="btn btn-secondary btn-sm"
            id=move_button_id(what, id, false)
            disabled=last
            aria-label=move || i18n.tf(Key::AthMoveDown, &[("name", &name.get())])
            on:click=move |_| on_move.run(false)
        >
            <span aria-hidden="true">"↓"</span>
        </button>
    }
}
