"""Depth run: L=50 layers of width 512, batch 1,024, forward + backward + statistics.

Times ``engine.depth.run`` (the pure function the depth tab calls off the GUI thread)
for ReLU + Kaiming normal and sigmoid + the nn.Linear default, on the CPU and, where
torch sees a GPU, on CUDA (float32; on the CPU also float64 and with denormals flushed).
Also how long a cancel takes to land: the time from ``cancelled()`` turning true to the
run raising. torch and numpy only.

    python -m bench.depth [--quick]
"""

from __future__ import annotations

import sys
import threading
import time

import torch

from bench._harness import Report, quick_mode, summarize, time_calls

LAYERS, WIDTH, BATCH = 50, 512, 1024
#: (activation, init, dtype, flush denormals). Sigmoid + the nn.Linear default shrinks the gradient
#: below float32's normal range (1.2e-38) in the early layers; plain float32 autograd would compute
#: denormals there, slowly and with a few bits (the engine rescales by powers of two so it does not).
#: The float64 row gives the reference values; the flush-to-zero row is a diagnostic: if it is much
#: faster than the plain float32 row, or its layer-1 gradient is 0, denormals are back.
CASES = (
    ("relu", "kaiming_normal", "float32", False),
    ("sigmoid", "linear_default", "float32", False),
    ("sigmoid", "linear_default", "float64", False),
    ("sigmoid", "linear_default", "float32", True),
)


def main(argv=None) -> int:
    quick = quick_mode(argv)
    report = Report("depth", f"Depth run: L={LAYERS}, n={WIDTH}, batch {BATCH:,}, forward + backward + statistics")
    from engine.depth import DepthConfig, run
    from engine.jobs import Cancelled

    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    if "cuda" not in devices:
        report.not_applicable("CUDA: torch sees no GPU on this machine (CPU rows only)")
    for device in devices:
        for activation, init, dtype, flush in CASES:
            if device == "cuda" and (flush or dtype != "float32"):
                continue  # GPUs flush denormals in matmuls anyway; float32 is the case that matters there
            config = DepthConfig(
                activation=activation, init=init, layers=LAYERS, width=WIDTH, batch=BATCH, device=device, dtype=dtype, seed=0
            )
            ran = []

            def once(config=config, ran=ran):
                ran.append(run(config))

            torch.set_flush_denormal(flush)
            try:
                # One warm-up (torch's first matmuls) before the first case only; the slow cases take
                # many seconds each, so they get one run (the issue asks for the time, not its spread).
                s = time_calls(
                    once, warmup=0 if quick or report.rows else 1, min_repeat=1, max_repeat=5, budget_s=0 if quick else 6
                )
            finally:
                torch.set_flush_denormal(False)
            last = ran[-1]
            if activation == "relu":
                relu_seconds = s.median
            if last.device != device:
                report.notes.append(f"{device} requested but ran on {last.device}: {last.fallback_reason}")
            report.add(
                device=last.device,
                activation=activation,
                init=init,
                dtype=dtype,
                flush_denormal=flush,
                layer1_grad_std=float(last.grad_weight_std[0]),
                **s.ms(),
            )
            print(
                f"  {device} {activation}+{init} {dtype}{' flush' if flush else ''}: median {s.median * 1e3:.0f} ms"
                f"  cpu {s.cpu_median * 1e3:.0f} ms (n={s.count})",
                flush=True,
            )
        # Cancel latency: another thread flips the flag part-way through a run (as the Cancel
        # button would); the lag is from the flip to the run raising Cancelled.
        lags = []
        for fraction in (0.5,) if quick else (0.2, 0.5, 0.8):
            flipped: list[float] = []
            timer = threading.Timer(relu_seconds * fraction, lambda flipped=flipped: flipped.append(time.perf_counter()))
            config = DepthConfig(
                activation="relu", init="kaiming_normal", layers=LAYERS, width=WIDTH, batch=BATCH, device=device, dtype="float32"
            )
            timer.start()
            try:
                run(config, cancelled=lambda flipped=flipped: bool(flipped))
            except Cancelled:
                lags.append(time.perf_counter() - flipped[0])
            finally:
                timer.cancel()
        if lags:
            c = summarize(lags)
            report.add(device=device, activation="relu", init="kaiming_normal", dtype="cancel latency", **c.ms())
        else:
            report.notes.append(f"{device}: cancel never landed (the run finished first)")
    report.notes.append("cpu = process CPU time of all threads; wall > cpu / threads means other processes had the cores")
    report.print(
        [
            ("device", "device", ""),
            ("activation", "activation", ""),
            ("init", "init", ""),
            ("dtype", "dtype", ""),
            ("flush_denormal", "flush", ""),
            ("median_ms", "median ms", ".1f"),
            ("p95_ms", "p95 ms", ".0f"),
            ("min_ms", "min ms", ".0f"),
            ("cpu_median_ms", "cpu ms", ".0f"),
            ("count", "n", "d"),
            ("layer1_grad_std", "layer-1 grad std", ".3g"),
        ]
    )
    report.write()
    return report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
