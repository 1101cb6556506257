"""``main.py export --init`` and ``--depth``: files parsed back and compared with the formulas."""

import csv
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

ROOT = Path(__file__).resolve().parents[2]


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def strict_json(path):
    def no_constants(name):
        raise AssertionError(f"invalid JSON constant {name}")

    return json.loads(Path(path).read_text(encoding="utf-8"), parse_constant=no_constants)


def test_uniform_histogram_and_stats_round_trip(tmp_path):
    out, stats = tmp_path / "w.csv", tmp_path / "w.json"
    code = main(
        [
            "export",
            "--init",
            "uniform",
            "--param",
            "a=-1",
            "--param",
            "b=3",
            "--shape",
            "200,300",
            "--bins",
            "8",
            "--seed",
            "4",
            "--out",
            str(out),
            "--stats",
            str(stats),
        ]
    )
    assert code == 0
    header, rows = read_csv(out)
    assert header == ["bin_left", "bin_right", "count", "density", "pdf"]
    assert len(rows) == 8
    left = [float(r[0]) for r in rows]
    right = [float(r[1]) for r in rows]
    counts = [int(r[2]) for r in rows]
    assert left[1:] == right[:-1]  # contiguous bins
    assert sum(counts) == 200 * 300
    for r, c, lo, hi in zip(rows, counts, left, right, strict=True):
        assert float(r[3]) == pytest.approx(c / (60000 * (hi - lo)))
        centre = (lo + hi) / 2
        assert float(r[4]) == pytest.approx(0.25 if -1 <= centre <= 3 else 0.0)  # U(-1, 3) has density 1/4
    s = strict_json(stats)
    for key in ("mean", "std", "min", "max", "theory_mean", "theory_std", "fan_in", "fan_out", "gain"):
        assert key in s
    assert s["theory_mean"] == pytest.approx(1.0)
    assert s["theory_std"] == pytest.approx(4 / math.sqrt(12))
    assert s["std"] == pytest.approx(4 / math.sqrt(12), rel=0.02)
    assert -1 <= s["min"] and s["max"] <= 3
    assert (s["fan_in"], s["fan_out"]) == (300, 200)  # Linear weight (out, in)
    assert s["gain"] is None


def test_kaiming_conv_stats_follow_he_et_al(tmp_path):
    stats = tmp_path / "k.json"
    code = main(
        [
            "export",
            "--init",
            "kaiming_normal",
            "--shape",
            "64,32,3,3",
            "--param",
            "nonlinearity=relu",
            "--param",
            "mode=fan_out",
            "--out",
            str(tmp_path / "k.csv"),
            "--stats",
            str(stats),
        ]
    )
    assert code == 0
    s = strict_json(stats)
    assert (s["fan_in"], s["fan_out"]) == (32 * 9, 64 * 9)
    assert s["gain"] == pytest.approx(math.sqrt(2))
    assert s["theory_std"] == pytest.approx(math.sqrt(2) / math.sqrt(64 * 9))
    assert s["std"] == pytest.approx(s["theory_std"], rel=0.05)


def test_normal_pdf_column_is_the_gaussian_density(tmp_path):
    out = tmp_path / "n.csv"
    assert main(["export", "--init", "normal", "--param", "std=0.5", "--shape", "100,100", "--out", str(out)]) == 0
    _, rows = read_csv(out)
    for r in rows:
        c = (float(r[0]) + float(r[1])) / 2
        assert float(r[4]) == pytest.approx(math.exp(-c * c / (2 * 0.25)) / (0.5 * math.sqrt(2 * math.pi)), rel=1e-9)


def test_point_mass_has_an_empty_pdf_column(tmp_path):
    out, stats = tmp_path / "c.csv", tmp_path / "c.json"
    assert (
        main(["export", "--init", "constant", "--param", "val=0.2", "--shape", "10,10", "--out", str(out), "--stats", str(stats)])
        == 0
    )
    _, rows = read_csv(out)
    assert all(r[4] == "" for r in rows)
    assert sum(int(r[2]) for r in rows) == 100
    s = strict_json(stats)
    assert s["std"] == 0 and s["theory_std"] == 0 and s["min"] == pytest.approx(0.2)


