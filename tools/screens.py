"""`make screens`: the window on every classroom screen, photographed, on one contact sheet for a person to look at.

Each screen size runs in its own offscreen process whose one screen has that size and pixel ratio
(Qt's offscreen platform reads it from a JSON ``configfile``), so full screen, maximised windows and
the 4K screen's device pixel ratio 2 are real. Every tab in normal mode; lessons in presentation mode
(every lesson at 1280×800); ×2.5 on the smallest and largest screens; English and Chinese alternated.
The screenshots go to ``build/screens/``, the sheet to ``docs/screenshots/contact-sheet.jpg``.

    python tools/screens.py [--out docs/screenshots/contact-sheet.jpg]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from sessions import TAB_KEYS  # noqa: E402 (Qt-free: the sheet's process never starts Qt)

SCREENS = {  # name: (width, height, device pixel ratio, language)
    "1024x768": (1024, 768, 1, "en"),
    "1280x720": (1280, 720, 1, "zh_CN"),
    "1280x800": (1280, 800, 1, "en"),
    "1366x768": (1366, 768, 1, "zh_CN"),
    "1920x1080": (1920, 1080, 1, "en"),
    "3840x2160": (3840, 2160, 2, "zh_CN"),  # 1920×1080 logical pixels at ratio 2
}
THUMB_WIDTH = 480
TAB_COUNT = len(TAB_KEYS)  # every tab, the race included
LESSON_COUNT = len(list((ROOT / "resources" / "lessons").glob("*.alab")))  # every bundled lesson


#: The training tab fitting sin x (lesson 11's network): its 1-D regression (fit) view.
FIT = {"dataset": "sine", "noise": 0, "seed": 0, "hidden": [8], "activation": "relu", "optimizer": "adam", "lr": 0.01,
       "batch": 10, "features": ["x1"], "contributions": True}  # fmt: skip
FIT_SHOT = 100  # the "tab" of the fit view's shots


def shots_for(name: str) -> list[tuple[str, str, float, int | None]]:
    """(label, mode, scale, tab, -lesson or :data:`FIT_SHOT`) of the pictures taken on screen ``name``."""
    shots = [(f"tab {t}", "normal", 1.0, t) for t in range(TAB_COUNT)] + [("fit", "normal", 1.0, FIT_SHOT)]
    if name in ("1024x768", "1280x800", "1920x1080"):
        shots.append(("fit ×1.5", "present", 1.5, FIT_SHOT))
    lessons = range(1, LESSON_COUNT + 1) if name == "1280x800" else (1, 7, 9)
    shots += [(f"lesson {n} ×1.5", "present", 1.5, -n) for n in lessons]
    if name in ("1024x768", "1920x1080"):
        shots += [(f"lesson {n} ×2.5", "present", 2.5, -n) for n in (1, 7)]
    return shots


def screen_config(name: str) -> dict:
    """The offscreen platform's configuration for screen ``name``: one screen of that size in device pixels."""
    width, height, _ratio, _language = SCREENS[name]
    return {"screens": [{"name": name, "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
                         "logicalBaseDpi": 96}]}  # fmt: skip


def screen_environment(name: str, config_file: str) -> dict[str, str]:
    """The environment of screen ``name``'s process. The offscreen platform ignores a ``dpr`` in its configuration
    (its grabs stay at ratio 1): the device pixel ratio comes from ``QT_SCALE_FACTOR``, which divides the
    screen's device pixels into logical ones (3840×2160 at 2: a 1920×1080 window of 3840×2160 pixels)."""
    ratio = SCREENS[name][2]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config_file}"}
    env.pop("QT_SCALE_FACTOR", None)
    if ratio != 1:
        env["QT_SCALE_FACTOR"] = str(ratio)
    return env


