"""What the formulas say about the weights each initialiser draws: the theory half of the initialiser registry.

:class:`Theory` holds the mean, std, support, density and point masses of a
distribution (from the PyTorch documentation, He et al. 2015, Glorot & Bengio 2010
and Saxe et al. 2014); the builders below give it per scheme. Fans and gains are
PyTorch's own functions. :mod:`engine.init_registry` pairs these with the torch code.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

import numpy as np
import torch
import torch.nn.init as init

from engine.errors import EngineError

#: ``calculate_gain``'s nonlinearities, in the order of its documentation table.
Nonlinearity = Literal[
    "linear",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose3d",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "selu",
]
NONLINEARITIES: tuple[Nonlinearity, ...] = get_args(Nonlinearity)
FanMode = Literal["fan_in", "fan_out"]
FAN_MODES: tuple[FanMode, ...] = get_args(FanMode)

#: The shapes of the distributions the theory describes.
THEORY_KINDS = ("uniform", "normal", "truncated normal", "approximately normal", "point mass", "two values", "spike and normal")

# ---- theory ----------------------------------------------------------------------------------------------


def phi(z: float) -> float:
    return math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def big_phi(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


@dataclass(frozen=True)
class Theory:
    """What the formulas say about the values an initialiser draws.

    ``low``/``high`` bound the support (``None``: unbounded). ``loc``/``scale`` are
    the underlying normal's parameters for the normal-like kinds. ``zero_fraction``
    is the expected share of exact zeros (a spike at 0). ``pdf`` is the density of
    the continuous part; kinds without one (point masses) return ``None``, and
    :attr:`atoms` lists the point masses a figure draws as spikes instead.
    """

    kind: str  # one of THEORY_KINDS
    mean: float
    std: float
    low: float | None = None
    high: float | None = None
    loc: float = 0.0
    scale: float = 1.0
    zero_fraction: float = 0.0
    note: str = ""

    @property
    def has_density(self) -> bool:
        return self.kind in DENSITY_KINDS

    @property
    def atoms(self) -> tuple[tuple[float, float], ...]:
        """The point masses as (value, probability): ``((0.0, 1.0),)`` says "every weight is 0"."""
        if self.kind == "point mass":
            return ((self.mean, 1.0),)
        if self.kind == "two values":
            share = 1.0 - self.zero_fraction
            return tuple((v, p) for v, p in ((0.0, self.zero_fraction), (1.0, share)) if p > 0)
        if self.kind == "spike and normal" and self.zero_fraction > 0:
            return ((0.0, self.zero_fraction),)
        return ()

    def pdf(self, x: np.ndarray) -> np.ndarray | None:
        """The density at ``x`` (of the continuous part for a spike and normal), or None."""
        x = np.asarray(x, dtype=np.float64)
        if not self.has_density:
            return None
        if self.kind == "uniform":
            assert self.low is not None and self.high is not None  # a uniform theory has both ends
            inside = (x >= self.low) & (x <= self.high)
            return np.where(inside, 1.0 / (self.high - self.low), 0.0)
        z = (x - self.loc) / self.scale
        dens = np.exp(-0.5 * z * z) / (self.scale * math.sqrt(2.0 * math.pi))
        if self.kind == "truncated normal":
            assert self.low is not None and self.high is not None  # so has a truncated normal
            mass = big_phi((self.high - self.loc) / self.scale) - big_phi((self.low - self.loc) / self.scale)
            return np.where((x >= self.low) & (x <= self.high), dens / mass, 0.0)
        if self.kind == "spike and normal":
            return (1.0 - self.zero_fraction) * dens
        return dens


DENSITY_KINDS = ("uniform", "normal", "truncated normal", "approximately normal", "spike and normal")


def uniform_theory(low: float, high: float, note: str = "") -> Theory:
    """U(low, high): mean (a+b)/2, std (b-a)/√12; a point mass when low == high (e.g. gain 0)."""
    if not high > low:
        return point_theory(0.5 * (low + high), "The range has zero width: every weight equals the same value.")
    return Theory("uniform", 0.5 * (low + high), (high - low) / math.sqrt(12.0), low, high, note=note)


def normal_theory(mean: float, std: float, note: str = "") -> Theory:
    """N(mean, std²); a point mass at ``mean`` when std is 0 (e.g. gain 0)."""
    if not std > 0:
        return point_theory(mean, "The std is 0: every weight equals the mean.")
    return Theory("normal", mean, std, loc=mean, scale=std, note=note)


def truncated_normal_theory(mean: float, std: float, a: float, b: float) -> Theory:
    """N(mean, std²) conditioned on [a, b]: its real mean and std differ from the arguments."""
    alpha, beta = (a - mean) / std, (b - mean) / std
    mass = big_phi(beta) - big_phi(alpha)
    shift = (phi(alpha) - phi(beta)) / mass
    var = std * std * (1.0 + (alpha * phi(alpha) - beta * phi(beta)) / mass - shift * shift)
    return Theory(
        "truncated normal",
        mean + std * shift,
        math.sqrt(max(var, 0.0)),
        a,
        b,
        loc=mean,
        scale=std,
        note="The std after truncation is smaller than the std argument.",
    )


def point_theory(value: float, note: str = "Every weight is equal: a spike, no density.") -> Theory:
    """Every weight equals ``value``: no density, one atom of probability 1."""
    return Theory(
        "point mass",
        value,
        0.0,
        value,
        value,
        loc=value,
        scale=0.0,
        zero_fraction=1.0 if value == 0 else 0.0,
        note=note,
    )


def ones_share_theory(ones: int, numel: int, note: str) -> Theory:
    """A tensor of zeros with ``ones`` entries equal to 1."""
    p = ones / numel
    return Theory("two values", p, math.sqrt(p * (1.0 - p)), 0.0, 1.0 if ones else 0.0, zero_fraction=1.0 - p, note=note)


# ---- fans and gains --------------------------------------------------------------------------------------


def fans(shape: Sequence[int]) -> tuple[int, int]:
    """(fan_in, fan_out) of a weight of ``shape``, computed by PyTorch's own function."""
    return init._calculate_fan_in_and_fan_out(torch.empty(tuple(shape), device="meta"))


