-- Schema version 4: volunteers pausing, and the hub's review of their profiles.
-- away_until is the last day of a pause (ISO date), NULL when not away; "available now"
-- reads it with the weekly availability.
ALTER TABLE volunteers ADD COLUMN away_until TEXT;
-- review is the hub's review of a profile (JSON `Review`), as the volunteer themself and
-- coordinators receive it; NULL for a profile imported from a pack or received as another
-- reader, both of which count as approved. sync_records keeps it beside each profile as it
-- came, since the profile's body cannot carry it.
ALTER TABLE volunteers ADD COLUMN review TEXT;
ALTER TABLE sync_records ADD COLUMN review TEXT;
