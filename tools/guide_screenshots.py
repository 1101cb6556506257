"""Take the user guide's screenshots: one PNG per tab of the main window, as a user first sees it.

The window is drawn offscreen at 1280×800 (no display needed); each image is saved as 24-bit
PNG at the highest compression (120–180 KiB each, about 0.6 MiB for four). An 8-bit palette
would be a third of that, but Qt's fixed palette bands the heat maps and decision map.
Run from anywhere:

    .venv/bin/python tools/guide_screenshots.py

and commit the PNGs it writes to ``resources/guide/`` (``<tab>.png``: explorer, initialization,
depth, training, race). Pass another folder as the only argument to write them elsewhere.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same pictures on every machine, with or without a display

from PySide6.QtGui import QImage  # noqa: E402 (after the platform is chosen)
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.app import create_app  # noqa: E402
from gui.common.compute_tab import ComputeTab  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)


def tab_name(tab) -> str:
    """The tab's package name (``gui.explorer.tab`` → ``explorer``): the file name its screenshot gets."""
    return type(tab).__module__.split(".")[-2]


def settle(app: QApplication, window: MainWindow, seconds: float = 1.0) -> None:
    """Let every background job finish and the plots repaint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    for tab in window.lab_tabs():
        if isinstance(tab, ComputeTab):
            tab.wait_idle(60)
    app.processEvents()


def small_png(image: QImage, path: Path) -> None:
    """``image`` as a PNG without alpha, compressed as far as PNG goes."""
    image.convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)


def main(out: Path = ROOT / "resources" / "guide") -> list[Path]:
    app = create_app(language="en")
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.load()
    written = []
    for index, tab in enumerate(window.lab_tabs()):
        window.tabs.setCurrentIndex(index)
        settle(app, window)
        path = out / f"{tab_name(tab)}.png"
        small_png(window.grab().toImage(), path)
        written.append(path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size // 1024} KiB")
    for tab in window.lab_tabs():
        if isinstance(tab, ComputeTab):
            tab.cancel()
            tab.wait_idle(60)
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "guide")
