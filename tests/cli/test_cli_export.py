"""``python main.py export``: CSV files that match the closed forms; bad input writes nothing."""

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import main
from engine.activations import elementwise_ids
from tests.reference_forms import BRANCH_SWITCHES, REFERENCE, max_rel_error

ROOT = Path(__file__).resolve().parents[2]


def read_csv(path):
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], np.array(rows[1:], dtype=float)


@pytest.mark.parametrize("act_id", elementwise_ids())
def test_csv_export_matches_closed_form_in_float64(tmp_path, act_id):
    out = tmp_path / f"{act_id}.csv"
    assert (
        main.main(
            [
                "export",
                "--activation",
                act_id,
                "--x-min",
                "-6",
                "--x-max",
                "6",
                "--points",
                "1201",
                "--dtype",
                "float64",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    header, data = read_csv(out)
    assert header == ["x", "f", "df", "d2f"]
    x = data[:, 0]
    np.testing.assert_allclose(x, np.linspace(-6, 6, 1201), atol=1e-12)
    from engine import get_activation

    act = get_activation(act_id)
    values = {p.name: p.default for p in act.params}
    keep = np.ones_like(x, dtype=bool)
    for k in list(act.kinks(values)) + list(BRANCH_SWITCHES.get(act_id, lambda p: ())(values)):
        keep &= np.abs(x - k) > 1e-9
    values.pop("training", None)
    for col, ref, tol in zip((1, 2, 3), REFERENCE[act_id], (1e-9, 1e-7, 1e-6), strict=True):
        assert max_rel_error(data[keep, col], ref(x[keep], **values)) <= tol


def test_param_flag_reaches_the_curve(tmp_path):
    out = tmp_path / "leaky.csv"
    assert (
        main.main(
            [
                "export",
                "--activation",
                "leaky_relu",
                "--param",
                "negative_slope=0.3",
                "--x-min",
                "-2",
                "--x-max",
                "2",
                "--points",
                "5",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    _, data = read_csv(out)
    np.testing.assert_allclose(data[:, 1], [-0.6, -0.3, 0.0, 1.0, 2.0])
    np.testing.assert_allclose(data[:, 2], [0.3, 0.3, 0.3, 1.0, 1.0])


def test_several_activations_get_labelled_columns(tmp_path):
    out = tmp_path / "cmp.csv"
    assert (
        main.main(
            [
                "export",
                "--activation",
                "gelu",
                "--activation",
                "leaky_relu",
                "--activation",
                "leaky_relu",
                "--param",
                "3:negative_slope=0.1",
                "--points",
                "11",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    header, data = read_csv(out)
    assert header[0] == "x" and len(header) == 1 + 3 * 3
    assert "leaky_relu(negative_slope=0.1)_df" in header and "leaky_relu(negative_slope=0.01)_df" in header
    col = header.index("leaky_relu(negative_slope=0.1)_f")
    assert data[0, col] == pytest.approx(-0.5)


@pytest.mark.parametrize(
    "args",
    [
        ["--activation", "leaky_relu", "--param", "negative_slope=7"],
        ["--activation", "relu", "--param", "negative_slope=0.1"],
        ["--activation", "reloo"],
        ["--activation", "relu", "--x-min", "3", "--x-max", "1"],
        ["--activation", "relu", "--points", "1"],
    ],
)
@pytest.mark.subprocess
def test_bad_input_exits_2_with_message_and_writes_nothing(tmp_path, args):
    out = tmp_path / "bad.csv"
    proc = subprocess.run(
        [sys.executable, "main.py", "export", *args, "--out", str(out)], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error:") and "Traceback" not in proc.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_unwritable_path_exits_2_and_leaves_nothing(tmp_path):
    folder = tmp_path / "missing" / "deeper"
    assert main.main(["export", "--activation", "relu", "--out", str(folder / "a.csv")]) == 2
    assert not folder.exists()
