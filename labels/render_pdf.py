"""PDF through reportlab, for laser printers, previews and archives.

Text is drawn in the CJK font found by labels.fonts, embedded as a subset with its Unicode map,
so Chinese can be searched and extracted (pdftotext). Codes are drawn as filled rectangles from
the same modules the PNG uses.
"""
from __future__ import annotations

import io
import math

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from labels.codes import code128_modules, dark_runs, qr_matrix
from labels.fonts import cjk_face, reportlab_font
from labels.layout import Bar, Barcode, Frame, Layout, Page, QRCode, Text, Watermark
from labels.sanitize import clean

FILL, STROKE, FILL_AND_STROKE = 0, 1, 2  # PDF text render modes


class _Painter:
    def __init__(self, pdf: Canvas, page: Page) -> None:
        self.pdf, self.height = pdf, page.height
        self.font, self.face = reportlab_font(), cjk_face()

    def y(self, top_mm: float) -> float:
        return (self.height - top_mm) * mm

    def text(self, text: Text) -> None:
        size = text.font.height * mm * self.face.scale
        for line, box in text.line_boxes():
            line = clean(line)
            natural = max(stringWidth(line, self.font, size), 1e-3)
            target = min(box.w * mm, natural * text.font.width / text.font.height)
            slack = box.w * mm - target
            x = box.x * mm + {"left": 0.0, "center": slack / 2, "right": slack}[text.align]
            self._line(line, x, self.y(box.y + self.face.ascent * box.h), size,
                       100 * target / natural, text.font.bold)

    def _line(self, line: str, x: float, baseline: float, size: float, squeeze: float,
              bold: bool, mode: int = FILL) -> None:
        # The render mode outlives the text object, so each line restores the state it changed.
        self.pdf.saveState()
        words = self.pdf.beginText(x, baseline)
        words.setFont(self.font, size)
        words.setHorizScale(squeeze)
        if bold:
            self.pdf.setLineWidth(size * 0.04)
            mode = FILL_AND_STROKE
        words.setTextRenderMode(mode)
        words.textOut(line)
        self.pdf.drawText(words)
        self.pdf.restoreState()

    def barcode(self, code: Barcode) -> None:
        bars = code128_modules(code.data)
        left = code.box.x + (code.box.w - len(bars) * code.module) / 2
        self._fill([(left + start * code.module, code.box.y, length * code.module, code.box.h)
                    for start, length in dark_runs(bars)])

    def qr(self, code: QRCode) -> None:
        matrix = qr_matrix(code.data)
        side = len(matrix) * code.module
        left = code.box.x + (code.box.w - side) / 2
        top = code.box.y + (code.box.h - side) / 2
        self._fill([(left + start * code.module, top + row * code.module, length * code.module,
                     code.module)
                    for row, modules in enumerate(matrix) for start, length in dark_runs(modules)])

    def bar(self, bar: Bar) -> None:
        self._fill([(bar.box.x, bar.box.y, bar.box.w, bar.box.h)])

    def frame(self, frame: Frame) -> None:
        box, t = frame.box, frame.thickness
        self.pdf.setLineWidth(t * mm)
        self.pdf.rect((box.x + t / 2) * mm, self.y(box.bottom - t / 2), (box.w - t) * mm,
                      (box.h - t) * mm, stroke=1, fill=0)

    def watermark(self, mark: Watermark) -> None:
        text = clean(mark.text)
        size = mark.height * mm * self.face.scale
        width, height = stringWidth(text, self.font, size), mark.height * mm
        turn = math.radians(mark.angle)
        span_w = width * math.cos(turn) + height * math.sin(turn)
        span_h = width * math.sin(turn) + height * math.cos(turn)
        fit = min(1.0, mark.box.w * mm / span_w, mark.box.h * mm / span_h)
        self.pdf.saveState()
        self.pdf.translate((mark.box.x + mark.box.w / 2) * mm, self.y(mark.box.y + mark.box.h / 2))
        self.pdf.rotate(mark.angle)
        self.pdf.scale(fit, fit)
        self.pdf.setLineWidth(size * 0.03)
        self._line(text, -width / 2, height / 2 - self.face.ascent * height, size, 100.0, False,
                   STROKE)
        self.pdf.restoreState()

    def _fill(self, rects: list[tuple[float, float, float, float]]) -> None:
        """Rectangles (left, top, width, height in mm) filled black as one path. Written as
        operators directly: reportlab's per-number formatting would be most of a label's time."""
        path = [f"{x * mm:.3f} {self.y(top + h):.3f} {w * mm:.3f} {h * mm:.3f} re"
                for x, top, w, h in rects]
        self.pdf.addLiteral("\n".join([*path, "f"]))

    def page(self, page: Page) -> None:
        draw = {Text: self.text, Barcode: self.barcode, QRCode: self.qr, Bar: self.bar,
                Frame: self.frame, Watermark: self.watermark}
        for element in sorted(page.elements, key=lambda e: not isinstance(e, Watermark)):
            draw[type(element)](element)


def render(layout: Layout) -> bytes:
    out = io.BytesIO()
    pdf = Canvas(out, invariant=True, pageCompression=True)
    pdf.setTitle(f"{layout.kind} {layout.size}")
    for page in layout.pages:
        pdf.setPageSize((page.width * mm, page.height * mm))
        _Painter(pdf, page).page(page)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
