"""Time to first paint and to first plotted curve, from source and from the frozen app.

    xvfb-run -a .venv/bin/python bench/startup.py [--runs 5] [--frozen dist/ActivationLab/ActivationLab]

Each run starts a fresh process with ``ACTIVATION_LAB_STARTUP_T0`` set to the launch
time; the app (``gui/startup.py``) prints when its window first painted, when the
first curve painted and the longest event-loop stall in between, then quits.
Prints the median and the worst of each figure. Use a real display (Xvfb) for
figures that mean something; the first run also includes a cold disk cache.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERN = re.compile(r"startup: first_paint=([\d.]+) first_curve=([\d.]+) longest_stall=([\d.]+)")


def measure(command: list[str], runs: int) -> list[tuple[float, float, float]]:
    results = []
    for _ in range(runs):
        env = dict(os.environ, ACTIVATION_LAB_STARTUP_T0=repr(time.time()))
        out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=Path.home())
        match = PATTERN.search(out.stdout)
        if not match:
            sys.exit(f"no timing from {command}: rc={out.returncode}\n{out.stdout}\n{out.stderr}")
        results.append(tuple(float(v) for v in match.groups()))
    return results


def report(name: str, results: list[tuple[float, float, float]]) -> None:
    columns = list(zip(*results, strict=True))
    cells = [f"{label} median {statistics.median(c):.2f} s (worst {max(c):.2f})"
             for label, c in zip(("first paint", "first curve", "longest stall"), columns, strict=True)]
    print(f"{name:7s} n={len(results)}  " + "  ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "ActivationLab" / "ActivationLab")
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("note: no display, timing the offscreen platform (run under xvfb-run for a real window)")
    report("source", measure([sys.executable, str(ROOT / "main.py")], args.runs))
    if args.frozen.exists():
        report("frozen", measure([str(args.frozen.resolve())], args.runs))
    else:
        print(f"frozen: {args.frozen} not built (make exe)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
