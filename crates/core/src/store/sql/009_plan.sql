-- Schema version 9: the reader's own move-on plan. Personal and device-only: no sync code,
-- export or request reads these tables (`store/plan.rs` is the only code that does), and
-- `Store::delete_plan` empties both.
-- The dates from the reader's letters: one row at most.
CREATE TABLE plan_dates (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    decision    TEXT NOT NULL,
    support_end TEXT
) STRICT;

-- What the reader did with each step: a tick and a note. A step with neither has no row.
CREATE TABLE plan_marks (
    step TEXT PRIMARY KEY,
    done INTEGER NOT NULL CHECK (done IN (0, 1)),
    note TEXT NOT NULL
) STRICT;
