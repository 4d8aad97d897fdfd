-- whs schema, version 1. Portable SQL: no SQLite-only types; ids are integer primary keys.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL                -- JSON
);

CREATE TABLE carriers (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    max_weight_kg REAL NOT NULL CHECK (max_weight_kg > 0),
    active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE pickup_batches (
    id         INTEGER PRIMARY KEY,
    carrier_id INTEGER NOT NULL REFERENCES carriers(id),
    label      TEXT NOT NULL,          -- e.g. '18:00'
    pickup_at  TEXT NOT NULL,          -- HH:MM, local warehouse time
    capacity   INTEGER NOT NULL CHECK (capacity > 0),
    UNIQUE (carrier_id, label)
);

-- Waybill number ranges handed out by a carrier's branch; next_number..last_number are unused.
CREATE TABLE waybill_ranges (
    id          INTEGER PRIMARY KEY,
    carrier_id  INTEGER NOT NULL REFERENCES carriers(id),
    prefix      TEXT NOT NULL,
    width       INTEGER NOT NULL CHECK (width > 0),
    next_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    is_drill    INTEGER NOT NULL DEFAULT 0,
    loaded_at   TEXT NOT NULL
);

CREATE TABLE shops (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    default_carrier_id INTEGER REFERENCES carriers(id),
    sender_name        TEXT NOT NULL DEFAULT '',
    sender_phone       TEXT NOT NULL DEFAULT '',
    sender_address     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE skus (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,    -- 商家编码
    name      TEXT NOT NULL,
    bin       TEXT NOT NULL,           -- 库位 such as A-03-12
    weight_kg REAL NOT NULL CHECK (weight_kg >= 0),
    hot       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sku_barcodes (
    barcode TEXT PRIMARY KEY,
    sku_id  INTEGER NOT NULL REFERENCES skus(id)
);
CREATE INDEX sku_barcodes_sku ON sku_barcodes (sku_id);

CREATE TABLE stock (
    sku_id   INTEGER PRIMARY KEY REFERENCES skus(id),
    on_hand  INTEGER NOT NULL CHECK (on_hand >= 0),
    reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0)
);

CREATE TABLE stations (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE users (
    id       INTEGER PRIMARY KEY,
    login    TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('packer', 'supervisor')),
    pin_hash TEXT
);

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    format      TEXT NOT NULL,
    files       TEXT NOT NULL,         -- JSON list of file names
    sha256      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    station     TEXT NOT NULL,
    user_login  TEXT NOT NULL,
    orders_new  INTEGER NOT NULL,
    orders_changed   INTEGER NOT NULL,
    orders_unchanged INTEGER NOT NULL,
    summary     TEXT NOT NULL DEFAULT '{}'   -- JSON: every count of the import
);

CREATE TABLE waves (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    carrier_id   INTEGER NOT NULL REFERENCES carriers(id),
    pickup_batch TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('single', 'multi')),
    status       TEXT NOT NULL CHECK (status IN ('planned', 'picking', 'picked', 'closed')),
    ship_day     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    slots_issued INTEGER NOT NULL DEFAULT 0    -- pick slots handed out so far; a slot is never reused
);

CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    shop_id         INTEGER NOT NULL REFERENCES shops(id),
    order_no        TEXT NOT NULL,
    import_id       INTEGER REFERENCES imports(id),
    content_hash    TEXT NOT NULL,
    state           TEXT NOT NULL,
    platform_status TEXT NOT NULL,     -- canonical: paid, unpaid, shipped, closed
    platform_status_text TEXT NOT NULL DEFAULT '',
    buyer           TEXT NOT NULL DEFAULT '',
    receiver_name   TEXT NOT NULL DEFAULT '',
    receiver_phone  TEXT NOT NULL DEFAULT '',
    province        TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    district        TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    buyer_message   TEXT NOT NULL DEFAULT '',
    seller_memo     TEXT NOT NULL DEFAULT '',
    refund_status   TEXT NOT NULL DEFAULT '',
    requested_carrier TEXT NOT NULL DEFAULT '',
    paid_at         TEXT,
    created_at      TEXT NOT NULL,
    weight_kg       REAL NOT NULL DEFAULT 0,
    units           INTEGER NOT NULL DEFAULT 0,
    carrier_id      INTEGER REFERENCES carriers(id),
    priority        INTEGER NOT NULL DEFAULT 0,  -- lower ships first
    ship_day        TEXT,
    merge_leader_id INTEGER REFERENCES orders(id),
    wave_id         INTEGER REFERENCES waves(id),
    pick_slot       INTEGER,
    waybill_no      TEXT UNIQUE,       -- printed before packing (pack_mode batch)
    packed_at       TEXT,
    packed_by       TEXT,
    packed_station  TEXT,
    shipped_at      TEXT,
    waived_reasons  TEXT NOT NULL DEFAULT '',  -- reason codes a person waived on release, comma-separated
    UNIQUE (shop_id, order_no)
);
CREATE INDEX orders_order_no ON orders (order_no);
CREATE INDEX orders_state ON orders (state);
CREATE INDEX orders_wave ON orders (wave_id, pick_slot);
CREATE INDEX orders_merge_leader ON orders (merge_leader_id);

