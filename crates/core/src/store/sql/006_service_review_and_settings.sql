-- Schema version 6: when a service's details were last checked and whether it is sample
-- data, and the organisation's pack-level settings (search synonyms, which Kurdish a `ku`
-- phone reads), one JSON value per setting name.

ALTER TABLE services ADD COLUMN reviewed_on TEXT;  -- YYYY-MM-DD
ALTER TABLE services ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));

CREATE TABLE settings (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;
