"""Which screens the app shows, and to whom (the pack screen is always there, first).

Each screen's module is imported only when a user who sees it starts the app, so a packer's
station does not load the supervisors' charts.
"""
from __future__ import annotations

from importlib import import_module

from ui.office import PACKER, SUPERVISOR, ScreenSpec

BOTH = frozenset({PACKER, SUPERVISOR})
SUPERVISORS = frozenset({SUPERVISOR})


def _screen(module: str, cls: str):
    """make(app) for a screen class that takes the office worker."""
    def make(app):
        return getattr(import_module(module), cls)(app.office)
    return make


def _pick(app):
    from ui.pick_screen import PickScreen
    return PickScreen(app.office, app.sounds)


def _printers(app):
    from ui.printers_screen import PrintersScreen
    return PrintersScreen(app.office, app.printer_events)


def _settings(app):
    from ui.settings_screen import SettingsScreen
    screen = SettingsScreen(app.office, app.options.db, app.options.station, app.options.lang)
    screen.language_changed.connect(app.switch_language)
    if app.print_service is not None:
        screen.printers_changed.connect(app.print_service.reload)
    return screen


def _drill(app):
    from ui.drill_screen import DrillScreen
    return DrillScreen(app.office, app.options.live_db or app.options.db)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("board", SUPERVISORS, _screen("ui.board_screen", "BoardScreen")),
    ScreenSpec("pick", BOTH, _pick),
    ScreenSpec("exceptions", SUPERVISORS, _screen("ui.exceptions_screen", "ExceptionsScreen")),
    ScreenSpec("waves", SUPERVISORS, _screen("ui.waves_screen", "WavesScreen")),
    ScreenSpec("printers", SUPERVISORS, _printers),
    ScreenSpec("import", SUPERVISORS, _screen("ui.import_screen", "ImportScreen")),
    ScreenSpec("settings", SUPERVISORS, _settings),
    ScreenSpec("drill", SUPERVISORS, _drill),
)


def screens_for(role: str | None) -> list[ScreenSpec]:
    """The screens after the pack screen for a role (an unknown user counts as a packer)."""
    return [spec for spec in SCREENS if (role or PACKER) in spec.roles]
