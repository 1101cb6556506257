"""Help > Keyboard shortcuts: every shortcut the window has, found at run time (never a hand-written list).

Menu actions, actions a tab adds to its widgets and plain ``QShortcut`` objects are all
collected from the window's object tree, so a shortcut added anywhere shows up here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action and shortcut under ``window`` that has keys, sorted by name."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            name = _plain(action.text()) or _plain(action.toolTip())
            rows[(name, ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys))] = None
    for shortcut in window.findChildren(QShortcut):
        keys = [k for k in shortcut.keys() if not k.isEmpty()]
        if keys:
            name = shortcut.whatsThis() or QCoreApplication.translate("Shortcuts", "(in the current tab)")
            rows[(name, ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys))] = None
    return sorted(rows, key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    """The shortcuts in two-column tables (action, keys), every name in full and no scroll bar: the rows are split
    into side-by-side tables when one would be taller than the screen."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.tables: list[QTableWidget] = []
        screen = (window.screen() or QApplication.primaryScreen()).availableGeometry()
        probe = self._table(rows[:1])
        row_height = probe.verticalHeader().defaultSectionSize()
        header = probe.horizontalHeader().sizeHint().height()
        probe.deleteLater()
        per_table = max(1, (screen.height() - 160 - header) // max(1, row_height))
        count = max(1, math.ceil(len(rows) / per_table))
        per_table = math.ceil(len(rows) / count) if rows else 0
        tables = QHBoxLayout()
        for start in range(0, max(len(rows), 1), max(per_table, 1)):
            table = self._table(rows[start : start + per_table])
            tables.addWidget(table)
            self.tables.append(table)
        self.table = self.tables[0]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tables)
        layout.addWidget(buttons)

    def _table(self, rows: list[tuple[str, str]]) -> QTableWidget:
        """A table as large as its rows and texts: names in full, no scroll bars."""
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for r, (name, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(name))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        width = sum(header.sectionSize(c) for c in range(2)) + frame + 12
        height = header.sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows))) + frame + 2
        table.setFixedSize(width, height)
        return table

    def rows(self) -> list[tuple[str, str]]:
        """The tables' rows as shown, in order: (action, keys)."""
        cells = [(t.item(r, 0), t.item(r, 1)) for t in self.tables for r in range(t.rowCount())]
        return [(action.text(), keys.text()) for action, keys in cells if action is not None and keys is not None]
