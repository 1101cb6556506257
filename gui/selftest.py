"""``--self-test``: open the main window, exercise every tab, report each step.

Run by ``main.py --self-test`` (:func:`self_test`) and by the frozen build's check.
It imports torch and the exporters at once: it is not interactive, so nothing waits.
"""

from __future__ import annotations

import csv
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

import engine
from figures.builders import activation_figure
from figures.spec import FigureSpec, Panel, Series
from gui.app import loaded_catalogues, register_cjk_font
from gui.common.paths import resource
from gui.export.formats import export_figure, figure_png_bytes, figure_svg_text, figures_pdf_bytes
from gui.guide import check_guide
from gui.lessons.menu import check_lessons
from gui.main_window import MainWindow
from gui.startup import open_window
from sessions import read_session, write_session


def self_test(language: str | None = None, emit: Callable[[str], None] = print) -> int:
    """Open the window as the app does, then :func:`run_self_test`; 0 only if every step passed."""
    window = open_window(language)
    QApplication.processEvents()
    return run_self_test(window, emit)


def run_self_test(window: MainWindow, emit: Callable[[str], None] = print) -> int:
    """Run every tab's steps; print ``PASS``/``FAIL`` per step; 0 only if all passed."""
    app = QApplication.instance()
    steps: list[tuple[str, Callable[[], None]]] = [("main window loads its tabs", window.load)]
    failures = 0

    def visit_and_run(index: int, tab):
        def visit():
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            if window.tabs.currentWidget() is not tab or not tab.isVisible():
                raise AssertionError("tab did not become visible")

        return visit

    for name, fn in steps:
        failures += _run_step(name, fn, emit, app)
    for index, tab in enumerate(window.lab_tabs()):
        failures += _run_step(f"visit tab '{tab.title()}'", visit_and_run(index, tab), emit, app)
        for name, fn in tab.self_test_steps():
            failures += _run_step(name, fn, emit, app)
        failures += _run_step(f"export tab '{tab.title()}' as PNG, SVG and PDF", _export_check(tab), emit, app)
    failures += _run_step("bundled resources are found", lambda: check_resources(window), emit, app)
    failures += _run_step("export a PNG and a CSV and read them back", check_exports, emit, app)
    failures += _run_step("save a session and open it again", lambda: check_session(window), emit, app)
    failures += _run_step("the bundled lessons are found and one opens", lambda: check_lessons(window.lessons), emit, app)
    failures += _run_step("the user guide and its screenshots load", check_guide, emit, app)
    failures += _run_step("the bundled Chinese font loads and a PDF embeds it", check_chinese_font, emit, app)
    failures += _run_step("Qt's own dialog words follow the language", check_qt_words, emit, app)
    emit(f"self-test: {'OK' if failures == 0 else f'{failures} step(s) FAILED'}")
    return 0 if failures == 0 else 1


def _export_check(tab) -> Callable[[], None]:
    def export():
        spec = tab.figure_spec()
        if not figure_png_bytes(spec, width=320, height=240).startswith(b"\x89PNG"):
            raise AssertionError("no PNG")
        if "<svg" not in figure_svg_text(spec, style="print"):
            raise AssertionError("no SVG")
        if not figures_pdf_bytes([spec]).startswith(b"%PDF"):
            raise AssertionError("no PDF")

    return export


def _run_step(name: str, fn: Callable[[], None], emit, app) -> int:
    try:
        fn()
        app.processEvents()
    except Exception:  # noqa: BLE001 - any failure of a step is reported as FAIL with its traceback
        emit(f"FAIL {name}")
        emit(traceback.format_exc().rstrip())
        return 1
    emit(f"PASS {name}")
    return 0


def check_resources(window: MainWindow) -> None:
    """The resources folder is where the app looks (from source or in a build) and the icon is shown."""
    icon = resource("icons", "activation-lab.png")
    if not icon.is_file() or QImage(str(icon)).isNull():
        raise AssertionError(f"app icon missing or unreadable at {icon}")
    if window.windowIcon().isNull():
        raise AssertionError("the main window has no icon")


