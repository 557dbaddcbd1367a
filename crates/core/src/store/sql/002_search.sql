-- Schema version 2: offline full-text search.
-- Contentless FTS5 tables hold only the index of *folded* text (see search::fold); the text
-- shown to readers stays in the record tables, so nothing is stored twice. The rowid of an
-- article_search row is the rowid of its article_translations row; of a service_search row,
-- the rowid of its services row. The migration's hook fills both from existing records.

CREATE VIRTUAL TABLE article_search USING fts5 (
    lang, title, summary, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE service_search USING fts5 (
    name, place, text,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE content_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
