"""The activation race: one dataset trained with 2–6 activations at once, as one computation.

Every racer is the same network (layer sizes, initialiser, bias, seed, data, batches, optimiser)
but for its hidden layers' activation, so the race shows what the activation alone changes. All
racers share one initialiser (:data:`RACE_INIT`, not the training tab's ``auto``, which gives
ReLU-like layers Kaiming and the others Xavier): with the same seed they start from identical
weights, and with the same seed their shuffles are identical too (one shuffle serves them all). They
train as one :class:`engine.training_stack.Stack` (batched matrix products; each racer's activation
applied to its own slice, racers of one activation as one operation), so six racers cost about two
networks, not six (``bench/training.py``, "race of 6"). A racer equals the same network trained alone
to float rounding.

"Epochs to 95 %": the first epoch after which the racer classifies at least 95 % of its training
points correctly (:data:`GOAL`); None while it has not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from engine.datasets import Data, get_dataset
from engine.errors import EngineError
from engine.jobs import CancelledFn, ProgressFn, never_cancelled, no_progress
from engine.resolve import resolve_activation
from engine.training_config import TrainConfig, checked_config, data_for
from engine.training_stack import EpochStats, Stack
from engine.training_views import Snapshot, View

MIN_RACERS, MAX_RACERS = 2, 6
GOAL = 0.95  # training accuracy that ends a racer's "epochs to" count
RACE_INIT = "xavier_uniform"  # one initialiser for every racer: identical initial weights
MAP_VIEW = View(map_size=60, units=False)  # each racer's small map: the tab and every export draw this one
#: The race's metrics, as the CSV names its columns (``<activation>:<metric>``) and the figure plots them.
METRICS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")


@dataclass(frozen=True)
class RaceConfig:
    """What a race trains: ``activations`` (registry ids or formulas, 2–6, in the order shown) on ``base``'s data,
    network and learning settings (its own ``activation`` is ignored). :func:`checked_race` checks it."""

    activations: tuple[str, ...] = ("sigmoid", "tanh", "relu")
    base: TrainConfig = field(default_factory=lambda: TrainConfig(hidden=(8, 8, 8), init=RACE_INIT))

    def configs(self) -> list[TrainConfig]:
        """One checked :class:`TrainConfig` per racer, in order."""
        base = replace(self.base, activation_params={}, layer_activations=())
        return [checked_config(replace(base, activation=a)) for a in self.activations]


def checked_race(race: RaceConfig) -> RaceConfig:
    """``race`` with its activations resolved to ids and its base checked; EngineError naming the first bad field."""
    acts = tuple(race.activations)
    if not MIN_RACERS <= len(acts) <= MAX_RACERS:
        raise EngineError("activations", f"a race takes {MIN_RACERS} to {MAX_RACERS} activations, got {len(acts)}")
    ids = []
    for k, act in enumerate(acts):
        where = f"activations[{k}]"
        if not isinstance(act, str):
            raise EngineError(where, f"expected an activation id, got {act!r}")
        try:
            entry = resolve_activation(act)
        except EngineError as exc:
            raise EngineError(where, exc.message) from None
        if entry.vector:
            raise EngineError(where, f"{entry.id} acts on a whole vector; choose an elementwise activation")
        ids.append(entry.id)
    base = checked_config(replace(race.base, layer_activations=()))
    if base.points is None and get_dataset(base.dataset).regression:
        raise EngineError("dataset", f"a race classifies: choose circle, xor, gauss, spiral or moons, not {base.dataset}")
    return RaceConfig(tuple(ids), base)


def epochs_to(history: Sequence[EpochStats], goal: float = GOAL) -> int | None:
    """The first epoch whose training accuracy is at least ``goal``; None if none is."""
    return next((s.epoch for s in history if s.train_accuracy >= goal), None)


class Race:
    """The racers being trained, one :meth:`step` at a time (not thread-safe: one worker drives it)."""

    def __init__(self, race: RaceConfig, threads: int | None = 1):
        self.race = checked_race(race)
        configs = self.race.configs()
        data = data_for(configs[0])  # one seed: every racer's points are these
        self.stack = Stack(configs, [data] * len(configs), threads)
        self.data = data
        # per racer: (its history's first row, rows looked at, the epoch it reached the goal): a playing race asks for
        # its result every frame, and a racer that never gets there (a stalled sigmoid) had its whole history scanned
        # in Python each time, on the worker holding the GIL (0.4 ms a frame for six such racers at epoch 5,000)
        self._goal: list[tuple[object, int, int | None]] = []

    @property
    def epoch(self) -> int:
        return self.stack.epoch

    @property
    def activations(self) -> tuple[str, ...]:
        return self.race.activations

    def reset(self) -> None:
        self.stack.reset()

    def step(self, epochs: int = 1, cancelled: CancelledFn = never_cancelled, measure_last: bool = True) -> None:
        """Train every racer ``epochs`` epochs; :class:`engine.training_stack.Diverged` names the racer (``index``).
        ``measure_last`` False: the last epoch's dead units and gradient norms wait for :meth:`measure`."""
        self.stack.step(epochs, cancelled, measure_last)

    def measure(self, norms: bool = True) -> None:
        """The current epoch's dead units and gradient norms (``norms`` False: NaN), if :meth:`step` left them to
        measure."""
        self.stack.measure(norms)

    def histories(self) -> list[tuple[EpochStats, ...]]:
        return self.stack.histories()

    def snapshots(self, view: View | None = None) -> list[Snapshot]:
        return self.stack.snapshots(view)

    def result(self, view: View | None = None) -> RaceResult:
        """Where every racer stands now (histories, maps, epochs to the goal)."""
        histories = self.histories()
        return RaceResult(
            self.race,
            self.data,
            tuple(histories),
            tuple(self.snapshots(view or MAP_VIEW)),
            self._reached(histories),
            self.stack.device,
            self.stack.fallback_reason,
        )

    def _reached(self, histories: list[tuple[EpochStats, ...]]) -> tuple[int | None, ...]:
        """:func:`epochs_to` of every history, looking only at the rows added since the last call (a history that does
        not go on from the rows looked at, after a reset, is looked at anew)."""
        goal: list[tuple[object, int, int | None]] = []
        for k, history in enumerate(histories):
            first, seen, reached = self._goal[k] if k < len(self._goal) else (None, 0, None)
            if not history or history[0] is not first or seen > len(history):
                first, seen, reached = (history[0] if history else None), 0, None
            if reached is None:
                reached, seen = epochs_to(history[seen:]), len(history)
            goal.append((first, seen, reached))
        self._goal = goal
        return tuple(reached for _, _, reached in goal)


