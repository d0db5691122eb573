//! What the benchmarks and the crash test share: a `lanterne serve` process
//! on a port of its own, a minimal HTTP/1.1 client (one connection per
//! request, as many school computers behind one proxy would), and a class
//! of pupils seeded through the site's own forms.

use anyhow::{bail, Context, Result};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A running `lanterne serve`.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    /// From spawning the process to the first page served.
    pub ready_after: Duration,
}

pub fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

pub fn binary(root: &Path) -> PathBuf {
    root.join("target/release/lanterne")
}

impl Server {
    pub async fn start(root: &Path, database_url: &str, port: u16) -> Result<Server> {
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse()?;
        let started = Instant::now();
        let child = Command::new(binary(root))
            .current_dir(root)
            .args([
                "serve",
                "--addr",
                &addr.to_string(),
                "--database-url",
                database_url,
            ])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| format!("starting {} (run scripts/build.sh first)", binary(root).display()))?;
        let mut server = Server {
            child,
            addr,
            ready_after: Duration::ZERO,
        };
        while started.elapsed() < Duration::from_secs(30) {
            if let Ok(reply) = request(addr, "GET", "/", None, None).await {
                if reply.status == 200 {
                    server.ready_after = started.elapsed();
                    return Ok(server);
                }
            }
            if let Some(status) = server.child.try_wait()? {
                bail!("the server stopped: {status}");
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        bail!("the server did not answer within 30 s")
    }

    /// Resident memory of the server process, in kB (Linux).
    pub fn resident_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    /// CPU time the server process has used so far, in seconds (Linux).
    pub fn cpu_seconds(&self) -> Option<f64> {
        cpu_seconds_of(&self.child.id().to_string())
    }

    /// `kill -9`.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// An answer from the server.
#[derive(Debug, Default)]
pub struct Reply {
    pub status: u16,
    pub location: String,
    pub cookie: Option<String>,
    pub body: String,
}

/// One request on a fresh connection.
pub async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
) -> Result<Reply> {
    let mut stream = TcpStream::connect(addr).await?;
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept-Language: en\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    let body = form.unwrap_or_default();
    if form.is_some() {
        head.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    head.push_str(body);
    stream.write_all(head.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    parse(&raw)
}

/// The page of question `n` as this learner sees it, and the id of the
/// option shown first (each learner has ids and an order of their own).
pub async fn see_question(addr: SocketAddr, cookie: &str, module: &str, n: usize) -> Result<(Reply, String)> {
    let page = request(
        addr,
        "GET",
        &format!("/modules/{module}/quiz/{n}?again=1"),
        Some(cookie),
        None,
    )
    .await?;
    let id = page
        .body
        .split("name=\"option\"")
        .nth(1)
        .and_then(|rest| rest.split("value=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .context("no option on the question page")?
        .to_owned();
    Ok((page, id))
}

fn parse(raw: &[u8]) -> Result<Reply> {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no end of headers")?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .context("no status")?;
    let mut reply = Reply {
        status,
        ..Reply::default()
    };
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.to_ascii_lowercase().as_str() {
            "location" => reply.location = value.to_owned(),
            "set-cookie" => reply.cookie = value.split(';').next().map(str::to_owned),
            "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
            _ => {}
        }
    }
    let mut body = raw[split + 4..].to_vec();
    if chunked {
        body = dechunk(&body);
    }
    reply.body = String::from_utf8_lossy(&body).into_owned();
    Ok(reply)
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..end]).trim(), 16).unwrap_or(0);
        if size == 0 || data.len() < end + 2 + size {
            break;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[(end + 4 + size).min(data.len())..];
    }
    out
}

/// A pupil's card.
#[derive(Clone, Debug)]
pub struct Card {
    pub class_id: String,
    pub class_code: String,
    pub code: String,
}

/// Seeds classes of `per_class` pupils through the teacher's forms, each
/// open and assigned `module`: returns every card.
pub async fn seed(addr: SocketAddr, pupils: usize, per_class: usize, module: &str) -> Result<Vec<Card>> {
    let form = "email=bench@school.example&password=benchmark-password&confirm=benchmark-password";
    let mut cookie = request(addr, "POST", "/teachers/signup", None, Some(form))
        .await?
        .cookie
        .context("no session after sign-up")?;
    let mut cards = Vec::new();
    let mut class_number = 0;
    while cards.len() < pupils {
        class_number += 1;
        let count = per_class.min(pupils - cards.len());
        cards.extend(seed_class(addr, &mut cookie, class_number, count, module).await?);
    }
    Ok(cards)
}

/// Creates class `number` with `count` pupils as the teacher whose session is
/// `cookie` (renewed if the server renews it), forgets its printed cards,
/// opens it and assigns it `module`: returns its cards.
async fn seed_class(
    addr: SocketAddr,
    cookie: &mut String,
    number: usize,
    count: usize,
    module: &str,
) -> Result<Vec<Card>> {
    let year_end = app::dates::iso_from_days(app::dates::today() + 300);
    let form = format!("name=Class+{number}&tier=8-10&country=fr&year_end={year_end}");
    let created = request(
        addr,
        "POST",
        "/teachers/classes",
        Some(cookie.as_str()),
        Some(&form),
    )
    .await?;
    if let Some(new) = created.cookie {
        *cookie = new;
    }
    let path = created.location.clone();
    let class_id = path.rsplit('/').next().unwrap_or_default().to_owned();
    if created.status != 303 || class_id.is_empty() || class_id == "classes" {
        bail!("could not create a class: {}", created.status);
    }
    let cookie = cookie.as_str();
    request(
        addr,
        "POST",
        &format!("{path}/pupils"),
        Some(cookie),
        Some(&format!("count={count}")),
    )
    .await?;
    let page = request(addr, "GET", &format!("{path}/cards"), Some(cookie), None).await?;
    let cards = cards_on(&class_id, &page.body);
    let steps = [
        ("cards/forget", String::new()),
        ("session", "open=1".to_owned()),
        ("assignments", format!("module={module}")),
    ];
    for (step, form) in steps {
        request(addr, "POST", &format!("{path}/{step}"), Some(cookie), Some(&form)).await?;
    }
    Ok(cards)
}

/// The cards of class `class_id` printed on a page of class cards.
fn cards_on(class_id: &str, body: &str) -> Vec<Card> {
    codes_on(body)
        .chunks(2)
        .map(|pair| Card {
            class_id: class_id.to_owned(),
            class_code: pair[0].clone(),
            code: pair[1].clone(),
        })
        .collect()
}

/// The codes printed on a page of class cards (class code, then personal
/// code, for each pupil), without their dashes.
fn codes_on(body: &str) -> Vec<String> {
    body.match_indices("class=\"code\">")
        .map(|(at, marker)| {
            let rest = &body[at + marker.len()..];
            rest[..rest.find('<').unwrap_or(0)].replace('-', "")
        })
        .collect()
}

/// Signs a pupil in: the session cookie.
pub async fn join(addr: SocketAddr, card: &Card) -> Result<String> {
    let form = format!("class_code={}&personal_code={}", card.class_code, card.code);
    let reply = request(addr, "POST", "/join", None, Some(&form)).await?;
    if reply.location != "/modules" {
        bail!("join refused ({} → {})", reply.status, reply.location);
    }
    reply.cookie.context("no session cookie")
}

/// A percentile of sorted durations, in milliseconds.
pub fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

/// A fresh database for a run: a new SQLite file, or a new PostgreSQL database
/// next to the one `base` names.
pub async fn fresh_database(base: &str, name: &str) -> Result<String> {
    if base.starts_with("sqlite") {
        let path = std::env::temp_dir().join(format!("{name}-{}.db", std::process::id()));
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        return Ok(format!("sqlite://{}", path.display()));
    }
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(base).await?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&admin)
        .await?;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await?;
    admin.close().await;
    let (prefix, _) = base.rsplit_once('/').context("a database URL ends with /name")?;
    Ok(format!("{prefix}/{name}"))
}

/// User plus system CPU time of process `pid` ("self" for this one), in
/// seconds, from `/proc/PID/stat` (Linux).
pub fn cpu_seconds_of(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command name, which is in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
