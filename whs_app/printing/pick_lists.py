"""Pick lists (拣货单) through the print queue: a wave's list printed at a station.

A pick-list job names its wave, not a document: the renderer (render.py) lays the list out as the
wave stands when a printer takes the job. It goes down the station's slip chain (role slip or
both, `printers.ROLE_OF_KIND`), so the station needs an enabled printer of that chain whose paper
takes a pick list: an 80 mm roll, or a 100 mm label roll of a printer that prints slips too. An
A4 page needs an office printer: save it as a PDF from the pick screen.

The first print of a wave's list at a station queues a job. Asking again is a reprint of the job
printed there last (reprint.py): audited, refused while that job still waits to print (it would
come out twice), and, as for every reprint, the second one needs a supervisor's login and PIN.
Releasing waves can queue their lists too (wave_release.py, setting `pick_list_on_release`).
"""
from __future__ import annotations

from labels.picklist import SIZES
from whs_app.actor import Actor
from whs_app.findings import say
from whs_app.printing.events import JobChanged
from whs_app.printing.paper import paper_size
from whs_app.printing.printers import Printer, chain, list_printers
from whs_app.printing.queue import JobState, PrintQueue
from whs_app.printing.reprint import reprint
from whs_app.store import Store
from whs_app.waves import find_wave

KIND = "pick_list"


class PickListRefused(Exception):
    """No pick-list job was queued; the message says why (bilingual)."""


def pick_list_printers(store: Store, station: str) -> list[Printer]:
    """The station's enabled printers that print pick lists, in failover order."""
    return [printer for printer in chain(list_printers(store, station), station, KIND)
            if paper_size(SIZES, printer.config.paper) is not None]


def print_pick_list(queue: PrintQueue, wave_ref: str | int, station: str | None = None,
                    supervisor: str | None = None, pin: str | None = None) -> int:
    """Print the wave's pick list at `station` (the actor's by default); returns the new job's id.

    Raises WaveError (no such wave), PickListRefused or ReprintRefused; nothing is queued then.
    """
    store = queue.store
    station = station or queue.actor.station
    wave = find_wave(store, wave_ref)
    earlier = store.print_jobs.latest_of_wave(wave["id"], KIND, station)
    if earlier is not None:
        return reprint(queue, earlier["id"], supervisor, pin, reason=f"pick list {wave['code']}")
    with store.transaction():
        job_id = add_pick_list_job(store, queue.now(), queue.actor, wave, station)
    queue.events.publish(JobChanged(job_id, JobState.QUEUED.value, None, f"pick list {wave['code']}"))
    return job_id


def add_pick_list_job(store: Store, at: str, actor: Actor, wave: dict, station: str) -> int:
    """Queue the wave's pick list at `station`, audited, in the caller's transaction."""
    if wave["status"] == "closed":
        raise PickListRefused(say(f"波次 {wave['code']} 已关闭，没有要拣的货",
                                  f"wave {wave['code']} is closed: nothing on it to pick"))
    if not pick_list_printers(store, station):
        raise PickListRefused(no_printer_reason(station))
    job_id = store.print_jobs.add(KIND, station, at, wave_id=wave["id"])
    store.audit.record(at, actor, "print_job.queued", "print_job", job_id,
                       {"kind": KIND, "wave": wave["code"], "station": station})
    return job_id


def no_printer_reason(station: str) -> str:
    return say(f"工作站 {station} 没有能打印拣货单的打印机",
               f"station {station} has no enabled printer that prints pick lists (role slip or both, paper "
               "80 mm wide or more): add one with `whs printers add`, or save the list as a PDF")
