"""Run the built app's ``--self-test`` the way a classroom machine would: headless, offline, from elsewhere.

    .venv/bin/python tools/frozen_selftest.py        (or: make exe-test, which builds first)

Starts ``dist/ActivationLab/ActivationLab`` (``.exe`` on Windows, the ``.app``'s
binary on macOS) from an empty temporary folder with a fresh home folder, without
a display, and on Linux inside a network namespace with no network at all
(``unshare -n``, when the machine allows it); once more in Chinese (``--lang zh_CN``: the
bundled font and translation load); then once more on a real X server
(``xvfb-run``, where installed), so a bundle that cannot load Qt's xcb plugin fails. Passes only if the app exits 0, its
output says ``self-test: OK`` with no ``FAIL`` line, and it wrote nothing into the
folder it was started from. Then it starts the app as a user would (no self-test) with the
start-up clock on (``ACTIVATION_LAB_STARTUP_T0``, see gui/startup.py) and checks that the clock
prints its ``startup:`` line and the app quits by itself: bench/startup.py can time the build.
Prints the bundle's size.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def executable() -> Path:
    if sys.platform == "darwin":
        return DIST / "ActivationLab.app" / "Contents" / "MacOS" / "ActivationLab"
    return DIST / "ActivationLab" / ("ActivationLab.exe" if sys.platform == "win32" else "ActivationLab")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def no_network_prefix() -> list[str]:
    """``unshare -n`` where it works here (Linux, enough privilege); else nothing."""
    unshare = shutil.which("unshare")
    for prefix in ([unshare, "-n"], [unshare, "-rn"]) if unshare and sys.platform.startswith("linux") else ():
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return []


def real_display_prefix() -> list[str]:
    """``xvfb-run`` (a real X server, so the xcb platform plugin and its libraries load) where it is installed."""
    xvfb = shutil.which("xvfb-run")
    return [xvfb, "-a", "-s", "-screen 0 1280x800x24"] if xvfb and sys.platform.startswith("linux") else []


def self_test(exe: Path, prefix: list[str], platform: str, options: tuple[str, ...] = ()) -> list[str]:
    """Run ``--self-test`` (after ``options``) once from an empty folder with a fresh home; the problems found
    (none: passed)."""
    with tempfile.TemporaryDirectory(prefix="activation-lab-frozen-") as tmp:
        work, home = Path(tmp) / "work", Path(tmp) / "home"
        work.mkdir()
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "QT_"))}
        env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM=platform)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        try:
            run = subprocess.run(
                [*prefix, str(exe), *options, "--self-test"], cwd=work, env=env, capture_output=True, text=True, timeout=300
            )
        except subprocess.TimeoutExpired:
            return ["no answer within 300 s"]
        print(run.stdout.rstrip())
        if run.stderr.strip():
            print(run.stderr.rstrip(), file=sys.stderr)
        problems = []
        if run.returncode != 0:
            problems.append(f"exit status {run.returncode}")
        if "self-test: OK" not in run.stdout or any(line.startswith("FAIL") for line in run.stdout.splitlines()):
            problems.append("the self-test did not report OK")
        if sys.platform == "win32" and not run.stdout:
            problems = [p for p in problems if p != "the self-test did not report OK"]  # windowed: no stdout
        if any(work.iterdir()):
            problems.append(f"files written into the start folder: {sorted(p.name for p in work.iterdir())}")
        return problems


def clock_runs(exe: Path, prefix: list[str], platform: str) -> list[str]:
    """Start the app normally with the start-up clock on, from an empty folder with a fresh home; the problems
    found (none: the clock printed its line and the app quit with status 0)."""
    with tempfile.TemporaryDirectory(prefix="activation-lab-frozen-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "QT_"))}
        env.update(HOME=tmp, USERPROFILE=tmp, QT_QPA_PLATFORM=platform, ACTIVATION_LAB_STARTUP_T0=repr(time.time()))
        try:
            run = subprocess.run([*prefix, str(exe), "--fresh"], cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            return ["no startup line within 300 s"]
        line = re.search(r"^startup: .*$", run.stdout, re.M)
        print(line.group(0) if line else run.stdout.rstrip())
        if not line or not line.group(0).startswith("startup: first_paint="):
            return ["the start-up clock printed no timing"]
        problems = (
            []
            if line.group(0).endswith(" preview=match")
            else ["the shipped start-up curves (resources/startup/) were not shown, or differed"]
        )
        return problems + ([f"exit status {run.returncode}"] if run.returncode != 0 else [])


def main() -> int:
    exe = executable()
    if not exe.is_file():
        print(f"frozen self-test: {exe} is missing; build it with `make exe`", file=sys.stderr)
        return 1
    bundle = DIST / ("ActivationLab.app" if sys.platform == "darwin" else "ActivationLab")
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB)")
    prefix = no_network_prefix()
    print(
        "network: "
        + ("none (unshare -n)" if prefix else "present (unshare unavailable; tests/app/test_offline.py covers offline use)")
    )
    runs = [("offscreen", prefix, "offscreen", ()), ("offscreen, in Chinese", prefix, "offscreen", ("--lang", "zh_CN"))]
    display = real_display_prefix()
    if display:
        runs.append(("real X server (xvfb, xcb plugin)", [*prefix, *display], "xcb", ()))
    else:
        print("real X server: xvfb-run is not installed (make linux-deps); only the offscreen run")
    failed = False
    for label, run_prefix, platform, options in runs:
        problems = self_test(exe, run_prefix, platform, options)
        print(f"frozen self-test, {label}: " + ("FAILED (" + "; ".join(problems) + ")" if problems else "passed"))
        failed = failed or bool(problems)
    problems = clock_runs(exe, prefix, "offscreen")
    print("frozen start-up clock: " + ("FAILED (" + "; ".join(problems) + ")" if problems else "passed"))
    failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
