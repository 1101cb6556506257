"""The depth tab's state: the classic lesson, the network, the run's switches and the layer shown.

:class:`DepthState` is what the tab shows, the section ``tabs.depth`` of a session file and what
``export --session`` draws. As JSON (every field optional)::

    {"preset": "relu_xavier_vs_kaiming", "activation": "relu", "activation_params": {}, "init": "kaiming_normal",
     "init_params": {}, "layers": 30, "width": 512, "batch": 1024, "bias": "zero", "seed": 0,
     "auto_run": true, "show_theory": true, "keep_previous": false, "layer": 1}

The network's fields missing from the section are the chosen lesson's (``preset``; "" is the
user's own network). Without a ``preset`` the tab's first lesson is chosen when no network
field is given, and "" otherwise. ``activation`` is a registry id or ``"formula: ..."``.
The network is checked by the engine (:func:`engine.depth.checked_config`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from engine.depth import MAX_LAYERS, DepthConfig, checked_config
from engine.initializers import MAX_SEED as ENGINE_MAX_SEED
from engine.initializers import get_initializer
from engine.presets import PRESETS, get_preset
from engine.resolve import formula_of
from states.checks import boolean, engine_checked, field, obj, one_of, only, text, whole
from states.errors import StateError

KEY = "depth"
DEFAULT_PRESET = "relu_xavier_vs_kaiming"
MAX_SEED = 2**31 - 1
NETWORK_FIELDS = ("activation", "activation_params", "init", "init_params", "layers", "width", "batch", "bias", "seed")
FIELDS = ("preset", *NETWORK_FIELDS, "auto_run", "show_theory", "keep_previous", "layer")


@dataclass(frozen=True)
class DepthLimits:
    """What a state may hold beyond the engine's own checks: the largest seed (the tab's field is a 32-bit spin box)."""

    max_seed: int = MAX_SEED


#: The tab's.
TAB_LIMITS = DepthLimits()
#: The command line's (``export --depth``): the engine's seeds.
COMMAND_LINE_LIMITS = DepthLimits(ENGINE_MAX_SEED)


@dataclass(frozen=True)
class DepthState:
    """What the depth tab shows. Build a checked one from JSON values with :meth:`build`."""

    key: ClassVar[str] = KEY
    preset: str
    activation: str
    activation_params: dict[str, Any]
    init: str
    init_params: dict[str, Any]
    layers: int
    width: int
    batch: int
    bias: str
    seed: int
    auto_run: bool = True
    show_theory: bool = True
    keep_previous: bool = False
    layer: int = 1

    @classmethod
    def build(cls, section: object = None, where: str = "tabs.depth", limits: DepthLimits = TAB_LIMITS) -> DepthState:
        """The state a section describes (missing fields: its lesson's, or the defaults) within ``limits``;
        StateError naming the first bad field."""
        return check_depth({} if section is None else section, where, limits)

    def config(self, device: str = "cpu", dtype: str = "float32") -> DepthConfig:
        """The network to run, on ``device`` in ``dtype``."""
        return DepthConfig(**{name: getattr(self, name) for name in NETWORK_FIELDS}, device=device, dtype=dtype)

    def comparison(self, config: DepthConfig) -> tuple[DepthConfig | None, str]:
        """The run its lesson compares ``config`` with (:meth:`engine.presets.Preset.comparison`) and that run's
        label (registry text); (None, "") for the user's own network or a lesson without one."""
        compare = get_preset(self.preset).comparison(config) if self.preset else None
        return (compare, get_preset(self.preset).compare_label) if compare is not None else (None, "")

    def section(self) -> dict[str, Any]:
        """The state as the JSON values of a session file's ``tabs.depth``."""
        values = dataclasses.asdict(self)
        values["activation_params"], values["init_params"] = dict(self.activation_params), dict(self.init_params)
        return values


def check_depth(section: object, where: str = "tabs.depth", limits: DepthLimits = TAB_LIMITS) -> DepthState:
    """The depth section as a state, every field filled in and checked; StateError naming the first bad field."""
    section = obj(section, where)
    only(section, FIELDS, where)
    own = any(name in section for name in NETWORK_FIELDS)
    preset = one_of(section.get("preset", "" if own else DEFAULT_PRESET), field(where, "preset"), ("", *PRESETS))
    base = get_preset(preset or DEFAULT_PRESET).config
    given = {name: section[name] for name in NETWORK_FIELDS if name in section}
    for name in ("activation_params", "init_params"):
        if name in given:
            obj(given[name], field(where, name))
    if "activation" in given:
        text(given["activation"], field(where, "activation"))
        given.setdefault("activation_params", {})
    if "init" in given:
        init = text(given["init"], field(where, "init"))
        if 2 not in engine_checked(field(where, "init"), lambda: get_initializer(init), {"init": ""}).ranks:
            raise StateError(field(where, "init"), f"{init} cannot fill a Linear (out, in) weight")
        given.setdefault("init_params", {})
    if "seed" in given:
        whole(given["seed"], field(where, "seed"), 0, limits.max_seed)
    config = replace(base, **given, device="cpu", dtype="float32")
    owners = {_owner(config): "activation_params", str(config.init): "init_params"}
    checked = engine_checked(where, lambda: checked_config(config), {"expression": "activation"}, owners)
    layers = checked.layers
    return DepthState(
        preset=preset,
        activation=_owner(checked),
        activation_params=dict(checked.activation_params),
        init=checked.init,
        init_params=dict(checked.init_params),
        layers=layers,
        width=checked.width,
        batch=checked.batch,
        bias=checked.bias,
        seed=checked.seed,
        auto_run=boolean(section.get("auto_run", True), field(where, "auto_run")),
        show_theory=boolean(section.get("show_theory", True), field(where, "show_theory")),
        keep_previous=boolean(section.get("keep_previous", False), field(where, "keep_previous")),
        layer=whole(section.get("layer", 1), field(where, "layer"), 1, min(layers, MAX_LAYERS)),
    )


def _owner(config: DepthConfig) -> str:
    """The engine's name for the activation in parameter errors (its id, or its formula id)."""
    formula = formula_of(config.activation)
    return formula.id if formula is not None else str(config.activation)
