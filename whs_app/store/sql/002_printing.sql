-- whs schema, version 2: printers, failover groups and the print queue (issue 4).
-- Portable SQL, like 001. Databases made by version 1 get these on open.

-- One row per configured printer. A group is a primary and its ordered backups at one station:
-- group_name names the group (the name of the printer that started it) and position orders it
-- (0 the primary, then 1, 2, ... the backups). last_state is what the printer's worker last saw.
CREATE TABLE printers (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    connection   TEXT NOT NULL,                 -- URI: usb:// tcp:// serial:// cups:// win32:// file://
    language     TEXT NOT NULL CHECK (language IN ('escpos', 'tspl', 'zpl')),
    paper        TEXT NOT NULL,                 -- '100x150' (mm label) or '80' (roll width)
    role         TEXT NOT NULL CHECK (role IN ('label', 'slip', 'both')),
    station      TEXT NOT NULL,
    group_name   TEXT NOT NULL,
    position     INTEGER NOT NULL CHECK (position >= 0),
    enabled      INTEGER NOT NULL DEFAULT 1,
    silent_ok    INTEGER NOT NULL DEFAULT 0,    -- never answers status: print to it anyway
    last_state   TEXT,                          -- ready, paper_near_end, paper_out, offline, error, unknown
    last_detail  TEXT,
    last_seen_at TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX printers_station ON printers (station, group_name, position);

-- The queue: which printer a job is on (or was printed on), how far it got and why it stopped.
-- States: queued, sending, sent, confirmed, unknown (bytes may have reached a printer),
-- failed (could not be made), reprinted (replaced by a deliberate reprint, see reprint_of).
ALTER TABLE print_jobs ADD COLUMN printer TEXT;                -- printer name; NULL until routed
ALTER TABLE print_jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE print_jobs ADD COLUMN bytes_total INTEGER;         -- size of the rendered job
ALTER TABLE print_jobs ADD COLUMN bytes_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE print_jobs ADD COLUMN error TEXT;                  -- why it waits, failed or is unknown
ALTER TABLE print_jobs ADD COLUMN reprint_of INTEGER REFERENCES print_jobs(id);
ALTER TABLE print_jobs ADD COLUMN requested_by TEXT;           -- who ordered a reprint
ALTER TABLE print_jobs ADD COLUMN drill INTEGER NOT NULL DEFAULT 0;
ALTER TABLE print_jobs ADD COLUMN sent_at TEXT;
ALTER TABLE print_jobs ADD COLUMN confirmed_at TEXT;
CREATE INDEX print_jobs_printer ON print_jobs (printer, state);
CREATE INDEX print_jobs_waybill ON print_jobs (waybill_no);
CREATE INDEX print_jobs_parcel ON print_jobs (parcel_id);
CREATE INDEX print_jobs_reprint_of ON print_jobs (reprint_of);
