//! `/admin/import`: mentor registrations from a CSV file. Choose a file,
//! see what each row would do (the dry run), then register the valid rows
//! in one go; the rows that failed download as a CSV to fix and upload
//! again. The server reads the encoding (UTF-8 with or without a BOM,
//! Shift_JIS) and answers both steps; this page only sends the bytes.

mod download;
mod report;

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::admin_import::{ImportReport, MAX_IMPORT_BYTES};
use wasm_bindgen::JsCast;

use crate::api::{self, ApiError};
use crate::i18n::{text, tr, use_i18n, Key, Lang};

use report::Report;

/// What the page shows below the form.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Checking,
    Checked(ImportReport),
    Committing(ImportReport),
    Done(ImportReport),
}

/// The message of a refused file, by the problem's code.
fn refusal(lang: Lang, error: &ApiError) -> String {
    let key = match error.code() {
        Some("unreadable_csv") => Key::ImportUnreadable,
        Some("empty_csv") => Key::ImportEmpty,
        Some("too_many_rows") => Key::ImportTooManyRows,
        Some("payload_too_large") => Key::ImportFileTooLarge,
        _ => return error.message(lang),
    };
    text(lang, key).to_string()
}

/// The chosen file's bytes, or why there are none.
async fn read_file(input: &web_sys::HtmlInputElement) -> Result<Vec<u8>, Key> {
    let file = input.files().and_then(|f| f.get(0)).ok_or(Key::ImportChooseFile)?;
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(Key::ImportFileTooLarge);
    }
    let buffer =
        wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| Key::ImportUnreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[component]
pub fn ImportTab() -> impl IntoView {
    let i18n = use_i18n();
    let step = RwSignal::new(Step::Idle);
    let error = RwSignal::new(None::<String>);
    // The bytes checked, sent again as they are to commit.
    let file = StoredValue::new(Vec::<u8>::new());
    let input = NodeRef::<leptos::html::Input>::new();
    let result_heading = NodeRef::<leptos::html::H2>::new();

    let focus_result = move || {
        request_animation_frame(move || {
            if let Some(h) = result_heading.get_untracked() {
                let _ = h.focus();
            }
        })
    };
    let fail = move |message: String| {
        error.set(Some(message));
        step.set(Step::Idle);
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };

    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(el) = input.get_untracked() else { return };
        let el: web_sys::HtmlInputElement = el.unchecked_into();
        error.set(None);
        step.set(Step::Checking);
        spawn_local(async move {
            let lang = i18n.lang_untracked();
            let bytes = match read_file(&el).await {
                Ok(bytes) => bytes,
                Err(key) => return fail(text(lang, key).to_string()),
            };
            match api::admin_import::import(&bytes, true).await {
                Ok(report) => {
                    file.set_value(bytes);
                    step.set(Step::Checked(report));
                    focus_result();
                }
                Err(e) => fail(refusal(lang, &e)),
            }
        });
    };

    let commit = Callback::new(move |()| {
        let Step::Checked(report) = step.get_untracked() else { return };
        step.set(Step::Committing(report.clone()));
        spawn_local(async move {
            let bytes = file.get_value();
            match api::admin_import::import(&bytes, false).await {
                Ok(done) => {
                    step.set(Step::Done(done));
                    focus_result();
                }
                Err(e) => {
                    error.set(Some(refusal(i18n.lang_untracked(), &e)));
                    step.set(Step::Checked(report));
                }
            }
        });
    });

    let busy = move || matches!(step.get(), Step::Checking | Step::Committing(_));
    let described = move || error.with(|e| e.is_some()).then_some("import-file-error");
    let shown = move || match step.get() {
        Step::Checked(r) => Some((r, false)),
        Step::Committing(r) => Some((r, true)),
        Step::Done(r) => Some((r, false)),
        Step::Idle | Step::Checking => None,
    };
    let status = move || match step.get() {
        Step::Checking => Some(text(i18n.lang(), Key::ImportChecking).to_string()),
        Step::Committing(_) => Some(text(i18n.lang(), Key::ImportCommitting).to_string()),
        Step::Done(r) => {
            Some(crate::i18n::format(text(i18n.lang(), Key::ImportDone), &[("n", &r.registered.to_string())]))
        }
        _ => None,
    };

    view! {
        <section class="admin-section import" data-tab="import" aria-labelledby="import-title">
            <h2 id="import-title" class="admin-section-title">{tr(Key::ImportTitle)}</h2>
            <p class="import-help">{tr(Key::ImportHelp)}</p>
            <figure class="import-example">
                <figcaption>{tr(Key::ImportExample)}</figcaption>
                <pre lang="ja">"メールアドレス,テーマ,メッセージ\nmentee@example.com,海外駐在,ぜひお願いします\nsakura.ito@example.com,Posting abroad,\n"</pre>
            </figure>
            <form class="import-form" on:submit=check novalidate>
                <div class="field">
                    <label class="field-label" for="import-file">{tr(Key::ImportFileLabel)}</label>
                    <input
                        id="import-file"
                        type="file"
                        accept=".csv,text/csv"
                        node_ref=input
                        aria-invalid=move || error.with(|e| e.is_some()).then_some("true")
                        aria-describedby=described
                        on:change=move |_| {
                            error.set(None);
                            step.set(Step::Idle);
                        }
                    />
                    {move || error.get().map(|e| view! { <p class="field-error" id="import-file-error">{e}</p> })}
                </div>
                <button type="submit" class="btn btn-primary" disabled=busy>
                    {tr(Key::ImportCheck)}
                </button>
            </form>
            <div class="import-status" role="status">
                {move || status().map(|s| view! { <p class="banner-ok">{s}</p> })}
            </div>
            {move || shown().map(|(report, committing)| view! {
                <Report report committing heading=result_heading on_commit=commit />
            })}
        </section>
    }
}
