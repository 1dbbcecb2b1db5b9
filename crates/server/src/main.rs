//! Command line: `naname-server serve …` runs the server, `naname-server
//! openapi` prints the OpenAPI document. Everything else lives in the library.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use naname_server::client::Cidr;
use naname_server::serve::{self, HttpLimits};
use naname_server::{app, open_db_with, openapi_json, seed, store, web, AppState, Config, Durability};

#[derive(Parser)]
#[command(name = "naname-server", version, about = "The naname reference backend")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server (the default).
    Serve(ServeArgs),
    /// Print the OpenAPI document to stdout.
    Openapi,
}

#[derive(Parser)]
struct ServeArgs {
    /// SQLite database file, created if missing.
    #[arg(long, default_value = "data/naname.db")]
    db: PathBuf,
    /// Database URL instead of --db, e.g. `sqlite://data/naname.db`.
    #[arg(long, env = "NANAME_DATABASE_URL")]
    database_url: Option<String>,
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// The built web app to serve at `/` (Trunk's `dist`).
    #[arg(long = "static", value_name = "DIR")]
    static_dir: Option<PathBuf>,
    /// Delete the database first and start from the demo data again.
    #[arg(long)]
    reset: bool,
    /// Do not add the demo organisation to an empty database.
    #[arg(long)]
    no_seed: bool,
    /// Make sure this many synthetic mentors exist, for benchmarks.
    #[arg(long, value_name = "N")]
    bench_mentors: Option<u32>,
    /// Make sure this many synthetic mentees (password `naname-demo`) exist, for benchmarks.
    #[arg(long, value_name = "N")]
    bench_mentees: Option<u32>,
    /// Mark the session cookie `Secure` and send HSTS (serve over HTTPS).
    #[arg(long)]
    secure_cookies: bool,
    /// A reverse proxy (address or CIDR block, repeatable) whose
    /// `X-Forwarded-For` names the client, for sign-in throttling.
    #[arg(long = "trusted-proxy", value_name = "CIDR")]
    trusted_proxies: Vec<Cidr>,
    /// `normal` syncs SQLite only at checkpoints: faster, but a power loss can
    /// roll back bookings already answered with 201. For the benchmark that
    /// compares the two; never in production.
    #[arg(long, value_name = "full|normal", default_value = "full", value_parser = parse_durability, hide = true)]
    sqlite_synchronous: Durability,
    /// Connections served at once; more wait to be accepted.
    #[arg(long, value_name = "N", default_value_t = HttpLimits::default().max_connections)]
    max_connections: usize,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Openapi) => {
            print!("{}", openapi_json());
            ExitCode::SUCCESS
        }
        Some(Command::Serve(args)) => run(args).await,
        None => run(ServeArgs::parse_from(["naname-server"])).await,
    }
}

async fn run(args: ServeArgs) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .init();
    match serve(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("naname-server: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(args: ServeArgs) -> Result<(), Box<dyn std::error::Error>> {
    let url = args.database_url.clone().unwrap_or_else(|| format!("sqlite://{}", args.db.display()));
    if let Some(file) = sqlite_file(&url) {
        if args.reset {
            for suffix in ["", "-wal", "-shm"] {
                let mut path = file.clone().into_os_string();
                path.push(suffix);
                match std::fs::remove_file(&path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(format!("cannot delete {}: {e}", PathBuf::from(path).display()).into())
                    }
                }
            }
        }
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
    }

    let pool =
        open_db_with(&url, args.sqlite_synchronous).await.map_err(|e| format!("cannot open {url}: {e}"))?;
    if args.sqlite_synchronous == Durability::Normal {
        tracing::warn!("synchronous=NORMAL: a power loss can roll back bookings already answered with 201");
    }
    if !args.no_seed && seed::is_empty(&pool).await? {
        seed::demo(&pool).await?;
        tracing::info!("seeded the demo organisation");
    }
    if seed::ensure_catalogs(&pool).await? {
        tracing::info!("added the default topics and responses");
    }
    if let Some(n) = args.bench_mentors {
        let added = seed::bulk(&pool, n).await?;
        tracing::info!(added, total = n, "synthetic benchmark mentors");
    }
    if let Some(n) = args.bench_mentees {
        let added = seed::bulk_mentees(&pool, n).await?;
        tracing::info!(added, total = n, "synthetic benchmark mentees");
    }
    if let Some(dir) = &args.static_dir {
        if !web::has_index(dir) {
            tracing::warn!(dir = %dir.display(), "no index.html there; build the app with trunk first");
        }
    }

    let has_demo_logins = store::people::find_login(&pool, seed::org::ADMIN_EMAIL).await?.is_some();
    let state = AppState::new(
        pool.clone(),
        Config {
            secure_cookies: args.secure_cookies,
            static_dir: args.static_dir.clone(),
            trusted_proxies: args.trusted_proxies.clone(),
            ..Config::default()
        },
    )?;
    let addr: SocketAddr = format!("{}:{}", args.host, args.port)
        .parse()
        .map_err(|e| format!("bad --host/--port {}:{}: {e}", args.host, args.port))?;
    let listener =
        tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let shown =
        if addr.ip().is_unspecified() { format!("localhost:{}", addr.port()) } else { addr.to_string() };
    println!("naname is running at http://{shown}");
    if has_demo_logins {
        println!("Demo logins (password: {}):", seed::DEMO_PASSWORD);
        println!("  {:<22} admin (HR)", seed::org::ADMIN_EMAIL);
        println!("  {:<22} mentor", seed::org::MENTOR_EMAIL);
        println!("  {:<22} mentee", seed::org::MENTEE_EMAIL);
    }

    let limits = HttpLimits { max_connections: args.max_connections, ..HttpLimits::default() };
    serve::serve(listener, app(state), limits, shutdown_signal()).await?;
    pool.close().await;
    Ok(())
}

fn parse_durability(s: &str) -> Result<Durability, String> {
    match s {
        "full" => Ok(Durability::Full),
        "normal" => Ok(Durability::Normal),
        other => Err(format!("`{other}`: full or normal")),
    }
}

/// The file behind a `sqlite:` URL, if it names one (not `:memory:`).
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or("");
    if path.is_empty() || path.starts_with(":memory:") {
        return None;
    }
    Some(Path::new(path).to_path_buf())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("shutting down");
}
