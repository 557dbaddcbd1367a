-- Schema version 3: sync with the organisation's hub.
-- sync_records keeps every record as received (signed JSON text, with its hub version), so a
-- page can be verified against what is stored (rollbacks are refused) and an article is
-- rebuilt from whichever of its parts have arrived. The app reads the record tables, which
-- are rebuilt from these; sync_pending lists this device's profile edits not yet acknowledged.

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE sync_records (
    kind       TEXT NOT NULL,
    id         BLOB NOT NULL CHECK (length(id) = 16),
    lang       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    body       TEXT NOT NULL,
    generation INTEGER NOT NULL,
    PRIMARY KEY (kind, id, lang)
) STRICT;

CREATE TABLE sync_pending (
    id    BLOB NOT NULL CHECK (length(id) = 16),
    field TEXT NOT NULL,
    at    TEXT NOT NULL,
    PRIMARY KEY (id, field)
) STRICT;
