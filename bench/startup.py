"""Start-up: time to first paint and to the first plotted curve, and resident memory.

Launches the app as a user would (``python main.py``, and the frozen
``dist/ActivationLab/ActivationLab`` when it has been built) with
``ACTIVATION_LAB_TIMING=1``, which makes it print one line as the window's first paint
arrives and one as a plot first paints a curve. The times are taken here, from outside,
when each line arrives (from just before the process is started), so they include the
interpreter, imports and everything else a user waits for. The resident memory of the
app is read right after its first curve. One untimed launch first warms the file cache.

    python -m bench.startup [--quick] [--display]   (--display: the real $DISPLAY, else offscreen)
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench._harness import ROOT, Report, quick_mode, rss_mb, summarize

FROZEN = ROOT / "dist" / "ActivationLab" / ("ActivationLab.exe" if sys.platform == "win32" else "ActivationLab")
MARKS = ("first-paint", "first-curve")
TIMEOUT_S = 60.0


def launch(command: list[str], env: dict) -> dict:
    """Start the app once; the seconds to each mark and the RSS (MiB) after the first curve."""
    found: dict = {}
    lines: queue.Queue = queue.Queue()
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def reader():
        for line in proc.stdout:
            lines.put((time.perf_counter(), line.strip()))
        lines.put((time.perf_counter(), None))

    threading.Thread(target=reader, daemon=True).start()
    try:
        while len(found) < len(MARKS):
            try:
                when, line = lines.get(timeout=max(0.1, TIMEOUT_S - (time.perf_counter() - t0)))
            except queue.Empty:
                found["error"] = f"no {MARKS[len(found)]} line within {TIMEOUT_S:.0f} s"
                break
            if line is None:
                found["error"] = f"the app exited (code {proc.poll()}) before printing all marks"
                break
            for mark in MARKS:
                if line == f"ACTIVATION_LAB_TIMING {mark}":
                    found[mark] = when - t0
        if "error" not in found:
            time.sleep(0.3)  # let the first frame settle before reading memory
            found["rss_mb"] = _tree_rss(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return found


def _tree_rss(pid: int) -> float | None:
    """RSS of the app and its children (a frozen app may be a launcher plus the app)."""
    try:
        import psutil

        proc = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20
    except Exception:
        return rss_mb(pid)


def run_variant(report: Report, name: str, command: list[str], env: dict, runs: int, targets: bool) -> None:
    first = launch(command, env)  # warms the file cache; not counted
    if "error" in first:
        report.skip(f"{name}: {first['error']} (the app needs the ACTIVATION_LAB_TIMING probe in gui/app.py)")
        return
    results = [launch(command, env) for _ in range(runs)]
    bad = [r["error"] for r in results if "error" in r]
    good = [r for r in results if "error" not in r]
    if bad:
        report.notes.append(f"{name}: {len(bad)} of {runs} launches failed: {bad[0]}")
    if not good:
        return
    rows = {}
    for mark in MARKS:
        s = summarize([r[mark] for r in good])
        rows[mark] = report.add(build=name, mark=mark, median_ms=s.median * 1e3, p95_ms=s.p95 * 1e3,
                                min_ms=s.min * 1e3, max_ms=s.max * 1e3, count=s.count)
    rss = summarize([r["rss_mb"] for r in good])
    report.add(build=name, mark="RSS after first curve (MiB)", median_ms=rss.median, p95_ms=rss.p95,
               min_ms=rss.min, max_ms=rss.max, count=rss.count, unit="MiB")
    print(f"  {name}: first paint {rows['first-paint']['median_ms']:.0f} ms, "
          f"first curve {rows['first-curve']['median_ms']:.0f} ms, RSS {rss.median:.0f} MiB", flush=True)
    if targets:
        report.target(f"{name}: time to first paint (median of {rows['first-paint']['count']})",
                      rows["first-paint"]["median_ms"], 1000)
        report.target(f"{name}: time to first curve (median of {rows['first-curve']['count']})",
                      rows["first-curve"]["median_ms"], 2500)


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    runs = 2 if quick_mode(args) else 5
    env = dict(os.environ, ACTIVATION_LAB_TIMING="1", PYTHONDONTWRITEBYTECODE="1")
    display = "--display" in args and bool(os.environ.get("DISPLAY"))
    if not display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = f"display {os.environ['DISPLAY']}" if display else "offscreen"
    report = Report("startup", f"Start-up: first paint, first curve, resident memory ({platform})")
    report.notes.append(f"{runs} launches after one warm-up launch; times from process start to the probe's line")
    run_variant(report, "source", [sys.executable, str(Path(ROOT, "main.py"))], env, runs, targets=True)
    if FROZEN.exists():
        run_variant(report, "frozen", [str(FROZEN)], env, runs, targets=True)
    else:
        report.skip(f"frozen build: {FROZEN.relative_to(ROOT)} not found (run `make exe` first)")
    report.extra["platform"] = platform
    report.print([("build", "build", ""), ("mark", "mark", ""), ("median_ms", "median", ".0f"), ("p95_ms", "p95", ".0f"),
                  ("min_ms", "min", ".0f"), ("max_ms", "max", ".0f"), ("count", "n", "d")])
    report.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
