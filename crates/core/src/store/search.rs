//! The search index in the store: keeping the FTS5 tables in step with the records, and
//! running a query through the reader's fallback chain.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashSet, FxHasher};

use rusqlite::{Connection, Transaction};
use uuid::Uuid;

use super::{Store, parse_column};
use crate::article::Translation;
use crate::error::Result;
use crate::language::LanguageTag;
use crate::search::fold::fold_for_index;
use crate::search::synonyms::Synonyms;
use crate::search::{Query, SearchHit, WordExpressions, plain_text, snippet};
use crate::service::Service;

/// Column weights for bm25: a match in a title counts most, in the body least.
const ARTICLE_WEIGHTS: &str = "0.0, 10.0, 4.0, 1.0";

/// Words of context in a result snippet.
const SNIPPET_WORDS: usize = 24;

/// When the search index takes in what a write stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indexing {
    /// In the write's own transaction: a search right after it finds what it wrote.
    Now,
    /// Listed as pending, for [`Store::index_pending`] to take in later in bulk: for writes
    /// of thousands of records (a first sync, a pack import), which then store and commit
    /// their content without waiting for the index.
    Later,
}

/// Rows [`Store::index_all_pending`] takes into the index per transaction: large enough
/// that FTS5 writes few, large segments (1,000 was about 15% slower than 4,000 to 60,000,
/// which were alike within this machine's noise), small enough that a write waiting for it
/// (an edit, a sync's page) waits about half a second.
pub const INDEX_BATCH: usize = 5_000;

/// Words of folded text as the index's `ascii` tokenizer cuts them: at every ASCII character
/// that is not a letter or digit (`fold_for_index` has made every other separator a space).
fn index_words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The distinct words a write puts in the search indexes, for the list of every word they
/// hold (`search_words`), which turns a typed prefix into the few words it stands for.
#[derive(Default)]
struct Words(FxHashSet<String>);

impl Words {
    fn add(&mut self, folded: &str) {
        for word in index_words(folded) {
            if !self.0.contains(word) {
                self.0.insert(word.to_owned());
            }
        }
    }

    /// Lists the words of `texts` (folded) in `search_words`.
    fn store_of(tx: &Transaction, texts: &[String]) -> Result<()> {
        let mut words = Words::default();
        texts.iter().for_each(|text| words.add(text));
        words.store(tx)
    }

    /// Adds the words to `search_words`, in order (the table's b-tree is filled in order).
    fn store(self, tx: &Transaction) -> Result<()> {
        let mut words: Vec<String> = self.0.into_iter().collect();
        words.sort_unstable();
        let mut insert =
            tx.prepare_cached("INSERT OR IGNORE INTO search_words (word) VALUES (?1)")?;
        for word in words {
            insert.execute([word])?;
        }
        Ok(())
    }
}

/// A translation as the index takes it: its rowid, then its language and its folded title,
/// summary and plain-text body.
type FoldedTranslation = (i64, [String; 4]);

fn fold_translation(
    rowid: i64,
    lang: &str,
    title: &str,
    summary: &str,
    body: &str,
) -> FoldedTranslation {
    let [title, summary, body] = fold_texts(title, summary, body);
    (rowid, [lang.to_owned(), title, summary, body])
}

/// A translation's title, summary and plain-text body as the index takes them.
fn fold_texts(title: &str, summary: &str, body: &str) -> [String; 3] {
    [
        fold_for_index(title),
        fold_for_index(summary),
        fold_for_index(&plain_text(body)),
    ]
}

/// What a translation's text was, to tell whether text folded ahead is the text stored.
fn source_of(title: &[u8], summary: &[u8], body: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = FxHasher::default();
    (title, summary, body).hash(&mut hasher);
    hasher.finish()
}

/// Translations' index text folded ahead of the catch-up, on a thread of its own, while the
/// writer stores them: a pack import ([`crate::import::import_pack`]) folds on the second
/// core during its content transaction, which needs little of it, so that its catch-up only
/// has FTS5's own work left to wait for.
///
/// The thread folds in the catch-up's order (one language after another, each in the order
/// the translations were written), so the catch-up meets what it wants next as it arrives.
/// Text folded ahead is used only for a translation whose stored text is the text it was
/// folded from; any other is folded at the catch-up, as without this.
pub(crate) struct Prefolded {
    state: std::sync::Mutex<PrefoldedState>,
}

struct PrefoldedState {
    /// What the thread folds: a translation listed for another reason is not waited for.
    expected: HashSet<(Uuid, String)>,
    arriving: std::sync::mpsc::Receiver<Prefold>,
    /// Arrived ahead of its turn (a translation the catch-up does not take in after all).
    early: HashMap<(Uuid, String), Prefold>,
}

struct Prefold {
    article: Uuid,
    lang: String,
    source: u64,
    texts: [String; 3],
}

/// Calls its argument with each translation to fold ahead (article id, language, title,
/// summary, body), until that answers false.
pub(crate) type PrefoldSource =
    Box<dyn FnOnce(&mut dyn FnMut(Uuid, &str, &str, &str, &str) -> bool) + Send>;

