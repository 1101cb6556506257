"""The training tab's part of a session: the data, the network, how it learns, its seed, and optionally its weights.

Section ``tabs.training`` (every field optional; a missing one takes :class:`engine.training_config.TrainConfig`'s
default, the tab's start)::

    {"dataset": "circle", "noise": 0, "train_ratio": 50, "seed": 0, "points": [[1.5, -2.0, 1], ...],
     "hidden": [4, 2], "activation": "tanh", "activation_params": {}, "init": "auto", "init_params": {}, "bias": 0.1,
     "optimizer": "sgd", "lr": 0.03, "batch": 10, "regularization": "none", "reg_rate": 0, "loss": "mse",
     "features": ["x1", "x2"], "side_by_side": false, "discretise": false,
     "trained": {"epoch": 120, "networks": [[{"weight": [[...], ...], "bias": [...]}, ...]],
                 "history": [[[0, 0.69, 0.7, 0.5, 0.48], ...]]}}

``points`` (x₁, x₂, label 0 or 1) are the user's own points instead of the generated dataset.
``trained`` is there only when the user chose to include the trained network: each network's
weights and biases as plain numbers (one network, or two side by side: the linear twin first),
never a pickle, and (optional) each network's loss history before ``epoch`` as
``[epoch, train_loss, test_loss, train_accuracy, test_accuracy]`` rows (null for none). The whole
configuration is checked by the engine (:func:`engine.training_config.checked_config`); the number lists the
tab offers are defined here.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from engine.datasets import (
    MAX_NOISE,
    MAX_RATIO,
    MAX_SAMPLES,
    MIN_RATIO,
    Points,
    checked_points,
    get_dataset,
    points_from_rows,
    points_rows,
)
from engine.resolve import formula_of
from engine.training_config import MAX_EPOCHS, TrainConfig, checked_config
from sessions.checks import boolean, engine_checked, field, listed, number, obj, one_of, only, text, whole

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
FIELDS = (*CONFIG_FIELDS, "points", "side_by_side", "discretise", "trained")
_DEFAULTS = TrainConfig()


def check_training(section: object, where: str = "tabs.training") -> dict:
    """The training section with every field filled in and checked; SessionError naming the first bad field."""
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
            given[name] = float(whole(given[name], field(where, name), low, high))
    if "dataset" in given:  # checked even beside "points" (the tab lists it; saved again, it must open again)
        given["dataset"] = engine_checked(where, lambda: get_dataset(text(given["dataset"], field(where, "dataset"))).id)
    if "seed" in given:
        given["seed"] = whole(given["seed"], field(where, "seed"), 0, MAX_DATA_SEED)
    if "lr" in given:
        given["lr"] = one_of(given["lr"], field(where, "lr"), LEARNING_RATES)
    if "reg_rate" in given:
        given["reg_rate"] = one_of(given["reg_rate"], field(where, "reg_rate"), REG_RATES)
    for name in ("hidden", "features", "layer_activations"):
        if name in given:
            given[name] = tuple(listed(given[name], field(where, name), 16))
    for k, entry in enumerate(given.get("layer_activations", ())):  # null: the network's activation
        if entry is not None:
            text(entry, field(field(where, "layer_activations"), k))
    points = None if section.get("points") is None else _points(section["points"], field(where, "points"))
    config = replace(_DEFAULTS, **given, points=points, device="cpu", dtype="float32")
    owners = {_owner(config.activation): "activation_params", str(config.init): "init_params"}
    checked = engine_checked(where, lambda: checked_config(config), {"expression": "activation"}, owners)
    result = {name: _plain(getattr(checked, name)) for name in CONFIG_FIELDS}
    result["activation"] = str(config.activation)
    result["layer_activations"] = [None if e is None else e[0] for e in checked.layer_activations]
    result["points"] = points_rows(points)
    result["side_by_side"] = boolean(section.get("side_by_side", False), field(where, "side_by_side"))
    result["discretise"] = boolean(section.get("discretise", False), field(where, "discretise"))
    result["trained"] = None
    if section.get("trained") is not None:
        result["trained"] = _trained(section["trained"], field(where, "trained"), checked, result["side_by_side"])
    return result


def train_config(section: dict, device: str = "cpu", dtype: str = "float32") -> TrainConfig:
    """The :class:`TrainConfig` of a checked training section, on ``device`` in ``dtype``."""
    values = {name: section[name] for name in CONFIG_FIELDS}
    for name in ("hidden", "features", "layer_activations"):
        values[name] = tuple(values[name])
    if section["points"] is not None:
        values["points"] = points_from_rows(section["points"])
    return TrainConfig(**values, device=device, dtype=dtype)


def _points(raw: object, where: str) -> Points:
    rows = listed(raw, where, MAX_SAMPLES, 1)
    xy, labels = np.empty((len(rows), 2)), np.empty(len(rows), dtype=np.int64)
    for i, row in enumerate(rows):
        at = field(where, i)
        x, y, label = listed(row, at, 3, 3)
        xy[i] = number(x, field(at, 0)), number(y, field(at, 1))
        labels[i] = one_of(label, field(at, 2), (0, 1))
    return engine_checked(where, lambda: checked_points(Points(xy, labels)), {"points": ""})


def _trained(raw: object, where: str, config: TrainConfig, side_by_side: bool) -> dict:
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
    return {"epoch": epoch, "networks": checked, "history": history}


def _history_row(raw: object, where: str, epoch: int) -> list:
    """``[epoch, train_loss, test_loss, train_accuracy, test_accuracy]`` of an epoch before ``epoch`` (null: none)."""
    row = listed(raw, where, 5, 5)
    at = whole(row[0], field(where, 0), 0, max(epoch - 1, 0))
    values = [None if v is None else number(v, field(where, k + 1), 0.0) for k, v in enumerate(row[1:])]
    return [at, *values]  # a list, as read: a checked section checks again


def _layer(raw: object, where: str, shape: tuple[int, int]) -> dict:
    raw = obj(raw, where)
    only(raw, ("weight", "bias"), where)
    n_out, n_in = shape
    rows = listed(raw.get("weight"), field(where, "weight"), n_out, n_out)
    weight = [
        [
            number(v, field(field(field(where, "weight"), i), j))
            for j, v in enumerate(listed(row, field(field(where, "weight"), i), n_in, n_in))
        ]
        for i, row in enumerate(rows)
    ]
    bias = [
        number(v, field(field(where, "bias"), i))
        for i, v in enumerate(listed(raw.get("bias"), field(where, "bias"), n_out, n_out))
    ]
    return {"weight": weight, "bias": bias}


def _owner(activation: object) -> str:
    formula = formula_of(activation)
    return formula.id if formula is not None else str(activation)


def _plain(value: object) -> object:
    """A config value as JSON holds it (tuples as lists, mappings as dicts)."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "items"):
        return dict(value)
    return value
