//! The zone the times are written in: an IANA id, searched by city in the
//! browser's own list of zones, with its offset now.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{dom_id, Editor, PlaceError};
use crate::i18n::{tr, Key};
use crate::intl::{self, Clock};

/// Every zone the browser knows (`Intl.supportedValuesOf("timeZone")`).
fn known_zones() -> Vec<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let list = intl.and_then(|intl| {
        let f = js_sys::Reflect::get(&intl, &"supportedValuesOf".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        f.call1(&intl, &"timeZone".into()).ok()?.dyn_into::<js_sys::Array>().ok()
    });
    list.map(|a| a.iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default()
}

const PLACE: &str = "time_zone";

#[component]
pub(super) fn ZoneField(ed: Editor) -> impl IntoView {
    let i18n = ed.i18n;
    let id = dom_id(PLACE);
    let options = known_zones().into_iter().map(|z| view! { <option value=z></option> }).collect_view();
    let zone = move || ed.form.with(|f| f.time_zone.clone());
    let now = move || {
        let z = zone();
        intl::is_known_zone(&z).then(|| {
            let label = Clock::of(&z).label(i18n.lang(), intl::now());
            i18n.tf(Key::TimesZoneNow, &[("label", &label)])
        })
    };
    let browser = intl::viewer_zone();
    let use_browser = {
        let browser = browser.clone();
        move || (!browser.is_empty() && zone() != browser).then(|| browser.clone())
    };
    let invalid = move || ed.errors.with(|e| e.contains_key(PLACE));
    let label_for = id.clone();
    view! {
        <div class="field times-zone" class:has-error=invalid>
            <label class="field-label" for=label_for>
                {tr(Key::TimesZone)}
            </label>
            <p class="field-hint" id="tt-time_zone-hint">{tr(Key::TimesZoneHint)}</p>
            <input
                class="input"
                type="text"
                id=id
                list="tt-zones"
                autocomplete="off"
                spellcheck="false"
                aria-invalid=move || invalid().to_string()
                aria-describedby=move || if invalid() { "tt-time_zone-hint tt-time_zone-error" } else { "tt-time_zone-hint" }
                prop:value=zone
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    ed.edit(PLACE, |f| f.time_zone = v);
                }
            />
            <datalist id="tt-zones">{options}</datalist>
            <p class="field-hint times-zone-now">{now}</p>
            {move || {
                use_browser()
                    .map(|b| {
                        let label = i18n.tf(Key::TimesUseBrowserZone, &[("zone", &b)]);
                        view! {
                            <button type="button" class="btn btn-quiet btn-sm" on:click=move |_| {
                                let b = b.clone();
                                ed.edit(PLACE, |f| f.time_zone = b);
                            }>
                                {label}
                            </button>
                        }
                    })
            }}
            <PlaceError ed place=PLACE.to_string() />
        </div>
    }
}
