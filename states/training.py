"""The training tab's state: the data, the network, how it learns, its seed, and optionally its weights.

:class:`TrainingState` is what the tab shows, the section ``tabs.training`` of a session file and
what ``export --session`` draws. As JSON (every field optional; a missing one takes
:class:`engine.training_config.TrainConfig`'s default, the tab's start)::

    {"dataset": "circle", "noise": 0, "train_ratio": 50, "seed": 0, "points": [[1.5, -2.0, 1], ...],
     "hidden": [4, 2], "activation": "tanh", "activation_params": {}, "init": "auto", "init_params": {}, "bias": 0.1,
     "optimizer": "sgd", "lr": 0.03, "batch": 10, "regularization": "none", "reg_rate": 0, "loss": "mse",
     "features": ["x1", "x2"], "side_by_side": false, "discretise": false, "contributions": false,
     "trained": {"epoch": 120, "networks": [[{"weight": [[...], ...], "bias": [...]}, ...]],
                 "history": [[[0, 0.69, 0.7, 0.5, 0.48], ...]]}}

``points`` (x₁, x₂, label 0 or 1) are the user's own points instead of the generated dataset.
``"target": "sin(2*x)"`` (with ``"target_params": {"a": 2}`` for its parameters; both written only when set) is a
1-D curve's typed target formula: the generated points' targets are its values, and the fit view draws it.
``trained`` is there only when the user chose to include the trained network: each network's
weights and biases as plain numbers (one network, or two side by side: the linear twin first),
never a pickle, and (optional) each network's loss history before ``epoch`` as
``[epoch, train_loss, test_loss, train_accuracy, test_accuracy]`` rows (null for none). The whole
configuration is checked by the engine (:func:`engine.training_config.checked_config`); the number lists the
tab offers are defined here.

A state is built for one of two profiles of limits (:class:`TrainingLimits`): the tab's (:data:`TAB_LIMITS`: its
six-digit seed field, its learning-rate and regularisation-rate lists, whole percentages, the lesson's 500 points)
or the command line's (:data:`COMMAND_LINE_LIMITS`, ``export --train``: the engine's own ranges, any number of
points the engine generates). ``samples`` is written to a section only when it is not the default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any, ClassVar

import numpy as np

from engine.datasets import (
    DEFAULT_SAMPLES,
    MAX_NOISE,
    MAX_RATIO,
    MAX_SAMPLES,
    MIN_RATIO,
    Points,
    checked_points,
    get_dataset,
    is_curve_dataset,
    points_from_rows,
    points_rows,
)
from engine.initializers import MAX_SEED as ENGINE_MAX_SEED
from engine.resolve import formula_of
from engine.training_config import MAX_EPOCHS, MAX_UNITS, TrainConfig, checked_config
from states.checks import boolean, engine_checked, field, listed, number, obj, one_of, only, text, whole

KEY = "training"
#: TensorFlow Playground's learning rates and regularisation rates: the tab's choice lists.
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
MAX_DATA_SEED = 999_999  # six digits: the column keeps its width at 1024×640
CONFIG_FIELDS = (
    "dataset",
    "noise",
    "train_ratio",
    "seed",
    "hidden",
    "activation",
    "activation_params",
    "init",
    "init_params",
    "bias",
    "optimizer",
    "lr",
    "batch",
    "regularization",
    "reg_rate",
    "loss",
    "features",
    "layer_activations",
)
_TAB_FIELDS = ("samples", "points", "target", "target_params", "side_by_side", "discretise", "contributions", "trained")
FIELDS = (*CONFIG_FIELDS, *_TAB_FIELDS)
_DEFAULTS = TrainConfig()


@dataclass(frozen=True)
class TrainingLimits:
    """What a state may hold beyond the engine's own checks: the largest data seed, the learning and regularisation
    rates (None: any the engine takes), whether noise and train ratio are whole percentages, and the number of
    generated points (None: any the engine takes)."""

    max_seed: int = MAX_DATA_SEED
    learning_rates: tuple[float, ...] | None = LEARNING_RATES
    reg_rates: tuple[float, ...] | None = REG_RATES
    whole_percentages: bool = True
    samples: tuple[int, ...] | None = (DEFAULT_SAMPLES,)


#: The tab's.
TAB_LIMITS = TrainingLimits()
#: The command line's (``export --train``): the engine's seeds, rates, percentages and point counts.
COMMAND_LINE_LIMITS = TrainingLimits(ENGINE_MAX_SEED, None, None, False, None)


@dataclass(frozen=True)
class Trained:
    """A trained network as plain numbers: the epoch, and per network (the linear twin first when side by side)
    each layer's ``(weight rows, bias)``."""

    epoch: int
    networks: tuple[tuple[tuple[tuple[tuple[float, ...], ...], tuple[float, ...]], ...], ...]
    #: Per network, the loss history before ``epoch``: ``(epoch, train_loss, test_loss, train_accuracy,
    #: test_accuracy)`` rows (None: not measured); empty when the file had none.
    history: tuple[tuple[tuple[float | None, ...], ...], ...] = ()

    def section(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "epoch": self.epoch,
            "networks": [[{"weight": [list(row) for row in w], "bias": list(b)} for w, b in net] for net in self.networks],
        }
        if self.history:
            values["history"] = [[list(row) for row in run] for run in self.history]
        return values


