"""The activation race's row of ``bench/training.py``: six activations at [8, 8, 8] as one computation.

Playground's settings (circle, 250 training points, batch 10, SGD at lr 0.03, float32, one thread);
the race of sigmoid, tanh, ReLU, Leaky ReLU, ELU and GELU (:class:`engine.race.Race`) against one
tanh network of the same shape and the same six trained one after another, in interleaved rounds
(medians). The issue's promise: six networks at about the cost of two; the row PASSes when an epoch
of the race costs at most three epochs of one network.
"""

from __future__ import annotations

import gc
import statistics
import time
from functools import partial

RACERS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu")
HIDDEN = (8, 8, 8)
RACE_TARGET_X = 3.0  # an epoch of the race of 6, in epochs of one network


def _seconds(step, epochs: int) -> float:
    step(1)
    start = time.perf_counter()
    step(epochs)
    return (time.perf_counter() - start) / epochs


def race_rows(report, quick: bool) -> None:
    from dataclasses import replace

    from engine.race import Race, RaceConfig
    from engine.training import TrainConfig, Trainer

    base = TrainConfig(dataset="circle", hidden=HIDDEN, init="xavier_uniform")
    race = Race(RaceConfig(RACERS, base))
    one = Trainer(replace(base, activation="tanh"))
    alone = [Trainer(replace(base, activation=a)) for a in RACERS]
    rounds, epochs = (2, 6) if quick else (5, 20)
    samples: dict[str, list[float]] = {"race": [], "one": [], "alone": []}
    for _ in range(rounds):
        for case, measure in (
            ("race", partial(_seconds, race.step, epochs)),
            ("one", partial(_seconds, one.step, epochs)),
            ("alone", partial(_seconds, lambda n: [t.step(n) for t in alone], max(2, epochs // 4))),
        ):
            gc.collect()
            samples[case].append(measure())
    med = {case: statistics.median(values) for case, values in samples.items()}
    if not all(v > 0 for v in med.values()):
        report.fail("race of 6: an epoch took no measurable time")
        return
    report.add(case="8x8x8, cpu: race of 6 (epochs/s of all)", ours=1 / med["race"], alone=1 / med["alone"])
    print(
        f"  race of 6 at [8,8,8]: {1 / med['race']:.0f} epochs/s; one network {1 / med['one']:.0f}; "
        f"the six one after another {1 / med['alone']:.0f}",
        flush=True,
    )
    report.target(
        "race of 6 at [8,8,8], an epoch in epochs of one network",
        med["race"] / med["one"],
        RACE_TARGET_X,
        unit="x",
        note=f"{1 / med['race']:.0f} vs one network's {1 / med['one']:.0f} epochs/s; "
        f"the six one after another {med['alone'] / med['one']:.1f}x",
    )