@dataclass(frozen=True)
class RaceResult:
    """Every racer's history (statistics per epoch), its map now and the epoch it reached :data:`GOAL` (or None)."""

    race: RaceConfig
    data: Data  # the points every racer trains on
    histories: tuple[tuple[EpochStats, ...], ...]
    snapshots: tuple[Snapshot, ...]
    reached: tuple[int | None, ...]
    device: str = "cpu"
    fallback_reason: str | None = None

    @property
    def epoch(self) -> int:
        return self.histories[0][-1].epoch

    def dead_share(self, racer: int) -> float:
        """The share of the racer's hidden units dead now (output 0 at every training point), over all its layers."""
        dead = self.histories[racer][-1].dead_share
        units = np.asarray(self.race.base.hidden, dtype=float)
        return float(np.sum(dead * units) / np.sum(units)) if np.isfinite(dead).all() else float("nan")

    def table(self) -> tuple[list[str], list[np.ndarray]]:
        """The CSV: ``epoch`` then one column per activation and metric (``relu:train_loss``), one row per epoch."""
        header = ["epoch"]
        columns = [np.array([s.epoch for s in self.histories[0]])]
        for act, history in zip(self.race.activations, self.histories, strict=True):
            for metric in METRICS:
                header.append(f"{act}:{metric}")
                columns.append(np.array([getattr(s, metric) for s in history], dtype=float))
        return header, columns


def run_race(
    race: RaceConfig,
    epochs: int | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    view: View | None = None,
) -> RaceResult:
    """Train the race ``epochs`` epochs (None: the base's ``epochs``) and return where every racer ends."""
    runner = Race(race)
    total = runner.stack.configs[0].epochs if epochs is None else int(epochs)
    for done in range(1, total + 1):
        runner.step(1, cancelled)
        progress(done / total)
    progress(1.0)
    return runner.result(view)


@dataclass(frozen=True)
class SeedsSummary:
    """A race run once per seed (:func:`race_over_seeds`): per activation, each seed's epoch to the goal and
    final training accuracy."""

    activations: tuple[str, ...]
    seeds: tuple[int, ...]
    epochs: int
    reached: tuple[tuple[int | None, ...], ...]  # [activation][seed]
    final_accuracy: tuple[tuple[float, ...], ...]  # [activation][seed]

    def stalled(self, k: int) -> int:
        """In how many seeds activation ``k`` never reached the goal."""
        return sum(r is None for r in self.reached[k])


def race_over_seeds(
    race: RaceConfig, seeds: Sequence[int], epochs: int, cancelled: CancelledFn = never_cancelled
) -> SeedsSummary:
    """The race once per seed (each seed its own data, weights and batches), every race in one :class:`Stack`.

    The stack holds the networks activation by activation (every seed of the first, then of the next): each
    activation is then one operation per layer for all its seeds, not one per network."""
    checked = checked_race(race)
    per_seed = [RaceConfig(checked.activations, replace(checked.base, seed=seed)).configs() for seed in seeds]
    datas = [data_for(racers[0]) for racers in per_seed]
    n, m = len(checked.activations), len(per_seed)
    stack = Stack([per_seed[s][k] for k in range(n) for s in range(m)], [datas[s] for _ in range(n) for s in range(m)])
    stack.step(epochs, cancelled)
    histories = stack.histories()
    return SeedsSummary(
        checked.activations,
        tuple(seeds),
        epochs,
        tuple(tuple(epochs_to(histories[k * m + s]) for s in range(m)) for k in range(n)),
        tuple(tuple(histories[k * m + s][-1].train_accuracy for s in range(m)) for k in range(n)),
    )
