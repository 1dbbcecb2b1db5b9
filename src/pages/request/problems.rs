//! The validation summary above the form: every field with an error, as a
//! link to that field, in page order. It takes focus when a review or a
//! send finds errors, and shrinks as each is fixed until it is gone.

use leptos::html::Div;
use leptos::prelude::*;

use super::Req;
use crate::i18n::{tr, use_i18n, Key};
use crate::state::request::summary_lines;

/// The id of the element a field's link goes to.
pub(super) fn anchor(field: &str) -> &'static str {
    match field {
        "start" => "step-when",
        "theme_id" => "field-theme",
        "topic_ids" => "field-topics",
        "response_id" => "field-response",
        "note" => "req-note",
        _ => "req-form",
    }
}

#[component]
pub(super) fn ProblemSummary(req: Req, node_ref: NodeRef<Div>) -> impl IntoView {
    let i18n = use_i18n();
    let lines = Memo::new(move |_| req.errors.with(|e| summary_lines(e)));
    move || {
        let lines = lines.get();
        (!lines.is_empty()).then(|| {
            let items = lines
                .into_iter()
                .map(|(field, key)| {
                    let href = format!("#{}", anchor(&field));
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| {
                                    // Focus the field itself, not just scroll to it.
                                    ev.prevent_default();
                                    req.fields.focus(&field, req.when_heading);
                                }
                            >
                                {move || i18n.t(key)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div
                    class="error-summary"
                    role="alert"
                    tabindex="-1"
                    aria-labelledby="error-summary-title"
                    node_ref=node_ref
                >
                    <h3 class="error-summary-title" id="error-summary-title">
                        {tr(Key::ErrorSummaryTitle)}
                    </h3>
                    <ul class="error-summary-list">{items}</ul>
                </div>
            }
        })
    }
}
