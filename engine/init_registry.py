"""The registry of weight initialisers: every ``torch.nn.init`` function and PyTorch's layer defaults.

One :class:`Initializer` per scheme holds the torch code that fills a weight tensor,
its parameters (PyTorch's keyword names), the tensor ranks it accepts, and the
theory of the distribution it draws from (built by :mod:`engine.init_theory`).
The GUI panels, the command line and the tests are generated from
:data:`INITIALIZERS`; add a scheme here and nowhere else.
Strings are English source text, translated by the GUI (context ``"engine"``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn as nn
import torch.nn.init as init

from engine.errors import EngineError, clipped
from engine.init_theory import (
    FAN_MODES,
    NONLINEARITIES,
    FanMode,
    Nonlinearity,
    Theory,
    argument_gain_formula,
    big_phi,
    default_gain,
    default_gain_formula,
    default_theory,
    dirac_theory,
    eye_theory,
    gain_param,
    kaiming_gain,
    kaiming_gain_formula,
    kaiming_std,
    no_gain,
    no_gain_formula,
    normal_theory,
    orthogonal_theory,
    point_theory,
    sparse_theory,
    truncated_normal_theory,
    uniform_theory,
    uniform_with_std,
    xavier_std,
)
from engine.params import Param, validate

MAX_VALUES = 20_000_000  # the largest weight tensor sampled at once (80 MB in float32)
MAX_SEED = 2**63 - 1


def _no_theory_check(p: dict[str, Any], shape: tuple[int, ...]) -> None:
    return None


# ---- the torch calls -------------------------------------------------------------------------------------


def _uniform(t: torch.Tensor, g: torch.Generator, a: float, b: float) -> None:
    init.uniform_(t, a, b, generator=g)


def _normal(t: torch.Tensor, g: torch.Generator, mean: float, std: float) -> None:
    init.normal_(t, mean, std, generator=g)


def _constant(t: torch.Tensor, g: torch.Generator, val: float) -> None:
    init.constant_(t, val)


def _xavier_uniform(t: torch.Tensor, g: torch.Generator, gain: float) -> None:
    init.xavier_uniform_(t, gain=gain, generator=g)


def _xavier_normal(t: torch.Tensor, g: torch.Generator, gain: float) -> None:
    init.xavier_normal_(t, gain=gain, generator=g)


def _kaiming_uniform(t: torch.Tensor, g: torch.Generator, a: float, mode: FanMode, nonlinearity: Nonlinearity) -> None:
    init.kaiming_uniform_(t, a=a, mode=mode, nonlinearity=nonlinearity, generator=g)


def _kaiming_normal(t: torch.Tensor, g: torch.Generator, a: float, mode: FanMode, nonlinearity: Nonlinearity) -> None:
    init.kaiming_normal_(t, a=a, mode=mode, nonlinearity=nonlinearity, generator=g)


def _trunc_normal(t: torch.Tensor, g: torch.Generator, mean: float, std: float, a: float, b: float) -> None:
    init.trunc_normal_(t, mean, std, a, b, generator=g)


def _orthogonal(t: torch.Tensor, g: torch.Generator, gain: float) -> None:
    init.orthogonal_(t, gain=gain, generator=g)


def _sparse(t: torch.Tensor, g: torch.Generator, sparsity: float, std: float) -> None:
    init.sparse_(t, sparsity, std, generator=g)  # its row choice uses the global RNG, seeded by sample()


def _linear_default(t: torch.Tensor, g: torch.Generator) -> None:
    layer = nn.Linear(t.shape[1], t.shape[0], bias=False, device=t.device, dtype=t.dtype)
    t.copy_(layer.weight.detach())


def _conv2d_default(t: torch.Tensor, g: torch.Generator) -> None:
    layer = nn.Conv2d(t.shape[1], t.shape[0], (t.shape[2], t.shape[3]), bias=False, device=t.device, dtype=t.dtype)
    t.copy_(layer.weight.detach())


# ---- parameter checks ------------------------------------------------------------------------------------


def _check_a_below_b(owner: str) -> Callable[[dict[str, Any], tuple[int, ...]], None]:
    def check(p: dict[str, Any], shape: tuple[int, ...]) -> None:
        if p["a"] >= p["b"]:
            raise EngineError(f"{owner}.a", f"a ({p['a']:g}) must be below b ({p['b']:g})")

    return check


def _check_std_positive(owner: str) -> Callable[[dict[str, Any], tuple[int, ...]], None]:
    def check(p: dict[str, Any], shape: tuple[int, ...]) -> None:
        if p["std"] <= 0:
            raise EngineError(f"{owner}.std", f"must be above 0, got {p['std']:g}")

    return check


def _check_trunc_normal(p: dict[str, Any], shape: tuple[int, ...]) -> None:
    _check_std_positive("trunc_normal")(p, shape)
    _check_a_below_b("trunc_normal")(p, shape)
    mean, std, a, b = p["mean"], p["std"], p["a"], p["b"]
    if mean < a - 2 * std or mean > b + 2 * std:  # PyTorch warns that the values may then be incorrect
        raise EngineError("trunc_normal.mean", f"mean ({mean:g}) is more than 2 std from [a, b] = [{a:g}, {b:g}]")
    # PyTorch samples by rejection; refuse cases where almost every draw would be rejected.
    mass = big_phi((b - mean) / std) - big_phi((a - mean) / std)
    if mass <= 0.3:
        mode = max(a, min(mean, b))
        acceptance = mass * std * math.sqrt(2 * math.pi) / ((b - a) * math.exp(-0.5 * ((mode - mean) / std) ** 2))
        if acceptance < 1e-3:
            raise EngineError(
                "trunc_normal.std",
                f"std ({std:g}) is too small for [a, b] = [{a:g}, {b:g}]: "
                "PyTorch's rejection sampler would almost never accept a value",
            )


def _check_dirac(p: dict[str, Any], shape: tuple[int, ...]) -> None:
    if shape[0] % p["groups"]:
        raise EngineError("dirac.groups", f"the out channels ({shape[0]}) must be divisible by groups ({p['groups']})")


def _float(name: str, default: float, lo: float, hi: float, step: float, doc: str = "") -> Param:
    return Param(name, "float", default, lo, hi, step, doc=doc)


def _gain(doc: str = "scales the standard deviation") -> Param:
    return _float("gain", 1.0, 0.0, 10.0, 0.01, doc)


def _kaiming_params() -> tuple[Param, ...]:
    return (
        _float("a", 0.0, 0.0, 10.0, 0.01, "negative slope of the leaky ReLU after this layer (used by leaky_relu)"),
        Param(
            "mode", "choice", "fan_in", choices=FAN_MODES, doc="fan_in keeps the forward variance, fan_out the backward variance"
        ),
        Param(
            "nonlinearity",
            "choice",
            "leaky_relu",
            choices=NONLINEARITIES,
            doc="the activation after this layer; chooses the gain",
        ),
    )


# ---- the registry ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Initializer:
    """One way to fill a weight tensor and what the formulas say it draws."""

    id: str  # the torch.nn.init name without the trailing underscore
    name: str  # display name
    torch_name: str  # the torch code that runs, e.g. "torch.nn.init.kaiming_normal_"
    fn: Callable[..., object]  # fn(tensor, generator, **params) fills tensor in place (what it returns is unused)
    theory: Callable[[dict[str, Any], tuple[int, ...]], Theory]
    formula: str
    notes: str
    params: tuple[Param, ...] = ()
    ranks: tuple[int, ...] = (2, 3, 4, 5)  # tensor dimensions accepted
    gain: Callable[[dict[str, Any]], float | None] = no_gain
    gain_formula: Callable[[dict[str, Any]], str] = no_gain_formula  # where the gain comes from, e.g. calculate_gain('relu')
    check: Callable[[dict[str, Any], tuple[int, ...]], None] = _no_theory_check
    random: bool = True

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)


_ENTRIES = (
    Initializer(
        id="uniform",
        name="Uniform",
        torch_name="torch.nn.init.uniform_",
        fn=_uniform,
        params=(_float("a", 0.0, -100.0, 100.0, 0.1, "lower bound"), _float("b", 1.0, -100.0, 100.0, 0.1, "upper bound")),
        theory=lambda p, s: uniform_theory(p["a"], p["b"]),
        check=_check_a_below_b("uniform"),
        formula="W ~ U(a, b)",
        notes="every value in [a, b] equally likely; the scale ignores the layer size",
    ),
    Initializer(
        id="normal",
        name="Normal",
        torch_name="torch.nn.init.normal_",
        fn=_normal,
        params=(_float("mean", 0.0, -100.0, 100.0, 0.1), _float("std", 1.0, 0.0, 100.0, 0.01)),
        theory=lambda p, s: normal_theory(p["mean"], p["std"]),
        check=_check_std_positive("normal"),
        formula="W ~ N(mean, std²)",
        notes="a fixed std ignores the layer size: deep nets explode or vanish unless std ≈ gain/√fan_in "
        "(1/√fan_in for linear or tanh-like units, √(2/fan_in) for ReLU)",
    ),
    Initializer(
        id="constant",
        name="Constant",
        torch_name="torch.nn.init.constant_",
        fn=_constant,
        random=False,
        params=(_float("val", 0.5, -100.0, 100.0, 0.1, "the value of every weight"),),
        theory=lambda p, s: point_theory(p["val"]),
        formula="W = val",
        notes="all units of a layer compute the same thing and get the same gradient: symmetry is never broken",
    ),
    Initializer(
        id="ones",
        name="Ones",
        torch_name="torch.nn.init.ones_",
        fn=lambda t, g: init.ones_(t),
        random=False,
        theory=lambda p, s: point_theory(1.0),
        formula="W = 1",
        notes="a constant: no symmetry breaking, and the output grows with the layer width",
    ),
    Initializer(
        id="zeros",
        name="Zeros",
        torch_name="torch.nn.init.zeros_",
        fn=lambda t, g: init.zeros_(t),
        random=False,
        theory=lambda p, s: point_theory(0.0),
        formula="W = 0",
        notes="fine for biases; for weights every hidden unit stays identical, and if the biases are zero too a "
        "ReLU net gets no gradient at all",
    ),
    Initializer(
        id="eye",
        name="Identity (eye)",
        torch_name="torch.nn.init.eye_",
        fn=lambda t, g: init.eye_(t),
        random=False,
        ranks=(2,),
        theory=eye_theory,
        formula="W = I (ones on the diagonal)",
        notes="a Linear layer that passes its input through: keeps the identity in residual-style deep nets",
    ),
    Initializer(
        id="dirac",
        name="Dirac",
        torch_name="torch.nn.init.dirac_",
        fn=lambda t, g, groups: init.dirac_(t, groups),
        random=False,
        ranks=(3, 4, 5),
        params=(Param("groups", "int", 1, 1, 1024, 1, doc="number of groups"),),
        theory=dirac_theory,
        check=_check_dirac,
        formula="W[i, i, centre] = 1, else 0",
        notes="a convolution that copies its input channels: the identity for conv layers",
    ),
    Initializer(
        id="xavier_uniform",
        name="Xavier (Glorot) uniform",
        torch_name="torch.nn.init.xavier_uniform_",
        fn=_xavier_uniform,
        params=(_gain(),),
        gain=gain_param,
        gain_formula=argument_gain_formula,
        theory=lambda p, s: uniform_with_std(xavier_std(p, s), "Bound = gain·√(6 / (fan_in + fan_out))."),
        formula="W ~ U(−b, b), b = gain·√(6 / (fan_in + fan_out))",
        notes="Glorot & Bengio 2010: variance 2/(fan_in + fan_out) keeps activations and gradients steady "
        "for tanh-like units; ReLU nets fade with it",
    ),
    Initializer(
        id="xavier_normal",
        name="Xavier (Glorot) normal",
        torch_name="torch.nn.init.xavier_normal_",
        fn=_xavier_normal,
        params=(_gain(),),
        gain=gain_param,
        gain_formula=argument_gain_formula,
        theory=lambda p, s: normal_theory(0.0, xavier_std(p, s)),
        formula="W ~ N(0, std²), std = gain·√(2 / (fan_in + fan_out))",
        notes="Glorot & Bengio 2010: the compromise between forward (fan_in) and backward (fan_out) variance",
    ),
    Initializer(
        id="kaiming_uniform",
        name="Kaiming (He) uniform",
        torch_name="torch.nn.init.kaiming_uniform_",
        fn=_kaiming_uniform,
        params=_kaiming_params(),
        gain=kaiming_gain,
        gain_formula=kaiming_gain_formula,
        theory=lambda p, s: uniform_with_std(kaiming_std(p, s), "Bound = gain·√(3 / fan_mode)."),
        formula="W ~ U(−b, b), b = gain·√(3 / fan_mode)",
        notes="He et al. 2015: variance 2/fan_in keeps ReLU activations steady through depth",
    ),
    Initializer(
        id="kaiming_normal",
        name="Kaiming (He) normal",
        torch_name="torch.nn.init.kaiming_normal_",
        fn=_kaiming_normal,
        params=_kaiming_params(),
        gain=kaiming_gain,
        gain_formula=kaiming_gain_formula,
        theory=lambda p, s: normal_theory(0.0, kaiming_std(p, s)),
        formula="W ~ N(0, std²), std = gain / √fan_mode",
        notes="He et al. 2015: ReLU zeroes half its inputs, so the weights need twice the variance (gain √2)",
    ),
    Initializer(
        id="trunc_normal",
        name="Truncated normal",
        torch_name="torch.nn.init.trunc_normal_",
        fn=_trunc_normal,
        params=(
            _float("mean", 0.0, -100.0, 100.0, 0.1),
            _float("std", 1.0, 0.0, 100.0, 0.01),
            _float("a", -2.0, -100.0, 100.0, 0.1, "lower cut-off (absolute, not in std units)"),
            _float("b", 2.0, -100.0, 100.0, 0.1, "upper cut-off (absolute, not in std units)"),
        ),
        theory=lambda p, s: truncated_normal_theory(p["mean"], p["std"], p["a"], p["b"]),
        check=_check_trunc_normal,
        formula="W ~ N(mean, std²) redrawn until a ≤ W ≤ b",
        notes="no outliers; note a and b are absolute values, and the real std is below the std argument",
    ),
    Initializer(
        id="orthogonal",
        name="Orthogonal",
        torch_name="torch.nn.init.orthogonal_",
        fn=_orthogonal,
        params=(_gain(),),
        gain=gain_param,
        gain_formula=argument_gain_formula,
        theory=orthogonal_theory,
        formula="W = gain·Q, Q from the QR decomposition of a normal matrix",
        notes="Saxe et al. 2014: all singular values equal gain; with gain 1 and rows ≥ cols (a square or tall W) "
        "‖Wx‖ = ‖x‖ exactly, so a deep linear net preserves norms; a wide W (rows < cols) drops directions: "
        "256×512 keeps about √(256/512) ≈ 0.71 of a random input's norm",
    ),
    Initializer(
        id="sparse",
        name="Sparse",
        torch_name="torch.nn.init.sparse_",
        fn=_sparse,
        ranks=(2,),
        params=(
            _float("sparsity", 0.1, 0.0, 1.0, 0.01, "share of each column set to zero"),
            _float("std", 0.01, 0.0, 10.0, 0.001),
        ),
        theory=sparse_theory,
        formula="W ~ N(0, std²), then ⌈sparsity·rows⌉ entries of each column set to 0",
        notes="Martens 2010: ⌈sparsity·rows⌉ entries of every column are zero, so each input reaches the same "
        "number of units while the units (rows) keep varying numbers of inputs",
    ),
    Initializer(
        id="linear_default",
        name="PyTorch default for nn.Linear",
        torch_name="torch.nn.Linear",
        fn=_linear_default,
        ranks=(2,),
        gain=default_gain,
        gain_formula=default_gain_formula,
        theory=default_theory,
        formula="W ~ U(−1/√fan_in, 1/√fan_in)  (kaiming_uniform_ with a = √5)",
        notes="variance 1/(3·fan_in): a sixth of the 2/fan_in ReLU needs, so in a deep ReLU net built with the "
        "defaults the activations' std shrinks ×1/√6 ≈ 0.408 per layer",
    ),
    Initializer(
        id="conv2d_default",
        name="PyTorch default for nn.Conv2d",
        torch_name="torch.nn.Conv2d",
        fn=_conv2d_default,
        ranks=(4,),
        gain=default_gain,
        gain_formula=default_gain_formula,
        theory=default_theory,
        formula="W ~ U(−1/√fan_in, 1/√fan_in), fan_in = in·kh·kw  (kaiming_uniform_ with a = √5)",
        notes="the same rule as nn.Linear, with the kernel's receptive field counted in fan_in",
    ),
)

INITIALIZERS: dict[str, Initializer] = {i.id: i for i in _ENTRIES}


def get_initializer(init_id: str) -> Initializer:
    try:
        return INITIALIZERS[init_id]
    except KeyError:
        raise EngineError("init", f"unknown initialiser {clipped(init_id)} (choose {', '.join(INITIALIZERS)})") from None


# ---- validation ------------------------------------------------------------------------------------------


def check_shape(shape: Sequence[int], owner: Initializer | None = None) -> tuple[int, ...]:
    """A validated weight shape: 2 to 5 positive whole numbers, at most MAX_VALUES values."""
    try:
        dims = tuple(shape)
    except TypeError:
        raise EngineError("shape", f"expected a sequence of sizes, got {shape!r}") from None
    if not 2 <= len(dims) <= 5:
        raise EngineError("shape", f"needs 2 to 5 sizes (Linear: out, in; Conv2d: out, in, kh, kw), got {len(dims)}")
    for d in dims:
        if isinstance(d, bool) or not isinstance(d, (int, np.integer)) or d < 1:
            raise EngineError("shape", f"sizes must be whole numbers of 1 or more, got {d!r}")
    dims = tuple(int(d) for d in dims)
    total = math.prod(dims)
    if total > MAX_VALUES:
        raise EngineError("shape", f"{'×'.join(map(str, dims))} is {total:,} values; the most is {MAX_VALUES:,}")
    if owner is not None and len(dims) not in owner.ranks:
        need = " or ".join(f"{r}-D" for r in owner.ranks)
        raise EngineError("shape", f"{owner.id} needs a {need} weight, got {len(dims)}-D {'×'.join(map(str, dims))}")
    return dims


def check_seed(seed: object) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not 0 <= seed <= MAX_SEED:
        raise EngineError("seed", f"expected a whole number from 0 to 2^63 − 1, got {seed!r}")
    return int(seed)


def checked_init_params(
    init_id: str, params: Mapping[str, Any] | None, shape: Sequence[int]
) -> tuple[Initializer, dict[str, Any], tuple[int, ...]]:
    """The entry, its full validated parameters and the validated shape."""
    entry = get_initializer(init_id)
    dims = check_shape(shape, entry)
    values = validate(entry.params, params, owner=entry.id)
    entry.check(values, dims)
    return entry, values, dims


def theory(init_id: str, params: Mapping[str, Any] | None, shape: Sequence[int]) -> Theory:
    """The theoretical distribution of ``init_id`` for a weight of ``shape``."""
    entry, values, dims = checked_init_params(init_id, params, shape)
    return entry.theory(values, dims)
