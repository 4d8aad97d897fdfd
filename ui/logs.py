"""Where the app writes its log: a rotating file in the user's data folder.

    <user data dir>/whs/logs/whs.log  (+ whs.log.1 ... whs.log.5, 2 MB each)

`WHS_LOG_DIR` moves it (support sessions, tests). Everything the app logs goes there, with the
thread name, so a crash report says which worker it came from.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

LOG_NAME = "whs.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("whs", appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("WHS_LOG_DIR")
    return Path(override) if override else data_dir() / "logs"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file (once); returns the log file's path."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for other in root.handlers:
        # python-escpos calls logging.basicConfig() when imported: keep its console handler to
        # warnings, so the console twin is not flooded with what the file already has
        if type(other) is logging.StreamHandler and other.level == logging.NOTSET:
            other.setLevel(logging.WARNING)
    return path


def remove_logging(path: Path) -> None:
    """Detach and close the file handler writing `path` (tests, restarts)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()
