"""Help menu: About names the real versions and copies them; the shortcut list is the window's own; the guide is whole."""

import platform
import re
from html.parser import HTMLParser

import numpy
import pyqtgraph
import PySide6
import pytest
import torch
from PySide6.QtCore import QLocale, qVersion
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from gui.about import AboutDialog, about_lines
from gui.app import APP_NAME, APP_VERSION
from gui.common.paths import resource
from gui.guide import GuideDialog, check_guide, guide_file
from gui.menus import top_menu
from gui.shortcuts import ShortcutsDialog
from tests.windows import shown_window, stop_jobs


@pytest.fixture
def window(qtbot):
    window = shown_window(qtbot, size=None)
    yield window
    stop_jobs(window)


def test_about_names_the_versions_the_app_really_runs_with():
    lines = {line.name: line.value for line in about_lines("cpu")}
    assert lines[APP_NAME] == APP_VERSION
    assert lines["Python"] == platform.python_version()
    assert lines["PyTorch"].split(" ")[0] == torch.__version__
    assert lines["Qt"] == qVersion()
    assert lines["PySide6"] == PySide6.__version__
    assert lines["pyqtgraph"] == pyqtgraph.__version__
    assert lines["NumPy"] == numpy.__version__
    assert lines["Device in use"].startswith("CPU")  # asked for the CPU: never CUDA
    if torch.cuda.is_available():
        major, minor = torch.cuda.get_device_capability(0)
        assert lines["CUDA capability"] == f"{major}.{minor}"
    else:
        assert lines["CUDA capability"] == "no CUDA device"


def test_about_copy_puts_every_version_on_the_clipboard(qtbot):
    dialog = AboutDialog("auto")
    qtbot.addWidget(dialog)
    QApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    for version in (APP_VERSION, platform.python_version(), torch.__version__, qVersion(), pyqtgraph.__version__):
        assert version in copied


def test_the_shortcut_list_holds_every_shortcut_of_the_window(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = [key.strip() for _, keys in dialog.rows() for key in keys.split(", ")]
    expected = [
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for thing in window.findChildren(QAction) + window.findChildren(QShortcut)
        for key in (thing.shortcuts() if isinstance(thing, QAction) else thing.keys())
        if not key.isEmpty()
    ]
    assert {"F5", "Esc", "F6", "Ctrl+E", "Ctrl+Z"} <= set(expected)  # View, File and a tab's own shortcut
    assert sorted(set(expected)) == sorted(set(listed))


def test_every_top_menu_and_its_entries_have_a_mnemonic(window):
    for key in ("file", "view", "help"):
        menu = top_menu(window, key)
        assert re.search(r"&\w", menu.title()), menu.title()
        for action in menu.actions():
            if not action.isSeparator():
                assert re.search(r"&\w", action.text()) or not action.isVisible(), action.text()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images, self.links, self.anchors = [], [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs["src"])
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])
        for name in ("id", "name"):
            if name in attrs and tag in ("a", "h1", "h2", "h3"):
                self.anchors.add(attrs[name])


def test_the_guide_has_a_loadable_screenshot_of_every_tab_and_no_broken_section_link(window):
    page = _Links()
    page.feed(guide_file(QLocale("en_GB")).read_text(encoding="utf-8"))
    assert len(page.images) >= len(window.lab_tabs())
    for src in page.images:
        image = QImage(str(resource("guide", src)))
        assert not image.isNull(), src
        assert image.width() >= 800
    assert page.links and set(page.links) <= page.anchors


def test_the_guide_opens_in_the_app_with_its_images(qtbot):
    dialog = GuideDialog(locale=QLocale("en_GB"))
    qtbot.addWidget(dialog)
    dialog.show()
    document = dialog.browser.document()
    assert document.metaInformation(document.MetaInformation.DocumentTitle).startswith("Activation Lab")
    assert "Presentation mode" in dialog.browser.toPlainText()
    for src in ("explorer.png", "training.png"):  # as the browser resolves them beside the page it shows
        pixmap = document.resource(document.ResourceType.ImageResource.value, dialog.browser.source().resolved(src))
        assert pixmap is not None and not pixmap.isNull() and pixmap.width() >= 800, src


def test_a_translated_guide_is_chosen_for_its_language_and_english_otherwise(tmp_path):
    for name in ("index.html", "index.zh.html"):
        (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    assert guide_file(QLocale("zh_CN"), tmp_path).name == "index.zh.html"
    assert guide_file(QLocale("de_DE"), tmp_path).name == "index.html"
    (tmp_path / "index.zh_TW.html").write_text("<html></html>", encoding="utf-8")
    assert guide_file(QLocale("zh_TW"), tmp_path).name == "index.zh_TW.html"


def test_the_self_test_step_for_the_guide_passes_on_the_bundled_guide():
    check_guide()
