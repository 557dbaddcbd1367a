//! Sync benchmark (`cargo bench -p peerguide-hub --bench sync`): a first sync of 100,000
//! records over loopback HTTP, a sync after one change and after none, and hub throughput
//! with 200 devices at once. Prints Markdown tables for BENCHMARKS.md.
//!
//! `RECORDS=small` runs a tenth of the size, for a quick look; `WORDS=250` gives each
//! translation 250 words of body (80 by default), the size of a real article. The text is
//! drawn Zipf-like from 4,000 words per language in the language's own script (the store
//! benchmark's generator, `crates/core/benches/common/text.rs`), so it compresses as real
//! text does, not as a handful of repeated words would.
//!
//! `DUMP=path` also writes every record the hub published (article translations, services,
//! volunteer profiles) as NDJSON, one document per line as a PouchDB user would store it, for
//! the side-by-side run in `bench/pouchdb/`.
//!
//! `PAGES=dir` writes the plain JSON of every page of a reader's first sync (all languages,
//! the largest pages, as a far-behind device asks) to `dir/00000.json`, ... and stops there:
//! the input for measuring offline what compresses how (`zstd -b`, other page sizes).
//!
//! The first sync runs the device in a child process (this benchmark started again with
//! `PG_BENCH_DEVICE` set), so its peak memory (`VmHWM` of `/proc/self/status`) is the
//! device's alone, not the hub's beside it.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use peerguide_core::article::{Article, ReviewState, Translation};
use peerguide_core::hours::OpeningHours;
use peerguide_core::service::{Access, Cost, Service, ServiceText};
use peerguide_core::sync::engine::{SyncOptions, SyncReport};
use peerguide_core::sync::{self, Field, PushRequest, Stamped, VolunteerDoc};
use peerguide_core::{LanguageTag, Store, Topic};
use peerguide_hub::{
    Decision, Hub, HubConfig, Principal, ProfilesRequest, PublishRequest, ReviewRequest,
};
use peerguide_sync_client::HttpTransport;
use uuid::Uuid;

const LANGS: [&str; 10] = ["en", "ar", "fa", "ckb", "ti", "uk", "fr", "es", "so", "ps"];

#[path = "../../core/benches/common/text.rs"]
mod text;
use text::{Rng, sentence};

/// Every language's vocabulary, built once.
struct Vocab(Vec<Vec<String>>);

impl Vocab {
    fn new() -> Self {
        Vocab(LANGS.iter().map(|l| text::words(l)).collect())
    }
}

/// A body of `n` words in paragraphs of about 40, as an article reads.
fn body(rng: &mut Rng, vocab: &[String], n: usize) -> String {
    let mut out = String::new();
    let mut left = n;
    while left > 0 {
        let k = left.min(40);
        out.push_str(&sentence(rng, vocab, k));
        out.push_str(".\n\n");
        left -= k;
    }
    out
}

fn serve(
    hub: Hub,
) -> (
    String,
    tokio::sync::oneshot::Sender<()>,
    std::thread::JoinHandle<()>,
) {
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            peerguide_hub::http::serve(listener, hub, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
    });
    (format!("http://{}", addr_rx.recv().unwrap()), tx, thread)
}

fn setup(dir: &std::path::Path) -> (Hub, Principal) {
    let init = Hub::init(dir).unwrap();
    let hub = Hub::open(dir, HubConfig::default()).unwrap();
    let token = hub.redeem(&init.invite.code).unwrap().token;
    let who = hub.authenticate(Some(&token)).unwrap();
    (hub, who)
}