impl Prefolded {
    /// Starts folding what `source` lists: the translations `expected` names (article id and
    /// language), in the catch-up's order. The thread stops when the [`Prefolded`] is
    /// dropped, at the next translation it has folded.
    pub(crate) fn start(
        expected: impl IntoIterator<Item = (Uuid, String)>,
        source: PrefoldSource,
    ) -> Prefolded {
        // Unbounded: the lead is what the content transaction lets it fold, and it pays
        // only when it is large (a lead of 5,000 or 20,000 translations lost most of it). It
        // holds at most the pack's text folded, beside the pack itself (BENCHMARKS.md).
        let (send, arriving) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            source(&mut |article, lang, title, summary, body| {
                let prefold = Prefold {
                    article,
                    lang: lang.to_owned(),
                    source: source_of(title.as_bytes(), summary.as_bytes(), body.as_bytes()),
                    texts: fold_texts(title, summary, body),
                };
                send.send(prefold).is_ok()
            });
        });
        Prefolded {
            state: std::sync::Mutex::new(PrefoldedState {
                expected: expected.into_iter().collect(),
                arriving,
                early: HashMap::new(),
            }),
        }
    }

    /// The folded text of `article`'s translation into `lang`, if it was folded ahead from
    /// `source` (waiting for it while the folding thread may still bring it).
    fn take(&self, article: Uuid, lang: &str, source: u64) -> Option<[String; 3]> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let key = (article, lang.to_owned());
        if !state.expected.contains(&key) {
            return None;
        }
        let found = match state.early.remove(&key) {
            Some(found) => found,
            None => loop {
                let next = state.arriving.recv().ok()?;
                if next.article == article && next.lang == lang {
                    break next;
                }
                state.early.insert((next.article, next.lang.clone()), next);
            },
        };
        (found.source == source).then_some(found.texts)
    }
}

fn insert_translation(
    tx: &Transaction,
    (rowid, [lang, title, summary, body]): FoldedTranslation,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO article_title_search (rowid, lang, title, summary) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute((rowid, &lang, &title, &summary))?;
    tx.prepare_cached(
        "INSERT INTO article_search (rowid, lang, title, summary, body)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute((rowid, lang, title, summary, body))?;
    Ok(())
}

pub(super) fn index_translation(
    tx: &Transaction,
    rowid: i64,
    t: &Translation,
    indexing: Indexing,
) -> Result<()> {
    match indexing {
        Indexing::Now => {
            let folded = fold_translation(rowid, t.lang.as_str(), &t.title, &t.summary, &t.body);
            Words::store_of(tx, &folded.1[1..])?;
            insert_translation(tx, folded)
        }
        Indexing::Later => {
            tx.prepare_cached(
                "INSERT INTO article_search_pending (lang, translation) VALUES (?1, ?2)",
            )?
            .execute((t.lang.as_str(), rowid))?;
            Ok(())
        }
    }
}

/// Takes an article's translations out of the index, or off the pending list.
pub(super) fn unindex_article(tx: &Transaction, article_id: Uuid) -> Result<()> {
    // Only what the index took in is deleted from it: a rowid it never had would still cost
    // FTS5 a tombstone, and its document count.
    for index in ["article_search", "article_title_search"] {
        tx.prepare_cached(&format!(
            "DELETE FROM {index} WHERE rowid IN
                 (SELECT t.rowid FROM article_translations t
                  WHERE t.article_id = ?1 AND NOT EXISTS
                      (SELECT 1 FROM article_search_pending p
                       WHERE p.lang = t.lang AND p.translation = t.rowid))"
        ))?
        .execute([article_id])?;
    }
    tx.prepare_cached(
        "DELETE FROM article_search_pending WHERE (lang, translation) IN
             (SELECT lang, rowid FROM article_translations WHERE article_id = ?1)",
    )?
    .execute([article_id])?;
    Ok(())
}

/// Takes a service out of the index, or off the pending list.
pub(super) fn unindex_service(tx: &Transaction, rowid: i64) -> Result<()> {
    let was_pending = tx
        .prepare_cached("DELETE FROM service_search_pending WHERE service = ?1")?
        .execute([rowid])?
        > 0;
    if !was_pending {
        tx.prepare_cached("DELETE FROM service_search WHERE rowid = ?1")?
            .execute([rowid])?;
    }
    Ok(())
}

/// Service text in every language goes into one row: a newcomer typing "طعام" should find
/// the food bank whether or not its page has been translated into their language.
pub(super) fn index_service(
    tx: &Transaction,
    rowid: i64,
    service: &Service,
    indexing: Indexing,
) -> Result<()> {
    match indexing {
        Indexing::Now => {
            let texts = service
                .texts
                .values()
                .flat_map(|t| std::iter::once(&t.description).chain(t.accessibility.as_ref()));
            let folded = fold_service(
                rowid,
                &service.name,
                &format!("{} {}", service.area, service.address),
                texts,
            );
            Words::store_of(tx, &folded.1)?;
            insert_service(tx, folded)
        }
        Indexing::Later => {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO service_search_pending (service) VALUES (?1)",
            )?
            .execute([rowid])?;
            Ok(())
        }
    }
}

/// A service as the index takes it: its rowid, then its folded name, place and texts.
type FoldedService = (i64, [String; 3]);

fn fold_service<'a>(
    rowid: i64,
    name: &str,
    place: &str,
    texts: impl Iterator<Item = &'a String>,
) -> FoldedService {
    let text: Vec<String> = texts.map(|s| fold_for_index(s)).collect();
    (
        rowid,
        [fold_for_index(name), fold_for_index(place), text.join("\n")],
    )
}

fn insert_service(tx: &Transaction, (rowid, [name, place, text]): FoldedService) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO service_search (rowid, name, place, text) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute((rowid, name, place, text))?;
    Ok(())
}

/// Folds each of `rows` on a second thread while `take` takes in the folded rows on this one,
/// in order: folding is a fifth of indexing, and so comes nearly free on a second core. The
/// second thread also gathers the words of what it folded (`words_of` names the folded texts),
/// which are stored once the rows are.
fn fold_alongside<T: Sync, U: Send>(
    tx: &Transaction,
    rows: &[T],
    fold: impl Fn(&T) -> Option<U> + Sync,
    words_of: impl Fn(&U) -> &[String] + Sync,
    mut take: impl FnMut(U) -> Result<()>,
) -> Result<()> {
    let words = std::thread::scope(|scope| {
        let (send, folded) = std::sync::mpsc::sync_channel(64);
        let (fold, words_of) = (&fold, &words_of);
        let folding = scope.spawn(move || {
            let mut words = Words::default();
            for row in rows {
                let Some(row) = fold(row) else { continue };
                words_of(&row).iter().for_each(|text| words.add(text));
                // Gone when `take` failed: nothing more is wanted.
                if send.send(row).is_err() {
                    break;
                }
            }
            words
        });
        for row in folded {
            take(row)?;
        }
        Ok::<_, crate::error::Error>(folding.join().expect("folding does not panic"))
    })?;
    words.store(tx)
}

