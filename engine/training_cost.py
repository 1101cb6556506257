"""What a training run will cost, known before it starts: its time from a short timed probe, its memory from its sizes.

A network of the lesson is so small that an epoch's time is torch's per-call overhead times its mini-batches,
not its multiply-adds: 6 layers of 16 units on 4,500 training points in mini-batches of one took 5.4 s an
epoch (1.2 ms a step for 1,700 multiply-adds), and the allowed 100,000 epochs would take a week. So the time
is measured, not modelled: :func:`estimate` trains a throwaway stack of the same networks, optimiser and
batch size on :data:`PROBE_STEPS` mini-batches of the run's own training points for a few epochs (the run's
own networks are never touched) and scales one step to the epoch's mini-batches plus its evaluation.

The memory of a run grows with its history (one row of statistics per epoch and network,
:data:`HISTORY_BYTES_PER_EPOCH`); :func:`check_memory` refuses a run that would pass
:data:`engine.memory.TRAINING_BUDGET` before it starts (within today's limits none does: 100,000 epochs side
by side hold about 400 MB).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from engine import memory
from engine.datasets import Data
from engine.errors import EngineError
from engine.training_config import TrainConfig, checked_config, data_for, linear_twin
from engine.training_stack import Stack

#: Mini-batches of the probe's epochs: enough to average a step, few enough to take tens of milliseconds.
PROBE_STEPS = 16
#: More than one mini-batch step of one network is ever seen to take (1.2 ms at 6 x 16 with batch 1; 2.2 ms on the
#: 2-core machine under load): a run whose steps at this rate fit a limit needs no probe (:func:`surely_within`).
STEP_CEILING_S = 0.01
#: Bytes one epoch adds to one network's history (``EpochStats``: 550 at [4, 2], 800 at 6 x 16, by tracemalloc),
#: with room for the plots that show it.
HISTORY_BYTES_PER_EPOCH = 2_000
#: Bytes per point and unit of a forward pass kept for the gradient (value, pre-activation, gradient; float64).
UNIT_BYTES = 3 * 8


@dataclass(frozen=True)
class Estimate:
    """A run's cost before it starts: ``epoch_s`` seconds an epoch (``steps`` mini-batches), ``epochs`` epochs,
    ``peak_bytes`` at its end."""

    epoch_s: float
    steps: int
    epochs: int
    peak_bytes: int

    @property
    def seconds(self) -> float:
        return self.epoch_s * self.epochs


def networks_of(config: TrainConfig, side_by_side: bool = False) -> list[TrainConfig]:
    """The checked configs trained together: ``config`` alone, or its linear twin and it (the lesson)."""
    config = checked_config(config)
    return [checked_config(linear_twin(config)), config] if side_by_side else [config]


def steps_per_epoch(config: TrainConfig, data: Data | None = None) -> int:
    """Mini-batches in one epoch of ``config`` (checked) on ``data`` (default: its own points)."""
    n_train = int((data if data is not None else data_for(config)).train.sum())
    return max(1, math.ceil(n_train / config.batch))


def peak_bytes(config: TrainConfig, epochs: int, networks: int = 1, data: Data | None = None) -> int:
    """Estimated memory a run of ``epochs`` epochs holds at its end: every network's history and one forward pass
    over all points kept for the gradient (the epoch's evaluation)."""
    points = len((data if data is not None else data_for(config)).xy)
    units = len(config.features) + sum(config.hidden) + 1
    return networks * (epochs * HISTORY_BYTES_PER_EPOCH + points * units * UNIT_BYTES)


def check_memory(config: TrainConfig, side_by_side: bool = False, epochs: int | None = None) -> int:
    """The peak bytes of ``epochs`` (default: its own) epochs of ``config`` (side by side: and its twin); EngineError
    naming ``epochs`` when they would pass :data:`engine.memory.TRAINING_BUDGET`."""
    configs = networks_of(config, side_by_side)
    epochs = configs[-1].epochs if epochs is None else int(epochs)
    need = peak_bytes(configs[-1], epochs, len(configs), data_for(configs[0]))
    if need > memory.TRAINING_BUDGET:
        raise EngineError(
            "epochs",
            f"{epochs:,} epochs would hold about {memory.format_bytes(need)}; the most is "
            f"{memory.format_bytes(memory.TRAINING_BUDGET)}: train fewer epochs",
        )
    return need


def step_seconds(configs: list[TrainConfig], data: Data) -> float:
    """Seconds one mini-batch step of ``configs`` (trained together, as :class:`Stack` does) takes, timed on a
    throwaway stack over at most :data:`PROBE_STEPS` mini-batches of ``data``'s training points."""
    batch = configs[0].batch
    chosen = np.flatnonzero(data.train)[: PROBE_STEPS * batch]
    train = np.ones(len(chosen), dtype=bool)
    probe = Data(data.xy[chosen], data.labels[chosen], train)
    stack = Stack(configs, [probe] * len(configs))
    stack.step(1)  # the first epoch pays for first calls (allocations, kernels chosen)
    start = time.perf_counter()
    stack.step(2)
    steps = math.ceil(len(chosen) / batch) + 1  # and its evaluation, about one more step
    return (time.perf_counter() - start) / (2 * steps)


def surely_within(config: TrainConfig, side_by_side: bool, epochs: int | None, seconds: float) -> bool:
    """True when ``epochs`` (default: its own) epochs of ``config`` cannot take ``seconds``, even at
    :data:`STEP_CEILING_S` a step: no probe is needed (the usual run: 25 mini-batches an epoch)."""
    configs = networks_of(config, side_by_side)
    epochs = configs[-1].epochs if epochs is None else int(epochs)
    steps = steps_per_epoch(configs[0], data_for(configs[0]))
    return (steps + 1) * epochs * len(configs) * STEP_CEILING_S <= seconds


def estimate(config: TrainConfig, side_by_side: bool = False, epochs: int | None = None) -> Estimate:
    """What training ``config`` (side by side: with its linear twin) for ``epochs`` (default: its own) will cost;
    EngineError for a config that would be refused anyway."""
    configs = networks_of(config, side_by_side)
    data = data_for(configs[0])  # side by side, both train on the twin's points
    steps = steps_per_epoch(configs[0], data)
    epochs = configs[-1].epochs if epochs is None else int(epochs)
    epoch_s = (steps + 1) * step_seconds(configs, data)
    return Estimate(epoch_s, steps, epochs, peak_bytes(configs[-1], epochs, len(configs), data))


def duration_parts(seconds: float) -> tuple[str, tuple[int, ...]]:
    """``seconds`` rounded as a person would say it: ("s", (40,)), ("min", (9,)), ("h min", (2, 30)), ("h", (30,))
    or ("days", (6,)); the GUI words them in its language, :func:`format_duration` in English."""
    if seconds < 60:
        return "s", (max(1, round(seconds)),)
    minutes = round(seconds / 60)
    if minutes < 60:
        return "min", (minutes,)
    hours, rest = divmod(minutes, 60)
    if hours >= 48:
        return "days", (round(hours / 24),)
    return ("h min", (hours, rest)) if rest and hours < 10 else ("h", (hours,))


def format_duration(seconds: float) -> str:
    """``about 40 s``, ``about 9 min``, ``about 2 h 30 min``, ``about 6 days``."""
    unit, numbers = duration_parts(seconds)
    if unit == "h min":
        return f"about {numbers[0]} h {numbers[1]} min"
    return f"about {numbers[0]:,} {unit}"
