//! The required items: add, remove, reorder; per item a label in both
//! languages, a kind, the required flag and, for single choice, its options.

use leptos::prelude::*;
use naname_contract::admin::{ItemKind, MAX_OPTIONS, MAX_REQUIRED_ITEMS};

use super::Form;
use crate::i18n::{format, tr, use_i18n, Key};
use crate::pages::admin::field::{error_of, focus_id, pair_label, FieldErrorLine, TextField};
use crate::state::admin_theme::{dom_id, move_by_one, ItemDraft};

/// An edit of one item, or of its options, applied by the item's current index.
type ItemEdit = Box<dyn FnOnce(&mut ItemDraft)>;
type OptionsEdit = Box<dyn FnOnce(&mut Vec<String>)>;

const KINDS: [(ItemKind, Key); 4] = [
    (ItemKind::ShortText, Key::AthKindShort),
    (ItemKind::LongText, Key::AthKindLong),
    (ItemKind::SingleChoice, Key::AthKindChoice),
    (ItemKind::Year, Key::AthKindYear),
];

#[component]
pub(super) fn Items(form: Form, status: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let keys = move || form.draft.with(|d| d.items.iter().map(|i| i.key).collect::<Vec<_>>());
    let count = move || form.draft.with(|d| d.items.len());
    let field = Signal::derive(|| "required_items".to_string());
    let error = Signal::derive(error_of(form.error_map.into(), field));
    let add = move |_| {
        let i = form.draft.with_untracked(|d| d.items.len());
        form.edit("required_items", |d| d.add_item());
        let id = dom_id(&format!("required_items[{i}].label.ja"));
        request_animation_frame(move || focus_id(&id));
    };
    view! {
        <fieldset class="admin-items" id=dom_id("required_items") tabindex="-1" aria-describedby="items-rule">
            <legend class="legend">{tr(Key::AthItemsHeading)}</legend>
            <p class="field-hint" id="items-rule">
                {tr(Key::AthItemsLead)}
                " "
                {tr(Key::AthNewItemRule)}
            </p>
            <FieldErrorLine id=format!("{}-error", dom_id("required_items")) error />
            <ol class="admin-item-list">
                <For each=keys key=|k| *k children=move |key| view! { <ItemEditor form key status /> } />
            </ol>
            <button type="button" class="btn btn-secondary" on:click=add disabled={move || count() >= MAX_REQUIRED_ITEMS}>
                {move || i18n.t(Key::AthAddItem)}
            </button>
        </fieldset>
    }
}