/// Text as stored, checked and not copied; a text stored broken is indexed as far as it reads.
fn stored_text(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Takes up to `budget` pending translations into the index, one language after another;
/// answers how many it took.
fn index_pending_translations(
    tx: &Transaction,
    budget: usize,
    prefolded: Option<&Prefolded>,
) -> Result<usize> {
    /// A listed translation: its language and rowid, and its article and its title, summary
    /// and body as stored, while it is.
    type Pending = (String, i64, Option<(Uuid, [Vec<u8>; 3])>);
    let rows: Vec<Pending> = tx
        .prepare_cached(
            "SELECT p.lang, p.translation, t.article_id, t.title, t.summary, t.body
             FROM article_search_pending p
                 LEFT JOIN article_translations t ON t.rowid = p.translation
             ORDER BY p.lang, p.translation LIMIT ?1",
        )?
        .query_map([budget as i64], |r| {
            // The text's bytes: checking they are UTF-8 is left to the folding thread.
            let bytes =
                |i: usize| -> rusqlite::Result<Vec<u8>> { Ok(r.get_ref(i)?.as_bytes()?.to_vec()) };
            let stored = match r.get::<_, Option<Uuid>>(2)? {
                None => None,
                Some(article) => Some((article, [bytes(3)?, bytes(4)?, bytes(5)?])),
            };
            Ok((r.get(0)?, r.get(1)?, stored))
        })?
        .collect::<rusqlite::Result<_>>()?;
    fold_alongside(
        tx,
        &rows,
        // A translation gone since it was listed has nothing to index.
        |(lang, rowid, stored)| {
            stored.as_ref().map(|(article, [title, summary, body])| {
                let ahead = prefolded.and_then(|prefolded| {
                    prefolded.take(*article, lang, source_of(title, summary, body))
                });
                if let Some([title, summary, body]) = ahead {
                    return (*rowid, [lang.clone(), title, summary, body]);
                }
                let [title, summary, body] = [title, summary, body].map(|t| stored_text(t));
                fold_translation(*rowid, lang, &title, &summary, &body)
            })
        },
        |(_, [_lang, texts @ ..])| texts,
        |folded| insert_translation(tx, folded),
    )?;
    // The batch is the first rows of the list in its key's order: one range deletes them.
    if let Some((lang, rowid, _)) = rows.last() {
        tx.prepare_cached(
            "DELETE FROM article_search_pending WHERE (lang, translation) <= (?1, ?2)",
        )?
        .execute((lang, rowid))?;
    }
    Ok(rows.len())
}

/// A service's descriptions and accessibility notes in every language.
fn service_texts(tx: &Transaction, id: Uuid) -> Result<Vec<String>> {
    let mut texts_of = tx.prepare_cached(
        "SELECT description, accessibility FROM service_texts WHERE service_id = ?1 ORDER BY lang",
    )?;
    let texts = texts_of
        .query_map([id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(texts
        .into_iter()
        .flat_map(|(d, a)| std::iter::once(d).chain(a))
        .collect())
}

/// As [`index_pending_translations`], for services.
fn index_pending_services(tx: &Transaction, budget: usize) -> Result<usize> {
    /// A listed service's rowid, and its id, name and place while it is stored.
    type Listed = (i64, Option<(Uuid, String, String)>);
    let listed: Vec<Listed> = tx
        .prepare_cached(
            "SELECT p.service, s.id, s.name, s.area || ' ' || s.address
             FROM service_search_pending p LEFT JOIN services s ON s.rowid = p.service
             ORDER BY p.service LIMIT ?1",
        )?
        .query_map([budget as i64], |r| {
            let service = match r.get::<_, Option<Uuid>>(1)? {
                Some(id) => Some((id, r.get(2)?, r.get(3)?)),
                None => None,
            };
            Ok((r.get(0)?, service))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut rows = Vec::with_capacity(listed.len());
    for (rowid, service) in &listed {
        let Some((id, name, place)) = service else {
            continue;
        };
        rows.push((*rowid, name, place, service_texts(tx, *id)?));
    }
    fold_alongside(
        tx,
        &rows,
        |(rowid, name, place, texts)| Some(fold_service(*rowid, name, place, texts.iter())),
        |(_, texts)| texts,
        |folded| insert_service(tx, folded),
    )?;
    let mut done = tx.prepare_cached("DELETE FROM service_search_pending WHERE service = ?1")?;
    for (rowid, _) in &listed {
        done.execute([rowid])?;
    }
    Ok(listed.len())
}

/// Takes up to `budget` pending translations and services into the search index in `tx`;
/// answers how many it took.
fn index_listed(tx: &Transaction, budget: usize, prefolded: Option<&Prefolded>) -> Result<usize> {
    let taken = index_pending_translations(tx, budget, prefolded)?;
    if taken < budget {
        return Ok(taken + index_pending_services(tx, budget - taken)?);
    }
    Ok(taken)
}

/// Takes everything pending into the search index in `tx`, [`INDEX_BATCH`] rows at a time:
/// the migration that refills the index from the records lists them all, then runs this.
pub(super) fn index_all_listed(tx: &Transaction) -> Result<()> {
    while index_listed(tx, INDEX_BATCH, None)? > 0 {}
    Ok(())
}

impl Store {
    /// How many translations and services the search index has yet to take in: while any
    /// are, a search may miss them.
    pub fn search_pending(&self) -> Result<usize> {
        let pending: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM article_search_pending)
                  + (SELECT count(*) FROM service_search_pending)",
            [],
            |r| r.get(0),
        )?;
        Ok(pending as usize)
    }

    /// Takes up to `budget` pending translations and services into the search index, in one
    /// transaction; answers how many are still pending.
    pub fn index_pending(&mut self, budget: usize) -> Result<usize> {
        self.index_pending_with(budget, None)
    }

    fn index_pending_with(
        &mut self,
        budget: usize,
        prefolded: Option<&Prefolded>,
    ) -> Result<usize> {
        let tx = self.transaction()?;
        index_listed(&tx, budget, prefolded)?;
        tx.commit()?;
        self.search_pending()
    }

    /// Takes everything pending into the search index, [`INDEX_BATCH`] rows per transaction,
    /// telling `progress` how many are left after each.
    pub fn index_all_pending(&mut self, progress: &mut dyn FnMut(usize)) -> Result<()> {
        self.index_all_pending_with(None, progress)
    }

    /// [`Store::index_all_pending`], taking the text `prefolded` folded ahead where it can.
    pub(crate) fn index_all_pending_with(
        &mut self,
        prefolded: Option<&Prefolded>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<()> {
        let mut left = self.search_pending()?;
        while left > 0 {
            left = self.index_pending_with(INDEX_BATCH, prefolded)?;
            progress(left);
        }
        Ok(())
    }
}

/// Past this many matches, a query's words are so common that ranking tells readers little
/// and costs a pass over every match: such queries are answered by where the words occur
/// (title, then summary, then anywhere), each stage stopping as soon as it has enough.
const RANKED_MATCH_LIMIT: i64 = 400;

/// Column weights for bm25 in the index of titles and summaries.
const TITLE_WEIGHTS: &str = "0.0, 10.0, 4.0";

/// The two guidance indexes: every word, and the small one of titles and summaries that
/// alone has an index of one-letter prefixes.
#[derive(Clone, Copy)]
enum ArticleIndex {
    Everything,
    Titles,
}

impl ArticleIndex {
    fn table(self) -> &'static str {
        match self {
            ArticleIndex::Everything => "article_search",
            ArticleIndex::Titles => "article_title_search",
        }
    }

    fn weights(self) -> &'static str {
        match self {
            ArticleIndex::Everything => ARTICLE_WEIGHTS,
            ArticleIndex::Titles => TITLE_WEIGHTS,
        }
    }
}

/// How many rows of `index` match `expression`, counting no further than
/// [`RANKED_MATCH_LIMIT`].
fn count_matches(conn: &Connection, index: ArticleIndex, expression: &str) -> Result<i64> {
    let count = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ?1 LIMIT ?2)",
            table = index.table()
        ))?
        .query_row((expression, RANKED_MATCH_LIMIT), |r| r.get(0))?;
    Ok(count)
}

