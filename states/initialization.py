"""The initialisation tab's state: the initialiser, its parameters, the weight shape, sampling, compare.

:class:`InitializationState` is what the tab shows, the section ``tabs.initialization`` of a session
file and what ``export --session`` draws. As JSON (every field optional; a missing one takes the default below)::

    {"init": "kaiming_normal", "params": {"nonlinearity": "relu"}, "shape": [256, 512], "seed": 0, "bins": 100,
     "log_y": false, "compare": false, "compare_init": "xavier_normal", "compare_params": {}}

``shape`` is (out, in) for a Linear weight or (out, in, kh, kw) for a Conv2d one. Initialisers and
their parameters are checked by the engine's registry (:func:`engine.initializers.checked_init_params`);
the sizes the tab's fields take are defined here and read by its widgets. A state is built for one of two
profiles of limits (:class:`InitLimits`): the tab's (:data:`TAB_LIMITS`: Linear and Conv2d weights, sizes its
fields take) or the command line's (:data:`COMMAND_LINE_LIMITS`: the engine's own, 2 to 5 sizes up to its
largest tensor, more bins), so that ``export --init`` builds this state and draws it as the tab would.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from engine.initializers import MAX_BINS, MAX_VALUES, check_bins, checked_init_params
from engine.initializers import MAX_SEED as ENGINE_MAX_SEED
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
class InitLimits:
    """Which weight ranks, sizes (out and in, then kernel sizes), bins and seeds a state may hold."""

    ranks: tuple[int, ...] = tuple(LAYER_RANKS.values())
    max_features: int = MAX_FEATURES
    max_kernel: int = MAX_KERNEL
    bins: tuple[int, int] = BINS_RANGE
    max_seed: int = MAX_SEED


#: The tab's: a Linear or Conv2d weight its fields can show.
TAB_LIMITS = InitLimits()
#: The command line's (``export --init``): the engine's own (2 to 5 sizes; its largest tensor still applies).
COMMAND_LINE_LIMITS = InitLimits((2, 3, 4, 5), MAX_VALUES, MAX_VALUES, (1, MAX_BINS), ENGINE_MAX_SEED)


@dataclass(frozen=True)
class InitializationState:
    """What the initialisation tab shows. Build a checked one from JSON values with :meth:`build`."""

    key: ClassVar[str] = KEY
    init: str = DEFAULT_INIT
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    shape: tuple[int, ...] = DEFAULT_SHAPE
    seed: int = 0
    bins: int = DEFAULT_BINS
    log_y: bool = False
    compare: bool = False
    compare_init: str = DEFAULT_COMPARE
    compare_params: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def build(
        cls, section: object = None, where: str = "tabs.initialization", limits: InitLimits = TAB_LIMITS
    ) -> InitializationState:
        """The state a section describes (missing fields: the defaults) within ``limits``; StateError naming the
        first bad field."""
        return check_initialization({} if section is None else section, where, limits)

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


def check_initialization(
    section: object, where: str = "tabs.initialization", limits: InitLimits = TAB_LIMITS
) -> InitializationState:
    """The initialisation section as a state, every field filled in and checked against ``limits``; StateError
    naming the first bad field."""
    section = obj(section, where)
    only(section, FIELDS, where)
    shape = _shape(section.get("shape", list(DEFAULT_SHAPE)), field(where, "shape"), limits)
    init = text(section.get("init", DEFAULT_INIT), field(where, "init"))
    params = _params(init, section.get("params", {}), shape, where, "init", "params")
    compare_init = text(section.get("compare_init", DEFAULT_COMPARE), field(where, "compare_init"))
    compare = boolean(section.get("compare", False), field(where, "compare"))
    compare_params = _params(compare_init, section.get("compare_params", {}), shape, where, "compare_init", "compare_params")
    seed = whole(section.get("seed", 0), field(where, "seed"), 0, limits.max_seed)
    bins = whole(section.get("bins", DEFAULT_BINS), field(where, "bins"), *limits.bins)
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


def _shape(raw: object, where: str, limits: InitLimits) -> list[int]:
    items = listed(raw, where, max(limits.ranks), min(limits.ranks))
    if len(items) not in limits.ranks:
        raise StateError(where, f"expected [out, in] (Linear) or [out, in, kh, kw] (Conv2d), got {len(items)} sizes")
    return [whole(v, field(where, i), 1, limits.max_features if i < 2 else limits.max_kernel) for i, v in enumerate(items)]


def _params(init: str, raw: object, shape: list[int], where: str, id_field: str, params_field: str) -> dict[str, Any]:
    values = obj(raw, field(where, params_field))
    fields = {"init": id_field, "shape": "shape"}
    return engine_checked(where, lambda: checked_init_params(init, values, shape)[1], fields, {init: params_field})
