//! `xtask live`: live sessions under load. One presenter starts 10 sessions;
//! 30 devices join each with its code and follow its event stream (on two
//! instances with PostgreSQL, devices alternating between them while the
//! presenter stays on the first); the presenter then advances every session
//! several times, and each device's delay from the "advance" to its event is
//! measured. Prints p50, p99 and max, the devices that missed an event or
//! lost their stream, and the servers' CPU share.

use crate::site::{free_port, fresh_database, percentile, request, Server};
use anyhow::{ensure, Context, Result};
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

const MODULE: &str = "my-information";
/// How long a device may take to hear an advance before it counts as missed.
const PATIENCE: Duration = Duration::from_secs(5);

/// What one device heard: its number, the screen, when.
type Heard = (usize, i64, Instant);

/// A device's event stream: reads it until it closes, sending each screen it hears.
async fn follow(
    addr: SocketAddr,
    id: String,
    cookie: String,
    device: usize,
    heard: mpsc::UnboundedSender<Heard>,
    ready: mpsc::UnboundedSender<usize>,
) -> Result<()> {
    let mut stream = TcpStream::connect(addr).await?;
    let head = format!("GET /live/{id}/events HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n");
    stream.write_all(head.as_bytes()).await?;
    let mut buffer = vec![0u8; 8192];
    let mut text = String::new();
    let mut started = false;
    let marker = format!("data: {id}:");
    loop {
        let read = stream.read(&mut buffer).await?;
        if read == 0 {
            return Ok(());
        }
        let now = Instant::now();
        text.push_str(&String::from_utf8_lossy(&buffer[..read]));
        if !started && text.contains("\r\n\r\n") {
            ensure!(text.starts_with("HTTP/1.1 200"), "the event stream was refused");
            started = true;
            let _ = ready.send(device);
        }
        while let Some(at) = text.find(&marker) {
            let rest = &text[at + marker.len()..];
            let Some(end) = rest.find('\n') else { break };
            let screen = rest[..end]
                .split(':')
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(-1);
            let _ = heard.send((device, screen, now));
            text = rest[end..].to_owned();
        }
    }
}

/// Starts one session as the presenter: its id and code.
async fn start_session(addr: SocketAddr, cookie: &str) -> Result<(String, String)> {
    let started = request(
        addr,
        "POST",
        "/teachers/live",
        Some(cookie),
        Some(&format!("module={MODULE}&class=")),
    )
    .await?;
    let id = started
        .location
        .rsplit('/')
        .next()
        .context("no session started")?
        .to_owned();
    let page = request(addr, "GET", &started.location, Some(cookie), None).await?;
    let at = page
        .body
        .find("class=\"live-code\">")
        .context("no code on the projector")?;
    let code: String = page.body[at..]
        .chars()
        .skip(18)
        .take_while(|c| *c != '<')
        .filter(char::is_ascii_digit)
        .collect();
    Ok((id, code))
}

async fn join_device(addr: SocketAddr, code: &str) -> Result<String> {
    let joined = request(addr, "POST", "/live", None, Some(&format!("code={code}"))).await?;
    ensure!(joined.location.starts_with("/live/"), "a device could not join");
    joined.cookie.context("no session for a device")
}

pub async fn live(
    root: &Path,
    database: &str,
    sessions: usize,
    devices: usize,
    advances: usize,
) -> Result<()> {
    let url = fresh_database(database, "lanterne_live").await?;
    let instances = if url.starts_with("postgres") { 2 } else { 1 };
    let mut servers = vec![];
    for _ in 0..instances {
        servers.push(Server::start(root, &url, free_port()?).await?);
    }
    let addrs: Vec<SocketAddr> = servers.iter().map(|s| s.addr).collect();
    let signup = "email=presenter@prevention.example&password=benchmark-password&confirm=benchmark-password";
    let presenter = request(addrs[0], "POST", "/teachers/signup", None, Some(signup))
        .await?
        .cookie
        .context("no presenter")?;
    let (heard_tx, mut heard) = mpsc::unbounded_channel();
    let (ready_tx, mut ready) = mpsc::unbounded_channel();
    let mut ids = vec![];
    let mut owner = vec![];
    for s in 0..sessions {
        let (id, code) = start_session(addrs[0], &presenter).await?;
        for d in 0..devices {
            let addr = addrs[(s * devices + d) % instances];
            let cookie = join_device(addr, &code).await?;
            let device = owner.len();
            owner.push(s);
            let (heard_tx, ready_tx, id) = (heard_tx.clone(), ready_tx.clone(), id.clone());
            tokio::spawn(async move { follow(addr, id, cookie, device, heard_tx, ready_tx).await });
        }
        ids.push(id);
    }
    for _ in 0..owner.len() {
        tokio::time::timeout(Duration::from_secs(30), ready.recv())
            .await
            .context("a device's stream did not open")?;
    }
    let cpu_before: Vec<Option<f64>> = servers.iter().map(Server::cpu_seconds).collect();
    let wall = Instant::now();
    let (delays, missed) = advance_all(&addrs, &presenter, &ids, &owner, advances, &mut heard).await?;
    report(
        &servers,
        &cpu_before,
        wall.elapsed(),
        &delays,
        missed,
        sessions,
        devices,
        advances,
        instances,
    );
    Ok(())
}

