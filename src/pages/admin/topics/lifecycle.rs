//! Archive, bring back, or delete a prompt or a response. Delete is only
//! offered for what no 1on1 used, and asks first; archiving is undone with
//! one click, so it does not ask.

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n, Key};
use crate::pages::admin::field::focus_id;

#[component]
pub(super) fn Lifecycle(
    /// Element ids start with it (`t4`, `r2`).
    dom: String,
    #[prop(into)] name: Signal<String>,
    #[prop(into)] archived: Signal<bool>,
    #[prop(into)] used: Signal<bool>,
    #[prop(into)] busy: Signal<bool>,
    on_archive: Callback<bool>,
    on_delete: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let confirm_id = format!("{dom}-delete-confirm");
    let text_id = format!("{dom}-delete-text");
    let focus_confirm = confirm_id.clone();
    let ask = move |_| {
        asking.set(true);
        let target = focus_confirm.clone();
        request_animation_frame(move || focus_id(&target));
    };
    let archive_button = move || {
        let to = !archived.get();
        let key = if to { Key::AthArchive } else { Key::AthUnarchive };
        view! {
            <button type="button" class="btn btn-secondary btn-sm" disabled=move || busy.get() on:click=move |_| on_archive.run(to)>
                {tr(key)}
            </button>
        }
    };
    view! {
        {archive_button}
        <Show when=move || !used.get() && !asking.get()>
            <button type="button" class="btn btn-quiet btn-sm" on:click=ask.clone()>
                {tr(Key::AthDelete)}
            </button>
        </Show>
        <Show when=move || asking.get()>
            <div class="admin-confirm" role="group" aria-labelledby=text_id.clone()>
                <p id=text_id.clone()>{move || i18n.tf(Key::AtpDeleteQuestion, &[("name", &name.get())])}</p>
                <div class="admin-actions">
                    <button
                        type="button"
                        class="btn btn-danger btn-sm"
                        id=confirm_id.clone()
                        disabled=move || busy.get()
                        on:click=move |_| {
                            asking.set(false);
                            on_delete.run(());
                        }
                    >
                        {tr(Key::AthDeleteConfirm)}
                    </button>
                    <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| asking.set(false)>
                        {tr(Key::AthCancel)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
