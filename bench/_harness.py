"""Shared measuring stick for every benchmark: timing, statistics, tables, targets, JSON.

No Qt and no matplotlib here, so the engine and depth benchmarks run on a machine
that has only torch and numpy. Figures are kept in seconds internally and written
in milliseconds (``*_ms``) to the JSON and the tables.
"""

from __future__ import annotations

import datetime as _dt
import gc
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
#: Distributions whose versions go into every result file (read from metadata: nothing is imported).
PACKAGES = ("torch", "numpy", "PySide6-Essentials", "shiboken6", "pyqtgraph", "superqt", "matplotlib", "psutil")


@dataclass(frozen=True)
class Stats:
    """Summary of a list of durations in seconds."""

    median: float
    p95: float
    mean: float
    min: float
    max: float
    count: int
    cpu_median: float | None = None  # process CPU time (all threads) per call, where measured

    def ms(self) -> dict:
        """The figures in milliseconds, as written to JSON."""
        out = {
            "median_ms": self.median * 1e3,
            "p95_ms": self.p95 * 1e3,
            "mean_ms": self.mean * 1e3,
            "min_ms": self.min * 1e3,
            "max_ms": self.max * 1e3,
            "count": self.count,
        }
        if self.cpu_median is not None:
            out["cpu_median_ms"] = self.cpu_median * 1e3
        return out


def summarize(samples: Sequence[float]) -> Stats:
    """Median, 95th percentile (linear interpolation), mean, min, max and count."""
    a = np.asarray(samples, dtype=np.float64)
    if a.size == 0:
        raise ValueError("no samples")
    return Stats(float(np.median(a)), float(np.percentile(a, 95)), float(a.mean()), float(a.min()), float(a.max()), int(a.size))


def time_calls(
    fn: Callable[[], object],
    *,
    warmup: int = 3,
    min_repeat: int = 5,
    max_repeat: int = 200,
    budget_s: float = 2.0,
) -> Stats:
    """Time ``fn()`` after ``warmup`` untimed calls (wall clock, and CPU time of this process).

    Repeats at least ``min_repeat`` and at most ``max_repeat`` times, stopping early once
    ``budget_s`` seconds have been spent. The garbage collector is run before and paused
    during the timed calls so a collection does not land in one sample at random.
    """
    for _ in range(warmup):
        fn()
    samples: list[float] = []
    cpu: list[float] = []
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        while len(samples) < max_repeat:
            c0, t0 = time.process_time(), time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            if len(samples) >= min_repeat and time.perf_counter() - start > budget_s:
                break
    finally:
        if was_enabled:
            gc.enable()
    return replace(summarize(samples), cpu_median=float(np.median(cpu)))


def linear_fit(sizes: Sequence[float], seconds: Sequence[float]) -> tuple[float, float]:
    """Fit ``t = overhead + per_item * n``, weighting each point by 1/t.

    Weighting by the inverse time fits relative error, so the small sizes (which fix the
    overhead) count as much as the large ones (which fix the per-item cost).
    """
    n = np.asarray(sizes, dtype=np.float64)
    t = np.asarray(seconds, dtype=np.float64)
    w = 1.0 / t
    design = np.stack([np.ones_like(n), n], axis=1) * w[:, None]
    (overhead, per_item), *_ = np.linalg.lstsq(design, t * w, rcond=None)
    return float(overhead), float(per_item)


def rss_mb(pid: int | None = None) -> float | None:
    """Resident memory of a process (default: this one) in MiB, or None without psutil."""
    try:
        import psutil
    except ImportError:
        return None
    return psutil.Process(pid or os.getpid()).memory_info().rss / 2**20


def versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def machine() -> dict:
    """What the figures were measured on."""
    info: dict = {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": _cpu_name(),
        "cpu_count": os.cpu_count(),
        "python_executable": sys.executable,
    }
    try:
        import psutil

        info["memory_gib"] = round(psutil.virtual_memory().total / 2**30, 1)
        info["load_avg_1min"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    except ImportError:
        pass
    if "torch" in sys.modules:  # only describe torch when the benchmark already loaded it
        torch = sys.modules["torch"]
        info["torch_threads"] = torch.get_num_threads()
        info["cuda"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    return info


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


@dataclass
class Target:
    """A figure the issue promises, checked against its limit. ``value`` None: it could not be measured, a FAIL."""

    name: str
    value: float | None
    limit: float | None
    unit: str = "ms"
    higher_is_better: bool = False
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None or self.limit is None:
            return "FAIL"  # not measured is never a pass (issue 28)
        ok = self.value >= self.limit if self.higher_is_better else self.value <= self.limit
        return "PASS" if ok else "FAIL"

    def line(self) -> str:
        extra = f"  ({self.note})" if self.note else ""
        if self.value is None or self.limit is None:
            return f"[{self.verdict}] {self.name}: not measured{extra}"
        cmp = ">=" if self.higher_is_better else "<="
        limit = f"(target {cmp} {_num(self.limit)} {self.unit})"
        return f"[{self.verdict}] {self.name}: {_num(self.value)} {self.unit} {limit}{extra}"


@dataclass
class Report:
    """One benchmark's rows, targets and notes; printed as a table and written as JSON."""

    name: str
    title: str
    rows: list[dict] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    started: float = field(default_factory=time.time)

    def add(self, **row) -> dict:
        self.rows.append(row)
        return row

    def target(self, *args, **kwargs) -> Target:
        t = Target(*args, **kwargs)
        self.targets.append(t)
        return t

    def fail(self, reason: str) -> Target:
        """Part of the benchmark could not measure: a FAIL row (and a non-zero exit, :meth:`exit_status`), printed at
        once. Never a skip: a benchmark that measured nothing must not read as a pass."""
        self.failed.append(reason)
        print(f"FAIL {self.name}: could not measure: {reason}", flush=True)
        return self.target(f"{self.name} measured", None, None, unit="", note=reason)

    skip = fail  # the old name (callers on other branches): a skip is a failure too

    def not_applicable(self, reason: str) -> None:
        """Rows this machine has nothing for (no GPU: no CUDA rows); a note, neither a pass nor a failure."""
        self.notes.append(f"not applicable: {reason}")

    def exit_status(self) -> int:
        """The benchmark's exit status: 1 when some part could not measure (:meth:`fail`), else 0. A missed target
        is a finding (a FAIL row), not an error."""
        return 1 if self.failed else 0

    def print(self, columns: Sequence[tuple[str, str, str]]) -> None:
        """Print the rows as a table; ``columns`` are (row key, header, format spec)."""
        print()
        print(f"== {self.title}")
        if self.rows:
            print_table([h for _, h, _ in columns], [[_fmt(r.get(k), f) for k, _, f in columns] for r in self.rows])
        for t in self.targets:
            print(t.line())
        for n in self.notes:
            print(f"note: {n}")
        for s in self.failed:
            print(f"could not measure: {s}")
        sys.stdout.flush()

    def write(self) -> Path:
        """Write ``bench/results/<name>.json`` atomically and return its path (a report with no row fails first)."""
        if not self.rows and not self.failed:
            self.fail("no row was measured")
        RESULTS.mkdir(parents=True, exist_ok=True)
        doc = {
            "benchmark": self.name,
            "title": self.title,
            "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "duration_s": round(time.time() - self.started, 1),
            "commit": _git_commit(),
            "machine": machine(),
            "versions": versions(),
            "rows": self.rows,
            "targets": [
                {
                    "name": t.name,
                    "value": t.value,
                    "limit": t.limit,
                    "unit": t.unit,
                    "verdict": t.verdict,
                    "higher_is_better": t.higher_is_better,
                    "note": t.note,
                }
                for t in self.targets
            ],
            "notes": self.notes,
            "failed": self.failed,
            **self.extra,
        }
        path = RESULTS / f"{self.name}.json"
        tmp = path.with_suffix(".json.part")
        tmp.write_text(json.dumps(doc, indent=2, default=_json_default) + "\n", encoding="utf-8")
        os.replace(tmp, path)
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", flush=True)
        return path


def _num(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.3g}"


def _json_default(o):
    if isinstance(o, np.generic):
        return o.item()
    if isinstance(o, np.ndarray):
        return o.tolist()
    raise TypeError(f"cannot write {type(o).__name__} to JSON")


def _fmt(value, spec: str) -> str:
    if value is None:
        return "-"
    if isinstance(value, str) or not spec:
        return str(value)
    return format(value, spec)


def print_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """A plain fixed-width table: text left-aligned, numbers right-aligned."""
    rows = [list(map(str, r)) for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def numeric(s: str) -> bool:
        try:
            float(s.replace(",", ""))
        except ValueError:
            return False
        return True

    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.rjust(w) if numeric(c) else c.ljust(w) for c, w in zip(r, widths, strict=True)))


def quick_mode(argv: Sequence[str] | None = None) -> bool:
    """``--quick`` (or BENCH_QUICK=1): fewer sizes and repeats, for a smoke run."""
    args = sys.argv[1:] if argv is None else argv
    return "--quick" in args or os.environ.get("BENCH_QUICK") == "1"
