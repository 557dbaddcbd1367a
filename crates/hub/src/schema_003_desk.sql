-- The hub's database, schema version 3: the coordinators' desk.

-- A signed-in browser. Only a hash of the session id (the cookie's value) is kept, so a copy
-- of this database signs no one in. A session hangs on the device token or invite it was
-- opened with: revoking that token ends it. `csrf` is sent back in a header on every write;
-- it is worthless without the cookie, which only the browser holds.
CREATE TABLE desk_sessions (
    id_hash    BLOB PRIMARY KEY NOT NULL,
    csrf       TEXT NOT NULL,
    token_id   TEXT NOT NULL,
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT;

-- Every saved state of an article or service, newest last: drafts, publishes, restores and
-- unpublishes, each with who and when. The newest row of a slug says whether a draft waits.
CREATE TABLE desk_revisions (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('article', 'service')),
    slug    TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('draft', 'publish', 'restore', 'unpublish')),
    body    TEXT NOT NULL,
    by_name TEXT NOT NULL,
    at      INTEGER NOT NULL
) STRICT;

CREATE INDEX desk_revisions_by_slug ON desk_revisions (kind, slug, id);

-- What came from phones for the review queue: a newcomer's anonymous "wrong or unclear" flag
-- (the article, the language and at most one sentence: nothing about the reader), and a
-- volunteer's correction or translation (the text, and the name to credit if they agreed).
-- `client_id` makes a volunteer's resend of the same suggestion change nothing.
CREATE TABLE desk_suggestions (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('flag', 'suggestion')),
    slug         TEXT NOT NULL,
    lang         TEXT NOT NULL,
    sentence     TEXT,
    title        TEXT,
    summary      TEXT,
    body         TEXT,
    volunteer_id BLOB,
    client_id    BLOB UNIQUE,
    credit       TEXT,
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'declined')),
    reason       TEXT,
    at           INTEGER NOT NULL,
    decided_at   INTEGER
) STRICT;

CREATE INDEX desk_suggestions_open ON desk_suggestions (state, id);
CREATE INDEX desk_suggestions_by_volunteer ON desk_suggestions (volunteer_id) WHERE volunteer_id IS NOT NULL;