fn article(i: usize, words_per: usize, vocab: &Vocab) -> Article {
    // Seeded by the article, so the same article comes out the same when published again.
    let mut rng = Rng(i as u64 * 1_000_003 + 17);
    Article {
        id: Uuid::nil(),
        slug: format!("article-{i}"),
        topic: Topic::ALL[i % Topic::ALL.len()],
        revision: 1,
        position: i as u32,
        translations: LANGS
            .iter()
            .enumerate()
            .map(|(l, lang)| Translation {
                lang: lang.parse().unwrap(),
                title: sentence(&mut rng, &vocab.0[l], 5),
                summary: sentence(&mut rng, &vocab.0[l], 16),
                body: body(&mut rng, &vocab.0[l], words_per),
                source_revision: 1,
                review: ReviewState::Reviewed,
                translated: Default::default(),
            })
            .collect(),
        provenance: Default::default(),
    }
}

fn service(i: usize, vocab: &Vocab) -> Service {
    let mut rng = Rng(i as u64 * 7_919 + 3);
    let en = &vocab.0[0];
    Service {
        id: Uuid::nil(),
        slug: format!("service-{i}"),
        name: sentence(&mut rng, en, 3),
        topics: vec![Topic::Health],
        area: "Govan".into(),
        address: format!("{i} Main Street, Glasgow"),
        phone: Some("0141 000 0000".into()),
        web: None,
        email: None,
        languages: vec!["en".parse().unwrap()],
        cost: Cost::Free,
        access: Access::WalkIn,
        hours: OpeningHours::default(),
        reviewed_on: None,
        sample: false,
        texts: BTreeMap::from([(
            "en".parse::<LanguageTag>().unwrap(),
            ServiceText {
                description: sentence(&mut rng, en, 30),
                accessibility: None,
            },
        )]),
    }
}

fn volunteers(hub: &Hub, who: &Principal, n: usize) {
    let node = Uuid::now_v7();
    let now = peerguide_core::sync::hlc::wall_clock_ms();
    for chunk in (0..n).collect::<Vec<_>>().chunks(200) {
        let docs = chunk
            .iter()
            .map(|i| {
                let mut d = VolunteerDoc::new(Uuid::now_v7(), format!("volunteer-{i}"));
                let at = peerguide_core::sync::Hlc {
                    wall_ms: now,
                    counter: *i as u32,
                    node,
                };
                d.fields.insert(
                    Field::DisplayName,
                    Stamped {
                        at,
                        value: serde_json::json!(format!("Volunteer {i}")),
                    },
                );
                d.fields.insert(
                    Field::Topics,
                    Stamped {
                        at,
                        value: serde_json::json!(["housing"]),
                    },
                );
                d
            })
            .collect();
        hub.push(
            who,
            &PushRequest {
                batch_id: Uuid::now_v7(),
                docs,
            },
        )
        .unwrap();
    }
}

/// A coordinator approves every profile, as they would before newcomers may see them.
fn approve_all(hub: &Hub, who: &Principal) {
    let waiting = hub.profiles(who, &ProfilesRequest { state: None }).unwrap();
    for entry in waiting.profiles {
        let review = entry
            .profile
            .review
            .expect("a coordinator sees each review");
        hub.review(
            who,
            &ReviewRequest {
                id: entry.profile.id,
                decision: Decision::Approve,
                seen: Some(review.digest),
            },
        )
        .unwrap();
    }
}

fn run_sync(store: &mut Store, url: &str, langs: &[&str]) -> (SyncReport, u64, u64, Duration) {
    let mut http = HttpTransport::new(url, None).unwrap();
    let opts = SyncOptions {
        langs: langs.iter().map(|l| l.parse().unwrap()).collect(),
        ..SyncOptions::default()
    };
    let t = Instant::now();
    let r = sync::sync(store, &mut http, &opts, &mut |_| {}).unwrap();
    (r, http.bytes_in, http.bytes_out, t.elapsed())
}

/// A transport that counts the time spent waiting for the hub. A pull asks for the next
/// page on a second thread while it applies the current one, so this time overlaps the
/// device's own work; what the applying thread waited is `SyncReport::waited`.
struct Timed {
    inner: HttpTransport,
    waiting: Duration,
}

