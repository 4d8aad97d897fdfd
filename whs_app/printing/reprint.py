"""Reprints: the only way a label is printed again, and always on purpose (invariant 3).

A reprint replaces a job that was sent, confirmed, failed, or whose outcome is unknown: the old
job becomes `reprinted` (a confirmed one stays confirmed) and a new job is queued with
`reprint_of` pointing at the original print of that label. The first reprint of a label is the
packer's call; every further one needs a supervisor's login and PIN. Every reprint is audited
with who asked and who allowed it; a refused supervisor check is audited too.
"""
from __future__ import annotations

from whs_app.printing.events import JobChanged
from whs_app.printing.queue import REPRINTABLE, JobState, PrintQueue


class ReprintRefused(Exception):
    """The reprint was not made; the message says why (bilingual)."""


def reprint(queue: PrintQueue, job_id: int, supervisor: str | None = None, pin: str | None = None,
            reason: str = "") -> int:
    """Queue a deliberate reprint of job `job_id`; returns the new job's id."""
    store = queue.store
    job = store.print_jobs.get(job_id)
    if job is None:
        raise ReprintRefused(f"没有打印任务 {job_id} / no print job {job_id}")
    _check_state(queue, job)
    original = job["reprint_of"] or job["id"]
    earlier = store.print_jobs.reprint_count(original)
    if earlier:
        _authorise(queue, job, supervisor, pin, earlier)
    at = queue.now()
    with store.transaction():
        replaced = job["state"] == JobState.CONFIRMED or store.print_jobs.change(
            job["id"], (job["state"],), JobState.REPRINTED, at)
        if not replaced:
            raise ReprintRefused(f"任务 {job_id} 刚刚变了，请重试 / job {job_id} changed just now; try again")
        new_id = store.print_jobs.add(job["kind"], job["station"], at, job["parcel_id"], job["wave_id"],
                                      job["waybill_no"], reprint_of=original, requested_by=queue.actor.user,
                                      drill=bool(job["drill"]))
        store.audit.record(at, queue.actor, "print_job.reprint", "print_job", new_id,
                           {"of": job["id"], "original": original, "nth": earlier + 1,
                            "waybill": job["waybill_no"], "supervisor": supervisor if earlier else None,
                            "reason": reason, "replaced_state": job["state"]})
        store.audit.record(at, queue.actor, "print_job.reprinted", "print_job", job["id"],
                           {"by": new_id, "was": job["state"]})
    if job["state"] != JobState.CONFIRMED:
        queue.events.publish(JobChanged(job["id"], JobState.REPRINTED.value, job["printer"], f"reprint: job {new_id}"))
    queue.events.publish(JobChanged(new_id, JobState.QUEUED.value, None, f"reprint of job {job['id']}"))
    return new_id


def _check_state(queue: PrintQueue, job: dict) -> None:
    state = job["state"]
    if state in REPRINTABLE:
        return
    if state == JobState.REPRINTED:
        newer = queue.store.print_jobs.latest_label(job["waybill_no"]) if job["waybill_no"] else None
        pointer = f" job {newer['id']}" if newer else " the newer job"
        raise ReprintRefused(f"任务 {job['id']} 已被补打替代 / job {job['id']} was already replaced by a "
                             f"reprint; reprint{pointer} instead")
    raise ReprintRefused(f"任务 {job['id']} 还在打印队列里（{state}），会自动打印；现在补打会打两张 / job "
                         f"{job['id']} is still {state} and will print; a reprint now would print it twice")


def _authorise(queue: PrintQueue, job: dict, supervisor: str | None, pin: str | None, earlier: int) -> None:
    problem = _supervisor_problem(queue, supervisor, pin, earlier)
    if problem is None:
        return
    with queue.store.transaction():
        queue.store.audit.record(queue.now(), queue.actor, "print_job.reprint_refused", "print_job", job["id"],
                                 {"supervisor": supervisor, "reason": problem})
    raise ReprintRefused(problem)


def _supervisor_problem(queue: PrintQueue, supervisor: str | None, pin: str | None, earlier: int) -> str | None:
    if not supervisor or not pin:
        return (f"这张已补打过 {earlier} 次，再补打需要主管 / this label was reprinted {earlier} time(s) "
                f"already: another reprint needs a supervisor's login and PIN")
    user = queue.store.people.user(supervisor)
    if user is None or user["role"] != "supervisor":
        return f"{supervisor} 不是主管 / {supervisor} is not a supervisor"
    if not queue.store.people.check_pin(supervisor, pin):
        return f"主管 {supervisor} 的 PIN 不对 / wrong PIN for supervisor {supervisor}"
    return None
