//! A reference server on a free port with a fresh database, for tests and benchmarks.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

use crate::cmd::{command, Result};
use crate::load::Request;

/// Stopped (SIGTERM, then SIGKILL) and its database removed however the caller ends.
pub struct TestServer {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

impl TestServer {
    pub fn start(binary: &Path, dist: &Path, name: &str, extra: &[&str]) -> Result<Self> {
        let dir = std::env::temp_dir().join(format!("naname-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let port = free_port()?;
        let db = dir.join("naname.db").to_string_lossy().into_owned();
        let dist = dist.to_string_lossy().into_owned();
        let port_arg = port.to_string();
        let mut args = vec!["serve", "--db", &db, "--static", &dist, "--port", &port_arg];
        args.extend_from_slice(extra);
        let child = command(&binary.to_string_lossy(), &args)
            .spawn()
            .map_err(|e| format!("could not start the server: {e}"))?;
        let mut server = TestServer { child, port, dir };
        server.wait_healthy()?;
        Ok(server)
    }

    /// The server's process id (the bench reads its memory in /proc).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Polls `GET /api/health` until it answers 200 (the server migrates and seeds first).
    fn wait_healthy(&mut self) -> Result {
        let deadline = Instant::now() + Duration::from_secs(180);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("the server exited before it was ready ({status})"));
            }
            if http(self.port, "GET", "/api/health", &[], "").is_some_and(|r| r.starts_with("HTTP/1.1 200")) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Err("the server did not become healthy within 180 s".into())
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = command("kill", &["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && !matches!(self.child.try_wait(), Ok(Some(_))) {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> Result<u16> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    l.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

/// A minimal HTTP/1.1 exchange on loopback: the whole raw response, or None.
pub fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Option<String> {
    http_bytes(port, method, path, headers, body).map(|raw| String::from_utf8_lossy(&raw).into_owned())
}

/// The same exchange, byte for byte: compressed bodies are not text.
pub fn http_bytes(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Option<Vec<u8>> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut all = vec![("Connection", "close")];
    all.extend_from_slice(headers);
    s.write_all(Request::new(port, method, path, &all, body).bytes()).ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    Some(buf)
}

/// A raw response split where its header block ends. The body is as the
/// server sent it: still compressed, and chunk framing included if any.
pub struct Sent {
    pub head: String,
    pub body: Vec<u8>,
}

impl Sent {
    pub fn split(raw: &[u8]) -> Option<Sent> {
        let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&raw[..end]).into_owned();
        Some(Sent { head, body: raw[end + 4..].to_vec() })
    }

    pub fn status(&self) -> Option<u16> {
        self.head.split(' ').nth(1)?.parse().ok()
    }

    /// The first value of a header, case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Sent;

    #[test]
    fn splits_a_raw_response() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\ncontent-length: 3\r\n\r\n\x00\xff\r";
        let sent = Sent::split(raw).unwrap();
        assert_eq!(sent.status(), Some(200));
        assert_eq!(sent.header("content-encoding"), Some("br"));
        assert_eq!(sent.header("Content-Length"), Some("3"));
        assert_eq!(sent.header("vary"), None);
        assert_eq!(sent.body, b"\x00\xff\r");
        assert!(Sent::split(b"HTTP/1.1 200 OK\r\n").is_none());
    }
}
