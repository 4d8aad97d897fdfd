"""The print queue: printers and failover groups, jobs with truthful states, workers, confirmation.

Modules (import what you use; this package imports nothing on its own, so `import whs_app.printing`
stays cheap for the packing session):

- printers:  add_printer, remove_printer, set_enabled, list_printers, get_printer, chain (failover order)
- queue:     JobState, PrintQueue (every job state change: one transaction + audit + event)
- failover:  route_pending, fail_over, the "fit to print" policy (unknown status included)
- render:    render_job (the job's document in the chosen printer's language), RenderError
- worker:    PrinterWorker / WorkerSession (one thread and one Store connection per printer), Timing
- service:   PrintService (start, wake, reload, stop, run_once)
- events:    EventBus and the events it carries (JobChanged, JobMoved, JobHandedOver,
             PrinterChanged, Alert, WorkerFault)
- alerts:    AlertBook, GrowthRule (queue growing faster than it drains)
- confirm:   confirm_label, confirm_at_station, BenchLabels (the packing session's label scan)
- reprint:   reprint, ReprintRefused (audited; the second reprint of a label needs a supervisor)
"""