/// The rowids of `index` matching `expression`, best first by bm25, at most `wanted`.
fn ranked_matches(
    conn: &Connection,
    index: ArticleIndex,
    expression: &str,
    wanted: usize,
) -> Result<Vec<i64>> {
    let rowids = conn
        .prepare_cached(&format!(
            "SELECT rowid FROM {table} WHERE {table} MATCH ?1
             ORDER BY bm25({table}, {weights}) LIMIT ?2",
            table = index.table(),
            weights = index.weights()
        ))?
        .query_map((expression, wanted as i64), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rowids)
}

/// The rowids matching each stage's expression in turn, each stage adding those the ones
/// before it did not have, until there are `wanted`.
fn staged_matches(
    conn: &Connection,
    stages: &[(ArticleIndex, &str)],
    wanted: usize,
) -> Result<Vec<i64>> {
    let mut rowids: Vec<i64> = Vec::with_capacity(wanted);
    for (index, expression) in stages {
        let mut unranked = conn.prepare_cached(&format!(
            "SELECT rowid FROM {table} WHERE {table} MATCH ?1 LIMIT ?2",
            table = index.table()
        ))?;
        // Each stage includes the last; ask for enough to get past what was already taken.
        let found = unranked.query_map((expression, (wanted + rowids.len()) as i64), |r| {
            r.get::<_, i64>(0)
        })?;
        for rowid in found {
            let rowid = rowid?;
            if !rowids.contains(&rowid) {
                rowids.push(rowid);
            }
            if rowids.len() == wanted {
                return Ok(rowids);
            }
        }
    }
    Ok(rowids)
}

/// A query as FTS5 expressions, word by word.
struct Expressions(Vec<WordExpressions>);

impl Expressions {
    /// For finding: every word, each prefix that starts few stored words spelled out.
    fn matching(&self) -> String {
        all_of(self.0.iter().map(|w| w.matching.as_str()))
    }

    /// For ranking: every word, each spelling as a prefix.
    fn ranking(&self) -> String {
        all_of(self.0.iter().map(|w| w.ranking.as_str()))
    }

    /// [`Expressions::ranking`] of the words `weighed` says.
    fn ranking_of(&self, weighed: &[bool]) -> String {
        all_of(
            self.0
                .iter()
                .zip(weighed)
                .filter(|(_, weighed)| **weighed)
                .map(|(w, _)| w.ranking.as_str()),
        )
    }
}

/// An FTS5 expression every one of `parts` must match.
fn all_of<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.collect::<Vec<_>>().join(" AND ")
}

