"""Layouts that reflow instead of overflowing, from a 1024×768 projector to a 4K screen, at any interface scale.

- :class:`ReflowGrid`: a tab's plots in as many columns (up to three) as the width holds at their
  readable minimum (:data:`MIN_PLOT` times the interface scale), scrolling vertically, never sideways.
- :class:`gui.common.square.SquareBox`: a square-bound plot (a decision map over [-6, 6]²) at the largest
  square its cell holds, centred: a wide cell never widens the map's range, a tall one never stretches it.
- :class:`Folding`: the window's control columns fold away (as with View > Hide controls) when the
  plots beside them would fall below one readable column, and the lesson panel moves below the plots
  when the window is too narrow for it beside two columns. Decided from the window's width and the
  scale alone, so any sequence of scale changes ending at the start scale gives the start layout back.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6 import QtCore  # its Qt namespace used in functions only: PySide6 builds all its enums at first use
from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QGridLayout,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from gui.common.legends import set_legend_columns as set_legend_columns  # re-exported: the race's place for it
from gui.common.tabs import control_panels

#: The smallest plot a class can read, in logical pixels at ×1 (the plot with its axes and title).
MIN_PLOT = (240, 160)
SCALE_PROPERTY = "lab_interface_scale"  # on the application: the factor now on screen (gui.common.scale sets it)
FOLD_ORDER = "lab_fold_order"  # on a control panel: lower folds first (default 0)
SPACING = 6
BOTTOM_LINES = 7  # the least the lesson panel shows below the plots: its heading, a few lines, its buttons
CENTRE = "lab_centre"  # on the widget beside a tab's control panels whose least width folding keeps room for
PLOT_ROWS = "lab_plot_rows"  # on a ReflowGrid cell: how many plots it may stack (its minimum height in plots)
ROW_STRETCH = "lab_row_stretch"  # on a ReflowGrid cell: its row's share of the height left (default 1; a map's: more)
WIDE_ROWS = "lab_wide_rows"  # on a ReflowGrid cell: its rows of plots where it holds two readable plots side by side
SQUARE = "lab_square"  # on a ReflowGrid cell holding a square map: as tall as it is wide at least (and its numbers)
FULL_ROW = "lab_full_row"  # on a ReflowGrid cell: a row of its own, every column wide (a fit curve, not a map)
SQUARE_EXTRA = 0.3  # a square cell's least height beyond its least width: its title, axis and a line of numbers
SQUARE_FLOOR = "lab_square_floor"  # on a SQUARE cell: the share of its least height it keeps at least where the grid's
# rows would not fit the height: smaller maps, the plots below them whole on screen (lesson 1 presenting)
SQUEEZED = "lab_squeezed"  # on a SQUARE_FLOOR cell, set by its grid: the share of its least height it has now (1: all)
WIDE_PAGE = "lab_wide_page"  # on a page of the centre: it wants two plot columns; panels fold for them if that fits


def scale_factor() -> float:
    """The interface scale now on screen (×1 when none was set)."""
    app = QApplication.instance()
    value = app.property(SCALE_PROPERTY) if app is not None else None
    return float(value) if value else 1.0


def min_plot_size(factor: float | None = None) -> tuple[int, int]:
    """:data:`MIN_PLOT` at ``factor`` (default: the scale on screen), in whole pixels."""
    factor = scale_factor() if factor is None else factor
    return math.ceil(MIN_PLOT[0] * factor), math.ceil(MIN_PLOT[1] * factor)


class ReflowGrid(QScrollArea):
    """``cells`` in 1 … ``max_columns`` columns (as many as fit at the readable minimum), row by row, scrolling
    vertically when their rows do not fit the height. Each cell gets at least the readable minimum."""

    def __init__(self, cells: Sequence[QWidget], max_columns: int = 3, parent: QWidget | None = None, even_rows: bool = False):
        super().__init__(parent)
        self.cells = list(cells)
        self.max_columns = max(1, min(max_columns, len(self.cells)))
        self.even_rows = even_rows  # every row as tall as the tallest row's least height (maps the same size)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = inner = QWidget()  # the scroll area's widget, the grid's parent
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self.setWidget(inner)
        self._shape: tuple[int, int, int, tuple[bool, ...], tuple[int, ...]] | None = None
        self._follow = QTimer(self)  # the grid laid out again at its content's size once the content settles
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self.follow_content)
        inner.installEventFilter(self)
        self.reflow()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._follow.start()
        return super().eventFilter(watched, event)

    def follow_content(self) -> None:
        """Lay the cells out at the content's size (once at least their least size) where the layout, relaid while
        its tab was hidden, missed a resize: the race's second row lay below its content, blank and unreachable."""
        content, least = self.content.rect(), self.grid.minimumSize()
        if content.width() >= least.width() and content.height() >= least.height() and self.grid.geometry() != content:
            self.grid.setGeometry(content)

    def columns_for(self, width: int) -> int:
        """How many columns ``width`` pixels hold at the readable minimum."""
        min_w = min_plot_size()[0]
        return max(1, min(self.max_columns, (width + SPACING) // (min_w + SPACING)))

    def columns(self) -> int:
        return self._shape[0] if self._shape else 1

    def set_cells(self, cells: Sequence[QWidget]) -> None:
        """Show ``cells`` (the same widgets, or some of them, in another order) and lay them out again."""
        for cell in self.cells:
            self.grid.removeWidget(cell)
            if cell not in cells:
                cell.hide()
        self.cells = list(cells)
        self._shape = None
        self.reflow()
        for cell in self.cells:
            cell.show()

    def cell_places(self, columns: int) -> list[tuple[int, int, int]]:
        """(row, column, column span) of each cell in ``columns`` columns: row by row, a :data:`FULL_ROW` cell on a
        row of its own, the last cell of the grid taking its row's rest."""
        places, row, column = [], 0, 0
        for index, cell in enumerate(self.cells):
            full = bool(cell.property(FULL_ROW))
            if full and column:
                row, column = row + 1, 0
            last = index == len(self.cells) - 1 or (full or bool(self.cells[index + 1].property(FULL_ROW)))
            span = columns - column if (full or last) else 1
            places.append((row, column, span))
            column += span
            if column >= columns:
                row, column = row + 1, 0
        return places

    def reflow(self) -> None:
        """Lay the cells out for the present width and scale (nothing moves when neither changed)."""
        min_w, min_h = min_plot_size()
        width = self.viewport().width() if self.isVisible() else self.width()
        columns = self.columns_for(width)
        places = self.cell_places(columns)
        wide = tuple(self.cell_width(width, columns, span) >= 2 * min_w + 50 for _row, _column, span in places)
        least = {id(cell): self.least_height(cell, min_w, min_h, w) for cell, w in zip(self.cells, wide, strict=True)}
        rows = (places[-1][0] + 1) if places else 0
        self.squeeze(least, places, rows)
        shape = (columns, min_w, min_h, wide, tuple(least.values()))
        if shape == self._shape:
            return
        self._shape = shape
        for cell in self.cells:
            self.grid.removeWidget(cell)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        tallest = max(least.values(), default=0)
        for cell, (row, column, span) in zip(self.cells, places, strict=True):
            cell.setMinimumSize(min_w, tallest if self.even_rows else least[id(cell)])
            self.grid.addWidget(cell, row, column, 1, span)
        stretch = [1] * rows
        for cell, (row, _column, _span) in zip(self.cells, places, strict=True):
            stretch[row] = max(stretch[row], cell.property(ROW_STRETCH) or 1)
        for row in range(rows):
            self.grid.setRowStretch(row, stretch[row])
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)

    def squeeze(self, least: dict[int, int], places: list[tuple[int, int, int]], rows: int) -> None:
        """Lower the least heights of the :data:`SQUARE_FLOOR` cells (rows of them only, evenly, down to their floor)
        where the rows at their least heights are taller than the viewport and that makes them all fit; where even
        their floor would not (1024×768 ×1.5, the lesson panel below), nothing changes: the grid scrolls as before."""
        height = self.viewport().height() if self.isVisible() else self.height()
        tallest = [0] * rows
        for cell, (row, _column, _span) in zip(self.cells, places, strict=True):
            tallest[row] = max(tallest[row], least[id(cell)])
        over = sum(tallest) + SPACING * (rows - 1) - height
        floors = {id(c): c.property(SQUARE_FLOOR) for c in self.cells if c.property(SQUARE) and c.property(SQUARE_FLOOR)}
        squeezable = [
            r for r in range(rows) if all(id(c) in floors for c, (row, _, _) in zip(self.cells, places, strict=True) if row == r)
        ]
        lowest = {key: math.ceil(least[key] * float(floor)) for key, floor in floors.items()}
        room = len(squeezable) * min(  # what the squeezable rows give at most, each giving the same
            (
                tallest[r] - max(lowest[id(c)] for c, (row, _, _) in zip(self.cells, places, strict=True) if row == r)
                for r in squeezable
            ),
            default=0,
        )
        cut = math.ceil(over / len(squeezable)) if 0 < over <= room else 0  # all the rows whole, or as they were
        for cell, (row, _column, _span) in zip(self.cells, places, strict=True):
            if id(cell) in floors:
                full = least[id(cell)]
                if row in squeezable:
                    least[id(cell)] = max(lowest[id(cell)], full - cut)
                cell.setProperty(SQUEEZED, least[id(cell)] / full)

    @staticmethod
    def cell_width(width: int, columns: int, span: int) -> int:
        """The width of a cell ``span`` columns wide when the grid is ``width`` pixels wide in ``columns`` columns."""
        column = (width - (columns - 1) * SPACING) / columns
        return round(span * column + (span - 1) * SPACING)

    @staticmethod
    def least_height(cell: QWidget, min_w: int, min_h: int, wide: bool = False) -> int:
        """A cell's least height: its plots' (:data:`PLOT_ROWS`, or :data:`WIDE_ROWS` when ``wide``: two readable
        plots across; a tab widget's plots below its tab bar), a square map's width and its title and numbers."""
        if cell.property(SQUARE):
            return math.ceil(min_w * (1 + SQUARE_EXTRA))
        bar = 0
        if isinstance(cell, QTabWidget) and cell.currentWidget() is not None:  # its bar and frame, and the plots' spacing
            page = cell.currentWidget().minimumSizeHint().height()
            bar = max(cell.tabBar().sizeHint().height(), cell.minimumSizeHint().height() - page) + 4 * SPACING
        rows = (cell.property(WIDE_ROWS) if wide else None) or cell.property(PLOT_ROWS) or 1
        return math.ceil(min_h * rows) + bar

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.reflow()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.reflow()


def content_width(panel: QWidget) -> int:
    """The width a control column needs to show its content whole: the content's least width, its vertical
    scroll bar and frame (0 for a panel that is not a scroll area)."""
    if not isinstance(panel, QScrollArea):
        return 0
    content = panel.widget()
    if content is None:
        return 0
    bar = panel.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return content.minimumSizeHint().width() + bar + 2 * panel.frameWidth() + 4


def panel_width(panel: QWidget) -> int:
    """The room a control panel takes when shown: its fixed width, else the least its content needs."""
    if panel.minimumWidth() == panel.maximumWidth():
        return panel.maximumWidth()
    return max(panel.sizeHint().width(), panel.minimumSizeHint().width(), panel.minimumWidth())


class Folding(QObject):
    """Folds ``window``'s control panels and places its lesson dock for the window's width and scale."""

    def __init__(self, window: QMainWindow, dock: QDockWidget | None = None):
        super().__init__(window)
        self.window = window
        self.dock = dock
        self.user_hidden = False  # View > Hide controls (F6)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update)
        window.installEventFilter(self)
        if dock is not None:
            dock.visibilityChanged.connect(lambda _visible: self._timer.start())
        tabs = getattr(window, "tabs", None)
        if isinstance(tabs, QTabWidget):
            tabs.currentChanged.connect(lambda _index: self.size_by_current_tab())

    def size_by_current_tab(self) -> None:
        """The window asks for the room of the tab on screen only: Qt's tab widget asks for its largest page's,
        and a page off screen keeps the least size of its last layout (another scale, controls unfolded)."""
        tabs = getattr(self.window, "tabs", None)
        if not isinstance(tabs, QTabWidget):
            return
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is None:
                continue
            wanted = QSizePolicy.Policy.Preferred if page is tabs.currentWidget() else QSizePolicy.Policy.Ignored
            if page.sizePolicy().verticalPolicy() != wanted:
                page.setSizePolicy(wanted, wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def schedule(self) -> None:
        """:meth:`update` once the events now queued are handled."""
        self._timer.start()

    def set_user_hidden(self, hidden: bool) -> None:
        self.user_hidden = hidden
        self.update()

    def dock_area(self, width: int, factor: float) -> QtCore.Qt.DockWidgetArea:
        """Right of the plots when the window holds the dock beside two readable plot columns, else below them."""
        min_w = min_plot_size(factor)[0]
        dock_w = self.dock.minimumWidth() if self.dock is not None else 0
        wide = width - dock_w >= 2 * min_w + 3 * SPACING + 40
        return QtCore.Qt.DockWidgetArea.RightDockWidgetArea if wide else QtCore.Qt.DockWidgetArea.BottomDockWidgetArea

    def update(self) -> None:
        """Fold or show every tab's controls and place the dock for the window's present width and scale."""
        self.size_by_current_tab()
        factor = scale_factor()
        width = self.window.width()
        room = width - 12  # the tab's margins
        if self.dock is not None and not self.dock.isHidden() and not self.dock.isFloating():
            area = self.dock_area(width, factor)
            if self.window.dockWidgetArea(self.dock) != area:
                self.window.addDockWidget(area, self.dock)
            if area == QtCore.Qt.DockWidgetArea.RightDockWidgetArea:
                self.dock.setMinimumHeight(0)
                self.dock.setMaximumHeight(16777215)
                room -= self.dock.minimumWidth() + 8
            else:  # below the plots: a few lines of the lesson and its buttons, at most 38 % of the height
                self.dock.setMaximumHeight(max(160, int(self.window.height() * 0.38)))
                lines = self.dock.fontMetrics().lineSpacing() * BOTTOM_LINES  # from the font, never the window:
                self.dock.setMinimumHeight(min(self.dock.maximumHeight(), lines))  # a window-made minimum feeds back
        tabs: list[QWidget] = getattr(self.window, "built_tabs", list)()  # a tab built later is folded then
        for panel in control_panels(self.window):  # a fixed column never narrower than its content (a new
            wanted = content_width(panel)  # control, a longer translation)
            if panel.minimumWidth() == panel.maximumWidth() and wanted > panel.maximumWidth():
                panel.setFixedWidth(wanted)
        for tab in tabs:
            need = min_plot_size(factor)[0] + 80  # a plot column with its scroll bar and margins
            for centre in tab.findChildren(QWidget):
                if centre.property(CENTRE) is True:  # what stays beside the panels must fit whole
                    need = max(need, centre.minimumSizeHint().width() + 30)
                    page = centre.currentWidget() if isinstance(centre, QStackedWidget) else centre
                    wide = 2 * min_plot_size(factor)[0] + SPACING + 80
                    if page is not None and page.property(WIDE_PAGE) is True and wide <= room:
                        need = max(need, wide)  # e.g. the Jacobian beside the bars, not a scroll away below them
            panels = sorted(control_panels(tab), key=lambda p: p.property(FOLD_ORDER) or 0)
            shown = [] if self.user_hidden else list(panels)
            while shown and sum(panel_width(p) for p in shown) + need > room:
                shown.pop(0)
            changed = False
            for panel in panels:
                if panel.isHidden() == (panel in shown):
                    panel.setVisible(panel in shown)
                    changed = True
            if changed:  # a tab not on screen keeps its old least size until told: the window would keep it too
                for widget in [panel.parentWidget() for panel in panels] + [tab]:
                    if widget is None:
                        continue
                    layout = widget.layout()
                    if layout is not None:
                        layout.invalidate()
                    widget.updateGeometry()


def remove_items(grid, items) -> None:
    """Take ``items`` out of the QGraphicsGridLayout ``grid`` of a pyqtgraph layout, keeping them in their scene
    (to be placed again, or hidden); an item not in the grid is left alone."""
    for item in items:
        for index in range(grid.count()):
            if grid.itemAt(index) is item:
                grid.removeAt(index)
                break


def place_items(grid, places: dict) -> None:
    """Move graphics-layout items (``places``: item → (row, column, row span, column span)) within the
    QGraphicsGridLayout ``grid`` of a pyqtgraph layout, keeping them in their scene."""
    remove_items(grid, places)
    for row in range(grid.rowCount()):
        grid.setRowStretchFactor(row, 0)
    for column in range(grid.columnCount()):
        grid.setColumnStretchFactor(column, 0)
    for item, (row, column, rows, columns) in places.items():
        grid.addItem(item, row, column, rows, columns)
        grid.setRowStretchFactor(row, 1)
        grid.setColumnStretchFactor(column, 1)


class ReadableSize(QObject):
    """Keeps ``widget`` at least ``columns`` × ``rows`` readable plots (:func:`min_plot_size`) at every scale."""

    def __init__(self, widget: QWidget, columns: int = 1, rows: int = 1, extra_height: int = 0):
        super().__init__(widget)
        self.widget, self.columns, self.rows, self.extra_height = widget, columns, rows, extra_height
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        min_w, min_h = min_plot_size()
        extra = round(self.extra_height * scale_factor())
        self.widget.setMinimumSize(self.columns * min_w, self.rows * min_h + extra)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show):
            self.apply()
        return False


def vertical_scroll(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless area that scrolls vertically (its minimum height) and never sideways."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class PageStack(QStackedWidget):
    """A stacked widget sized by the page on show only (Qt's asks for its largest page's room)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self._page_changed())

    def _page_changed(self) -> None:
        self.updateGeometry()
        folding = getattr(self.window(), "folding", None)
        if isinstance(folding, Folding):  # a page that wants two columns may fold the panels beside it
            folding.schedule()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        return self.currentWidget() is not None

    def heightForWidth(self, width: int) -> int:
        """The page's least height at ``width``: its rows at their least (a row of controls that wraps: at its
        height for that width), so a scroll area around the stack holds every row whole."""
        page = self.currentWidget()
        if page is None:
            return 0
        layout = page.layout()
        if layout is None or not hasattr(layout, "count"):
            return page.minimumSizeHint().height()
        margins = layout.contentsMargins()
        rows = [item for i in range(layout.count()) if (item := layout.itemAt(i)) is not None]
        heights = [
            item.heightForWidth(width) if item.hasHeightForWidth() else item.minimumSize().height()
            for item in rows
            if not item.isEmpty()
        ]
        spacing = max(0, layout.spacing()) * max(0, len(heights) - 1)
        least = sum(heights) + spacing + margins.top() + margins.bottom()
        return max(least, page.minimumSizeHint().height())


class CentralFit(QObject):
    """Keeps a pyqtgraph view's central layout the view's size. pyqtgraph sizes it only when the view resizes, and
    Qt clamps it to its least size then: a layout once wider than the view (a legend not yet refolded, a note not
    yet wrapped) stayed that wide after its least size shrank, cut by the view's edge."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.centralWidget.installEventFilter(self)

    def fit(self) -> None:
        central, wanted = self.view.centralWidget, self.view.range
        if central is not None and central.geometry() != wanted and self.view.autoPixelRange:
            central.setGeometry(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._timer.start()
        return False
