"""Take the user guide's screenshots: one PNG per tab of the main window, as a user first sees it.

The window is drawn offscreen at 1280×800 (no display needed); each image is saved as 24-bit
PNG at the highest compression (120–180 KiB each, about 0.6 MiB for four). An 8-bit palette
would be a third of that, but Qt's fixed palette bands the heat maps and decision map.
Run from anywhere:

    .venv/bin/python tools/guide_screenshots.py

and commit the PNGs it writes to ``resources/guide/``: the English interface as ``<tab>.png``
(explorer, initialization, depth, training, race) for ``index.html``, the Chinese one as ``<tab>.zh_CN.png``
for ``index.zh_CN.html``. ``--lang zh_CN`` takes one language only; ``--out DIR`` writes elsewhere.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same pictures on every machine, with or without a display

from PySide6.QtGui import QImage  # noqa: E402 (after the platform is chosen)
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.app import create_app, install_language  # noqa: E402
from gui.common.compute_tab import ComputeTab  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)
LANGUAGES = ("en", "zh_CN")  # the guide's languages: index.html, index.zh_CN.html


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


def screenshot_name(tab, language: str) -> str:
    """``explorer.png`` for the English guide, ``explorer.zh_CN.png`` for a translated one."""
    return f"{tab_name(tab)}.png" if language == "en" else f"{tab_name(tab)}.{language}.png"


def main(out: Path = ROOT / "resources" / "guide", languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    app = create_app(language=languages[0])
    written = []
    for language in languages:
        if not install_language(language) and language != "en":
            raise SystemExit(f"no translation for {language}")
        written += shoot(app, out, language)
    return written


def shoot(app: QApplication, out: Path, language: str) -> list[Path]:
    """One screenshot per tab of a fresh window in ``language`` (installed before the window is built)."""
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.load()
    written = []
    for index, tab in enumerate(window.lab_tabs()):
        window.tabs.setCurrentIndex(index)
        settle(app, window)
        path = out / screenshot_name(tab, language)
        small_png(window.grab().toImage(), path)
        written.append(path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size // 1024} KiB")
    for tab in window.lab_tabs():
        if isinstance(tab, ComputeTab):
            tab.cancel()
            tab.wait_idle(60)
    window.close()
    window.deleteLater()
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="the user guide's screenshots, one per tab and language")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "guide")
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language (default: every language of the guide)")
    args = parser.parse_args()
    main(args.out, (args.lang,) if args.lang else LANGUAGES)
