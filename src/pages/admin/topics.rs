//! The admin's topics tab (built by its own change; this is the route's slot).

use leptos::prelude::*;

#[component]
pub fn TopicsTab() -> impl IntoView {
    view! { <section class="admin-section" data-tab="topics"></section> }
}
