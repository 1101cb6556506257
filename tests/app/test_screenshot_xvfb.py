"""A real-window screenshot of the explorer with three overlaid activations, under xvfb.

The test runs this file as a script under ``xvfb-run`` (a real X server, the xcb
platform, real fonts), so the picture is what a student sees. It is skipped where
xvfb-run is missing. Set ``ACTIVATION_LAB_SCREENSHOT=path.png`` to keep the picture.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTimer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import check_bundle  # noqa: E402  (the build's own library check names the missing packages)

OVERLAID = ("relu", "sigmoid", "gelu")  # palette slots 0, 1, 2: blue, vermillion, bluish green
SIZE = (1440, 900)


def open_window():
    """The app and its main window at SIZE, shown and loaded, on the real X server."""
    sys.path.insert(0, str(ROOT))
    from gui.app import create_app
    from gui.main_window import MainWindow

    app = create_app()
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    window.load()
    return app, window


def shoot(path: str) -> None:
    """Open the main window with three activations overlaid and save a screenshot."""
    app, window = open_window()
    tab = window.current_tab()
    tab.clear_curves()
    for activation in OVERLAID:
        tab.catalogue.items[activation].setCheckState(0, tab.catalogue.items[activation].checkState(0).Checked)
    tab.readout_at(1.0)
    tab.select_curve(1)  # sigmoid's parameters and notes on the right

    def grab():
        image = window.screen().grabWindow(window.winId()).toImage()
        if image.isNull() or image.width() < 100:
            image = window.grab().toImage()
        image.save(path)
        app.quit()

    QTimer.singleShot(1500, grab)
    app.exec()


@functools.cache
def why_no_real_window() -> str | None:
    """None where a Qt window opens under xvfb here; else why not (no xvfb-run, or the xcb plugin cannot load)."""
    if shutil.which("xvfb-run") is None:
        return "needs xvfb-run (make linux-deps, or apt-get install xvfb)"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    probe = "from PySide6.QtGui import QGuiApplication; QGuiApplication(['probe'])"
    run = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    if run.returncode == 0:
        return None
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True) if shutil.which("ldd") else None
    missing = [name for name, path in check_bundle.dependencies(ldd.stdout if ldd else "").items() if path is None]
    if missing:
        packages = " ".join(sorted({check_bundle.debian_package(name) for name in missing}))
        return (
            f"Qt's xcb platform plugin cannot load: {', '.join(missing)} missing (make linux-deps, or apt-get install {packages})"
        )
    return "Qt's xcb platform plugin cannot load under xvfb: " + (run.stderr.strip().splitlines() or ["no message"])[-1]


def skip_without_real_window() -> None:
    reason = why_no_real_window()
    if reason:
        pytest.skip(reason)


@pytest.mark.subprocess
def test_main_window_screenshot_shows_three_coloured_curves(tmp_path):
    skip_without_real_window()
    out = Path(os.environ.get("ACTIVATION_LAB_SCREENSHOT") or tmp_path / "explorer.png").resolve()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    cmd = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {SIZE[0] + 80}x{SIZE[1] + 80}x24",
        sys.executable,
        str(Path(__file__).resolve()),
        str(out),
    ]
    run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    assert out.exists(), run.stderr[-3000:]

    from PySide6.QtGui import QColor, QImage

    from figures.palette import OKABE_ITO

    image = QImage(str(out))
    assert (image.width(), image.height()) == SIZE
    # Count pixels within a small distance of each curve's palette colour: every
    # overlaid curve must be drawn in its own colour (thousands of pixels: three plots).
    for slot in range(len(OVERLAID)):
        want = QColor(OKABE_ITO[slot])
        hits = 0
        for y in range(0, image.height(), 2):
            for x in range(0, image.width(), 2):
                c = image.pixelColor(x, y)
                if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 40:
                    hits += 1
        assert hits > 300, f"curve {OVERLAID[slot]} ({OKABE_ITO[slot]}): only {hits} pixels in its colour"


def shoot_tabs(folder: str) -> None:
    """Screenshot the Initialisation and Depth tabs; note where their plots are (``plots.json``)."""
    import json

    import pyqtgraph as pg

    app, window = open_window()
    tabs = [tab for tab in window.lab_tabs() if tab.session_key in ("initialization", "depth")]
    boxes = {}

    def grab(index: int) -> None:
        tab = tabs[index]
        if tab.worker.is_busy():
            QTimer.singleShot(200, lambda: grab(index))
            return
        app.processEvents()
        image = window.screen().grabWindow(window.winId()).toImage()
        if image.isNull() or image.width() < 100:
            image = window.grab().toImage()
        name = f"tab{index + 1}"
        image.save(str(Path(folder) / f"{name}.png"))
        view = tab.findChildren(pg.GraphicsView)[0]
        corner = view.mapTo(window, view.rect().topLeft())
        boxes[name] = [corner.x(), corner.y(), view.width(), view.height()]
        if index + 1 < len(tabs):
            window.tabs.setCurrentWidget(tabs[index + 1])
            QTimer.singleShot(1500, lambda: grab(index + 1))
        else:
            (Path(folder) / "plots.json").write_text(json.dumps(boxes))
            app.quit()

    window.tabs.setCurrentWidget(tabs[0])
    QTimer.singleShot(1500, lambda: grab(0))
    app.exec()


def _xvfb(args: list[str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    cmd = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {SIZE[0] + 80}x{SIZE[1] + 80}x24",
        sys.executable,
        str(Path(__file__).resolve()),
        *args,
    ]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)


@pytest.mark.subprocess
def test_initialisation_and_depth_tabs_are_light_on_a_real_screen(tmp_path):
    """A projector in a lit room: the plots of the other tabs are as light as the explorer's."""
    skip_without_real_window()
    import json

    import numpy as np
    from PySide6.QtGui import QImage

    folder = Path(os.environ.get("ACTIVATION_LAB_SCREENSHOT_DIR") or tmp_path).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    run = _xvfb(["--tabs", str(folder)])
    assert run.returncode == 0, run.stderr[-3000:]
    boxes = json.loads((folder / "plots.json").read_text())
    for name, (x, y, w, h) in boxes.items():
        image = QImage(str(folder / f"{name}.png")).convertToFormat(QImage.Format.Format_RGB32)
        arr = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
        plot = arr[y : y + h, x : x + w, :3].astype(int)
        assert plot.size, f"{name}: no plot area in the picture"
        white = (plot.min(axis=-1) >= 245).mean()
        assert white > 0.5, f"{name}: only {white:.0%} of the plot area is white"


if __name__ == "__main__":
    if sys.argv[1] == "--tabs":
        shoot_tabs(sys.argv[2])
    else:
        shoot(sys.argv[1])
