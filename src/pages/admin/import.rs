//! The admin's import tab (built by its own change; this is the route's slot).

use leptos::prelude::*;

#[component]
pub fn ImportTab() -> impl IntoView {
    view! { <section class="admin-section" data-tab="import"></section> }
}
