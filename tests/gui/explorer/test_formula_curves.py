"""Formula curves in the explorer (pytest-qt, headless): the dialog's live checking, the curve and its
sliders, editing, widening, and notes computed over the view.

Expected values are closed forms written with numpy: Swish x·σ(βx) (Ramachandran et al. 2017),
Mish x·tanh(softplus x) (Misra 2019), x² and leaky ReLU.
"""

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import engine
from gui.common.formula_dialog import FormulaDialog


def when_the_dialog_opens(act):
    """Run ``act(dialog)`` once the formula dialog is shown (its exec() blocks the test until then)."""

    def poll():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FormulaDialog) and w.isVisible()]
        if shown:
            act(shown[0])
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


def line_data(tab, index, row=0):
    x, y = tab.curve_items()[row][index].getOriginalDataset()
    return np.asarray(x), np.asarray(y)


def test_typing_a_bad_formula_shows_the_message_with_its_column_and_disables_add(qtbot):
    dialog = FormulaDialog()
    qtbot.addWidget(dialog)
    dialog.set_text("x*sigmoid(x)")
    _good_x, good_f = dialog.preview_data()
    assert dialog.is_valid() and dialog.add_button.isEnabled() and dialog.error_text() == ""
    dialog.set_text("x*os.system(1)")
    assert not dialog.is_valid() and not dialog.add_button.isEnabled()
    assert "column 3" in dialog.error_text()
    assert "os.system" in dialog.marked_html() and "background-color" in dialog.marked_html()
    x, f = dialog.preview_data()  # the last good preview stays
    np.testing.assert_array_equal(f, good_f)
    np.testing.assert_allclose(f, x * sig(x), rtol=1e-12, atol=1e-15)


def test_an_unfinished_formula_is_pointed_at_and_the_empty_field_asks_for_one(qtbot):
    dialog = FormulaDialog()
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and dialog.error_text()
    dialog.set_text("x*(")
    assert "column" in dialog.error_text() and not dialog.add_button.isEnabled()


def test_the_parameters_line_never_names_those_of_an_earlier_formula(qtbot):
    dialog = FormulaDialog()
    qtbot.addWidget(dialog)
    dialog.set_text("x*sigmoi")  # half typed: valid, with a parameter "sigmoi"
    assert "sigmoi = 1" in dialog.parameters.text()
    dialog.set_text("x*sigmoid(")
    assert not dialog.is_valid() and "sigmoi" not in dialog.parameters.text()
    dialog.set_text("x*sigmoid(beta*x)")
    assert "beta = 1" in dialog.parameters.text() and "sigmoi =" not in dialog.parameters.text()


def test_a_preset_fills_in_its_formula_note_and_starting_values(qtbot):
    dialog = FormulaDialog()
    qtbot.addWidget(dialog)
    dialog.choose_preset("soft_clipping")
    assert dialog.formula_text() == engine.get_formula_preset("soft_clipping").text
    assert dialog.start_values() == {"a": 5.0} and dialog.is_valid()
    x, f = dialog.preview_data()

    def softplus(z):  # PyTorch's: z itself above threshold=20
        return np.where(z > 20, z, np.logaddexp(0.0, z))

    want = (softplus(5 * x) - softplus(5 * (x - 1))) / 5
    np.testing.assert_allclose(f, want, rtol=1e-12, atol=1e-15)


