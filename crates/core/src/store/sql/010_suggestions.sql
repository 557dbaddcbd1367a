-- Schema version 10: what a device sends to the organisation's review queue.
-- A volunteer's corrections and translations, written offline. `state` is the volunteer's
-- view: a draft (theirs to change), sent (handed to the next sync; `delivered` once the hub
-- has it), accepted or declined (with the coordinator's reason). A draft the hub refused
-- keeps the refusal's code in `reason`. Deleted with everything private when the device
-- stops being a volunteer's (`sync/wipe.rs`).
CREATE TABLE suggestions (
    id        TEXT PRIMARY KEY,
    slug      TEXT NOT NULL,
    lang      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('correction', 'translation')),
    title     TEXT NOT NULL,
    summary   TEXT NOT NULL,
    body      TEXT NOT NULL,
    credit    INTEGER NOT NULL CHECK (credit IN (0, 1)),
    state     TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'accepted', 'declined')),
    delivered INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1)),
    reason    TEXT,
    updated   TEXT NOT NULL
) STRICT;

-- A reader's "this is wrong or unclear", waiting for the next contact with the hub and
-- deleted once sent: the article, the language and one optional sentence, nothing else.
CREATE TABLE flags (
    id       INTEGER PRIMARY KEY,
    slug     TEXT NOT NULL,
    lang     TEXT NOT NULL,
    sentence TEXT
) STRICT;
