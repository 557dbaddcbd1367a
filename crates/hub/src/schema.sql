-- The hub's database, schema version 1.
-- records: every synced record, one row per (kind, id, lang), holding its latest version.
-- seq is the change log: each write gives the row the next sequence number, so "changes
-- after cursor N" is an index range scan. Writes are serialised by one writer connection
-- and SQLite commits in that order, so a reader never sees seq N+1 without seq N (the
-- commit fence a multi-writer database would need).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE records (
    kind       TEXT NOT NULL,
    id         BLOB NOT NULL CHECK (length(id) = 16),
    lang       TEXT NOT NULL,
    base       TEXT NOT NULL,      -- base language of lang, '' for language-free records
    slug       TEXT,               -- for articles, services and volunteers
    seq        INTEGER NOT NULL UNIQUE,
    version    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    deleted_at INTEGER,            -- ms since the epoch, for the tombstone horizon
    body       TEXT NOT NULL,
    hash       BLOB NOT NULL,
    sig        TEXT NOT NULL,
    PRIMARY KEY (kind, id, lang)
) STRICT;

CREATE INDEX records_by_slug ON records (kind, slug) WHERE slug IS NOT NULL;

CREATE TABLE invites (
    code_hash      BLOB PRIMARY KEY NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('volunteer', 'coordinator')),
    volunteer_id   BLOB,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL,
    token_ttl_secs INTEGER NOT NULL,
    redeemed_at    INTEGER
) STRICT;

-- Only a hash of each token is kept: a copy of this database gives no one a working token.
CREATE TABLE tokens (
    id           TEXT PRIMARY KEY NOT NULL,
    token_hash   BLOB NOT NULL UNIQUE,
    role         TEXT NOT NULL CHECK (role IN ('volunteer', 'coordinator')),
    volunteer_id BLOB,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    revoked_at   INTEGER
) STRICT;

-- Answers to pushes, by batch id, so a retried batch gets the same answer and changes nothing.
CREATE TABLE batches (
    token_id TEXT NOT NULL,
    batch_id BLOB NOT NULL,
    answer   TEXT NOT NULL,
    at       INTEGER NOT NULL,
    PRIMARY KEY (token_id, batch_id)
) STRICT;
