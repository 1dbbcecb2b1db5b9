//! One person's themes (built by its own change; this is the route's slot).

use leptos::prelude::*;

#[component]
pub fn PersonPage(id: i64) -> impl IntoView {
    view! { <section class="admin-section" data-person=id></section> }
}