/// Advances every session `advances` times, all sessions at once; returns
/// every device's delays and how many events were missed.
async fn advance_all(
    addrs: &[SocketAddr],
    presenter: &str,
    ids: &[String],
    owner: &[usize],
    advances: usize,
    heard: &mut mpsc::UnboundedReceiver<Heard>,
) -> Result<(Vec<Duration>, usize)> {
    let mut delays = vec![];
    let mut missed = 0;
    for screen in 1..=advances as i64 {
        let mut sent = vec![None; ids.len()];
        let posts = ids.iter().enumerate().map(|(s, id)| async move {
            let at = Instant::now();
            let moved = request(
                addrs[0],
                "POST",
                &format!("/teachers/live/{id}/show"),
                Some(presenter),
                Some(&format!("screen={screen}")),
            )
            .await;
            (s, at, moved)
        });
        for (s, at, moved) in futures::future::join_all(posts).await {
            ensure!(moved?.location.ends_with(&ids[s]), "an advance was refused");
            sent[s] = Some(at);
        }
        let mut waiting: std::collections::BTreeSet<usize> = (0..owner.len()).collect();
        let deadline = Instant::now() + PATIENCE;
        while !waiting.is_empty() {
            let Ok(Some((device, at_screen, when))) =
                tokio::time::timeout_at(deadline.into(), heard.recv()).await
            else {
                break;
            };
            if at_screen == screen && waiting.remove(&device) {
                let start = sent[owner[device]].unwrap_or(when);
                delays.push(when.saturating_duration_since(start));
            }
        }
        missed += waiting.len();
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    Ok((delays, missed))
}

#[allow(clippy::too_many_arguments)]
fn report(
    servers: &[Server],
    cpu_before: &[Option<f64>],
    wall: Duration,
    delays: &[Duration],
    missed: usize,
    sessions: usize,
    devices: usize,
    advances: usize,
    instances: usize,
) {
    let mut sorted = delays.to_vec();
    sorted.sort();
    println!(
        "live sessions: {sessions} sessions × {devices} devices on {instances} instance(s), {advances} advances each: \
         {} deliveries, advance → device p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; missed or dropped: {missed}",
        sorted.len(),
        percentile(&sorted, 0.50),
        percentile(&sorted, 0.99),
        sorted.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
    );
    for (server, before) in servers.iter().zip(cpu_before) {
        if let (Some(before), Some(after)) = (before, server.cpu_seconds()) {
            println!(
                "server {}: {:.0} % of one core during the advances",
                server.addr,
                100.0 * (after - before) / wall.as_secs_f64()
            );
        }
    }
}

/// A presenter on `first` advances; a device joined on `second` must hear
/// it within a second: how long it took.
pub async fn across(first: SocketAddr, second: SocketAddr) -> Result<Duration> {
    let signup = "email=across@prevention.example&password=benchmark-password&confirm=benchmark-password";
    let presenter = request(first, "POST", "/teachers/signup", None, Some(signup))
        .await?
        .cookie
        .context("no presenter")?;
    let (id, code) = start_session(first, &presenter).await?;
    let cookie = join_device(second, &code).await?;
    let (heard_tx, mut heard) = mpsc::unbounded_channel();
    let (ready_tx, mut ready) = mpsc::unbounded_channel();
    let stream_id = id.clone();
    tokio::spawn(async move { follow(second, stream_id, cookie, 0, heard_tx, ready_tx).await });
    tokio::time::timeout(Duration::from_secs(10), ready.recv())
        .await
        .context("the stream did not open")?;
    let at = Instant::now();
    request(
        first,
        "POST",
        &format!("/teachers/live/{id}/show"),
        Some(&presenter),
        Some("screen=1"),
    )
    .await?;
    let (_, screen, when) = tokio::time::timeout(Duration::from_secs(1), heard.recv())
        .await
        .context("the device on the second instance heard nothing within a second")?
        .context("the stream closed")?;
    ensure!(screen == 1, "the device heard screen {screen}");
    Ok(when.saturating_duration_since(at))
}
