"""The race tab on the small classroom screens (sampled: a window per language, two screens): the loss legend never
covers most of the loss plot, both plots are on screen without scrolling, and the preset's box shows its name
whole, or ending in "…" with the whole name in its tooltip (never cut mid-word).

Seen in ``make screens``: on 1024×768 the legend covered about half of the small loss plot; on 1280×720 the accuracy
plot was below the fold and the preset's box read "3 个隐" (Chinese) / "3 hidde" (English).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from figures import text as figure_text
from gui.app import install_language, register_cjk_font
from gui.common.settings import app_settings
from gui.main_window import MainWindow
from tests.screen_checks import settle
from tests.windows import stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TASKBAR = 40  # the screen's available height leaves room for a panel (as tests/app/test_screens.py)
SAMPLES = [((1024, 768), "en"), ((1280, 720), "zh_CN"), ((1280, 720), "en"), ((1024, 768), "zh_CN")]
MOST_COVERED = 0.2  # the share of the loss plot's view box a legend may cover (top right, where losses fall from)


@pytest.fixture(scope="module")
def windows(qapp):
    settings = app_settings()
    settings.remove("present")
    built: dict[str, MainWindow] = {}

    def get(language: str) -> MainWindow:
        if language == "zh_CN":
            register_cjk_font()
        assert install_language(language) or language == "en"
        figure_text.install(QCoreApplication.translate)
        for other in built.values():
            other.hide()
        if language not in built:
            window = built[language] = MainWindow()
            window.show()
            window.load()
            window.lessons.panel.hide()
            window.show_tab("race")
        built[language].show()
        return built[language]

    yield get
    for window in built.values():
        stop_jobs(window)
        window.close()
        window.deleteLater()
    install_language("en")
    figure_text.install(QCoreApplication.translate)


def edit_room(combo: QComboBox) -> int:
    """The width the style gives a combo box's current text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    return rect.width()


@pytest.mark.parametrize("screen, language", SAMPLES, ids=[f"{w}x{h}-{lang}" for (w, h), lang in SAMPLES])
def test_the_race_reads_on_small_screens(windows, screen, language):
    window = windows(language)
    window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen: sized by hand, as maximised on that screen
    window.setGeometry(0, 0, screen[0], screen[1] - TASKBAR)
    settle(window)
    settle(window)
    tab = window.current_tab()
    assert tab.title() == window.tabs.tabText(window.tabs.currentIndex())
    curves, grid = tab.curves, tab.grid
    assert grid is not None

    box = curves.loss_plot.vb.sceneBoundingRect()
    if curves.legend.isVisible():
        covered = curves.legend.sceneBoundingRect().intersected(box)
        share = covered.width() * covered.height() / (box.width() * box.height())
        assert share <= MOST_COVERED, f"the legend covers {share:.0%} of the loss plot {box.getRect()}"
    else:  # no legend: every racer's colour square and name are on its map's title
        for race_map in tab.maps[: len(tab.result.race.activations)]:
            assert race_map.isVisible() and "■" in race_map.title_text()

    if screen != (1280, 720):  # 1024×768: two rows of maps at their readable size already fill the height
        check_preset_box(tab, language)
        return
    viewport = grid.viewport()
    for widget in (curves.loss_widget, curves.accuracy_widget):
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        bottom = top_left.y() + widget.height()
        assert 0 <= top_left.y() and bottom <= viewport.height(), (
            f"{widget.getPlotItem().titleLabel.text} at y {top_left.y()}..{bottom}, the grid shows 0..{viewport.height()}"
        )
    assert grid.verticalScrollBar().maximum() == 0, "the race's grid scrolls"

    check_preset_box(tab, language)


def check_preset_box(tab, language) -> None:
    combo = tab.controls.preset_combo
    text = combo.currentText()
    assert text, "a preset is chosen at start"
    whole = combo.fontMetrics().horizontalAdvance(text) <= edit_room(combo)
    if language == "zh_CN":  # room enough for every preset's Chinese name (the column's scroll bar beside it)
        assert whole, f"the preset's box ({edit_room(combo)} px) cuts {text!r}"
    else:  # the longest English name is 248 px: "…" where it does not fit, the whole name in the tooltip
        assert whole or combo.toolTip() == text
