"""What a printer says about itself, in one shape for ESC/POS, TSPL and ZPL.

A printer that does not answer is UNKNOWN, never READY: many cheap printers cannot answer at
all (no USB IN endpoint, a file or spooler connection), and a jammed one may stay silent.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from devices.printers.errors import PrinterError, printer_error


class PrinterState(StrEnum):
    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    OFFLINE = "offline"
    ERROR = "error"
    UNKNOWN = "unknown"


#: detail code -> (Chinese, English)
DETAIL_TEXT = {
    "paper_out": ("缺纸", "paper out"),
    "paper_near_end": ("纸快用完了", "paper near end"),
    "head_open": ("打印头/上盖打开", "print head or cover open"),
    "paper_jam": ("卡纸", "paper jam"),
    "ribbon_out": ("碳带用完", "ribbon out"),
    "cutter_error": ("切刀故障", "cutter error"),
    "mechanical_error": ("机械故障", "mechanical error"),
    "unrecoverable_error": ("不可恢复的故障，请关机", "unrecoverable error: switch it off"),
    "recoverable_error": ("可自动恢复的故障（如打印头过热）",
                          "auto-recoverable error (e.g. head too hot)"),
    "overheat": ("温度超出范围", "temperature out of range"),
    "other_error": ("其他故障", "other error"),
    "offline": ("离线", "offline"),
    "paused": ("已暂停", "paused"),
    "waiting_online_recovery": ("等待恢复在线", "waiting to come back online"),
    "feed_button": ("正在按走纸键", "feed button pressed"),
    "printing": ("正在打印", "printing"),
    "buffer_full": ("接收缓冲区已满", "receive buffer full"),
    "no_answer": ("没有应答", "no answer"),
    "bad_reply": ("应答无法识别", "reply not understood"),
    "not_supported": ("此连接无法查询状态", "status cannot be read over this connection"),
    "unreachable": ("连不上", "cannot be reached"),
}

ERROR_DETAILS = {"head_open", "paper_jam", "ribbon_out", "cutter_error", "mechanical_error",
                 "unrecoverable_error", "recoverable_error", "overheat", "other_error"}


@dataclass(frozen=True)
class PrinterStatus:
    state: PrinterState
    details: tuple[str, ...] = ()   # codes from DETAIL_TEXT, most important first
    raw: bytes = b""                # the printer's replies, as received
    error: PrinterError | None = field(default=None, compare=False)   # why it is unreachable

    @property
    def can_print(self) -> bool:
        return self.state in (PrinterState.READY, PrinterState.PAPER_NEAR_END)

    def describe(self) -> str:
        """E.g. "缺纸、打印头/上盖打开 / paper out, print head or cover open"."""
        texts = [DETAIL_TEXT.get(code, (code, code)) for code in self.details]
        if not texts:
            return "正常 / ready" if self.state is PrinterState.READY else self.state.value
        return "、".join(zh for zh, _ in texts) + " / " + ", ".join(en for _, en in texts)

    def problem(self, target: str) -> PrinterError | None:
        """The PrinterError that keeps a job off this printer, or None if it may print.

        UNKNOWN gives None too: whether to print on a printer that cannot tell is the caller's
        policy (see `can_print`).
        """
        if self.error is not None:
            return self.error
        reason = _PROBLEM.get(self.state)
        if reason is None:
            return None
        if "head_open" in self.details and self.state is PrinterState.ERROR:
            reason = "head_open"
        return printer_error(reason, target=target, detail=self.describe())


_PROBLEM = {PrinterState.PAPER_OUT: "paper_out", PrinterState.ERROR: "printer_fault",
            PrinterState.OFFLINE: "status_offline"}


def unknown(detail: str, raw: bytes = b"") -> PrinterStatus:
    return PrinterStatus(PrinterState.UNKNOWN, (detail,), raw)


def status_from_details(details: list[str], raw: bytes) -> PrinterStatus:
    """The one state a set of decoded conditions adds up to."""
    found = set(details)
    if "paper_out" in found:
        state = PrinterState.PAPER_OUT
    elif found & ERROR_DETAILS:
        state = PrinterState.ERROR
    elif found & {"offline", "paused", "waiting_online_recovery"}:
        state = PrinterState.OFFLINE
    elif "paper_near_end" in found:
        state = PrinterState.PAPER_NEAR_END
    else:
        state = PrinterState.READY
    if state is PrinterState.PAPER_OUT:
        found.discard("paper_near_end")
    if state in (PrinterState.PAPER_OUT, PrinterState.ERROR):
        found.discard("offline")   # the cause says more than the symptom
    ordered = sorted(found, key=_importance)
    return PrinterStatus(state, tuple(ordered), raw)


def _importance(code: str) -> int:
    order = ["paper_out", *sorted(ERROR_DETAILS), "offline", "paused", "paper_near_end"]
    return order.index(code) if code in order else len(order)
