"""The notes panel shows the facts the engine computes for the parameters and precision on screen."""

import math

import numpy as np


def notes(tab) -> str:
    return tab.notes.toPlainText()


def row(tab, label: str) -> str:
    """The value of row ``label`` in the notes (as plain text a table cell is a line of its own)."""
    lines = notes(tab).splitlines()
    if label not in lines:
        raise AssertionError(f"no row {label!r} in {lines!r}")
    return lines[lines.index(label) + 1]


def test_leaky_relu_at_slope_zero_is_said_to_be_relu_with_range_from_zero_and_dead_units(tab, qtbot):
    tab.add_curve("leaky_relu")
    assert row(tab, "Output range") == "(-∞, ∞)"
    assert "no dead neurons" in row(tab, "Zero gradient")
    tab.set_param(0, "negative_slope", 0.0)
    qtbot.waitUntil(lambda: row(tab, "Output range") == "[0, ∞)", timeout=60_000)
    assert "no dead neurons" not in notes(tab)
    assert row(tab, "Zero gradient").startswith("f′ is exactly 0 for x ≤ 0")


def test_hardtanh_is_zero_centred_only_while_min_val_is_minus_max_val(tab, qtbot):
    tab.add_curve("hardtanh")
    assert row(tab, "Zero-centred").startswith("yes")
    tab.set_param(0, "max_val", 2.0)
    qtbot.waitUntil(lambda: row(tab, "Zero-centred").startswith("no"), timeout=60_000)
    assert row(tab, "Output range").startswith("[-1, 2]")


def test_the_rounding_row_follows_the_precision_on_screen(tab, qtbot):
    tab.add_curve("sigmoid")
    tab.set_compute("cpu", "float32")
    # float32: 1 + e^(-x) rounds to 1 once e^(-x) is below half an ulp of 1 (2^-24): x ≥ 24·ln 2
    qtbot.waitUntil(lambda: f"float32: f(x) is exactly 1 for x ≥ {24 * math.log(2):.4g}" in notes(tab), timeout=60_000)
    tab.set_compute("cpu", "float64")
    # float64: the same with 2^-53: x ≥ 53·ln 2
    qtbot.waitUntil(lambda: f"float64: f(x) is exactly 1 for x ≥ {53 * math.log(2):.4g}" in notes(tab), timeout=60_000)
    assert "float32" not in row(tab, "Rounding")


def test_softplus_with_a_low_threshold_is_shown_jumping_and_not_monotonic(tab, qtbot):
    tab.add_curve("softplus")
    tab.set_compute("cpu", "float32")
    qtbot.waitUntil(lambda: row(tab, "Monotonic").startswith("yes"), timeout=60_000)
    tab.set_param(0, "threshold", 1.0)
    f_left = math.log1p(math.exp(1.0))  # PyTorch's log branch at beta·x = threshold; x itself just above
    qtbot.waitUntil(lambda: row(tab, "Monotonic").startswith("no"), timeout=60_000)
    assert f"f jumps back by {f_left - 1:.4g} at x = 1" in row(tab, "Monotonic")
    sigma = 1 / (1 + math.exp(-1.0))
    assert f"x = 1: f jumps from {f_left:.4g} to 1; f′ goes from {sigma:.4g} to 1" in row(tab, "Kinks and jumps")
    assert np.isclose(tab.marks(0).kink_f.data["x"], 1.0).any()  # the switch is marked on the plot


def test_gelu_notes_give_both_minima_and_the_tanh_forms_own_derivative(tab):
    tab.add_curve("gelu")
    text = notes(tab)
    assert "(approximate = none)" in text and "(approximate = tanh)" in text
    assert "tanh form" in text and "sech" in text  # the tanh form's derivative beside the exact one
    assert "exact − tanh: f differs by up to" in row(tab, "Approximation")


def test_a_vector_activation_says_what_monotonic_means_for_it(tab):
    tab.catalogue.select("softmin")
    assert "falls as its own input" in row(tab, "Monotonic")


def test_the_output_layer_advice_names_the_losses_that_take_logits(tab):
    tab.add_curve("sigmoid")
    assert "BCEWithLogitsLoss" in notes(tab) and "CrossEntropyLoss" in notes(tab)
