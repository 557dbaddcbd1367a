-- Schema version 13: what the search indexes have still to take in.
--
-- A write of thousands of records (a first sync, a pack import) stores its articles and
-- services and lists their rows here instead of indexing each as it is written;
-- `Store::index_pending` then takes them in, in bulk and one language at a time, with the
-- text folded on a second thread. Keyed by language first, so that bulk work meets one
-- language's words at a time (BENCHMARKS.md, "Store").
CREATE TABLE article_search_pending (
    lang TEXT NOT NULL,
    translation INTEGER NOT NULL,
    PRIMARY KEY (lang, translation)
) WITHOUT ROWID;

CREATE TABLE service_search_pending (
    service INTEGER PRIMARY KEY
);
