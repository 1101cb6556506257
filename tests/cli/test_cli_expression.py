"""``export --expression``: formula curves in the CSV match numpy closed forms; refused formulas write nothing."""

import csv

import numpy as np
import pytest

import main


def read_csv(path):
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], np.array(rows[1:], dtype=float)


def sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


def export(*flags):
    return main.main(["export", "--dtype", "float64", "--points", "401", *flags])


def test_a_formula_with_a_parameter_matches_swish_with_that_beta(tmp_path):
    out = tmp_path / "swish.csv"
    assert export("--expression", "x*sigmoid(k*x)", "--param", "k=1.702", "--out", str(out)) == 0
    header, data = read_csv(out)
    assert header == ["x", "f", "df", "d2f"]
    x, s = data[:, 0], sig(1.702 * data[:, 0])
    np.testing.assert_allclose(data[:, 1], x * s, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(data[:, 2], s + 1.702 * x * s * (1 - s), rtol=1e-12, atol=1e-15)


def test_parameters_default_to_one_so_the_formula_is_silu(tmp_path):
    out = tmp_path / "silu.csv"
    assert export("--expression", "x*sigmoid(k*x)", "--out", str(out)) == 0
    _, data = read_csv(out)
    np.testing.assert_allclose(data[:, 1], data[:, 0] * sig(data[:, 0]), rtol=1e-12, atol=1e-15)


def test_a_formula_overlays_a_registry_activation_in_one_file(tmp_path):
    out = tmp_path / "both.csv"
    assert export("--activation", "silu", "--expression", "x*tanh(softplus(x))", "--out", str(out)) == 0
    header, data = read_csv(out)
    assert header[1] == "silu_f" and header[4] == "formula: x*tanh(softplus(x))_f"
    x = data[:, 0]
    np.testing.assert_allclose(data[:, 4], x * np.tanh(np.logaddexp(0.0, x)), rtol=1e-12, atol=1e-15)


def test_a_formula_with_commas_keeps_its_csv_columns_apart(tmp_path):
    out = tmp_path / "clip.csv"
    assert export("--expression", "clamp(x, 0, 1)", "--no-second-derivative", "--out", str(out)) == 0
    header, data = read_csv(out)
    assert header == ["x", "f", "df"]
    np.testing.assert_allclose(data[:, 1], np.clip(data[:, 0], 0, 1))


def test_a_formula_runs_the_depth_experiment_in_place_of_activation(tmp_path):
    typed, built_in = tmp_path / "typed.csv", tmp_path / "mish.csv"
    common = ("--depth", "--init", "kaiming_normal", "--layers", "4", "--width", "32", "--batch", "64")
    assert export(*common, "--expression", "x*tanh(softplus(x))", "--out", str(typed)) == 0
    assert export(*common, "--activation", "mish", "--out", str(built_in)) == 0
    header, a = read_csv(typed)
    assert header == read_csv(built_in)[0]
    np.testing.assert_allclose(a, read_csv(built_in)[1], rtol=1e-10)


@pytest.mark.parametrize(
    ("formula", "snippet"),
    [("x*os.system(1)", "os.system"), ("__import__('os')", "__import__"), ("x*(", "column"), ("[x for x in ()]", "column")],
)
def test_a_refused_formula_exits_2_with_its_column_and_writes_nothing(tmp_path, capsys, formula, snippet):
    out = tmp_path / "bad.csv"
    assert export("--expression", formula, "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: expression:") and "column" in err and snippet in err
    assert not out.exists()


def test_a_parameter_no_curve_has_is_refused(tmp_path, capsys):
    out = tmp_path / "bad.csv"
    assert export("--expression", "x*sigmoid(k*x)", "--param", "beta=2", "--out", str(out)) == 2
    assert "beta" in capsys.readouterr().err and not out.exists()


def test_depth_with_two_activations_is_refused(tmp_path, capsys):
    out = tmp_path / "bad.csv"
    flags = ("--depth", "--init", "kaiming_normal", "--activation", "relu", "--expression", "x", "--out", str(out))
    assert export(*flags) == 2
    assert "exactly one" in capsys.readouterr().err and not out.exists()


def test_train_with_a_formula_follows_the_registry_activation_it_spells(tmp_path):
    """Mish typed as a formula trains like Mish itself (same init, seed and data: the same history)."""
    common = ["export", "--train", "--init", "xavier_uniform", "--epochs", "5", "--seed", "3"]
    formula, registry = tmp_path / "formula.csv", tmp_path / "registry.csv"
    assert main.main([*common, "--expression", "x*tanh(softplus(x))", "--out", str(formula)]) == 0
    assert main.main([*common, "--activation", "mish", "--out", str(registry)]) == 0
    a = np.loadtxt(formula, delimiter=",", skiprows=1)
    b = np.loadtxt(registry, delimiter=",", skiprows=1)
    assert a.shape == b.shape == (6, 5)
    np.testing.assert_allclose(a, b, atol=1e-4)