def test_the_new_formula_button_adds_nothing_for_a_bad_formula_and_a_curve_for_a_good_one(tab, qtbot):
    seen = {}

    def type_into_dialog(dialog, text, accept):
        dialog.set_text(text)
        seen[text] = (dialog.add_button.isEnabled(), dialog.error_text())
        dialog.add_button.click() if accept else dialog.reject()

    when_the_dialog_opens(lambda dialog: type_into_dialog(dialog, "x*[1]", False))
    tab.new_formula_button.click()
    assert len(tab.curves) == 0
    assert seen["x*[1]"][0] is False and "column 3" in seen["x*[1]"][1]
    when_the_dialog_opens(lambda dialog: type_into_dialog(dialog, "x*tanh(softplus(x))", True))
    tab.new_formula_button.click()
    assert len(tab.curves) == 1
    x, f = line_data(tab, 0, 0)
    _, df = line_data(tab, 0, 1)
    t = np.tanh(np.logaddexp(0.0, x))
    np.testing.assert_allclose(f, x * t, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(df, t + x * (1 - t * t) * sig(x), rtol=1e-4, atol=1e-5)


def test_moving_the_beta_slider_of_swish_follows_x_sigmoid_beta_x(tab, qtbot):
    preset = engine.get_formula_preset("swish")
    index = tab.formulas.add_formula(preset.text, preset.values)
    silu = tab.add_curve("silu")
    tab.select_curve(index)
    editor = tab.param_panel.editors["beta"]
    with qtbot.waitSignal(tab.plotted, timeout=60_000):
        editor.slider.setValue(2.5)
    x, f = line_data(tab, index, 0)
    _, df = line_data(tab, index, 1)
    s = sig(2.5 * x)
    np.testing.assert_allclose(f, x * s, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(df, s + 2.5 * x * s * (1 - s), rtol=1e-4, atol=1e-5)
    xs, fs = line_data(tab, silu, 0)  # SiLU beside it is β = 1
    np.testing.assert_allclose(fs, xs * sig(xs), rtol=1e-5, atol=1e-6)
    assert "beta=2.5" in tab.labels()[index]


def test_a_widened_range_lets_the_slider_go_past_ten(tab, qtbot):
    index = tab.formulas.add_formula("x*sigmoid(beta*x)")
    tab.set_param(index, "beta", 15.0)
    assert tab.curves[index].params["beta"] == 1.0 and "beta" in tab.last_error  # refused: the range is -10…10
    tab.side.widen_button.click()
    assert tab.param_panel.editors["beta"].spec.maximum == 20.0
    tab.set_param(index, "beta", 15.0)
    x, f = line_data(tab, index, 0)
    np.testing.assert_allclose(f, x * sig(15.0 * x), rtol=1e-5, atol=1e-6)


def test_editing_a_formula_keeps_the_values_of_its_parameters(tab, qtbot):
    index = tab.formulas.add_formula("x*sigmoid(beta*x)", {"beta": 2.0})
    assert tab.formulas.edit_formula(index, "tanh(beta*x)")
    assert tab.curves[index].params == {"beta": 2.0}
    x, f = line_data(tab, index, 0)
    np.testing.assert_allclose(f, np.tanh(2.0 * x), rtol=1e-5, atol=1e-6)
    with pytest.raises(engine.ExpressionError):
        tab.formulas.edit_formula(index, "tanh(")
    np.testing.assert_array_equal(line_data(tab, index, 0)[1], f)  # the last good curve stays


def test_a_formula_that_switches_gets_its_kink_marked(tab):
    index = tab.formulas.add_formula("where(x > 0, x, 0.1*x)")
    kinks = tab.curves[index].kinks
    assert [k.x for k in kinks] == [0.0]
    assert kinks[0].df_left == pytest.approx(0.1) and kinks[0].df_right == pytest.approx(1.0)


def test_the_notes_of_x_squared_are_computed_over_the_view(tab):
    tab.set_x_range(-6.0, 6.0)
    tab.formulas.add_formula("x**2")
    text = tab.notes.toPlainText()
    assert "[0, 36] on [-6, 6]" in text
    assert "12 at x = ±6" in text
    assert "no: f(−x) ≠ −f(x); f(0) = 0" in text
    assert "Monotonic\nno on [-6, 6]" in text or "Monotonic no on [-6, 6]" in text
    assert "computed over the view" not in text.replace("computed over the plotted range", "")


def test_the_notes_say_a_shifted_sigmoid_is_increasing_and_not_zero_centred(tab):
    tab.set_x_range(-4.0, 4.0)
    tab.formulas.add_formula("sigmoid(x)")
    text = tab.notes.toPlainText()
    assert "no: f(−x) ≠ −f(x); f(0) = 0.5" in text and "yes, increasing" in text


def test_silu_and_its_formula_get_the_same_zero_centred_note(tab):
    """Registry SiLU and the typed x*sigmoid(beta*x) are one function: one answer (x·σ(x) > 0 for x > 0 but
    −x·σ(−x) is not its negative), in the registry notes' own words."""
    from gui.explorer.notes import computed_rows

    registry = dict(computed_rows("silu", {}, "float32"))["Zero-centred"]
    tab.set_x_range(-5.0, 5.0)
    tab.formulas.add_formula("x*sigmoid(beta*x)")
    text = tab.notes.toPlainText()
    assert registry == "no: f(−x) ≠ −f(x)"
    assert f"{registry}; f(0) = 0" in text
