"""The monitoring board screen (监视盘): the numbers of a known warehouse on its tiles, charts and
tables, read through the office worker; live refresh after a pack at another station (within two
seconds, read again only when something changed, and at least every floor period); an empty database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtCharts import QValueAxis
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from whs_app.actor import Actor
from whs_app.store import Store
from whs_app.store.errors import StoreUnavailable
from whs_app.store.monitoring import MonitoringRepo
from ui import board_screen, style
from ui.board_charts import BurnChart, CarrierChart, HourChart, StageChart, nice_scale
from ui.drill_charts import BacklogChart, DrillHourChart
from ui.board_screen import BoardScreen
from ui.change_watch import FLOOR_MS, POLL_MS
from tests.board_fixtures import at, known_day, pack
from tests.ui_fixtures import office, qapp_args, qt_warnings  # noqa: F401


@pytest.fixture
def board(qtbot, office):
    """The board on the office worker, shown at 1366x768; returns once it shows its first snapshot.
    Unless told otherwise it looks for changes and reads again only once a minute."""
    def make(poll_ms: int = 60_000, floor_ms: int = 60_000) -> BoardScreen:
        screen = BoardScreen(office, poll_ms=poll_ms, floor_ms=floor_ms)
        qtbot.addWidget(screen)
        screen.resize(1366, 700)
        with qtbot.waitSignal(screen.updated, timeout=10_000):
            screen.show()
        return screen
    return make


@pytest.fixture
def day(store, warehouse, clock, tmp_path):
    known_day(store, clock, tmp_path)
    return store


def test_the_board_shows_the_numbers_of_the_warehouse(board, day):
    screen = board()
    assert screen.tile_texts() == {"shippedTile": "1", "backlogTile": "6", "forecastTile": "13:00",
                                   "exceptionsTile": "1"}
    assert screen.shipped.note.text() == "Packed today: 2" and screen.backlog.note.text() == "To pack: 5"
    assert screen.forecast.note.text() == "2 orders/h in the last hour · 59 h inside the 72 h limit"
    assert screen.forecast.tone == "ok" and screen.exceptions.tone == "warn"
    assert screen.exceptions.note.text() == "Most: Incomplete address (1)"
    assert screen.stage_chart.labels() == ["Shipped today  1", "Awaiting handover  1", "Packing  0",
                                           "In wave / picking  0", "Ready  3", "Exceptions  1", "To review  1"]
    hours = screen.hour_chart
    assert [hours.paid.at(h) for h in (0, 1, 9, 10)] == [3, 1, 3, 0] and hours.packed.at(10) == 2
    assert hours.chart_.title() == "Orders per hour today: 7 paid, 2 packed"
    assert hours.plan.name() == "Plan (projected): 18" and hours.plan.count() == 48
    burn = screen.burn_chart
    assert burn.chart_.title() == "Burn-down: 6 orders not shipped"
    assert burn.actual.at(burn.actual.count() - 1).y() == 6 and burn.forecast.at(1).y() == 0
    assert burn.limit.name() == "72 h limit 11-14 00:20"
    assert screen.printers.texts() == [["LBL-P01", "paper out", "1"]]
    assert screen.packers.texts() == [["张三 · P01", "1", "1", "1"], ["李四 · P02", "1", "1", "1"]]
    assert screen.reasons.texts() == [["Incomplete address", "1"]]
    assert screen.carrier_chart.x.categories() == ["SF 0%", "YD 0%", "ZTO 0%"]
    assert screen.stamp.text() == "Updated 10:30:00"


def test_the_board_refreshes_by_itself_after_a_pack(qtbot, board, day, clock):
    screen = board(poll_ms=100)
    clock.set(at("10:32"))
    pack(day, clock, "A3", Actor("P02", "packer1"))      # P01 waits for its label scan: packer1 moved
    qtbot.waitUntil(lambda: screen.packers.texts()[0][:3] == ["张三 · P02", "2", "2"], timeout=5000)
    assert screen.backlog.note.text() == "To pack: 4"
    assert screen.stage_chart.labels()[1] == "Awaiting handover  2"
    assert screen.hour_chart.packed.at(10) == 3


@pytest.fixture
def second_station(day):
    """Another station's own connection to the board's database."""
    with Store.open(day.path, create=False) as other:
        yield other


@pytest.fixture
def reads(monkeypatch):
    """Counts of the board's looks at the change marker and of its snapshot reads (on the office worker)."""
    counts = {"looks": 0, "snapshots": 0}

    def counted(name, fn):
        def call(*args, **kwargs):
            counts[name] += 1
            return fn(*args, **kwargs)
        return call

    monkeypatch.setattr(MonitoringRepo, "change_marker", counted("looks", MonitoringRepo.change_marker))
    monkeypatch.setattr(board_screen, "board_snapshot", counted("snapshots", board_screen.board_snapshot))
    return counts


