"""Every document the warehouse prints, laid out once and rendered for each kind of printer.

    labels.render(document, "tspl", "100x150") -> bytes
    labels.render_to_file(document, "pdf", "label.pdf")

`document` is one of the dataclasses in labels.documents. This package imports nothing else of
the application's (DESIGN.md): it takes plain data and gives bytes.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Callable

from labels.documents import (Document, HandoverManifest, PackingSlip, Party, PickList, PickRow,
                              PickSlot, SlipLine, WaybillLabel)
from labels.fonts import FontNotFoundError
from labels.layout import Layout

__all__ = [
    "FORMATS", "FontNotFoundError", "HandoverManifest", "Layout", "PackingSlip", "Party",
    "PickList", "PickRow", "PickSlot", "SlipLine", "WaybillLabel", "default_size", "layout",
    "render", "render_layout", "render_to_file", "sizes",
]

# format -> (module, function); imported on first use so `import labels` stays light
_RENDERERS = {
    "escpos": ("labels.render_escpos", "render"),
    "escpos-raster": ("labels.render_escpos", "render_raster"),
    "tspl": ("labels.render_tspl", "render"),
    "zpl": ("labels.render_zpl", "render"),
    "pdf": ("labels.render_pdf", "render"),
    "png": ("labels.render_png", "render"),
}
FORMATS = tuple(_RENDERERS)

# document type -> (name, layout module and function, sizes; the first is the default)
_LAYOUTS: dict[type, tuple[str, str, str, tuple[str, ...]]] = {
    WaybillLabel: ("waybill label", "labels.waybill", "layout_waybill",
                   ("100x150", "76x130", "100x180")),
    PackingSlip: ("packing slip", "labels.slip", "layout_slip", ("80mm", "58mm", "A5", "A4")),
    PickList: ("pick list", "labels.picklist", "layout_picklist", ("A4", "80mm")),
    HandoverManifest: ("handover manifest", "labels.manifest", "layout_manifest", ("A4",)),
}


def _entry(document: Any) -> tuple[str, str, str, tuple[str, ...]]:
    try:
        return _LAYOUTS[type(document)]
    except KeyError:
        known = ", ".join(kind.__name__ for kind in _LAYOUTS)
        raise TypeError(f"labels cannot lay out a {type(document).__name__}; pass one of {known}"
                        ) from None


def sizes(document: Document) -> tuple[str, ...]:
    """The sizes a document comes in; the first is its default."""
    return _entry(document)[3]


def default_size(document: Document) -> str:
    return sizes(document)[0]


def layout(document: Document, size: str | None = None) -> Layout:
    name, module, function, known = _entry(document)
    size = size or known[0]
    if size not in known:
        raise ValueError(f"unknown size {size!r} for a {name}; choose one of {', '.join(known)}")
    make: Callable[[Any, str], Layout] = getattr(importlib.import_module(module), function)
    return make(document, size)


def render_layout(laid_out: Layout, fmt: str, **options: Any) -> bytes:
    """Bytes of a layout in one format; `options` go to that renderer (see its render())."""
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module, function = _RENDERERS[fmt]
    return getattr(importlib.import_module(module), function)(laid_out, **options)


def render(document: Document, fmt: str, size: str | None = None, **options: Any) -> bytes:
    """The document in `fmt` (escpos, escpos-raster, tspl, zpl, pdf, png) at `size`.

    Raises ValueError for an unknown format or size, or a combination that cannot print (an A4
    page on a 104 mm printer, a waybill number that cannot be a barcode), TypeError for an
    object that is not a document, FontNotFoundError when a format needing a CJK font finds none.
    """
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return render_layout(layout(document, size), fmt, **options)


def render_to_file(document: Document, fmt: str, path: str | Path, size: str | None = None,
                   **options: Any) -> Path:
    """Render and write to `path` (written only once rendering has succeeded)."""
    data = render(document, fmt, size, **options)
    target = Path(path)
    target.write_bytes(data)
    return target
