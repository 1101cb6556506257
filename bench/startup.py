"""Start-up: time to first paint and to the first plotted curve, the longest stall between them, and resident memory.

    python -m bench.startup [--quick] [--runs 5] [--frozen dist/ActivationLab/ActivationLab]
    xvfb-run -a .venv/bin/python bench/startup.py          (a real X display: the figures that matter)

Each run starts a fresh process, as a user would, with ``ACTIVATION_LAB_STARTUP_T0`` set to
the launch time; the app's ``gui/startup.py`` clock then prints when the window first
painted, when the first curve painted and the longest event-loop stall in between, and
quits. The peak resident memory of that process (up to its first curve) comes from the
operating system when it exits (``wait4``). From source and from the frozen build
(``make exe``), each started four ways in a settings folder of its own: with the defaults
(``--fresh``), with the last session restored (a lesson with four curves, left by the
warm-up launch), in Chinese (``--lang zh_CN``) and with that lesson's file named on the command
line (its curves kept by the warm-up launch); and from source once more on a first start (an
empty settings folder each time: the start page opens on a real display).
One untimed launch per way first warms the file cache (and leaves the last session).
With a display (``$DISPLAY``) the app uses it; without one it runs offscreen (noted).
A launch that prints no timing line, or a missing frozen build, is a FAIL: never a skip.

The first curve is the first plot painted with data: the explorer's curves from the engine's cache
(gui/startup_cache.py) when one holds the state shown, else the curve computed at start. Each launch goes on to
the curve the engine computes now ("live-curve", no target) and the app compares it with the cached one value for
value: a launch whose cached curves differed (``preview=differ``) is a FAIL. The longest stall runs from the first
paint to that live curve.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._harness import ROOT, Report, quick_mode, summarize

FROZEN = ROOT / "dist" / "ActivationLab" / ("ActivationLab.exe" if sys.platform == "win32" else "ActivationLab")
PATTERN = re.compile(
    r"startup: first_paint=([\d.]+) paint_cpu=([\d.]+) first_curve=([\d.]+) longest_stall=([\d.]+) cpu=([\d.]+) "
    r"live_curve=([\d.]+) preview=(\w+)"
)
CLOCK_LINE = re.compile(r"^startup: .*$", re.M)
TIMEOUT_S = 120
#: The session the "restored" way leaves as the last one, and the file the "named" way names: four curves.
RESTORED = ROOT / "resources" / "lessons" / "10-modern-activations.alab"
#: The issue's targets (issue 28), in ms: each from source and frozen, with the defaults, restored and in Chinese.
TARGETS_MS = {"first-paint": 300, "first-curve": 1000, "longest-stall": 500}


@dataclass(frozen=True)
class Way:
    """One way of starting the app: its label, the arguments, what the warm-up launch adds, a fresh folder each time."""

    label: str
    args: tuple[str, ...] = ()
    warmup_args: tuple[str, ...] | None = None  # None: the same as args
    fresh_settings: bool = False  # an empty settings folder for every launch (a first start)
    targets: bool = True


WAYS = (
    Way("defaults", ("--fresh",)),
    Way("last session restored", (), warmup_args=(str(RESTORED),)),
    Way("in Chinese", ("--fresh", "--lang", "zh_CN")),
    Way("session named on the command line", (str(RESTORED),)),
    Way("first start (start page)", (), fresh_settings=True, targets=False),
)


def launch(command: list[str], settings: Path) -> dict:
    """One start with its settings in ``settings``; seconds to first paint and first curve, longest stall, peak RSS
    (MiB) or an error."""
    env = dict(os.environ, ACTIVATION_LAB_STARTUP_T0=repr(time.time()), XDG_CONFIG_HOME=str(settings))
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        env.pop("QT_QPA_PLATFORM", None)  # make bench sets offscreen for the other benchmarks
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    out, err, returncode, rss = _run(command, env, cwd=settings)
    if returncode is None:
        return {"error": f"no timing within {TIMEOUT_S} s"}
    match = PATTERN.search(out)
    if not match:
        said = CLOCK_LINE.search(out)
        tail = [said.group(0)] if said else (err or out).strip().splitlines()[-1:] or [""]
        return {"error": f"no timing line (exit {returncode}): {tail[0][:200]}"}
    paint, paint_cpu, curve, stall, cpu, live = (float(v) for v in match.groups()[:6])
    preview = match.group(7)
    if preview not in ("match", "none"):  # the first curve shown was not (shown to be) the engine's for that state
        return {"error": f"the start-up preview's curves were not the engine's (preview={preview})"}
    return {
        "first-paint": paint,
        "cpu-to-first-paint": paint_cpu,
        "first-curve": curve,
        "longest-stall": stall,
        "cpu-to-first-curve": cpu,
        "live-curve": live,
        "preview": preview,
        "rss_mb": rss,
    }


def _run(command: list[str], env: dict, cwd: Path) -> tuple[str, str, int | None, float | None]:
    """Run to the end; stdout, stderr, exit code (None if killed for time) and the child's
    peak RSS in MiB from ``wait4`` (None where the OS has no wait4)."""
    proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
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


def run_way(report: Report, build: str, program: list[str], way: Way, runs: int) -> None:
    """Warm up, then ``runs`` timed launches of ``program`` started ``way``; its rows, and its targets."""
    name = f"{build}, {way.label}"
    with tempfile.TemporaryDirectory(prefix="activation-lab-bench-") as tmp:
        settings = Path(tmp)

        def one(args: tuple[str, ...]) -> dict:
            if not way.fresh_settings:
                return launch([*program, *args], settings)
            with tempfile.TemporaryDirectory(prefix="first-start-", dir=tmp) as empty:
                return launch([*program, *args], Path(empty))

        first = one(way.args if way.warmup_args is None else way.warmup_args)  # warms the file cache; not counted
        results = [first] if "error" in first else [one(way.args) for _ in range(runs)]
    bad = [r["error"] for r in results if "error" in r]
    good = [r for r in results if "error" not in r]
    if bad:  # a start the clock could not time is a failure, not a smaller sample
        report.fail(f"{name}: {len(bad)} of {len(results)} launches gave no timing: {bad[0]}")
    rows = {}
    for mark in ("first-paint", "cpu-to-first-paint", "first-curve", "live-curve", "longest-stall", "cpu-to-first-curve"):
        if good:
            s = summarize([r[mark] for r in good])
            rows[mark] = report.add(
                build=build,
                way=way.label,
                mark=mark,
                median_ms=s.median * 1e3,
                p95_ms=s.p95 * 1e3,
                min_ms=s.min * 1e3,
                max_ms=s.max * 1e3,
                count=s.count,
            )
        if way.targets and mark in TARGETS_MS:
            value = rows[mark]["median_ms"] if mark in rows and not bad else None
            report.target(f"{name}: {mark} (median of {runs})", value, TARGETS_MS[mark])
    if not good:
        return
    rss = [r["rss_mb"] for r in good if r["rss_mb"] is not None]
    if rss:
        r = summarize(rss)
        report.add(
            build=build,
            way=way.label,
            mark="peak RSS to first curve (MiB)",
            median_ms=r.median,
            p95_ms=r.p95,
            min_ms=r.min,
            max_ms=r.max,
            count=r.count,
            unit="MiB",
        )
        report.extra.setdefault("rss_mb", {})[name] = r.median
    previews = sorted({r["preview"] for r in good})
    report.extra.setdefault("preview", {})[name] = previews
    print(
        f"  {name}: first paint {rows['first-paint']['median_ms']:.0f} ms, first curve "
        f"{rows['first-curve']['median_ms']:.0f} ms (preview: {'/'.join(previews)}), curve computed now "
        f"{rows['live-curve']['median_ms']:.0f} ms, longest stall {rows['longest-stall']['median_ms']:.0f} ms"
        + (f", peak RSS {summarize(rss).median:.0f} MiB" if rss else ""),
        flush=True,
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
        f"{runs} launches after one warm-up launch per way; seconds from the launch to each paint, "
        "as gui/startup.py's clock reports them"
    )
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    builds = [("source", [sys.executable, str(ROOT / "main.py")])]
    if args.frozen.exists():
        builds.append(("frozen", [str(args.frozen.resolve())]))
    for build, program in builds:
        for way in WAYS:
            if build == "frozen" and not way.targets:
                continue  # the first start's start page is the same code frozen
            run_way(report, build, program, way, runs)
    if not args.frozen.exists():
        report.fail(f"frozen build: {args.frozen} not found (run `make exe` first)")
        for way in WAYS:
            for mark in TARGETS_MS if way.targets else ():
                report.target(f"frozen, {way.label}: {mark}", None, TARGETS_MS[mark], note="no frozen build")
    if load_before is not None:
        load_after = os.getloadavg()[0]
        report.notes.append(f"load average (1 min) {load_before:.1f} before, {load_after:.1f} after, on {os.cpu_count()} CPUs")
        report.extra["load_avg_1min"] = [load_before, load_after]
    report.extra["platform"] = platform
    report.print(
        [
            ("build", "build", ""),
            ("way", "started", ""),
            ("mark", "mark", ""),
            ("median_ms", "median", ".0f"),
            ("p95_ms", "p95", ".0f"),
            ("min_ms", "min", ".0f"),
            ("max_ms", "max", ".0f"),
            ("count", "n", "d"),
        ]
    )
    report.write()
    return report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
