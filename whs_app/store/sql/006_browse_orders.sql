-- whs schema, version 6: the supervisors' order tables (whs_app/store/browse.py).
-- Pages sort by payment time, read off orders_paid; the exception queue filters by reason, read off
-- the open exceptions only (resolving one takes it out of the partial index); an order's details list
-- the orders it could merge with, found by shop and receiver's phone.
CREATE INDEX orders_paid ON orders (paid_at);
CREATE INDEX order_exceptions_open_reason ON order_exceptions (reason, order_id) WHERE resolved_at IS NULL;
CREATE INDEX orders_receiver ON orders (shop_id, receiver_phone);
