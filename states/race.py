"""The race tab's state: which activations race, on which data and network, and how far the race has run.

:class:`RaceState` is what the tab shows, the section ``tabs.race`` of a session file and what
``export --session`` draws. As JSON (every field optional; missing ones are the preset's, then the defaults)::

    {"preset": "saturating_depth_3", "activations": ["sigmoid", "tanh", "relu"], "hidden": [8, 8, 8],
     "dataset": "circle", "noise": 0, "seed": 0, "lr": 0.03, "epoch": 120}

``preset`` "" is the user's own race. ``epoch`` is how far the race had run: a race is reproducible
from its seed, so the figure trains it again to that epoch instead of storing weights.

The rest of the race's data and learning settings (:data:`EXTRA_FIELDS`: ``samples``, ``train_ratio``, ``features``,
``loss``, ``init``, ``init_params``, ``bias``, ``optimizer``, ``batch``, ``regularization``, ``reg_rate``) take
the tab's values (:data:`EXTRA_DEFAULTS`) and are written to a section only when not those, so files without them
read the same. A state is built for one of two profiles of limits (:class:`RaceLimits`): the tab's
(:data:`TAB_LIMITS`: its seed field, learning-rate list, whole percentages, epochs the figure trains again in
seconds, the settings it shows) or the command line's (:data:`COMMAND_LINE_LIMITS`, ``export --train --race``: the
engine's own ranges and any setting the engine takes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any, ClassVar

from engine.datasets import MAX_NOISE, MAX_SAMPLES, get_dataset
from engine.initializers import MAX_SEED as ENGINE_MAX_SEED
from engine.race import MAX_RACERS, RACE_INIT, RaceConfig, checked_race
from engine.race_presets import DEFAULT_RACE_PRESET, RACE_PRESETS, get_race_preset
from engine.training_config import MAX_EPOCHS, MAX_UNITS, TrainConfig
from states.checks import engine_checked, field, listed, number, obj, one_of, only, text, whole
from states.errors import StateError
from states.training import LEARNING_RATES, MAX_DATA_SEED

KEY = "race"
MAX_EPOCH = 5_000  # the figure trains the race again to its epoch: a few seconds at most
EXTRA_FIELDS = (
    "samples",
    "train_ratio",
    "features",
    "loss",
    "init",
    "init_params",
    "bias",
    "optimizer",
    "batch",
    "regularization",
    "reg_rate",
)
FIELDS = ("preset", "activations", "hidden", "dataset", "noise", "seed", "lr", "epoch", *EXTRA_FIELDS)
_BASE = TrainConfig(init=RACE_INIT)
#: The tab's values of the settings it does not show (JSON values: lists, dicts).
EXTRA_DEFAULTS: dict[str, Any] = {
    name: list(v) if isinstance(v, tuple) else dict(v) if hasattr(v, "items") else v
    for name, v in ((name, getattr(_BASE, name)) for name in EXTRA_FIELDS)
}


@dataclass(frozen=True)
class RaceLimits:
    """What a state may hold beyond the engine's own checks: the largest data seed, the learning rates (None: any
    the engine takes), whether noise is a whole percentage, the last epoch, and whether the settings the tab does
    not show may differ from its values."""

    max_seed: int = MAX_DATA_SEED
    learning_rates: tuple[float, ...] | None = LEARNING_RATES
    whole_percentages: bool = True
    max_epoch: int = MAX_EPOCH
    any_extras: bool = False


#: The tab's.
TAB_LIMITS = RaceLimits()
#: The command line's (``export --train --race``): the engine's seeds, rates, percentages, epochs and settings.
COMMAND_LINE_LIMITS = RaceLimits(ENGINE_MAX_SEED, None, False, MAX_EPOCHS, True)


@dataclass(frozen=True)
class RaceState:
    """What the race tab shows. Build a checked one with :meth:`build`."""

    key: ClassVar[str] = KEY
    preset: str
    activations: tuple[str, ...]
    hidden: tuple[int, ...]
    dataset: str = "circle"
    noise: float = 0.0
    seed: int = 0
    lr: float = 0.03
    epoch: int = 0
    samples: int = _BASE.samples
    train_ratio: float = _BASE.train_ratio
    features: tuple[str, ...] = _BASE.features
    loss: str = _BASE.loss
    init: str = _BASE.init
    init_params: dict[str, Any] = dataclass_field(default_factory=dict)
    bias: float = _BASE.bias
    optimizer: str = _BASE.optimizer
    batch: int = _BASE.batch
    regularization: str = _BASE.regularization
    reg_rate: float = _BASE.reg_rate

    @classmethod
    def build(cls, section: object = None, where: str = "tabs.race", limits: RaceLimits = TAB_LIMITS) -> RaceState:
        """The state a section describes within ``limits``; StateError naming the first bad field."""
        return check_race({} if section is None else section, where, limits)

    def race(self, device: str = "cpu", dtype: str = "float32") -> RaceConfig:
        """The race the state describes, on ``device`` in ``dtype``."""
        base = TrainConfig(
            dataset=self.dataset,
            noise=self.noise,
            seed=self.seed,
            hidden=self.hidden,
            lr=self.lr,
            **{name: getattr(self, name) for name in EXTRA_FIELDS},
            device=device,
            dtype=dtype,
        )
        return RaceConfig(self.activations, base)

    def section(self) -> dict[str, object]:
        """The state as the JSON values of ``tabs.race`` (the settings the tab does not show only when not its)."""
        values: dict[str, object] = {
            "preset": self.preset,
            "activations": list(self.activations),
            "hidden": list(self.hidden),
            "dataset": self.dataset,
            "noise": int(self.noise) if self.noise.is_integer() else self.noise,
            "seed": self.seed,
            "lr": self.lr,
            "epoch": self.epoch,
        }
        for name in EXTRA_FIELDS:
            value = _plain(getattr(self, name))
            if value != EXTRA_DEFAULTS[name]:  # only when not the tab's: files without it read the same
                values[name] = value
        return values


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else dict(value) if hasattr(value, "items") else value  # type: ignore[call-overload]


def check_race(section: object, where: str = "tabs.race", limits: RaceLimits = TAB_LIMITS) -> RaceState:
    """The race section as a state, every field filled in and checked; StateError naming the first bad field."""
    section = obj(section, where)
    only(section, FIELDS, where)
    own = any(name in section for name in ("activations", "hidden", "lr"))
    preset_id = one_of(section.get("preset", "" if own else DEFAULT_RACE_PRESET), field(where, "preset"), ("", *RACE_PRESETS))
    preset = get_race_preset(preset_id or DEFAULT_RACE_PRESET)
    acts = section.get("activations", list(preset.activations))
    acts = tuple(
        text(a, field(field(where, "activations"), k))
        for k, a in enumerate(listed(acts, field(where, "activations"), MAX_RACERS, 2))
    )
    hidden = section.get("hidden", list(preset.hidden))
    at = field(where, "hidden")
    hidden = tuple(whole(h, field(at, k), 1, MAX_UNITS) for k, h in enumerate(listed(hidden, at, 6, 1)))
    dataset = text(section.get("dataset", "circle"), field(where, "dataset"))
    dataset = engine_checked(field(where, "dataset"), lambda: get_dataset(dataset).id, {"dataset": ""})
    percentage = whole if limits.whole_percentages else number
    lr = section.get("lr", preset.lr)
    rates = limits.learning_rates
    state = RaceState(
        preset=preset_id,
        activations=acts,
        hidden=hidden,
        dataset=dataset,
        noise=float(percentage(section.get("noise", 0), field(where, "noise"), 0, int(MAX_NOISE))),
        seed=whole(section.get("seed", 0), field(where, "seed"), 0, limits.max_seed),
        lr=one_of(lr, field(where, "lr"), rates) if rates else number(lr, field(where, "lr")),
        epoch=whole(section.get("epoch", 0), field(where, "epoch"), 0, limits.max_epoch),
        **_extras(section, where, limits),
    )
    checked = engine_checked(where, lambda: checked_race(state.race()), owners={state.init: "init_params"})
    return replace(state, activations=checked.activations)


def _extras(section: dict[str, Any], where: str, limits: RaceLimits) -> dict[str, Any]:
    """The settings the tab does not show, read from ``section`` (the engine checks them after)."""
    given = {name: section[name] for name in EXTRA_FIELDS if name in section}
    for name, value in given.items():
        if not limits.any_extras and _plain(value) != EXTRA_DEFAULTS[name]:
            default, got = json.dumps(EXTRA_DEFAULTS[name]), json.dumps(value, default=str)
            raise StateError(field(where, name), f"expected one of {default}, got {got}")  # a template the tab translates
    for name in ("loss", "init", "optimizer", "regularization"):
        if name in given:
            given[name] = text(given[name], field(where, name))
    for name in ("bias", "train_ratio", "reg_rate"):
        if name in given:
            given[name] = number(given[name], field(where, name))
    for name, high in (("samples", MAX_SAMPLES), ("batch", MAX_SAMPLES)):
        if name in given:
            given[name] = whole(given[name], field(where, name), 1, high)
    if "features" in given:
        at = field(where, "features")
        given["features"] = tuple(text(f, field(at, k)) for k, f in enumerate(listed(given["features"], at, 16)))
    if "init_params" in given:
        given["init_params"] = dict(obj(given["init_params"], field(where, "init_params")))
    elif "init" in given:
        given["init_params"] = {}
    return given
