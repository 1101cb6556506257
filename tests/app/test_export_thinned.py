"""File > Export of the explorer at its maxima (issue 21, item 11): 64 curves x 100,001 points.

The window's figure goes through the Export dialog to a PNG: the image is drawn on the points its
panels' pixels show (2 per pixel column), so the export holds a few MB, not the 2.2 GB (264 MB of
it numpy arrays that ``tracemalloc`` sees) the full grid took, and the image equals the one
``export --session`` draws of the same file. (The CSV keeps every point:
``tests/gui/export/test_export_thinning.py``.)
"""

from __future__ import annotations

import json
import tracemalloc

import pytest
from PySide6.QtGui import QImage

from engine.activations import elementwise_ids
from gui.app import create_app
from gui.export.dialog import ExportDialog, ExportOptions
from main import main
from sessions import FORMAT, VERSION, read_session
from states.explorer import MAX_CURVES, MAX_POINTS
from tests.windows import shown_window, stop_jobs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"), pytest.mark.slow]

#: What the PNG export may allocate in numpy and Python objects on top of the figure it is handed: the thinned
#: figure (64 curves x 3,840 points) and its drawing take about 10 MB; the full grid took 264 MB.
EXPORT_BUDGET = 64 * 1024**2


@pytest.fixture(scope="module")
def session_file(tmp_path_factory):
    ids = sorted(elementwise_ids())
    curves = [{"activation": ids[k % len(ids)]} for k in range(MAX_CURVES)]
    path = tmp_path_factory.mktemp("thinned") / "maxima.alab"
    section = {"curves": curves, "points": MAX_POINTS, "show_second": False, "show_marks": False}
    path.write_text(json.dumps({"format": FORMAT, "version": VERSION, "tab": "explorer", "tabs": {"explorer": section}}))
    return path


_FIGURES: dict[str, object] = {}


@pytest.fixture
def spec(qtbot, session_file):
    """What File > Export hands the dialog with the session open in the window (built once for the module)."""
    if "explorer" not in _FIGURES:
        create_app()
        window = shown_window(qtbot, (1300, 850))
        window.device_bar.set_choice("cpu", "float32")
        window.apply_session(read_session(session_file))
        tab = window.current_tab()
        assert tab.session_key == "explorer" and len(tab.state().curves) == MAX_CURVES
        _FIGURES["explorer"] = tab.figure_spec()
        stop_jobs(window)
    figure = _FIGURES["explorer"]
    assert figure.panels[0].series[0].x.size >= MAX_POINTS  # the full grid, as the CSV writes it
    return figure


def _export(qtbot, monkeypatch, spec, path, fmt: str, size: tuple[int, int] | None = None, slide: str = ""):
    ExportDialog.last_options = ExportOptions()
    dialog = ExportDialog(spec)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    if size is not None:
        dialog.pixels_radio.setChecked(True)
        dialog.width_box.setValue(size[0])
        dialog.height_box.setValue(size[1])
    if slide:
        dialog.slide_radio.setChecked(True)
        dialog.slide_box.setCurrentIndex(dialog.slide_box.findData(slide))
    monkeypatch.setattr(dialog, "ask_file_name", lambda suggested: str(path))
    dialog.export()
    ExportDialog.last_options = ExportOptions()
    assert dialog.exported_path == path
    return path


@pytest.mark.parametrize(("size", "slide"), [((900, 700), ""), (None, "slide")])
def test_the_explorer_at_its_maxima_exports_a_png_in_bounded_memory_equal_to_export_session(
    qtbot, monkeypatch, tmp_path, session_file, spec, size, slide
):
    tracemalloc.start()
    try:
        gui = _export(qtbot, monkeypatch, spec, tmp_path / "gui.png", "png", size, slide)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < EXPORT_BUDGET, f"the PNG export allocated {peak / 1e6:.0f} MB"
    flags = ["--size", slide] if slide else ["--width", str(size[0]), "--height", str(size[1])]
    out = tmp_path / "cli"
    assert main(["export", "--session", str(session_file), "--out", str(out), "--format", "png", *flags]) == 0
    ours, theirs = QImage(str(gui)), QImage(str(out / "explorer.png"))
    assert not ours.isNull() and ours.size() == theirs.size()
    assert ours == theirs  # the same curves on the same thinned grid, pixel for pixel
