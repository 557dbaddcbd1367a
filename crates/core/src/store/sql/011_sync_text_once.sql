-- Schema version 11: a synced text is stored once, in the app's tables.
-- sync_records kept every record's signed JSON body beside the app's own copy of it, so a
-- device held each text twice. It now keeps what is needed to check a record instead: the
-- SHA-256 of its body (hash) and the hub's Ed25519 signature over it (sig, 64 bytes). A
-- text's body is NULL once the app's tables hold it exactly as signed (re-derived from them
-- when checked, see sync/held.rs); bodies stay for what the app's tables do not hold
-- verbatim: the language-free parts of articles and services, settings, volunteer profiles
-- (this device's own merge document, unsigned), and a text whose article has not come yet.
-- The rows are few and small now, so the table has no rowid of its own.

CREATE TABLE sync_records_011 (
    kind       TEXT NOT NULL,
    id         BLOB NOT NULL CHECK (length(id) = 16),
    lang       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    body       TEXT,
    hash       BLOB CHECK (hash IS NULL OR length(hash) = 32),
    sig        BLOB CHECK (sig IS NULL OR length(sig) = 64),
    generation INTEGER NOT NULL,
    review     TEXT,
    PRIMARY KEY (kind, id, lang)
) STRICT, WITHOUT ROWID;

INSERT INTO sync_records_011 (kind, id, lang, version, deleted, body, generation, review)
    SELECT kind, id, lang, version, deleted, body, generation, review FROM sync_records;

DROP TABLE sync_records;
ALTER TABLE sync_records_011 RENAME TO sync_records;
