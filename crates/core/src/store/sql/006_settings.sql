-- Schema version 6: pack-level settings (the organisation's contact, and later others), one
-- named JSON value each, from the pack's import or from the hub's signed `setting` records.
-- `id` is the record id the hub sends it under (derived from the name).
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    id    BLOB NOT NULL UNIQUE,
    value TEXT NOT NULL
) STRICT;
