-- Schema version 4: volunteers pausing, and the hub's review of their profiles.
-- away_until is the last day of a pause (ISO date), NULL when not away; "available now"
-- reads it with the weekly availability.
ALTER TABLE volunteers ADD COLUMN away_until TEXT;
