"""A map's numbers (BreakingLabel) break their " · " parts onto lines of their own only while too wide, and follow
each new text: the same text set again (every frame while playing) is not measured again."""

import pytest
from PySide6.QtGui import QFont

from gui.common.square import BreakingLabel

pytestmark = pytest.mark.gui


def test_new_text_shows_the_same_text_is_kept_and_a_larger_font_breaks_it_again(qtbot):
    label = BreakingLabel()
    qtbot.addWidget(label)
    font = QFont(label.font())
    font.setPointSize(10)
    label.setFont(font)
    label.resize(2000, 40)
    label.setText("Test loss 0.123 · Training loss 0.456")
    assert label.text() == "Test loss 0.123 · Training loss 0.456"
    label.setText("Test loss 0.120 · Training loss 0.450")  # the next frame's numbers
    assert label.text() == "Test loss 0.120 · Training loss 0.450"
    wide = label.fontMetrics().horizontalAdvance(label.text())
    label.resize(wide + 6, 40)  # fits at this font
    label.setText("Test loss 0.120 · Training loss 0.450")  # the same again: kept
    assert label.text() == "Test loss 0.120 · Training loss 0.450"
    font.setPointSize(20)
    label.setFont(font)  # the same width: too narrow at the larger font, so the parts break onto their own lines
    assert label.text() == "Test loss 0.120\nTraining loss 0.450"
    label.setText("Test loss 0.100 · Training loss 0.400")
    assert label.text() == "Test loss 0.100\nTraining loss 0.400"
