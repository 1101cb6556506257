"""The regression datasets of the training lesson: 1-D curves y = g(x) and TensorFlow Playground's two 2-D ones.

Each generator returns ``(xy, targets)`` as the classification ones return ``(xy, labels)``: ``xy`` of
shape (n, 2) in [-6, 6]² (a 1-D dataset draws x uniformly and keeps x₂ = 0, so every feature and
map of the lesson works unchanged) and float targets. Noise is a fraction in [0, 0.5] (the slider's
percentage / 100): 1-D targets get Gaussian noise of that standard deviation; the 2-D ones move the
point the target is computed at, as Playground's ``regressPlane`` and ``regressGaussian`` do.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

RADIUS = 6.0  # the lesson's square [-6, 6]² (engine.datasets.DOMAIN)

#: The 2-D Gaussians of Playground's regressGaussian: centre and sign of each bump.
GAUSSIANS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0), (4.0, -2.5, -1.0))


def sawtooth(x: np.ndarray) -> np.ndarray:
    """Rises from -1 to 1 over every 4 units (x = -2 + 4k to 2 + 4k), then drops back."""
    return np.mod(x + 2.0, 4.0) / 2.0 - 1.0


#: id -> (name, description, g(x), target as written): every target is about the size of sin x (|x| and x² are
#: scaled by 1/3 and 1/18, so both run from 0 to 2 over [-6, 6]): one network, learning rate and loss scale suit them
#: all, and their errors compare. The names and legends say the scaled form (tests/engine/test_regression_labels.py).
CURVES: dict[str, tuple[str, str, Callable[[np.ndarray], np.ndarray], str]] = {
    "sine": ("Sine: sin x", "y = sin x", np.sin, "sin x"),
    "abs": ("Absolute value: |x| / 3", "y = |x| / 3: one kink at 0", lambda x: np.abs(x) / 3.0, "|x| / 3"),
    "step": ("Step", "y = -1 for x < 0, 1 from 0 on", lambda x: np.where(x < 0, -1.0, 1.0), "−1 for x < 0, 1 from 0 on"),
    "square": ("Square: x² / 18", "y = x² / 18 (0 to 2 over [-6, 6])", lambda x: x * x / 18.0, "x² / 18"),
    "sawtooth": ("Sawtooth", "rises from -1 to 1 every 4 units, then drops", sawtooth, "sawtooth from −1 to 1, period 4"),
}


def curve(dataset_id: str) -> Callable[[np.ndarray], np.ndarray]:
    """g of a 1-D dataset (KeyError for another id)."""
    return CURVES[dataset_id][2]


Generate = Callable[[int, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]


def _one_d(fn: Callable[[np.ndarray], np.ndarray]) -> Generate:
    def generate(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        x = rng.uniform(-RADIUS, RADIUS, n)
        targets = fn(x) + rng.normal(0.0, 1.0, n) * noise
        return np.stack([x, np.zeros(n)], axis=1), targets.astype(np.float64)

    return generate


def plane_target(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Playground's regressPlane label: (x + y) scaled from [-10, 10] to [-1, 1] (not clamped)."""
    plane: np.ndarray = (x + y) / 10.0
    return plane


def gaussians_target(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Playground's regressGaussian label: of the six bumps sign·max(0, 1 − distance/2), the one largest in size."""
    best: np.ndarray = np.zeros(np.broadcast(x, y).shape)
    for cx, cy, sign in GAUSSIANS:
        value = sign * np.clip(1.0 - np.hypot(x - cx, y - cy) / 2.0, 0.0, 1.0)
        best = np.where(np.abs(value) > np.abs(best), value, best)
    return best


def _two_d(target: Callable[[np.ndarray, np.ndarray], np.ndarray]) -> Generate:
    def generate(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        xy = rng.uniform(-RADIUS, RADIUS, (n, 2))
        shifted = xy + rng.uniform(-RADIUS, RADIUS, (n, 2)) * noise
        return xy, target(shifted[:, 0], shifted[:, 1]).astype(np.float64)

    return generate


#: (id, name, description, generate, inputs, target) of every regression dataset, in the order the lists show them.
ENTRIES = (
    *((key, name, text, _one_d(fn), 1, target) for key, (name, text, fn, target) in CURVES.items()),
    ("plane", "Plane", "y = (x₁ + x₂) / 10 (Playground's regression plane)", _two_d(plane_target), 2, "(x₁ + x₂) / 10"),
    (
        "gaussians",
        "Gaussian bumps",
        "six bumps of height ±1 (Playground's Gaussian regression)",
        _two_d(gaussians_target),
        2,
        "six bumps of height ±1",
    ),
)

__all__ = ["CURVES", "ENTRIES", "GAUSSIANS", "curve", "gaussians_target", "plane_target", "sawtooth"]
