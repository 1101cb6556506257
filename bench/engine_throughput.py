"""Engine throughput: ``engine.evaluate`` of f, f', f'' for 1e3 ... 1e7 points.

For each activation, dtype and device the per-call overhead and the per-point cost
come from a straight-line fit of the median time against the number of points. A
closed-form numpy evaluation of the same f, f', f'' is the lower bound a hand-written
formula would reach on this CPU. CUDA rows appear only where torch sees a GPU.
torch and numpy only: runs on the GPU machine, which has no Qt.

    python -m bench.engine_throughput [--quick]
"""

from __future__ import annotations

import sys

import numpy as np
import torch

import engine
from bench._harness import Report, linear_fit, print_table, quick_mode, time_calls

X_MIN, X_MAX = -5.0, 5.0
LEAKY = 0.1


def _numpy_tanh(x):
    t = np.tanh(x)
    d = 1 - t * t
    return t, d, -2 * t * d


def _numpy_sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    d = s * (1 - s)
    return s, d, d * (1 - 2 * s)


def _numpy_leaky_relu(x):
    return np.where(x >= 0, x, LEAKY * x), np.where(x > 0, 1.0, LEAKY).astype(x.dtype), np.zeros_like(x)


#: (activation id, its parameters, the closed form with numpy)
CASES = (
    ("tanh", {}, _numpy_tanh),
    ("sigmoid", {}, _numpy_sigmoid),
    ("leaky_relu", {"negative_slope": LEAKY}, _numpy_leaky_relu),
)


def _check_closed_forms(dtype: str) -> None:
    """The lower bound must compute the same thing the engine does, or it bounds nothing."""
    for act, params, closed in CASES:
        curve = engine.evaluate(act, params, X_MIN, X_MAX, 1001, order=2, device="cpu", dtype=dtype)
        for got, want in zip((curve.f, curve.df, curve.d2f), closed(curve.x), strict=True):
            np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5, err_msg=f"{act} closed form disagrees")


def _time_sizes(report: Report, sizes, budget: float, label: dict, call, lower=None) -> tuple[list, list]:
    """Rows for one configuration; the fastest time of the engine and of the numpy lower bound per size.

    The fit uses the fastest call, not the median: on a shared 2-core machine the median of the
    large sizes picks up other processes' time slices, while the fastest call is the cost itself.
    """
    medians, lower_medians = [], []
    for n in sizes:
        repeat = 3 if n >= 10**7 else 5
        warmup = 1 if n >= 10**7 else 2
        s = time_calls(lambda n=n: call(n), warmup=warmup, min_repeat=repeat, budget_s=budget)
        medians.append(s.min)
        row = report.add(**label, points=n, per_point_ns=s.median / n * 1e9, **s.ms())
        if lower is not None:
            ls = time_calls(lambda n=n: lower(n), warmup=warmup, min_repeat=repeat, budget_s=budget)
            lower_medians.append(ls.min)
            row.update(
                numpy_median_ms=ls.median * 1e3,
                numpy_p95_ms=ls.p95 * 1e3,
                numpy_count=ls.count,
                engine_over_numpy=s.median / ls.median,
            )
        print(
            f"  {label['activation']:10s} {label['dtype']} {label['device']:4s} {label['threads']} thr {n:>10,d} pts:"
            f" {s.median * 1e3:9.3f} ms" + (f"  numpy {ls.median * 1e3:9.3f} ms" if lower else ""),
            flush=True,
        )
    return medians, lower_medians


def main(argv=None) -> int:
    quick = quick_mode(argv)
    sizes = [10**3, 10**5, 10**6] if quick else [10**3, 10**4, 10**5, 10**6, 10**7]
    budget = 0.3 if quick else 0.8
    default_threads = torch.get_num_threads()
    report = Report("engine_throughput", "Engine throughput: engine.evaluate f, f', f'' (order 2)")
    report.notes.append(
        f"x in [{X_MIN}, {X_MAX}]; numpy = closed-form f, f', f'' in the same dtype (lower bound); "
        f"torch threads {default_threads} by default, 1 in the rows marked so"
    )
    # (dtype, device, torch threads): the app's default first, then one thread (no parallel hand-off), then float64.
    configs = [("float32", "cpu", default_threads), ("float32", "cpu", 1), ("float64", "cpu", default_threads)]
    if torch.cuda.is_available():
        configs += [("float32", "cuda", default_threads), ("float64", "cuda", default_threads)]
    else:
        report.not_applicable("CUDA: torch sees no GPU on this machine (CPU rows only)")
    fits = []
    for dtype, device, threads in configs:
        _check_closed_forms(dtype)
        np_dtype = np.float32 if dtype == "float32" else np.float64
        torch.set_num_threads(threads)
        for act, params, closed in CASES:

            def call(n, act=act, params=params, device=device, dtype=dtype):
                engine.evaluate(act, params, X_MIN, X_MAX, n, order=2, device=device, dtype=dtype)

            def lower(n, closed=closed, np_dtype=np_dtype):
                closed(np.linspace(X_MIN, X_MAX, n, dtype=np_dtype))

            label = {"activation": act, "dtype": dtype, "device": device, "threads": threads}
            medians, lower_medians = _time_sizes(report, sizes, budget, label, call, lower if device == "cpu" else None)
            fit = dict(label)
            overhead, per_point = linear_fit(sizes, medians)
            fit.update(overhead_ms=overhead * 1e3, per_point_ns=per_point * 1e9)
            if lower_medians:
                overhead, per_point = linear_fit(sizes, lower_medians)
                fit.update(numpy_overhead_ms=overhead * 1e3, numpy_per_point_ns=per_point * 1e9)
            fits.append(fit)
    torch.set_num_threads(default_threads)
    report.extra["fits"] = fits
    report.print(
        [
            ("activation", "activation", ""),
            ("dtype", "dtype", ""),
            ("device", "dev", ""),
            ("threads", "thr", "d"),
            ("points", "points", ",d"),
            ("median_ms", "median ms", ".3f"),
            ("p95_ms", "p95 ms", ".3f"),
            ("count", "n", "d"),
            ("per_point_ns", "ns/pt", ".1f"),
            ("numpy_median_ms", "numpy ms", ".3f"),
            ("engine_over_numpy", "engine/numpy", ".1f"),
        ]
    )
    print("\nFit t = overhead + points x per-point cost (least squares on each size's fastest call, weighted by 1/t):")
    print_table(
        ["activation", "dtype", "dev", "thr", "overhead ms", "ns/point", "numpy overhead ms", "numpy ns/point"],
        [
            [
                f["activation"],
                f["dtype"],
                f["device"],
                str(f["threads"]),
                f"{f['overhead_ms']:.3f}",
                f"{f['per_point_ns']:.2f}",
                _opt(f, "numpy_overhead_ms", ".4f"),
                _opt(f, "numpy_per_point_ns", ".2f"),
            ]
            for f in fits
        ],
    )
    report.write()
    return report.exit_status()


def _opt(d: dict, key: str, spec: str) -> str:
    return format(d[key], spec) if key in d else "-"


if __name__ == "__main__":
    sys.exit(main())