impl peerguide_core::sync::engine::Transport for Timed {
    fn pull(
        &mut self,
        req: &peerguide_core::sync::PullRequest,
    ) -> Result<peerguide_core::sync::Page, peerguide_core::sync::engine::TransportError> {
        let t = Instant::now();
        let page = self.inner.pull(req);
        self.waiting += t.elapsed();
        page
    }

    fn push(
        &mut self,
        req: &PushRequest,
    ) -> Result<peerguide_core::sync::PushAck, peerguide_core::sync::engine::TransportError> {
        self.inner.push(req)
    }
}

/// The device side of the first sync, in its own process: prints one line,
/// `secs waiting_secs records bytes_in bytes_out requests vm_hwm_kb applying_waited_secs
/// applying_cpu_secs process_cpu_secs`.
fn device_child(spec: &str) {
    let (url, path) = spec.split_once(' ').expect("PG_BENCH_DEVICE is 'URL PATH'");
    let mut store = Store::open(std::path::Path::new(path)).unwrap();
    let mut timed = Timed {
        inner: HttpTransport::new(url, None).unwrap(),
        waiting: Duration::ZERO,
    };
    // As the app syncs: the sync ends once the content is stored, and the search index
    // takes it in afterwards, timed on its own.
    let opts = SyncOptions {
        langs: LANGS.iter().map(|l| l.parse().unwrap()).collect(),
        index_in_background: true,
        ..SyncOptions::default()
    };
    let t = Instant::now();
    let r = sync::sync(&mut store, &mut timed, &opts, &mut |_| {}).unwrap();
    let secs = t.elapsed().as_secs_f64();
    let pid = std::process::id();
    let applying_cpu = cpu_secs(&format!("/proc/self/task/{pid}/stat"));
    let process_cpu = cpu_secs("/proc/self/stat");
    let t = Instant::now();
    store.index_all_pending(&mut |_| {}).unwrap();
    let index_secs = t.elapsed().as_secs_f64();
    drop(store);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    // CPU time (taken above, before the index), less sensitive than wall time to other work
    // on the machine: the calling (applying) thread's own, and the whole process's (both
    // threads of the pull, and the HTTP client's).
    println!(
        "{secs} {} {} {} {} {} {hwm} {} {applying_cpu} {process_cpu} {index_secs}",
        timed.waiting.as_secs_f64(),
        r.pulled,
        timed.inner.bytes_in,
        timed.inner.bytes_out,
        r.round_trips,
        r.waited.as_secs_f64()
    );
}

/// User + system CPU seconds of a `/proc` `stat` file (fields 14 and 15, in clock ticks of
/// 1/100 s, Linux's `USER_HZ`); 0 where there is none.
fn cpu_secs(path: &str) -> f64 {
    let stat = std::fs::read_to_string(path).unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<u64> = after_name
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0))
        .collect();
    // Field 3 (the state) is the first after the name.
    fields
        .get(11)
        .zip(fields.get(12))
        .map_or(0.0, |(u, s)| (u + s) as f64 / 100.0)
}

/// The bytes of text a device holds for an article: what a reader reads, every language.
fn article_text_bytes(a: &Article) -> usize {
    a.translations
        .iter()
        .map(|t| t.title.len() + t.summary.len() + t.body.len())
        .sum()
}

fn service_text_bytes(s: &Service) -> usize {
    s.name.len()
        + s.address.len()
        + s.texts
            .values()
            .map(|t| t.description.len() + t.accessibility.as_ref().map_or(0, |a| a.len()))
            .sum::<usize>()
}

