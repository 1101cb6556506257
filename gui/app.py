"""The Qt application: offscreen without a display, the plot look, names, translations, the CJK font.

Every entry point makes it here first (the window: :mod:`gui.startup`; the self-test:
:mod:`gui.selftest`; images from the command line: :mod:`cli.images`). Nothing here imports
the window or the exporters, so each of them may import this module.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from figures import text as figure_text
from gui.common.paths import resource

#: Qt's own words its Chinese catalogue (qtbase_zh_CN.qm of Qt 6.11) lacks: Qt 6 gave the file dialog's labels
#: accelerators ("&Look in:"), and the catalogue still holds "Look in:". Ours, installed after Qt's, is asked first.
QT_WORDS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

APP_NAME = "Activation Lab"
ORG_NAME = "ActivationLab"
APP_VERSION = "0.1.0"  # also the version the packaged app carries (pyinstaller.spec reads it)
#: The bundled subset of Noto Sans SC (tools/make_font_subset.py): Chinese on a PC without CJK fonts.
CJK_FONT = ("fonts", "NotoSansSC-Subset.otf")

_installed: list[QTranslator] = []
_active: list[str | None] = [None]
_installed_once: list[bool] = []
_loaded: list[bool] = [False, False]
_cjk_family: list[str] = []


def create_app(argv: list[str] | None = None, language: str | None = None, plot_look: bool = True) -> QApplication:
    """The QApplication (offscreen when there is no display), with translations loaded.

    ``plot_look``: also give pyqtgraph the app's plot look (:func:`apply_plot_look`), which imports pyqtgraph and
    numpy (about a third of a second); the window's start leaves it to after its first paint."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    if plot_look:
        apply_plot_look()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(APP_VERSION)
    register_cjk_font()
    if language is not None or not _installed_once:  # a later create_app() keeps the language asked for first
        install_language(language)
    figure_text.install(QCoreApplication.translate)  # exported figures' words follow the same translator
    return app


def apply_plot_look() -> None:
    """One light plot look for every tab and every exported image (imports pyqtgraph)."""
    from gui.common.theme import apply_pyqtgraph_config

    apply_pyqtgraph_config()


def locale_for(language: str | None) -> QLocale:
    """``zh_CN``, ``en`` … as a QLocale; None or ``""`` (or ``"system"``) is the system's."""
    return QLocale.system() if not language or language == "system" else QLocale(language)


def install_language(language: str | None = None) -> bool:
    """Replace the installed translations by ``language``'s (ours and Qt's own dialog buttons); True if ours loaded.

    Installing or removing a translator sends every widget a ``QEvent.LanguageChange``.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the application (create_app)")
    _active[0] = language if language and language != "system" else None
    _installed_once[:] = [True]
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(language)
    ours = QTranslator(app)
    loaded = ours.load(locale, "activation_lab", "_", str(resource("translations")))
    qt_loaded = False
    if loaded:
        qt = QTranslator(app)  # Qt's own strings (OK/Cancel, file dialogs): only where ours exists too
        qt_loaded = any(qt.load(locale, "qtbase", "_", str(folder)) for folder in qt_translation_dirs())
        if qt_loaded:
            app.installTranslator(qt)
            _installed.append(qt)
        app.installTranslator(ours)
        _installed.append(ours)
    figure_text.install(QCoreApplication.translate)  # figures follow Qt's translator again (the CLI may have set its own)
    _loaded[:] = [loaded, qt_loaded]
    return loaded


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues (``qtbase_zh_CN.qm``) may lie: Qt's translations folder, and in the frozen app
    the folders PyInstaller's PySide6 hook copies them to (pyinstaller.spec keeps only the shipped languages')."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders += [Path(bundle, "PySide6", "Qt", "translations"), Path(bundle, "PySide6", "translations")]
    return folders


def loaded_catalogues() -> tuple[bool, bool]:
    """(ours, Qt's own) loaded by the last :func:`install_language`: (False, False) in English."""
    return _loaded[0], _loaded[1]


def register_cjk_font() -> str | None:
    """Register the bundled CJK font once and make it the fallback for Chinese; its family name, or None."""
    if _cjk_family:
        return _cjk_family[0]
    font_id = QFontDatabase.addApplicationFont(str(resource(*CJK_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = families[0]
    app_font = QApplication.font()
    # Glyphs the app's font lacks (Chinese) come from ours, on screen and in exports (their fonts start from
    # the app font): the family list's second entry. Latin text keeps the system font and its metrics.
    resolved = QFontInfo(app_font).family()  # a generic name ("Sans Serif") would match no family and fall to ours
    app_font.setFamilies(list(dict.fromkeys([resolved, *app_font.families(), family])))
    QApplication.setFont(app_font)
    _cjk_family.append(family)
    return family


def active_language() -> str | None:
    """The language asked for when the translations were installed (``zh_CN``, ``en``), None for the system's."""
    return _active[0]
