//! The admin's activity tab (built by its own change; this is the route's slot).

use leptos::prelude::*;

#[component]
pub fn ActivityTab() -> impl IntoView {
    view! { <section class="admin-section" data-tab="activity"></section> }
}
