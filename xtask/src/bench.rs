//! The benchmarks of DESIGN.md §4, each printing its figures:
//! - `burst`: a classroom burst, pupils in classes of 30 signing in with their
//!   codes and answering a quiz, all starting within a few seconds;
//! - `render`: server-side rendering of a lesson page against a static file
//!   server sending the same bytes, in the same run.
//!
//! Both start their own `lanterne serve` (release build) on a fresh database.

use crate::site::{fresh_database, join, percentile, request, see_question, seed, Server};
use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const MODULE: &str = "my-information";

fn quiz_length(root: &Path) -> Result<usize> {
    let quiz = std::fs::read_to_string(root.join(format!("content/modules/{MODULE}/quiz.fr.md")))?;
    Ok(quiz.lines().filter(|l| l.starts_with("## ")).count())
}

/// One pupil: sign in, then answer every question once.
async fn pupil(addr: SocketAddr, card: crate::site::Card, questions: usize) -> (Vec<Duration>, usize, usize) {
    let mut latencies = Vec::with_capacity(2 * questions + 1);
    let (mut errors, mut acknowledged) = (0, 0);
    let started = Instant::now();
    let cookie = join(addr, &card).await;
    latencies.push(started.elapsed());
    let Ok(cookie) = cookie else {
        return (latencies, 1, 0);
    };
    for n in 1..=questions {
        // The pupil sees the question, then answers it.
        let started = Instant::now();
        let seen = see_question(addr, &cookie, MODULE, n).await;
        latencies.push(started.elapsed());
        let Ok((_, option)) = seen else {
            errors += 1;
            continue;
        };
        let started = Instant::now();
        let path = format!("/modules/{MODULE}/quiz/{n}/answer");
        let reply = request(
            addr,
            "POST",
            &path,
            Some(&cookie),
            Some(&format!("option={option}")),
        )
        .await;
        latencies.push(started.elapsed());
        match reply {
            Ok(reply) if reply.status == 303 && reply.location == format!("/modules/{MODULE}/quiz/{n}") => {
                acknowledged += 1
            }
            _ => errors += 1,
        }
    }
    (latencies, errors, acknowledged)
}

/// Correct teacher sign-ins, `per_second` of them each second until `stop`:
/// each costs the server an Argon2id hash. Returns how many were made.
async fn sign_in_flood(addr: SocketAddr, per_second: f64, stop: Instant) -> usize {
    let mut made = 0;
    let mut tasks = tokio::task::JoinSet::new();
    let gap = Duration::from_secs_f64(1.0 / per_second);
    let form = "email=bench@school.example&password=benchmark-password";
    while Instant::now() < stop {
        tasks.spawn(async move { request(addr, "POST", "/teachers/login", None, Some(form)).await });
        made += 1;
        tokio::time::sleep(gap).await;
    }
    while tasks.join_next().await.is_some() {}
    made
}

/// CPU time used by the server and by this load generator during a run.
struct CpuShare {
    wall: Instant,
    server: f64,
    generator: f64,
}

impl CpuShare {
    fn start(server: &crate::site::Server) -> Self {
        CpuShare {
            wall: Instant::now(),
            server: server.cpu_seconds().unwrap_or(0.0),
            generator: crate::site::cpu_seconds_of("self").unwrap_or(0.0),
        }
    }

    fn print(&self, server: &crate::site::Server) {
        let wall = self.wall.elapsed().as_secs_f64();
        let used = |now: Option<f64>, before: f64| 100.0 * (now.unwrap_or(before) - before) / wall;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        println!(
            "CPU share:          server {:.0} %, load generator {:.0} % (of one core; {cores} cores)",
            used(server.cpu_seconds(), self.server),
            used(crate::site::cpu_seconds_of("self"), self.generator),
        );
    }
}

/// What a classroom burst measured.
struct BurstOutcome {
    /// Every request's latency (sign-ins and answers), sorted once the burst is over.
    latencies: Vec<Duration>,
    errors: usize,
    /// Answers the server acknowledged with its redirect.
    acknowledged: usize,
    elapsed: Duration,
}

