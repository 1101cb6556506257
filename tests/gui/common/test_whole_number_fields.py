"""The whole-number fields of the Initialisation and Depth tabs read what a Chinese keyboard types and never
change a value in silence."""

import pytest
from PySide6.QtCore import Qt

from gui.depth.controls import DepthControls
from gui.initialization.controls import InitControls


def _type(qtbot, spin, text: str) -> None:
    """Select the field's text, insert ``text`` as an input method would (QTest cannot type non-Latin-1), Enter."""
    spin.lineEdit().selectAll()
    spin.lineEdit().insert(text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.fixture
def init_controls(qtbot):
    controls = InitControls()
    qtbot.addWidget(controls)
    controls.show()
    return controls


@pytest.fixture
def depth_controls(qtbot):
    controls = DepthControls()
    qtbot.addWidget(controls)
    controls.show()
    return controls


def test_full_width_digits_are_read_in_the_weight_shape(init_controls, qtbot):
    _type(qtbot, init_controls.out_spin, "１２８")
    assert init_controls.out_spin.value() == 128
    assert init_controls.notice.text() == ""


def test_a_shape_above_its_maximum_keeps_the_last_value_and_says_so(init_controls, qtbot):
    before = init_controls.in_spin.value()
    _type(qtbot, init_controls.in_spin, "999999")
    assert init_controls.in_spin.value() == before
    assert "above the maximum" in init_controls.notice.text() and "kept" in init_controls.notice.text()
    assert init_controls.notice.isVisible()


def test_full_width_digits_are_read_in_the_depth_network(depth_controls, qtbot):
    _type(qtbot, depth_controls.layers_spin, "１０")
    _type(qtbot, depth_controls.batch_spin, "２５６")
    assert (depth_controls.layers_spin.value(), depth_controls.batch_spin.value()) == (10, 256)


def test_a_depth_batch_of_zero_keeps_the_last_value_and_says_so(depth_controls, qtbot):
    before = depth_controls.batch_spin.value()
    _type(qtbot, depth_controls.batch_spin, "0")
    assert depth_controls.batch_spin.value() == before
    assert "below the minimum 1" in depth_controls.notice.text()


def test_a_percent_field_reads_full_width_digits_and_keeps_its_suffix(qtbot):
    from gui.training.data_box import DataBox

    box = DataBox()
    qtbot.addWidget(box)
    box.show()
    _type(qtbot, box.noise_spin, "２５ %")
    assert box.noise_spin.value() == 25 and box.noise_spin.text() == "25 %"
    _type(qtbot, box.ratio_spin, "95 %")  # above the 90 % maximum: kept, and said
    assert box.ratio_spin.value() != 95 and "above the maximum" in box.notice.text()


def test_lesson_9s_gain_of_5_3_typed_as_1_667_is_rounded_to_the_field_and_said(depth_controls, qtbot):
    """Lesson 9 asks for tanh's gain 5/3; the field shows 2 decimals: 1.667 becomes 1.67 (not 'kept 1.00')."""
    depth_controls.init_combo.setCurrentIndex(depth_controls.init_combo.findData("xavier_normal"))
    gain = depth_controls.init_params.editors["gain"]
    _type(qtbot, gain.spin, "1.667")
    assert gain.value() == pytest.approx(1.67, abs=1e-12)
    assert depth_controls.init_params.values()["gain"] == pytest.approx(1.67, abs=1e-12)
    assert "1.667 rounded to 1.67" in depth_controls.notice.text() or "1.667 rounded to 1.67" in gain.spin.notice()
    assert "kept" not in gain.spin.notice()
    _type(qtbot, gain.spin, "1.5")  # a value the field holds exactly: no notice
    assert gain.value() == 1.5 and gain.spin.notice() == ""
