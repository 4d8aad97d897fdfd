-- whs schema, version 3: carrier load balancing, e-waybill pool alerts, assignment explanations, handover.
-- (002 belongs to the print queue.) Portable SQL: ALTER TABLE … ADD COLUMN, partial unique index.

-- Per carrier: daily capacity (NULL: no limit), the most of a day's parcels it may take (share_cap,
-- 0..1, NULL: no cap), how full its capacity may be planned (utilization_cap, 0..1), the waybill
-- balance under which an alert is raised, the first weight of its tariff, and why it is out.
ALTER TABLE carriers ADD COLUMN daily_capacity INTEGER CHECK (daily_capacity >= 0);
ALTER TABLE carriers ADD COLUMN share_cap REAL CHECK (share_cap > 0 AND share_cap <= 1);
ALTER TABLE carriers ADD COLUMN utilization_cap REAL NOT NULL DEFAULT 1.0 CHECK (utilization_cap > 0 AND utilization_cap <= 1);
ALTER TABLE carriers ADD COLUMN low_balance_alert INTEGER NOT NULL DEFAULT 0 CHECK (low_balance_alert >= 0);
ALTER TABLE carriers ADD COLUMN first_weight_kg REAL NOT NULL DEFAULT 1.0 CHECK (first_weight_kg > 0);
ALTER TABLE carriers ADD COLUMN out_reason TEXT NOT NULL DEFAULT '';

-- Caps announced for one day (揽收限量), overriding the carrier's own for that day; NULL: keep the carrier's.
CREATE TABLE carrier_day_caps (
    carrier_id      INTEGER NOT NULL REFERENCES carriers(id),
    day             TEXT NOT NULL,            -- YYYY-MM-DD
    daily_capacity  INTEGER CHECK (daily_capacity >= 0),
    share_cap       REAL CHECK (share_cap > 0 AND share_cap <= 1),
    utilization_cap REAL CHECK (utilization_cap > 0 AND utilization_cap <= 1),
    PRIMARY KEY (carrier_id, day)
);

-- Coverage: 'cover' rows (none: everywhere) and 'exclude' rows (remote areas). Names are short
-- forms (广东, 新疆 喀什); '' for city or district means the whole province or city.
CREATE TABLE carrier_areas (
    id         INTEGER PRIMARY KEY,
    carrier_id INTEGER NOT NULL REFERENCES carriers(id),
    rule       TEXT NOT NULL CHECK (rule IN ('cover', 'exclude')),
    province   TEXT NOT NULL,                 -- '*' in a cover row: everywhere
    city       TEXT NOT NULL DEFAULT '',
    district   TEXT NOT NULL DEFAULT '',
    UNIQUE (carrier_id, rule, province, city, district)
);

-- Tariff: first weight price + price per started added kg, per province ('*': every other province),
-- grouped in named zones. A carrier with no rows is unpriced (cost 0 everywhere).
CREATE TABLE carrier_tariffs (
    carrier_id  INTEGER NOT NULL REFERENCES carriers(id),
    province    TEXT NOT NULL,
    zone        TEXT NOT NULL,
    first_price REAL NOT NULL CHECK (first_price >= 0),
    added_price REAL NOT NULL CHECK (added_price >= 0),
    PRIMARY KEY (carrier_id, province)
);

-- A merchant's rule: every parcel to this area ships with this carrier (the most specific area wins).
-- A shop bound to a carrier is shops.default_carrier_id.
CREATE TABLE carrier_region_rules (
    id         INTEGER PRIMARY KEY,
    province   TEXT NOT NULL,
    city       TEXT NOT NULL DEFAULT '',
    district   TEXT NOT NULL DEFAULT '',
    carrier_id INTEGER NOT NULL REFERENCES carriers(id),
    UNIQUE (province, city, district)
);

-- The pickup batch a parcel moved to when it was re-routed after waving (NULL: its wave's batch).
ALTER TABLE orders ADD COLUMN pickup_batch TEXT;

-- One run of the assignment over a released batch (or a re-route), with the caps it worked under.
CREATE TABLE assignment_runs (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    station    TEXT NOT NULL,
    user_login TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('assign', 'reroute')),
    ship_day   TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '{}'     -- JSON: counts, cost, per carrier limit / binding cap / taken
);

-- Orders of one destination province, weight band and set of usable carriers, decided together.
CREATE TABLE assignment_groups (
    run_id   INTEGER NOT NULL REFERENCES assignment_runs(id),
    group_no INTEGER NOT NULL,
    detail   TEXT NOT NULL,                   -- JSON: usable carriers with unit cost, parcels per carrier, left
    PRIMARY KEY (run_id, group_no)
);

-- Each order's latest assignment: the run, its group, and the outcome.
CREATE TABLE order_assignments (
    order_id INTEGER PRIMARY KEY REFERENCES orders(id),
    run_id   INTEGER NOT NULL REFERENCES assignment_runs(id),
    group_no INTEGER,                         -- NULL when fixed by its waybill or fit no carrier
    outcome  TEXT NOT NULL CHECK (outcome IN ('assigned', 'fixed', 'waiting', 'exception'))
);

-- Handover (交接) of one carrier pickup batch: parcels scanned at loading, closed when the truck leaves.
CREATE TABLE handovers (
    id           INTEGER PRIMARY KEY,
    carrier_id   INTEGER NOT NULL REFERENCES carriers(id),
    pickup_batch TEXT NOT NULL,               -- '' for a carrier without pickup batches
    state        TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    opened_at    TEXT NOT NULL,
    closed_at    TEXT,
    closed_by    TEXT
);
CREATE UNIQUE INDEX handovers_one_open ON handovers (carrier_id, pickup_batch) WHERE state = 'open';

CREATE TABLE handover_scans (
    id          INTEGER PRIMARY KEY,
    handover_id INTEGER NOT NULL REFERENCES handovers(id),
    parcel_id   INTEGER NOT NULL UNIQUE REFERENCES parcels(id),   -- a parcel is handed over once
    waybill_no  TEXT NOT NULL UNIQUE,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    scanned_at  TEXT NOT NULL,
    station     TEXT NOT NULL,
    user_login  TEXT NOT NULL
);
CREATE INDEX handover_scans_handover ON handover_scans (handover_id);