@dataclass(frozen=True)
class TrainingState:
    """What the training tab shows (and, when asked, its trained network). Build a checked one with :meth:`build`."""

    key: ClassVar[str] = KEY
    dataset: str
    noise: float
    train_ratio: float
    seed: int
    hidden: tuple[int, ...]
    activation: str
    activation_params: dict[str, Any]
    init: str
    init_params: dict[str, Any]
    bias: float
    optimizer: str
    lr: float
    batch: int
    regularization: str
    reg_rate: float
    loss: str
    features: tuple[str, ...]
    #: Per hidden layer, an activation id overriding ``activation`` (None: the network's); empty: none.
    layer_activations: tuple[str | None, ...] = ()
    #: How many points the dataset generates (the tab: always the default).
    samples: int = DEFAULT_SAMPLES
    points: tuple[tuple[float, float, float], ...] | None = None  # label 0/1, or a 1-D curve's float target
    #: A 1-D curve's typed target formula g(x) and its parameters (None: the dataset's own curve).
    target: str | None = None
    target_params: dict[str, Any] = dataclass_field(default_factory=dict)
    side_by_side: bool = False
    discretise: bool = False
    #: A 1-D regression's fit view: each last-layer unit's weighted output drawn as thin curves under the fit.
    contributions: bool = False
    trained: Trained | None = None

    @classmethod
    def build(cls, section: object = None, where: str = "tabs.training", limits: TrainingLimits = TAB_LIMITS) -> TrainingState:
        """The state a section describes (missing fields: the defaults) within ``limits``; StateError naming the
        first bad field."""
        return check_training({} if section is None else section, where, limits)

    def config(self, device: str = "cpu", dtype: str = "float32", epochs: int = _DEFAULTS.epochs) -> TrainConfig:
        """The :class:`TrainConfig` the state describes, on ``device`` in ``dtype``, to train ``epochs`` epochs."""
        values: dict[str, Any] = {name: getattr(self, name) for name in CONFIG_FIELDS}
        values["samples"], values["epochs"] = self.samples, epochs
        if self.points is not None:
            values["points"] = points_from_rows(self.points, is_curve_dataset(self.dataset))
        values["target"], values["target_params"] = self.target, dict(self.target_params)
        return TrainConfig(**values, device=device, dtype=dtype)

    def section(self) -> dict[str, Any]:
        """The state as the JSON values of a session file's ``tabs.training`` (``trained`` only when it has one)."""
        values = {name: _plain(getattr(self, name)) for name in CONFIG_FIELDS}
        if self.samples != DEFAULT_SAMPLES:  # only when not the default: files without it read the same
            values["samples"] = self.samples
        values["points"] = None if self.points is None else [list(p) for p in self.points]
        if self.target is not None:  # only when typed: files without it read the same
            values["target"], values["target_params"] = self.target, dict(self.target_params)
        values["side_by_side"], values["discretise"] = self.side_by_side, self.discretise
        if self.contributions:  # only when on: files without it (version 1) read the same
            values["contributions"] = True
        if self.trained is not None:
            values["trained"] = self.trained.section()
        return values