/// The rowids of the everything index among `candidates` (all of a query's matches), best
/// first by bm25, at most `wanted`.
///
/// Words found in hundreds of the language's articles are left out of the weighing: they
/// tell little about which match is best, and bm25 would read the whole merged posting
/// list of each of their prefixes to weigh them.
fn ranked_among(
    conn: &Connection,
    in_columns: &dyn Fn(&str, &str) -> String,
    expressions: &Expressions,
    candidates: &[i64],
    wanted: usize,
) -> Result<Vec<i64>> {
    if candidates.len() < 2 {
        return Ok(candidates.to_vec());
    }
    let everything = ArticleIndex::Everything;
    let mut weighed = vec![true; expressions.0.len()];
    // A query of one word has its matches counted already: the candidates.
    if weighed.len() > 1 {
        for (word, weighed) in expressions.0.iter().zip(&mut weighed) {
            *weighed = !word.spelled_out
                || count_matches(conn, everything, &in_columns(ALL_COLUMNS, &word.matching))?
                    < RANKED_MATCH_LIMIT;
        }
        if !weighed.contains(&true) {
            weighed.fill(true);
        }
    }
    // `+rowid`: as a constraint FTS5 itself takes, a rowid list would run the whole query
    // once per rowid.
    let candidates: Vec<String> = candidates.iter().map(i64::to_string).collect();
    let rowids = conn
        .prepare(&format!(
            "SELECT rowid FROM {table}
             WHERE {table} MATCH ?1 AND +rowid IN ({candidates})
             ORDER BY bm25({table}, {weights}) LIMIT ?2",
            table = everything.table(),
            weights = everything.weights(),
            candidates = candidates.join(",")
        ))?
        .query_map(
            (
                in_columns(ALL_COLUMNS, &expressions.ranking_of(&weighed)),
                wanted as i64,
            ),
            |r| r.get(0),
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rowids)
}

/// The columns of the everything index a query's words are matched in.
const ALL_COLUMNS: &str = "title summary body";

/// Translation rowids in `lang` matching `query`, best first, at most `wanted`.
///
/// The title and summary stages, and the count that chooses between ranking and stages, run
/// on the small index of titles and summaries first: a query whose words are in hundreds of
/// titles is answered there without reading the long posting lists of every body.
fn matching_translations(
    conn: &Connection,
    lang: &LanguageTag,
    query: &Query,
    expressions: &Expressions,
    wanted: usize,
) -> Result<Vec<i64>> {
    let in_columns = |columns: &str, expression: &str| {
        format!(
            "lang : \"{}\" AND {{{columns}}} : ({expression})",
            lang.as_str()
        )
    };
    let matching = expressions.matching();
    let (title, title_summary) = (
        in_columns("title", &matching),
        in_columns("title summary", &matching),
    );
    let titles = ArticleIndex::Titles;
    let in_titles = count_matches(conn, titles, &title_summary)?;
    if query.is_titles_only() {
        if in_titles < RANKED_MATCH_LIMIT {
            let ranking = in_columns("title summary", &expressions.ranking());
            return ranked_matches(conn, titles, &ranking, wanted);
        }
        return staged_matches(conn, &[(titles, &title), (titles, &title_summary)], wanted);
    }
    let everywhere = in_columns(ALL_COLUMNS, &matching);
    let everything = ArticleIndex::Everything;
    if in_titles < RANKED_MATCH_LIMIT {
        let candidates = staged_matches(
            conn,
            &[(everything, &everywhere)],
            RANKED_MATCH_LIMIT as usize,
        )?;
        if (candidates.len() as i64) < RANKED_MATCH_LIMIT {
            return ranked_among(conn, &in_columns, expressions, &candidates, wanted);
        }
    }
    staged_matches(
        conn,
        &[
            (titles, &title),
            (titles, &title_summary),
            (everything, &everywhere),
        ],
        wanted,
    )
}

/// A prefix that starts more stored words than this is left to FTS5 to merge: past it, the
/// words' own lists cost more to open one by one than the merge does.
const MAX_PREFIX_WORDS: usize = 16;

/// The FTS5 expressions for `query`; `None` when some word of the query starts no stored
/// word at all.
fn expressions(conn: &Connection, query: &Query) -> Result<Option<Expressions>> {
    let mut expansions: HashMap<String, Vec<String>> = HashMap::new();
    let mut words_of = conn.prepare_cached(
        "SELECT word FROM search_words WHERE word >= ?1 AND word < ?2 ORDER BY word LIMIT ?3",
    )?;
    for prefix in query.prefixes() {
        if expansions.contains_key(prefix) {
            continue;
        }
        // Every word that starts with `prefix` sorts between it and it followed by the last
        // character there is.
        let words = words_of
            .query_map(
                (
                    prefix,
                    format!("{prefix}\u{10FFFF}"),
                    MAX_PREFIX_WORDS as i64 + 1,
                ),
                |r| r.get(0),
            )?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        if words.len() <= MAX_PREFIX_WORDS {
            expansions.insert(prefix.to_owned(), words);
        }
    }
    Ok(query.word_expressions(&expansions).map(Expressions))
}

