"""The activation catalogue (grouped by family, searchable) and the list of plotted curves.

Both are generated from :data:`engine.ACTIVATIONS`. Checking an elementwise
activation asks for it to be overlaid; the vector ones (softmax & co.) are not
checkable and open the vector view when selected.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

import engine
from engine.resolve import Formula
from gui.common.engine_text import engine_tr

ID_ROLE = Qt.ItemDataRole.UserRole
COLOR_ROLE = Qt.ItemDataRole.UserRole + 1


class ActivationList(QWidget):
    """Search box + tree of families and activations.

    ``toggled(id, checked)``: the user checked or unchecked an elementwise activation.
    ``selected(id)``: the current activation changed (elementwise or vector).
    """

    toggled = Signal(str, bool)
    selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search activations…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items: dict[str, QTreeWidgetItem] = {}
        families: dict[str, QTreeWidgetItem] = {}
        for family in engine.FAMILIES:
            node = QTreeWidgetItem([engine_tr(family)])
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            families[family] = node
            self.tree.addTopLevelItem(node)
        for act in engine.ACTIVATIONS.values():
            item = QTreeWidgetItem([engine_tr(act.name)])
            item.setData(0, ID_ROLE, act.id)
            item.setToolTip(0, engine_tr(act.formula))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not act.vector:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setFlags(flags)
            families[act.family].addChild(item)
            self.items[act.id] = item
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.search.textChanged.connect(self.filter)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys act on the row the user sees: a current item the search filter hides (Tanh, current
        from the curve list, under the filter "gelu") is not toggled by Space, nor opened by Enter."""
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.is_visible_row(self.tree.currentItem())
        ):
            return True
        return super().eventFilter(watched, event)

    def is_visible_row(self, item: QTreeWidgetItem | None) -> bool:
        """Whether ``item`` is shown (itself and its family not hidden by the search filter)."""
        parent = None if item is None else item.parent()
        return item is not None and not item.isHidden() and (parent is None or not parent.isHidden())

    def set_checked(self, activation_id: str | Formula, checked: bool) -> None:
        """Show ``activation_id`` as overlaid or not, without emitting ``toggled`` (a formula has no entry here)."""
        item = self.items.get(activation_id) if isinstance(activation_id, str) else None
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            with signals_blocked(self.tree):
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_checked(self, activation_id: str) -> bool:
        return self.items[activation_id].checkState(0) == Qt.CheckState.Checked

    def select(self, activation_id: str, notify: bool = True) -> None:
        """Make ``activation_id`` the current item (a formula has no entry here: nothing to do)."""
        if activation_id not in self.items:
            return
        if notify:
            self.tree.setCurrentItem(self.items[activation_id])
        else:
            with signals_blocked(self.tree):
                self.tree.setCurrentItem(self.items[activation_id])

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def filter(self, text: str) -> None:
        """Show only activations whose name, id, family or formula contains ``text``."""
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(i)
            assert family is not None  # i < topLevelItemCount()
            any_shown = False
            for j in range(family.childCount()):
                item = family.child(j)
                assert item is not None  # j < childCount()
                act = engine.get_activation(item.data(0, ID_ROLE))
                haystack = " ".join(
                    (act.id, act.name, engine_tr(act.name), act.family, engine_tr(act.family), act.formula)
                ).casefold()
                shown = not needle or needle in haystack
                item.setHidden(not shown)
                any_shown |= shown
            family.setHidden(not any_shown)
        if self.tree.currentItem() is not None and not self.is_visible_row(self.tree.currentItem()):
            with signals_blocked(self.tree):  # no row under the filter is current: the keys have nothing to act on
                self.tree.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes None (no current item); the stub omits it

    def visible_ids(self) -> list[str]:
        return [i for i, item in self.items.items() if self.is_visible_row(item)]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        activation_id = item.data(0, ID_ROLE)
        if activation_id is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self.toggled.emit(activation_id, item.checkState(0) == Qt.CheckState.Checked)

    def _current_changed(self, current: QTreeWidgetItem | None, previous) -> None:
        if current is not None and current.data(0, ID_ROLE) is not None:
            self.selected.emit(current.data(0, ID_ROLE))


def swatch(color: str, size: int = 14) -> QIcon:
    """A small filled square in ``color`` for list rows."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CurveList(QWidget):
    """The overlaid curves, one row each (colour swatch + label), with duplicate/remove buttons.

    ``current_changed(index)`` gives the row the user selected (-1 for none).
    """

    current_changed = Signal(int)
    duplicate_requested = Signal(int)
    remove_requested = Signal(int)
    clear_requested = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Overlay a copy of the selected curve to compare parameter values"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put back the curves last removed or cleared (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        buttons = QGridLayout()  # two by two: in one row they held the column 346 px wide, the plots beside it
        for index, button in enumerate((self.duplicate_button, self.remove_button, self.clear_button, self.undo_button)):
            buttons.addWidget(button, index // 2, index % 2)  # too narrow for f″'s axis above the fold at 1024×768
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._row_changed)
        self.duplicate_button.clicked.connect(lambda: self._request(self.duplicate_requested))
        self.remove_button.clicked.connect(lambda: self._request(self.remove_requested))
        self.clear_button.clicked.connect(self.clear_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self._row_changed(-1)

    def set_rows(self, rows: Sequence[tuple[str, str]], current: int) -> None:
        """Show ``(label, colour)`` rows and select ``current`` (texts updated in place when only they changed)."""
        with signals_blocked(self.list):
            if self.list.count() == len(rows) and all(
                self.list.item(i).data(COLOR_ROLE) == color for i, (_, color) in enumerate(rows)
            ):
                for i, (label, _) in enumerate(rows):
                    if self.list.item(i).text() != label:
                        self.list.item(i).setText(label)
            else:
                self.list.clear()
                for label, color in rows:
                    item = QListWidgetItem(swatch(color), label, self.list)
                    item.setData(COLOR_ROLE, color)
            if self.list.currentRow() != current:
                self.list.setCurrentRow(current)
        self._update_buttons()

    def current(self) -> int:
        return self.list.currentRow()

    def set_undo_available(self, available: bool) -> None:
        self.undo_button.setEnabled(available)

    def _request(self, signal) -> None:
        if self.list.currentRow() >= 0:
            signal.emit(self.list.currentRow())

    def _row_changed(self, row: int) -> None:
        self._update_buttons()
        self.current_changed.emit(row)

    def _update_buttons(self) -> None:
        has = self.list.currentRow() >= 0
        self.duplicate_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.clear_button.setEnabled(self.list.count() > 0)
