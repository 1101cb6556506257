"""The start-up clock (``gui/startup.py``) prints its line for every way the app starts, so bench/startup.py can measure.

Each test launches ``main.py`` as a user would, in a settings folder of its own, with ``ACTIVATION_LAB_STARTUP_T0``
set; the clock must print ``startup: first_paint=… first_curve=… longest_stall=…`` and the app quit by itself with
status 0. Between a24a94b and issue 28 the line never came (the explorer's plots are a subclass of pyqtgraph's
view, defined outside pyqtgraph), the app never quit and the benchmark measured nothing. Nothing here checks how
long start-up takes: that is bench/startup.py's job.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.startup import T0_VARIABLE

pytestmark = pytest.mark.subprocess

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(
    r"^startup: first_paint=(\d+\.\d+) paint_cpu=\d+\.\d+ first_curve=(\d+\.\d+) longest_stall=(\d+\.\d+) cpu=(\d+\.\d+) "
    r"live_curve=(\d+\.\d+) preview=(match|differ|none)$",
    re.M,
)
LESSON = ROOT / "resources" / "lessons" / "02-sigmoid-and-its-derivative.alab"
TIMEOUT_S = 150


def launch(config: Path, *args: str, display: bool = False) -> tuple[subprocess.CompletedProcess, tuple]:
    """Start the app with the clock on; its run and the five figures and the preview's verdict of its line (none if it
    printed none)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({T0_VARIABLE: repr(time.time()), "XDG_CONFIG_HOME": str(config)})
    prefix = []
    if display:
        prefix = [shutil.which("xvfb-run"), "-a", "-s", "-screen 0 1280x800x24"]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run(
        [*prefix, sys.executable, str(ROOT / "main.py"), *args],
        cwd=config,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    match = LINE.search(run.stdout)
    return run, (*(float(v) for v in match.groups()[:5]), match.group(6)) if match else ()


def assert_measured(run: subprocess.CompletedProcess, figures: tuple, preview: str = "match") -> None:
    """The line came, in launch order, and the first screen showed the engine's cached curves (``preview="match"``:
    they equal, value for value, what the engine computed once loaded) or none (``"none"``)."""
    assert figures, f"no startup line (exit {run.returncode}):\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}"
    first_paint, first_curve, stall, cpu, live_curve, shown = figures
    assert 0 < first_paint <= first_curve <= live_curve and stall >= 0 and cpu > 0  # a paint, then curves, in order
    assert shown == preview
    assert (first_curve < live_curve) == (preview == "match")  # the cached curves came before the engine's
    assert run.returncode == 0


@pytest.mark.parametrize(
    ("args", "preview"),
    [(("--fresh",), "match"), ((str(LESSON),), "none"), (("--lang", "zh_CN"), "match")],
    ids=["fresh", "session-on-command-line", "chinese"],
)
def test_the_clock_reports_first_paint_and_first_curve(tmp_path, args, preview):
    """The defaults come from the shipped cache; a file named on the command line has none (computed at start)."""
    assert_measured(*launch(tmp_path, *args), preview=preview)


def test_the_clock_reports_with_the_last_session_restored(tmp_path):
    assert_measured(*launch(tmp_path, str(LESSON)), preview="none")  # leaves the lesson as the last session
    last = next(tmp_path.rglob("last-session.alab"), None)
    assert last is not None and "sigmoid" in last.read_text(encoding="utf-8")
    assert next(tmp_path.rglob("last-session-curves.npz"), None) is not None  # and its curves
    assert_measured(*launch(tmp_path))  # no file named: the last session comes back, its curves first from the cache


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("xvfb-run")), reason="needs xvfb-run")
def test_the_clock_reports_on_a_first_start_with_the_start_page(tmp_path):
    """A real (virtual) X server: the start page opens only on a real screen, over the window, on the first start."""
    run, figures = launch(tmp_path, display=True)
    assert_measured(run, figures)
    settings = next(tmp_path.rglob("*.ini")).read_text(encoding="utf-8")
    assert "start_page_shown=true" in settings  # the start page was shown (and remembered as shown) on this start