/// Writes the published records as NDJSON, one document per record as a PouchDB user would
/// store it: an article translation, a service or a volunteer profile, each with its `_id`.
fn dump(path: &std::path::Path, articles: &[Article], services: &[Service], volunteers: usize) {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut line = |doc: serde_json::Value| {
        serde_json::to_writer(&mut out, &doc).unwrap();
        out.write_all(b"\n").unwrap();
    };
    for a in articles {
        for t in &a.translations {
            line(serde_json::json!({
                "_id": format!("translation:{}:{}", a.slug, t.lang),
                "kind": "translation",
                "article": a.slug,
                "topic": a.topic,
                "position": a.position,
                "revision": a.revision,
                "lang": t.lang,
                "title": t.title,
                "summary": t.summary,
                "body": t.body,
                "source_revision": t.source_revision,
                "review": t.review,
            }));
        }
    }
    for s in services {
        let mut doc = serde_json::to_value(s).unwrap();
        let obj = doc.as_object_mut().unwrap();
        obj.remove("id");
        obj.insert("_id".into(), format!("service:{}", s.slug).into());
        obj.insert("kind".into(), "service".into());
        line(doc);
    }
    for i in 0..volunteers {
        line(serde_json::json!({
            "_id": format!("volunteer:volunteer-{i}"),
            "kind": "volunteer",
            "display_name": format!("Volunteer {i}"),
            "topics": ["housing"],
        }));
    }
    out.flush().unwrap();
}

/// Writes each page of an anonymous first sync of every language, as the hub serialises it
/// before compression.
fn write_pages(hub: &Hub, dir: &std::path::Path) {
    std::fs::create_dir_all(dir).unwrap();
    let mut req = sync::PullRequest {
        cursor: 0,
        langs: LANGS.iter().map(|l| l.parse().unwrap()).collect(),
        limit: Some(sync::protocol::MAX_PAGE_LIMIT),
        nonce: "0123456789abcdef0123456789abcdef".into(),
    };
    for n in 0.. {
        let page = hub.pull(&Principal::Anonymous, &req).unwrap();
        let json = serde_json::to_vec(&page).unwrap();
        std::fs::write(dir.join(format!("{n:05}.json")), json).unwrap();
        if !page.has_more {
            break;
        }
        req.cursor = page.cursor;
    }
}