CREATE TABLE order_lines (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    line_no  INTEGER NOT NULL,
    sku_code TEXT NOT NULL,
    sku_id   INTEGER REFERENCES skus(id),   -- NULL while the SKU is unknown to the master data
    title    TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    UNIQUE (order_id, line_no)
);

CREATE TABLE order_exceptions (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    reason      TEXT NOT NULL,           -- code, e.g. address_incomplete
    detail      TEXT NOT NULL,           -- readable reason
    raised_at   TEXT NOT NULL,
    resolved_at TEXT,
    resolution  TEXT,
    resolved_by TEXT
);
CREATE INDEX order_exceptions_open ON order_exceptions (order_id, resolved_at);

CREATE TABLE pick_lines (
    id        INTEGER PRIMARY KEY,
    wave_id   INTEGER NOT NULL REFERENCES waves(id),
    seq       INTEGER NOT NULL,           -- walking order
    bin       TEXT NOT NULL,
    sku_id    INTEGER NOT NULL REFERENCES skus(id),
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    picked    INTEGER,                    -- NULL until the bin is confirmed
    confirmed_at TEXT,
    confirmed_by TEXT,
    UNIQUE (wave_id, sku_id)
);

CREATE TABLE parcels (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders(id),   -- the merge leader for merged orders
    seq          INTEGER NOT NULL,                          -- parcel 1, 2, ... of the order
    state        TEXT NOT NULL CHECK (state IN ('open', 'complete', 'abandoned')),
    station      TEXT NOT NULL,
    user_login   TEXT NOT NULL,
    opened_at    TEXT NOT NULL,
    closed_at    TEXT,
    carrier_id   INTEGER REFERENCES carriers(id),
    waybill_no   TEXT UNIQUE,
    prior_state  TEXT NOT NULL                              -- order state to restore on abandon
);
CREATE INDEX parcels_order ON parcels (order_id, state);
CREATE INDEX parcels_station_open ON parcels (station, state);

CREATE TABLE parcel_items (
    parcel_id INTEGER NOT NULL REFERENCES parcels(id),
    sku_id    INTEGER NOT NULL REFERENCES skus(id),
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (parcel_id, sku_id)
);

-- Every waybill number ever drawn; the primary key is invariant 2.
CREATE TABLE waybills (
    number     TEXT PRIMARY KEY,
    carrier_id INTEGER NOT NULL REFERENCES carriers(id),
    range_id   INTEGER NOT NULL REFERENCES waybill_ranges(id),
    parcel_id  INTEGER UNIQUE REFERENCES parcels(id),
    drawn_at   TEXT NOT NULL
);

CREATE TABLE print_jobs (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('label', 'slip', 'pick_list', 'manifest')),
    parcel_id  INTEGER REFERENCES parcels(id),
    wave_id    INTEGER REFERENCES waves(id),
    waybill_no TEXT,
    station    TEXT NOT NULL,
    state      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX print_jobs_state ON print_jobs (state, station);

CREATE TABLE audit_events (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    station    TEXT NOT NULL,
    user_login TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '{}'   -- JSON
);
CREATE INDEX audit_events_entity ON audit_events (entity, entity_id);
