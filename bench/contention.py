"""Explorer curves beside a busy program: p95 latency at 100,001 points, idle and with one CPU-bound process.

A classroom laptop always has something else running. torch's default intra-op threads (one per
core) make every op wait for its slowest thread; when another program holds a core, that thread is
descheduled and the p95 jumps. The engine evaluates curves on one thread (``engine.devices.threads_for``);
this measures that policy against torch's default, idle and under load. Target: p95 under load
≤ 2 × p95 idle with the policy. torch and numpy only.

    python -m bench.contention [--quick]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import torch

import engine
from bench._harness import Report, quick_mode, time_calls
from engine import devices

POINTS = 100_001
BUSY = "while True:\n    pass\n"


def main(argv=None) -> int:
    quick = quick_mode(argv)

    report = Report("contention", f"Curve evaluation ({POINTS:,} points, f, f', f'') idle and beside a CPU-bound process")
    default_threads = torch.get_num_threads()
    policy_limit = devices.SINGLE_THREAD_POINTS
    budget = 1.0 if quick else 3.0

    def measure() -> object:
        return time_calls(lambda: engine.evaluate("gelu", x_min=-6.0, x_max=6.0, points=POINTS, device="cpu"), budget_s=budget)

    results = {}
    for load in ("idle", "loaded"):
        busy = subprocess.Popen([sys.executable, "-c", BUSY]) if load == "loaded" else None
        try:
            if busy is not None:
                time.sleep(0.5)  # let the busy loop take its core
            for label, limit in (("1 thread (engine policy)", policy_limit), (f"{default_threads} threads (torch default)", 0)):
                devices.SINGLE_THREAD_POINTS = limit
                stats = measure()
                results[(label, load)] = stats
                report.add(policy=label, load=load, **stats.ms())
        finally:
            devices.SINGLE_THREAD_POINTS = policy_limit
            if busy is not None:
                busy.terminate()
                busy.wait(timeout=10)
    policy = "1 thread (engine policy)"
    idle, loaded = results[(policy, "idle")].p95, results[(policy, "loaded")].p95
    report.target("p95 under load / p95 idle (engine policy)", loaded / idle, 2.0, unit="x")
    report.notes.append(f"{default_threads} intra-op threads by default on this machine; load average {_load()}")
    report.print(
        [
            ("policy", "threads", ""),
            ("load", "load", ""),
            ("median_ms", "median ms", ".2f"),
            ("p95_ms", "p95 ms", ".2f"),
            ("max_ms", "max ms", ".2f"),
            ("count", "calls", "d"),
        ]
    )
    report.write()
    return report.exit_status()


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except (OSError, AttributeError):
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
