"""Qt's own words in Chinese: its catalogue (qtbase_zh_CN.qm) loads beside ours, and a non-native file dialog
(as File > Save session opens it) shows Chinese labels, including the two that Qt's catalogue lacks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from figures.catalogue import read_qm
from gui.app import QT_WORDS, install_language, loaded_catalogues, qt_translation_dirs
from gui.selftest import FILE_DIALOG_LABELS, check_qt_words


@pytest.fixture
def chinese(qapp):
    assert install_language("zh_CN")
    yield
    install_language("en")


def labels() -> dict[str, str]:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        return {name: dialog.findChild(QLabel, name).text() for name, _ in FILE_DIALOG_LABELS}
    finally:
        dialog.deleteLater()


def test_qt_s_catalogue_loads_with_ours_and_the_file_dialog_speaks_chinese(chinese):
    assert loaded_catalogues() == (True, True)
    qtbase = next(d / "qtbase_zh_CN.qm" for d in qt_translation_dirs() if (d / "qtbase_zh_CN.qm").is_file())
    qt_words = read_qm(qtbase.read_bytes())  # Qt's own catalogue, read without Qt
    shown = labels()
    assert shown["fileNameLabel"] == qt_words["QFileDialog", "File &name:"] == "文件名称(&N)："
    assert ("QFileDialog", "&Look in:") not in qt_words  # why ours carries QT_WORDS
    assert shown["lookInLabel"] == "查找范围(&L)："
    assert shown["fileTypeLabel"] == "文件类型(&T)："
    check_qt_words()  # the self-test step a frozen build runs in Chinese


def test_in_english_the_dialog_keeps_qt_s_english_and_the_step_passes(qapp):
    install_language("en")
    assert loaded_catalogues() == (False, False)
    assert labels() == dict(FILE_DIALOG_LABELS)
    check_qt_words()


def test_qt_words_are_the_labels_the_dialog_asks_for():
    assert set(QT_WORDS) == {text for name, text in FILE_DIALOG_LABELS if name != "fileNameLabel"}
