-- Schema version 12: the search indexes with SQLite's `ascii` tokenizer and a larger
-- in-memory buffer. The migration's hook refills both indexes from the records.
--
-- Text is folded in Rust before it is indexed (`search::fold::fold_for_index`: case, accents,
-- Arabic-script letter forms, and a space for every character between words), so the
-- tokenizer only has to split at spaces: `ascii` does that and takes every non-ASCII
-- character as part of a word, where `unicode61` looked every character up in its Unicode
-- tables again. `hashsize` (16 MiB, default 1 MiB) lets a large write, a first sync or a pack
-- import, collect more terms before writing a segment (4 MiB and 64 MiB were both slower).
-- Together about twice as fast to index realistic text of ten languages, for the same size
-- (BENCHMARKS.md, "Store").

DROP TABLE article_search;
DROP TABLE service_search;

CREATE VIRTUAL TABLE article_search USING fts5 (
    lang, title, summary, body,
    content = '', contentless_delete = 1,
    tokenize = 'ascii',
    prefix = '1'
);
INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 16777216);

CREATE VIRTUAL TABLE service_search USING fts5 (
    name, place, text,
    content = '', contentless_delete = 1,
    tokenize = 'ascii',
    prefix = '1'
);
INSERT INTO service_search (service_search, rank) VALUES ('hashsize', 16777216);
