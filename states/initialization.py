"""The initialisation tab's state: the initialiser, its parameters, the weight shape, sampling, compare.

:class:`InitializationState` is what the tab shows, the section ``tabs.initialization`` of a session
file and what ``export --session`` draws. As JSON (every field optional; a missing one takes the default below)::

    {"init": "kaiming_normal", "params": {"nonlinearity": "relu"}, "shape": [256, 512], "seed": 0, "bins": 100,
     "log_y": false, "compare": false, "compare_init": "xavier_normal", "compare_params": {}}

``shape`` is (out, in) for a Linear weight or (out, in, kh, kw) for a Conv2d one. Initialisers and
their parameters are checked by the engine's registry (:func:`engine.initializers.checked_init_params`);
the sizes the tab's fields take are defined here and read by its widgets.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from engine.initializers import check_bins, checked_init_params
from states.checks import boolean, engine_checked, field, listed, obj, only, text, whole
from states.errors import StateError

KEY = "initialization"
LAYER_RANKS = {"linear": 2, "conv2d": 4}
MAX_FEATURES = 100_000  # out and in
MAX_KERNEL = 99
MAX_SEED = 2**31 - 1
BINS_RANGE = (5, 1000)
DEFAULT_INIT, DEFAULT_COMPARE = "kaiming_normal", "xavier_normal"
DEFAULT_SHAPE = (256, 512)
DEFAULT_KERNEL = (3, 3)
DEFAULT_BINS = 100
FIELDS = ("init", "params", "shape", "seed", "bins", "log_y", "compare", "compare_init", "compare_params")


@dataclass(frozen=True)
class InitializationState:
    """What the initialisation tab shows. Build a checked one from JSON values with :meth:`build`."""

    key: ClassVar[str] = KEY
    init: str = DEFAULT_INIT
    params: dict[str, Any] = dataclasses.field(default_factory=dict[str, Any])
    shape: tuple[int, ...] = DEFAULT_SHAPE
    seed: int = 0
    bins: int = DEFAULT_BINS
    log_y: bool = False
    compare: bool = False
    compare_init: str = DEFAULT_COMPARE
    compare_params: dict[str, Any] = dataclasses.field(default_factory=dict[str, Any])

    @classmethod
    def build(cls, section: object = None, where: str = "tabs.initialization") -> InitializationState:
        """The state a section describes (missing fields: the defaults); StateError naming the first bad field."""
        return check_initialization({} if section is None else section, where)

    @property
    def layer_kind(self) -> str:
        """``"linear"`` for an (out, in) shape, ``"conv2d"`` for (out, in, kh, kw)."""
        return layer_kind(self.shape)

    def section(self) -> dict[str, Any]:
        """The state as the JSON values of a session file's ``tabs.initialization``."""
        return {
            "init": self.init,
            "params": dict(self.params),
            "shape": list(self.shape),
            "seed": self.seed,
            "bins": self.bins,
            "log_y": self.log_y,
            "compare": self.compare,
            "compare_init": self.compare_init,
            "compare_params": dict(self.compare_params),
        }


def check_initialization(section: object, where: str = "tabs.initialization") -> InitializationState:
    """The initialisation section as a state, every field filled in and checked; StateError naming the first bad field."""
    section = obj(section, where)
    only(section, FIELDS, where)
    shape = _shape(section.get("shape", list(DEFAULT_SHAPE)), field(where, "shape"))
    init = text(section.get("init", DEFAULT_INIT), field(where, "init"))
    params = _params(init, section.get("params", {}), shape, where, "init", "params")
    compare_init = text(section.get("compare_init", DEFAULT_COMPARE), field(where, "compare_init"))
    compare = boolean(section.get("compare", False), field(where, "compare"))
    compare_params = _params(compare_init, section.get("compare_params", {}), shape, where, "compare_init", "compare_params")
    seed = whole(section.get("seed", 0), field(where, "seed"), 0, MAX_SEED)
    bins = whole(section.get("bins", DEFAULT_BINS), field(where, "bins"), *BINS_RANGE)
    engine_checked(field(where, "bins"), lambda: check_bins(bins), {"bins": ""})
    return InitializationState(
        init=init,
        params=params,
        shape=tuple(shape),
        seed=seed,
        bins=bins,
        log_y=boolean(section.get("log_y", False), field(where, "log_y")),
        compare=compare,
        compare_init=compare_init,
        compare_params=compare_params,
    )


def layer_kind(shape: tuple[int, ...] | list[int]) -> str:
    """``"linear"`` for an (out, in) shape, ``"conv2d"`` for (out, in, kh, kw)."""
    return next(kind for kind, rank in LAYER_RANKS.items() if rank == len(shape))


def _shape(raw: object, where: str) -> list[int]:
    items = listed(raw, where, 4, 2)
    if len(items) not in LAYER_RANKS.values():
        raise StateError(where, f"expected [out, in] (Linear) or [out, in, kh, kw] (Conv2d), got {len(items)} sizes")
    highs = (MAX_FEATURES, MAX_FEATURES, MAX_KERNEL, MAX_KERNEL)
    return [whole(v, field(where, i), 1, highs[i]) for i, v in enumerate(items)]


def _params(init: str, raw: object, shape: list[int], where: str, id_field: str, params_field: str) -> dict[str, Any]:
    values = obj(raw, field(where, params_field))
    fields = {"init": id_field, "shape": "shape"}
    return engine_checked(where, lambda: checked_init_params(init, values, shape)[1], fields, {init: params_field})
