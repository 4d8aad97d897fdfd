"""One cell of an export: Excel's wrappers off, formula-looking text recognised, values parsed.

Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (CSV injection), and
Excel's export habits wrap numbers as `="123"` or prefix them with an apostrophe so they stay
text. These functions are pure and cheap: the importer calls them on every row.
"""
from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
_EXCEL_TEXT = re.compile(r'="(.*)"', re.DOTALL)
_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?[eE]\+\d+", re.ASCII)
_PHONE = re.compile(r"\+?[\d*][\d* ()\-]*(?:(?:转|ext\.?|#)\s*\d+)?", re.ASCII)
#: What trimming removes: blanks, tabs, line breaks and the ideographic (full-width) space.
BLANKS = " \t\r\n\u3000"


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could run this text: it starts (after blanks, tabs or line breaks)
    with `=`, `+`, `-` or `@`, has more after it, and is not a plain signed number such as `-3`."""
    stripped = text.strip(BLANKS)
    return len(stripped) > 1 and stripped.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.fullmatch(stripped)


def unwrap(raw: str) -> str:
    """The text inside Excel's `="..."` wrapper or after its leading apostrophe, trimmed."""
    value = raw.strip(BLANKS)
    if not value or value[0] not in "='":
        return value
    if value[0] == "'":
        return value[1:].strip(BLANKS)
    match = _EXCEL_TEXT.fullmatch(value)
    return match.group(1).replace('""', '"').strip(BLANKS) if match else value


def identifier(raw: str) -> tuple[str, str | None]:
    """(value, problem): an order number, SKU code, barcode or bin. Formula-looking is refused."""
    value = unwrap(raw)
    if value[:1] in FORMULA_PREFIXES and looks_like_formula(value):
        return value, "疑似公式，拒收 looks like a spreadsheet formula, refused"
    if ("E+" in value or "e+" in value) and _SCIENTIFIC.fullmatch(value):
        return value, "被 Excel 改成科学计数法，原号已丢失 mangled by Excel into scientific notation"
    return value, None


def phone(raw: str) -> tuple[str, str | None]:
    """(value, problem): a phone number; `+86 138 1234 5678` and masked `138****5678` are fine."""
    value = unwrap(raw)
    if value[:1] in FORMULA_PREFIXES and looks_like_formula(value) and not _PHONE.fullmatch(value):
        return value, "疑似公式，拒收 looks like a spreadsheet formula, refused"
    return value, None


def quantity(raw: str) -> tuple[int, str | None]:
    """(quantity, problem): a whole number above zero."""
    value = unwrap(raw)
    if value.isascii() and value.isdigit():
        number = int(value)
        if number > 0:
            return number, None
        return 0, f"数量必须大于 0 quantity must be above 0: '{value}'"
    if looks_like_formula(value):
        return 0, "疑似公式，拒收 looks like a spreadsheet formula, refused"
    if _PLAIN_NUMBER.fullmatch(value):
        return 0, f"数量必须是大于 0 的整数 quantity must be a whole number above 0: '{value}'"
    if not value:
        return 0, "数量为空 quantity is missing"
    return 0, f"数量不是数字 quantity is not a number: '{value}'"


def count(raw: str, what: str) -> tuple[int | None, str | None]:
    """(number, problem): a whole number of zero or more, None when the cell is blank."""
    value = unwrap(raw)
    if not value:
        return None, None
    if value.isascii() and value.isdigit():
        return int(value), None
    if looks_like_formula(value):
        return None, "疑似公式，拒收 looks like a spreadsheet formula, refused"
    return None, f"{what}必须是不小于 0 的整数 must be a whole number of 0 or more: '{value}'"


def decimal(raw: str, what: str) -> tuple[float, str | None]:
    """(number, problem): a number of zero or more, such as a weight in kg."""
    value = unwrap(raw)
    if _PLAIN_NUMBER.fullmatch(value):
        number = float(value)
        if number >= 0:
            return number, None
        return 0.0, f"{what}不能为负 must not be negative: '{value}'"
    if looks_like_formula(value):
        return 0.0, "疑似公式，拒收 looks like a spreadsheet formula, refused"
    if not value:
        return 0.0, f"{what}为空 is missing"
    return 0.0, f"{what}不是数字 is not a number: '{value}'"


_CANONICAL_TIME = re.compile(
    r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]) (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d", re.ASCII)
_TIME = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", re.ASCII)


def timestamp(raw: str) -> tuple[str | None, str | None]:
    """(time as 'YYYY-MM-DD HH:MM:SS' or None when blank, problem). Excel's `2026/11/11 0:05` is fine."""
    value = unwrap(raw)
    if not value:
        return None, None
    if _CANONICAL_TIME.fullmatch(value):
        return value, None
    match = _TIME.fullmatch(value)
    if match:
        year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 60:
            return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}", None
    return None, f"时间格式不对 not a time like 2026-11-11 00:05:00: '{value}'"