def state_points(points: Points | None) -> tuple[tuple[float, float, float], ...] | None:
    """The user's points as (x₁, x₂, label) rows, as a state holds them (:func:`engine.datasets.points_rows`;
    a 1-D curve's points keep their float targets)."""
    rows = points_rows(points)
    return None if rows is None else tuple((float(x), float(y), label) for x, y, label in rows)


def check_training(section: object, where: str = "tabs.training", limits: TrainingLimits = TAB_LIMITS) -> TrainingState:
    """The training section as a state, every field filled in and checked; StateError naming the first bad field."""
    section = obj(section, where)
    only(section, FIELDS, where)
    given = {name: section[name] for name in CONFIG_FIELDS if name in section}
    for name in ("activation_params", "init_params"):
        if name in given:
            obj(given[name], field(where, name))
    if "activation" in given:
        given.setdefault("activation_params", {})
    if "init" in given:
        given.setdefault("init_params", {})
    for name in ("noise", "train_ratio"):  # the tab shows whole percentages
        if name in given:
            low, high = (0, int(MAX_NOISE)) if name == "noise" else (int(MIN_RATIO), int(MAX_RATIO))
            check = whole if limits.whole_percentages else number
            given[name] = float(check(given[name], field(where, name), low, high))
    if "samples" in section:
        at = field(where, "samples")
        allowed = limits.samples
        given["samples"] = one_of(section["samples"], at, allowed) if allowed else whole(section["samples"], at, 1, MAX_SAMPLES)
    if "dataset" in given:  # checked even beside "points" (the tab lists it; saved again, it must open again)
        given["dataset"] = engine_checked(where, lambda: get_dataset(text(given["dataset"], field(where, "dataset"))).id)
    if "seed" in given:
        given["seed"] = whole(given["seed"], field(where, "seed"), 0, limits.max_seed)
    for name, rates in (("lr", limits.learning_rates), ("reg_rate", limits.reg_rates)):  # None: the engine checks
        if name in given:
            given[name] = one_of(given[name], field(where, name), rates) if rates else number(given[name], field(where, name))
    for name in ("hidden", "features", "layer_activations"):
        if name in given:
            given[name] = tuple(listed(given[name], field(where, name), 16))
    for k, entry in enumerate(given.get("layer_activations", ())):  # null: the network's activation
        if entry is not None:
            text(entry, field(field(where, "layer_activations"), k))
    if "hidden" in given:  # each layer's size, named by its place (the engine checks the count)
        at = field(where, "hidden")
        given["hidden"] = tuple(whole(units, field(at, i), 1, MAX_UNITS) for i, units in enumerate(given["hidden"]))
    targets = is_curve_dataset(given.get("dataset", _DEFAULTS.dataset))  # a 1-D curve's points: (x, 0, target)
    points = None if section.get("points") is None else _points(section["points"], field(where, "points"), targets)
    target = None if section.get("target") is None else text(section["target"], field(where, "target"))
    target_params = obj(section.get("target_params", {}), field(where, "target_params"))
    config = replace(_DEFAULTS, **given, points=points, target=target, target_params=target_params, device="cpu", dtype="float32")
    owners = {_owner(config.activation): "activation_params", str(config.init): "init_params"}
    checked = engine_checked(where, lambda: checked_config(config), {"expression": "activation"}, owners)
    values = {name: getattr(checked, name) for name in CONFIG_FIELDS}
    values["activation"] = str(config.activation)
    values["activation_params"], values["init_params"] = dict(checked.activation_params), dict(checked.init_params)
    values["layer_activations"] = tuple(None if e is None else e[0] for e in checked.layer_activations)
    side_by_side = boolean(section.get("side_by_side", False), field(where, "side_by_side"))
    trained = section.get("trained")
    return TrainingState(
        **values,
        samples=checked.samples,
        points=state_points(points),
        target=target,
        target_params=dict(checked.target_params),
        side_by_side=side_by_side,
        discretise=boolean(section.get("discretise", False), field(where, "discretise")),
        contributions=boolean(section.get("contributions", False), field(where, "contributions")),
        trained=None if trained is None else _trained(trained, field(where, "trained"), checked, side_by_side),
    )


