//! Import throughput, search latency per language and database size over a generated pack of
//! 5,000 articles in 10 languages and 5,000 services. Prints a Markdown table for
//! BENCHMARKS.md. Run: `cargo bench -p peerguide-core --bench store` (SIZE=500 for a quick run; PACK=dir keeps
//! the generated pack for another run).
//! The pack carries search synonyms for every language, so queries are widened as a real
//! organisation's would be.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use peerguide_core::import::{import_pack, import_pack_unindexed};
use peerguide_core::{LanguageTag, Store, pack};

#[path = "common/text.rs"]
mod text;
use text::{Rng, VOCABULARY, sentence, words};

fn generate(dir: &Path, articles: usize, services: usize) {
    let mut rng = Rng(42);
    let topics = [
        "first-steps",
        "housing",
        "employment",
        "education",
        "health",
        "leisure",
        "social-connections",
        "language-culture",
        "safety-stability",
        "digital-skills",
        "rights-responsibilities",
    ];
    for i in 0..articles {
        let folder = dir.join(format!("guidance/article-{i}"));
        std::fs::create_dir_all(&folder).unwrap();
        for (lang, _) in VOCABULARY {
            let vocab = words(lang);
            let title = sentence(&mut rng, &vocab, 5);
            let summary = sentence(&mut rng, &vocab, 15);
            let body: String = (0..6)
                .map(|_| format!("{}.\n\n", sentence(&mut rng, &vocab, 40)))
                .collect();
            let front = if *lang == "en" {
                format!(
                    "topic = \"{}\"\nrevision = 2\nreviewed_on = \"2026-11-27\"\nreviewed_by = \"Content team\"\n\n[[sources]]\ntitle = \"GOV.UK\"\nurl = \"https://www.gov.uk/article-{i}\"\nretrieved = \"2026-11-26\"\n",
                    topics[i % topics.len()]
                )
            } else {
                format!(
                    "source_revision = {}\ntranslated = \"machine\"\n",
                    1 + (i % 2)
                )
            };
            std::fs::write(folder.join(format!("{lang}.md")), format!("+++\ntitle = \"{title}\"\nsummary = \"{summary}\"\n{front}+++\n## {title}\n\n{body}")).unwrap();
        }
    }
    std::fs::create_dir_all(dir.join("services")).unwrap();
    let en = words("en");
    for i in 0..services {
        let mut text = String::new();
        for (lang, _) in VOCABULARY.iter().take(5) {
            let vocab = words(lang);
            writeln!(
                text,
                "[text.{lang}]\ndescription = \"{}\"",
                sentence(&mut rng, &vocab, 25)
            )
            .unwrap();
        }
        std::fs::write(
            dir.join(format!("services/service-{i}.toml")),
            format!(
                "name = \"{} centre {i}\"\ntopics = [\"{}\"]\narea = \"Govan\"\naddress = \"{i} Example Street, Glasgow G51 1AA\"\nphone = \"0141 496 0{:03}\"\nlanguages = [\"en\", \"ar\"]\ncost = \"free\"\naccess = \"walk-in\"\n[hours]\nmon = [\"09:00-17:00\"]\n{text}",
                rng.pick(&en),
                topics[i % topics.len()],
                i % 1000
            ),
        )
        .unwrap();
    }
    // SYNONYMS=off leaves them out, to compare on the same machine.
    if std::env::var("SYNONYMS").as_deref() != Ok("off") {
        std::fs::write(dir.join("search.toml"), synonyms()).unwrap();
    }
}