def test_a_pack_at_another_station_shows_within_two_seconds(qtbot, board, day, clock, second_station):
    screen = board(poll_ms=POLL_MS, floor_ms=FLOOR_MS)      # as the app runs it
    clock.set(at("10:32"))
    pack(second_station, clock, "A3", Actor("P02", "packer1"))
    qtbot.waitUntil(lambda: screen.packers.texts()[0][:3] == ["张三 · P02", "2", "2"], timeout=2000)
    assert screen.tile_texts()["backlogTile"] == "6" and screen.backlog.note.text() == "To pack: 4"
    assert screen.stamp.text() == "Updated 10:32:00"


def test_an_idle_floor_is_looked_at_every_tick_but_read_only_when_a_station_writes(qtbot, board, day, clock,
                                                                                  second_station, reads):
    screen = board(poll_ms=100)
    assert reads["snapshots"] == 1
    qtbot.wait(1200)
    assert reads["looks"] >= 5 and reads["snapshots"] == 1
    with qtbot.waitSignal(screen.updated, timeout=2000):
        pack(second_station, clock, "A3", Actor("P02", "packer1"))
    assert reads["snapshots"] == 2


def test_an_idle_floor_is_still_read_at_the_floor_pace_so_its_clock_moves(qtbot, board, day, clock, reads):
    screen = board(poll_ms=100, floor_ms=400)
    clock.set(at("11:10"))
    qtbot.waitUntil(lambda: screen.stamp.text() == "Updated 11:10:00", timeout=2000)
    assert screen.forecast.note.text().startswith("1 orders/h in the last hour")   # A1 at 10:05 fell out of it
    assert 2 <= reads["snapshots"] <= 5 and reads["looks"] > reads["snapshots"]


def test_a_database_server_that_went_away_is_asked_again_only_every_few_seconds(qtbot, board, day, reads,
                                                                                monkeypatch):
    screen = board(poll_ms=50)
    server = {"up": False, "tries": 0}
    marker = MonitoringRepo.change_marker

    def looked_at(repo):
        if server["up"]:
            return marker(repo)
        server["tries"] += 1
        raise StoreUnavailable("数据库服务器连不上 / the database server cannot be reached")

    monkeypatch.setattr(MonitoringRepo, "change_marker", looked_at)
    with qtbot.waitSignal(screen.status_message, timeout=2000):
        screen.refresh()
    assert "Not updated" in screen.stamp.text()
    tries = server["tries"]
    qtbot.wait(600)                                   # twelve ticks, and no try: each may wait a connect timeout
    assert server["tries"] == tries
    server["up"] = True
    screen.setFocus()
    with qtbot.waitSignal(screen.updated, timeout=2000):
        QTest.keyClick(screen, Qt.Key.Key_F5)
    assert screen.stamp.text() == "Updated 10:30:00"
    looks = reads["looks"]
    qtbot.waitUntil(lambda: reads["looks"] >= looks + 3, timeout=1000)     # back at the tick's pace


