"""Training lesson: epochs per second against TensorFlow Playground, on screen, and several networks at once.

Playground's settings throughout (issue 23): circle, tanh, 500 points of which 250 train,
batch 10, lr 0.03, SGD, float32, one intra-op thread. For [4, 2], [8, 8, 8] and [16×6]:

- ``train``: :meth:`Trainer.step` over a chunk of epochs (each epoch's train and test loss and
  accuracy; gradient norms for the last), epochs/s;
- ``train+maps``: one epoch and every unit's 100×100 map (:meth:`Trainer.snapshot`) per epoch;
- ``floor``: the issue's minimal eager loop (preallocated data, addmm layers, one autograd.grad
  per mini-batch, a foreach update, per-epoch loss and accuracy), measured in the same rounds:
  the floor of eager PyTorch on this machine now, so ``train / floor`` is comparable under load;
- ``8 stacked`` vs ``8 alone``: eight networks (seeds 0–7) as one :class:`engine.training.Stack`
  against the same eight trained one after another;
- ``tab``: the training tab itself playing (offscreen, 1024×600, every view live), at 1 epoch per
  frame, side by side, and as fast as possible: epochs/s and frames drawn/s from the first to the
  last frame drawn in the window (1 epoch per frame is at most 60 epochs/s: the frame clock),
  and the longest event-loop stall (largest gap between ticks of a 5 ms timer, minus 5 ms);
  medians over interleaved rounds. At 1 epoch per frame the pacer trains exactly 60 epochs per second of wall time,
  so the rate counted over a window of ``w`` seconds is exact only to one epoch: those rows (the 1-D fit's too) are judged as
  ``epochs counted >= 60 × w − 1`` (the figure and that tolerance are printed). As fast as possible the tab trains
  in its training process (gui/training/trainer_process.py): it is started and ready before the window (a run
  that starts it trains in the thread for the 1 to 2 s torch takes to import there). As fast as possible is judged
  also as a fraction of the eager floor at [4,2]: each round's play against the mean of a floor burst just before it
  and one just after, the median of the rounds' fractions (the machine's speed swings 20 % from one minute to the
  next, here between rounds: a floor measured once a round after all six cases, as before, gave 0.68 to 1.12 for the
  same code). The engine's training pass is measured in bursts among the rounds, for a note.
  The ``fit`` row plays the 1-D regression view instead of the map:
  sin x at the regression defaults (engine.regression.REGRESSION_DEFAULTS: ReLU [16], Adam, 200
  training points), the target, the points and the fit's curve with its kinks drawn every frame.

Playground's figures are the issue's measurements of its own code under node on this machine
(facts, not code). The machine is shared, so the engine cases run in interleaved rounds and
report medians; the load average is printed. A case that cannot be measured FAILS.

    python -m bench.training [--quick]
"""

from __future__ import annotations

import gc
import math
import os
import statistics
import sys
import time
from functools import partial
from itertools import pairwise

import torch

from bench._harness import Report, quick_mode
from bench.training_race import race_rows, race_tab_rows

NETWORKS = ((4, 2), (8, 8, 8), (16,) * 6)
#: Playground's epochs/s (issue 23): training pass only, and training + every unit's 100×100 map.
PLAYGROUND_TRAIN = {(4, 2): 1442.0, (8, 8, 8): 311.0, (16,) * 6: 29.0}
PLAYGROUND_MAPS = {(4, 2): 77.0, (8, 8, 8): 15.0, (16,) * 6: 2.0}
#: The issue's targets.
TRAIN_TARGET = {(4, 2): 160.0, (8, 8, 8): 160.0, (16,) * 6: 110.0}
MAPS_TARGET_X = {(4, 2): 1.5, (8, 8, 8): 5.0, (16,) * 6: 5.0}  # times Playground
TAB_TARGET = {(4, 2): 60.0, (8, 8, 8): 60.0}
FIT_TARGET = 60.0  # the 1-D fit view playing sin x: the classification tab's target (issue 25)
FIT_CASE = ((16,), False, 1, "sine")
SIDE_BY_SIDE_TARGET, FAST_TARGET, FAST_FPS_TARGET, STALL_TARGET_MS, STACK_TARGET_X = 45.0, 140.0, 30.0, 33.0, 4.0
STACKED = 8
TICK_MS = 5
#: The same targets as fractions of the eager floor measured alongside, because the issue sets them so: the training
#: pass ">= 0.85 of that floor" (160/185 and 110/129), and the tab as fast as possible 140 when the floor was 185 at
#: [4,2], 0.76 of it. The absolute targets stay and are judged as well; these say whether a FAIL is the machine's
#: (slower than when the targets were set: 137 epochs/s at [4,2] on 7 Dec 2026) or the code's.
TRAIN_FLOOR_SHARE, FAST_FLOOR_SHARE = 0.85, 0.76


