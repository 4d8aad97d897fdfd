-- whs schema, version 7: indexes for the monitoring board (监视盘, whs_app/store/monitoring.py).
-- The board counts every few seconds: orders paid, packed and shipped per hour, the oldest order
-- waiting, parcels per packer. Each is a range count on one of these, so it walks only the hours
-- asked about. The packed and shipped ones skip unpacked and unshipped orders (no cost at import).
CREATE INDEX orders_state_paid ON orders (state, paid_at);
CREATE INDEX orders_packed_at ON orders (packed_at) WHERE packed_at IS NOT NULL;
CREATE INDEX orders_shipped_at ON orders (shipped_at) WHERE shipped_at IS NOT NULL;
CREATE INDEX parcels_packer ON parcels (state, user_login, closed_at);
