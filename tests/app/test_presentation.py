"""Presentation mode and the interface scale: full screen, larger fonts, thicker lines, restored exactly on Esc.

Every test leaves the app as it found it (×1, default palette, no remembered ``present/…`` settings):
the application font and the active palette are process-wide.
"""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle

from figures.palette import HIGH_CONTRAST, OKABE_ITO
from gui.common.settings import app_settings
from gui.common.tabs import control_panels
from gui.export.formats import figure_image
from gui.main_window import MainWindow
from tests.windows import shown_window, stop_jobs


def _forget_present_settings():
    settings = app_settings()
    settings.remove("present")
    settings.sync()


def _close(window: MainWindow) -> None:
    view = window.view_actions
    view.present_action.setChecked(False)
    view.contrast_action.setChecked(False)
    view.set_interface_scale(1.0)
    stop_jobs(window)


@pytest.fixture
def open_window(qtbot):
    """A factory of shown, loaded, active main windows; afterwards every one back at ×1 and the settings forgotten."""
    _forget_present_settings()
    windows = []

    def make() -> MainWindow:
        window = shown_window(qtbot, (1280, 800), active=True)
        windows.append(window)
        return window

    yield make
    for window in windows:
        _close(window)
    _forget_present_settings()


@pytest.fixture
def window(open_window):
    return open_window()


def _curve_pen_width(window: MainWindow) -> float:
    explorer = window.lab_tabs()[0]
    return explorer.curve_items()[0][0].opts["pen"].widthF()


def _tick_box() -> int:
    return QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)


def _font_pt() -> float:
    return QApplication.font().pointSizeF()


def test_f5_shows_full_screen_with_fonts_and_curves_half_as_large_again_and_esc_restores_them_exactly(window, qtbot):
    font, width = _font_pt(), _curve_pen_width(window)
    explorer = window.lab_tabs()[0]
    marker = explorer.marks(0).kink_f.opts["size"]
    tick_box = _tick_box()
    QTest.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen, timeout=60_000)
    assert window.view_actions.presenting()
    assert _font_pt() == pytest.approx(1.5 * font)
    assert _curve_pen_width(window) == pytest.approx(1.5 * width)
    assert explorer.marks(0).kink_f.opts["size"] == pytest.approx(1.5**0.5 * marker)  # marks 1.5 times the area
    assert _tick_box() == round(1.5 * tick_box)  # a tick box grows with its label
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=60_000)
    assert not window.view_actions.presenting()
    assert _font_pt() == font
    assert _curve_pen_width(window) == width
    assert explorer.marks(0).kink_f.opts["size"] == marker
    assert _tick_box() == tick_box


def test_larger_and_smaller_keys_stop_at_125_and_250_percent_while_presenting(window):
    font = _font_pt()
    window.view_actions.set_presenting(True)
    for _ in range(10):
        QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view_actions.current_scale() == 2.5
    assert _font_pt() == pytest.approx(2.5 * font)
    for _ in range(10):
        QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view_actions.current_scale() == 1.25
    assert _font_pt() == pytest.approx(1.25 * font)


def test_both_scales_and_the_palette_are_remembered_by_the_next_window(open_window):
    first = open_window()
    font = _font_pt()
    view = first.view_actions
    view.set_interface_scale(1.75)
    view.set_presenting(True)
    view.step(+1)  # 1.5 → 1.75
    view.step(+1)  # → 2.0
    view.contrast_action.setChecked(True)
    view.set_presenting(False)
    view.style.apply(1.0, False)  # this window back to ×1 and the default palette; the settings keep the choices
    second = open_window()
    assert second.view_actions.current_scale() == 1.75
    assert _font_pt() == pytest.approx(1.75 * font)
    assert second.view_actions.contrast_action.isChecked()
    second.view_actions.set_presenting(True)
    assert second.view_actions.current_scale() == 2.0


def test_a_curve_added_while_presenting_gets_the_thick_pen_too(window, qtbot):
    width = _curve_pen_width(window)
    window.view_actions.set_presenting(True)
    explorer = window.lab_tabs()[0]
    index = explorer.add_curve("sigmoid")
    line = explorer.curve_items()[0][index]
    qtbot.waitUntil(lambda: line.opts["pen"].widthF() == pytest.approx(1.5 * width), timeout=60_000)
    window.view_actions.set_presenting(False)
    assert line.opts["pen"].widthF() == width


def test_hide_controls_folds_every_tabs_controls_away_and_the_plots_grow(window, qtbot):
    explorer = window.lab_tabs()[0]
    panels = control_panels(window)
    assert {tab for tab in window.lab_tabs() if any(tab.isAncestorOf(p) for p in panels)} == set(window.lab_tabs())
    plots_width = explorer.plots.width()
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert all(panel.isHidden() for panel in panels)
    qtbot.waitUntil(lambda: explorer.plots.width() > plots_width + 200, timeout=60_000)
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert not any(panel.isHidden() for panel in panels)


def test_high_contrast_palette_recolours_the_curves_on_screen_and_back(window, qtbot):
    explorer = window.lab_tabs()[0]
    line = explorer.curve_items()[0][0]
    assert line.opts["pen"].color().name().lower() == OKABE_ITO[0].lower()
    window.view_actions.contrast_action.setChecked(True)
    assert line.opts["pen"].color().name().lower() == HIGH_CONTRAST[0].lower()
    window.view_actions.contrast_action.setChecked(False)
    assert line.opts["pen"].color().name().lower() == OKABE_ITO[0].lower()


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : 4 * image.width()].copy()  # a copy: the QImage's memory goes with it


def test_exported_images_keep_their_own_sizes_in_presentation_mode(window):
    spec = window.current_tab().figure_spec()
    before = _pixels(figure_image(spec, width=800, height=600))
    window.view_actions.set_presenting(True)
    during = _pixels(figure_image(window.current_tab().figure_spec(), width=800, height=600))
    assert np.array_equal(before, during)
