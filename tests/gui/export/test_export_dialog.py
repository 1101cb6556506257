"""File > Export…, Copy as image and Export gallery… in the window (only the file-name step is mocked)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from gui.export.dialog import ExportDialog, ExportOptions, GalleryDialog
from gui.export.size import output_size
from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh_options():
    ExportDialog.last_options = ExportOptions()
    yield
    ExportDialog.last_options = ExportOptions()


@pytest.fixture
def warnings(monkeypatch):
    """The warnings the dialogs show (title, text), each checked to be shown as plain text."""
    shown = []

    def record(box):
        assert box.textFormat() == Qt.TextFormat.PlainText, "a message may quote user text: never rich text"
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    # the window's own fixed-text warnings (gui.actions) use the static helper
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    return shown


@pytest.fixture
def save_as(monkeypatch):
    """Answer the save-file dialog with a chosen path (the one step the tests replace)."""
    answer = {}

    def fake(parent, caption, suggested, name_filter, *args):
        answer["suggested"], answer["filter"] = suggested, name_filter
        return str(answer["path"]), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return answer


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.load()
    return w


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_file_menu_has_the_export_actions_with_their_shortcuts(window):
    actions = window.file_actions
    menu_texts = [a.text() for a in actions.menu.actions() if a.text()]
    # the session actions (gui/session_actions.py) come first, then export, copy, gallery, and Quit last
    assert menu_texts[-5:] == ["&Export…", "&Copy as image", "Export &animation…", "Export &gallery…", "&Quit"]
    assert actions.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert actions.copy_action.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert actions.export_action in actions.toolbar.actions()
    assert window.menuBar().actions()[0].menu() is actions.menu


def test_export_dialog_writes_a_png_of_the_chosen_size_and_style(window, qtbot, save_as, tmp_path):
    dialog = ExportDialog(window.current_tab().figure_spec(), window)
    qtbot.addWidget(dialog)
    choose(dialog.format_box, "png")
    dialog.pixels_radio.setChecked(True)
    dialog.width_box.setValue(640)
    dialog.height_box.setValue(480)
    choose(dialog.style_box, "print")
    save_as["path"] = tmp_path / "slide"  # no extension typed: the chosen format's is added
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "slide.png"))
    assert (image.width(), image.height()) == (640, 480)
    assert image.pixelColor(0, 0).name() == "#ffffff"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert save_as["filter"].endswith("(*.png)")
    assert ExportDialog.last_options.style == "print"  # remembered for the next export


def test_export_dialog_scale_and_csv(window, qtbot, save_as, tmp_path):
    spec = window.current_tab().figure_spec()
    dialog = ExportDialog(spec, window)
    qtbot.addWidget(dialog)
    choose(dialog.scale_box, 3)
    save_as["path"] = tmp_path / "big.png"
    dialog.export()
    w, h = output_size(spec, None, None, 1.0)
    assert QImage(str(tmp_path / "big.png")).size().toTuple() == (3 * w, 3 * h)

    dialog = ExportDialog(spec, window)
    qtbot.addWidget(dialog)
    choose(dialog.format_box, "csv")
    assert not dialog.style_box.isEnabled() and not dialog.scale_box.isEnabled()
    save_as["path"] = tmp_path / "data.csv"
    dialog.export()
    lines = (tmp_path / "data.csv").read_text().splitlines()
    assert lines[0].split(",")[0] == "x" and len(lines) == len(spec.panels[0].series[0].x) + 1


def test_export_to_an_unwritable_place_shows_a_message_and_keeps_the_dialog(window, qtbot, save_as, warnings, tmp_path):
    dialog = ExportDialog(window.current_tab().figure_spec(), window)
    qtbot.addWidget(dialog)
    save_as["path"] = tmp_path / "no-such-folder" / "f.pdf"
    dialog.export()
    assert len(warnings) == 1 and "does not exist" in warnings[0][1]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.exported_path is None
    assert os.listdir(tmp_path) == []


def test_cancelling_the_file_dialog_writes_nothing(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = ExportDialog(window.current_tab().figure_spec(), window)
    qtbot.addWidget(dialog)
    dialog.export()
    assert dialog.exported_path is None


def test_ctrl_e_opens_the_dialog_on_the_current_tab(window, qtbot, save_as, monkeypatch, tmp_path):
    opened = []

    def run_dialog(dialog):  # instead of the modal loop: the user presses Export…
        opened.append(dialog.spec)
        dialog.export()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run_dialog)
    save_as["path"] = tmp_path / "tab.svg"
    window.file_actions.export_action.trigger()
    assert opened and opened[0].title == window.current_tab().figure_spec().title
    assert (tmp_path / "tab.svg").read_text().lstrip().startswith("<?xml")
    assert "tab.svg" in window.statusBar().currentMessage()


def test_copy_as_image_puts_the_figure_on_the_clipboard(window):
    QApplication.clipboard().clear()
    window.file_actions.copy_action.trigger()
    image = QApplication.clipboard().image()
    w, h = output_size(window.current_tab().figure_spec(), None, None, 1.0)
    assert (image.width(), image.height()) == (2 * w, 2 * h)


def test_export_before_the_tabs_exist_says_so(qtbot, warnings):
    w = MainWindow()  # not loaded yet: only the "Loading PyTorch…" page
    qtbot.addWidget(w)
    w.file_actions.export_action.trigger()
    assert warnings and "no plot" in warnings[0][1].lower()


def test_gallery_dialog_writes_the_ticked_activations(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog = GalleryDialog()
    qtbot.addWidget(dialog)
    dialog._check_all(False)
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in ("relu", "softmax"):
            item.setCheckState(Qt.CheckState.Checked)
    choose(dialog.format_box, "svg")
    dialog.export()
    assert sorted(os.listdir(tmp_path)) == ["index.html", "relu.svg", "softmax.svg"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_gallery_dialog_with_nothing_ticked_asks_for_a_choice(qtbot, warnings, tmp_path):
    dialog = GalleryDialog()
    qtbot.addWidget(dialog)
    dialog._check_all(False)
    dialog.export()
    assert warnings and os.listdir(tmp_path) == []
