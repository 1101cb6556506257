"""Without the mouse: Space plays and pauses, S steps one epoch, R resets, also with the controls hidden (F6);
a field being typed in keeps its keys; the shortcuts dialog lists the three in full."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox

from gui.common.tabs import control_panels
from gui.shortcuts import ShortcutsDialog
from tests.windows import shown_window, stop_jobs


@pytest.fixture
def window(qtbot):
    window = shown_window(qtbot, (1280, 800), active=True)
    tab = window.lab_tabs()[3]
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.frame is not None and not tab.is_busy(), timeout=60_000)  # built when first shown
    window.tabs.setFocus()
    yield window
    stop_jobs(window)


def test_s_steps_space_plays_and_pauses_and_r_resets_with_the_controls_hidden(window, qtbot):
    tab = window.current_tab()
    QTest.keyClick(window, Qt.Key.Key_F6)  # controls folded away: the keys are the only way
    assert not any(panel.isVisible() for panel in control_panels(tab))
    QTest.keyClick(window.tabs, Qt.Key.Key_S)
    assert tab.wait_idle(60)
    assert tab.epoch() == 1
    QTest.keyClick(window.tabs, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.epoch() >= 3, timeout=60_000)
    QTest.keyClick(window.tabs, Qt.Key.Key_Space)
    assert tab.wait_idle(60)
    assert not tab.controls.run_box.play_button.isChecked()
    QTest.keyClick(window.tabs, Qt.Key.Key_R)
    assert tab.wait_idle(60)
    assert tab.epoch() == 0
    QTest.keyClick(window, Qt.Key.Key_F6)


def test_typing_in_a_field_keeps_its_keys(window):
    tab = window.current_tab()
    box = next(b for b in tab.controls.findChildren(QAbstractSpinBox) if b.isVisible() and b.isEnabled())
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_S)
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert tab.wait_idle(60)
    assert tab.epoch() == 0 and not tab.controls.run_box.play_button.isChecked()


def test_the_shortcuts_dialog_lists_the_training_keys_in_full_without_scrolling(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dict(dialog.rows())
    assert {rows.get("Play / Pause training"), rows.get("Train one epoch (Step)"), rows.get("Reset the training")} == {
        "Space",
        "S",
        "R",
    }
    for table in dialog.tables:
        assert table.verticalScrollBar().maximum() == 0 and table.horizontalScrollBar().maximum() == 0
        for row in range(table.rowCount()):
            for column in range(2):
                text = table.item(row, column).text()
                need = table.fontMetrics().horizontalAdvance(text)
                assert table.columnWidth(column) >= need, text
    assert dialog.height() <= 768 and dialog.width() <= 1024
