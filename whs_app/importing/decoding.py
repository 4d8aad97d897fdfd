"""Bytes to text: strict UTF-8 (a BOM is fine), else GB18030 (which reads GBK), else refused."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class UnreadableFile(Exception):
    """The file cannot be read as text; the message says why, for a person."""


@dataclass(frozen=True)
class Source:
    name: str        # as the user gave it: what error messages name
    text: str
    encoding: str
    data: bytes


def read_source(path: str | Path) -> Source:
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(f"{name}: 文件不存在 no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{name}: 是文件夹不是文件 is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableFile(f"{name}: 无法读取 cannot be read ({exc.strerror})") from None
    text, encoding = decode(data, name)
    return Source(name, text, encoding, data)


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """(text, encoding name). GB18030 is a superset of GBK, so Taobao's GBK exports read too."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise UnreadableFile(f"{name}: 是 UTF-16 文本 (Excel 的 Unicode 文本) is UTF-16 text (Excel's 'Unicode text');"
                             " save it as CSV UTF-8 or GB18030")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030").removeprefix("\ufeff"), "gb18030"
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            f"{name}: 文件编码无法识别 is neither UTF-8 nor GB18030/GBK text (bad byte at offset {exc.start});"
            " save it as CSV UTF-8 or GB18030") from None