def test_an_empty_database_shows_an_empty_board(board, clock):
    screen = board()
    assert screen.tile_texts() == {"shippedTile": "0", "backlogTile": "0", "forecastTile": "08:00",
                                   "exceptionsTile": "0"}
    assert screen.forecast.note.text() == "Nothing left to pack" and screen.forecast.tone == "ok"
    assert screen.printers.texts() == screen.packers.texts() == screen.reasons.texts() == []
    assert screen.carrier_chart.x.categories() == ["no carriers"]
    assert screen.hour_chart.plan.name() == "Plan (projected): 0"


def test_a_refresh_waits_while_one_is_in_flight_and_f5_or_the_button_asks_for_one(qtbot, board, office, warehouse):
    screen = board()
    screen.refresh()
    screen.refresh()
    assert screen.in_flight and office.busy == 1
    qtbot.waitUntil(lambda: not screen.in_flight, timeout=5000)
    screen.setFocus()
    with qtbot.waitSignal(screen.updated, timeout=5000):
        QTest.keyClick(screen, Qt.Key.Key_F5)
    screen.refresh_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(screen.updated, timeout=5000):
        QTest.keyClick(screen.refresh_button, Qt.Key.Key_Space)


def test_the_board_stops_asking_when_hidden_and_starts_again_when_shown(qtbot, board):
    screen = board(poll_ms=50)
    assert screen.watch.running
    screen.hide()
    assert not screen.watch.running
    with qtbot.waitSignal(screen.updated, timeout=5000):
        screen.show()
    assert screen.watch.running


def test_a_stalled_floor_turns_the_forecast_amber_and_a_late_one_red(qtbot, board, day, clock):
    clock.set(at("12:00"))                       # nothing packed in the last hour
    screen = board()
    assert screen.forecast.tone == "warn" and screen.tile_texts()["forecastTile"] == "—"
    assert screen.forecast.note.text() == "No packing in the last hour: no forecast"
    clock.set("2026-11-14 00:30:00")              # X1, paid 00:20 on the 11th, is past its 72 hours
    with qtbot.waitSignal(screen.updated, timeout=5000):
        screen.refresh()
    assert screen.forecast.tone == "bad"
    assert screen.forecast.note.text() == "Over the 72 h limit already: 1"


def test_type_grows_with_the_window(board):
    screen = board()
    screen.set_scale(style.Scale(1.5))
    assert screen.shipped.value.font().pixelSize() == round(46 * 1.5)
    assert screen.hour_chart.chart_.titleFont().pixelSize() == round(19 * 1.5)
    assert screen.packers.rows.font.pixelSize() == round(18 * 1.5)


def test_a_language_change_redraws_the_texts(board, day):
    screen = board()
    screen.shipped.caption.setText("")
    QApplication.sendEvent(screen, QEvent(QEvent.Type.LanguageChange))
    assert screen.shipped.caption.text() == "Shipped today" and screen.title() == "Monitoring board"


def test_axis_tops_are_round_numbers():
    assert nice_scale(2113) == (3000, 4)
    assert nice_scale(10) == (10, 3)
    assert nice_scale(0) == (1, 2)
    assert nice_scale(45_000, ticks=3) == (60_000, 4)


@pytest.mark.parametrize("make", [HourChart, StageChart, BurnChart, CarrierChart, DrillHourChart, BacklogChart])
def test_a_chart_with_no_data_yet_counts_in_whole_numbers(qapp, make):
    """Before its first figures a count axis runs 0 to 10 on whole steps: no "0 0 0 0 1" down the side."""
    chart = make()
    counts = [axis for axis in chart.chart_.axes() if type(axis) is QValueAxis]
    assert counts
    for axis in counts:
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        assert axis.max() >= 5 and step == int(step), (axis.min(), axis.max(), axis.tickCount())
