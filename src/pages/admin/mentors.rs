//! The admin's mentors tab (built by its own change; this is the route's slot).

use leptos::prelude::*;

#[component]
pub fn MentorsTab() -> impl IntoView {
    view! { <section class="admin-section" data-tab="mentors"></section> }
}