def child(name: str, folder: Path, only: list[str] | None = None) -> None:
    """In the screen's own process: build the window, take every shot (those labelled in ``only``, if given),
    write an index (JSON) beside them."""
    from gui.app import create_app
    from gui.main_window import MainWindow
    from states.training import TrainingState
    from tests.screen_checks import all_problems, settle

    language = os.environ.get("ACTIVATION_LAB_SCREENS_LANGUAGE") or SCREENS[name][3]  # another language, to look at
    app = create_app([sys.argv[0]], language=language)
    window = MainWindow()
    window.showMaximized()
    window.load()
    settle(window)
    index = []
    screen = window.screen().availableGeometry()
    for label, mode, scale, what in shots_for(name):
        if only is not None and label not in only:
            continue
        view = window.view_actions
        if what < 0:
            window.lessons.open_number(-what)
        elif what == FIT_SHOT:
            window.lessons.panel.hide()
            window.show_tab("training")
            window.restore_sections({"training": TrainingState.build(FIT)})
        else:
            window.lessons.panel.hide()
            window.tabs.setCurrentIndex(what)
        view.set_presenting(mode == "present")
        while mode == "present" and view.current_scale() != scale:
            view.step(+1 if view.current_scale() < scale else -1)
        if mode == "normal":
            window.showMaximized()
        settle(window)
        settle(window)
        problems = all_problems(window, (screen.width(), screen.height()))
        path = folder / f"{name}-{len(index):02d}.png"
        window.grab().save(str(path))
        index.append(
            {
                "label": f"{name} {language} {label}",
                "path": str(path),
                "problems": problems,
                "ratio": window.devicePixelRatio(),
                "screen": window.screen().geometry().getRect(),
                "window": window.geometry().getRect(),
                "pixels": window.grab().size().toTuple(),
            }
        )
    (folder / f"{name}.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    for tab in window.lab_tabs():
        if hasattr(tab, "cancel"):
            tab.cancel()
            tab.wait_idle(30)
    del app


def sheet(entries: list[dict], out: Path) -> None:
    """The screenshots as thumbnails in rows of four, each with its label (and its problems, in red)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from gui.app import create_app, register_cjk_font

    create_app([sys.argv[0]])
    register_cjk_font()
    columns, label_h = 4, 40
    thumbs = []
    for entry in entries:
        image = QImage(entry["path"])
        thumbs.append(image.scaledToWidth(THUMB_WIDTH, Qt.TransformationMode.SmoothTransformation))
    cell_h = max(t.height() for t in thumbs) + label_h
    rows = -(-len(thumbs) // columns)
    canvas = QImage(columns * (THUMB_WIDTH + 12) + 12, rows * (cell_h + 12) + 12, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#dddddd"))
    painter = QPainter(canvas)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    for i, (entry, thumb) in enumerate(zip(entries, thumbs, strict=True)):
        x = 12 + (i % columns) * (THUMB_WIDTH + 12)
        y = 12 + (i // columns) * (cell_h + 12)
        painter.drawImage(x, y, thumb)
        painter.setPen(QColor("#000000"))
        painter.drawText(QRect(x, y + thumb.height() + 2, THUMB_WIDTH, 18), 0, entry["label"])
        if entry["problems"]:
            painter.setPen(QColor("#c00000"))
            painter.drawText(QRect(x, y + thumb.height() + 20, THUMB_WIDTH, 18), 0, entry["problems"][0][:90])
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(str(out), quality=82)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "contact-sheet.jpg"))
    parser.add_argument("--shots", default=str(ROOT / "build" / "screens"))
    parser.add_argument("--reuse", action="store_true", help="use the shots already in --shots (only the sheet again)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--only", help=argparse.SUPPRESS)  # with --child: the shots' labels, separated by "|"
    args = parser.parse_args(argv)
    folder = Path(args.shots)
    folder.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.child, folder, args.only.split("|") if args.only else None)
        return 0
    entries, failed = [], []
    for name in SCREENS:
        config = screen_config(name)
        if args.reuse and (folder / f"{name}.json").exists():
            entries += json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(config, handle)
        env = screen_environment(name, handle.name)
        env.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="activation-lab-screens-"))
        done = subprocess.run([sys.executable, __file__, "--child", name, "--shots", str(folder)], env=env, check=False)
        os.unlink(handle.name)
        if done.returncode != 0:
            failed.append(name)
            continue
        entries += json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sheet(entries, Path(args.out))
    problems = [(e["label"], p) for e in entries for p in e["problems"]]
    for label, problem in problems:
        print(f"{label}: {problem}")
    print(f"{len(entries)} screenshots, {len(problems)} problems, contact sheet {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