def calculate_gain(nonlinearity: str, param: float | None = None) -> float:
    """``torch.nn.init.calculate_gain``, with EngineError for an unknown nonlinearity."""
    if nonlinearity not in NONLINEARITIES:
        raise EngineError("nonlinearity", f"expected one of {', '.join(NONLINEARITIES)}, got {nonlinearity!r}")
    return float(init.calculate_gain(nonlinearity, param))


def fan(shape: Sequence[int], mode: str) -> int:
    fan_in, fan_out = fans(shape)
    return fan_in if mode == "fan_in" else fan_out


def kaiming_gain(p: dict[str, Any]) -> float:
    return calculate_gain(p["nonlinearity"], p["a"])


def gain_param(p: dict[str, Any]) -> float:
    return float(p["gain"])


DEFAULT_A = math.sqrt(5.0)  # nn.Linear / nn.Conv2d: kaiming_uniform_(weight, a=sqrt(5))


def default_gain(p: dict[str, Any]) -> float:
    return calculate_gain("leaky_relu", DEFAULT_A)


def no_gain(p: dict[str, Any]) -> None:
    return None


def kaiming_gain_formula(p: dict[str, Any]) -> str:
    if p["nonlinearity"] == "leaky_relu":
        return f"calculate_gain('leaky_relu', {p['a']:g})"
    return f"calculate_gain('{p['nonlinearity']}')"


def argument_gain_formula(p: dict[str, Any]) -> str:
    return "gain (the argument)"


def default_gain_formula(p: dict[str, Any]) -> str:
    return "calculate_gain('leaky_relu', √5)"


def no_gain_formula(p: dict[str, Any]) -> str:
    return ""


# ---- per-scheme theory -----------------------------------------------------------------------------------


def xavier_std(p: dict[str, Any], shape: tuple[int, ...]) -> float:
    fan_in, fan_out = fans(shape)
    return float(p["gain"]) * math.sqrt(2.0 / (fan_in + fan_out))


def kaiming_std(p: dict[str, Any], shape: tuple[int, ...]) -> float:
    return kaiming_gain(p) / math.sqrt(fan(shape, p["mode"]))


def uniform_with_std(std: float, note: str) -> Theory:
    bound = math.sqrt(3.0) * std
    return uniform_theory(-bound, bound, note)


def eye_theory(p: dict[str, Any], shape: tuple[int, ...]) -> Theory:
    return ones_share_theory(min(shape), math.prod(shape), "Identity: ones on the diagonal, zeros elsewhere.")


def dirac_theory(p: dict[str, Any], shape: tuple[int, ...]) -> Theory:
    groups = p["groups"]
    ones = groups * min(shape[0] // groups, shape[1])
    return ones_share_theory(ones, math.prod(shape), "One 1 per output channel at the kernel centre: the identity convolution.")


def orthogonal_theory(p: dict[str, Any], shape: tuple[int, ...]) -> Theory:
    rows = shape[0]
    cols = math.prod(shape) // rows
    std = p["gain"] * math.sqrt(min(rows, cols) / (rows * cols))
    if not std > 0:
        return point_theory(0.0, "gain 0: every weight is 0.")
    return Theory(
        "approximately normal",
        0.0,
        std,
        -abs(p["gain"]),
        abs(p["gain"]),
        loc=0.0,
        scale=std,
        note="Rows (or columns) orthonormal times gain: the sum of squares is exactly gain²·min(rows, cols); "
        "entries are close to normal for large sizes.",
    )


def sparse_theory(p: dict[str, Any], shape: tuple[int, ...]) -> Theory:
    rows = shape[0]
    zeros = math.ceil(p["sparsity"] * rows) / rows
    if zeros >= 1.0 or not p["std"] > 0:
        return point_theory(0.0, "Every entry of each column is set to zero (or std is 0): every weight is 0.")
    return Theory(
        "spike and normal",
        0.0,
        p["std"] * math.sqrt(1.0 - zeros),
        loc=0.0,
        scale=p["std"],
        zero_fraction=zeros,
        note="A share ⌈sparsity·rows⌉/rows of each column set to zero, the rest N(0, std²).",
    )


def default_theory(p: dict[str, Any], shape: tuple[int, ...]) -> Theory:
    fan_in, _ = fans(shape)
    bound = 1.0 / math.sqrt(fan_in)
    return uniform_theory(
        -bound, bound, "kaiming_uniform_(a=√5): U(−1/√fan_in, 1/√fan_in); the bias is drawn from the same range."
    )
