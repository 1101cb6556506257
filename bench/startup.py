"""Start-up: time to first paint and to the first plotted curve, and resident memory.

    python -m bench.startup [--quick] [--runs 5] [--frozen dist/ActivationLab/ActivationLab]
    xvfb-run -a .venv/bin/python bench/startup.py          (a real X display: the figures that matter)

Each run starts a fresh process, as a user would, with ``ACTIVATION_LAB_STARTUP_T0`` set to
the launch time; the app's ``gui/startup.py`` clock then prints when the window first
painted, when the first curve painted and the longest event-loop stall in between, and
quits. The peak resident memory of that process (up to its first curve) comes from the
operating system when it exits (``wait4``). From source, and from the frozen build when
``make exe`` has made one. One untimed launch first warms the file cache.
With a display (``$DISPLAY``) the app uses it; without one it runs offscreen (noted).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._harness import ROOT, Report, quick_mode, summarize

FROZEN = ROOT / "dist" / "ActivationLab" / ("ActivationLab.exe" if sys.platform == "win32" else "ActivationLab")
PATTERN = re.compile(r"startup: first_paint=([\d.]+) first_curve=([\d.]+) longest_stall=([\d.]+)")
TIMEOUT_S = 120


def launch(command: list[str]) -> dict:
    """One start; seconds to first paint and first curve, longest stall, peak RSS (MiB) or an error."""
    env = dict(os.environ, ACTIVATION_LAB_STARTUP_T0=repr(time.time()))
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        env.pop("QT_QPA_PLATFORM", None)  # make bench sets offscreen for the other benchmarks
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    out, err, returncode, rss = _run(command, env)
    if returncode is None:
        return {"error": f"no timing within {TIMEOUT_S} s"}
    match = PATTERN.search(out)
    if not match:
        tail = (err or out).strip().splitlines()[-1:] or [""]
        return {"error": f"no timing line (exit {returncode}): {tail[0][:200]}"}
    paint, curve, stall = (float(v) for v in match.groups())
    return {"first-paint": paint, "first-curve": curve, "longest-stall": stall, "rss_mb": rss}


def _run(command: list[str], env: dict) -> tuple[str, str, int | None, float | None]:
    """Run to the end; stdout, stderr, exit code (None if killed for time) and the child's
    peak RSS in MiB from ``wait4`` (None where the OS has no wait4)."""
    proc = subprocess.Popen(command, env=env, cwd=Path.home(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    streams: dict[str, str] = {}
    readers = [
        threading.Thread(target=lambda n=n, f=f: streams.__setitem__(n, f.read()), daemon=True)
        for n, f in (("out", proc.stdout), ("err", proc.stderr))
    ]
    for t in readers:
        t.start()
    killer = threading.Timer(TIMEOUT_S, proc.kill)
    killer.start()
    rss = None
    try:
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)  # bytes on macOS, KiB on Linux
        else:
            proc.wait()
    finally:
        timed_out = not killer.is_alive()
        killer.cancel()
    for t in readers:
        t.join()
    return streams.get("out", ""), streams.get("err", ""), None if timed_out else proc.returncode, rss


def run_variant(report: Report, name: str, command: list[str], runs: int) -> None:
    first = launch(command)  # warms the file cache; not counted
    if "error" in first:
        report.skip(f"{name}: {first['error']}")
        return
    results = [launch(command) for _ in range(runs)]
    bad = [r["error"] for r in results if "error" in r]
    good = [r for r in results if "error" not in r]
    if bad:
        report.notes.append(f"{name}: {len(bad)} of {runs} launches failed: {bad[0]}")
    if not good:
        return
    rows = {}
    for mark in ("first-paint", "first-curve", "longest-stall"):
        s = summarize([r[mark] for r in good])
        rows[mark] = report.add(
            build=name,
            mark=mark,
            median_ms=s.median * 1e3,
            p95_ms=s.p95 * 1e3,
            min_ms=s.min * 1e3,
            max_ms=s.max * 1e3,
            count=s.count,
        )
    rss = [r["rss_mb"] for r in good if r["rss_mb"] is not None]
    if rss:
        r = summarize(rss)
        report.add(
            build=name,
            mark="peak RSS to first curve (MiB)",
            median_ms=r.median,
            p95_ms=r.p95,
            min_ms=r.min,
            max_ms=r.max,
            count=r.count,
            unit="MiB",
        )
        report.extra.setdefault("rss_mb", {})[name] = r.median
    print(
        f"  {name}: first paint {rows['first-paint']['median_ms']:.0f} ms, first curve "
        f"{rows['first-curve']['median_ms']:.0f} ms, longest stall {rows['longest-stall']['median_ms']:.0f} ms"
        + (f", peak RSS {summarize(rss).median:.0f} MiB" if rss else ""),
        flush=True,
    )
    if name == "source":
        report.target(
            f"source: time to first paint (median of {rows['first-paint']['count']})", rows["first-paint"]["median_ms"], 1000
        )
        report.target(
            f"source: time to first curve (median of {rows['first-curve']['count']})", rows["first-curve"]["median_ms"], 2500
        )


def main(argv=None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--frozen", type=Path, default=FROZEN)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(args_list)
    runs = args.runs or (2 if quick_mode(args_list) else 5)
    display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    platform = f"display {display}" if display else "offscreen (no display: run under xvfb-run for a real window)"
    report = Report("startup", f"Start-up: first paint, first curve, longest stall, peak memory ({platform})")
    report.notes.append(
        f"{runs} launches after one warm-up launch; seconds from the launch to each paint, as gui/startup.py's clock reports them"
    )
    run_variant(report, "source", [sys.executable, str(ROOT / "main.py")], runs)
    if args.frozen.exists():
        run_variant(report, "frozen", [str(args.frozen.resolve())], runs)
    else:
        report.skip(f"frozen build: {args.frozen} not found (run `make exe` first)")
    report.extra["platform"] = platform
    report.print(
        [
            ("build", "build", ""),
            ("mark", "mark", ""),
            ("median_ms", "median", ".0f"),
            ("p95_ms", "p95", ".0f"),
            ("min_ms", "min", ".0f"),
            ("max_ms", "max", ".0f"),
            ("count", "n", "d"),
        ]
    )
    report.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
