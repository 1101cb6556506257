"""``--self-test``: open the main window, exercise every tab, report each step."""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow


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
    emit(f"self-test: {'OK' if failures == 0 else f'{failures} step(s) FAILED'}")
    return 0 if failures == 0 else 1


def _export_check(tab) -> Callable[[], None]:
    def export():
        from gui.export import figure_png_bytes, figure_svg_text, figures_pdf_bytes

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
    except Exception:
        emit(f"FAIL {name}")
        emit(traceback.format_exc().rstrip())
        return 1
    emit(f"PASS {name}")
    return 0
