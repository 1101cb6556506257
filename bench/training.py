"""Training lesson: epochs per second with the decision map recomputed every epoch.

One "epoch" here is what the training tab does per animation frame: :meth:`Trainer.step`
(a shuffle, 25 mini-batches of 10 of the 250 training points, the evaluation of every point
with the per-layer gradient norms and dead units) plus :meth:`Trainer.snapshot` (the map
and every hidden unit's map on an n×n grid). 500 points, [4, 2] and [8, 8, 8], tanh, SGD,
float32, on the CPU with the engine's thread count (1) and with 2 threads for comparison,
and on CUDA where torch sees a GPU. Target: ≥ 60 epochs/s with a 100×100 map
(Playground does one epoch per frame); 200×200 is reported. torch and numpy only.

The GUI part plays the training tab itself (offscreen, 1024×640): the worker trains and
computes the map every epoch, the GUI thread draws the newest frame (map, network diagram,
curves); it reports epochs/s, frames drawn/s and the longest event-loop stall (the largest
gap between ticks of a 5 ms timer, minus 5 ms; target ≤ 50 ms). It is skipped where Qt
cannot be imported (the GPU machine).

    python -m bench.training [--quick]
"""

from __future__ import annotations

import gc
import sys
import time
from itertools import pairwise

import torch

from bench._harness import Report, quick_mode, summarize

TARGET_EPOCHS_PER_S = 60.0
TARGET_STALL_MS = 50.0
TICK_MS = 5
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
        report.not_applicable("CUDA: torch sees no GPU on this machine (CPU rows only)")
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
    gui_rows(report, quick)
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
            ("frames_per_s", "frames/s", ".0f"),
            ("stall_ms", "stall ms", ".1f"),
        ]
    )
    report.write()
    return report.exit_status()


def gui_rows(report: Report, quick: bool) -> None:
    """Play the training tab for a few seconds per case: epochs/s, frames drawn/s, the longest stall."""
    try:
        from bench._qt import application  # Qt only here: the engine rows above run without it
    except ImportError as exc:
        report.fail(f"GUI rows: Qt cannot be imported ({exc})")
        return
    app = application()
    seconds = 2.0 if quick else 5.0
    for hidden, side_by_side in (((4, 2), False), ((8, 8, 8), False), ((4, 2), True)):
        rate, fps, stall, epochs = play_tab(app, hidden, side_by_side, seconds)
        label = f"tab: {'x'.join(map(str, hidden))}{' side by side' if side_by_side else ''}, 100x100 map, cpu"
        report.add(case=label, epochs_per_s=rate, frames_per_s=fps, stall_ms=stall, epochs=epochs)
        print(f"  {label}: {rate:.0f} epochs/s, {fps:.0f} frames/s, longest stall {stall:.1f} ms", flush=True)
        report.target(f"{label}: longest event-loop stall", stall, TARGET_STALL_MS, unit="ms", higher_is_better=False)
        if not side_by_side:
            report.target(f"{label}: epochs/s", rate, TARGET_EPOCHS_PER_S, unit="epochs/s", higher_is_better=True)


def play_tab(app, hidden: tuple[int, ...], side_by_side: bool, seconds: float) -> tuple[float, float, float, int]:
    """(epochs/s, frames drawn/s, longest stall in ms, epochs) of the training tab playing for ``seconds``."""
    from PySide6.QtCore import QTimer

    from engine.training import TrainConfig
    from gui.training.tab import TrainingTab

    tab = TrainingTab()
    tab.resize(1024, 600)
    tab.show()
    tab.set_compute("cpu", "float32")
    tab.set_config(TrainConfig(hidden=hidden), side_by_side=side_by_side)
    tab.wait_idle(60)
    gc.freeze()  # as MainWindow.load() does once the tabs are built
    ticks: list[float] = []
    drawn = {"frames": 0, "last": None}

    def tick() -> None:
        ticks.append(time.perf_counter())
        if tab.frame is not drawn["last"]:
            drawn["last"] = tab.frame
            drawn["frames"] += 1

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    start_epoch, start = tab.epoch(), time.perf_counter()
    tab.play()
    while time.perf_counter() - start < seconds:
        app.processEvents()
        time.sleep(0.001)
    tab.pause()
    tab.wait_idle(60)
    elapsed = time.perf_counter() - start
    timer.stop()
    gaps = [b - a for a, b in pairwise(ticks)] or [0.0]
    result = ((tab.epoch() - start_epoch) / elapsed, drawn["frames"] / elapsed, max(0.0, max(gaps) * 1e3 - TICK_MS), tab.epoch())
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return result


if __name__ == "__main__":
    sys.exit(main())