/// Service rowids matching free text, best first.
pub(super) fn matching_services(conn: &Connection, query: &Query) -> Result<Vec<i64>> {
    let Some(expressions) = expressions(conn, query)? else {
        return Ok(Vec::new());
    };
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM service_search WHERE service_search MATCH ?1
         ORDER BY bm25(service_search, 10.0, 3.0, 1.0)",
    )?;
    let rows = stmt
        .query_map([expressions.ranking()], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

impl Store {
    /// What a reader of `reader` typed, widened by the organisation's synonyms for their
    /// language and English.
    pub(crate) fn query(&self, reader: &LanguageTag, text: &str) -> Result<Query> {
        let synonyms: Synonyms = self.setting_as(Synonyms::SETTING)?.unwrap_or_default();
        Ok(Query::parse_with(text, &synonyms.groups_for(reader)))
    }

    /// Searches guidance for a reader of `requested`: matches in that language first, then in
    /// each fallback language, an article appearing once, at most `limit` results.
    pub fn search(
        &self,
        requested: &LanguageTag,
        text: &str,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let query = self.query(requested, text)?;
        if query.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let Some(expressions) = expressions(&self.conn, &query)? else {
            return Ok(Vec::new());
        };
        let mut row_stmt = self.conn.prepare_cached(
            "SELECT a.id, a.slug, a.topic, a.revision, t.lang, t.title, t.summary, t.body,
                    t.source_revision
             FROM article_translations t JOIN articles a ON a.id = t.article_id
             WHERE t.rowid = ?1",
        )?;
        let mut seen: HashSet<Uuid> = HashSet::new();
        let mut hits = Vec::new();
        for lang in requested.fallback_chain() {
            if hits.len() == limit {
                break;
            }
            // Ask for enough rows that articles already found in a better language cannot
            // crowd out new ones.
            let wanted = limit + seen.len();
            let rowids = matching_translations(&self.conn, &lang, &query, &expressions, wanted)?;
            let rows = rowids
                .into_iter()
                .map(|rowid| {
                    row_stmt.query_row([rowid], |r| {
                        Ok((
                            r.get::<_, Uuid>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, u32>(3)?,
                            r.get::<_, String>(4)?,
                            r.get::<_, String>(5)?,
                            r.get::<_, String>(6)?,
                            r.get::<_, String>(7)?,
                            r.get::<_, u32>(8)?,
                        ))
                    })
                })
                .collect::<Vec<_>>();
            for row in rows {
                let (id, slug, topic, revision, found_lang, title, summary, body, source) = row?;
                if hits.len() == limit {
                    return Ok(hits);
                }
                if !seen.insert(id) {
                    continue;
                }
                let found_lang: LanguageTag = parse_column("translation language", &found_lang)?;
                let terms = query.terms();
                let summary_hits = snippet::highlight(&summary, terms);
                let snippet = if summary_hits.iter().any(|f| f.hit) {
                    summary_hits
                } else {
                    snippet::snippet(&plain_text(&body), terms, SNIPPET_WORDS)
                };
                hits.push(SearchHit {
                    article_id: id,
                    slug,
                    topic: parse_column("article topic", &topic)?,
                    is_fallback: found_lang.base() != requested.base(),
                    lang: found_lang,
                    stale: source < revision,
                    title: snippet::highlight(&title, terms),
                    snippet,
                });
            }
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use std::hash::{Hash, Hasher};

    use super::*;
    use crate::search::fold::{fold, words};

    /// What the index holds for `text` in a body column, in order.
    fn indexed_words(store: &mut Store, text: &str) -> Vec<String> {
        let tx = store.conn.transaction().unwrap();
        tx.execute("DELETE FROM article_search", []).unwrap();
        tx.execute(
            "INSERT INTO article_search (rowid, lang, title, summary, body)
             VALUES (1, 'xx', '', '', ?1)",
            [fold_for_index(text)],
        )
        .unwrap();
        tx.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_words
                 USING fts5vocab(main, article_search, instance)",
        )
        .unwrap();
        let found = tx
            .prepare("SELECT term FROM temp.article_words WHERE col = 'body' ORDER BY offset")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<Vec<String>>>()
            .unwrap();
        tx.rollback().unwrap();
        found
    }

    /// Characters people's text is made of here: letters and marks of the guide's scripts,
    /// digits of three systems, joiners, and the punctuation and spaces between words that are
    /// not ASCII (Arabic comma and question mark, Ethiopic word space and full stop, no-break
    /// space, guillemets, dashes).
    fn text_of_the_guides_scripts() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            "é",
            "e\u{0301}",
            "ß",
            "İ",
            "ø",
            "ж",
            "Ґ",
            "і",
            "ا",
            "أ",
            "ل",
            "س",
            "ك",
            "ک",
            "ی",
            "ة",
            "ە",
            "ڕ",
            "َ",
            "ّ",
            "ـ",
            "\u{200C}",
            "\u{200D}",
            "ሰ",
            "ላ",
            "ም",
            "٣",
            "۴",
            "7",
            " ",
            "\u{00A0}",
            "،",
            "؟",
            "፡",
            "።",
            "«",
            "»",
            "—",
            "-",
            "'",
            "’",
            ".",
            "\n",
            "😀",
            "№",
            "½",
            "ال",
            "وال",
            "\u{0654}",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
    }

    /// Words the pending-index model below writes and searches for.
    const WORDS: [&str; 6] = ["turnip", "parsnip", "leek", "kale", "bread", "rice"];

    /// One step of a device's life, as far as the search index is concerned.
    #[derive(Debug, Clone)]
    enum Step {
        /// Writes article `which`: English always, Arabic too if `arabic`, with `words`.
        Article {
            which: usize,
            arabic: bool,
            words: Vec<usize>,
            later: bool,
        },
        DeleteArticle(usize),
        Service {
            which: usize,
            words: Vec<usize>,
            later: bool,
        },
        DeleteService(usize),
        /// Takes up to this many pending rows into the index.
        CatchUp(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        let words = prop::collection::vec(0..WORDS.len(), 1..4);
        prop_oneof![
            3 => (0..4usize, any::<bool>(), words.clone(), any::<bool>()).prop_map(
                |(which, arabic, words, later)| Step::Article { which, arabic, words, later }
            ),
            1 => (0..4usize).prop_map(Step::DeleteArticle),
            2 => (0..3usize, words, any::<bool>())
                .prop_map(|(which, words, later)| Step::Service { which, words, later }),
            1 => (0..3usize).prop_map(Step::DeleteService),
            2 => (1..6usize).prop_map(Step::CatchUp),
        ]
    }

    fn id(kind: u128, which: usize) -> Uuid {
        Uuid::from_u128((kind << 64) | (which as u128 + 1))
    }

    fn model_article(which: usize, arabic: bool, words: &[usize]) -> crate::article::Article {
        let text: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
        let translation = |lang: &str| Translation {
            lang: lang.parse().unwrap(),
            title: format!("{lang} {}", text[0]),
            summary: String::new(),
            body: text.join(" "),
            source_revision: 1,
            review: crate::article::ReviewState::Reviewed,
            translated: Default::default(),
        };
        let mut translations = vec![translation("en")];
        if arabic {
            translations.push(translation("ar"));
        }
        crate::article::Article {
            id: id(1, which),
            slug: format!("article-{which}"),
            topic: crate::topic::Topic::Housing,
            revision: 1,
            position: 0,
            translations,
            provenance: Default::default(),
        }
    }

    fn model_service(which: usize, words: &[usize]) -> Service {
        let text: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
        Service {
            id: id(2, which),
            slug: format!("service-{which}"),
            name: format!("Service {which}"),
            topics: vec![crate::topic::Topic::Health],
            area: "Govan".into(),
            address: String::new(),
            phone: None,
            web: None,
            email: None,
            languages: vec![],
            cost: crate::service::Cost::Free,
            access: crate::service::Access::WalkIn,
            hours: Default::default(),
            reviewed_on: None,
            sample: false,
            texts: [(
                "en".parse().unwrap(),
                crate::service::ServiceText {
                    description: text.join(" "),
                    accessibility: None,
                },
            )]
            .into(),
        }
    }

    /// Everything a reader can find, word by word: articles (slug and language, by reader
    /// language) and services, each list sorted, duplicates kept.
    fn findable(store: &Store) -> Vec<Vec<String>> {
        let mut found = Vec::new();
        for word in WORDS {
            for reader in ["en", "ar"] {
                let mut hits: Vec<String> = store
                    .search(&reader.parse().unwrap(), word, 50)
                    .unwrap()
                    .into_iter()
                    .map(|h| format!("{} {}", h.slug, h.lang.as_str()))
                    .collect();
                hits.sort();
                found.push(hits);
            }
            let mut services: Vec<String> = matching_services(&store.conn, &Query::parse(word))
                .unwrap()
                .into_iter()
                .map(|rowid| rowid.to_string())
                .collect();
            services.sort();
            found.push(services);
        }
        found
    }

    /// The app's connection writing while the search index catches up on a connection of
    /// its own: in WAL mode a transaction that read before writing failed at once with
    /// "database is locked" whenever the other committed in between.
    #[test]
    fn writes_on_another_connection_wait_for_the_catch_up_instead_of_failing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("peerguide.db");
        let mut catching_up = Store::open(&path).unwrap();
        catching_up
            .write(|tx| {
                for which in 0..400 {
                    let article = model_article(which, true, &[which % WORDS.len(), 1]);
                    Store::put_article(tx, &article, Indexing::Later)?;
                }
                Ok(())
            })
            .unwrap();
        let mut app = Store::open(&path).unwrap();
        std::thread::scope(|scope| {
            let indexer = scope.spawn(|| while catching_up.index_pending(7).unwrap() > 0 {});
            for n in 0..300 {
                app.write(|tx| {
                    let before: i64 =
                        tx.query_row("SELECT count(*) FROM content_info", [], |r| r.get(0))?;
                    Store::set_info(tx, "counted", &format!("{n} {before}"))
                })
                .unwrap();
            }
            indexer.join().unwrap();
        });
        assert_eq!(app.search_pending().unwrap(), 0);
        assert_eq!(
            app.search(&"ar".parse().unwrap(), "parsnip", 500)
                .unwrap()
                .len(),
            400
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever mix of writes indexed at once, writes left for later, deletions and
        /// partial catch-ups a device goes through, once the index has caught up a reader
        /// finds exactly what a device that indexed everything at once finds: nothing of a
        /// rewritten or deleted text's old words, nothing twice, nothing missing.
        #[test]
        fn writes_left_for_the_index_end_as_if_indexed_at_once(steps in prop::collection::vec(step(), 1..24)) {
            let mut store = Store::open_in_memory().unwrap();
            let mut reference = Store::open_in_memory().unwrap();
            for step in &steps {
                for (store, model) in [(&mut store, false), (&mut reference, true)] {
                    let indexing = |later: bool| if later && !model { Indexing::Later } else { Indexing::Now };
                    match step {
                        Step::CatchUp(budget) => {
                            if !model {
                                store.index_pending(*budget).unwrap();
                            }
                        }
                        step => store
                            .write(|tx| {
                                match step {
                                    Step::Article { which, arabic, words, later } => {
                                        Store::put_article(tx, &model_article(*which, *arabic, words), indexing(*later))?;
                                    }
                                    Step::DeleteArticle(which) => Store::delete_article(tx, id(1, *which))?,
                                    Step::Service { which, words, later } => {
                                        Store::put_service(tx, &model_service(*which, words), indexing(*later))?;
                                    }
                                    Step::DeleteService(which) => Store::delete_service(tx, id(2, *which))?,
                                    Step::CatchUp(_) => unreachable!(),
                                }
                                Ok(())
                            })
                            .unwrap(),
                    }
                }
            }
            store.index_all_pending(&mut |_| {}).unwrap();
            prop_assert_eq!(store.search_pending().unwrap(), 0);
            prop_assert_eq!(findable(&store), findable(&reference));
            prop_assert_eq!(unlisted_words(&store), Vec::<String>::new());
            prop_assert_eq!(unlisted_words(&reference), Vec::<String>::new());
        }

        /// Text folded ahead is taken only where it is the text stored: whatever order the
        /// folding thread brings it in, whatever it brings that is stale, and whatever it was
        /// expected to bring and never did, the catch-up ends with the index of a store that
        /// indexed every write at once.
        #[test]
        fn text_folded_ahead_indexes_as_folding_at_the_catch_up_does(
            articles in prop::collection::vec(
                (0..6usize, any::<bool>(), prop::collection::vec(0..WORDS.len(), 1..5)),
                1..10,
            ),
            stale in prop::collection::vec(any::<bool>(), 12),
            brought in prop::collection::vec(any::<bool>(), 12),
            order in any::<u64>(),
        ) {
            let mut store = Store::open_in_memory().unwrap();
            let mut reference = Store::open_in_memory().unwrap();
            let mut written = std::collections::BTreeMap::new();
            for (which, arabic, words) in &articles {
                let article = model_article(*which, *arabic, words);
                for (store, indexing) in [(&mut store, Indexing::Later), (&mut reference, Indexing::Now)] {
                    store.write(|tx| Store::put_article(tx, &article, indexing).map(|_| ())).unwrap();
                }
                written.insert(*which, article);
            }
            // The last version of each translation, some of them stale (folded from other
            // text), some never brought, in an order of their own.
            let mut ahead = Vec::new();
            let mut expected = Vec::new();
            for (i, t) in written.values().flat_map(|a| a.translations.iter().map(move |t| (a.id, t))).enumerate() {
                let (article, t) = t;
                expected.push((article, t.lang.as_str().to_owned()));
                if brought[i % brought.len()] {
                    let body = if stale[i % stale.len()] { format!("{} {}", t.body, WORDS[0]) } else { t.body.clone() };
                    ahead.push((article, t.lang.as_str().to_owned(), t.title.clone(), t.summary.clone(), body));
                }
            }
            ahead.sort_by_key(|(article, lang, ..)| {
                let mut hasher = rustc_hash::FxHasher::default();
                (order, article, lang).hash(&mut hasher);
                hasher.finish()
            });
            let prefolded = Prefolded::start(
                expected,
                Box::new(move |fold| {
                    for (article, lang, title, summary, body) in &ahead {
                        if !fold(*article, lang, title, summary, body) {
                            return;
                        }
                    }
                }),
            );
            store.index_all_pending_with(Some(&prefolded), &mut |_| {}).unwrap();
            prop_assert_eq!(store.search_pending().unwrap(), 0);
            prop_assert_eq!(findable(&store), findable(&reference));
            prop_assert_eq!(unlisted_words(&store), Vec::<String>::new());
        }

        /// A prefix matched as the stored words it starts finds exactly what FTS5 finds for
        /// the prefix itself, in every index, whether it starts a few words or too many to
        /// list.
        #[test]
        fn a_prefix_matched_as_its_words_finds_what_the_prefix_finds(
            texts in prop::collection::vec(short_words(), 1..12),
            typed in prop::collection::vec("[abc\u{0633}\u{0644}]{1,4}", 1..3),
        ) {
            let mut store = Store::open_in_memory().unwrap();
            store.write(|tx| {
                for (which, text) in texts.iter().enumerate() {
                    let mut article = model_article(which, true, &[0]);
                    for t in &mut article.translations {
                        t.title = text.clone();
                        t.body = text.chars().rev().collect();
                    }
                    Store::put_article(tx, &article, Indexing::Now)?;
                    let mut service = model_service(which, &[0]);
                    service.name = text.clone();
                    Store::put_service(tx, &service, Indexing::Later)?;
                }
                Ok(())
            }).unwrap();
            store.index_all_pending(&mut |_| {}).unwrap();
            let query = Query::parse(&typed.join(" "));
            let plain = query.fts_expression();
            let expanded = expressions(&store.conn, &query).unwrap().map(|e| e.matching());
            for table in ["article_search", "article_title_search", "service_search"] {
                let found = |expression: &str| -> Vec<i64> {
                    store.conn
                        .prepare(&format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid"))
                        .unwrap()
                        .query_map([expression], |r| r.get(0))
                        .unwrap()
                        .collect::<rusqlite::Result<_>>()
                        .unwrap()
                };
                // A one-letter prefix is only ever read from an index of one-letter prefixes.
                if query.is_titles_only() && table == "article_search" {
                    continue;
                }
                let by_words = expanded.as_deref().map(found).unwrap_or_default();
                prop_assert_eq!(by_words, found(&plain), "{} for {:?}: {:?}", table, typed, expanded);
            }
        }
    }

    /// Text of short words over a few letters, so that words share their first letters and
    /// some prefixes start more words than are listed for them.
    fn short_words() -> impl Strategy<Value = String> {
        prop::collection::vec("[abc\u{0633}\u{0644}]{1,5}", 1..40).prop_map(|w| w.join(" "))
    }

    /// Words any index holds (outside the language column) that `search_words` does not list:
    /// a prefix matched as its listed words would miss them.
    fn unlisted_words(store: &Store) -> Vec<String> {
        let mut unlisted = Vec::new();
        for table in ["article_search", "article_title_search", "service_search"] {
            store
                .conn
                .execute_batch(&format!(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_words
                         USING fts5vocab(main, {table}, col)"
                ))
                .unwrap();
            let missing = store
                .conn
                .prepare(&format!(
                    "SELECT DISTINCT term FROM temp.{table}_words WHERE col != 'lang'
                     EXCEPT SELECT word FROM search_words"
                ))
                .unwrap()
                .query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .collect::<rusqlite::Result<Vec<_>>>()
                .unwrap();
            unlisted.extend(missing);
        }
        unlisted
    }

    proptest! {
        /// The index and a query must cut text into the same words: the index's tokenizer
        /// splits only at ASCII separators, so `fold_for_index` has to leave exactly the words
        /// a query's `fold` + `words` find, in the same order.
        #[test]
        fn the_index_holds_exactly_the_words_a_query_is_made_of(text in text_of_the_guides_scripts()) {
            let mut store = Store::open_in_memory().unwrap();
            let expected: Vec<String> = words(&fold(&text)).map(str::to_owned).collect();
            prop_assert_eq!(indexed_words(&mut store, &text), expected);
        }
    }
}
