"""The print job state machine: every change is one transaction with its audit event.

    queued ──► sending ──► sent ──► confirmed        (the packer scanned the printed label)
      │  ▲        │                    ▲
      │  └────────┤ nothing sent:      │ scanned anyway: it printed
      │   requeue │ back to the queue  │
      │           └──► unknown ────────┘  bytes may have reached the printer: never re-sent
      └──► failed                            on its own; confirm it or reprint it on purpose
    sent / unknown / failed ──► reprinted     (a deliberate reprint replaced it: reprint_of)

A queued job moves between printers (routing, failover) without changing state. Each change is
conditional on the state it expects, so a job is never moved by two workers at once; after a
change the bus hears of it.
"""
from __future__ import annotations

from enum import StrEnum

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.printing.events import EventBus, JobChanged, JobMoved
from whs_app.store import Store

WORKER_USER = "print-worker"


class JobState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    CONFIRMED = "confirmed"
    UNKNOWN = "unknown"
    FAILED = "failed"
    REPRINTED = "reprinted"


#: states whose label may be in the packer's hand: confirming them is the truth
CONFIRMABLE = (JobState.SENDING, JobState.SENT, JobState.UNKNOWN)
#: states a deliberate reprint may replace
REPRINTABLE = (JobState.SENT, JobState.UNKNOWN, JobState.FAILED, JobState.CONFIRMED)

STOPPED_WHILE_SENDING = ("打印进程在发送途中停止：这张可能已打出，不会自动重发；请核对后扫描确认或补打。"
                         " The print worker stopped while sending this job: it may have printed, so it "
                         "is not re-sent on its own; check it, then scan it or reprint it.")


class PrintQueue:
    """State changes of print jobs over one Store (one per thread), told to `events`."""

    def __init__(self, store: Store, clock: Clock, actor: Actor, events: EventBus | None = None) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.events = events or EventBus()

    def now(self) -> str:
        return stamp(self.clock.now())

    # -- placing queued jobs ---------------------------------------------------------------
    def route(self, job: dict, printer: str) -> bool:
        at = self.now()
        with self.store.transaction():
            done = self.store.print_jobs.route(job["id"], printer, at)
            if done:
                self._audit(at, "route", job, {"printer": printer})
        if done:
            self.events.publish(JobMoved(job["id"], None, printer))
        return done

    def move(self, job: dict, to_printer: str, reason: str) -> bool:
        """Fail a queued job over to another printer (nothing of it was sent anywhere)."""
        at = self.now()
        with self.store.transaction():
            done = self.store.print_jobs.change(job["id"], (JobState.QUEUED,), JobState.QUEUED, at,
                                                printer_is=job["printer"], printer=to_printer, error=None)
            if done:
                self._audit(at, "failover", job, {"from": job["printer"], "to": to_printer, "reason": reason})
        if done:
            self.events.publish(JobMoved(job["id"], job["printer"], to_printer, reason))
        return done

    def note_waiting(self, job: dict, reason: str | None) -> None:
        """Say why a queued job is not printing (shown in lists); no state change."""
        with self.store.transaction():
            news = self.store.print_jobs.set_error(job["id"], reason, self.now())
        if news:
            self.events.publish(JobChanged(job["id"], JobState.QUEUED.value, job["printer"], reason))

    # -- a worker's steps ------------------------------------------------------------------
    def claim(self, job: dict, printer: str, nbytes: int) -> bool:
        """queued → sending: committed before the first byte leaves."""
        return self._change(job, (JobState.QUEUED,), JobState.SENDING, "sending", printer_is=printer,
                            attempt=True, bytes_total=nbytes, error=None)

    def requeue(self, job: dict, reason: str) -> bool:
        """sending → queued: the printer refused before any byte was written."""
        return self._change(job, (JobState.SENDING,), JobState.QUEUED, "requeue", reason, error=reason)

    def sent(self, job: dict, nbytes: int, note: str | None = None) -> bool:
        return self._change(job, (JobState.SENDING,), JobState.SENT, "sent", note, bytes_sent=nbytes,
                            sent_at=self.now(), error=note)

    def unknown(self, job: dict, reason: str, nbytes: int) -> bool:
        return self._change(job, (JobState.SENDING,), JobState.UNKNOWN, "unknown", reason,
                            bytes_sent=nbytes, error=reason)

    def failed(self, job: dict, reason: str) -> bool:
        return self._change(job, (JobState.QUEUED,), JobState.FAILED, "failed", reason, error=reason)

    def recover(self, printer: str) -> list[int]:
        """At a worker's start: jobs left `sending` by a stopped worker become `unknown`."""
        left = self.store.print_jobs.on_printer(printer, JobState.SENDING)
        return [job["id"] for job in left
                if self.unknown(job, STOPPED_WHILE_SENDING, job["bytes_sent"])]

    # -- people's acts -----------------------------------------------------------------------
    def confirm(self, job: dict) -> bool:
        return self._change(job, CONFIRMABLE, JobState.CONFIRMED, "confirm", confirmed_at=self.now())

    def _change(self, job: dict, expected: tuple[str, ...], state: JobState, action: str,
                reason: str | None = None, *, printer_is: str | None = None, attempt: bool = False,
                **values) -> bool:
        at = self.now()
        with self.store.transaction():
            done = self.store.print_jobs.change(job["id"], expected, state, at, printer_is=printer_is,
                                                attempt=attempt, **values)
            if done:
                self._audit(at, action, job, {"state": str(state), "printer": printer_is or job["printer"],
                                              "reason": reason, **{k: v for k, v in values.items() if k != "error"}})
        if done:
            self.events.publish(JobChanged(job["id"], state.value, printer_is or job["printer"], reason))
        return done

    def _audit(self, at: str, action: str, job: dict, detail: dict) -> None:
        self.store.audit.record(at, self.actor, f"print_job.{action}", "print_job", job["id"],
                                {"kind": job["kind"], "waybill": job["waybill_no"], **detail})
