"""One error type for everything that goes wrong with a printer.

`PrinterError.kind` says what happened in a word the print queue can branch on;
`may_have_printed` says whether bytes of the job may have reached the printer. A job with
`may_have_printed` false is safe to move to a backup printer; one with it true must never be
re-sent on its own (DESIGN.md invariant 3): a person checks and reprints on purpose.
"""
from __future__ import annotations

from enum import StrEnum

from devices.printers.messages import MAY_HAVE_PRINTED, MESSAGES


class ErrorKind(StrEnum):
    OFFLINE = "offline"                          # not reachable: refused, not found, unplugged
    PAPER_OUT = "paper_out"
    HEAD_OPEN = "head_open"                      # print head or cover open
    PRINTER_FAULT = "printer_fault"              # jam, ribbon out, cutter, overheat...
    TIMEOUT_BEFORE_SEND = "timeout_before_send"  # nothing of the job was handed over
    TIMEOUT_DURING_SEND = "timeout_during_send"
    CONNECTION_LOST = "connection_lost"          # dropped while the job was being sent
    BUSY = "busy"                                # another driver or program holds the device
    NO_BACKEND = "no_backend"                    # libusb, pycups or pywin32 missing
    WRONG_DRIVER = "wrong_driver"                # Windows: device not bound to WinUSB
    BAD_ENDPOINT = "bad_endpoint"
    PERMISSION_DENIED = "permission_denied"
    IO_ERROR = "io_error"


class PrinterError(Exception):
    """A printer problem with a bilingual message (Simplified Chinese first, English second)."""

    def __init__(self, kind: ErrorKind, message_zh: str, message_en: str, *,
                 reason: str = "", bytes_sent: int = 0, may_have_printed: bool = False):
        self.kind = ErrorKind(kind)
        self.reason = reason
        self.bytes_sent = bytes_sent
        self.may_have_printed = may_have_printed or bytes_sent > 0
        if self.may_have_printed:
            message_zh += MAY_HAVE_PRINTED[0].format(sent=bytes_sent)
            message_en += MAY_HAVE_PRINTED[1].format(sent=bytes_sent)
        self.message_zh = message_zh
        self.message_en = message_en
        super().__init__(f"{message_zh}\n{message_en}")

    @property
    def safe_to_fail_over(self) -> bool:
        """True when no byte of the job can have reached the printer."""
        return not self.may_have_printed


def printer_error(reason: str, *, bytes_sent: int = 0, may_have_printed: bool = False,
                  **context: object) -> PrinterError:
    """Build the PrinterError for one of the known `reason`s in messages.MESSAGES."""
    kind, zh, en = MESSAGES[reason]
    context = {"detail": "", **context}
    return PrinterError(kind, zh.format(**context), en.format(**context), reason=reason,
                        bytes_sent=bytes_sent, may_have_printed=may_have_printed)