def name(hidden: tuple[int, ...]) -> str:
    return "16x6" if hidden == (16,) * 6 else "x".join(map(str, hidden))


def config(hidden, seed: int = 0, device: str = "cpu"):
    from engine.training import TrainConfig

    return TrainConfig(dataset="circle", activation="tanh", hidden=hidden, seed=seed, device=device)


def fit_config(dataset: str, hidden, seed: int = 0):
    """A 1-D regression dataset at the regression defaults (what the tab switches to for a curve)."""
    from engine.regression import REGRESSION_DEFAULTS
    from engine.training import TrainConfig

    return TrainConfig(dataset=dataset, **{**REGRESSION_DEFAULTS, "hidden": hidden}, seed=seed)  # type: ignore[arg-type]


# ---- the engine cases: each returns epochs per second of one burst --------------------------------------


def train_rate(trainer, epochs: int) -> float:
    trainer.step(2)
    start = time.perf_counter()
    trainer.step(epochs)
    return epochs / (time.perf_counter() - start)


def maps_rate(trainer, epochs: int) -> float:
    from engine.training import View

    view = View(map_size=100, units=True)
    trainer.step(1)
    trainer.snapshot(view)
    start = time.perf_counter()
    for _ in range(epochs):
        trainer.step(1)
        trainer.snapshot(view)
    return epochs / (time.perf_counter() - start)


def floor_rate(hidden: tuple[int, ...], epochs: int, device: str = "cpu") -> float:
    """The issue's minimal eager loop on Playground's data: the floor of per-operation cost."""
    from engine.training_config import data_for

    data = data_for(config(hidden))
    dev = torch.device(device)
    gen = torch.Generator().manual_seed(0)
    sizes = (2, *hidden, 1)
    ws = [(torch.rand(i, o, generator=gen) - 0.5).to(dev).requires_grad_(True) for i, o in pairwise(sizes)]
    bs = [torch.full((o,), 0.1, device=dev).requires_grad_(True) for o in sizes[1:]]
    params = ws + bs
    x = torch.as_tensor(data.xy, dtype=torch.float32, device=dev)
    t = torch.as_tensor(data.labels * 2.0 - 1.0, dtype=torch.float32, device=dev)
    train = torch.as_tensor(data.train, device=dev)
    x_train, t_train, x_test, t_test = x[train], t[train], x[~train], t[~train]

    def forward(h):
        for w, b in zip(ws[:-1], bs[:-1], strict=True):
            h = torch.tanh(torch.addmm(b, h, w))
        return torch.addmm(bs[-1], h, ws[-1]).squeeze(1)

    def epoch():
        order = torch.randperm(len(x_train), generator=gen).to(dev)
        for xb, tb in zip(x_train[order].split(10), t_train[order].split(10), strict=True):
            loss = 0.5 * torch.nn.functional.mse_loss(torch.tanh(forward(xb)), tb)
            grads = torch.autograd.grad(loss, params)
            with torch.no_grad():
                torch._foreach_add_(params, grads, alpha=-0.03)
        with torch.no_grad():
            values = []
            for xs, ts in ((x_train, t_train), (x_test, t_test)):
                z = forward(xs)
                values += [0.5 * torch.nn.functional.mse_loss(torch.tanh(z), ts), ((z >= 0) == (ts > 0)).float().mean()]
            torch.stack(values).tolist()

    epoch()
    start = time.perf_counter()
    for _ in range(epochs):
        epoch()
    return epochs / (time.perf_counter() - start)


def stacked_rate(stack, epochs: int) -> float:
    stack.step(1)
    start = time.perf_counter()
    stack.step(epochs)
    return epochs / (time.perf_counter() - start)


def alone_rate(trainers, epochs: int) -> float:
    """Epochs/s of every one of ``trainers`` trained one after another (the time for all, per epoch)."""
    for trainer in trainers:
        trainer.step(1)
    start = time.perf_counter()
    for trainer in trainers:
        trainer.step(epochs)
    return epochs / (time.perf_counter() - start)


