//! Which address a request comes from, for sign-in throttling.
//!
//! The TCP peer, unless the peer is a reverse proxy the server was told to
//! trust (`--trusted-proxy CIDR`): then the client is the nearest address
//! in `X-Forwarded-For` that is not itself a trusted proxy. Anyone else's
//! `X-Forwarded-For` is ignored, or a client could name any address it
//! liked and never be throttled.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;

use crate::problem::ApiError;
use crate::AppState;

/// An address block such as `10.0.0.0/8` or `fd00::/8`; a bare address is
/// the block of that one address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, canonical(address)) {
            (IpAddr::V4(net), IpAddr::V4(a)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(net) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(a)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(net) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let (address, prefix) = match s.trim().split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s.trim(), None),
        };
        let network = canonical(address.parse::<IpAddr>().map_err(|e| format!("`{s}`: {e}"))?);
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("`{s}`: the prefix length must be 0 to {max}"))?,
            None => max,
        };
        Ok(Cidr { network, prefix })
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

/// IPv4 mapped into IPv6 (`::ffff:192.0.2.1`, as a dual-stack socket
/// reports IPv4 peers) is IPv4.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// The client behind `peer` (see the module).
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let is_trusted = |a: IpAddr| trusted.iter().any(|c| c.contains(a));
    if !is_trusted(peer) {
        return canonical(peer);
    }
    // Each proxy appends the address it received from; read from the right,
    // past our own proxies. What lies further left was written by the client.
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = canonical(peer);
    for hop in hops.into_iter().rev() {
        let Some(address) = parse_hop(hop) else {
            // Not an address: a proxy of ours would not write that. Stay
            // with the last hop we could trust.
            break;
        };
        client = canonical(address);
        if !is_trusted(address) {
            break;
        }
    }
    client
}

/// `192.0.2.1`, `2001:db8::1`, and with a port `192.0.2.1:4711` or `[2001:db8::1]:4711`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>().ok().or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// The request's client address, or `None` when the server was not given
/// the peer (the router driven without connect info, as in tests).
pub struct ClientAddr(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(a)| a.ip());
        Ok(ClientAddr(peer.map(|p| client_address(p, &parts.headers, &state.config.trusted_proxies))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        headers
    }

    #[test]
    fn blocks_parse_and_contain() {
        let lan: Cidr = "10.0.0.0/8".parse().unwrap();
        assert!(lan.contains(ip("10.200.3.4")) && !lan.contains(ip("11.0.0.1")));
        assert!(lan.contains(ip("::ffff:10.1.1.1")));
        let one: Cidr = "127.0.0.1".parse().unwrap();
        assert!(one.contains(ip("127.0.0.1")) && !one.contains(ip("127.0.0.2")));
        let v6: Cidr = "fd00::/8".parse().unwrap();
        assert!(
            v6.contains(ip("fd12:3456::1")) && !v6.contains(ip("fe80::1")) && !v6.contains(ip("10.0.0.1"))
        );
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains(ip("203.0.113.1")));
        assert_eq!(one.to_string(), "127.0.0.1/32");
        for bad in ["10.0.0.0/33", "::/129", "nope", "10.0.0.0/x", ""] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn forwarded_for_counts_only_from_a_trusted_proxy() {
        let proxy: Vec<Cidr> = vec!["127.0.0.1/32".parse().unwrap(), "10.0.0.0/8".parse().unwrap()];
        let headers = forwarded(&["127.0.0.20"]);
        assert_eq!(client_address(ip("127.0.0.1"), &headers, &proxy), ip("127.0.0.20"));
        // A client talking to us directly cannot choose its address.
        assert_eq!(client_address(ip("198.51.100.9"), &headers, &proxy), ip("198.51.100.9"));
        assert_eq!(client_address(ip("127.0.0.1"), &headers, &[]), ip("127.0.0.1"));
        // Behind two proxies of ours; what the client wrote itself is ignored.
        let chain = forwarded(&["6.6.6.6, 203.0.113.5", "10.1.2.3"]);
        assert_eq!(client_address(ip("127.0.0.1"), &chain, &proxy), ip("203.0.113.5"));
        // No header, a garbled hop, a port, IPv4 in IPv6.
        assert_eq!(client_address(ip("127.0.0.1"), &HeaderMap::new(), &proxy), ip("127.0.0.1"));
        assert_eq!(
            client_address(ip("127.0.0.1"), &forwarded(&["203.0.113.5, junk"]), &proxy),
            ip("127.0.0.1")
        );
        assert_eq!(
            client_address(ip("127.0.0.1"), &forwarded(&["[2001:db8::1]:443"]), &proxy),
            ip("2001:db8::1")
        );
        assert_eq!(
            client_address(ip("::ffff:127.0.0.1"), &forwarded(&["::ffff:192.0.2.1"]), &proxy),
            ip("192.0.2.1")
        );
        // Every hop a proxy of ours: the leftmost stands for the client.
        assert_eq!(
            client_address(ip("127.0.0.1"), &forwarded(&["10.9.9.9, 10.1.1.1"]), &proxy),
            ip("10.9.9.9")
        );
    }
}
