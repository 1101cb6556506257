"""What one training run is: the data, the network and how it learns, checked field by field.

:class:`TrainConfig` holds plain values (ids, dicts of parameters, numbers) as the GUI's
panels and the command line give them; :func:`checked_config` fills in the registries'
defaults and raises EngineError naming the first bad field. The network is an MLP of 0–6
hidden layers of 1–16 units, each with an elementwise activation of
:data:`engine.activations.ACTIVATIONS` (the identity gives the linear model).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, TypeVar

import numpy as np

from engine.activations import FAMILIES
from engine.datasets import (
    DEFAULT_FEATURES,
    Data,
    Points,
    checked_features,
    get_dataset,
    is_curve_dataset,
    make_data,
    split,
)
from engine.devices import DEVICES
from engine.errors import EngineError
from engine.evaluate import checked_params
from engine.initializers import check_seed, checked_init_params, get_initializer
from engine.optimizers import get_optimizer
from engine.regression_target import CURVE_IDS, formula_data
from engine.resolve import resolve_activation

MAX_LAYERS, MAX_UNITS = 6, 16
LOSSES = ("mse", "bce")  # mse: tanh output, ½(y − t)² with t = ±1 (Playground's); bce: sigmoid output, t = 0/1
#: The regression datasets' loss (and theirs only): the output itself (no squashing), the mean of (y − t)², so the
#: loss on screen is the mean squared error the lesson and the issue's fit criterion speak of.
SQUARED = "squared"
REGULARIZATIONS = ("none", "l1", "l2")  # penalties rate·|w| and rate·½w² on the weights (not the biases)
BIASES = (0.0, 0.1)  # every bias starts at this value (Playground: 0.1)
TRAIN_DTYPES = ("float32", "float64")
MIN_LR, MAX_LR = 1e-5, 10.0
MAX_BATCH, MAX_EPOCHS, MAX_REG_RATE = 64, 100_000, 10.0
AUTO_INIT = "auto"
#: The activation families whose layers get Kaiming under ``init="auto"`` (Xavier otherwise): the
#: registry's families named for ReLU ("ReLU-like", "smooth ReLU-like"), as the seeds' rule says.
KAIMING_FAMILIES = tuple(f for f in FAMILIES if "ReLU" in f)
AUTO_KAIMING: tuple[str, dict[str, Any]] = ("kaiming_uniform", {"nonlinearity": "relu"})
AUTO_XAVIER: tuple[str, dict[str, Any]] = ("xavier_uniform", {})
#: A regression network's output layer under ``init="auto"``: zeros, so the untrained fit is the flat line
#: y = bias. The inputs are raw x in [-6, 6] (Playground's), so Kaiming keeps hidden outputs of variance
#: about 2·E[x²] = 24 and a Xavier output layer of 16 such units starts at an RMS of about 5: a first MSE of
#: 15-57 on targets of size 1 (``tests/engine/test_regression.py``). A zero last layer is the usual fix; the
#: hidden weights still differ, and they get gradients from the first step after it.
AUTO_ZEROS: tuple[str, dict[str, Any]] = ("zeros", {})


@dataclass(frozen=True)
class TrainConfig:
    """One network, its data and how it is trained; :func:`checked_config` fills in and checks every field.

    ``points`` (user-placed or loaded points) replaces the generated ``dataset``.
    ``layer_activations`` optionally overrides ``activation`` per hidden layer: empty, or one
    entry per hidden layer, each None (the network's activation) or ``(id, params)``.
    """

    dataset: str = "circle"
    samples: int = 500
    noise: float = 0.0  # percent, 0–50
    train_ratio: float = 50.0  # percent, 10–90
    seed: int = 0
    points: Points | None = None
    features: tuple[str, ...] = DEFAULT_FEATURES
    hidden: tuple[int, ...] = (4, 2)
    activation: str = "tanh"
    activation_params: Mapping[str, Any] = field(default_factory=dict)
    layer_activations: tuple[Any, ...] = ()
    loss: str = "mse"
    init: str = AUTO_INIT
    init_params: Mapping[str, Any] = field(default_factory=dict)
    bias: float = 0.1
    optimizer: str = "sgd"
    lr: float = 0.03
    batch: int = 10
    regularization: str = "none"
    reg_rate: float = 0.0
    epochs: int = 300  # for run()
    device: str = "cpu"
    dtype: str = "float32"
    #: A 1-D curve's typed target g(x) in the formula language (None: the curve's own), and its parameters: the
    #: generated points' targets are g at their x plus the curve's noise (:func:`engine.regression_target.formula_data`).
    target: str | None = None
    target_params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        """Units per layer, inputs to output: ``(len(features), *hidden, 1)`` (the one place this is written)."""
        return (len(self.features), *self.hidden, 1)

    @property
    def weight_shapes(self) -> list[tuple[int, int]]:
        """(out, in) of every weight matrix, first hidden layer to output."""
        sizes = self.layer_sizes
        return [(n_out, n_in) for n_in, n_out in pairwise(sizes)]


T = TypeVar("T")


def _number(name: str, value: object, lo: float, hi: float, whole: bool = False) -> float:
    ok_type = (int, np.integer) if whole else (int, float, np.integer, np.floating)
    if isinstance(value, bool) or not isinstance(value, ok_type) or not (lo <= value <= hi):
        kind = "a whole number" if whole else "a number"
        raise EngineError(name, f"expected {kind} from {lo:g} to {hi:g}, got {value!r}")
    return int(value) if whole else float(value)


def _whole(name: str, value: object, lo: int, hi: int) -> int:
    return int(_number(name, value, lo, hi, whole=True))


def _choice(name: str, value: object, choices: tuple[T, ...]) -> T:
    if value not in choices:
        raise EngineError(name, f"expected one of {', '.join(map(str, choices))}, got {value!r}")
    return choices[choices.index(value)]


def _activation(owner: str, activation_id: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    act = resolve_activation(activation_id)
    if act.vector:
        raise EngineError(owner, f"{act.id} acts on a whole vector; choose an elementwise activation")
    return act.id, checked_params(act, params)


def checked_config(config: TrainConfig) -> TrainConfig:
    """``config`` with parameters filled in; EngineError naming the first bad field."""
    hidden = tuple(config.hidden)
    if len(hidden) > MAX_LAYERS:
        raise EngineError("hidden", f"at most {MAX_LAYERS} hidden layers, got {len(hidden)}")
    hidden = tuple(_whole("hidden", h, 1, MAX_UNITS) for h in hidden)
    act_id, act_params = _activation("activation", config.activation, config.activation_params)
    overrides = tuple(config.layer_activations)
    if overrides and len(overrides) != len(hidden):
        raise EngineError("layer_activations", f"give one entry per hidden layer ({len(hidden)}), got {len(overrides)}")
    checked_overrides: list[tuple[str, dict[str, Any]] | None] = []
    for index, entry in enumerate(overrides, start=1):
        if entry is None:
            checked_overrides.append(None)
        else:
            entry_id, entry_params = (entry, {}) if isinstance(entry, str) else entry
            checked_overrides.append(_activation(f"layer {index} activation", entry_id, entry_params))
    features = checked_features(config.features)
    regression = get_dataset(config.dataset).regression and (config.points is None or is_curve_dataset(config.dataset))
    if regression:  # squared error is the regression datasets' only loss, whatever the (classification) list shows
        loss = SQUARED
        features = task_features(config.dataset, features)
    else:
        loss = _choice("loss", config.loss, LOSSES)
    if config.init == AUTO_INIT:
        if config.init_params:
            raise EngineError("init_params", "init 'auto' takes no parameters; choose an initialiser to set them")
        init_params: dict[str, Any] = {}
    else:
        get_initializer(config.init)
        try:  # every layer's shape: dirac_ and others refuse 2-D weights
            shaped = replace(config, features=features, hidden=hidden)
            for shape in shaped.weight_shapes:
                init_params = checked_init_params(config.init, config.init_params, shape)[1]
        except EngineError as exc:
            raise EngineError(exc.field if "." in exc.field else "init", exc.message) from None
    if config.points is None:
        data = make_data(config.dataset, config.samples, config.noise, config.train_ratio, config.seed)  # checks those
        if config.target is not None:  # the formula compiles and is finite at every point's x
            formula_data(data, config.dataset, config.target, config.target_params)
    elif config.target is not None and not is_curve_dataset(config.dataset):
        raise EngineError("target", f"a formula target needs a 1-D curve dataset ({CURVE_IDS}), not {config.dataset}")
    return replace(
        config,
        target_params=dict(config.target_params) if config.target is not None else {},
        seed=check_seed(config.seed),
        features=features,
        hidden=hidden,
        activation=act_id,
        activation_params=act_params,
        layer_activations=tuple(checked_overrides),
        loss=loss,
        init_params=init_params,
        bias=float(_choice("bias", config.bias, BIASES)),
        optimizer=get_optimizer(config.optimizer).id,
        lr=_number("lr", config.lr, MIN_LR, MAX_LR),
        batch=_whole("batch", config.batch, 1, MAX_BATCH),
        regularization=_choice("regularization", config.regularization, REGULARIZATIONS),
        reg_rate=_number("reg_rate", config.reg_rate, 0.0, MAX_REG_RATE),
        epochs=_whole("epochs", config.epochs, 0, MAX_EPOCHS),
        device=_choice("device", config.device, DEVICES),
        dtype=_choice("dtype", config.dtype, TRAIN_DTYPES),
    )


def task_features(dataset: str, features: tuple[str, ...]) -> tuple[str, ...]:
    """The features a network on ``dataset`` sees: a curve (1-D regression) has no x₂, so only those of x₁."""
    if get_dataset(dataset).inputs == 1:
        return tuple(f for f in features if "x2" not in f) or ("x1",)
    return features


def linear_twin(config: TrainConfig) -> TrainConfig:
    """The same network and data with the identity everywhere: the linear model of the side-by-side lesson."""
    return replace(config, activation="identity", activation_params={}, layer_activations=())


def stack_key(config: TrainConfig) -> tuple[Any, ...]:
    """What networks trained as one computation (:class:`engine.training_stack.Stack`) must share: their layer
    sizes and everything of how they learn; activation, initialiser, bias, seed and data may differ."""
    c = config
    return (c.features, c.hidden, c.loss, c.optimizer, c.lr, c.batch, c.regularization, c.reg_rate, c.device, c.dtype)


#: What may change on a running network (Playground applies them at once): the weights and the epoch stay.
LEARNING_SETTINGS = ("lr", "regularization", "reg_rate", "batch", "optimizer", "loss", "epochs")


def network_changes(old: TrainConfig, new: TrainConfig) -> tuple[list[str], list[str]]:
    """(learning settings that differ, other fields that differ: these change the network or the data)."""
    fields = [f for f in old.__dataclass_fields__ if getattr(old, f) != getattr(new, f)]
    return [f for f in fields if f in LEARNING_SETTINGS], [f for f in fields if f not in LEARNING_SETTINGS]


def layer_activations(config: TrainConfig) -> list[tuple[str, Mapping[str, Any]]]:
    """(id, params) of every hidden layer's activation, overrides applied (``config`` checked)."""
    overrides = config.layer_activations or (None,) * len(config.hidden)
    return [entry or (config.activation, config.activation_params) for entry in overrides]


def layer_inits(config: TrainConfig) -> list[tuple[str, dict[str, Any]]]:
    """(initialiser id, params) of every weight layer; ``auto``: Kaiming after a ReLU-family layer, else Xavier."""
    if config.init != AUTO_INIT:
        return [(config.init, dict(config.init_params))] * (len(config.hidden) + 1)
    families = [resolve_activation(a).family for a, _ in layer_activations(config)]
    hidden = [AUTO_KAIMING if family in KAIMING_FAMILIES else AUTO_XAVIER for family in families]
    return hidden + [AUTO_ZEROS if config.loss == SQUARED else AUTO_XAVIER]


def data_for(config: TrainConfig) -> Data:
    """The points the config trains on (generated, with the ``target`` formula's targets when it has one, or its
    ``points`` split by ``train_ratio``)."""
    if config.points is not None:
        return split(config.points, config.train_ratio, config.seed, is_curve_dataset(config.dataset))
    data = make_data(config.dataset, config.samples, config.noise, config.train_ratio, config.seed)
    return data if config.target is None else formula_data(data, config.dataset, config.target, config.target_params)
