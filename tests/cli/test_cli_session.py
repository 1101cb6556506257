"""``export --session FILE --out DIR``: one file per tab of the session, the tabs' numbers; a bad session writes nothing."""

import csv
import json
from pathlib import Path

import numpy as np
import pytest

import main
from sessions import FORMAT


def _session(path, **tabs):
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "tab": "explorer", "tabs": tabs}), encoding="utf-8")
    return path


def _csv(path):
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], np.array(rows[1:], dtype=float)


def test_every_tab_of_the_session_becomes_one_csv_with_the_tabs_numbers(tmp_path):
    lesson = _session(
        tmp_path / "lesson.alab",
        explorer={
            "curves": [{"activation": "elu", "params": {"alpha": 0.5}}],
            "x_range": [-3, 3],
            "points": 601,
            "dtype": "float64",
        },
        initialization={"init": "uniform", "params": {"a": -1.0, "b": 2.0}, "shape": [30, 20], "bins": 10},
        depth={"activation": "tanh", "init": "xavier_normal", "layers": 7, "width": 32, "batch": 32},
        training={"dataset": "xor", "hidden": [3]},
    )
    out = tmp_path / "handout"
    assert main.main(["export", "--session", str(lesson), "--out", str(out), "--format", "csv"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["depth.csv", "explorer.csv", "initialization.csv", "training.csv"]

    header, rows = _csv(out / "explorer.csv")
    x, f = rows[:, 0], rows[:, header.index("f")]  # one curve: plain column names
    assert x[0] == -3 and x[-1] == 3
    np.testing.assert_allclose(f, np.where(x > 0, x, 0.5 * np.expm1(x)), rtol=1e-12, atol=1e-15)  # ELU, PyTorch's docs

    header, rows = _csv(out / "initialization.csv")
    counts = rows[:, header.index("count")]
    assert counts.sum() == 600 and len(counts) == 10 and -1.2 <= rows[0, 0] <= -1.0 and 2.0 <= rows[-1, 1] <= 2.2

    header, rows = _csv(out / "depth.csv")
    np.testing.assert_array_equal(rows[:, header.index("layer")], np.arange(1, 8))

    header, rows = _csv(out / "training.csv")
    assert header[0] == "epoch" and rows[:, 0].tolist() == [0.0]  # the network as it opens: epoch 0


def test_images_are_png_by_default_and_only_tabs_with_something_to_show_are_written(tmp_path):
    lesson = _session(tmp_path / "lesson.alab", explorer={"curves": [{"activation": "sigmoid"}]})
    out = tmp_path / "slides"
    assert main.main(["export", "--session", str(lesson), "--out", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["explorer.png"]
    assert (out / "explorer.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    "tabs",
    [
        {"explorer": {"curves": [{"activation": "no_such_activation"}]}},
        {"depth": {"layers": 5000}},
        {"explorer": {"curves": []}},  # nothing to show at all
    ],
)
def test_a_bad_session_exits_2_and_writes_nothing(tmp_path, capsys, tabs):
    lesson = _session(tmp_path / "bad.alab", **tabs)
    out = tmp_path / "handout"
    assert main.main(["export", "--session", str(lesson), "--out", str(out), "--format", "csv"]) == 2
    assert not out.exists()
    assert "error:" in capsys.readouterr().err


def test_a_truncated_session_names_the_line_and_leaves_an_existing_folder_as_it_was(tmp_path, capsys):
    lesson = tmp_path / "cut.alab"
    lesson.write_text('{"format": "activation-lab-session",\n "version": 1,\n "tabs": {"explorer": {', encoding="utf-8")
    out = tmp_path / "handout"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert main.main(["export", "--session", str(lesson), "--out", str(out)]) == 2
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert "line 3" in capsys.readouterr().err


LESSON_7 = Path(__file__).resolve().parents[2] / "resources" / "lessons" / "07-softmax-and-temperature.alab"


def test_lesson_7_exports_its_vector_view_softmax_and_the_true_jacobian(tmp_path):
    out = tmp_path / "handout"
    assert main.main(["export", "--session", str(LESSON_7), "--out", str(out), "--format", "csv"]) == 0
    assert [p.name for p in out.iterdir()] == ["explorer.csv"]
    header, rows = _csv(out / "explorer.csv")
    vector = json.loads(LESSON_7.read_text(encoding="utf-8"))["tabs"]["explorer"]["vector"]
    x, t = np.array(vector["x"]), vector["params"]["temperature"]
    e = np.exp(x / t - (x / t).max())
    p = e / e.sum()
    assert header[:3] == ["i", "x", "y"]
    np.testing.assert_allclose(rows[:, 1], x, rtol=1e-7)
    np.testing.assert_allclose(rows[:, 2], p, rtol=1e-6)  # the lesson's float32, as on screen
    np.testing.assert_allclose(rows[:, 3:], (np.diag(p) - np.outer(p, p)) / t, atol=1e-7)  # row i: ∂p_i/∂x_j


def test_a_session_s_vector_view_is_the_same_file_export_vector_writes(tmp_path):
    from_session, from_vector = tmp_path / "handout", tmp_path / "vector.csv"
    argv = ["--format", "csv", "--dtype", "float64"]
    assert main.main(["export", "--session", str(LESSON_7), "--out", str(from_session), *argv]) == 0
    x = json.loads(LESSON_7.read_text(encoding="utf-8"))["tabs"]["explorer"]["vector"]["x"]
    vector_argv = ["--activation", "softmax", "--vector", ",".join(map(str, x)), "--temperature", "1"]
    assert main.main(["export", *vector_argv, "--out", str(from_vector), "--dtype", "float64"]) == 0
    assert (from_session / "explorer.csv").read_text() == from_vector.read_text()


def test_a_vector_view_beyond_its_dtype_exits_2_and_writes_nothing(tmp_path, capsys):
    lesson = _session(tmp_path / "bad.alab", explorer={"dtype": "float16", "vector": {"activation": "softmax", "x": [1e5, 1.0]}})
    out = tmp_path / "handout"
    assert main.main(["export", "--session", str(lesson), "--out", str(out)]) == 2
    assert not out.exists()
    assert "tabs.explorer.vector.x" in capsys.readouterr().err
