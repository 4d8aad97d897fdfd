"""Finding a CJK font for the renderers that draw glyphs themselves (PNG, raster, PDF, ZPL ^GF).

The printer-native paths (ESC/POS, TSPL, ZPL text) use the printer's own fonts and need none.
No font ships with the package (the free CJK fonts are several MB); a file dropped into
labels/fonts/ is used first, then $WHS_CJK_FONT, then the usual system locations.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

INSTALL_HINT = ("install a CJK font: on Debian/Ubuntu `apt-get install fonts-wqy-microhei` "
                "(or fonts-noto-cjk); elsewhere set WHS_CJK_FONT=/path/to/font.ttf[:index]")

# (path, index in a .ttc collection); the first that exists wins
CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),  # SC
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
)
# Glyphs whose ink must stay inside a text cell: ideographs and Latin ascenders/descenders.
_PROBE_TOP, _PROBE_BOTTOM = "国Å|", "国gjpqy|"
_PROBE_PX = 200


class FontNotFoundError(RuntimeError):
    pass


@dataclass(frozen=True)
class FontFace:
    path: str
    index: int
    scale: float  # font size as a share of the cell height, so the probe ink fits the cell
    ascent: float  # baseline below the cell top, as a share of the cell height


def _shipped() -> list[tuple[str, int]]:
    folder = Path(__file__).with_name("fonts")
    return [(str(p), 0) for p in sorted(folder.glob("*.tt[fc]"))] if folder.is_dir() else []


def _from_environment() -> list[tuple[str, int]]:
    value = os.environ.get("WHS_CJK_FONT", "")
    path, colon, index = value.rpartition(":")
    if not (colon and index.isdigit()):
        path, index = value, "0"
    return [(path, int(index))] if path else []


def _from_fontconfig() -> list[tuple[str, int]]:
    if not shutil.which("fc-list"):
        return []
    listing = subprocess.run(["fc-list", ":lang=zh-cn", "file", "index"], capture_output=True,
                             text=True, timeout=10).stdout
    found = []
    for line in sorted(listing.splitlines()):
        path, _, rest = line.partition(":")
        index = rest.split("index=")[-1].strip() if "index=" in rest else "0"
        found.append((path.strip(), int(index or 0)))
    return found


def find_cjk_font() -> tuple[str, int]:
    for path, index in [*_shipped(), *_from_environment(), *CANDIDATES]:
        if Path(path).is_file():
            return path, index
    for path, index in _from_fontconfig():
        if Path(path).is_file():
            return path, index
    raise FontNotFoundError(f"no CJK font found for rendering Chinese text; {INSTALL_HINT}")


@lru_cache(maxsize=1)
def cjk_face() -> FontFace:
    path, index = find_cjk_font()
    probe = ImageFont.truetype(path, _PROBE_PX, index=index, layout_engine=ImageFont.Layout.BASIC)
    top = probe.getbbox(_PROBE_TOP, anchor="ls")[1]
    bottom = probe.getbbox(_PROBE_BOTTOM, anchor="ls")[3]
    scale = min(1.0, _PROBE_PX / (bottom - top))
    return FontFace(path, index, scale, -top * scale / _PROBE_PX)


@lru_cache(maxsize=128)
def pil_font(cell_px: int) -> ImageFont.FreeTypeFont:
    """The CJK font sized so its glyphs fill a cell `cell_px` high."""
    face = cjk_face()
    # The basic layout engine is several times faster than raqm, and CJK needs no shaping.
    return ImageFont.truetype(face.path, max(1, round(cell_px * face.scale)), index=face.index,
                              layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=1)
def reportlab_font() -> str:
    """Registers the CJK font with reportlab (embedded, subset) and returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    face = cjk_face()
    pdfmetrics.registerFont(TTFont("WhsCJK", face.path, subfontIndex=face.index))
    return "WhsCJK"
