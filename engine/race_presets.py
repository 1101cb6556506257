"""Ready-made activation races, each a lesson: what to race, on which network, and what to look for.

Names and lesson text are registry text: the GUI translates them (context ``"engine"``).
Every preset trains Playground's way (circle, SGD at lr 0.03, batch 10, tanh output) unless it says
otherwise, so a race differs from the training tab's default network only in what the lesson needs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from engine.errors import EngineError, clipped
from engine.race import RACE_INIT, RaceConfig
from engine.training_config import TrainConfig

SATURATING = ("sigmoid", "tanh", "relu")
RELU_FAMILY = ("relu", "leaky_relu", "elu", "gelu")


@dataclass(frozen=True)
class RacePreset:
    id: str
    name: str
    lesson: str
    activations: tuple[str, ...]
    hidden: tuple[int, ...]
    lr: float = 0.03

    def race(self, base: TrainConfig | None = None) -> RaceConfig:
        """The preset's race on ``base``'s data and seed (default: Playground's circle, seed 0)."""
        start = base or TrainConfig(init=RACE_INIT)
        return RaceConfig(self.activations, replace(start, hidden=self.hidden, lr=self.lr, init=RACE_INIT))


def _saturating(depth: int, name: str, lesson: str) -> RacePreset:
    return RacePreset(f"saturating_depth_{depth}", name, lesson, SATURATING, (8,) * depth)


_ENTRIES = (
    _saturating(
        1,
        "Sigmoid vs tanh vs ReLU, 1 hidden layer",
        "With one hidden layer all three learn the circle; sigmoid is the slowest (its slope is at most 1/4).",
    ),
    _saturating(
        3,
        "Sigmoid vs tanh vs ReLU, 3 hidden layers",
        "Three sigmoid layers shrink the gradient at least 4 × 4 × 4-fold: sigmoid falls far behind.",
    ),
    _saturating(
        6,
        "Sigmoid vs tanh vs ReLU, 6 hidden layers",
        "Six layers deep, the vanishing gradient stalls sigmoid; tanh and ReLU still learn.",
    ),
    RacePreset(
        "relu_family",
        "ReLU vs Leaky ReLU vs ELU vs GELU",
        "At a fast learning rate some ReLU units die (0 at every training point, so no gradient): each map's title gives "
        "the share of dead units. Leaky ReLU, ELU and GELU keep a slope below 0, so their units cannot die.",
        RELU_FAMILY,
        (8, 8, 8),
        lr=1.0,
    ),
)

RACE_PRESETS: dict[str, RacePreset] = {p.id: p for p in _ENTRIES}
DEFAULT_RACE_PRESET = "saturating_depth_3"


def get_race_preset(preset_id: str) -> RacePreset:
    try:
        return RACE_PRESETS[preset_id]
    except KeyError:
        raise EngineError("preset", f"unknown race {clipped(preset_id)} (known: {', '.join(RACE_PRESETS)})") from None
