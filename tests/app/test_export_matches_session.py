"""File > Export of a tab and ``export --session`` of the same saved state write the same file.

For every tab a session is opened in the window, the tab's figure goes through the Export dialog
(CSV, and SVG at a fixed pixel size) and the same file goes through the command line: the CSV
bytes and the SVG text must be equal. The states cover what drifted before one ``figure_of`` per
tab: GELU's exact − tanh gap, a formula curve with a widened range, the vector view, a histogram
with point masses (gain 0), a lesson's depth comparison, side-by-side training with saved weights and a race
trained again to its epoch.
"""

from __future__ import annotations

import json

import pytest

from gui.app import create_app
from gui.common.compute_tab import ComputeTab
from gui.export.dialog import ExportDialog, ExportOptions
from main import main
from sessions import FORMAT, VERSION, read_session
from tests.windows import shown_window, stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZE = (900, 700)
TRAINED = {  # side by side, 2 inputs -> 2 hidden -> 1: the linear twin first, then the tanh network
    "epoch": 7,
    "networks": [
        [{"weight": [[0.5, -0.25], [1.0, 0.75]], "bias": [0.1, -0.2]}, {"weight": [[0.3, -0.6]], "bias": [0.05]}],
        [{"weight": [[-1.5, 0.5], [0.25, 2.0]], "bias": [0.0, 0.3]}, {"weight": [[1.2, -0.9]], "bias": [-0.1]}],
    ],
}
FIT_TRAINED = {  # a 1-D fit, x -> 2 ReLU units -> 1 (kinks at x = 0.5 and 2): the same epoch as TRAINED
    "epoch": 7,
    "networks": [[{"weight": [[1.0], [-0.5]], "bias": [-0.5, 1.0]}, {"weight": [[1.2, -0.9]], "bias": [-0.1]}]],
}
CASES = {
    "gelu_gap_and_formula": (
        "explorer",
        {
            "curves": [
                {"activation": "gelu", "params": {"approximate": "tanh"}, "show_gap": True},
                {"activation": "formula: x*sigmoid(k*x)", "params": {"k": 15.0}, "ranges": {"k": [-20, 20]}},
            ],
            "selected": 0,
            "x_range": [-3.0, 2.5],
            "points": 301,
        },
    ),
    "vector_view": ("explorer", {"vector": {"activation": "softmax", "x": [0.5, -2.0, 4.0], "params": {"temperature": 2.0}}}),
    "point_masses": (
        "initialization",
        {"init": "xavier_uniform", "params": {"gain": 0.0}, "shape": [16, 8], "bins": 20, "compare": True},
    ),
    "depth_lesson": ("depth", {"preset": "relu_xavier_vs_kaiming", "layers": 5, "width": 24, "batch": 16, "layer": 3}),
    "side_by_side_training": ("training", {"hidden": [2], "side_by_side": True, "seed": 3, "trained": TRAINED}),
    "regression_fit": (
        "training",
        {"dataset": "sine", "hidden": [2], "activation": "relu", "contributions": True, "seed": 2, "trained": FIT_TRAINED},
    ),
    "race": ("race", {"preset": "", "activations": ["sigmoid", "relu", "gelu"], "hidden": [4, 3], "seed": 2, "epoch": 6}),
}


@pytest.fixture
def window(qtbot):
    create_app()  # as the app starts (pytest-qt's bare QApplication lacks the CJK fallback font the CLI's has)
    w = shown_window(qtbot, (1300, 850))
    w.device_bar.set_choice("cpu", "float32")
    ExportDialog.last_options = ExportOptions()
    yield w
    ExportDialog.last_options = ExportOptions()
    stop_jobs(w)


def _gui_file(qtbot, monkeypatch, spec, path, fmt: str):
    dialog = ExportDialog(spec)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    if fmt != "csv":
        dialog.pixels_radio.setChecked(True)
        dialog.width_box.setValue(SIZE[0])
        dialog.height_box.setValue(SIZE[1])
    monkeypatch.setattr(dialog, "ask_file_name", lambda suggested: str(path))
    dialog.export()
    assert dialog.exported_path == path
    return path.read_bytes()


def _opened(qtbot, window, path, key: str):
    window.apply_session(read_session(path))
    tab = window.current_tab()
    assert tab.session_key == key
    if key == "race":  # trained again to its epoch by the job its first showing starts
        qtbot.waitUntil(lambda: tab.epoch() == CASES["race"][1]["epoch"] and not tab.is_busy(), timeout=60_000)
    if isinstance(tab, ComputeTab):
        if key not in ("training", "race"):
            tab.request()
        assert tab.wait_idle(60) and tab.problem() == ""
    if key == "training":
        qtbot.waitUntil(lambda: tab.frame is not None and tab.epoch() == TRAINED["epoch"] and tab.drawing_done(), timeout=60_000)
    return tab


@pytest.mark.parametrize("case", CASES)
def test_file_export_and_export_session_write_the_same_csv_and_svg(qtbot, monkeypatch, window, tmp_path, case):
    key, section = CASES[case]
    path = tmp_path / f"{case}.alab"
    path.write_text(json.dumps({"format": FORMAT, "version": VERSION, "tab": key, "tabs": {key: section}}), encoding="utf-8")
    tab = _opened(qtbot, window, path, key)
    spec = tab.figure_spec()  # what File > Export hands the dialog
    for fmt in ("csv", "svg"):
        gui = _gui_file(qtbot, monkeypatch, spec, tmp_path / f"gui.{fmt}", fmt)
        out = tmp_path / f"cli-{fmt}"
        size = [] if fmt == "csv" else ["--width", str(SIZE[0]), "--height", str(SIZE[1])]
        assert main(["export", "--session", str(path), "--out", str(out), "--format", fmt, *size]) == 0
        cli = (out / f"{key}.{fmt}").read_bytes()
        if fmt == "csv":
            assert gui == cli
        else:
            assert gui.decode("utf-8") == cli.decode("utf-8")
    if case == "regression_fit":  # the fit's x,target,fit beside the history, target = sin x
        header = gui_csv_header(tmp_path / "gui.csv")
        assert header[-3:] == ["x", "target", "fit"], header
    if case == "gelu_gap_and_formula":  # the gap panel's columns are there, from both
        header = gui_csv_header(tmp_path / "gui.csv")
        assert any("exact" in column for column in header), header


def gui_csv_header(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()[0].split(",")
