"""Starting the Qt application: translations, icon, error handling, the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from gui.common.paths import resource

APP_NAME = "Activation Lab"
ORG_NAME = "ActivationLab"
APP_VERSION = "0.1.0"  # also the version the packaged app carries (pyinstaller.spec reads it)


def create_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication (offscreen when there is no display), with translations loaded."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    from gui.common.theme import apply_pyqtgraph_config

    apply_pyqtgraph_config()  # one light plot look for every tab and every exported image
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(APP_VERSION)
    translator = QTranslator(app)
    locale = QLocale(language) if language else QLocale.system()
    if translator.load(locale, "activation_lab", "_", str(resource("translations"))):
        app.installTranslator(translator)
    return app


def run(self_test: bool = False, language: str | None = None) -> int:
    """Show the main window and run the event loop (or the self-test)."""
    from gui.common.errors import install_excepthook, setup_logging
    from gui.main_window import MainWindow
    from gui.startup import StartupClock, after_first_paint, import_in_background

    app = create_app(language=language)
    setup_logging()
    window = MainWindow()
    StartupClock.from_environment(window)  # off unless bench/startup.py asks
    window.show()
    if self_test:
        from gui.selftest import run_self_test

        app.processEvents()
        return run_self_test(window)
    install_excepthook()
    # Once the window is on screen, torch loads on a worker thread; then the tabs are built.
    after_first_paint(window, lambda: import_in_background(["engine"], window.load, parent=window))
    return app.exec()