impl BurstOutcome {
    /// Prints the burst's figures, `stored` being the answers found in the
    /// database afterwards, and whether the budget was met.
    fn print(&self, stored: i64, server: &Server) {
        let (latencies, elapsed) = (&self.latencies, self.elapsed);
        println!(
            "requests:           {} in {:.2} s: {:.0} requests/s",
            latencies.len(),
            elapsed.as_secs_f64(),
            latencies.len() as f64 / elapsed.as_secs_f64()
        );
        println!(
            "latency:            p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            percentile(latencies, 0.5),
            percentile(latencies, 0.99),
            percentile(latencies, 1.0)
        );
        println!("errors:             {}", self.errors);
        println!(
            "answers:            {} acknowledged, {stored} stored",
            self.acknowledged
        );
        if let Some(kb) = server.resident_kb() {
            println!("resident memory:    {:.1} MB after the burst", kb as f64 / 1024.0);
        }
        let p99 = percentile(latencies, 0.99);
        println!(
            "budget:             p99 under 100 ms, no error, nothing lost: {}",
            if p99 < 100.0 && self.errors == 0 && stored as usize == self.acknowledged {
                "met"
            } else {
                "NOT MET"
            }
        );
    }
}

pub async fn burst(root: &Path, database: &str, pupils: usize, seconds: f64, sign_ins: f64) -> Result<()> {
    let url = fresh_database(database, "lanterne_burst").await?;
    let server = Server::start(root, &url, crate::site::free_port()?).await?;
    let addr = server.addr;
    let questions = quiz_length(root)?;
    print_start(&url, &server);
    let cards = seed(addr, pupils, 30, MODULE).await?;
    println!(
        "pupils:             {} in {} classes of 30, each signing in then seeing and answering {questions} questions (a page, then a form)",
        cards.len(),
        cards.len().div_ceil(30)
    );
    let cpu = CpuShare::start(&server);
    let start = Instant::now();
    let flood = (sign_ins > 0.0).then(|| {
        let stop = start + Duration::from_secs_f64(seconds + 2.0);
        tokio::spawn(sign_in_flood(addr, sign_ins, stop))
    });
    let mut outcome = classroom_burst(addr, cards, questions, start, seconds, pupils).await?;
    cpu.print(&server);
    if let Some(flood) = flood {
        println!(
            "teacher sign-ins:   {} alongside ({sign_ins}/s), each an Argon2id hash",
            flood.await?
        );
    }
    outcome.latencies.sort();
    let stored = stored_answers(&url).await?;
    outcome.print(stored, &server);
    Ok(())
}

/// Prints the backend and how long the server took to start.
fn print_start(url: &str, server: &Server) {
    println!(
        "backend:            {}",
        if url.starts_with("sqlite") {
            "SQLite"
        } else {
            "PostgreSQL"
        }
    );
    println!(
        "start-up:           {:.0} ms (process start to first page, all content parsed and validated)",
        server.ready_after.as_secs_f64() * 1000.0
    );
}

/// Every pupil of `cards` signs in and answers, their starts spread evenly
/// over `seconds` from `start` as if there were `pupils` of them.
async fn classroom_burst(
    addr: SocketAddr,
    cards: Vec<crate::site::Card>,
    questions: usize,
    start: Instant,
    seconds: f64,
    pupils: usize,
) -> Result<BurstOutcome> {
    let mut tasks = tokio::task::JoinSet::new();
    for (i, card) in cards.into_iter().enumerate() {
        let at = start + Duration::from_secs_f64(seconds * i as f64 / pupils as f64);
        tasks.spawn(async move {
            tokio::time::sleep_until(at.into()).await;
            pupil(addr, card, questions).await
        });
    }
    let mut latencies = Vec::new();
    let (mut errors, mut acknowledged) = (0, 0);
    while let Some(done) = tasks.join_next().await {
        let (l, e, a) = done?;
        latencies.extend(l);
        errors += e;
        acknowledged += a;
    }
    Ok(BurstOutcome {
        latencies,
        errors,
        acknowledged,
        elapsed: start.elapsed(),
    })
}

/// How many answers the database at `url` holds.
async fn stored_answers(url: &str) -> Result<i64> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM answers")
        .fetch_one(&pool)
        .await?;
    pool.close().await;
    Ok(stored)
}

