"""Run every benchmark, each in its own process, then list every target's verdict.

    python -m bench [--quick] [--only engine_throughput,startup,...]

Each benchmark prints its table and writes ``bench/results/<name>.json``; this writes
``bench/results/summary.json``. A benchmark that could not measure (it exits non-zero,
crashed, timed out or wrote no result) is a FAIL row and makes the exit status 1: a skip
never reads as a pass. A missed target is a finding, reported as FAIL, not an error.
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
BENCHMARKS = (
    "engine_throughput",
    "contention",
    "depth",
    "training",
    "initialization",
    "interaction",
    "formula_stalls",
    "startup",
    "export",
)
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
        (RESULTS / f"{name}.json").unlink(missing_ok=True)  # an old result must not stand in for this run's
        if name == "startup" and not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", *command]  # start-up is worth measuring on a real (virtual) display
        try:
            rc = subprocess.run(command, cwd=ROOT, timeout=TIMEOUT_S).returncode
        except subprocess.TimeoutExpired:
            rc = "timeout"
        print(f"######## bench.{name}: {time.perf_counter() - t0:.0f} s", flush=True)
        if rc != 0:
            crashed.append(f"{name} (exit {rc})")
    if "interaction" in names and _unmeasured("interaction"):
        # No explorer to measure: still give the matplotlib baseline on its own.
        print("\n######## bench.mpl_baseline (the interaction benchmark measured nothing)", flush=True)
        subprocess.run([sys.executable, "-m", "bench.mpl_baseline", *(["--quick"] if quick else [])], cwd=ROOT)
    return summarize(names, crashed)


def _unmeasured(name: str) -> bool:
    try:
        doc = json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return not doc.get("rows")


def summarize(names, crashed) -> int:
    summary = Report("summary", "All targets")
    unmeasured = list(crashed)
    for name in names:
        try:
            doc = json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            summary.target(f"{name} measured", None, None, unit="", note="no result file")
            summary.failed.append(f"{name}: no result file")
            continue
        for t in doc["targets"]:
            summary.add(benchmark=name, **t)
        summary.failed += [f"{name}: {s}" for s in doc.get("failed", [])]
        summary.notes += [f"{name}: {n}" for n in doc.get("notes", []) if n.startswith("not applicable")]
    for c in crashed:
        summary.target(f"{c.split(' ', 1)[0]} measured", None, None, unit="", note=f"crashed: {c}")
    rows = summary.rows + [{"benchmark": t.name.split(" ", 1)[0], **vars(t), "verdict": t.verdict} for t in summary.targets]
    print("\n== All targets")
    print_table(
        ["verdict", "benchmark", "target", "value", "limit"],
        [
            [
                r["verdict"],
                r["benchmark"],
                r["name"] + (f" ({r['note']})" if r["value"] is None and r.get("note") else ""),
                _value(r["value"], r["unit"]),
                "-" if r["limit"] is None else f"{'>=' if r['higher_is_better'] else '<='} {r['limit']:g} {r['unit']}",
            ]
            for r in rows
        ],
    )
    for s in summary.failed:
        print(f"could not measure: {s}")
    for n in summary.notes:
        print(f"note: {n}")
    summary.write()
    return 1 if unmeasured or summary.failed else 0


def _value(v, unit: str) -> str:
    return "n/a" if v is None else f"{v:.3g} {unit}" if abs(v) < 100 else f"{v:,.0f} {unit}"


if __name__ == "__main__":
    sys.exit(main())
