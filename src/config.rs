//! Build-time settings, read with `option_env!` so one static build targets
//! one backend: `NANAME_API_BASE=https://api.example.test/api trunk build`.

/// Where the REST API lives; `/api` on the same origin by default.
pub fn api_base() -> &'static str {
    match option_env!("NANAME_API_BASE") {
        Some(base) if !base.trim().is_empty() => base,
        _ => "/api",
    }
}

/// Demo builds (`NANAME_DEMO=1`) list the demo logins on the login page.
pub fn demo() -> bool {
    matches!(option_env!("NANAME_DEMO"), Some("1") | Some("true"))
}

/// The demo accounts' shared password (seeded by the reference server).
pub const DEMO_PASSWORD: &str = "naname-demo";
