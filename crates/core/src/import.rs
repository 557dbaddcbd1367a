//! Importing a content pack into the store: ids resolved so they stay stable across
//! re-imports, every record written in one transaction, and a report of what changed.

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::hsds;
use crate::pack::{self, Pack, PackProblem, Progress, Sourced};
use crate::store::{
    INDEX_BATCH, Indexing, Prefolded, Store, Table, WriteOutcome, content_hash, id_for_slug,
};

/// What an import did to one kind of record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// New records.
    pub inserted: usize,
    /// Records whose content changed.
    pub updated: usize,
    /// Records already stored exactly so.
    pub unchanged: usize,
}

impl Tally {
    fn add(&mut self, outcome: WriteOutcome) {
        match outcome {
            WriteOutcome::Inserted => self.inserted += 1,
            WriteOutcome::Updated => self.updated += 1,
            WriteOutcome::Unchanged => self.unchanged += 1,
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// Articles (with their translations).
    pub articles: Tally,
    /// Services.
    pub services: Tally,
    /// Volunteers.
    pub volunteers: Tally,
    /// What the pack leaves unsaid that readers should be told (no checked-on date, no
    /// sources, a translation that does not say how it was made), each with file and line.
    pub warnings: Vec<PackProblem>,
    /// Pack-level settings (the organisation's contact).
    pub settings: Tally,
}

/// Reads, validates and imports the pack in `dir`, or the Open Referral (HSDS) services in a
/// `.json` file or a folder of them (`hsds::is_hsds`). Nothing is written unless everything
/// read is valid, and then everything is written in one transaction.
pub fn import_dir(
    store: &mut Store,
    dir: &Path,
    progress: &mut dyn FnMut(Stage),
) -> Result<ImportReport> {
    let pack = if hsds::is_hsds(dir) {
        hsds::load(dir)?
    } else {
        pack::load_with_progress(dir, &mut |p| progress(Stage::Reading(p)))?
    };
    import_pack(store, pack, &mut |p| progress(Stage::Writing(p)))
}

/// Which part of an import is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and validating files.
    Reading(Progress),
    /// Writing records to the store.
    Writing(Progress),
}

/// Imports a loaded pack in one transaction, then takes what it wrote into the search index
/// in bulk (a process ended in between leaves it listed as pending, for the next
/// [`Store::index_all_pending`]).
///
/// The search text of the pack's translations is folded on a second thread while the content
/// is stored (`store::Prefolded`), so the catch-up is left with FTS5's own work.
pub fn import_pack(
    store: &mut Store,
    pack: Pack,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport> {
    let (report, prefolded) = import_content(store, pack, progress, true)?;
    // A few changed translations are folded as quickly at the catch-up: the thread is stopped
    // rather than waited for as it works through the unchanged ones.
    let pending = store.search_pending()?;
    let prefolded = prefolded.filter(|_| pending >= INDEX_BATCH);
    store.index_all_pending_with(prefolded.as_ref(), &mut |_| {})?;
    Ok(report)
}

/// [`import_pack`] without its last step: the pack's articles and services are stored and
/// readable, and listed as pending for the search index ([`Store::index_all_pending`]).
pub fn import_pack_unindexed(
    store: &mut Store,
    pack: Pack,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport> {
    Ok(import_content(store, pack, progress, false)?.0)
}

/// Folds the search text of `pack`'s translations ahead, in the catch-up's order: one
/// language after another, each in the order the import writes them (the pack's).
fn prefold(pack: &Arc<Pack>) -> Prefolded {
    let expected = pack.articles.iter().flat_map(|a| {
        let id = a.record.id;
        a.record
            .translations
            .iter()
            .map(move |t| (id, t.lang.as_str().to_owned()))
    });
    let expected: Vec<_> = expected.collect();
    let pack = Arc::clone(pack);
    Prefolded::start(
        expected,
        Box::new(move |fold| {
            let mut order: Vec<_> = pack
                .articles
                .iter()
                .flat_map(|a| a.record.translations.iter().map(move |t| (&a.record, t)))
                .collect();
            // Stable: each language keeps the pack's order.
            order.sort_by(|(_, x), (_, y)| x.lang.as_str().cmp(y.lang.as_str()));
            for (article, t) in order {
                if !fold(article.id, t.lang.as_str(), &t.title, &t.summary, &t.body) {
                    return;
                }
            }
        }),
    )
}

fn import_content(
    store: &mut Store,
    mut pack: Pack,
    progress: &mut dyn FnMut(Progress),
    fold_ahead: bool,
) -> Result<(ImportReport, Option<Prefolded>)> {
    let total = pack.len();
    let imported_at = chrono::Utc::now().to_rfc3339();
    store.write(move |tx| {
        // Ids first, for every record, so an id conflict rejects the pack before any write.
        let mut problems = Vec::new();
        resolve_ids(
            tx,
            Table::Articles,
            &mut pack.articles,
            |a| (&a.slug, &mut a.id),
            &mut problems,
        )?;
        resolve_ids(
            tx,
            Table::Services,
            &mut pack.services,
            |s| (&s.slug, &mut s.id),
            &mut problems,
        )?;
        resolve_ids(
            tx,
            Table::Volunteers,
            &mut pack.volunteers,
            |v| (&v.slug, &mut v.id),
            &mut problems,
        )?;
        if !problems.is_empty() {
            return Err(Error::InvalidPack { problems });
        }

        let mut report = ImportReport {
            warnings: std::mem::take(&mut pack.warnings),
            ..ImportReport::default()
        };
        let pack = Arc::new(pack);
        let prefolded = fold_ahead.then(|| prefold(&pack));
        let mut done = 0;
        let mut tick = |progress: &mut dyn FnMut(Progress)| {
            done += 1;
            if done % 64 == 0 || done == total {
                progress(Progress { done, total });
            }
        };
        // Each record's content hash (its JSON, digested) is a fifth of storing it: a second
        // thread works it out just ahead of the writes.
        std::thread::scope(|scope| {
            let (send, hashes) = std::sync::mpsc::sync_channel(256);
            let (articles, services) = (&pack.articles, &pack.services);
            scope.spawn(move || {
                let hashes = articles
                    .iter()
                    .map(|a| content_hash(&a.record))
                    .chain(services.iter().map(|s| content_hash(&s.record)));
                for hash in hashes {
                    // Gone when a write failed: nothing more is wanted.
                    if send.send(hash).is_err() {
                        return;
                    }
                }
            });
            let next_hash = || hashes.recv().expect("a hash for every record");
            for a in articles {
                let hash = next_hash();
                report.articles.add(Store::put_article_hashed(
                    tx,
                    &a.record,
                    hash,
                    Indexing::Later,
                )?);
                tick(progress);
            }
            for s in services {
                let hash = next_hash();
                report.services.add(Store::put_service_hashed(
                    tx,
                    &s.record,
                    hash,
                    Indexing::Later,
                )?);
                tick(progress);
            }
            Ok::<_, Error>(())
        })?;
        for v in &pack.volunteers {
            report.volunteers.add(Store::put_volunteer(tx, &v.record)?);
            tick(progress);
        }
        for setting in pack.settings() {
            report.settings.add(Store::put_setting(tx, &setting)?);
        }
        Store::set_info(tx, "imported_at", &imported_at)?;
        Ok((report, prefolded))
    })
}

/// Gives each record its id: the stored one for its slug (so ids never change on re-import),
/// else the one its file names, else a new UUID v7.
fn resolve_ids<T>(
    tx: &rusqlite::Transaction,
    table: Table,
    records: &mut [Sourced<T>],
    key: impl Fn(&mut T) -> (&String, &mut Uuid),
    problems: &mut Vec<PackProblem>,
) -> Result<()> {
    for item in records.iter_mut() {
        let (slug, id) = key(&mut item.record);
        let stored = id_for_slug(tx, table, slug)?;
        *id = match (stored, item.explicit_id) {
            (Some(stored), Some(explicit)) if stored != explicit => {
                problems.push(PackProblem {
                    file: item.file.clone(),
                    line: None,
                    field: Some("id".into()),
                    message: format!("'{slug}' is already stored with id {stored}; its id cannot change to {explicit}"),
                });
                stored
            }
            (Some(stored), _) => stored,
            (None, Some(explicit)) => explicit,
            (None, None) => Uuid::now_v7(),
        };
    }
    Ok(())
}