/// The organisation's synonyms: every language's real words (the most common ones, so
/// most queries meet a synonym) in groups of three, and one group with a two-word phrase.
fn synonyms() -> String {
    let mut toml = String::from("[synonyms]\n");
    for (lang, real) in VOCABULARY {
        let real: Vec<&str> = real.split(' ').collect();
        let mut groups: Vec<String> = real
            .chunks(3)
            .filter(|g| g.len() > 1)
            .map(|g| {
                format!(
                    "[{}]",
                    g.iter()
                        .map(|w| format!("\"{w}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
            .collect();
        groups.push(format!(
            "[\"{} {}\", \"{}\"]",
            real[0],
            real[1],
            real[real.len() - 1]
        ));
        writeln!(toml, "{lang} = [{}]", groups.join(", ")).unwrap();
    }
    toml
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let size: usize = std::env::var("SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5000);
    let dir = tempfile::tempdir().unwrap();
    // `PACK=dir` keeps the generated pack there (and reuses it when it exists), so that two
    // builds, or `peerguide import`, can be timed on the same pack without generating it again.
    let pack_dir = std::env::var_os("PACK")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("pack"));
    if !pack_dir.exists() {
        let t = Instant::now();
        generate(&pack_dir, size, size);
        eprintln!(
            "generated {size} articles x {} languages and {size} services in {:.1?}",
            VOCABULARY.len(),
            t.elapsed()
        );
    }

    // `DB=file` keeps the imported database there; when it already exists, only the searches
    // are run, against it.
    let db = std::env::var_os("DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("bench.db"));
    if db.exists() {
        let store = Store::open(&db).unwrap();
        println!("searches only, on {}\n\n{}", db.display(), searches(&store));
        return;
    }
    let t = Instant::now();
    let pack = pack::load(&pack_dir).unwrap();
    let read = t.elapsed();
    let records = pack.len();

    // The two steps apart, on a database of their own: when the content is readable, and
    // what the catch-up then takes with the text folded there.
    let apart = dir.path().join("apart.db");
    let mut store = Store::open(&apart).unwrap();
    let t = Instant::now();
    import_pack_unindexed(&mut store, pack::load(&pack_dir).unwrap(), &mut |_| {}).unwrap();
    let write_content = t.elapsed();
    let t = Instant::now();
    store.index_all_pending(&mut |_| {}).unwrap();
    let index = t.elapsed();
    drop(store);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", apart.display()));
    }

    // The import as `peerguide import` and the app run it: the search text folded on a
    // second thread while the content is stored.
    let mut store = Store::open(&db).unwrap();
    let t = Instant::now();
    import_pack(&mut store, pack, &mut |_| {}).unwrap();
    let write = t.elapsed();
    let counts = store.counts().unwrap();

    // Re-import: the idempotent path a device takes when the pack did not change.
    let t = Instant::now();
    import_pack(&mut store, pack::load(&pack_dir).unwrap(), &mut |_| {}).unwrap();
    let reimport = t.elapsed();
    drop(store);
    let store = Store::open(&db).unwrap();
    let size_bytes = std::fs::metadata(&db).unwrap().len()
        + std::fs::metadata(db.with_extension("db-wal"))
            .map(|m| m.len())
            .unwrap_or(0);

    let mut out = String::new();
    writeln!(out, "| measure | value |\n|---|---|").unwrap();
    writeln!(
        out,
        "| records in pack | {records} ({} articles, {} translations, {} services) |",
        counts.articles, counts.translations, counts.services
    )
    .unwrap();
    writeln!(
        out,
        "| read + validate pack | {:.2} s |",
        read.as_secs_f64()
    )
    .unwrap();
    writeln!(
        out,
        "| import (one transaction, then the search index in bulk, folded ahead) | {:.2} s |",
        write.as_secs_f64()
    )
    .unwrap();
    writeln!(
        out,
        "| apart: content stored and readable / search index folded at the catch-up | {:.2} s / {:.2} s |",
        write_content.as_secs_f64(),
        index.as_secs_f64()
    )
    .unwrap();
    writeln!(
        out,
        "| import throughput | {:.0} translations/s |",
        (counts.translations + counts.services) as f64 / write.as_secs_f64()
    )
    .unwrap();
    writeln!(
        out,
        "| re-import, nothing changed | {:.2} s |",
        reimport.as_secs_f64()
    )
    .unwrap();
    writeln!(out, "| database size | {:.1} MB |", size_bytes as f64 / 1e6).unwrap();
    out.push('\n');
    out.push_str(&searches(&store));
    println!(
        "vocabulary: {}\n\n{out}",
        if std::env::var("VOCAB").as_deref() == Ok("tiny") {
            "tiny (30 words per language: every query word is in almost every article)"
        } else {
            "30 real + 3,970 made-up words per language, Zipf-distributed"
        }
    );
}

/// 300 searches per language, as a Markdown table of their times.
fn searches(store: &Store) -> String {
    let mut out = String::new();
    writeln!(out, "| language | queries | p50 ms | p95 ms | max ms | p95 one word | p95 two words | p95 3-letter prefix | mean hits |\n|---|---|---|---|---|---|---|---|---|").unwrap();
    let mut rng = Rng(7);
    for (lang, _) in VOCABULARY {
        let tag: LanguageTag = lang.parse().unwrap();
        let vocab = words(lang);
        let mut times = Vec::new();
        let mut by_kind: [Vec<Duration>; 3] = Default::default();
        let mut hits = 0;
        for i in 0..300 {
            // One whole word, two words, or a three-letter prefix, as people type.
            let query = match i % 3 {
                0 => rng.pick(&vocab).to_owned(),
                1 => format!("{} {}", rng.pick(&vocab), rng.pick(&vocab)),
                _ => rng.pick(&vocab).chars().take(3).collect(),
            };
            let t = Instant::now();
            hits += store.search(&tag, &query, 20).unwrap().len();
            let took = t.elapsed();
            times.push(took);
            by_kind[i % 3].push(took);
        }
        times.sort();
        for kind in &mut by_kind {
            kind.sort();
        }
        writeln!(
            out,
            "| {lang} | {} | {} | {} | {} | {} | {} | {} | {:.1} |",
            times.len(),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(*times.last().unwrap()),
            ms(percentile(&by_kind[0], 0.95)),
            ms(percentile(&by_kind[1], 0.95)),
            ms(percentile(&by_kind[2], 0.95)),
            hits as f64 / times.len() as f64
        )
        .unwrap();
    }
    out
}
