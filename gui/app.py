"""The Qt application: offscreen without a display, the plot look, names, translations.

Every entry point makes it here first (the window: :mod:`gui.startup`; the self-test:
:mod:`gui.selftest`; images from the command line: :mod:`cli.images`). Nothing here imports
the window or the exporters, so each of them may import this module.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from gui.common.paths import resource
from gui.common.theme import apply_pyqtgraph_config

APP_NAME = "Activation Lab"
ORG_NAME = "ActivationLab"
APP_VERSION = "0.1.0"  # also the version the packaged app carries (pyinstaller.spec reads it)


def create_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication (offscreen when there is no display), with translations loaded."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    apply_pyqtgraph_config()  # one light plot look for every tab and every exported image
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(APP_VERSION)
    translator = QTranslator(app)
    locale = QLocale(language) if language else QLocale.system()
    if translator.load(locale, "activation_lab", "_", str(resource("translations"))):
        app.installTranslator(translator)
    return app
