//! The device lock's cost (`cargo bench -p peerguide-hub --bench lock`): the first sync of the
//! demo content (`content/`) from an in-process hub into a fresh device database, and search
//! latency over the result, plain and encrypted (SQLCipher, a volunteer's device); the
//! Argon2id unlock and the in-place conversion. Prints a Markdown table for BENCHMARKS.md.

use std::path::Path;
use std::time::{Duration, Instant};

use peerguide_core::api::{Api, SearchParams};
use peerguide_core::lock::Vault;
use peerguide_core::pack;
use peerguide_core::sync::engine::{self, SyncOptions};
use peerguide_hub::local::InProcess;
use peerguide_hub::{Hub, HubConfig, PublishRequest};

const PIN: &str = "246810";
const ROUNDS: usize = 7;
/// Words a reader types, in the demo content's languages.
const QUERIES: &[(&str, &str)] = &[
    ("en", "GP"),
    ("en", "housing benefit"),
    ("en", "bank account"),
    ("en", "interpreter"),
    ("ar", "طبيب"),
    ("ar", "السكن"),
    ("fa", "پزشک"),
    ("uk", "лікар"),
    ("fr", "logement"),
    ("ti", "ሓኪም"),
    ("ckb", "پزیشک"),
    ("en", "universal credit"),
];

fn hub(dir: &Path) -> Hub {
    let init = Hub::init(dir).unwrap();
    let hub = Hub::open(dir, HubConfig::default()).unwrap();
    let token = hub.redeem(&init.invite.code).unwrap().token;
    let who = hub.authenticate(Some(&token)).unwrap();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    hub.publish(
        &who,
        &PublishRequest::from_pack(pack::load(&content).unwrap(), false),
    )
    .unwrap();
    hub
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).saturating_sub(1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

struct Figures {
    first_sync: Duration,
    search_p50: Duration,
    search_p95: Duration,
}

/// What one side (plain or encrypted) measured over its rounds.
#[derive(Default)]
struct Samples {
    syncs: Vec<Duration>,
    searches: Vec<Duration>,
}

/// Both sides, their rounds interleaved (plain then encrypted, then the other way round), so
/// a change in the shared machine's load falls on both alike rather than on one side's run.
fn run(hub: &Hub) -> (Figures, Figures) {
    let (mut plain, mut encrypted) = (Samples::default(), Samples::default());
    for i in 0..ROUNDS {
        let order = if i % 2 == 0 {
            [false, true]
        } else {
            [true, false]
        };
        for enc in order {
            let side = if enc { &mut encrypted } else { &mut plain };
            round(hub, enc, side);
        }
    }
    (plain.figures(), encrypted.figures())
}

impl Samples {
    fn figures(mut self) -> Figures {
        self.searches.sort();
        Figures {
            first_sync: median(self.syncs),
            search_p50: percentile(&self.searches, 0.50),
            search_p95: percentile(&self.searches, 0.95),
        }
    }
}

/// One fresh device: its first sync of the demo content, then the reader queries over it.
fn round(hub: &Hub, encrypted: bool, samples: &mut Samples) {
    let Samples { syncs, searches } = samples;
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::open(dir.path().join("peerguide.db")).unwrap();
    if encrypted {
        vault.encrypt(PIN).unwrap();
    }
    let langs = ["en", "ar", "fa", "uk", "fr", "ti", "ckb"]
        .iter()
        .map(|l| l.parse().unwrap())
        .collect();
    let opts = SyncOptions {
        langs,
        ..SyncOptions::default()
    };
    let mut transport = InProcess {
        hub: hub.clone(),
        token: None,
    };
    let start = Instant::now();
    vault
        .with_store(|s| engine::sync(s, &mut transport, &opts, &mut |_| {}))
        .unwrap();
    syncs.push(start.elapsed());

    let api = Api::with_vault(std::sync::Arc::new(vault));
    for _ in 0..20 {
        for (lang, query) in QUERIES {
            let start = Instant::now();
            let hits = api
                .search(SearchParams {
                    lang: (*lang).into(),
                    query: (*query).into(),
                    limit: None,
                })
                .unwrap();
            searches.push(start.elapsed());
            std::hint::black_box(hits);
        }
    }
}

fn main() {
    let hub_dir = tempfile::tempdir().unwrap();
    let hub = hub(hub_dir.path());
    // A first round warms the page cache and the allocator; it is not counted.
    let _warm = run(&hub);
    let (plain, encrypted) = run(&hub);

    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::open(dir.path().join("peerguide.db")).unwrap();
    vault
        .with_store(|s| {
            engine::sync(
                s,
                &mut InProcess {
                    hub: hub.clone(),
                    token: None,
                },
                &SyncOptions::default(),
                &mut |_| {},
            )
        })
        .unwrap();
    let start = Instant::now();
    vault.encrypt(PIN).unwrap();
    let convert = start.elapsed();
    let mut unlocks = Vec::new();
    for _ in 0..ROUNDS {
        vault.lock().unwrap();
        let start = Instant::now();
        vault.unlock(PIN).unwrap();
        unlocks.push(start.elapsed());
    }
    let size = std::fs::metadata(dir.path().join("peerguide.db"))
        .unwrap()
        .len();

    let pct = |a: Duration, b: Duration| (b.as_secs_f64() / a.as_secs_f64() - 1.0) * 100.0;
    println!("| | plain | encrypted | difference |");
    println!("|---|---|---|---|");
    println!(
        "| first sync of the demo content (median of {ROUNDS}) | {} | {} | {:+.0}% |",
        ms(plain.first_sync),
        ms(encrypted.first_sync),
        pct(plain.first_sync, encrypted.first_sync)
    );
    println!(
        "| search p50 ({} queries) | {} | {} | {:+.0}% |",
        QUERIES.len() * 20 * ROUNDS,
        ms(plain.search_p50),
        ms(encrypted.search_p50),
        pct(plain.search_p50, encrypted.search_p50)
    );
    println!(
        "| search p95 | {} | {} | {:+.0}% |",
        ms(plain.search_p95),
        ms(encrypted.search_p95),
        pct(plain.search_p95, encrypted.search_p95)
    );
    println!();
    println!(
        "Unlock (Argon2id 64 MiB, 3 passes, then opening the database): median {} of {ROUNDS}.",
        ms(median(unlocks))
    );
    println!(
        "Converting the synced demo database ({} KiB) to encrypted in place: {}.",
        size / 1024,
        ms(convert)
    );
}
