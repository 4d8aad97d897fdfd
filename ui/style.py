"""Colours and type for a screen read from a metre away, by people who hear more than they read.

Colours carry meaning only together with words and sounds (colour-blind packers exist): green is
done, red is refused, deep orange is cancelled, amber is "look at this", blue-grey is neutral.
Every colour the pack screen turns takes white text, so a scan changes one background colour and
nothing else (no palette change rippling through every widget). Sizes are pixel sizes for a
768-line screen and grow with the window (`Scale`).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

# -- colours (background, text) ------------------------------------------------------------------
NEUTRAL_BG, NEUTRAL_FG = "#263238", "#FFFFFF"      # idle, waiting for a scan
OPEN_BG, OPEN_FG = "#0D47A1", "#FFFFFF"            # a parcel is open, counting
OK_BG, OK_FG = "#1B5E20", "#FFFFFF"                # counted, packed
REFUSED_BG, REFUSED_FG = "#B71C1C", "#FFFFFF"      # refused: the whole screen turns red
CANCEL_BG, CANCEL_FG = "#BF360C", "#FFFFFF"        # cancelled: put the items back
WARN_BG, WARN_FG = "#FFB300", "#1A1A1A"            # printer on backup, attention
DRILL_BG, DRILL_FG = "#FFD600", "#1A1A1A"
PAGE_BG, PAGE_FG = "#ECEFF1", "#1A1A1A"
HEADER_BG, HEADER_FG = "#102027", "#FFFFFF"
LINE_DONE_BG, LINE_TICKED_BG = "#C8E6C9", "#69F0AE"
LINE_DONE_FG, MUTED_FG = "#1B5E20", "#546E7A"
STATE_COLOURS = {"ready": "#2E7D32", "paper_near_end": "#F9A825", "paper_out": "#C62828",
                 "offline": "#C62828", "error": "#C62828", "unknown": "#757575", None: "#757575"}

# -- type sizes in px at a 768-line window -----------------------------------------------------
SIZE_HEADLINE = 54      # "错货!" / "Packed"
SIZE_REASON = 30        # the core's reason, wrapped
SIZE_WAYBILL = 44       # the waybill number on completion
SIZE_LINE = 32          # the parcel's lines
SIZE_COUNT = 38         # counted / needed
SIZE_ORDER = 26         # order number and progress
SIZE_HEADER = 20        # station, user, printer
SIZE_BANNER = 24        # drill banner
SIZE_SMALL = 17         # key hints, table headings
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                 "WenQuanYi Micro Hei", "Sans Serif"]
MONO_FAMILIES = ["Consolas", "DejaVu Sans Mono", "Noto Sans Mono", "WenQuanYi Micro Hei Mono", "Monospace"]


@dataclass
class Scale:
    """Type grows with the window: 1.0 at 768 lines, up to 1.6 on a big wall screen."""
    factor: float = 1.0

    @classmethod
    def for_height(cls, height: int) -> Scale:
        return cls(max(0.85, min(1.6, height / 768)))

    def px(self, size: int) -> int:
        return max(9, round(size * self.factor))


def font(size_px: int, bold: bool = False, mono: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(MONO_FAMILIES if mono else FONT_FAMILIES)
    f.setPixelSize(size_px)
    f.setBold(bold)
    return f


def paint(widget: QWidget, background: str, foreground: str) -> None:
    """Set a widget's background and text colours through its palette (cheap: no style sheet
    re-polish, so a scan's repaint stays a few milliseconds)."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(background))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(foreground))
    widget.setPalette(palette)
