-- Schema version 1: the records themselves.
-- Ids are UUID v7 stored as 16-byte blobs: time-ordered, so inserts append to the B-tree.
-- content_hash is the SHA-256 of the record's canonical JSON: re-importing an unchanged
-- record is a no-op, and sync can compare versions cheaply.

CREATE TABLE articles (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    slug         TEXT NOT NULL UNIQUE,
    topic        TEXT NOT NULL,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    position     INTEGER NOT NULL DEFAULT 0,
    content_hash BLOB NOT NULL
) STRICT;

CREATE TABLE article_translations (
    article_id      BLOB NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang            TEXT NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    body            TEXT NOT NULL,
    source_revision INTEGER NOT NULL CHECK (source_revision >= 1),
    review          TEXT NOT NULL,
    PRIMARY KEY (article_id, lang)
) STRICT;

CREATE INDEX articles_by_topic ON articles (topic, position);

CREATE TABLE services (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    slug         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    topics       TEXT NOT NULL,  -- JSON array of topic slugs
    area         TEXT NOT NULL,
    address      TEXT NOT NULL,
    phone        TEXT,
    web          TEXT,
    email        TEXT,
    languages    TEXT NOT NULL,  -- JSON array of language tags
    cost         TEXT NOT NULL,
    access       TEXT NOT NULL,
    hours        TEXT NOT NULL,  -- JSON OpeningHours
    content_hash BLOB NOT NULL
) STRICT;

CREATE TABLE service_texts (
    service_id    BLOB NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    lang          TEXT NOT NULL,
    description   TEXT NOT NULL,
    accessibility TEXT,
    PRIMARY KEY (service_id, lang)
) STRICT;

CREATE TABLE volunteers (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    slug         TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    languages    TEXT NOT NULL,  -- JSON array of {lang, level}
    topics       TEXT NOT NULL,  -- JSON array of topic slugs
    availability TEXT NOT NULL,  -- JSON WeeklyHours
    about        TEXT NOT NULL,  -- JSON object: language tag -> text
    content_hash BLOB NOT NULL
) STRICT;

-- Contact details live apart from the profile: they are what consent protects, and a query
-- that never selects this table can never leak them.
CREATE TABLE volunteer_contacts (
    volunteer_id BLOB NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    channel      TEXT NOT NULL,
    value        TEXT NOT NULL,
    visible_to   TEXT NOT NULL CHECK (visible_to IN ('everyone', 'volunteers', 'coordinators')),
    PRIMARY KEY (volunteer_id, position)
) STRICT;