def test_depth_csv_one_row_per_layer_follows_the_relu_theory(tmp_path):
    out = tmp_path / "d.csv"
    code = main(
        [
            "export",
            "--depth",
            "--activation",
            "relu",
            "--init",
            "kaiming_normal",
            "--init-param",
            "nonlinearity=linear",
            "--layers",
            "6",
            "--units",
            "256",
            "--batch",
            "512",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    header, rows = read_csv(out)
    assert header == ["layer", "act_mean", "act_std", "grad_act_std", "grad_weight_std"]
    assert [int(r[0]) for r in rows] == [1, 2, 3, 4, 5, 6]
    std = [float(r[2]) for r in rows]
    # Var(W) = 1/n: std(relu(z)) with z ~ N(0, 1), then halving variance per layer (He et al. 2015).
    first = math.sqrt(0.5 - 1 / (2 * math.pi))
    assert std[0] == pytest.approx(first, rel=0.05)
    assert std[-1] == pytest.approx(first * 2 ** (-2.5), rel=0.25)
    assert all(float(r[3]) > 0 and float(r[4]) > 0 for r in rows)


def test_depth_activation_parameters_reach_the_network(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    common = [
        "--depth",
        "--activation",
        "leaky_relu",
        "--init",
        "xavier_normal",
        "--layers",
        "2",
        "--units",
        "64",
        "--batch",
        "64",
    ]
    assert main(["export", *common, "--out", str(a)]) == 0
    assert main(["export", *common, "--param", "negative_slope=1.0", "--out", str(b)]) == 0
    mean_a = float(read_csv(a)[1][0][1])
    mean_b = float(read_csv(b)[1][0][1])
    assert mean_a > 0.3 and abs(mean_b) < 0.05  # slope 1 is the identity: zero-mean output


@pytest.mark.parametrize(
    "extra",
    [
        ["--init", "glorot", "--shape", "4,4"],
        ["--init", "normal", "--shape", "512"],
        ["--init", "normal", "--shape", "a,b"],
        ["--init", "normal"],
        ["--init", "normal", "--shape", "4,4", "--param", "sigma=1"],
        ["--init", "normal", "--shape", "4,4", "--param", "std=-1"],
        ["--init", "normal", "--shape", "4,4", "--bins", "0"],
        ["--init", "eye", "--shape", "4,4,3,3"],
        ["--init", "normal", "--shape", "4,4", "--activation", "relu"],
        ["--depth", "--init", "normal"],
        ["--depth", "--activation", "relu"],
        ["--depth", "--activation", "relu", "--init", "normal", "--layers", "0"],
        ["--depth", "--activation", "relu", "--init", "normal", "--units", "5000"],
        ["--depth", "--activation", "softmax", "--init", "normal"],
        ["--depth", "--activation", "relu", "--init", "normal", "--init-param", "gain=2"],
        ["--depth", "--activation", "relu", "--init", "normal", "--param", "alpha=2"],
    ],
)
def test_bad_input_exits_2_and_writes_nothing(tmp_path, capsys, extra):
    out, stats = tmp_path / "x.csv", tmp_path / "x.json"
    args = ["export", *extra, "--out", str(out)]
    if "--depth" not in extra:
        args += ["--stats", str(stats)]
    assert main(args) == 2
    assert "error:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_unsupported_output_format_writes_nothing(tmp_path):
    assert main(["export", "--init", "normal", "--shape", "4,4", "--out", str(tmp_path / "x.txt")]) == 2
    assert list(tmp_path.iterdir()) == []


@pytest.mark.subprocess
def test_csv_exports_run_where_qt_cannot_be_imported(tmp_path):
    out = tmp_path / "h.csv"
    code = (
        "import sys\n"
        "class NoQt:\n"  # as on a machine without PySide6: importing it (or pyqtgraph) fails
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):\n"
        "            raise ImportError(f'{name} is not installed')\n"
        "sys.meta_path.insert(0, NoQt())\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from main import main\n"
        f"rc = main(['export', '--activation', 'gelu', '--activation', 'relu', '--out', {str(tmp_path / 'a.csv')!r}])\n"
        f"rc |= main(['export', '--init', 'xavier_uniform', '--shape', '32,16', '--bins', '4', '--out', {str(out)!r}])\n"
        "rc |= main(['export', '--depth', '--activation', 'tanh', '--init', 'xavier_normal', '--layers', '2',\n"
        f"           '--units', '8', '--batch', '8', '--out', {str(tmp_path / 'd.csv')!r}])\n"
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert proc.stdout.strip() == "0 []", proc.stderr
    header, rows = read_csv(tmp_path / "a.csv")
    assert header == ["x", "gelu_f", "gelu_df", "gelu_d2f", "relu_f", "relu_df", "relu_d2f"]
    assert [float(rows[-1][0]), float(rows[-1][4])] == [5.0, 5.0]  # relu(5) = 5 at the default x_max
    _, rows = read_csv(out)
    bound = math.sqrt(6 / 48)  # Xavier uniform bound for fan_in 16, fan_out 32
    assert sum(int(r[2]) for r in rows) == 512
    assert float(rows[0][0]) < -bound * 0.99 and float(rows[-1][1]) > bound * 0.99
    assert read_csv(tmp_path / "d.csv")[0] == ["layer", "act_mean", "act_std", "grad_act_std", "grad_weight_std"]


def test_init_and_depth_images_render_the_tab_figures(tmp_path):
    png, svg = tmp_path / "w.png", tmp_path / "d.svg"
    assert (
        main(["export", "--init", "kaiming_uniform", "--shape", "64,32", "--out", str(png), "--width", "800", "--height", "500"])
        == 0
    )
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 800 and int.from_bytes(data[20:24], "big") == 500
    assert (
        main(
            [
                "export",
                "--depth",
                "--activation",
                "tanh",
                "--init",
                "xavier_normal",
                "--layers",
                "3",
                "--units",
                "16",
                "--batch",
                "16",
                "--out",
                str(svg),
            ]
        )
        == 0
    )
    text = svg.read_text(encoding="utf-8")
    assert "Gradient std per layer" in text and "Activations of layer 3" in text


def test_bad_input_for_an_image_writes_nothing(tmp_path):
    assert main(["export", "--init", "eye", "--shape", "4,4,3,3", "--out", str(tmp_path / "x.png")]) == 2
    assert list(tmp_path.iterdir()) == []
