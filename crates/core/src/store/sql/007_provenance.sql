-- Schema version 7: provenance. When an article was checked, by whom, until when the check
-- holds and against which sources; how each translation was made. Rows from before stay
-- NULL: the app says nothing it does not know.

ALTER TABLE articles ADD COLUMN reviewed_on TEXT;       -- YYYY-MM-DD
ALTER TABLE articles ADD COLUMN reviewed_by TEXT;
ALTER TABLE articles ADD COLUMN review_by TEXT;         -- YYYY-MM-DD
ALTER TABLE articles ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';  -- JSON array of Source

ALTER TABLE article_translations ADD COLUMN translated_method TEXT
    CHECK (translated_method IN ('machine', 'volunteer', 'professional'));
ALTER TABLE article_translations ADD COLUMN translated_by TEXT;
ALTER TABLE article_translations ADD COLUMN second_review INTEGER NOT NULL DEFAULT 0
    CHECK (second_review IN (0, 1));
