//! The steps between editing and sent: to the review (or the validation
//! summary), back to editing, and the send with what each outcome means.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Req, Sending, Step};
use crate::api;
use crate::state::request::{failure, idempotency_key, Failure};

/// `(to_review, back, send)`.
pub(super) fn steps(req: Req, load_slots: Callback<()>) -> (Callback<()>, Callback<()>, Callback<()>) {
    let to_review = Callback::new(move |()| match req.request() {
        Ok(_) => {
            req.errors.set(Vec::new());
            req.sending.set(Sending::Idle);
            req.step.set(Step::Review);
        }
        Err(found) => {
            req.errors.set(found);
            req.fields.focus_summary();
        }
    });
    let back = Callback::new(move |()| {
        req.step.set(Step::Edit);
        req.sending.set(Sending::Idle);
        Req::focus_later(req.when_heading);
    });
    // One key per review attempt, kept for a retry after an unknown outcome.
    let key = StoredValue::new(idempotency_key(js_sys::Math::random));
    let send = Callback::new(move |()| {
        if req.sending.with_untracked(|s| *s == Sending::Busy) {
            return;
        }
        let Ok(request) = req.request() else {
            req.step.set(Step::Edit);
            return;
        };
        req.sending.set(Sending::Busy);
        spawn_local(async move {
            let e = match api::one_on_ones::create(&request, &key.get_value()).await {
                Ok(created) => {
                    // The next request from this page is a new one.
                    key.try_set_value(idempotency_key(js_sys::Math::random));
                    req.sent.try_set(Some(created));
                    req.sending.try_set(Sending::Idle);
                    req.step.try_set(Step::Sent);
                    return;
                }
                Err(e) => e,
            };
            match failure(e) {
                Failure::SlotGone(e) => {
                    load_slots.run(());
                    req.chosen.try_set(None);
                    req.step.try_set(Step::Edit);
                    req.sending.try_set(Sending::Idle);
                    req.slot_alert.try_set(Some(e.message_key()));
                }
                Failure::Fields(found) => {
                    req.step.try_set(Step::Edit);
                    req.sending.try_set(Sending::Idle);
                    req.errors.try_set(found);
                    req.fields.focus_summary();
                }
                other => {
                    // A definite refusal: the next attempt is a new request.
                    if matches!(other, Failure::Other(_)) {
                        key.set_value(idempotency_key(js_sys::Math::random));
                    }
                    req.sending.try_set(Sending::Failed(other));
                }
            }
        });
    });
    (to_review, back, send)
}
