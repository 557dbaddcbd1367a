-- Schema version 14: the one-letter prefix index moves from the whole guidance index to a
-- small index of titles and summaries. The migration's hook lists every translation and
-- service as pending and takes them all in (`Store::index_pending`), so an upgrade from any
-- older version ends with both indexes full.
--
-- The one-letter prefix index wrote every word of every body twice (once as itself, once
-- under its first letter), for the one kind of query that needs it: a word of one letter, or
-- an Arabic word typed as far as its article and one letter (`الس`). Such a query is now
-- answered from titles and summaries, which hold a twentieth of the words; the title and
-- summary stages of a query whose words are in nearly every article run there too, on
-- posting lists a twentieth as long (BENCHMARKS.md, "Store").

DROP TABLE article_search;
DROP TABLE service_search;

CREATE VIRTUAL TABLE article_search USING fts5 (
    lang, title, summary, body,
    content = '', contentless_delete = 1,
    tokenize = 'ascii'
);
INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 16777216);

CREATE VIRTUAL TABLE article_title_search USING fts5 (
    lang, title, summary,
    content = '', contentless_delete = 1,
    tokenize = 'ascii',
    prefix = '1'
);
INSERT INTO article_title_search (article_title_search, rank) VALUES ('hashsize', 16777216);

CREATE VIRTUAL TABLE service_search USING fts5 (
    name, place, text,
    content = '', contentless_delete = 1,
    tokenize = 'ascii',
    prefix = '1'
);
INSERT INTO service_search (service_search, rank) VALUES ('hashsize', 16777216);

-- Every word the indexes hold, so that a typed prefix can be matched as the few words it
-- stands for: FTS5 reads a prefix by merging the whole posting list of every word it starts,
-- where a word's own list is read only as far as a query needs.
CREATE TABLE search_words (
    word TEXT PRIMARY KEY
) WITHOUT ROWID;

DELETE FROM article_search_pending;
INSERT INTO article_search_pending (lang, translation)
    SELECT lang, rowid FROM article_translations;
DELETE FROM service_search_pending;
INSERT INTO service_search_pending (service) SELECT rowid FROM services;
