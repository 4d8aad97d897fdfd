"""Label size and render speed for a 100x150 waybill (issue 3).

Each repeat renders a different label (new waybill and order numbers, so no QR code or layout is
reused); figures are medians. Each format renders its run of labels in turn, as a print queue
feeding one kind of printer does; the python-escpos image path is timed in the same loop as our
native ESC/POS, label by label, so both see the same machine state.
"""
from __future__ import annotations

import contextlib
import io
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from escpos.printer import Dummy  # noqa: E402

import labels  # noqa: E402
from benchmarks.figures import Benchmark, Figure, at_least, at_most, report  # noqa: E402
from labels.documents import Party, WaybillLabel  # noqa: E402
from labels.raster import rasterize  # noqa: E402

REPEATS = 41
SIZE = "100x150"
RENDER_BUDGET_MS = 10.0  # 1% of the ~1 s a 150 mm label takes to print at 150 mm/s


def _label(n: int) -> WaybillLabel:
    receiver = Party(f"张{n}三", f"138{n:08d}", "广东省", "深圳市", "南山区",
                     "科技园南区粤海街道高新南七道 18 号 数字技术园 B1 栋 1201 室")
    sender = Party("某某旗舰店", "0571-88886666", "浙江省", "杭州市", "余杭区",
                   "仓前街道 文一西路 1888 号 菜鸟仓 3 号库")
    return WaybillLabel(f"SF{1234567890000 + n}", f"2311111234567{n:08d}", "SF", "顺丰速运",
                        sender, receiver, ("纯棉T恤 白 XL ×2", "运动袜 黑 均码 ×3"), "755-W01-02",
                        datetime(2025, 11, 11, 0, 12))


def _seconds(action: Callable[..., object], *args: object) -> float:
    """CPU seconds of this process: rendering is CPU-bound, and on a shared machine the wall
    clock would also count the time other processes held the CPU."""
    start = time.process_time()
    action(*args)
    return time.process_time() - start


def _escpos_image_path(document: WaybillLabel) -> None:
    """The same label drawn as an image and sent through python-escpos's own image printing."""
    image = rasterize(labels.layout(document, SIZE).pages[0])
    printer = Dummy()
    with contextlib.redirect_stdout(io.StringIO()):  # it prints a note about the media width
        printer.image(image)


def _figure_name(fmt: str) -> str:
    return fmt.replace("-", "_")


def run() -> Iterator[Figure]:
    documents = [_label(n) for n in range(REPEATS)]
    warm = _label(REPEATS)
    sizes = {fmt: len(labels.render(warm, fmt, SIZE)) for fmt in labels.FORMATS}
    _escpos_image_path(warm)
    median = {fmt: statistics.median(_seconds(labels.render, document, fmt, SIZE)
                                     for document in documents)
              for fmt in labels.FORMATS}
    native, image_path = [], []
    for document in documents:
        native.append(_seconds(labels.render, document, "escpos", SIZE))
        image_path.append(_seconds(_escpos_image_path, document))

    for fmt in labels.FORMATS:
        yield report(f"label_bytes_{_figure_name(fmt)}", sizes[fmt], "bytes")
    raster = sizes["escpos-raster"]
    yield at_most("label_bytes_escpos_vs_raster", sizes["escpos"] / raster, "ratio", 0.05)
    yield at_most("label_bytes_tspl_vs_raster", sizes["tspl"] / raster, "ratio", 0.05)
    yield at_least("label_native_speedup_vs_escpos_image",
                   statistics.median(image_path) / statistics.median(native), "x", 10)
    for fmt in labels.FORMATS:
        yield at_most(f"label_render_ms_{_figure_name(fmt)}", median[fmt] * 1000, "ms",
                      RENDER_BUDGET_MS)


BENCHMARKS = [Benchmark(
    names=("label_bytes_escpos_vs_raster", "label_bytes_tspl_vs_raster",
           "label_native_speedup_vs_escpos_image",
           *(f"label_render_ms_{_figure_name(fmt)}" for fmt in labels.FORMATS),
           *(f"label_bytes_{_figure_name(fmt)}" for fmt in labels.FORMATS)),
    run=run,
)]
