"""Unexpected exceptions while the app runs: logged, shown in a dialog, never fatal."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from userfiles import regular_or_missing

log = logging.getLogger("activation_lab")
LOG_BYTES = 1_000_000  # then activation-lab.log.1, .2: a classroom PC's disk never fills with our log
LOG_BACKUPS = 2


def log_path() -> Path:
    """The platform's per-user log location (the only place the app writes unasked)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home()) / "activation-lab.log"


def setup_logging(path: Path | None = None) -> Path | None:
    """Log to ``path`` (default: :func:`log_path`), rotated at LOG_BYTES; the file actually used, or None.

    A log that cannot be used (an unwritable folder, a directory, a FIFO or a symbolic link where the file should be:
    opening a FIFO for writing waits for a reader, which once blocked start-up) never stops the app: it logs to stderr.
    Every logger of the app is named ``activation_lab`` or ``activation_lab.<part>``, so all of them reach the file.
    """
    path = path or log_path()
    for old in [h for h in log.handlers if getattr(h, "activation_lab", False)]:
        log.removeHandler(old)
        old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not regular_or_missing(path):  # links not followed: the log is never written through one
            raise OSError(f"{path} is not a regular file")
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        used: Path | None = path
    except OSError as exc:
        handler, used = logging.StreamHandler(), None
        problem = str(exc)
    handler.activation_lab = True  # type: ignore[attr-defined]  # a mark: ours to replace on the next call
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if used is None:
        log.warning("the log file cannot be used (%s); logging to the console instead", problem)
    return used


class ErrorDialog:
    """At most one "Unexpected error" dialog: repeats while it is open are counted in it, never stacked.

    (Zooming out ~400 wheel notches once raised on every repaint and opened 49 modal dialogs on top of each
    other: each ``exec()`` ran a nested event loop in which the next repaint raised again.)
    """

    def __init__(self) -> None:
        self.box: QMessageBox | None = None
        self.count = 0
        self.first = ""

    def report(self, summary: str, details: str) -> None:
        if self.box is not None and self.box.isVisible():
            self.count += 1
            self.box.setText(self._text())
            return
        self.count, self.first = 1, summary
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Unexpected error"))
        box.setText(self._text())
        box.setDetailedText(details)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.open()  # not exec(): no nested event loop in which further errors could open more dialogs
        self.box = box

    def _text(self) -> str:
        text = QCoreApplication.translate(
            "errors", "Something went wrong, but your work is safe and the app keeps running.\n\n{0}"
        ).format(self.first)
        if self.count > 1:
            text += "\n\n" + QCoreApplication.translate("errors", "This happened {0} times.").format(self.count)
        return text


ERROR_DIALOG = ErrorDialog()


def install_excepthook() -> None:
    """Route uncaught exceptions to the log and one dialog instead of a traceback and abort."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        ERROR_DIALOG.report(f"{exc_type.__name__}: {exc}", text)

    sys.excepthook = hook