def check_exports() -> None:
    """Export ReLU's figure as PNG and CSV to a temporary folder with ``export_figure``; read both back.

    Proves that a build carries the exporters, their Qt image plugins and the engine.
    The CSV must hold x, f, f', f'' of ReLU on [-2, 2] (one column per panel).
    """
    spec = activation_figure([engine.evaluate("relu", x_min=-2.0, x_max=2.0, points=41, order=2)])
    with tempfile.TemporaryDirectory(prefix="activation-lab-selftest-") as folder:
        png = export_figure(spec, Path(folder) / "relu.png", width=800, height=600)
        table = export_figure(spec, Path(folder) / "relu.csv")
        image = QImage(str(png))
        if image.isNull() or (image.width(), image.height()) != (800, 600):
            raise AssertionError(f"{png.name} does not decode as an 800 x 600 image")
        with table.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
    if rows[0][0] != "x" or len(rows[0]) != 4:
        raise AssertionError(f"unexpected CSV header {rows[0]}")
    values = [[float(v) for v in row] for row in rows[1:]]
    expected_last = [2.0, 2.0, 1.0, 0.0]  # x, relu(2), relu'(2), relu''(2)
    if len(values) != 41 or values[0][:2] != [-2.0, 0.0] or values[-1] != expected_last:
        raise AssertionError("CSV rows do not hold ReLU and its derivatives on [-2, 2]")


def check_session(window: MainWindow) -> None:
    """Save the window as a session in a temporary folder, open it again: every tab's section reads back the same."""
    with tempfile.TemporaryDirectory(prefix="activation-lab-selftest-") as folder:
        path = Path(folder) / "self-test.alab"
        saved = window.session_state()
        write_session(path, saved)  # not through File > Save: the recent files stay the user's
        window.apply_session(read_session(path))
    if window.session_state()["tabs"] != saved["tabs"]:
        raise AssertionError("the reopened session differs from the saved one")


def check_chinese_font() -> None:
    """The bundled CJK font registers, and a PDF of a figure titled in Chinese embeds it (a build carries it)."""
    if register_cjk_font() is None:
        raise AssertionError(f"the bundled Chinese font did not load from {resource('fonts')}")
    panel = Panel("激活函数", "x", "导数", [Series("梯度", np.array([0.0, 1.0]), np.array([0.0, 1.0]))])
    pdf = figures_pdf_bytes([FigureSpec(title="中文标题", panels=[panel])])
    if b"NotoSansSC-Subset" not in pdf or b"/FontFile" not in pdf:
        raise AssertionError("the PDF does not embed the bundled Chinese font")


#: (label's object name, its English text) of Qt's file dialog: the second from Qt's catalogue, the others from ours
FILE_DIALOG_LABELS = (("lookInLabel", "&Look in:"), ("fileNameLabel", "File &name:"), ("fileTypeLabel", "Files of &type:"))


def check_qt_words() -> None:
    """In a translated app, Qt's own catalogue (qtbase_<lang>.qm: a build carries it) loaded beside ours and
    Qt's file dialog (non-native, as File > Save session opens it) shows no English label. English: nothing to do."""
    ours, qt = loaded_catalogues()
    if not ours:
        return
    if not qt:
        raise AssertionError("Qt's own catalogue (qtbase_<lang>.qm) did not load beside the app's")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        shown = {name: label.text() for name, _ in FILE_DIALOG_LABELS if (label := dialog.findChild(QLabel, name)) is not None}
    finally:
        dialog.deleteLater()
    english = [text for name, text in FILE_DIALOG_LABELS if shown.get(name, text) == text]  # a missing label fails too
    if english:
        raise AssertionError(f"the file dialog shows English: {english}")
