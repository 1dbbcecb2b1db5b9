//! Who is signed in, shared through context.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::auth::{Me, Role};

use crate::api::{self, ApiError};

#[derive(Debug, Clone, PartialEq)]
pub enum Session {
    /// Asking the server (`GET /api/me`) at start-up.
    Checking,
    SignedOut,
    SignedIn(Me),
    /// The check itself failed (network, server); the user can retry.
    Failed(ApiError),
}

#[derive(Debug, Clone, Copy)]
pub struct Auth {
    pub session: RwSignal<Session>,
    /// Set by a deliberate sign-out: the next sign-in starts afresh instead
    /// of returning to the page the previous person was on.
    logged_out: StoredValue<bool>,
}

impl Auth {
    pub fn new(session: Session) -> Self {
        Self { session: RwSignal::new(session), logged_out: StoredValue::new(false) }
    }

    /// After the user signed out: forget the session and where they were.
    pub fn logged_out(self) {
        self.logged_out.set_value(true);
        self.signed_out();
    }

    /// Whether the sign-out was deliberate (and clears the mark).
    pub fn take_logged_out(self) -> bool {
        let was = self.logged_out.get_value();
        self.logged_out.set_value(false);
        was
    }

    /// Asks the server who is signed in.
    pub fn check(self) {
        self.session.set(Session::Checking);
        spawn_local(async move {
            let next = match api::session::me().await {
                Ok(me) => Session::SignedIn(me),
                Err(e) if e.is_unauthenticated() => Session::SignedOut,
                Err(e) => Session::Failed(e),
            };
            self.session.try_set(next);
        });
    }

    pub fn signed_in(self, me: Me) {
        self.session.set(Session::SignedIn(me));
    }

    /// Forgets the session locally (after sign-out, or when the server said 401).
    pub fn signed_out(self) {
        api::set_csrf_token(None);
        self.session.set(Session::SignedOut);
    }

    /// Tracked.
    pub fn me(self) -> Option<Me> {
        self.session.with(|s| match s {
            Session::SignedIn(me) => Some(me.clone()),
            _ => None,
        })
    }

    /// Tracked.
    pub fn is_admin(self) -> bool {
        self.session.with(|s| matches!(s, Session::SignedIn(me) if me.role == Role::Admin))
    }

    pub fn is_signed_in(self) -> bool {
        self.session.with(|s| matches!(s, Session::SignedIn(_)))
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