fn main() {
    if let Ok(spec) = std::env::var("PG_BENCH_DEVICE") {
        device_child(&spec);
        return;
    }
    let words_per: usize = std::env::var("WORDS")
        .ok()
        .and_then(|w| w.parse().ok())
        .unwrap_or(80);
    let small = std::env::var("RECORDS").is_ok_and(|v| v == "small");
    let scale = if small { 10 } else { 1 };
    let (n_articles, n_services, n_volunteers) = (8_000 / scale, 10_000 / scale, 10_000 / scale);
    let dir = tempfile::tempdir().unwrap();
    let (hub, who) = setup(&dir.path().join("hub"));

    let vocab = Vocab::new();
    let articles: Vec<Article> = (0..n_articles)
        .map(|i| article(i, words_per, &vocab))
        .collect();
    let services: Vec<Service> = (0..n_services).map(|i| service(i, &vocab)).collect();
    if let Ok(path) = std::env::var("DUMP") {
        dump(
            std::path::Path::new(&path),
            &articles,
            &services,
            n_volunteers,
        );
    }
    let t = Instant::now();
    let raw_text: usize = articles.iter().map(article_text_bytes).sum::<usize>()
        + services.iter().map(service_text_bytes).sum::<usize>();
    let report = hub
        .publish(
            &who,
            &PublishRequest {
                articles,
                services,
                settings: vec![],
                prune: false,
            },
        )
        .unwrap();
    let publish_time = t.elapsed();
    let t = Instant::now();
    volunteers(&hub, &who, n_volunteers);
    let volunteer_time = t.elapsed();
    let t = Instant::now();
    approve_all(&hub, &who);
    let approve_time = t.elapsed();
    if let Ok(pages) = std::env::var("PAGES") {
        write_pages(&hub, std::path::Path::new(&pages));
        return;
    }
    let (url, stop, thread) = serve(hub.clone());

    let device_path = dir.path().join("device.db");
    // The hub's CPU while it serves the first sync (and, after it, idles while the device's
    // index catches up): the machine's two cores are shared by hub and device.
    let hub_cpu = cpu_secs("/proc/self/stat");
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .env(
            "PG_BENCH_DEVICE",
            format!("{url} {}", device_path.to_str().unwrap()),
        )
        .output()
        .unwrap();
    assert!(
        child.status.success(),
        "{}",
        String::from_utf8_lossy(&child.stderr)
    );
    let line = String::from_utf8(child.stdout).unwrap();
    let f: Vec<f64> = line
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect();
    let hub_cpu = cpu_secs("/proc/self/stat") - hub_cpu;
    let (first_time, waiting) = (Duration::from_secs_f64(f[0]), f[1]);
    let (first_pulled, first_in, first_out, first_trips, hwm_kb) = (
        f[2] as usize,
        f[3] as u64,
        f[4] as u64,
        f[5] as usize,
        f[6] as u64,
    );
    let first_db = std::fs::metadata(&device_path).unwrap().len();
    let mut device = Store::open(&device_path).unwrap();
    let counts = device.counts().unwrap();
    let domain_records = counts.translations + counts.services + counts.volunteers;

    let (none, none_in, none_out, _) = run_sync(&mut device, &url, &LANGS);
    let mut changed = article(7, words_per, &vocab);
    changed.translations[1].title = "A corrected title".into();
    let mut again: Vec<Article> = vec![changed];
    again[0].id = Uuid::nil();
    hub.publish(
        &who,
        &PublishRequest {
            articles: again,
            services: vec![],
            settings: vec![],
            prune: false,
        },
    )
    .unwrap();
    let (one, one_in, one_out, _) = run_sync(&mut device, &url, &LANGS);
    let mut ar_device = Store::open_in_memory().unwrap();
    let (ar_first, ar_in, _, ar_time) = run_sync(&mut ar_device, &url, &["ar"]);
    drop(device);
    let db_size = std::fs::metadata(&device_path).unwrap().len();

    println!("| measure | value |");
    println!("|---|---|");
    println!(
        "| records published | {} article translations of {words_per} words, {} services, {} volunteers ({} wire records incl. article and service parts) |",
        n_articles * 10,
        n_services,
        n_volunteers,
        first_pulled
    );
    println!(
        "| publish (sign + store, in process) | {:.2} s ({} records signed) |",
        publish_time.as_secs_f64(),
        report.signed
    );
    println!(
        "| volunteer profiles pushed (in process) | {:.2} s |",
        volunteer_time.as_secs_f64()
    );
    println!(
        "| volunteer profiles approved, one review each (in process) | {:.2} s |",
        approve_time.as_secs_f64()
    );
    println!(
        "| first sync, all 10 languages: time (content stored, verified and readable) | {:.2} s |",
        first_time.as_secs_f64()
    );
    println!(
        "| first sync: records on device | {domain_records} (translations + services + volunteers) |"
    );
    println!(
        "| first sync: bytes received / sent | {} / {} ({:.1} MB received, {} requests) |",
        first_in,
        first_out,
        first_in as f64 / 1e6,
        first_trips
    );
    // The applying thread's own work: the whole sync less the time it waited for the next
    // page to arrive and be checked (the page's request, the hub, decoding, signatures).
    let waited = f[7];
    let applying = first_time.as_secs_f64() - waited;
    println!(
        "| first sync: time inside the transport's `pull` (second thread, overlapping the applying) | {waiting:.2} s |"
    );
    println!("| first sync: applying thread waiting for the next checked page | {waited:.2} s |");
    println!(
        "| first sync: device's own work on the applying thread (plan, apply; not waiting for a page) | {applying:.2} s, {:.0} records/s |",
        first_pulled as f64 / applying
    );
    println!(
        "| first sync: CPU time of the applying thread / of the whole device process | {:.2} s / {:.2} s |",
        f[8], f[9]
    );
    println!(
        "| first sync: then the search index taking in what it stored (in the background, on the device) | {:.2} s, {:.2} s in all |",
        f[10],
        first_time.as_secs_f64() + f[10]
    );
    println!("| first sync: CPU time of the hub process serving it | {hub_cpu:.2} s |");
    println!(
        "| first sync: device process peak RSS (VmHWM) | {:.1} MB |",
        hwm_kb as f64 / 1024.0
    );
    println!(
        "| device database after the first sync / raw text held | {:.1} MB / {:.1} MB = {:.2}x |",
        first_db as f64 / 1e6,
        raw_text as f64 / 1e6,
        first_db as f64 / raw_text as f64
    );
    println!(
        "| first sync, Arabic only (+ English) | {:.2} s, {:.1} MB, {} records |",
        ar_time.as_secs_f64(),
        ar_in as f64 / 1e6,
        ar_first.pulled
    );
    println!(
        "| device database size after the small syncs | {:.1} MB |",
        db_size as f64 / 1e6
    );
    println!(
        "| sync, nothing changed | {} bytes received, {} sent, {} request(s) |",
        none_in, none_out, none.round_trips
    );
    println!(
        "| sync, one translation changed | {} bytes received, {} sent, {} request(s), {} record(s) |",
        one_in, one_out, one.round_trips, one.pulled
    );

    // Throughput: 200 devices at once, first sync of a small hub, then repeated syncs.
    let dir2 = tempfile::tempdir().unwrap();
    let (hub2, who2) = setup(&dir2.path().join("hub"));
    let articles: Vec<Article> = (0..100).map(|i| article(i, 80, &vocab)).collect();
    hub2.publish(
        &who2,
        &PublishRequest {
            articles,
            services: (0..50).map(|i| service(i, &vocab)).collect(),
            settings: vec![],
            prune: false,
        },
    )
    .unwrap();
    let (url2, stop2, thread2) = serve(hub2);
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    let rounds = 10;
    let t = Instant::now();
    let handles: Vec<_> = (0..200)
        .map(|_| {
            let client = client.clone();
            let url = url2.clone();
            std::thread::spawn(move || {
                let mut store = Store::open_in_memory().unwrap();
                let opts = SyncOptions {
                    langs: vec!["ar".parse().unwrap()],
                    ..SyncOptions::default()
                };
                let mut http = HttpTransport::with_client(client, &url, None);
                let start = Instant::now();
                sync::sync(&mut store, &mut http, &opts, &mut |_| {}).unwrap();
                let first = start.elapsed();
                let start = Instant::now();
                for _ in 0..rounds {
                    sync::sync(&mut store, &mut http, &opts, &mut |_| {}).unwrap();
                }
                (first, start.elapsed())
            })
        })
        .collect();
    let mut firsts = Vec::new();
    let mut repeats = Vec::new();
    for h in handles {
        let (f, r) = h.join().unwrap();
        firsts.push(f);
        repeats.push(r / rounds);
    }
    let total = t.elapsed();
    firsts.sort();
    repeats.sort();
    let p =
        |v: &Vec<Duration>, q: f64| v[((v.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
    println!();
    println!("| 200 devices at once | value |");
    println!("|---|---|");
    println!("| errors | 0 (any error aborts the benchmark) |");
    println!(
        "| wall time, 200 first syncs + 2,000 no-change syncs | {:.2} s |",
        total.as_secs_f64()
    );
    println!(
        "| requests per second overall | {:.0} |",
        (200.0 * (rounds as f64 + 1.0)) / total.as_secs_f64()
    );
    println!(
        "| first sync (100 articles in ar+en, 50 services): p50 / p95 / max | {:.0} / {:.0} / {:.0} ms |",
        p(&firsts, 0.5),
        p(&firsts, 0.95),
        p(&firsts, 1.0)
    );
    println!(
        "| no-change sync: p50 / p95 / max | {:.1} / {:.1} / {:.1} ms |",
        p(&repeats, 0.5),
        p(&repeats, 0.95),
        p(&repeats, 1.0)
    );
    let _ = stop.send(());
    let _ = stop2.send(());
    thread.join().unwrap();
    thread2.join().unwrap();
}
