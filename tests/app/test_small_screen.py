"""Every tab of the main window fits or scrolls on a small laptop screen (1024×640) and at 1280×800.

Walks every visible widget of every tab (tabs added later are included: the test iterates the
window's tabs): each lies within the window and within each of its parents, or inside a
QScrollArea whose scroll bar reaches it; buttons, boxes and fields get at least their minimum
size; table headers show their whole text (or the table scrolls sideways).
"""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QScrollBar,
    QTableView,
    QWidget,
)

from gui.main_window import MainWindow
from tests.windows import stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit, QProgressBar)
CHECKED = (*CONTROLS, QLabel, QGroupBox, QAbstractScrollArea)
SIZES = [(1024, 640), (1280, 800)]


@pytest.fixture(scope="module")
def window(qapp):
    window = MainWindow()
    window.show()
    window.load()
    yield window
    stop_jobs(window)
    window.close()
    window.deleteLater()


def settle(window: MainWindow) -> None:
    for _ in range(5):
        QApplication.processEvents()
    for tab in window.lab_tabs():
        if hasattr(tab, "wait_idle"):
            tab.wait_idle(60)
    QApplication.processEvents()


def where_it_is_cut(widget: QWidget, window: MainWindow) -> str | None:
    """None when ``widget`` can be seen whole (scrolling where needed); else what cuts it."""
    rect = QRect(widget.rect())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect.translate(child.pos())  # in the parent's coordinates
        if isinstance(parent.parentWidget(), QScrollArea) and parent is parent.parentWidget().viewport():
            area: QScrollArea = parent.parentWidget()
            content = area.widget()
            inner = QRect(widget.rect()).translated(widget.mapTo(content, widget.rect().topLeft()))
            if not content.rect().contains(inner):
                return f"outside its scroll area's content {content.rect()} at {inner}"
            for bar, size, room in (
                (area.verticalScrollBar(), content.height(), area.viewport().height()),
                (area.horizontalScrollBar(), content.width(), area.viewport().width()),
            ):
                if size > room + bar.maximum() + 1:
                    return f"its scroll area shows {room} px + scrolls {bar.maximum()} of {size}"
            rect, child, parent = QRect(area.rect()), area, area.parentWidget()
            continue
        if not parent.rect().contains(rect, False) and not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
            return f"cut by {type(parent).__name__} {parent.rect()} at {rect}"
        if parent is window:
            return None
        child, parent = parent, parent.parentWidget()
    return None


def header_problems(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    scrolls = table.horizontalScrollBar().maximum() > 0
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(table.model().headerData(section, header.orientation()))
        wanted = header.fontMetrics().horizontalAdvance(text) + 2 * header.style().pixelMetric(
            header.style().PixelMetric.PM_HeaderMargin
        )
        if header.sectionSize(section) < wanted and not scrolls:
            problems.append(f"header “{text}” gets {header.sectionSize(section)} px of {wanted}")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_tab_fits_or_scrolls(window, size):
    window.resize(*size)
    settle(window)
    assert window.width() <= size[0] and window.height() <= size[1], f"the window will not shrink to {size}: {window.size()}"
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(window)
        page = window.tabs.widget(index)
        name = window.tabs.tabText(index)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, CHECKED) or isinstance(widget, QScrollBar) or not widget.isVisibleTo(window):
                continue
            if widget.window() is not window or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
                continue  # a popup (a combo's list), or the line edit inside a spin box
            label = f"{name}: {type(widget).__name__} {widget.objectName() or getattr(widget, 'text', lambda: '')()!r}"
            cut = where_it_is_cut(widget, window)
            if cut:
                problems.append(f"{label} {cut}")
            if isinstance(widget, CONTROLS):
                hint = widget.minimumSizeHint()
                if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1:
                    problems.append(f"{label} squeezed to {widget.size().toTuple()} (needs {hint.toTuple()})")
            if isinstance(widget, pg.GraphicsView) and widget.centralWidget is not None:
                need = widget.centralWidget.effectiveSizeHint(Qt.SizeHint.MinimumSize)
                if need.width() > widget.viewport().width() + 1 or need.height() > widget.viewport().height() + 1:
                    problems.append(f"{label} plots need {need.toTuple()} but get {widget.viewport().size().toTuple()}: cut off")
            if isinstance(widget, QTableView):
                problems += [f"{label}: {p}" for p in header_problems(widget)]
    assert not problems, "\n".join(problems[:40])
