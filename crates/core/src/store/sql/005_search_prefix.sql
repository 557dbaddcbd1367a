-- Schema version 5: the search indexes again, with an index of one-letter prefixes.
-- An Arabic word typed with its article (`الس` on the way to `السكن`) is also searched as its
-- stem, which can be a single letter (`س`): without a prefix index FTS5 merges the postings
-- of every word starting with that letter, tens of milliseconds on a large guide. The
-- migration's hook refills both indexes from the records.

DROP TABLE article_search;
DROP TABLE service_search;

CREATE VIRTUAL TABLE article_search USING fts5 (
    lang, title, summary, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1'
);

CREATE VIRTUAL TABLE service_search USING fts5 (
    name, place, text,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1'
);
