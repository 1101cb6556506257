"""Figure legends and titles read as a teacher would write them."""

import engine
from figures.builders import activation_figure, display_labels


def test_default_parameters_are_not_repeated_in_labels():
    assert display_labels([("gelu", {"approximate": "none"})]) == ["GELU"]


def test_changed_parameters_name_themselves_with_pytorch_keywords():
    assert display_labels([("leaky_relu", {"negative_slope": 0.1})]) == ["Leaky ReLU (negative_slope=0.1)"]
    assert display_labels([("rrelu", {"lower": 0.125, "upper": 0.4, "training": True})]) == ["RReLU (upper=0.4, training=true)"]


def test_two_curves_of_one_activation_both_name_the_parameter_that_differs():
    labels = display_labels([("leaky_relu", {"negative_slope": 0.01}), ("leaky_relu", {"negative_slope": 0.1})])
    assert labels == ["Leaky ReLU (negative_slope=0.01)", "Leaky ReLU (negative_slope=0.1)"]


def test_curves_that_would_read_the_same_are_numbered():
    labels = display_labels([("relu", {}), ("sigmoid", {}), ("relu", {})])
    assert labels == ["ReLU [1]", "Sigmoid", "ReLU [3]"]


def test_command_line_figure_titles_use_display_names():
    curves = [engine.evaluate("gelu", points=5), engine.evaluate("leaky_relu", {"negative_slope": 0.1}, points=5)]
    spec = activation_figure(curves)
    assert spec.title == "GELU, Leaky ReLU (negative_slope=0.1)"
    assert [s.label for s in spec.panels[0].series] == ["GELU", "Leaky ReLU (negative_slope=0.1)"]
