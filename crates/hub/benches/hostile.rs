//! The hub under attack (`cargo bench -p peerguide-hub --bench hostile`): its memory and
//! `/health` latency while 20 hostile clients run (compressed bombs at pull and push,
//! half-sent requests, slow loris, oversized profiles), beside 200 honest devices syncing,
//! and both at once. Prints a Markdown table for BENCHMARKS.md.
//!
//! The hub runs in a child process (this program, started again with `HOSTILE_HUB_DIR`),
//! so its peak memory (`VmHWM` in `/proc/<pid>/status`, reset between phases through
//! `clear_refs`) is the hub's alone, not the clients'. Linux only.

use std::io::{BufRead, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use peerguide_core::article::{Article, ReviewState, Translation};
use peerguide_core::sync::engine::SyncOptions;
use peerguide_core::sync::{self};
use peerguide_core::{Store, Topic};
use peerguide_hub::{Hub, HubConfig, PublishRequest, Role};
use peerguide_sync_client::HttpTransport;
use serde_json::json;
use uuid::Uuid;

const HOSTILE_CLIENTS: usize = 20;
const HONEST_DEVICES: usize = 200;
const PHASE: Duration = Duration::from_secs(12);

fn main() {
    if let Ok(dir) = std::env::var("HOSTILE_HUB_DIR") {
        return child(&dir);
    }
    let dir = tempfile::tempdir().unwrap();
    let init = Hub::init(dir.path()).unwrap();
    let hub = Hub::open(dir.path(), HubConfig::default()).unwrap();
    let coordinator = hub.redeem(&init.invite.code).unwrap().token;
    let who = hub.authenticate(Some(&coordinator)).unwrap();
    let articles: Vec<Article> = (0..100).map(article).collect();
    hub.publish(
        &who,
        &PublishRequest {
            articles,
            services: vec![],
            settings: vec![],
            prune: false,
        },
    )
    .unwrap();
    let volunteer = hub
        .redeem(&hub.create_invite(Role::Volunteer, None).unwrap().code)
        .unwrap();
    drop(hub);

    let (mut hub, url) = start_child(dir.path());
    let pid = hub.id();
    let attacks = Arc::new(Attacks::new(
        &url,
        &volunteer.token,
        volunteer.volunteer_id.unwrap(),
    ));
    println!(
        "| scenario | /health p50 / p95 / max | hub peak memory (VmHWM) | requests answered |"
    );
    println!("|---|---|---|---|");
    let idle = phase(pid, &url, |_| 0);
    row("idle", &idle);
    let honest = phase(pid, &url, |_| honest_devices(&url));
    row(
        "200 honest devices (first sync + 10 no-change syncs each)",
        &honest,
    );
    let hostile = phase(pid, &url, |stop| hostile_clients(&attacks, stop));
    row("20 hostile clients", &hostile);
    let both = phase(pid, &url, |stop| {
        let attacks = attacks.clone();
        let stop2 = stop.clone();
        let h = std::thread::spawn(move || hostile_clients(&attacks, &stop2));
        let n = honest_devices(&url);
        stop.store(true, Ordering::SeqCst);
        n + h.join().unwrap()
    });
    row("200 honest devices and 20 hostile clients at once", &both);
    println!();
    println!("{}", attacks.summary());
    drop(hub.stdin.take());
    let _ = hub.wait();
}

/// The hub's side: serve until stdin closes.
fn child(dir: &str) {
    let hub = Hub::open(std::path::Path::new(dir), HubConfig::default()).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        println!("{}", listener.local_addr().unwrap());
        let stop = async {
            let _ = tokio::task::spawn_blocking(|| {
                let mut sink = Vec::new();
                let _ = std::io::stdin().read_to_end(&mut sink);
            })
            .await;
        };
        peerguide_hub::http::serve(listener, hub, stop)
            .await
            .unwrap();
    });
}

fn start_child(dir: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("HOSTILE_HUB_DIR", dir)
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, format!("http://{}", line.trim()))
}

struct Phase {
    wall: Duration,
    health_ms: Vec<f64>,
    peak_kb: u64,
    answered: u64,
}

