"""The race tab's state: which activations race, on which data and network, and how far the race has run.

:class:`RaceState` is what the tab shows, the section ``tabs.race`` of a session file and what
``export --session`` draws. As JSON (every field optional; missing ones are the preset's, then the defaults)::

    {"preset": "saturating_depth_3", "activations": ["sigmoid", "tanh", "relu"], "hidden": [8, 8, 8],
     "dataset": "circle", "noise": 0, "seed": 0, "lr": 0.03, "epoch": 120}

``preset`` "" is the user's own race. ``epoch`` is how far the race had run: a race is reproducible
from its seed, so the figure trains it again to that epoch instead of storing weights.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from engine.datasets import MAX_NOISE, get_dataset
from engine.race import MAX_RACERS, RACE_INIT, RaceConfig, checked_race
from engine.race_presets import DEFAULT_RACE_PRESET, RACE_PRESETS, get_race_preset
from engine.training_config import MAX_UNITS, TrainConfig
from states.checks import engine_checked, field, listed, obj, one_of, only, text, whole
from states.training import LEARNING_RATES, MAX_DATA_SEED

KEY = "race"
MAX_EPOCH = 5_000  # the figure trains the race again to its epoch: a few seconds at most
FIELDS = ("preset", "activations", "hidden", "dataset", "noise", "seed", "lr", "epoch")


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

    @classmethod
    def build(cls, section: object = None, where: str = "tabs.race") -> RaceState:
        """The state a section describes; StateError naming the first bad field."""
        return check_race({} if section is None else section, where)

    def race(self, device: str = "cpu", dtype: str = "float32") -> RaceConfig:
        """The race the state describes, on ``device`` in ``dtype``."""
        base = TrainConfig(
            dataset=self.dataset,
            noise=self.noise,
            seed=self.seed,
            hidden=self.hidden,
            lr=self.lr,
            init=RACE_INIT,
            device=device,
            dtype=dtype,
        )
        return RaceConfig(self.activations, base)

    def section(self) -> dict[str, object]:
        return {
            "preset": self.preset,
            "activations": list(self.activations),
            "hidden": list(self.hidden),
            "dataset": self.dataset,
            "noise": int(self.noise),
            "seed": self.seed,
            "lr": self.lr,
            "epoch": self.epoch,
        }


def check_race(section: object, where: str = "tabs.race") -> RaceState:
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
    state = RaceState(
        preset=preset_id,
        activations=acts,
        hidden=hidden,
        dataset=dataset,
        noise=float(whole(section.get("noise", 0), field(where, "noise"), 0, int(MAX_NOISE))),
        seed=whole(section.get("seed", 0), field(where, "seed"), 0, MAX_DATA_SEED),
        lr=one_of(section.get("lr", preset.lr), field(where, "lr"), LEARNING_RATES),
        epoch=whole(section.get("epoch", 0), field(where, "epoch"), 0, MAX_EPOCH),
    )
    checked = engine_checked(where, lambda: checked_race(state.race()))
    return replace(state, activations=checked.activations)
