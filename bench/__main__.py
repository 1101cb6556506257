"""Run every benchmark, each in its own process, then list every target's verdict.

    python -m bench [--quick] [--only engine_throughput,startup,...]

Each benchmark prints its table and writes ``bench/results/<name>.json``; this writes
``bench/results/summary.json``. Exit status 1 only when a benchmark crashed: a missed
target is a finding, reported as FAIL, not an error.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

from bench._harness import RESULTS, ROOT, Report, print_table, quick_mode

#: In running order: torch-only ones first (they also run on a machine without Qt).
BENCHMARKS = ("engine_throughput", "contention", "depth", "training", "initialization", "interaction", "startup", "export")
TIMEOUT_S = 900


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    quick = quick_mode(args)
    names = list(BENCHMARKS)
    if "--only" in args:
        names = args[args.index("--only") + 1].split(",")
    crashed = []
    for name in names:
        print(f"\n######## bench.{name}{' (quick)' if quick else ''}", flush=True)
        t0 = time.perf_counter()
        command = [sys.executable, "-m", f"bench.{name}", *(["--quick"] if quick else [])]
        if name == "startup" and not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", *command]  # start-up is worth measuring on a real (virtual) display
        try:
            rc = subprocess.run(command, cwd=ROOT, timeout=TIMEOUT_S).returncode
        except subprocess.TimeoutExpired:
            rc = "timeout"
        print(f"######## bench.{name}: {time.perf_counter() - t0:.0f} s", flush=True)
        if rc != 0:
            crashed.append(f"{name} (exit {rc})")
    if "interaction" in names and _skipped("interaction"):
        # No explorer to measure: still give the matplotlib baseline on its own.
        print("\n######## bench.mpl_baseline (the interaction benchmark was skipped)", flush=True)
        subprocess.run([sys.executable, "-m", "bench.mpl_baseline", *(["--quick"] if quick else [])], cwd=ROOT)
    return summarize(names, crashed)


def _skipped(name: str) -> bool:
    try:
        doc = json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return not doc.get("rows")


def summarize(names, crashed) -> int:
    summary = Report("summary", "All targets")
    for name in names:
        try:
            doc = json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            summary.skipped.append(f"{name}: no result file")
            continue
        for t in doc["targets"]:
            summary.add(benchmark=name, **t)
        summary.skipped += [f"{name}: {s}" for s in doc.get("skipped", [])]
    summary.skipped += [f"crashed: {c}" for c in crashed]
    print("\n== All targets")
    print_table(
        ["verdict", "benchmark", "target", "value", "limit"],
        [
            [
                r["verdict"],
                r["benchmark"],
                r["name"],
                _value(r["value"], r["unit"]),
                f"{'>=' if r['higher_is_better'] else '<='} {r['limit']:g} {r['unit']}",
            ]
            for r in summary.rows
        ],
    )
    for s in summary.skipped:
        print(f"skipped: {s}")
    summary.write()
    return 1 if crashed else 0


def _value(v, unit: str) -> str:
    return "n/a" if v is None else f"{v:.3g} {unit}" if abs(v) < 100 else f"{v:,.0f} {unit}"


if __name__ == "__main__":
    sys.exit(main())
