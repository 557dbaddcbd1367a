-- The hub's database, schema version 2: coordinators' review of volunteer profiles.
-- One row per live profile. Whether it is pending or approved is not stored but worked out:
-- approved when its words and contacts are those of the approved snapshot, else pending; a
-- suspension overrides both. approved holds that snapshot (a VolunteerDoc of only the fields
-- needing approval), which is what other readers are sent; it is removed with the profile.
CREATE TABLE volunteer_reviews (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    suspended   INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    since       INTEGER NOT NULL,  -- ms since the epoch: when the profile entered its state
    approved    TEXT,              -- the last approved snapshot, JSON; NULL if never approved
    approved_at INTEGER            -- ms since the epoch
) STRICT;
