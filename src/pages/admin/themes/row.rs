//! One theme in its category: name, registration counts, archived badge,
//! moving it, archiving (after seeing what it would do) or bringing it
//! back, and deleting one that was never used.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::{ThemeChange, ThemeImpact};

use super::category::{refocus_move, MoveButtons};
use super::Tab;
use crate::api;
use crate::i18n::{format, tr, use_i18n, Key};
use crate::pages::admin::field::focus_id;
use crate::pages::admin::impact::ImpactLines;
use crate::state::admin_theme::moved_ids;
use crate::state::route::AdminView;

/// What the row asks before it acts.
#[derive(Clone, PartialEq)]
enum Confirm {
    Archive(ThemeImpact),
    Delete,
}

#[component]
pub(super) fn ThemeRow(tab: Tab, category_id: i64, theme_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let located = Memo::new(move |_| {
        tab.catalog.with(|c| {
            let themes = &c.ready()?.categories.iter().find(|k| k.id == category_id)?.themes;
            let index = themes.iter().position(|t| t.id == theme_id)?;
            Some((themes[index].clone(), index, themes.len()))
        })
    });
    let theme = move || located.with(|l| l.as_ref().map(|l| l.0.clone()));
    let name = Signal::derive(move || {
        located.with(|l| l.as_ref().map(|l| l.0.name.get(i18n.lang().code()).to_string()).unwrap_or_default())
    });
    let position = Signal::derive(move || located.with(|l| l.as_ref().map(|l| (l.1, l.2))));
    let confirm = RwSignal::new(None::<Confirm>);
    let busy = RwSignal::new(false);

    let move_by = Callback::new(move |up: bool| {
        let Some(ids) = tab.catalog.with_untracked(|c| {
            c.ready()?
                .categories
                .iter()
                .find(|k| k.id == category_id)
                .map(|k| k.themes.iter().map(|t| t.id).collect::<Vec<_>>())
        }) else {
            return;
        };
        let Some((ids, to)) = moved_ids(&ids, theme_id, up) else { return };
        let len = ids.len();
        let label = name.get_untracked();
        spawn_local(async move {
            let result = api::admin::order_themes(category_id, ids).await.map(Some);
            let done = format(
                i18n.t(Key::AthMoved),
                &[("name", &label), ("n", &(to + 1).to_string()), ("total", &len.to_string())],
            );
            if tab.after(result, done) {
                refocus_move("theme", theme_id, up, to, len);
            }
        });
    });

    // Archiving first asks the server what it would do; the admin confirms.
    let ask_archive = move |_| {
        busy.set(true);
        spawn_local(async move {
            let change = ThemeChange { theme: None, archived: Some(true) };
            let result = api::admin::impact(theme_id, &change).await;
            busy.try_set(false);
            match result {
                Ok(impact) => {
                    confirm.try_set(Some(Confirm::Archive(impact)));
                    request_animation_frame(move || focus_id(&format!("confirm-{theme_id}")));
                }
                Err(e) => {
                    tab.after(Err(e), String::new());
                }
            }
        });
    };
    let set_archived = move |archived: bool| {
        let Some(etag) = located.with_untracked(|l| l.as_ref().map(|l| l.0.etag())) else { return };
        let label = name.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let result = api::admin::set_archived(theme_id, &etag, archived).await.map(|_| None);
            busy.try_set(false);
            confirm.try_set(None);
            let key = if archived { Key::AthArchivedDone } else { Key::AthUnarchivedDone };
            tab.after(result, format(i18n.t(key), &[("name", &label)]));
        });
    };
    let delete = move |_| {
        let Some(etag) = located.with_untracked(|l| l.as_ref().map(|l| l.0.etag())) else { return };
        let label = name.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let result = api::admin::delete_theme(theme_id, &etag).await.map(|_| None);
            busy.try_set(false);
            confirm.try_set(None);
            tab.after(result, format(i18n.t(Key::AthDeletedDone), &[("name", &label)]));
        });
    };

    let counts = move || {
        theme().map(|t| {
            let r = &t.registrations;
            let mut text = i18n.tf(
                Key::AthCounts,
                &[("approved", &r.approved.to_string()), ("pending", &r.pending.to_string())],
            );
            if r.needs_answer > 0 {
                text.push_str(" · ");
                text.push_str(&i18n.tf(Key::AthNeedsAnswerCount, &[("n", &r.needs_answer.to_string())]));
            }
            text
        })
    };
    let archived = move || theme().is_some_and(|t| t.archived);
    let deletable = move || theme().is_some_and(|t| t.deletable);
    let confirm_view = move || {
        confirm.get().map(|c| {
            let (message, action, run): (AnyView, Key, Callback<()>) = match c {
                Confirm::Archive(impact) => (
                    view! { <ImpactLines impact archive=true /> }.into_any(),
                    Key::AthArchiveConfirm,
                    Callback::new(move |_| set_archived(true)),
                ),
                Confirm::Delete => (
                    view! { <p>{tr(Key::AthDeleteQuestion)}</p> }.into_any(),
                    Key::AthDeleteConfirm,
                    Callback::new(move |_| delete(())),
                ),
            };
            view! {
                <div class="admin-confirm" role="group" aria-labelledby=format!("confirm-{theme_id}-text")>
                    <div id=format!("confirm-{theme_id}-text")>{message}</div>
                    <div class="admin-actions">
                        <button
                            type="button"
                            class="btn btn-danger btn-sm"
                            id=format!("confirm-{theme_id}")
                            disabled=move || busy.get()
                            on:click=move |_| run.run(())
                        >
                            {tr(action)}
                        </button>
                        <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| confirm.set(None)>
                            {tr(Key::AthCancel)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <li class="admin-theme-row" class:is-archived=archived>
            <div class="admin-theme-main">
                <a class="admin-theme-name" href=AdminView::Theme(theme_id).href()>
                    {move || name.get()}
                </a>
                {move || archived().then(|| view! { <span class="badge badge-muted">{tr(Key::AthArchivedBadge)}</span> })}
                <p class="person-meta">{counts}</p>
            </div>
            <div class="admin-actions">
                <MoveButtons what="theme" id=theme_id position name on_move=move_by />
                {move || {
                    if archived() {
                        view! {
                            <button type="button" class="btn btn-secondary btn-sm" disabled=move || busy.get() on:click=move |_| set_archived(false)>
                                {tr(Key::AthUnarchive)}
                            </button>
                        }
                        .into_any()
                    } else {
                        view! {
                            <button type="button" class="btn btn-secondary btn-sm" disabled=move || busy.get() on:click=ask_archive>
                                {tr(Key::AthArchive)}
                            </button>
                        }
                        .into_any()
                    }
                }}
                <Show when=deletable>
                    <button
                        type="button"
                        class="btn btn-quiet btn-sm"
                        on:click=move |_| {
                            confirm.set(Some(Confirm::Delete));
                            request_animation_frame(move || focus_id(&format!("confirm-{theme_id}")));
                        }
                    >
                        {tr(Key::AthDelete)}
                    </button>
                </Show>
            </div>
            {confirm_view}
        </li>
    }
}
