//! A small closed-loop load generator on loopback, for requests wrk cannot
//! vary cleanly: every booking needs its own slot, session and
//! `Idempotency-Key`, and the benchmark needs the exact count of each status.
//!
//! Keep-alive HTTP/1.1 over std's `TcpStream`, one thread per connection.
//! Each connection sends its next request as soon as the previous answer is
//! read (like wrk), so the figures are comparable with the wrk rows.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

/// One request, serialised once before the clock starts.
pub struct Request(Vec<u8>);

impl Request {
    pub fn new(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Self {
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n");
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        if !body.is_empty() {
            req.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()));
        }
        req.push_str("\r\n");
        req.push_str(body);
        Request(req.into_bytes())
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// A status and a body.
pub struct Reply {
    pub status: u16,
    pub body: String,
}

/// A keep-alive connection; reopened after the server closes it.
pub struct Conn {
    port: u16,
    stream: Option<BufReader<TcpStream>>,
}

impl Conn {
    /// Connects on first use (see [`Conn::connect`] to connect now).
    pub fn new(port: u16) -> Self {
        Conn { port, stream: None }
    }

    pub fn connect(&mut self) -> io::Result<&mut BufReader<TcpStream>> {
        if self.stream.is_none() {
            let s = TcpStream::connect(("127.0.0.1", self.port))?;
            s.set_nodelay(true)?;
            s.set_read_timeout(Some(Duration::from_secs(30)))?;
            self.stream = Some(BufReader::new(s));
        }
        Ok(self.stream.as_mut().expect("connected above"))
    }

    pub fn send(&mut self, req: &Request) -> io::Result<Reply> {
        let result = self.exchange(req);
        if !matches!(result, Ok((_, true))) {
            self.stream = None;
        }
        result.map(|(reply, _)| reply)
    }

    /// The reply and whether the connection stays open.
    fn exchange(&mut self, req: &Request) -> io::Result<(Reply, bool)> {
        let stream = self.connect()?;
        stream.get_mut().write_all(&req.0)?;
        let mut line = String::new();
        stream.read_line(&mut line)?;
        let status = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("status line `{line}`")))?;
        let (mut length, mut chunked, mut keep_alive) = (0usize, false, true);
        loop {
            line.clear();
            if stream.read_line(&mut line)? == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            let Some((name, value)) = header.split_once(':') else { continue };
            let value = value.trim();
            match name.to_ascii_lowercase().as_str() {
                "content-length" => length = value.parse().unwrap_or(0),
                "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
                "connection" => keep_alive = !value.eq_ignore_ascii_case("close"),
                _ => {}
            }
        }
        let body = if chunked { read_chunked(stream)? } else { read_exact(stream, length)? };
        Ok((Reply { status, body: String::from_utf8_lossy(&body).into_owned() }, keep_alive))
    }
}

fn read_exact(r: &mut impl Read, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0; n];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

fn read_chunked(r: &mut BufReader<TcpStream>) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        r.read_line(&mut line)?;
        let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("chunk size `{line}`")))?;
        body.extend(read_exact(r, size)?);
        line.clear();
        r.read_line(&mut line)?;
        if size == 0 {
            return Ok(body);
        }
    }
}

/// What a run measured.
#[derive(Default)]
pub struct Outcome {
    pub latencies: Vec<Duration>,
    pub statuses: BTreeMap<u16, usize>,
    /// The first body answered with each status, to show what went wrong.
    pub samples: BTreeMap<u16, String>,
    /// Connection failures, timeouts and unreadable answers.
    pub errors: usize,
    pub elapsed: Duration,
}

impl Outcome {
    fn merge(&mut self, other: Outcome) {
        self.latencies.extend(other.latencies);
        for (status, n) in other.statuses {
            *self.statuses.entry(status).or_default() += n;
        }
        for (status, body) in other.samples {
            self.samples.entry(status).or_insert(body);
        }
        self.errors += other.errors;
    }

