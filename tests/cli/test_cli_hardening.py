"""The command line's hardening (issue 11): no lost file, numbers read by name, images no bigger than their pixels,
point masses drawn, the vector export, --units, slide sizes."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtGui import QImage

from engine.activations import ACTIVATIONS
from main import main


def read_csv(path):
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


# ---- outputs: all or nothing ------------------------------------------------------------------------------


def test_a_stats_file_in_a_missing_folder_leaves_the_existing_csv_as_it_was(tmp_path, capsys):
    out = tmp_path / "w.csv"
    out.write_text("keep\n")
    argv = ["export", "--init", "kaiming_normal", "--shape", "512,256", "--out", str(out)]
    assert main(argv + ["--stats", str(tmp_path / "missing" / "w.json")]) == 2
    assert "missing" in capsys.readouterr().err
    assert out.read_text() == "keep\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.csv"]


def test_export_makes_only_the_file_it_was_named_never_a_missing_folder(tmp_path, capsys):
    assert main(["export", "--activation", "relu", "--out", str(tmp_path / "new" / "r.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_gallery_makes_the_named_folder_but_never_a_missing_one_above_it(tmp_path, capsys):
    assert main(["gallery", "--activation", "relu", "--format", "svg", "--out", str(tmp_path / "handout")]) == 0
    assert sorted(p.name for p in (tmp_path / "handout").iterdir()) == ["index.html", "relu.svg"]
    assert main(["gallery", "--activation", "relu", "--out", str(tmp_path / "missing" / "handout")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing").exists()


def test_a_gallery_that_fails_leaves_the_folder_s_files_as_they_were(tmp_path):
    (tmp_path / "relu.png").write_text("an older figure")
    (tmp_path / "index.html").mkdir()  # the index cannot be written: nothing may be
    assert main(["gallery", "--activation", "relu", "--out", str(tmp_path)]) == 2
    assert (tmp_path / "relu.png").read_text() == "an older figure"


# ---- numbers are read by name -----------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["²,3", "1e400,3", "inf,3", "0,5", "-1,3", "2.5,3"])
def test_a_shape_that_is_not_whole_positive_sizes_is_refused_by_name(tmp_path, capsys, shape):
    assert main(["export", "--init", "normal", f"--shape={shape}", "--out", str(tmp_path / "w.csv")]) == 2
    assert capsys.readouterr().err.startswith("error: shape")
    assert list(tmp_path.iterdir()) == []


def test_full_width_digits_are_read_as_their_ascii_forms(tmp_path):
    out = tmp_path / "w.csv"
    assert main(["export", "--init", "normal", "--shape", "１２，３", "--bins", "４", "--out", str(out)]) == 0
    _, rows = read_csv(out)
    assert len(rows) == 4 and sum(int(r[2]) for r in rows) == 36


@pytest.mark.parametrize(
    "kind,flag,value",
    [
        (["--activation", "relu"], "--points", "nan"),
        (["--activation", "relu"], "--points", "1e400"),
        (["--activation", "relu"], "--x-max", "abc"),
        (["--init", "normal", "--shape", "4,4"], "--seed", "inf"),
        (["--init", "normal", "--shape", "4,4"], "--bins", "²"),
        (["--depth", "--activation", "relu", "--init", "normal"], "--layers", "1e400"),
        (["--depth", "--activation", "relu", "--init", "normal"], "--units", "nan"),
    ],
)
def test_typed_garbage_in_a_number_flag_is_refused_naming_the_flag(tmp_path, capsys, kind, flag, value):
    assert main(["export", *kind, flag, value, "--out", str(tmp_path / "r.csv")]) == 2
    assert capsys.readouterr().err.startswith(f"error: {flag}")


def test_the_unknown_activation_message_lists_the_valid_ids(tmp_path, capsys):
    assert main(["export", "--activation", "gelu2", "--out", str(tmp_path / "g.csv")]) == 2
    err = capsys.readouterr().err
    assert "gelu2" in err and all(i in err for i in ACTIVATIONS)


# ---- images need no more points than pixels ---------------------------------------------------------------


def test_an_image_evaluates_at_most_two_points_per_pixel_and_says_so(tmp_path, capsys):
    out = tmp_path / "g.png"
    assert main(["export", "--activation", "gelu", "--points", "10000000", "--width", "800", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1,600 of the 10,000,000 points" in err  # one column of panels, 800 px wide
    assert QImage(str(out)).width() == 800


def test_a_csv_beyond_the_memory_budget_is_refused_naming_points(tmp_path, capsys):
    assert main(["export", "--activation", "gelu", "--points", "10000000", "--out", str(tmp_path / "g.csv")]) == 2
    assert capsys.readouterr().err.startswith("error: points")


def test_an_x_range_the_dtype_cannot_hold_is_refused_for_images_as_for_csv(tmp_path, capsys):
    for suffix in (".csv", ".png", ".pdf"):
        argv = ["export", "--activation", "relu", "--x-min=-100", "--x-max", "1e39", "--dtype", "float32"]
        assert main(argv + ["--out", str(tmp_path / f"r{suffix}")]) == 2
        assert "error: x_max" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# ---- point masses -----------------------------------------------------------------------------------------


def test_a_point_mass_init_puts_its_whole_probability_in_the_bin_holding_zero(tmp_path):
    out = tmp_path / "w.csv"
    assert main(["export", "--init", "xavier_uniform", "--param", "gain=0", "--shape", "64,32", "--out", str(out)]) == 0
    header, rows = read_csv(out)
    assert header == ["bin_left", "bin_right", "count", "density", "pdf", "theory_mass"]
    assert all(r[4] == "" for r in rows)  # no density
    holding = [r for r in rows if float(r[0]) <= 0.0 < float(r[1])]
    assert [float(r[5]) for r in holding] == [1.0] and sum(float(r[5]) for r in rows) == 1.0
    assert (
        main(["export", "--init", "xavier_uniform", "--param", "gain=0", "--shape", "64,32", "--out", str(tmp_path / "w.png")])
        == 0
    )


# ---- the vector export ------------------------------------------------------------------------------------


def test_softmax_alone_asks_for_its_input_vector(tmp_path, capsys):
    assert main(["export", "--activation", "softmax", "--out", str(tmp_path / "s.csv")]) == 2
    err = capsys.readouterr().err
    assert "--vector" in err and "evaluate_vector" not in err


def test_vector_csv_holds_softmax_and_its_jacobian_from_the_closed_form(tmp_path):
    out = tmp_path / "s.csv"
    x, t = np.array([1.0, 2.0, -0.5, 3.0]), 2.0
    assert main(["export", "--activation", "softmax", "--vector", "1, 2, -0.5, 3", "--temperature", "2", "--out", str(out)]) == 0
    header, rows = read_csv(out)
    assert header == ["i", "x", "y", "dy_i/dx_1", "dy_i/dx_2", "dy_i/dx_3", "dy_i/dx_4"]
    e = np.exp(x / t - (x / t).max())
    y = e / e.sum()
    jac = (np.diag(y) - np.outer(y, y)) / t  # ∂y_i/∂x_j of softmax(x / T)
    assert [int(r[0]) for r in rows] == [1, 2, 3, 4]
    np.testing.assert_allclose([float(r[1]) for r in rows], x)
    np.testing.assert_allclose([float(r[2]) for r in rows], y, rtol=1e-12)
    got = np.array([[float(v) for v in r[3:]] for r in rows])  # row i, column j: ∂y_i/∂x_j
    np.testing.assert_allclose(got, jac, rtol=1e-12, atol=1e-15)


def test_glu_vector_export_draws_a_figure(tmp_path):
    out = tmp_path / "g.svg"
    assert main(["export", "--activation", "glu", "--vector", "1,2,3,4", "--out", str(out)]) == 0
    assert "Jacobian" in out.read_text(encoding="utf-8")


def test_a_temperature_for_an_activation_without_one_is_refused(tmp_path, capsys):
    assert main(["export", "--activation", "glu", "--vector", "1,2", "--temperature", "2", "--out", str(tmp_path / "g.csv")]) == 2
    assert "temperature" in capsys.readouterr().err


# ---- --units and --width ----------------------------------------------------------------------------------

DEPTH = ["export", "--depth", "--activation", "tanh", "--init", "xavier_normal", "--layers", "2", "--batch", "16"]


def test_units_is_the_network_width_and_width_the_image_width(tmp_path):
    out = tmp_path / "d.png"
    assert main(DEPTH + ["--units", "16", "--width", "700", "--out", str(out)]) == 0
    assert QImage(str(out)).width() == 700


def test_width_without_units_under_depth_says_what_it_now_means(tmp_path, capsys):
    assert main(DEPTH + ["--width", "16", "--out", str(tmp_path / "d.csv")]) == 0
    assert "--units" in capsys.readouterr().err


# ---- slides -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("preset,size", [("slide", (1920, 1080)), ("slide-small", (1280, 720))])
def test_slide_presets_give_16_by_9_images(tmp_path, preset, size):
    out = tmp_path / "d.png"
    assert main(DEPTH + ["--units", "16", "--size", preset, "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == size


def test_size_and_width_together_are_refused(tmp_path, capsys):
    assert main(["export", "--activation", "relu", "--size", "slide", "--width", "800", "--out", str(tmp_path / "r.png")]) == 2
    assert "--size" in capsys.readouterr().err
    assert main(["export", "--activation", "relu", "--size", "poster", "--out", str(tmp_path / "r.png")]) == 2
    assert "slide" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_on_a_slide_the_panels_sit_side_by_side(tmp_path):
    """Five depth panels on a slide: a line across the upper third crosses plots in its left and right thirds."""
    out = tmp_path / "d.png"
    assert main(DEPTH + ["--units", "16", "--size", "slide", "--out", str(out)]) == 0
    image = QImage(str(out))
    background = image.pixelColor(2, 2)
    row = image.height() // 3
    inked = [x for x in range(0, image.width(), 4) if image.pixelColor(x, row) != background]
    assert any(x < image.width() / 3 for x in inked) and any(x > 2 * image.width() / 3 for x in inked)
