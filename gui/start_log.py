"""The log file and the error dialog, set up by start-up after the window's first paint; what is logged before is kept.

:mod:`gui.common.errors` (the rotating log file, the "Unexpected error" dialog) costs ~20 ms of imports and Qt class
set-up, which the window's first paint does not need. Until it is set up, :func:`keep_early` holds the app's log
records (a settings file that is not a regular file, say) and :func:`log_and_report_errors` writes them to the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

#: The logger every logger of the app descends from (``activation_lab.<part>``).
APP_LOGGER = "activation_lab"


class EarlyLog(logging.Handler):
    """Keeps the records logged before the log file is set up."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def keep_early() -> EarlyLog:
    """Keep the app's log records (INFO and up, as the log file takes them) until :func:`log_and_report_errors`."""
    log = logging.getLogger(APP_LOGGER)
    handler = EarlyLog()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


def log_and_report_errors(early: EarlyLog | None = None, path: Path | None = None) -> None:
    """Log to the log file (``path``, default :func:`gui.common.errors.log_path`), the records ``early`` kept first;
    unexpected exceptions logged and shown in a dialog."""
    from gui.common.errors import install_excepthook, setup_logging

    setup_logging(path)
    install_excepthook()
    if early is not None:
        log = logging.getLogger(APP_LOGGER)
        log.removeHandler(early)
        for record in early.records:
            log.handle(record)
        early.records.clear()
