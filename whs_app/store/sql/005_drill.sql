-- whs schema, version 5: drill mode (issue 7). Only a drill database writes these rows.

-- What happened in a drill, in simulated (drill clock) time: faults injected and the recoveries
-- the report measures, phases of the run (started, arrivals done, stopped) and requests waiting
-- for the running drill to act on (a fault injected from another process: state 'requested').
CREATE TABLE drill_events (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('fault', 'recovered', 'phase', 'note')),
    name       TEXT NOT NULL,                 -- fault name (printer_paper_out …) or phase name
    target     TEXT NOT NULL DEFAULT '',      -- printer, station, carrier … the fault hit
    state      TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('requested', 'active', 'done')),
    fault_id   INTEGER REFERENCES drill_events(id),   -- a recovery names its fault
    station    TEXT NOT NULL,
    user_login TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '{}'     -- JSON
);
CREATE INDEX drill_events_kind ON drill_events (kind, state);
