//! `/admin/activity`: is the mentor programme alive? Per theme, approved
//! and pending mentors and the 1on1s requested and accepted in the last 30
//! and 90 days (with a CSV download for Excel); the mentors nobody can
//! book or nobody booked yet; accepted 1on1s per week over 12 weeks.

mod chart;
mod flags;
mod table;

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::activity::Activity;

use crate::api;
use crate::components::{ErrorState, LoadingState};
use crate::i18n::{tr, use_i18n, Key};
use crate::state::Remote;

#[component]
pub fn ActivityTab() -> impl IntoView {
    let i18n = use_i18n();
    let data = RwSignal::new(Remote::<Activity>::Loading);
    let load = move || {
        data.set(Remote::Loading);
        spawn_local(async move {
            let next = match api::admin_activity::activity(&crate::intl::viewer_zone()).await {
                Ok(a) => Remote::Ready(a),
                Err(e) => Remote::Failed(e),
            };
            data.try_set(next);
        });
    };
    load();
    let retry = Callback::new(move |()| load());
    let csv_href = move || api::admin_activity::csv_href(i18n.lang());

    let body = move || match data.get() {
        Remote::Loading => view! { <LoadingState /> }.into_any(),
        Remote::Failed(error) => view! { <ErrorState error on_retry=retry /> }.into_any(),
        Remote::Ready(a) => view! {
            <table::ThemeTable activity=a.clone() csv_href />
            <flags::Flags activity=a.clone() />
            <chart::WeekChart activity=a />
        }
        .into_any(),
    };
    view! {
        <section class="admin-section activity" data-tab="activity" aria-label=tr(Key::AdminTabActivity)>
            {body}
        </section>
    }
}
