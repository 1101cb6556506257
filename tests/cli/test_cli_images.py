"""``main.py export`` writing images, and ``main.py gallery``: headless, exit codes, nothing written on error."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import main
from engine.activations import ACTIVATIONS

ROOT = Path(__file__).resolve().parents[2]
COMPARE = [
    "export",
    "--activation",
    "gelu",
    "--activation",
    "leaky_relu",
    "--activation",
    "leaky_relu",
    "--param",
    "3:negative_slope=0.1",
]


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(el.text or "" for el in root.iter() if el.tag.endswith("text"))


def test_png_of_three_overlaid_activations_in_print_style(tmp_path):
    out = tmp_path / "cmp.png"
    assert main.main(COMPARE + ["--out", str(out), "--width", "1600", "--height", "1000", "--style", "print"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    assert image.pixelColor(0, 0).name() == "#ffffff"


def test_svg_names_every_curve_and_its_parameters(tmp_path):
    out = tmp_path / "cmp.svg"
    assert main.main(COMPARE + ["--out", str(out)]) == 0
    text = svg_text(out)
    assert "negative_slope=0.1" in text and "negative_slope=0.01" in text and "GELU" in text
    assert "f″(x)" in text


def test_no_second_derivative_leaves_out_f2_in_images_and_csv(tmp_path):
    assert main.main(["export", "--activation", "elu", "--no-second-derivative", "--out", str(tmp_path / "e.svg")]) == 0
    text = svg_text(tmp_path / "e.svg")
    assert "f′(x)" in text and "f″(x)" not in text
    assert main.main(["export", "--activation", "elu", "--no-second-derivative", "--out", str(tmp_path / "e.csv")]) == 0
    with open(tmp_path / "e.csv") as fh:
        assert next(csv.reader(fh)) == ["x", "f", "df"]


def test_pdf_export_is_one_page(tmp_path):
    out = tmp_path / "selu.pdf"
    assert main.main(["export", "--activation", "selu", "--formula", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1


@pytest.mark.parametrize(
    "extra",
    [
        ["--width", "5"],  # too small
        ["--param", "4:negative_slope=0.2"],  # only three activations
        ["--param", "lambd=0.2"],  # none of them has it
    ],
)
def test_bad_input_exits_2_with_a_message_and_writes_nothing(tmp_path, capsys, extra):
    out = tmp_path / "bad.png"
    assert main.main(COMPARE + ["--out", str(out)] + extra) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert os.listdir(tmp_path) == []


def test_unknown_extension_and_style_are_refused(tmp_path, capsys):
    assert main.main(["export", "--activation", "relu", "--out", str(tmp_path / "r.tiff")]) == 2
    assert ".png" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main.main(["export", "--activation", "relu", "--style", "neon", "--out", str(tmp_path / "r.png")])
    assert info.value.code == 2
    assert os.listdir(tmp_path) == []


def test_gallery_command_writes_every_activation_and_the_index(tmp_path, capsys):
    out = tmp_path / "handout"
    assert main.main(["gallery", "--out", str(out), "--format", "png", "--style", "print"]) == 0
    assert {p.name for p in out.iterdir()} == {f"{i}.png" for i in ACTIVATIONS} | {"index.html"}
    assert "index.html" in capsys.readouterr().out


def test_gallery_command_bad_input_exits_2(tmp_path, capsys):
    assert main.main(["gallery", "--out", str(tmp_path / "g"), "--activation", "nope"]) == 2
    assert "unknown activation" in capsys.readouterr().err
    assert not (tmp_path / "g").exists() or os.listdir(tmp_path / "g") == []


@pytest.mark.subprocess
def test_images_need_no_display_and_ignore_the_screens_pixel_ratio(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["QT_SCALE_FACTOR"] = "2"  # a high-DPI screen must not change the file's pixel size
    out = tmp_path / "relu.png"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            "--activation",
            "relu",
            "--out",
            str(out),
            "--width",
            "801",
            "--height",
            "533",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (801, 533)
