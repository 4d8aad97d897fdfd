"""The Drill screen (发货演练): make a drill, run it on its own thread with live figures, inject a
fault and see it logged, stop it at once, write the report, compare two drills; the live database
stays byte-for-byte untouched."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool

from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.drill import service
from whs_app.drill.floor import Crew
from whs_app.drill.pointer import read_pointer
from whs_app.drill.run import RunOptions
from whs_app.store import Store
from ui.drill_screen import SPEEDS, DrillScreen, active_run, stop_runs
from ui.office import office_worker
from tests.drill_fixtures import BOSS, digest, make_live, pdf_text
from tests.ui_fixtures import qapp_args, qt_warnings  # noqa: F401

DAY_IN_A_MINUTE = SPEEDS.index(1440.0)
AS_FAST_AS_IT_GOES = SPEEDS.index(None)


@pytest.fixture
def live(tmp_path):
    """A live warehouse with a normal day of 40 orders, and its bytes before the screen saw it."""
    path = make_live(tmp_path)
    return path, digest(path)


@pytest.fixture
def screen(qtbot, live, tmp_path):
    worker = office_worker(live[0], ManualClock("2026-11-02 09:00:00"), Actor("P01", "boss"))
    with qtbot.waitSignal(worker.opened, timeout=10_000):
        pass
    widget = DrillScreen(worker, live[0])
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    opened = []
    widget.choose_folder = lambda parent, title: tmp_path
    widget.open_folder = opened.append
    widget.opened = opened
    qtbot.waitUntil(lambda: "96 orders" in widget.peak.text(), timeout=5000)     # 40 a day × 3 × 0.8
    yield widget
    assert stop_runs()
    QThreadPool.globalInstance().waitForDone(10_000)     # reads still on their way
    worker.close()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_drill(qtbot, screen, name: str, orders: int) -> None:
    qtbot.keyClicks(screen.name, name)
    click(qtbot, screen.given)
    screen.orders.setValue(orders)
    click(qtbot, screen.create_button)
    qtbot.waitUntil(lambda: screen.current() is not None and screen.current().info.name == name, timeout=10_000)
    assert screen.chooser.currentText() == f"{name} · {orders} orders · ready"
    qtbot.waitUntil(screen.start_button.isEnabled, timeout=5000)


def test_a_drill_is_made_run_faulted_stopped_and_reported_from_the_screen(qtbot, screen, live, tmp_path):
    make_drill(qtbot, screen, "rehearsal", 80)
    screen.packers.setValue(2)
    screen.pickers.setValue(1)
    screen.speed.setCurrentIndex(DAY_IN_A_MINUTE)
    click(qtbot, screen.start_button)
    assert active_run() is not None and active_run().isRunning()          # its own thread: the GUI goes on
    assert not screen.start_button.isEnabled() and screen.stop_button.isEnabled()
    qtbot.waitUntil(lambda: screen.view.figures is not None and screen.view.figures.arrived > 0, timeout=10_000)
    first = screen.view.figures
    qtbot.waitUntil(lambda: screen.view.figures.hours > first.hours + 1, timeout=10_000)    # live: it moves on
    assert screen.live.packed_tile.value.text().endswith(f" / {screen.view.figures.arrived}")
    assert screen.live.clock_tile.note.text() == "Day 1 · running at 1440×"

    faults = [screen.fault.itemData(i) for i in range(screen.fault.count())]
    screen.fault.setCurrentIndex(faults.index("carrier_outage"))
    assert (screen.knob_label.text(), screen.knob.value()) == ("Lasts (min)", 120)   # faults.KNOBS' default
    screen.fault.setCurrentIndex(faults.index("printer_paper_out"))
    assert (screen.knob_label.text(), screen.knob.text()) == ("Fixed after (min)", "Auto")   # the drill draws it
    assert [screen.target.itemText(i) for i in range(screen.target.count())] == ["V01", "V02"]
    screen.knob.setValue(6)
    click(qtbot, screen.inject_button)
    qtbot.waitUntil(lambda: any(row[0] == "Paper out V01" for row in screen.live.fault_texts()),
                    timeout=10_000)
    assert "Fault requested: Paper out" in screen.message_label.text()

    with qtbot.waitSignal(screen.run_ended, timeout=5000) as ended:
        qtbot.keyClick(screen, Qt.Key.Key_F10)                         # F10: stop, at once
    assert ended.args[0].reason == "stopped"
    qtbot.waitUntil(lambda: screen.chooser.currentText().endswith("stopped"), timeout=5000)
    assert active_run() is None and not screen.stop_button.isEnabled()

    with qtbot.waitSignal(screen.report_written, timeout=20_000) as written:
        qtbot.keyClick(screen, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    pdf, csv = written.args[0]
    assert (pdf.name, csv.name) == ("drill-rehearsal.pdf", "drill-rehearsal.csv")
    assert "Drill report: rehearsal" in pdf_text(pdf.read_bytes())
    assert "printer_paper_out V01,recovered_at" in csv.read_text("utf-8-sig")
    assert screen.opened == [tmp_path]
    assert screen.tabs.currentWidget() is screen.report
    assert screen.report.finish_tile.caption.text() == "Real day finishes"
    assert "96 orders" in screen.report.finish_tile.note.text()           # the real day: 40 × 3 × 0.8

    with Store.open(screen.current().path) as drill:
        fault = next(e for e in drill.drill.events("fault") if e["name"] == "printer_paper_out")
        assert fault["target"] == "V01"
        assert [e["detail"]["knobs"] for e in drill.drill.events("note") if e["name"] == "printer_paper_out"] == \
            [{"fix": 6.0}]
        assert [(e["station"], e["user_login"]) for e in drill.audit.for_entity("drill", "rehearsal")
                if e["action"] == "drill.new"] == [("P01", "boss")]
        assert [(e["name"], e["user_login"]) for e in drill.drill.events("phase") if e["name"] == "stop"] == \
            [("stop", "boss")]
    screen.office.close()
    assert digest(live[0]) == live[1]                                    # the live database: untouched


def test_a_whole_drill_as_fast_as_it_goes_and_two_drills_compared(qtbot, screen, live):
    other, _ = service.new_drill(live[0], ManualClock("2026-11-02 09:00:00"), BOSS, "more-packers", orders=40,
                                 seed=7)
    service.start_drill(live[0], other, RunOptions(crew=Crew(packers=3, pickers=1), printers="queue"))
    make_drill(qtbot, screen, "baseline", 40)
    screen.packers.setValue(2)
    screen.pickers.setValue(1)
    screen.speed.setCurrentIndex(AS_FAST_AS_IT_GOES)
    with qtbot.waitSignal(screen.run_ended, timeout=30_000) as ended:
        qtbot.keyClick(screen, Qt.Key.Key_F9)
    assert ended.args[0].reason == "done"
    qtbot.waitUntil(lambda: screen.chooser.currentText() == "baseline · 40 orders · ended", timeout=5000)
    qtbot.waitUntil(lambda: screen.live.packers.texts() != [], timeout=5000)
    assert [row[0] for row in screen.live.packers.texts()] == ["vpack01", "vpack02"]
    assert screen.live.bottleneck_tile.value.text() in ("Picking", "Packing")
    assert screen.live.backlog_chart.chart_.title() == "Backlog per stage: 0"

    screen.other.setCurrentIndex(screen.other.findText("more-packers · 40 orders · ended"))
    click(qtbot, screen.compare_button)
    qtbot.waitUntil(lambda: screen.report.comparison.texts() != [], timeout=10_000)
    rows = {row[0]: row[1:] for row in screen.report.comparison.texts()}
    assert rows["Packers"] == ["2", "3", "1"]
    assert screen.tabs.currentWidget() is screen.report


def test_people_at_real_stations_go_back_to_live_at_once_when_the_drill_stops(qtbot, screen, live):
    make_drill(qtbot, screen, "floor", 30)
    click(qtbot, screen.stations)
    assert not screen.packers.isEnabled() and screen.speed.currentData() == 12.0    # no "as fast as it goes"
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: read_pointer(live[0]) is not None, timeout=5000)          # the stations are in the drill
    assert "the stations are in the drill now" in screen.message_label.text()

    # The app follows the pointer: it reopens on the drill's database, and its new Drill screen
    # finds the live database and takes the run over.
    drill_db = screen.current().path
    reopened = DrillScreen(screen.office, drill_db)
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitUntil(lambda: reopened.chooser.currentText() == "floor · 30 orders · running", timeout=5000)
    assert reopened.live_db == live[0] and reopened.stop_button.isEnabled() and not reopened.start_button.isEnabled()
    with qtbot.waitSignal(reopened.run_ended, timeout=5000) as ended:
        click(qtbot, reopened.stop_button)
    assert ended.args[0].reason == "stopped" and read_pointer(live[0]) is None       # back to live at once


def test_a_drill_without_a_name_or_with_a_taken_one_is_refused_and_nothing_changes(qtbot, screen, live):
    click(qtbot, screen.create_button)
    assert screen.message_label.text() == "Give the drill a name first."
    make_drill(qtbot, screen, "twice", 20)
    qtbot.keyClicks(screen.name, "twice")
    click(qtbot, screen.create_button)
    qtbot.waitUntil(lambda: "already exists" in screen.message_label.text(), timeout=5000)
    assert [entry.info.name for entry in service.list_drills(live[0])] == ["twice"]
    assert not screen.stop_button.isEnabled() and not screen.inject_button.isEnabled()