    pub fn count(&self, status: u16) -> usize {
        self.statuses.get(&status).copied().unwrap_or(0)
    }

    /// Answers other than `expected`, plus connection errors.
    pub fn others(&self, expected: &[u16]) -> usize {
        self.statuses.iter().filter(|(s, _)| !expected.contains(s)).map(|(_, n)| n).sum::<usize>()
            + self.errors
    }

    pub fn server_errors(&self) -> usize {
        self.statuses.iter().filter(|(s, _)| **s >= 500).map(|(_, n)| n).sum::<usize>() + self.errors
    }

    /// The `q` quantile (0–1) in milliseconds, nearest rank.
    pub fn quantile_ms(&self, q: f64) -> f64 {
        let mut sorted = self.latencies.clone();
        sorted.sort_unstable();
        if sorted.is_empty() {
            return f64::NAN;
        }
        let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
        sorted[rank - 1].as_secs_f64() * 1000.0
    }

    pub fn per_second(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }
}

/// Sends every request once over `connections` keep-alive connections, each
/// taking the next unsent request as soon as its previous answer is in.
pub fn run(port: u16, connections: usize, requests: Vec<Request>) -> Outcome {
    let requests = Arc::new(requests);
    let next = Arc::new(AtomicUsize::new(0));
    let start = Arc::new(Barrier::new(connections + 1));
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (requests, next, start) = (Arc::clone(&requests), Arc::clone(&next), Arc::clone(&start));
            std::thread::spawn(move || {
                let mut out = Outcome::default();
                let mut conn = Conn::new(port);
                // Connected before the clock starts; a failure shows on the first send.
                let _ = conn.connect();
                start.wait();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(req) = requests.get(i) else { break };
                    let began = Instant::now();
                    let result = conn.send(req);
                    out.latencies.push(began.elapsed());
                    match result {
                        Ok(reply) => {
                            *out.statuses.entry(reply.status).or_default() += 1;
                            out.samples.entry(reply.status).or_insert(reply.body);
                        }
                        Err(_) => out.errors += 1,
                    }
                }
                out
            })
        })
        .collect();
    start.wait();
    let began = Instant::now();
    let mut total = Outcome::default();
    for w in workers {
        match w.join() {
            Ok(out) => total.merge(out),
            Err(_) => total.errors += 1,
        }
    }
    total.elapsed = began.elapsed();
    total
}

/// Every request at the same moment, each on its own connection opened beforehand.
pub fn burst(port: u16, requests: Vec<Request>) -> Outcome {
    run(port, requests.len(), requests)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_by_nearest_rank() {
        let out = Outcome { latencies: (1..=100).map(Duration::from_millis).collect(), ..Outcome::default() };
        assert_eq!(out.quantile_ms(0.99), 99.0);
        assert_eq!(out.quantile_ms(0.5), 50.0);
        assert_eq!(out.quantile_ms(1.0), 100.0);
        assert!(Outcome::default().quantile_ms(0.99).is_nan());
    }

    #[test]
    fn counts_statuses_and_errors() {
        let mut out = Outcome::default();
        out.statuses.insert(201, 3);
        out.statuses.insert(409, 2);
        out.statuses.insert(500, 1);
        out.errors = 1;
        assert_eq!((out.count(201), out.count(409)), (3, 2));
        assert_eq!(out.others(&[201, 409]), 2);
        assert_eq!(out.server_errors(), 2);
    }

    #[test]
    fn requests_carry_their_length() {
        let req = Request::new(8080, "POST", "/api/x", &[("a", "b")], "{}");
        let text = String::from_utf8(req.0).unwrap();
        assert!(text.starts_with("POST /api/x HTTP/1.1\r\nHost: 127.0.0.1:8080\r\na: b\r\n"), "{text}");
        assert!(text.ends_with("Content-Length: 2\r\n\r\n{}"), "{text}");
    }
}