#[component]
fn ItemEditor(form: Form, key: u32, status: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let index =
        Memo::new(move |_| form.draft.with(|d| d.items.iter().position(|i| i.key == key).unwrap_or(0)));
    let item = move |f: &dyn Fn(&ItemDraft) -> String| {
        form.draft.with(|d| d.items.get(index.get()).map(f).unwrap_or_default())
    };
    let kind = Memo::new(move |_| {
        form.draft.with(|d| d.items.get(index.get()).map(|i| i.kind).unwrap_or(ItemKind::ShortText))
    });
    let at = move || format!("required_items[{}]", index.get());
    let edit = move |field: String, f: ItemEdit| {
        let i = index.get_untracked();
        form.edit(&field, |d| {
            if let Some(item) = d.items.get_mut(i) {
                f(item)
            }
        });
    };
    let label_field = move |lang: &'static str| Signal::derive(move || format!("{}.label.{lang}", at()));
    let label_value = move |lang: &'static str| {
        Signal::derive(move || item(&|i| if lang == "ja" { i.label.ja.clone() } else { i.label.en.clone() }))
    };
    let set_label = move |lang: &'static str| {
        Callback::new(move |v: String| {
            edit(
                label_field(lang).get_untracked(),
                Box::new(move |i: &mut ItemDraft| if lang == "ja" { i.label.ja = v } else { i.label.en = v }),
            )
        })
    };
    let number = move || (index.get() + 1).to_string();
    let title = move || format(i18n.t(Key::AthItemN), &[("n", &number())]);
    let move_item =
        move |up: bool| {
            let from = index.get_untracked();
            let mut to = None;
            form.draft.update(|d| to = move_by_one(&mut d.items, from, up));
            if let Some(to) = to {
                let len = form.draft.with_untracked(|d| d.items.len());
                status.set(i18n.tf(
                    Key::AthItemMoved,
                    &[("from", &(from + 1).to_string()), ("n", &(to + 1).to_string())],
                ));
                let at_end = if up { to == 0 } else { to + 1 == len };
                let target = format!("item-{key}-{}", if up != at_end { "up" } else { "down" });
                request_animation_frame(move || focus_id(&target));
            }
        };
    let remove = move |_| {
        let i = index.get_untracked();
        form.edit("required_items", |d| {
            if i < d.items.len() {
                d.items.remove(i);
            }
        });
        status.set(i18n.tf(Key::AthItemRemoved, &[("n", &(i + 1).to_string())]));
        request_animation_frame(|| focus_id(&dom_id("required_items")));
    };
    let errors: Signal<_> = form.error_map.into();
    let kind_id = move || format!("item-{key}-kind");
    let required_id = format!("item-{key}-required");
    let required_for = required_id.clone();
    view! {
        <li class="admin-item admin-card">
            <div class="admin-item-head">
                <h4 class="admin-item-title">{title}</h4>
                <div class="admin-actions">
                    <button type="button" class="btn btn-secondary btn-sm" id=format!("item-{key}-up")
                        disabled=move || index.get() == 0
                        aria-label=move || i18n.tf(Key::AthItemUp, &[("n", &number())])
                        on:click=move |_| move_item(true)>
                        <span aria-hidden="true">"↑"</span>
                    </button>
                    <button type="button" class="btn btn-secondary btn-sm" id=format!("item-{key}-down")
                        disabled=move || form.draft.with(|d| index.get() + 1 >= d.items.len())
                        aria-label=move || i18n.tf(Key::AthItemDown, &[("n", &number())])
                        on:click=move |_| move_item(false)>
                        <span aria-hidden="true">"↓"</span>
                    </button>
                    <button type="button" class="btn btn-quiet btn-sm"
                        aria-label=move || i18n.tf(Key::AthItemRemove, &[("n", &number())])
                        on:click=remove>
                        {tr(Key::AthRemove)}
                    </button>
                </div>
            </div>
            <div class="admin-pair">
                <TextField field=label_field("ja") label=pair_label(Key::AthItemLabel, Key::AthLangJa) value=label_value("ja") on_input=set_label("ja") errors lang="ja" max=80 />
                <TextField field=label_field("en") label=pair_label(Key::AthItemLabel, Key::AthLangEn) value=label_value("en") on_input=set_label("en") errors lang="en" max=80 />
            </div>
            <div class="admin-item-settings">
                <div class="field">
                    <label class="field-label" for=kind_id>{tr(Key::AthItemKind)}</label>
                    <select class="input select" id=kind_id on:change=move |ev| {
                        let value = ItemKind::parse(&event_target_value(&ev)).unwrap_or(ItemKind::ShortText);
                        edit(format!("{}.options", at()), Box::new(move |i: &mut ItemDraft| i.kind = value));
                    }>
                        {KINDS.into_iter().map(|(k, label)| view! {
                            <option value=k.as_str() selected=move || kind.get() == k>{tr(label)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <label class="admin-check" for=required_for>
                    <input type="checkbox" id=required_id
                        prop:checked=move || form.draft.with(|d| d.items.get(index.get()).is_some_and(|i| i.required))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            edit(at(), Box::new(move |i: &mut ItemDraft| i.required = on));
                        } />
                    <span>{tr(Key::AthItemRequired)}</span>
                </label>
            </div>
            <Show when=move || kind.get() == ItemKind::SingleChoice>
                <Options form index at=Signal::derive(at) edit_key=key />
            </Show>
        </li>
    }
}

/// A single-choice item's options: 2 to 20, each its own field.
#[component]
fn Options(form: Form, index: Memo<usize>, #[prop(into)] at: Signal<String>, edit_key: u32) -> impl IntoView {
    let i18n = use_i18n();
    let len = move || form.draft.with(|d| d.items.get(index.get()).map(|i| i.options.len()).unwrap_or(0));
    let group = Signal::derive(move || format!("{}.options", at.get()));
    let error = Signal::derive(error_of(form.error_map.into(), group));
    let errors: Signal<_> = form.error_map.into();
    let update = move |field: String, f: OptionsEdit| {
        let i = index.get_untracked();
        form.edit(&field, |d| {
            if let Some(item) = d.items.get_mut(i) {
                f(&mut item.options)
            }
        });
    };
    let add = move |_: leptos::ev::MouseEvent| {
        let j = len();
        update(group.get_untracked(), Box::new(|o: &mut Vec<String>| o.push(String::new())));
        let id = dom_id(&format!("{}[{j}]", group.get_untracked()));
        request_animation_frame(move || focus_id(&id));
    };
    let option = move |j: usize| {
        let field = Signal::derive(move || format!("{}.options[{j}]", at.get()));
        let value = Signal::derive(move || {
            form.draft.with(|d| {
                d.items.get(index.get()).and_then(|i| i.options.get(j).cloned()).unwrap_or_default()
            })
        });
        let on_input = Callback::new(move |v: String| {
            update(
                field.get_untracked(),
                Box::new(move |o: &mut Vec<String>| {
                    if let Some(s) = o.get_mut(j) {
                        *s = v
                    }
                }),
            )
        });
        let label = Signal::derive(move || i18n.tf(Key::AthOptionN, &[("n", &(j + 1).to_string())]));
        view! {
            <li class="admin-option">
                <TextField field label value on_input errors max=80 />
                <button type="button" class="btn btn-quiet btn-sm"
                    aria-label=move || i18n.tf(Key::AthOptionRemove, &[("n", &(j + 1).to_string())])
                    on:click=move |_| {
                        update(group.get_untracked(), Box::new(move |o: &mut Vec<String>| if j < o.len() { o.remove(j); }));
                        request_animation_frame(move || focus_id(&format!("item-{edit_key}-add-option")));
                    }>
                    {tr(Key::AthRemove)}
                </button>
            </li>
        }
    };
    view! {
        <div class="admin-options" id=move || dom_id(&group.get()) tabindex="-1">
            <p class="field-label">{tr(Key::AthOptions)}</p>
            <FieldErrorLine id=Signal::derive(move || format!("{}-error", dom_id(&group.get()))) error />
            <ol class="admin-option-list">
                <For each=move || 0..len() key=|j| *j children=option />
            </ol>
            <button type="button" class="btn btn-secondary btn-sm" id=format!("item-{edit_key}-add-option")
                disabled={move || len() >= MAX_OPTIONS} on:click=add>
                {tr(Key::AthAddOption)}
            </button>
        </div>
    }
}