/// Runs `work` while probing `/health` every 20 ms; the hub's peak memory is reset before.
fn phase(pid: u32, url: &str, work: impl FnOnce(&Arc<AtomicBool>) -> u64) -> Phase {
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let probe = {
        let (url, stop) = (url.to_owned(), stop.clone());
        std::thread::spawn(move || {
            let client = reqwest::blocking::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .unwrap();
            let mut times = Vec::new();
            while !stop.load(Ordering::SeqCst) || times.len() < 20 {
                let t = Instant::now();
                let ok = client
                    .get(format!("{url}/health"))
                    .send()
                    .is_ok_and(|r| r.status().is_success());
                assert!(ok, "/health failed");
                times.push(t.elapsed().as_secs_f64() * 1000.0);
                std::thread::sleep(Duration::from_millis(20));
            }
            times
        })
    };
    let started = Instant::now();
    let answered = work(&stop);
    let wall = started.elapsed();
    // A phase lasts at least PHASE, so the idle and quick ones are measured as long.
    while started.elapsed() < PHASE && !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
    }
    stop.store(true, Ordering::SeqCst);
    let mut health_ms = probe.join().unwrap();
    health_ms.sort_by(f64::total_cmp);
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let peak_kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    Phase {
        wall,
        health_ms,
        peak_kb,
        answered,
    }
}

fn row(name: &str, p: &Phase) {
    let q = |f: f64| p.health_ms[((p.health_ms.len() - 1) as f64 * f) as usize];
    println!(
        "| {name} | {:.1} / {:.1} / {:.1} ms ({} probes) | {:.1} MB | {} in {:.1} s |",
        q(0.5),
        q(0.95),
        q(1.0),
        p.health_ms.len(),
        p.peak_kb as f64 / 1024.0,
        p.answered,
        p.wall.as_secs_f64()
    );
}

