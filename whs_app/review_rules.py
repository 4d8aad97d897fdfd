"""Review rules (审单规则): each looks at one order and says, in words, what a person must look at.

A rule returns a Finding (a reason code and a readable detail in Chinese and English) or None.
Stock (库存) and carrier (快递) checks need the whole run's state and live in their own modules.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Iterable, Iterator

# Finding first: the importer imports it from here while this module waits on `whs_app.importing`.
from whs_app.findings import Finding, say
from whs_app.importing import cells
from whs_app.model import Order, Reason

#: Reasons a person may waive when releasing an order; the rest are checked again every review.
WAIVABLE = frozenset({Reason.MESSAGE_KEYWORD, Reason.SUSPICIOUS_TEXT, Reason.CHANGED_ON_PLATFORM,
                      Reason.REFUND_REQUESTED})

ADDRESS_PARTS = (("receiver_name", "收件人", "receiver name"), ("receiver_phone", "电话", "phone"),
                 ("province", "省", "province"), ("city", "市", "city"), ("district", "区县", "district"),
                 ("address", "详细地址", "detail address"))
MESSAGE_FIELDS = (("buyer_message", "买家留言", "buyer message"), ("seller_memo", "卖家备注", "seller memo"))
FREE_TEXT_FIELDS = (("buyer", "买家", "buyer"),) + tuple(p for p in ADDRESS_PARTS if p[0] != "receiver_phone") \
    + MESSAGE_FIELDS
#: Every character str.isspace() accepts (all lie below U+3001).
WHITESPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
#: First characters after which a spreadsheet may run the text (a formula prefix, or blanks hiding one).
_MAY_RUN = frozenset(cells.FORMULA_PREFIXES) | WHITESPACE | {"'"}
_ADDRESS_VALUES = attrgetter(*(name for name, _, _ in ADDRESS_PARTS))
_FREE_TEXT_VALUES = attrgetter(*(name for name, _, _ in FREE_TEXT_FIELDS))
_TITLE = attrgetter("title")
_FIRST = itemgetter(slice(0, 1))
#: refund_status values that mean no refund is asked for (platform exports spell "none" many ways).
NO_REFUND = frozenset({"", "-", "无", "none", "no", "没有申请退款", "无退款", "退款关闭", "退款已关闭", "退款已撤销"})


def quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit] + "…")


def address_incomplete(order: Order) -> Finding | None:
    values = _ADDRESS_VALUES(order)
    if all(values) and not any(map(str.isspace, values)):
        return None
    missing = [(zh, en) for (_, zh, en), value in zip(ADDRESS_PARTS, values) if not value.strip()]
    if not missing:
        return None
    return Finding(Reason.ADDRESS_INCOMPLETE, say("缺少" + "、".join(zh for zh, _ in missing),
                                                  "missing " + ", ".join(en for _, en in missing)))


def refund_requested(order: Order) -> Finding | None:
    status = order.refund_status.strip()
    if status.lower() in NO_REFUND:
        return None
    return Finding(Reason.REFUND_REQUESTED, say(f"退款状态 {quote(status)}", f"refund status {quote(status)}"))


def message_keyword(order: Order, keywords: Iterable[str]) -> Finding | None:
    hits = []
    for name, zh, en in MESSAGE_FIELDS:
        text = getattr(order, name)
        if not text:
            continue
        found = [word for word in keywords if word and word in text]
        if found:
            words = "、".join(found)
            hits.append(say(f"{zh}含「{words}」: {quote(text)}", f"{en} mentions {', '.join(found)}"))
    return Finding(Reason.MESSAGE_KEYWORD, "; ".join(hits)) if hits else None


def suspicious_text(order: Order) -> Finding | None:
    if _MAY_RUN.isdisjoint(map(_FIRST, _FREE_TEXT_VALUES(order))) and \
            _MAY_RUN.isdisjoint(map(_FIRST, map(_TITLE, order.lines))) and order.receiver_phone[:1] not in _MAY_RUN:
        return None   # the common case, decided without a Python-level loop
    hits = [say(f"{zh} {quote(value)} 像表格公式", f"{en} looks like a spreadsheet formula")
            for zh, en, value in _free_text(order) if cells.looks_like_formula(value)]
    if order.receiver_phone[:1] in _MAY_RUN and cells.phone(order.receiver_phone)[1]:
        hits.append(say(f"电话 {quote(order.receiver_phone)} 像表格公式", "phone looks like a spreadsheet formula"))
    return Finding(Reason.SUSPICIOUS_TEXT, "; ".join(hits)) if hits else None


def _free_text(order: Order) -> Iterator[tuple[str, str, str]]:
    """(Chinese name, English name, text) of the free-text fields a spreadsheet might run (not the phone)."""
    for name, zh, en in FREE_TEXT_FIELDS:
        value = getattr(order, name)
        if value[:1] in _MAY_RUN:
            yield zh, en, value
    for line in order.lines:
        if line.title[:1] in _MAY_RUN:
            yield f"第{line.line_no}行商品名", f"line {line.line_no} title", line.title


def unknown_sku(order: Order) -> Finding | None:
    unknown = [line for line in order.lines if line.sku_id is None]
    if not unknown:
        return None
    codes = ", ".join(f"{line.sku_code} (#{line.line_no})" for line in unknown)
    return Finding(Reason.UNKNOWN_SKU, say(f"商品资料中没有商家编码 {codes}", f"SKU code not in the catalogue: {codes}"))


def order_findings(order: Order, keywords: Iterable[str]) -> list[Finding]:
    """Every finding of the rules that need nothing but the order itself."""
    found = [address_incomplete(order), refund_requested(order), message_keyword(order, keywords),
             suspicious_text(order), unknown_sku(order)]
    return [finding for finding in found if finding is not None]


@dataclass(frozen=True)
class Screen:
    """A test run over every order at once: true for every order the rules above could flag (and for
    some they would not). Only those orders are loaded whole and checked by the rules. The store tests
    `starts` and `allowed` (and unknown SKUs); the keywords are tested here on the messages it returns."""
    starts: dict[str, frozenset[str]]     # field -> first characters worth a closer look ("" = empty)
    allowed: dict[str, frozenset[str]]    # field -> the values needing no closer look
    title_starts: frozenset[str]          # first characters of line titles worth a closer look
    words: tuple[str, ...]                # message keywords

    def mentioned(self, *texts: str) -> bool:
        return any(word in text for text in texts if text for word in self.words)


def screen(keywords: Iterable[str]) -> Screen:
    """The screen for these rules (tests/test_review_screen.py keeps it a superset of them)."""
    starts = {name: WHITESPACE | {""} for name, _, _ in ADDRESS_PARTS}
    for name, _, _ in FREE_TEXT_FIELDS + (("receiver_phone", "", ""),):
        starts[name] = starts.get(name, frozenset()) | _MAY_RUN
    return Screen(starts, {"refund_status": NO_REFUND}, _MAY_RUN, tuple(word for word in keywords if word))
