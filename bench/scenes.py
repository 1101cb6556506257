"""The scenes every interaction benchmark draws, shared by ours and the matplotlib baseline.

A scene is N overlaid activations x (f, f', f'') x P points on [-5, 5]. A "change" moves
the first activation's parameter (Leaky ReLU's ``negative_slope``) to the next value of
a sweep, as a slider drag would. Plain data: no Qt, no matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: The overlay order: the first is the one whose slider moves; the others stay put.
ACTIVATIONS = ("leaky_relu", "elu", "gelu", "silu", "softplus", "sigmoid", "tanh", "mish")
CHANGED_PARAM = "negative_slope"
X_MIN, X_MAX = -5.0, 5.0


@dataclass(frozen=True)
class Scene:
    curves: int
    points: int

    @property
    def activations(self) -> tuple[str, ...]:
        return ACTIVATIONS[: self.curves]

    @property
    def label(self) -> str:
        return f"{self.curves} x 3 x {self.points:,}"


#: The scenes issue 7 names (1, 4, 8 activations x 2,001 and 20,001 points).
SCENES = tuple(Scene(c, p) for p in (2001, 20001) for c in (1, 4, 8))
#: Points for the latency-vs-points plot (4 activations); 100,001 is the most the explorer accepts.
SWEEP_POINTS = (201, 2001, 20001, 100001)


def slope_values(count: int) -> np.ndarray:
    """Slider positions for ``count`` changes: a back-and-forth drag between 0.01 and 0.5,
    never the same value twice in a row (so nothing can be skipped as unchanged)."""
    up = np.round(np.linspace(0.01, 0.5, 50), 4)
    sweep = np.concatenate([up, up[-2:0:-1]])
    return np.resize(sweep, count)
