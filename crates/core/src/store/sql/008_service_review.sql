-- Schema version 8: when a service's details were last checked and whether it is sample
-- data. (The organisation's search synonyms and reader-language mapping are pack-level
-- settings, kept in the `settings` table of version 6.)

ALTER TABLE services ADD COLUMN reviewed_on TEXT;  -- YYYY-MM-DD
ALTER TABLE services ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