/// `requests` GETs of `path` with `concurrency` at a time: the total time.
async fn hammer(addr: SocketAddr, path: &str, requests: usize, concurrency: usize) -> Result<Duration> {
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..concurrency {
        let path = path.to_owned();
        tasks.spawn(async move {
            for _ in (worker..requests).step_by(concurrency) {
                let reply = request(addr, "GET", &path, None, None).await?;
                anyhow::ensure!(reply.status == 200, "status {}", reply.status);
            }
            Ok::<_, anyhow::Error>(())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    Ok(start.elapsed())
}

pub async fn render(root: &Path, requests: usize, concurrency: usize) -> Result<()> {
    let url = fresh_database("sqlite://", "lanterne_render").await?;
    let server = Server::start(root, &url, crate::site::free_port()?).await?;
    let path = format!("/modules/{MODULE}/lessons/1");
    let page = request(server.addr, "GET", &path, None, None).await?;
    // The same bytes, from a static file server built the same way (axum, tower-http).
    let dir = std::env::temp_dir().join(format!("lanterne-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("lesson.html"), page.body.as_bytes())?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let static_addr = listener.local_addr()?;
    let app = axum::Router::new().route_service(
        "/lesson",
        tower_http::services::ServeFile::new(dir.join("lesson.html")),
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    // Warm both up, then measure them in turn, twice, keeping the best of each.
    hammer(server.addr, &path, 200, concurrency).await?;
    hammer(static_addr, "/lesson", 200, concurrency).await?;
    let mut rendered = Duration::MAX;
    let mut served = Duration::MAX;
    for _ in 0..2 {
        rendered = rendered.min(hammer(server.addr, &path, requests, concurrency).await?);
        served = served.min(hammer(static_addr, "/lesson", requests, concurrency).await?);
    }
    let _ = std::fs::remove_dir_all(&dir);
    let per = |d: Duration| d.as_secs_f64() * 1e6 / requests as f64;
    println!("page:               {path} ({} bytes of HTML)", page.body.len());
    println!("requests:           {requests}, {concurrency} at a time, a new connection each");
    println!(
        "server rendering:   {:.0} requests/s ({:.0} µs each)",
        requests as f64 / rendered.as_secs_f64(),
        per(rendered)
    );
    println!(
        "static file server: {:.0} requests/s ({:.0} µs each)",
        requests as f64 / served.as_secs_f64(),
        per(served)
    );
    let ratio = rendered.as_secs_f64() / served.as_secs_f64();
    println!(
        "ratio:              {ratio:.2}x the static server's time (budget: within 3x): {}",
        if ratio <= 3.0 { "met" } else { "NOT MET" }
    );
    Ok(())
}

/// Answers acknowledged so far, one counter per pupil.
type Acknowledged = Arc<Vec<AtomicUsize>>;

/// The crash test: `kill -9` the server while pupils answer, `cycles` times;
/// after each, every acknowledged answer must be in the database and the
/// database must pass its integrity check. Fails (non-zero exit) otherwise.
pub async fn crash(root: &Path, cycles: usize) -> Result<()> {
    let url = fresh_database("sqlite://", "lanterne_crash").await?;
    let port = crate::site::free_port()?;
    let mut server = Server::start(root, &url, port).await?;
    let addr = server.addr;
    let cards = seed(addr, 30, 30, MODULE).await?;
    let questions = quiz_length(root)?;
    let mut pupils = Vec::new();
    for card in &cards {
        let cookie = join(addr, card).await?;
        let mut options = Vec::new();
        for n in 1..=questions {
            options.push(format!(
                "option={}",
                see_question(addr, &cookie, MODULE, n).await?.1
            ));
        }
        pupils.push((cookie, options));
    }
    let acknowledged: Acknowledged = Arc::new(cards.iter().map(|_| AtomicUsize::new(0)).collect());
    let mut seed_value = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .subsec_nanos() as u64;
    for cycle in 1..=cycles {
        if cycle > 1 {
            server = Server::start(root, &url, port).await?;
        }
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = answer_until_stopped(addr, &pupils, &acknowledged, &stop);
        seed_value = seed_value
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let wait = 250 + (seed_value >> 33) % 750;
        tokio::time::sleep(Duration::from_millis(wait)).await;
        server.kill();
        stop.store(true, Ordering::SeqCst);
        while tasks.join_next().await.is_some() {}

        let check = check_after_crash(&url, &cards, &acknowledged).await?;
        println!(
            "cycle {cycle:2}: killed after {wait} ms; {} answers acknowledged, {} stored, {} lost; integrity check: {}",
            check.acknowledged, check.stored, check.lost, check.integrity
        );
        anyhow::ensure!(check.integrity == "ok", "the database failed its integrity check");
        anyhow::ensure!(check.lost == 0, "{} acknowledged answers were lost", check.lost);
    }
    println!("crash test: {cycles} kill -9 cycles, nothing acknowledged lost");
    Ok(())
}

/// One task per pupil (their cookie and the form of an answer to each
/// question), answering the quiz round and round until `stop`, counting each
/// answer the server acknowledges.
fn answer_until_stopped(
    addr: SocketAddr,
    pupils: &[(String, Vec<String>)],
    acknowledged: &Acknowledged,
    stop: &Arc<AtomicBool>,
) -> tokio::task::JoinSet<()> {
    let mut tasks = tokio::task::JoinSet::new();
    for (i, (cookie, options)) in pupils.iter().cloned().enumerate() {
        let (stop, acknowledged) = (stop.clone(), acknowledged.clone());
        tasks.spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) {
                let q = n % options.len() + 1;
                n += 1;
                let path = format!("/modules/{MODULE}/quiz/{q}/answer");
                match request(addr, "POST", &path, Some(&cookie), Some(&options[q - 1])).await {
                    Ok(reply)
                        if reply.status == 303 && reply.location == format!("/modules/{MODULE}/quiz/{q}") =>
                    {
                        acknowledged[i].fetch_add(1, Ordering::SeqCst);
                    }
                    _ => tokio::time::sleep(Duration::from_millis(2)).await,
                }
            }
        });
    }
    tasks
}

/// What the database holds after a crash, against what was acknowledged.
struct CrashCheck {
    /// SQLite's `PRAGMA integrity_check`: "ok" when sound.
    integrity: String,
    acknowledged: usize,
    stored: usize,
    /// Acknowledged answers missing from the database.
    lost: usize,
}

/// Checks the database at `url`: its integrity, and each pupil's stored
/// answers against those acknowledged to them.
async fn check_after_crash(
    url: &str,
    cards: &[crate::site::Card],
    acknowledged: &Acknowledged,
) -> Result<CrashCheck> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await?;
    let mut check = CrashCheck {
        integrity,
        acknowledged: 0,
        stored: 0,
        lost: 0,
    };
    for (i, card) in cards.iter().enumerate() {
        let hash = app::codes::pupil_code_hash(&card.class_id, &card.code);
        let stored: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM answers WHERE pupil_id = (SELECT id FROM pupils WHERE code_hash = $1)",
        )
        .bind(hash)
        .fetch_one(&pool)
        .await?;
        let acked = acknowledged[i].load(Ordering::SeqCst);
        check.acknowledged += acked;
        check.stored += stored as usize;
        check.lost += acked.saturating_sub(stored as usize);
    }
    pool.close().await;
    Ok(check)
}

pub fn args_number(args: &[String], name: &str, default: f64) -> Result<f64> {
    match args.iter().position(|a| a == name) {
        Some(i) => args
            .get(i + 1)
            .context("a value after the option")?
            .parse()
            .context("a number"),
        None => Ok(default),
    }
}

/// Two `lanterne serve` processes on one PostgreSQL database, sharing no
/// memory: a pupil signs in through the first and goes on through the
/// second, then the first shows what the second stored.
pub async fn two_instances(root: &Path, database: &str) -> Result<()> {
    let url = fresh_database(database, "lanterne_scale").await?;
    let first = Server::start(root, &url, crate::site::free_port()?).await?;
    let second = Server::start(root, &url, crate::site::free_port()?).await?;
    let cards = seed(first.addr, 1, 30, MODULE).await?;
    let cookie = join(first.addr, &cards[0]).await?;
    let catalogue = request(second.addr, "GET", "/modules", Some(&cookie), None).await?;
    anyhow::ensure!(
        catalogue.body.contains("You are"),
        "the second instance does not know the pupil"
    );
    let option = format!(
        "option={}",
        see_question(second.addr, &cookie, MODULE, 1).await?.1
    );
    let answered = request(
        second.addr,
        "POST",
        &format!("/modules/{MODULE}/quiz/1/answer"),
        Some(&cookie),
        Some(&option),
    )
    .await?;
    anyhow::ensure!(
        answered.location == format!("/modules/{MODULE}/quiz/1"),
        "the answer was refused"
    );
    let question = request(
        first.addr,
        "GET",
        &format!("/modules/{MODULE}/quiz/1"),
        Some(&cookie),
        None,
    )
    .await?;
    anyhow::ensure!(
        question.body.contains("feedback"),
        "the first instance does not show the answer"
    );
    let followed = crate::live::across(first.addr, second.addr).await?;
    println!(
        "a device on {} followed a live session's presenter on {} in {:.1} ms",
        second.addr,
        first.addr,
        followed.as_secs_f64() * 1000.0
    );
    println!(
        "two instances (pids {} and {}) on one PostgreSQL: a pupil signed in on {} answered on {}, and {} shows the answer",
        first.child.id(),
        second.child.id(),
        first.addr,
        second.addr,
        first.addr
    );
    Ok(())
}
