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


def main(argv=None) -> int:
    quick = quick_mode(argv)
    sizes = [10**3, 10**5, 10**6] if quick else [10**3, 10**4, 10**5, 10**6, 10**7]
    budget = 0.5 if quick else 1.5
    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    report = Report("engine_throughput", "Engine throughput: engine.evaluate f, f', f'' (order 2)")
    if "cuda" not in devices:
        report.skip("CUDA: torch sees no GPU on this machine (CPU rows only)")
    report.notes.append(f"torch threads: {torch.get_num_threads()}; x in [{X_MIN}, {X_MAX}]; "
                        "numpy = closed-form f, f', f'' in the same dtype (lower bound)")
    fits = []
    for dtype in ("float32", "float64"):
        _check_closed_forms(dtype)
        np_dtype = np.float32 if dtype == "float32" else np.float64
        for act, params, closed in CASES:
            for device in devices:
                medians = []
                for n in sizes:
                    def call(n=n, act=act, params=params, device=device, dtype=dtype):
                        engine.evaluate(act, params, X_MIN, X_MAX, n, order=2, device=device, dtype=dtype)

                    s = time_calls(call, warmup=2, min_repeat=3 if n >= 10**7 else 5, budget_s=budget)
                    medians.append(s.median)
                    row = report.add(kind="engine", activation=act, dtype=dtype, device=device, points=n,
                                     per_point_ns=s.median / n * 1e9, **s.ms())
                    if device == "cpu":
                        def lower(n=n, closed=closed, np_dtype=np_dtype):
                            closed(np.linspace(X_MIN, X_MAX, n, dtype=np_dtype))

                        ls = time_calls(lower, warmup=2, min_repeat=3 if n >= 10**7 else 5, budget_s=budget)
                        row["numpy_median_ms"] = ls.median * 1e3
                        row["numpy_p95_ms"] = ls.p95 * 1e3
                        row["numpy_count"] = ls.count
                        row["engine_over_numpy"] = s.median / ls.median
                    print(f"  {act:10s} {dtype} {device:4s} {n:>9,d} pts: {s.median * 1e3:9.3f} ms"
                          + (f"  numpy {row['numpy_median_ms']:9.3f} ms" if "numpy_median_ms" in row else ""), flush=True)
                overhead, per_point = linear_fit(sizes, medians)
                fits.append({"activation": act, "dtype": dtype, "device": device,
                             "overhead_ms": overhead * 1e3, "per_point_ns": per_point * 1e9,
                             "points_per_s": 1 / per_point if per_point > 0 else None})
    report.extra["fits"] = fits
    report.print([("activation", "activation", ""), ("dtype", "dtype", ""), ("device", "dev", ""),
                  ("points", "points", ",d"), ("median_ms", "median ms", ".3f"), ("p95_ms", "p95 ms", ".3f"),
                  ("count", "n", "d"), ("per_point_ns", "ns/pt", ".1f"), ("numpy_median_ms", "numpy ms", ".3f"),
                  ("engine_over_numpy", "engine/numpy", ".1f")])
    print("\nFit t = overhead + points x per-point cost (weighted by 1/t):")
    print_table(["activation", "dtype", "dev", "overhead ms", "ns/point", "Mpoints/s"],
                [[f["activation"], f["dtype"], f["device"], f"{f['overhead_ms']:.3f}", f"{f['per_point_ns']:.2f}",
                  f"{f['points_per_s'] / 1e6:.1f}" if f["points_per_s"] else "-"] for f in fits])
    report.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
