//! The category form, for a new category and for renaming one: a name in
//! Japanese and in English, checked with the contract's rules.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin::CategoryInput;
use naname_contract::{FieldError, Localized};

use super::Tab;
use crate::api;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::{focus_field_in, prefixed, Errors, LocalizedPair};

#[component]
pub(super) fn CategoryForm(
    tab: Tab,
    /// `None` for a new category.
    id: Option<i64>,
    initial: Localized,
    /// After a save or "Cancel".
    #[prop(optional)]
    on_done: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(initial);
    let errors = RwSignal::new(Errors::new());
    let busy = RwSignal::new(false);
    let prefix = match id {
        Some(id) => format!("cat{id}"),
        None => "newcat".to_string(),
    };
    let prefix = StoredValue::new(prefix);
    let fail = move |e: &[FieldError]| {
        errors.try_set(prefixed(e, &prefix.get_value()));
        focus_field_in(&prefix.get_value(), e);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = CategoryInput { name: name.get_untracked() };
        if let Err(e) = input.validate() {
            fail(&e);
            return;
        }
        errors.set(Errors::new());
        busy.set(true);
        spawn_local(async move {
            let result = match id {
                Some(id) => api::admin::rename_category(id, &input).await,
                None => api::admin::create_category(&input).await,
            };
            busy.try_set(false);
            match result {
                Ok(saved) => {
                    let key = if id.is_some() { Key::AthRenamed } else { Key::AthCategoryAdded };
                    let done = i18n.tf(key, &[("name", saved.name.get(i18n.lang_untracked().code()))]);
                    if id.is_none() {
                        name.try_set(Localized::default());
                    }
                    tab.after(Ok(None), done);
                    if let Some(done) = on_done {
                        done.run(());
                    }
                }
                Err(e) if !e.field_errors().is_empty() => fail(e.field_errors()),
                Err(e) => {
                    tab.after(Err(e), String::new());
                }
            }
        });
    };
    let submit_label = if id.is_some() { Key::AthSave } else { Key::AthAddCategory };
    view! {
        <form class="admin-inline-form" on:submit=submit novalidate>
            <LocalizedPair field=format!("{}.name", prefix.get_value()) label=Key::AthCategoryName value=name errors max=80 />
            <div class="admin-actions">
                <button type="submit" class="btn btn-primary btn-sm" disabled=move || busy.get()>
                    {tr(submit_label)}
                </button>
                {on_done
                    .map(|done| {
                        view! {
                            <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| done.run(())>
                                {tr(Key::AthCancel)}
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}

/// "Add a category" at the end of the list.
#[component]
pub(super) fn NewCategory(tab: Tab) -> impl IntoView {
    view! {
        <section class="admin-new-category admin-card" aria-labelledby="new-category-heading">
            <h3 class="admin-category-name" id="new-category-heading">
                {tr(Key::AthNewCategory)}
            </h3>
            <CategoryForm tab id=None initial=Localized::default() />
        </section>
    }
}
