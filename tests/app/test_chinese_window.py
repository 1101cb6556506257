"""The main window in Chinese shows no English text of the catalogue: tabs, menus, panels, plots and dialogs.

The allow-list is the catalogue's own: a source whose Chinese translation is the source itself (PyTorch
names such as ReLU and kaiming_normal_, formulas, units such as "CPU"; test_chinese.py checks none of
them is an English sentence) may appear as it is.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from figures import text as figure_text
from gui.app import install_language, register_cjk_font
from tests.app.test_chinese import messages
from tests.app.test_zh_punctuation import problems


def shown(text: str) -> str:
    """A label as the catalogue writes it: without the accelerator mark, one space, no surrounding blanks."""
    text = re.sub(r"&(?!&)", "", text or "").replace("&&", "&")
    return re.sub(r"\s+", " ", text).strip()


def english_catalogue() -> tuple[set[str], set[str]]:
    """(English sources, sources translated as themselves)."""
    sources, same = set(), set()
    for _context, source, translation in messages():
        sources.add(shown(source))
        if shown(translation.text or "") == shown(source):
            same.add(shown(source))
    return sources, same


def scene_texts(view: QGraphicsView) -> list[str]:
    """Plot titles, axis labels, legend entries and text items of a pyqtgraph view."""
    texts = []
    for item in view.scene().items() if view.scene() is not None else []:
        if isinstance(item, pg.AxisItem) and item.isVisible():
            texts.append(item.labelText)
        elif isinstance(item, pg.LabelItem) and item.isVisible():
            texts.append(re.sub(r"<[^>]+>", "", item.text or ""))
        elif isinstance(item, pg.TextItem) and item.isVisible():
            texts.append(item.toPlainText())
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can see or hover in ``root`` and its children."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = type(w).__name__
        if w.toolTip():
            found.append((where + ".toolTip", w.toolTip()))
        if isinstance(w, (QDialog, QDockWidget)):
            found.append((where + ".windowTitle", w.windowTitle()))
        if isinstance(w, QLabel):  # as shown and as written (a rich-text label holds a catalogue source with its tags)
            found += [(where, re.sub(r"<[^>]+>", "", w.text())), (where, w.text())]
        elif isinstance(w, QAbstractButton):
            found.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            found.append((where + ".placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            found += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            found += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QTreeWidget):
            it = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while it:
                item = it.pop()
                found += [(where, item.text(0)), (where + ".toolTip", item.toolTip(0))]
                it += [item.child(i) for i in range(item.childCount())]
        elif isinstance(w, QListWidget):
            found += [(where, w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            headers = [w.horizontalHeaderItem(c) for c in range(w.columnCount())]
            found += [(where + ".header", h.text()) for h in headers if h is not None]
            cells = [w.item(r, c) for r in range(w.rowCount()) for c in range(w.columnCount())]
            found += [(where, item.text()) for item in cells if item is not None]
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            found += [(where, line) for line in w.toPlainText().splitlines()]
        elif isinstance(w, QGraphicsView):
            found += [(where + " plot", t) for t in scene_texts(w)]
        for action in w.actions():
            found += [(where + " action", action.text()), (where + " action.toolTip", action.toolTip())]
    return [(where, shown(text)) for where, text in found if shown(text)]


@pytest.fixture
def chinese(qapp):
    register_cjk_font()
    assert install_language("zh_CN")
    figure_text.install(QCoreApplication.translate)
    yield
    install_language("en")


def english_left(root: QWidget) -> list[tuple[str, str]]:
    sources, same = english_catalogue()
    return sorted({(where, text) for where, text in visible_texts(root) if text in sources and text not in same})


def punctuation_left(root: QWidget) -> list[tuple[str, str]]:
    """Shown texts with half-width punctuation beside Chinese, text joined in code included (a menu's accelerator,
    shown as 文件(F), is Qt's convention: GLOSSARY rule 3)."""
    texts = visible_texts(root)
    return sorted({(where, text) for where, text in texts if problems(re.sub(r"\([A-Z]\)", "", text))})


def test_the_main_window_in_chinese_shows_no_english_text_of_the_catalogue(chinese, qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.load()
    explorer = window.current_tab()
    explorer.add_curve("gelu")
    explorer.readout_at(1.0)
    seen = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        seen += english_left(window) + punctuation_left(window)
    explorer_tab = window.tabs.widget(0)
    window.tabs.setCurrentIndex(0)
    explorer_tab.catalogue.select("softmax")  # the vector view
    qtbot.wait(50)
    seen += english_left(window) + punctuation_left(window)
    assert window.file_actions.toolbar.widgetForAction(window.file_actions.export_action).text() == "导出"
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert [m.title() for m in menus][:2] == ["文件(&F)", "视图(&V)"]
    assert not sorted(set(seen)), sorted(set(seen))[:20]


def test_the_dialogs_in_chinese_show_no_english_text_of_the_catalogue(chinese, qtbot):
    from gui.common.formula_dialog import FormulaDialog
    from gui.explorer.tab import ExplorerTab
    from gui.export.dialog import ExportDialog, GalleryDialog

    tab = ExplorerTab()
    qtbot.addWidget(tab)
    tab.add_curve("relu")
    dialogs = [ExportDialog(tab.figure_spec()), GalleryDialog(), FormulaDialog("x*sigmoid(beta*x)")]
    left = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        assert re.search(r"[\u4e00-\u9fff]", dialog.windowTitle())
        left += english_left(dialog)
    assert not left, left[:20]


def has_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


def test_the_lesson_panel_start_page_and_help_dialogs_in_chinese_show_no_english_text_of_the_catalogue(chinese, qtbot):
    from gui.about import AboutDialog
    from gui.guide import GuideDialog
    from gui.main_window import MainWindow
    from gui.shortcuts import ShortcutsDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.load()
    assert window.lessons.open_number(2)
    qtbot.wait(50)
    panel = window.lessons.panel
    assert panel.isVisible()
    assert all(has_chinese(t) for t in (panel.title_text(), panel.body_text(), panel.question_text()))
    left = english_left(window)
    start_page = window.lessons.show_start_page()
    dialogs = [start_page, AboutDialog("cpu", window), ShortcutsDialog(window), GuideDialog(window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        assert has_chinese(dialog.windowTitle())
        left += english_left(dialog)
    shortcuts, guide = dialogs[2], dialogs[3]
    assert all(has_chinese(action) for action, _keys in shortcuts.rows()), shortcuts.rows()
    assert "用户指南" in guide.browser.toPlainText()
    start_page.close()
    assert not left, left[:20]


def test_the_largest_slope_reads_place_first_in_chinese_and_value_first_in_english(chinese):
    from engine.analysis import max_abs_derivative
    from gui.explorer.notes import describe_extremum

    relu = max_abs_derivative("relu")  # ReLU′ is 1 for every x > 0
    sigmoid = max_abs_derivative("sigmoid")  # σ′ = σ(1 − σ) peaks at 1/4 at x = 0
    assert describe_extremum(relu) == "当 x > 0 时为 1"
    assert describe_extremum(sigmoid) == "在 x = 0 处为 0.25"
    install_language("en")
    assert describe_extremum(relu) == "1 for x > 0"
    assert describe_extremum(sigmoid) == "0.25 at x = 0"
