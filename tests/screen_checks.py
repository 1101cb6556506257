"""What a classroom screen must not show: the checks of tests/app/test_screens.py and tools/screens.py.

Each check takes a shown main window and returns a list of problems (plain sentences); an empty list is a pass.
Imported only where Qt is (the window tests and the contact-sheet tool).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)

#: The smallest plot a class can read (logical pixels): the issue's "about 240×160".
MIN_PLOT = (240, 160)


def settle(window: QWidget, rounds: int = 4) -> None:
    """Let layouts, deferred resizes and finished jobs reach the screen."""
    for _ in range(rounds):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # panels replaced are gone
    for tab in getattr(window, "lab_tabs", list)():
        if hasattr(tab, "wait_idle"):
            tab.wait_idle(60)
    for _ in range(rounds):
        QApplication.processEvents()


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window


def window_problems(window: QWidget, screen: tuple[int, int]) -> list[str]:
    """The window asks for no more than the screen: its size and its minimum size."""
    problems = []
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if window.width() > screen[0] or window.height() > screen[1]:
        problems.append(f"window {window.width()}×{window.height()} larger than the screen {screen[0]}×{screen[1]}")
    if minimum.width() > screen[0] or minimum.height() > screen[1]:
        problems.append(f"window needs at least {minimum.width()}×{minimum.height()} on a {screen[0]}×{screen[1]} screen")
    return problems


def sideways_scroll_problems(window: QWidget) -> list[str]:
    """No scroll area on screen scrolls sideways (tables and text fields excepted: they scroll what they hold)."""
    problems = []
    for area in window.findChildren(QAbstractScrollArea):
        if not _shown(area, window) or not isinstance(area, QScrollArea):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            problems.append(f"{_name(area)} scrolls sideways by {bar.maximum()} px")
    return problems


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    text = text() if callable(text) else ""
    parent = widget.parentWidget()
    chain = []
    while parent is not None and len(chain) < 3:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName() or text[:40]!r} in {'/'.join(chain)}"


def _visible_rect(widget: QWidget, window: QWidget) -> tuple[QRect, bool]:
    """The part of ``widget`` (in window coordinates) its ancestors let through, and whether a viewport that
    scrolls vertically holds it (then only sideways cuts count: what it hides above or below is a scroll away)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    scrolls = False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport() and area.verticalScrollBar().maximum() > 0:
            scrolls = True
            rect = QRect(max(rect.left(), shown.left()), shown.top(), 0, shown.height()).adjusted(
                0, 0, max(0, min(rect.right(), shown.right()) - max(rect.left(), shown.left()) + 1), 0
            )
        else:
            rect = rect.intersected(shown)
        parent = parent.parentWidget()
    return rect.intersected(window.rect()), scrolls


def clipped_problems(window: QWidget) -> list[str]:
    """Every label and button is shown whole: not cut by the widgets around it, not narrower than its text."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not _shown(widget, window):
            continue
        if widget.width() <= 0 or widget.height() <= 0 or isinstance(widget.parentWidget(), pg.GraphicsView):
            continue
        if type(widget).__name__ in ("QTabBarCloseButton", "QToolBarExtension", "QDockWidgetTitleButton"):
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea) or widget.parentWidget().inherits("QTabBar"):
            continue
        seen, scrolls = _visible_rect(widget, window)
        if seen.width() < widget.width() - 2 or (seen.height() < min(widget.height(), 10**6 if not scrolls else 1) - 2):
            problems.append(f"{_name(widget)} {widget.width()}×{widget.height()} shows only {seen.width()}×{seen.height()}")
            continue
        hint = widget.minimumSizeHint()
        if isinstance(widget, QAbstractButton) and widget.width() < hint.width() - 1:
            problems.append(f"{_name(widget)} squeezed to {widget.width()} px (needs {hint.width()})")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.textFormat() != Qt.TextFormat.RichText:
            lines = widget.text().split("\n") if widget.text() else [""]  # every line: the second was cut unseen
            need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
            margins = widget.contentsMargins()
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() * 0
            if need > room + 1 and widget.pixmap().isNull() and widget.text():
                problems.append(f"{_name(widget)} text needs {need} px, has {room}")
            del margins
    return problems


def _plots(window: QWidget):
    for view in window.findChildren(pg.GraphicsView):
        if not _shown(view, window) or view.scene() is None:
            continue
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem) and not isinstance(item, pg.ColorBarItem) and item.isVisible():
                yield view, item


def plot_size_problems(window: QWidget, minimum: tuple[int, int] = MIN_PLOT) -> list[str]:
    """Every plot on screen at least ``minimum`` logical pixels (the plot with its axes and title)."""
    problems = []
    for view, plot in _plots(window):
        seen = view.mapFromScene(plot.sceneBoundingRect()).boundingRect()
        if not view.viewport().rect().adjusted(-2, -2, 2, 2).contains(seen):
            title = plot.titleLabel.text if plot.titleLabel.isVisible() else ""
            problems.append(f"plot {_strip(title)!r} at {seen.getRect()} is cut by its view {view.viewport().rect().getRect()}")
        size = plot.size()
        if size.width() < minimum[0] - 1 or size.height() < minimum[1] - 1:
            title = plot.titleLabel.text if plot.titleLabel.isVisible() else ""
            problems.append(f"plot {_strip(title)!r} is {size.width():.0f}×{size.height():.0f} (< {minimum[0]}×{minimum[1]})")
    return problems


def _strip(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html or "")
    return doc.toPlainText()


def tick_label_rects(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    """Where ``axis`` draws its tick labels now (item coordinates) and what they say."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        if axis.style.get("tickFont") is not None:
            painter.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return []
    return [(QRectF(rect), text) for rect, _flags, text in specs[2]]


def tick_problems(window: QWidget) -> list[str]:
    """No two tick labels of one axis overlap."""
    problems = []
    for view in window.findChildren(pg.GraphicsView):
        if not _shown(view, window) or view.scene() is None:
            continue
        for axis in view.scene().items():
            if not isinstance(axis, pg.AxisItem) or not axis.isVisible() or not axis.style.get("showValues", True):
                continue
            rects = tick_label_rects(axis)
            for i, (a, ta) in enumerate(rects):
                for b, tb in rects[i + 1 :]:
                    if a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5:
                        problems.append(f"{axis.orientation} axis: tick labels {ta!r} and {tb!r} overlap")
    return problems


def grid_problems(window: QWidget) -> list[str]:
    """Every cell of a scrolling grid of plots lies within what the grid scrolls (its layout follows its content's
    size): the race's second row once lay below a content one row tall, neither shown nor reachable by scrolling."""
    from gui.common.responsive import ReflowGrid  # the grid tests import this module without the app's widgets

    problems = []
    for grid in window.findChildren(ReflowGrid):
        if not _shown(grid, window):
            continue
        content = grid.widget().rect()
        for cell in grid.cells:
            if cell.isVisibleTo(grid.widget()) and not content.contains(cell.geometry()):
                problems.append(f"{_name(cell)} at {cell.geometry().getRect()} outside its grid's {content.getRect()}")
    return problems


def all_problems(window: QWidget, screen: tuple[int, int]) -> list[str]:
    return (
        window_problems(window, screen)
        + grid_problems(window)
        + sideways_scroll_problems(window)
        + clipped_problems(window)
        + plot_size_problems(window)
        + tick_problems(window)
    )
