-- whs schema, version 8: fewer index entries to keep up when review and wave planning move a day of
-- orders on. Every index entry an order changes costs a B-tree delete and insert: a second index on
-- state cost about 50 ms per 24,000 state changes, and review and planning each make one per order.

-- One index on orders.state instead of two: orders_state_paid (state, paid_at) answers every lookup
-- by state that orders_state (state) did.
CREATE INDEX IF NOT EXISTS orders_state_paid ON orders (state, paid_at);
DROP INDEX IF EXISTS orders_state;

-- Orders on no wave have no entry: going on a wave is one insert, not a delete and an insert, and
-- an import adds none. Every lookup by wave (wave_id = ?, IS NOT NULL, a join) still uses it.
DROP INDEX IF EXISTS orders_wave;
CREATE INDEX orders_wave ON orders (wave_id, pick_slot) WHERE wave_id IS NOT NULL;

-- Lines whose SKU code the catalogue lacked at import: review looks them up again each run, and
-- this way reads only them, not every line of the day.
CREATE INDEX order_lines_unknown_sku ON order_lines (order_id) WHERE sku_id IS NULL;