def engine_rows(report: Report, quick: bool, device: str = "cpu") -> None:
    from engine.training import Stack, Trainer

    rounds, epochs = (2, 8) if quick else (5, 25)
    samples: dict[tuple, list[float]] = {}
    trainers = {h: Trainer(config(h, device=device)) for h in NETWORKS}
    stacks = {h: Stack([config(h, s, device) for s in range(STACKED)]) for h in NETWORKS}
    alone = {h: [Trainer(config(h, s, device)) for s in range(STACKED)] for h in NETWORKS}
    for _ in range(rounds):  # interleaved: a burst of every case per round, so load changes hit them all alike
        for h in NETWORKS:
            cases = {
                "train": partial(train_rate, trainers[h], epochs),
                "floor": partial(floor_rate, h, epochs, device),
                "maps": partial(maps_rate, trainers[h], max(4, epochs // 3)),
                "stacked": partial(stacked_rate, stacks[h], max(3, epochs // 3)),
                "alone": partial(alone_rate, alone[h], max(2, epochs // 8)),
            }
            for case, measure in cases.items():
                gc.collect()
                samples.setdefault((h, case), []).append(measure())
    for h in NETWORKS:
        med = {case: statistics.median(samples[(h, case)]) for case in ("train", "floor", "maps", "stacked", "alone")}
        label = f"{name(h)}, {device}"
        report.add(case=f"{label}: train", ours=med["train"], playground=PLAYGROUND_TRAIN[h], floor=med["floor"])
        report.add(case=f"{label}: train+maps", ours=med["maps"], playground=PLAYGROUND_MAPS[h])
        report.add(case=f"{label}: {STACKED} stacked (epochs/s of all)", ours=med["stacked"], alone=med["alone"])
        print(
            f"  {label}: train {med['train']:.0f} (floor {med['floor']:.0f}), train+maps {med['maps']:.0f}, "
            f"{STACKED} stacked {med['stacked']:.0f} vs alone {med['alone']:.0f} epochs/s",
            flush=True,
        )
        if device != "cpu":
            continue
        report.target(
            f"{name(h)}: training pass epochs/s",
            med["train"],
            TRAIN_TARGET[h],
            unit="epochs/s",
            higher_is_better=True,
            note=f"{med['train'] / med['floor']:.2f} of the eager floor measured alongside "
            f"({med['floor']:.0f}); Playground {PLAYGROUND_TRAIN[h]:g}",
        )
        report.target(
            f"{name(h)}: training pass as a fraction of the eager floor measured alongside",
            med["train"] / med["floor"],
            TRAIN_FLOOR_SHARE,
            unit="x",
            higher_is_better=True,
            note=f"{med['train']:.0f} vs {med['floor']:.0f} epochs/s; the issue's target is 0.85 of that floor",
        )
        report.target(
            f"{name(h)}: training + every unit's map, times Playground",
            med["maps"] / PLAYGROUND_MAPS[h],
            MAPS_TARGET_X[h],
            unit="x",
            higher_is_better=True,
            note=f"{med['maps']:.0f} epochs/s vs Playground's {PLAYGROUND_MAPS[h]:g}",
        )
        if h == (4, 2):
            report.target(
                f"{STACKED} networks of [4,2] stacked, times one after another",
                med["stacked"] / med["alone"],
                STACK_TARGET_X,
                unit="x",
                higher_is_better=True,
                note=f"{med['stacked']:.0f} vs {med['alone']:.0f} epochs/s of all {STACKED}",
            )


# ---- the tab on screen --------------------------------------------------------------------------------


def gui_rows(report: Report, quick: bool) -> None:
    """Play the training tab for a few seconds per case: epochs/s, frames drawn/s, the longest stall."""
    cases = [
        ((4, 2), False, 1, "circle"),
        ((8, 8, 8), False, 1, "circle"),
        ((16,) * 6, False, 1, "circle"),
        ((4, 2), True, 1, "circle"),
        ((4, 2), False, 0, "circle"),
        FIT_CASE,
    ]
    try:
        from bench._qt import application  # Qt only here: the engine rows above run without it

        app = application()
    except Exception as exc:  # noqa: BLE001 (any reason Qt cannot start is a failed measurement)
        for case in cases:
            unmeasured(report, tab_label(*case), f"Qt cannot start: {exc}")
        return
    from engine.training import Trainer

    rounds, seconds = (1, 2.0) if quick else (3, 3.0)
    measured: dict[tuple, list[tuple[float, float, float, float]]] = {}
    failed: dict[tuple, str] = {}
    # The eager floor and the engine's training pass at [4,2], a burst of each per round among the tab's cases: what
    # the tab as fast as possible is judged against as a fraction (the same load as the tab's rounds).
    alongside: dict[str, list[float]] = {"floor": [], "train": []}
    fractions: list[float] = []  # as fast as possible: each round's play over the floor just before and after it
    trainer = Trainer(config((4, 2)))
    burst = 8 if quick else 25
    for _ in range(rounds):  # interleaved rounds, as the engine cases: a load change hits every case alike
        for case in cases:
            if case in failed:
                continue
            try:
                before = floor_rate((4, 2), burst) if case[2] == 0 else math.nan
                measured.setdefault(case, []).append(play_tab(app, *case, seconds))
                if case[2] == 0:
                    pair = (before, floor_rate((4, 2), burst))
                    alongside["floor"] += pair
                    fractions.append(measured[case][-1][0] / statistics.fmean(pair))
            except Exception as exc:  # noqa: BLE001
                failed[case] = f"{type(exc).__name__}: {exc}"
        gc.collect()
        alongside["train"].append(train_rate(trainer, burst))
    floor, train = (statistics.median(v) if v else math.nan for v in (alongside["floor"], alongside["train"]))
    print(f"  alongside the tab: eager floor {floor:.0f}, engine training pass {train:.0f} epochs/s at [4,2]", flush=True)
    for case in cases:
        hidden, side_by_side, speed, _ = case
        label = tab_label(*case)
        if case in failed:
            unmeasured(report, label, failed[case])
            continue
        rate, fps, stall, window = (statistics.median(v) for v in zip(*measured[case], strict=True))
        extra = {"floor": floor} if speed == 0 else {}  # the fraction of it judged below
        report.add(case=label, ours=rate, frames_per_s=fps, stall_ms=stall, rounds=len(measured[case]), **extra)
        print(f"  {label}: {rate:.0f} epochs/s, {fps:.0f} frames/s, longest stall {stall:.1f} ms (medians)", flush=True)
        report.target(f"{label}: longest event-loop stall", stall, STALL_TARGET_MS, unit="ms", higher_is_better=False)
        if side_by_side:
            report.target(f"{label}: epochs/s", rate, SIDE_BY_SIDE_TARGET, unit="epochs/s", higher_is_better=True)
        elif speed == 0:
            report.target(
                f"{label}: epochs/s",
                rate,
                FAST_TARGET,
                unit="epochs/s",
                higher_is_better=True,
                note=f"{rate / train:.2f} of the engine's training pass alone ({train:.0f}) measured alongside",
            )
            report.target(
                f"{label}: epochs/s as a fraction of the eager floor measured alongside",
                statistics.median(fractions),
                FAST_FLOOR_SHARE,
                unit="x",
                higher_is_better=True,
                note=f"median of {len(fractions)} rounds' fractions ({min(fractions):.2f}-{max(fractions):.2f}) of the"
                f" floor just before and after each; {rate:.0f} vs {floor:.0f} epochs/s in medians; {FAST_TARGET:g} was"
                " set when this floor was 185: 0.76 of it",
            )
            report.target(f"{label}: frames drawn/s", fps, FAST_FPS_TARGET, unit="frames/s", higher_is_better=True)
        elif case == FIT_CASE or hidden in TAB_TARGET:  # paced: judged to the counting window's precision (module notes)
            pace, slack = FIT_TARGET if case == FIT_CASE else TAB_TARGET[hidden], 1.0 / window
            asked = f"{pace:g} × {window:.2f} − 1 = {pace * window - 1:.1f}"
            note = f"{rate * window:.1f} epochs counted in {window:.2f} s; asked: {asked}"
            report.target(f"{label}: epochs/s", rate, pace - slack, unit="epochs/s", higher_is_better=True, note=note)


def tab_label(hidden, side_by_side: bool, speed: int, dataset: str = "circle") -> str:
    how = "as fast as possible" if not speed else f"{speed} epoch/frame"
    if dataset != "circle":
        return f"tab: 1-D fit of {dataset} with the curve drawn, {name(hidden)}, {how}"
    return f"tab: {name(hidden)}{' side by side' if side_by_side else ''}, {how}"


def unmeasured(report: Report, label: str, why: str) -> None:
    """A case that could not be measured: a FAIL (NaN meets no target), with the reason."""
    report.add(case=label, ours=math.nan)
    print(f"  {label}: could not measure: {why}", flush=True)
    report.target(f"{label}: measured", math.nan, 0.0, unit="", higher_is_better=True, note=f"could not measure: {why}")
    report.failed.append(f"{label}: {why}")  # and the benchmark exits 1 (Report.exit_status)


def play_tab(
    app, hidden: tuple[int, ...], side_by_side: bool, speed: int, dataset: str, seconds: float
) -> tuple[float, float, float, float]:
    """(epochs/s, frames drawn/s, longest stall in ms, the seconds counted over) of the training tab playing
    ``dataset`` for ``seconds`` (a 1-D regression dataset: the fit view, which must be the view on screen)."""
    from PySide6.QtCore import QTimer

    from bench._qt import wait_until
    from gui.training import trainer_process
    from gui.training.tab import TrainingTab

    process = trainer_process.shared()
    if speed == 0 and not process.wait_ready(60):  # its start (importing torch) is not the steady state
        print(f"  the training process did not start ({process.failed}): as fast as possible trains in the thread")
    tab = TrainingTab()
    tab.resize(1024, 600)
    tab.show()
    tab.set_compute("cpu", "float32")
    tab.controls.run_box.speed_combo.setCurrentIndex(tab.controls.run_box.speed_combo.findData(speed))
    tab.set_config(config(hidden) if dataset == "circle" else fit_config(dataset, hidden), side_by_side=side_by_side)
    if not tab.wait_idle(60) or tab.frame is None:
        raise RuntimeError(f"the tab built no network ({tab.problem()})")
    if dataset != "circle" and not tab.fit_view.isVisible():
        raise RuntimeError("the fit view is not on screen")
    gc.freeze()  # as MainWindow.load() does once the tabs are built
    ticks: list[float] = []
    drawn = {"last": None}
    frames: list[tuple[float, int]] = []  # (time, epoch) of each new frame the tab drew

    def tick() -> None:
        now = time.perf_counter()
        ticks.append(now)
        if tab.frame is not drawn["last"]:
            drawn["last"] = tab.frame
            frames.append((now, tab.epoch()))

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    tab.play()
    # Between events the GUI thread sleeps in Qt's event loop, as the app's does (bench._qt.wait_until). Spinning
    # processEvents() with 1 ms sleeps, as this did before, took the GIL from the worker up to 1,000 times a second.
    warm = time.perf_counter()  # the first frames (caches, first paint) are not the steady state
    wait_until(lambda: time.perf_counter() - warm >= 0.3, 60, "the warm-up")
    timer.start()
    start_epoch, start = tab.epoch(), time.perf_counter()
    wait_until(lambda: time.perf_counter() - start >= seconds, seconds + 60, "the measured window")
    elapsed, epochs = time.perf_counter() - start, tab.epoch() - start_epoch
    timer.stop()
    if len(frames) >= 3:  # the steady rate from the first to the last frame drawn (a window's ends cut frames in two)
        (t0, e0), (t1, e1) = frames[0], frames[-1]
        epochs, elapsed, count = e1 - e0, t1 - t0, len(frames) - 1
    else:
        count = len(frames)
    tab.pause()
    tab.wait_idle(60)
    gaps = [b - a for a, b in pairwise(ticks)] or [math.inf]
    result = (epochs / elapsed, count / elapsed, max(0.0, max(gaps) * 1e3 - TICK_MS), elapsed)
    tab.close()
    tab.deleteLater()
    app.processEvents()
    gc.unfreeze()
    return result


def main(argv=None) -> int:
    quick = quick_mode(argv)
    torch.set_num_threads(1)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
    report = Report("training", "Training lesson: epochs/s vs TensorFlow Playground (circle, tanh, 250 train points, batch 10)")
    print(f"  load average before: {load:.2f} on {os.cpu_count()} cores; torch threads 1", flush=True)
    engine_rows(report, quick)
    race_rows(report, quick)
    if torch.cuda.is_available():
        engine_rows(report, quick, "cuda")
    else:
        report.notes.append("CUDA: torch sees no GPU here; the CUDA rows run where it does (no targets, own figures)")
    gui_rows(report, quick)
    race_tab_rows(report, quick)
    after = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
    report.notes.append(f"load average {load:.2f} before, {after:.2f} after, on {os.cpu_count()} cores (a shared machine)")
    report.notes.append(
        "ours/playground/floor/alone: epochs per second, medians of interleaved rounds; floor = the issue's "
        "minimal eager loop measured in the same rounds"
    )
    report.notes.append("N stacked: epochs/s of the stack (each epoch trains all N); alone: the same N trained one after another")
    report.extra["load_avg"] = {"before": load, "after": after}
    report.print(
        [
            ("case", "case", ""),
            ("ours", "epochs/s", ".0f"),
            ("playground", "Playground", ".0f"),
            ("floor", "eager floor", ".0f"),
            ("alone", "one after another", ".0f"),
            ("frames_per_s", "frames/s", ".0f"),
            ("stall_ms", "stall ms", ".1f"),
        ]
    )
    report.write()
    return report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
