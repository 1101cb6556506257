"""Training lesson: epochs per second with the decision map recomputed every epoch.

One "epoch" here is what the training tab does per animation frame: :meth:`Trainer.step`
(a shuffle, 25 mini-batches of 10 of the 250 training points, the evaluation of every point
with the per-layer gradient norms and dead units) plus :meth:`Trainer.snapshot` (the map
and every hidden unit's map on an n×n grid). 500 points, [4, 2] and [8, 8, 8], tanh, SGD,
float32, on the CPU with the engine's thread count (1) and with 2 threads for comparison,
and on CUDA where torch sees a GPU. Target: ≥ 60 epochs/s with a 100×100 map
(Playground does one epoch per frame); 200×200 is reported. torch and numpy only.

    python -m bench.training [--quick]
"""

from __future__ import annotations

import sys
import time

import torch

from bench._harness import Report, quick_mode, summarize

TARGET_EPOCHS_PER_S = 60.0
NETWORKS = ((4, 2), (8, 8, 8))
MAP_SIZES = (100, 200)


def main(argv=None) -> int:
    quick = quick_mode(argv)
    report = Report("training", "Training lesson: epochs/s with the map every epoch (500 points, batch 10, tanh, SGD)")
    from engine.training import TrainConfig, Trainer, View

    epochs = 30 if quick else 150
    rows = [("cpu", threads) for threads in (1, 2)]
    if torch.cuda.is_available():
        rows.append(("cuda", None))
    else:
        report.skip("CUDA: torch sees no GPU on this machine (CPU rows only)")
    for device, threads in rows:
        for hidden in NETWORKS:
            for size in MAP_SIZES:
                trainer = Trainer(TrainConfig(hidden=hidden, device=device), threads=threads)
                view = View(map_size=size)
                for _ in range(5):  # warm-up: first calls allocate and pick kernels
                    trainer.step()
                    trainer.snapshot(view)
                if trainer.device == "cuda":
                    torch.cuda.synchronize()
                step_s, map_s, cpu = [], [], time.process_time()
                start = time.perf_counter()
                for _ in range(epochs):
                    t0 = time.perf_counter()
                    trainer.step()
                    t1 = time.perf_counter()
                    trainer.snapshot(view)
                    map_s.append(time.perf_counter() - t1)
                    step_s.append(t1 - t0)
                wall = time.perf_counter() - start
                cpu = time.process_time() - cpu
                rate = epochs / wall
                label = f"{'x'.join(map(str, hidden))}, {size}x{size} map, {trainer.device}" + (
                    f", {threads} thread{'s' if threads != 1 else ''}" if threads else ""
                )
                report.add(
                    case=label,
                    epochs_per_s=rate,
                    step_median_ms=summarize(step_s).median * 1e3,
                    map_median_ms=summarize(map_s).median * 1e3,
                    cpu_ms_per_epoch=cpu / epochs * 1e3,
                    epochs=epochs,
                )
                print(f"  {label}: {rate:.0f} epochs/s", flush=True)
                if size == 100 and (threads in (1, None)):
                    report.target(f"{label}: epochs/s", rate, TARGET_EPOCHS_PER_S, unit="epochs/s", higher_is_better=True)
    report.notes.append("an epoch = Trainer.step() (train + evaluate) + Trainer.snapshot() (map + unit maps)")
    report.notes.append("cpu = process CPU time per epoch, all threads; wall well above cpu means other processes had the cores")
    report.print(
        [
            ("case", "case", ""),
            ("epochs_per_s", "epochs/s", ".0f"),
            ("step_median_ms", "step ms", ".2f"),
            ("map_median_ms", "map ms", ".2f"),
            ("cpu_ms_per_epoch", "cpu ms/epoch", ".2f"),
            ("epochs", "n", "d"),
        ]
    )
    report.write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
