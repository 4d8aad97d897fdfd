"""The shell: the header (station, packer, printer, clock), the drill banner, and the screens.

Only screens that exist are shown; with one screen there is no navigation at all. Scans from
the scanner filter and serial scanners go to the screen in front (`route_scan`). Keys: F11 full
screen, Ctrl+Q quit; each screen adds its own.
"""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QTabBar, QVBoxLayout,
                               QWidget)

from whs_app.clock import Clock, SystemClock
from ui import style
from ui.drill import DrillBanner
from ui.i18n import Retranslated, arg
from ui.pack_desk import DeskStart
from ui.printer_panel import PrinterPanel


class Screen(Protocol):
    def title(self) -> str: ...
    def handle_scan(self, code: str, source: str, started: float | None = None) -> None: ...


class Header(QFrame):
    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_source = clock or SystemClock()
        self.setObjectName("header")
        self.setAutoFillBackground(True)
        style.paint(self, style.HEADER_BG, style.HEADER_FG)
        self.station = QLabel(self)
        self.station.setObjectName("stationLabel")
        self.user = QLabel(self)
        self.user.setObjectName("userLabel")
        self.user.setTextFormat(Qt.TextFormat.RichText)
        self.printers = PrinterPanel(self)
        self.sound = QLabel(self)
        self.sound.setObjectName("soundLabel")
        self.sound.setTextFormat(Qt.TextFormat.RichText)
        self.clock = QLabel(self)
        self.clock.setObjectName("clockLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 8)
        layout.setSpacing(24)
        layout.addWidget(self.station)
        layout.addWidget(self.user)
        layout.addStretch(1)
        layout.addWidget(self.printers)
        layout.addWidget(self.sound)
        layout.addWidget(self.clock)
        self.info: DeskStart | None = None
        self.sound_off: str | None = None
        self.set_scale(style.Scale())
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._show_time)
        self._tick.start(10_000)
        self._show_time()

    def set_scale(self, scale: style.Scale) -> None:
        self.station.setFont(style.font(scale.px(style.SIZE_HEADER + 2), bold=True))
        for label in (self.user, self.sound):
            label.setFont(style.font(scale.px(style.SIZE_HEADER)))
        self.clock.setFont(style.font(scale.px(style.SIZE_HEADER + 2), bold=True, mono=True))
        self.printers.set_scale(scale)

    def _show_time(self) -> None:
        self.clock.setText(self.time_source.now().strftime("%H:%M"))

    def set_info(self, info: DeskStart) -> None:
        self.info = info
        self.retranslate()

    def retranslate(self) -> None:
        info = self.info
        if info is None:
            self.station.setText(self.tr("whs pack station"))
            self.user.setText("")
        else:
            self.station.setText(f"{info.station_name} ({info.station})" if info.station_name
                                 else arg(self.tr("Station %1 (not in the database)"), info.station))
            if info.user_name:
                self.user.setText(f"{info.user_name} ({info.user})")
            else:
                unknown = arg(self.tr("Unknown user %1"), info.user)
                self.user.setText(f"<span style='color:{style.WARN_BG}'>⚠ {unknown}</span>")
        self.sound.setVisible(self.sound_off is not None)
        if self.sound_off is not None:
            no_sound = self.tr("No sound")
            self.sound.setText(f"<span style='color:{style.WARN_BG}'>⚠ {no_sound}</span>")
            self.sound.setToolTip(self.sound_off)
        self.printers.retranslate()


class MainWindow(Retranslated, QMainWindow):
    closing = Signal()

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.header = Header(clock, self)
        self.drill = DrillBanner(self)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("screenTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.setFont(style.font(style.SIZE_SMALL, bold=True))
        self.tabs.hide()
        self.stack = QStackedWidget(self)
        self.tabs.currentChanged.connect(self._show_screen)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (self.header, self.drill, self.tabs):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().setFont(style.font(style.SIZE_SMALL - 1))
        self.statusBar().setAutoFillBackground(True)
        style.paint(self.statusBar(), style.HEADER_BG, style.HEADER_FG)
        self.statusBar().setSizeGripEnabled(False)
        self.scanner_state = QLabel(self)
        self.statusBar().addPermanentWidget(self.scanner_state)
        self._serial_state: tuple[str, str] | None = None
        self._fullscreen = QAction(self)
        self._fullscreen.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self._fullscreen.triggered.connect(self.toggle_fullscreen)
        self._quit = QAction(self)
        self._quit.setShortcut(QKeySequence("Ctrl+Q"))
        self._quit.triggered.connect(self.close)
        self.addActions([self._fullscreen, self._quit])
        self.setMinimumSize(1024, 640)
        self.scale = style.Scale()
        self.retranslate()

    # -- screens ---------------------------------------------------------------------------------
    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)
        self.tabs.addTab(screen.title())
        self.tabs.setVisible(self.stack.count() > 1)
        if hasattr(screen, "status_message"):
            screen.status_message.connect(self.show_status)

    def _show_screen(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        screen = self.stack.widget(index)
        if hasattr(screen, "refresh"):
            screen.refresh()

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def route_scan(self, code: str, source: str, started: float) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.handle_scan(code, source, started)

    # -- what the header and status bar show -------------------------------------------------------
    def set_start(self, info: DeskStart) -> None:
        self.header.set_info(info)
        self.drill.set_drill(info.drill)

    def set_sound_off(self, reason: str | None) -> None:
        self.header.sound_off = reason
        self.header.retranslate()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

    def serial_state(self, state: str, detail: str) -> None:
        self._serial_state = (state, detail)
        self._show_serial()

    def _show_serial(self) -> None:
        if self._serial_state is None:
            self.scanner_state.setText("")
            return
        state, detail = self._serial_state
        text = self.tr("Serial scanner connected") if state == "connected" else self.tr("Serial scanner unplugged")
        self.scanner_state.setText(f"{text} ({detail})" if state != "connected" else text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Type grows with the window: the header and every screen that can scale."""
        super().resizeEvent(event)
        scale = style.Scale.for_height(self.height())
        if abs(scale.factor - self.scale.factor) > 0.03:
            self.scale = scale
            self.header.set_scale(scale)
            self.drill.setFont(style.font(scale.px(style.SIZE_BANNER), bold=True))
            for index in range(self.stack.count()):
                screen = self.stack.widget(index)
                if hasattr(screen, "set_scale"):
                    screen.set_scale(scale)

    def toggle_fullscreen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("whs — warehouse shipping"))
        for index in range(self.stack.count()):
            self.tabs.setTabText(index, self.stack.widget(index).title())
        self.header.retranslate()
        self.drill.retranslate()
        self._show_serial()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
