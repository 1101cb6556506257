"""Unexpected exceptions while the app runs: logged, shown in a dialog, never fatal."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("activation_lab")


def log_path() -> Path:
    """The platform's per-user log location (the only place the app writes unasked)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home()) / "activation-lab.log"


def setup_logging() -> None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def install_excepthook() -> None:
    """Route uncaught exceptions to the log and a dialog instead of a traceback and abort."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "errors", "Something went wrong, but your work is safe and the app keeps running.\n\n{0}"
            ).format(f"{exc_type.__name__}: {exc}")
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
