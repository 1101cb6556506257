"""File > Export's CSV and ``main.py export``'s CSV of the same figure are the same bytes.

The dialog is fed the figure a tab hands it (display labels, colours, bands, theory curves,
the heat map: everything the screen adds); only the file-name step is replaced.
"""

from __future__ import annotations

import pytest

import engine
from engine.depth import DepthConfig, mean_field, run
from engine.initializers import histogram, sample
from figures.builders import activation_figure, depth_figure, init_figure
from gui.export.dialog import ExportDialog, ExportOptions
from main import main


@pytest.fixture(autouse=True)
def fresh_options():
    ExportDialog.last_options = ExportOptions()
    yield
    ExportDialog.last_options = ExportOptions()


def file_export_csv(qtbot, monkeypatch, spec, path) -> bytes:
    dialog = ExportDialog(spec)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    monkeypatch.setattr(dialog, "ask_file_name", lambda suggested: str(path))
    dialog.export()
    assert dialog.exported_path == path
    return path.read_bytes()


def cli_csv(args: list[str], path) -> bytes:
    assert main(["export", *args, "--out", str(path)]) == 0
    return path.read_bytes()


def test_an_activations_csv_is_the_same_from_file_export_and_the_command_line(qtbot, monkeypatch, tmp_path):
    curve = engine.evaluate("elu", {"alpha": 0.5}, x_min=-3.0, x_max=2.0, points=301, order=2, device="cpu", dtype="float64")
    # as the explorer hands it over: its display label, palette slot, |f'| < eps band and range
    spec = activation_figure([curve], ["ELU (alpha=0.5)"], True, [3], bands=[(-3.0, -2.5)], band_color=3, x_range=(-3, 2))
    gui = file_export_csv(qtbot, monkeypatch, spec, tmp_path / "gui.csv")
    cli = cli_csv(
        ["--activation", "elu", "--param", "alpha=0.5", "--x-min=-3", "--x-max", "2", "--points", "301"], tmp_path / "cli.csv"
    )
    assert gui == cli
    assert gui.splitlines()[0] == b"x,f,df,d2f"


def test_an_init_histograms_csv_is_the_same_from_file_export_and_the_command_line(qtbot, monkeypatch, tmp_path):
    s = sample("kaiming_uniform", (64, 32), {}, seed=3, device="cpu", dtype="float32")
    spec = init_figure([s], [histogram(s, 20)], log_y=True)  # the tab's log axis changes the picture, not the data
    gui = file_export_csv(qtbot, monkeypatch, spec, tmp_path / "gui.csv")
    cli = cli_csv(["--init", "kaiming_uniform", "--shape", "64,32", "--seed", "3", "--bins", "20"], tmp_path / "cli.csv")
    assert gui == cli
    assert gui.splitlines()[0] == b"bin_left,bin_right,count,density,pdf"


def test_a_depth_runs_csv_is_the_same_from_file_export_and_the_command_line(qtbot, monkeypatch, tmp_path):
    config = DepthConfig(
        activation="tanh", init="xavier_normal", layers=4, width=16, batch=32, seed=1, device="cpu", dtype="float32"
    )
    result = run(config)
    # as the Depth tab hands it over: theory curves, the heat map and layer 2's histogram are drawn, not tabulated
    spec = depth_figure(result, mean_field(config), layer=2)
    gui = file_export_csv(qtbot, monkeypatch, spec, tmp_path / "gui.csv")
    args = ["--depth", "--activation", "tanh", "--init", "xavier_normal", "--layers", "4", "--units", "16", "--batch", "32"]
    cli = cli_csv([*args, "--seed", "1"], tmp_path / "cli.csv")
    assert gui == cli
    assert gui.splitlines()[0] == b"layer,act_mean,act_std,grad_act_std,grad_weight_std"