def _points(raw: object, where: str, targets: bool = False) -> Points:
    rows = listed(raw, where, MAX_SAMPLES, 1)
    xy, labels = np.empty((len(rows), 2)), np.empty(len(rows), dtype=np.float64 if targets else np.int64)
    for i, row in enumerate(rows):
        at = field(where, i)
        x, y, label = listed(row, at, 3, 3)
        xy[i] = number(x, field(at, 0)), number(y, field(at, 1))
        labels[i] = number(label, field(at, 2)) if targets else one_of(label, field(at, 2), (0, 1))
    return engine_checked(where, lambda: checked_points(Points(xy, labels), targets), {"points": ""})


def _trained(raw: object, where: str, config: TrainConfig, side_by_side: bool) -> Trained:
    raw = obj(raw, where)
    only(raw, ("epoch", "networks", "history"), where)
    epoch = whole(raw.get("epoch", 0), field(where, "epoch"), 0, MAX_EPOCHS)
    count = 2 if side_by_side else 1
    networks = listed(raw.get("networks"), field(where, "networks"), count, count)
    sizes = config.weight_shapes
    checked = []
    for n, network in enumerate(networks):
        at = field(field(where, "networks"), n)
        layers = listed(network, at, len(sizes), len(sizes))
        checked.append([_layer(layer, field(at, k), shape) for k, (layer, shape) in enumerate(zip(layers, sizes, strict=True))])
    history = []
    if raw.get("history") is not None:
        at = field(where, "history")
        runs = listed(raw["history"], at, count, count)
        history = [
            [_history_row(row, field(field(at, n), k), epoch) for k, row in enumerate(listed(run, field(at, n), max(epoch, 1)))]
            for n, run in enumerate(runs)
        ]
    return Trained(
        epoch, tuple(tuple(network) for network in checked), tuple(tuple(tuple(row) for row in run) for run in history)
    )


def _history_row(raw: object, where: str, epoch: int) -> list[Any]:
    """``[epoch, train_loss, test_loss, train_accuracy, test_accuracy]`` of an epoch before ``epoch`` (null: none)."""
    row = listed(raw, where, 5, 5)
    at = whole(row[0], field(where, 0), 0, max(epoch - 1, 0))
    values = [None if v is None else number(v, field(where, k + 1), 0.0) for k, v in enumerate(row[1:])]
    return [at, *values]  # a list, as read: a checked section checks again


def _layer(raw: object, where: str, shape: tuple[int, int]) -> tuple[tuple[tuple[float, ...], ...], tuple[float, ...]]:
    raw = obj(raw, where)
    only(raw, ("weight", "bias"), where)
    n_out, n_in = shape
    rows = listed(raw.get("weight"), field(where, "weight"), n_out, n_out)
    weight = tuple(
        tuple(
            number(v, field(field(field(where, "weight"), i), j))
            for j, v in enumerate(listed(row, field(field(where, "weight"), i), n_in, n_in))
        )
        for i, row in enumerate(rows)
    )
    bias = tuple(
        number(v, field(field(where, "bias"), i))
        for i, v in enumerate(listed(raw.get("bias"), field(where, "bias"), n_out, n_out))
    )
    return weight, bias


def _owner(activation: object) -> str:
    formula = formula_of(activation)
    return formula.id if formula is not None else str(activation)


def _plain(value: object) -> object:
    """A config value as JSON holds it (tuples as lists, mappings as dicts)."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "items"):
        return dict(value)  # type: ignore[call-overload]
    return value
