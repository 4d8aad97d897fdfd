"""Shared pieces of the labels tests: sample documents, readers for what the renderers emit, and
the rule for external tools (skip when missing, but fail when CI=true, where they are installed).
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from labels.documents import (HandoverManifest, PackingSlip, Party, PickList, PickRow, PickSlot,
                              SlipLine, WaybillLabel)
from labels.fonts import FontNotFoundError, find_cjk_font

RECEIVER = Party("张三", "13812345678", "广东省", "深圳市", "南山区",
                 "科技园南区粤海街道高新南七道 18 号 数字技术园 B1 栋 1201 室")
SENDER = Party("某某旗舰店", "0571-88886666", "浙江省", "杭州市", "余杭区",
               "仓前街道 文一西路 1888 号 菜鸟仓 3 号库")
WHEN = datetime(2025, 11, 11, 0, 12)


def waybill(**changes) -> WaybillLabel:
    fields = dict(waybill_no="SF1234567890123", order_no="231111123456789012345",
                  carrier_code="SF", carrier_name="顺丰速运", sender=SENDER, receiver=RECEIVER,
                  items=("纯棉T恤 白 XL ×2", "运动袜 黑 均码 ×3"), sort_code="755-W01-02",
                  printed_at=WHEN)
    fields.update(changes)
    return WaybillLabel(**fields)


def slip(**changes) -> PackingSlip:
    fields = dict(shop="某某旗舰店 官方直营", order_no="231111123456789012345",
                  lines=(SlipLine("TS-WHT-XL", "纯棉圆领T恤 白色 XL", 2),
                         SlipLine("SK-BLK-F", "运动中筒袜 黑色 均码 三双装", 3)),
                  message="感谢您的惠顾！七天无理由退换。", printed_at=WHEN)
    fields.update(changes)
    return PackingSlip(**fields)


def picklist(rows: int = 12, **changes) -> PickList:
    fields = dict(wave_code="W20251111-0007", carrier="中通快递",
                  rows=tuple(PickRow(i + 1, f"A-{i // 4 + 1:02d}-{i % 4 + 1:02d}", f"SKU{i:04d}",
                                     f"商品 {i} 号", i % 3 + 1) for i in range(rows)),
                  slots=tuple(PickSlot(str(i + 1), f"2311110000{i:04d}", 2) for i in range(4)),
                  printed_at=WHEN)
    fields.update(changes)
    return PickList(**fields)


def manifest(count: int = 8, **changes) -> HandoverManifest:
    fields = dict(carrier_code="ZTO", carrier_name="中通快递", pickup_batch="ZTO-20251111-03",
                  waybills=tuple(f"7731{i:09d}" for i in range(count)), warehouse="杭州一号仓",
                  printed_at=WHEN)
    fields.update(changes)
    return HandoverManifest(**fields)


# ---- external tools: skipped locally when missing, a failure in CI -----------------------------

def need(present: bool, what: str) -> None:
    if present:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing, and CI=true: the CI image must install it")
    pytest.skip(f"{what} is missing; install it to run this test")


def need_tool(command: str, package: str) -> None:
    need(shutil.which(command) is not None, f"`{command}` (Debian package {package})")


def need_cjk_font() -> None:
    try:
        find_cjk_font()
        found = True
    except FontNotFoundError:
        found = False
    need(found, "a CJK font (Debian package fonts-wqy-microhei)")


# ---- readers ----------------------------------------------------------------------------------

def decode(image: Image.Image) -> dict[str, list[str]]:
    """Barcode format name -> texts zxing-cpp reads from the image."""
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(image):
        found.setdefault(result.format.name, []).append(result.text)
    return found


def png_image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def pdf_pages(data: bytes, dpi: int = 200) -> list[Image.Image]:
    need_tool("pdftoppm", "poppler-utils")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "doc.pdf")
        source.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(Path(folder, "p"))],
                       check=True, timeout=60)
        return [png_image(page.read_bytes()) for page in sorted(Path(folder).glob("p*.png"))]


def pdf_text(data: bytes) -> str:
    need_tool("pdftotext", "poppler-utils")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def once(printed: list[str]) -> list[str]:
    """Printed lines without the bold second pass (the same line sent again right after)."""
    return [line for i, line in enumerate(printed) if i == 0 or printed[i - 1] != line]


# ---- printer-language readers: the tests' own, independent of the renderers ---------------------

_ESCPOS_FIXED = {  # command prefix -> total length
    b"\x1b@": 2, b"\x1bL": 2, b"\x1bT": 3, b"\x1bW": 10, b"\x1b$": 4, b"\x1bE": 3,
    b"\x1dP": 4, b"\x1d$": 4, b"\x1d!": 3, b"\x1dh": 3, b"\x1dw": 3, b"\x1dH": 3,
    b"\x1dVB": 4, b"\x1c&": 2, b"\x1c.": 2, b"\x0c": 1,
}


def parse_escpos(data: bytes) -> list[tuple[str, bytes]]:
    """Tokens ("cmd", bytes) and ("text", bytes). Fails on any byte below 0x20 or DEL that does
    not start a command we know, and checks GB18030 text only appears in Chinese mode."""
    tokens, i, chinese = [], 0, False
    while i < len(data):
        size = _escpos_command_size(data, i)
        if size:
            command = data[i:i + size]
            chinese = {b"\x1c&": True, b"\x1c.": False}.get(command, chinese)
            tokens.append(("cmd", command))
            i += size
            continue
        end = i
        while end < len(data) and data[end] >= 0x20 and data[end] != 0x7F:
            end += 1
        assert end > i, f"stray control byte {data[i]:#04x} at {i}: {data[i:i + 12]!r}"
        text = data[i:end]
        assert chinese or text.isascii(), f"multi-byte text outside Chinese mode: {text!r}"
        tokens.append(("text", text))
        i = end
    return tokens


def _escpos_command_size(data: bytes, i: int) -> int:
    for prefix, size in _ESCPOS_FIXED.items():
        if data.startswith(prefix, i):
            return size
    if data.startswith(b"\x1dkI", i):
        return 4 + data[i + 3]
    if data.startswith(b"\x1d(k", i):
        return 5 + int.from_bytes(data[i + 3:i + 5], "little")
    if data.startswith(b"\x1dv0", i):
        width, height = (int.from_bytes(data[i + k:i + k + 2], "little") for k in (4, 6))
        return 8 + width * height
    return 0


def escpos_text_runs(data: bytes) -> list[str]:
    """The text printed after each position command, decoded."""
    runs, current = [], None
    for kind, value in parse_escpos(data):
        if kind == "cmd" and value.startswith(b"\x1b$"):
            current = []
            runs.append(current)
        elif kind == "text" and current is not None:
            current.append(value.decode("gb18030"))
    return ["".join(run) for run in runs if run]


def tspl_commands(data: bytes) -> list[tuple[str, list[str]]]:
    """(command, arguments) with quoted strings unescaped; BITMAP data is skipped."""
    commands, i = [], 0
    while i < len(data):
        if data.startswith(b"BITMAP ", i):
            head_end = i
            for _ in range(5):
                head_end = data.index(b",", head_end) + 1
            _, _, width, height, _ = data[i + 7:head_end - 1].split(b",")
            end = head_end + int(width) * int(height)
            assert data.startswith(b"\r\n", end), "BITMAP data is not the size it says"
            commands.append(("BITMAP", []))
        else:
            end = data.index(b"\r\n", i)
            name, _, rest = data[i:end].decode("gbk").partition(" ")
            commands.append((name, _tspl_arguments(rest)))
        i = end + 2
    return commands


def _tspl_arguments(rest: str) -> list[str]:
    arguments, i = [], 0
    while i < len(rest):
        if rest[i] == '"':
            value, i = _tspl_string(rest, i + 1)
            arguments.append(value)
            assert i == len(rest) or rest[i] == ",", f"text after a closing quote: {rest!r}"
            i += 1
        else:
            end = rest.find(",", i)
            end = len(rest) if end < 0 else end
            assert '"' not in rest[i:end], f"quote outside a string: {rest!r}"
            arguments.append(rest[i:end].strip())
            i = end + 1
    return arguments


def _tspl_string(rest: str, i: int) -> tuple[str, int]:
    value = []
    while True:
        assert i < len(rest), f"unterminated string: {rest!r}"
        if rest.startswith('\\["]', i):
            value.append('"')
            i += 4
        elif rest[i] == '"':
            return "".join(value), i + 1
        else:
            value.append(rest[i])
            i += 1


ZPL_COMMANDS = {"XA", "CI", "PW", "LL", "LH", "FO", "A@", "FB", "FH", "FD", "FS", "BY", "BC",
                "BQ", "GB", "GF", "PQ", "XZ"}


def zpl_commands(data: bytes) -> list[tuple[str, str]]:
    """(command, parameters); fails on a ~ command or a ^ command we never send. ^FD data after
    ^FH_ comes back with its _XX escapes decoded."""
    text = data.decode("utf-8")
    assert "~" not in text, "a ~ command reached the output"
    commands, hex_next = [], False
    for chunk in text.split("^")[1:]:
        name, rest = chunk[:2], chunk[2:]
        assert name in ZPL_COMMANDS, f"unexpected ZPL command ^{name}"
        if name == "FD" and hex_next:
            rest = re.sub(r"_([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), rest)
        hex_next = name == "FH"
        commands.append((name, rest))
    return commands