fn honest_devices(url: &str) -> u64 {
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    let rounds = 10;
    let handles: Vec<_> = (0..HONEST_DEVICES)
        .map(|_| {
            let (client, url) = (client.clone(), url.to_owned());
            std::thread::spawn(move || {
                let mut store = Store::open_in_memory().unwrap();
                let opts = SyncOptions {
                    langs: vec!["ar".parse().unwrap()],
                    ..SyncOptions::default()
                };
                let mut http = HttpTransport::with_client(client, &url, None);
                let mut requests = 0;
                for _ in 0..=rounds {
                    let r = sync::sync(&mut store, &mut http, &opts, &mut |_| {}).unwrap();
                    requests += r.round_trips as u64;
                }
                requests
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

/// What the hostile clients send, prepared once, and how each kind was answered.
struct Attacks {
    url: String,
    addr: String,
    token: String,
    zstd_bomb: Vec<u8>,
    gzip_bomb: Vec<u8>,
    oversized: Vec<u8>,
    counts: [AtomicU64; 5],
    unexpected: AtomicU64,
}

const KINDS: [&str; 5] = [
    "zstd bomb at /v1/pull (64 MB of spaces, anonymous)",
    "gzip bomb at /v1/push (64 MB, volunteer token)",
    "oversized profile push (3.9 MB of fields, zstd, volunteer token)",
    "half-sent request head, then silence",
    "slow loris (one header byte a second)",
];

impl Attacks {
    fn new(url: &str, token: &str, id: Uuid) -> Attacks {
        let spaces = vec![b' '; 64 << 20];
        let zstd_bomb = zstd::bulk::compress(&spaces, 19).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&spaces).unwrap();
        let gzip_bomb = gz.finish().unwrap();
        let at = format!(
            "{:012x}-0000-{}",
            peerguide_core::sync::hlc::wall_clock_ms(),
            Uuid::now_v7().simple()
        );
        let slug = format!("volunteer-{}", &id.simple().to_string()[20..]);
        let oversized = serde_json::to_vec(&json!({
            "batch_id": Uuid::now_v7(),
            "docs": [{"id": id, "slug": slug, "fields": {
                "display-name": {"at": at, "value": "Amal"},
                "about": {"at": at, "value": {"en": "x".repeat(3_900_000)}}
            }}]
        }))
        .unwrap();
        let oversized = zstd::bulk::compress(&oversized, 3).unwrap();
        Attacks {
            url: url.to_owned(),
            addr: url.trim_start_matches("http://").to_owned(),
            token: token.to_owned(),
            zstd_bomb,
            gzip_bomb,
            oversized,
            counts: Default::default(),
            unexpected: AtomicU64::new(0),
        }
    }

    fn post(
        &self,
        client: &reqwest::blocking::Client,
        path: &str,
        body: &[u8],
        encoding: Option<&str>,
    ) -> u16 {
        let mut req = client
            .post(format!("{}{path}", self.url))
            .header("peerguide-protocol", "1")
            .header("authorization", format!("Bearer {}", self.token))
            .body(body.to_vec());
        if let Some(e) = encoding {
            req = req.header("content-encoding", e);
        }
        req.send().map_or(0, |r| r.status().as_u16())
    }

    /// One attack of kind `k`; true when the hub answered as it should.
    fn run(&self, k: usize, client: &reqwest::blocking::Client) -> bool {
        match k {
            0 => self.post(client, "/v1/pull", &self.zstd_bomb, Some("zstd")) == 413,
            1 => self.post(client, "/v1/push", &self.gzip_bomb, Some("gzip")) == 413,
            2 => self.post(client, "/v1/push", &self.oversized, Some("zstd")) == 422,
            3 => {
                let Ok(mut s) = TcpStream::connect(&self.addr) else {
                    return false;
                };
                let _ = s.write_all(b"POST /v1/pull HTTP/1.1\r\nHost: hub\r\ncontent-le");
                closed_by_hub(&mut s, Duration::from_secs(30))
            }
            _ => {
                let Ok(mut s) = TcpStream::connect(&self.addr) else {
                    return false;
                };
                let head = b"POST /v1/pull HTTP/1.1\r\nHost: hub\r\npeerguide-protocol: 1\r\nx-pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n";
                let started = Instant::now();
                for b in head.iter().cycle() {
                    if s.write_all(&[*b]).is_err() {
                        // The hub closed it: the head did not arrive in time.
                        return started.elapsed() < Duration::from_secs(30);
                    }
                    std::thread::sleep(Duration::from_secs(1));
                    if started.elapsed() > Duration::from_secs(30) {
                        return false;
                    }
                }
                false
            }
        }
    }

    fn summary(&self) -> String {
        let mut out =
            String::from("| hostile request | sent, all answered as expected |\n|---|---|\n");
        for (k, name) in KINDS.iter().enumerate() {
            out.push_str(&format!(
                "| {name} | {} |\n",
                self.counts[k].load(Ordering::SeqCst)
            ));
        }
        out.push_str(&format!(
            "| answered otherwise | {} |",
            self.unexpected.load(Ordering::SeqCst)
        ));
        out
    }
}

fn closed_by_hub(s: &mut TcpStream, within: Duration) -> bool {
    s.set_read_timeout(Some(within)).unwrap();
    let mut buf = [0u8; 1024];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) => return e.kind() == std::io::ErrorKind::ConnectionReset,
        }
    }
}

/// 20 clients, each cycling through the attacks until told to stop; returns how many were
/// answered.
fn hostile_clients(attacks: &Arc<Attacks>, stop: &Arc<AtomicBool>) -> u64 {
    let handles: Vec<_> = (0..HOSTILE_CLIENTS)
        .map(|i| {
            let (attacks, stop) = (attacks.clone(), stop.clone());
            std::thread::spawn(move || {
                let client = reqwest::blocking::Client::builder()
                    .timeout(Duration::from_secs(60))
                    .build()
                    .unwrap();
                let started = Instant::now();
                let mut n = 0;
                let mut k = i % KINDS.len();
                while !stop.load(Ordering::SeqCst) && started.elapsed() < PHASE {
                    if attacks.run(k, &client) {
                        attacks.counts[k].fetch_add(1, Ordering::SeqCst);
                    } else {
                        attacks.unexpected.fetch_add(1, Ordering::SeqCst);
                    }
                    n += 1;
                    k = (k + 1) % KINDS.len();
                }
                n
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

fn article(i: usize) -> Article {
    Article {
        id: Uuid::nil(),
        slug: format!("article-{i}"),
        topic: Topic::ALL[i % Topic::ALL.len()],
        revision: 1,
        position: i as u32,
        translations: ["en", "ar", "fa"]
            .iter()
            .map(|lang| Translation {
                lang: lang.parse().unwrap(),
                title: format!("Article {i}"),
                summary: "housing benefit advice for families in Glasgow".repeat(2),
                body: "housing benefit doctor school council letter appointment ".repeat(60),
                source_revision: 1,
                review: ReviewState::Reviewed,
                translated: Default::default(),
            })
            .collect(),
        provenance: Default::default(),
    }
}
