"""The station command sheet: every station command as a Code 128 barcode on one A4 page (PDF).

A packer pins it beside the bench and scans "complete", "next box", "cancel", "reprint" or
"change printer" without touching the keyboard. The barcode's text is exactly the command's code
(`CMD:...`: the colon is outside what the labels package lets onto a printer's own barcodes, so
the sheet is drawn with reportlab's Code 128 directly); the words beside it are Chinese first,
in the CJK font the labels package finds (labels.fonts), embedded so the PDF prints anywhere.
"""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from labels.fonts import reportlab_font
from ui.station_commands import STATION_COMMANDS, StationCommand

MARGIN = 14 * mm
TOP = 46 * mm            # first row, from the top of the page
ROW = 47 * mm
BAR_WIDTH = 0.5 * mm     # the narrow bar: easy for any scanner at arm's length
BAR_HEIGHT = 24 * mm


def render_sheet(station: str, commands: tuple[StationCommand, ...] = STATION_COMMANDS) -> bytes:
    width, height = A4
    if TOP + ROW * len(commands) > height - MARGIN:
        raise ValueError(f"{len(commands)} commands do not fit on one A4 page")
    font = reportlab_font()
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, invariant=True)
    pdf.setTitle(f"Station commands {station}")
    _fit(pdf, font, f"打包台命令条码 Station commands · {station}", MARGIN, height - MARGIN - 9 * mm,
         width - 2 * MARGIN, 22)
    _fit(pdf, font, "扫描条码即执行，不用碰键盘。 Scan a barcode to run its command; no keyboard needed.",
         MARGIN, height - MARGIN - 19 * mm, width - 2 * MARGIN, 13)
    for index, command in enumerate(commands):
        _row(pdf, font, command, height - TOP - index * ROW, width)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _row(pdf: Canvas, font: str, command: StationCommand, top: float, page_width: float) -> None:
    pdf.setLineWidth(0.4 * mm)
    pdf.rect(MARGIN, top - ROW + 4 * mm, page_width - 2 * MARGIN, ROW - 4 * mm)
    code = Code128(command.code, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, quiet=True, humanReadable=False)
    left = page_width - MARGIN - code.width - 2 * mm
    words = left - MARGIN - 6 * mm
    _fit(pdf, font, command.zh, MARGIN + 4 * mm, top - 15 * mm, words, 30)
    _fit(pdf, font, command.en, MARGIN + 4 * mm, top - 25 * mm, words, 17)
    _fit(pdf, font, f"键盘 Key: {command.key}", MARGIN + 4 * mm, top - 34 * mm, words, 12)
    code.drawOn(pdf, left, top - 4 * mm - BAR_HEIGHT)
    pdf.setFont("Courier-Bold", 12)
    pdf.drawCentredString(left + code.width / 2, top - 10 * mm - BAR_HEIGHT, command.code)


def _fit(pdf: Canvas, font: str, text: str, x: float, baseline: float, width: float, size: float) -> None:
    """One line at `size` points, smaller if it would run past `width`."""
    natural = stringWidth(text, font, size)
    if natural > width:
        size *= width / natural
    pdf.setFont(font, size)
    pdf.drawString(x, baseline, text)


def write_sheet(station: str, path: Path) -> Path:
    """Render, then write (a failed render leaves no half-written file)."""
    data = render_sheet(station)
    path.write_bytes(data)
    return path
