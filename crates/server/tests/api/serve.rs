//! The real server loop on a loopback port: clients that send half a
//! request, sit idle, or stall a body are disconnected within the limits,
//! connections beyond the cap wait, and the peer address reaches sign-in
//! throttling (clients bound to 127.0.0.20 and 127.0.0.21).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use naname_server::serve::{serve, HttpLimits};
use naname_server::{app, Config};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::oneshot;

use crate::common::{TestApp, PASSWORD};

const QUICK: Duration = Duration::from_millis(300);

struct Running {
    addr: SocketAddr,
    _stop: oneshot::Sender<()>,
    _app: TestApp,
}

async fn start(limits: HttpLimits) -> Running {
    let test_app = TestApp::with_config(Config::default()).await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let router = app(test_app.state.clone());
    tokio::spawn(async move {
        serve(listener, router, limits, async {
            let _ = stopped.await;
        })
        .await
    });
    Running { addr, _stop: stop, _app: test_app }
}

fn quick() -> HttpLimits {
    HttpLimits { header_read: QUICK, body: QUICK, ..HttpLimits::default() }
}

/// Reads until the server closes the connection (or `limit` passes): what
/// arrived, and when the connection ended.
async fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> (String, Option<Duration>) {
    let started = Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let left = limit.saturating_sub(started.elapsed());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => {
                return (String::from_utf8_lossy(&out).into_owned(), Some(started.elapsed()))
            }
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Err(_) => return (String::from_utf8_lossy(&out).into_owned(), None),
        }
    }
}

#[tokio::test]
async fn half_a_request_line_is_closed_within_the_timeout() {
    let server = start(quick()).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream.write_all(b"GET /api/hea").await.unwrap();
    let (_, closed) = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    let closed = closed.expect("the server kept a half-sent request open for 5 s");
    assert!(closed >= QUICK - Duration::from_millis(50) && closed < QUICK * 4, "closed after {closed:?}");

    // Headers that never end are cut off the same way.
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ").await.unwrap();
    let (_, closed) = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(closed.is_some_and(|c| c < QUICK * 4), "{closed:?}");
}

#[tokio::test]
async fn an_idle_connection_is_closed_before_and_after_a_request() {
    let server = start(quick()).await;
    let mut silent = TcpStream::connect(server.addr).await.unwrap();
    let (_, closed) = read_until_closed(&mut silent, Duration::from_secs(5)).await;
    assert!(closed.is_some_and(|c| c < QUICK * 4), "a connection that never spoke: {closed:?}");

    let mut kept = TcpStream::connect(server.addr).await.unwrap();
    kept.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let (answer, closed) = read_until_closed(&mut kept, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(closed.is_some_and(|c| c < QUICK * 4), "kept alive, then idle: {closed:?}");
}

#[tokio::test]
async fn a_stalled_body_gets_408() {
    let server = start(quick()).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let head = "POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
                x-csrf-token: login\r\nContent-Length: 100\r\n\r\n{\"email\":";
    stream.write_all(head.as_bytes()).await.unwrap();
    let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"code\":\"timeout\""), "{answer}");
    assert!(closed.is_some_and(|c| c < QUICK * 4), "{closed:?}");
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_for_one_to_end() {
    let limits =
        HttpLimits { max_connections: 2, header_read: Duration::from_secs(10), ..HttpLimits::default() };
    let server = start(limits).await;
    let first = TcpStream::connect(server.addr).await.unwrap();
    let _second = TcpStream::connect(server.addr).await.unwrap();
    // Give the server a moment to take both.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut third = TcpStream::connect(server.addr).await.unwrap();
    third.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let (answer, _) = read_until_closed(&mut third, Duration::from_millis(500)).await;
    assert_eq!(answer, "", "answered while two connections were open");
    drop(first);
    let (answer, closed) = read_until_closed(&mut third, Duration::from_secs(5)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(closed.is_some());
}

/// One sign-in over a connection from `source`, a loopback address.
async fn sign_in_from(server: SocketAddr, source: &str, password: &str) -> String {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{source}:0").parse().unwrap()).unwrap();
    let mut stream = socket.connect(server).await.unwrap();
    let body = format!(r#"{{"email":"mentee@example.com","password":"{password}"}}"#);
    let req = format!(
        "POST /api/session HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n\
         x-csrf-token: login\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(req.as_bytes()).await.unwrap();
    let (answer, _) = read_until_closed(&mut stream, Duration::from_secs(10)).await;
    answer.lines().next().unwrap_or("").to_string()
}

#[tokio::test]
async fn sign_in_throttling_sees_each_clients_own_address() {
    let server = start(HttpLimits::default()).await;
    for _ in 0..5 {
        assert_eq!(sign_in_from(server.addr, "127.0.0.20", "guess").await, "HTTP/1.1 401 Unauthorized");
    }
    assert_eq!(sign_in_from(server.addr, "127.0.0.20", "guess").await, "HTTP/1.1 429 Too Many Requests");
    assert_eq!(sign_in_from(server.addr, "127.0.0.21", PASSWORD).await, "HTTP/1.1 200 OK");
}
