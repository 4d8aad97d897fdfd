-- whs schema, version 4: a wave goes to the pickers when a supervisor releases it (下发, issue 6).
-- Planning makes a wave; releasing sends it to the floor, in the order the supervisor chooses.
-- Waves made before this version were pickable as soon as they were planned: they count as released.
ALTER TABLE waves ADD COLUMN released_at TEXT;     -- NULL: planned, not on the floor yet
ALTER TABLE waves ADD COLUMN released_by TEXT;     -- the supervisor who released it
UPDATE waves SET released_at = created_at, released_by = 'upgrade' WHERE released_at IS NULL;
