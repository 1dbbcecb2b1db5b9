//! The naname reference backend: a REST API over SQLite that also serves the
//! built web app. `main.rs` is only the command line around [`app`].

pub mod auth;
pub mod booking;
pub mod cache;
pub mod client;
pub mod clock;
pub mod extract;
pub mod hashing;
pub mod ics;
pub mod import;
pub mod problem;
pub mod routes;
pub mod seed;
pub mod serve;
pub mod store;
pub mod throttle;
pub mod web;

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

pub use routes::openapi::{openapi_json, ApiDoc};

/// Settings that do not change while the server runs.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Adds `Secure` to the session cookie; on whenever the app is served over HTTPS.
    pub secure_cookies: bool,
    /// The built web app (Trunk's `dist/`), served at `/` with an SPA fallback.
    pub static_dir: Option<PathBuf>,
    /// Reverse proxies whose `X-Forwarded-For` names the client (see [`client`]).
    pub trusted_proxies: Vec<client::Cidr>,
    /// Concurrent password checks and how long a sign-in waits for one.
    pub hashing: hashing::HashingLimits,
}

#[derive(Clone)]
pub struct AppState {
    pub pool: SqlitePool,
    pub config: Arc<Config>,
    /// Verified against when an email is unknown, so that a login for a
    /// missing account takes as long as one with a wrong password.
    pub dummy_hash: Arc<str>,
    pub cache: Arc<cache::Cache>,
    /// What "now" is for booking rules; see [`clock`].
    pub clock: Arc<dyn clock::Clock>,
    /// Write transactions of this process take turns here before SQLite's
    /// write lock: a fair async queue instead of SQLite's sleep-and-retry
    /// busy handler, which made the slowest of 64 concurrent writers wait
    /// hundreds of milliseconds. Other processes still meet the busy timeout.
    pub writes: Arc<tokio::sync::Mutex<()>>,
    /// Failed sign-ins per email and client address, in this process only.
    pub login_throttle: Arc<throttle::LoginThrottle>,
    /// The threads that check passwords, a bounded number at once.
    pub hasher: Arc<hashing::Hasher>,
}

impl AppState {
    /// Hashes the dummy password, which takes a few milliseconds: call it once at start-up.
    pub fn new(pool: SqlitePool, config: Config) -> Result<Self, auth::PasswordError> {
        let dummy_hash = auth::hash_password(&auth::random_token())?;
        let hasher = Arc::new(hashing::Hasher::new(config.hashing));
        Ok(Self {
            pool,
            config: Arc::new(config),
            dummy_hash: dummy_hash.into(),
            cache: Arc::default(),
            clock: Arc::new(clock::SystemClock),
            writes: Arc::default(),
            login_throttle: Arc::default(),
            hasher,
        })
    }

    /// A `BEGIN IMMEDIATE` transaction, after this process's earlier writers
    /// (see [`AppState::writes`]). Keep the turn until the transaction ends.
    pub async fn begin_write(
        &self,
    ) -> Result<(tokio::sync::MutexGuard<'_, ()>, sqlx::Transaction<'static, sqlx::Sqlite>), sqlx::Error>
    {
        let turn = self.writes.lock().await;
        let tx = store::begin_write(&self.pool).await?;
        Ok((turn, tx))
    }

    /// The same state reading time from `clock` (tests move time on).
    pub fn with_clock(mut self, clock: Arc<dyn clock::Clock>) -> Self {
        self.clock = clock;
        self
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}

/// The whole HTTP surface: `/api/*` plus, when configured, the static app.
/// Serve it with `into_make_service_with_connect_info::<SocketAddr>()`: sign-in
/// throttling counts failures per client address too.
pub fn app(state: AppState) -> Router {
    routes::router(state)
}

/// Opens (creating if missing) and migrates the database at `url`, e.g.
/// `sqlite://data/naname.db`.
///
/// Only SQLite for now. PostgreSQL would mean an `AnyPool` or a second pool
/// type here plus the few SQLite-only statements in `store/` (the schema
/// and queries otherwise stick to portable SQL); it is left for when someone
/// runs more than one server process.
pub async fn open_db(url: &str) -> Result<SqlitePool, sqlx::Error> {
    open_db_with(url, Durability::Full).await
}

/// When a commit is on disk. Only [`Durability::Full`] keeps the promise of
/// a 201; `Normal` is there for the benchmark that measures what it costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// `synchronous=FULL`: the WAL is synced on every commit, so an answered
    /// 201 survives a power loss or an OS crash.
    #[default]
    Full,
    /// `synchronous=NORMAL`: synced at checkpoints only; a power loss can
    /// roll back bookings that were already answered with 201.
    Normal,
}

/// [`open_db`] with the durability chosen.
pub async fn open_db_with(url: &str, durability: Durability) -> Result<SqlitePool, sqlx::Error> {
    let synchronous = match durability {
        Durability::Full => SqliteSynchronous::Full,
        Durability::Normal => SqliteSynchronous::Normal,
    };
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(synchronous)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5))
        // `ORDER BY name_reading COLLATE reading`: あいうえお order across
        // hiragana and katakana readings (SQLite only; PostgreSQL has ICU).
        .collation(store::READING_COLLATION, naname_contract::search::reading_order);
    let pool = SqlitePoolOptions::new()
        // Reads run in parallel under WAL; more connections than cores only
        // adds contention on a small machine.
        .max_connections(8)
        .min_connections(1)
        .connect_with(options)
        .await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}
