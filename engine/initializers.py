"""The registry of weight initialisers: every ``torch.nn.init`` function and PyTorch's layer defaults.

One :class:`Initializer` per scheme holds the torch code that fills a weight tensor,
its parameters (PyTorch's keyword names), the tensor ranks it accepts, and the
theory of the distribution it draws from (mean, std, support and density, from the
formulas in the PyTorch documentation, He et al. 2015 and Glorot & Bengio 2010).
The GUI panels, the command line and the tests are generated from
:data:`INITIALIZERS`; add a scheme here and nowhere else.

:func:`sample` fills a tensor of a chosen shape with a seed and summarises it;
:func:`histogram` bins the values with the theoretical density at each bin centre.
Strings are English source text, translated by the GUI (context ``"engine"``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn
import torch.nn.init as init

from engine.devices import run_placed
from engine.errors import EngineError
from engine.params import Param, validate

MAX_VALUES = 20_000_000  # the largest weight tensor sampled at once (80 MB in float32)
MAX_BINS = 10_000
MAX_SEED = 2**63 - 1

#: ``calculate_gain``'s nonlinearities, in the order of its documentation table.
NONLINEARITIES = (
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
)
FAN_MODES = ("fan_in", "fan_out")

#: The shapes of the distributions the theory describes.
THEORY_KINDS = ("uniform", "normal", "truncated normal", "approximately normal", "point mass", "two values", "spike and normal")


# ---- theory ----------------------------------------------------------------------------------------------


def _phi(z: float) -> float:
    return math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def _big_phi(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


@dataclass(frozen=True)
class Theory:
    """What the formulas say about the values an initialiser draws.

    ``low``/``high`` bound the support (``None``: unbounded). ``loc``/``scale`` are
    the underlying normal's parameters for the normal-like kinds. ``zero_fraction``
    is the expected share of exact zeros (a spike at 0). ``pdf`` is the density of
    the continuous part; kinds without one (point masses) return ``None``.
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
        return self.kind in ("uniform", "normal", "truncated normal", "approximately normal", "spike and normal")

    def pdf(self, x: np.ndarray) -> np.ndarray | None:
        """The density at ``x`` (of the continuous part for a spike and normal), or None."""
        x = np.asarray(x, dtype=np.float64)
        if self.kind == "uniform":
            inside = (x >= self.low) & (x <= self.high)
            return np.where(inside, 1.0 / (self.high - self.low), 0.0)
        if not self.has_density or self.scale <= 0:
            return None
        z = (x - self.loc) / self.scale
        dens = np.exp(-0.5 * z * z) / (self.scale * math.sqrt(2.0 * math.pi))
        if self.kind == "truncated normal":
            mass = _big_phi((self.high - self.loc) / self.scale) - _big_phi((self.low - self.loc) / self.scale)
            return np.where((x >= self.low) & (x <= self.high), dens / mass, 0.0)
        if self.kind == "spike and normal":
            return (1.0 - self.zero_fraction) * dens
        return dens


def uniform_theory(low: float, high: float, note: str = "") -> Theory:
    """U(low, high): mean (a+b)/2, std (b-a)/√12."""
    return Theory("uniform", 0.5 * (low + high), (high - low) / math.sqrt(12.0), low, high, note=note)


def normal_theory(mean: float, std: float, note: str = "") -> Theory:
    return Theory("normal", mean, std, loc=mean, scale=std, note=note)


def truncated_normal_theory(mean: float, std: float, a: float, b: float) -> Theory:
    """N(mean, std²) conditioned on [a, b]: its real mean and std differ from the arguments."""
    alpha, beta = (a - mean) / std, (b - mean) / std
    mass = _big_phi(beta) - _big_phi(alpha)
    shift = (_phi(alpha) - _phi(beta)) / mass
    var = std * std * (1.0 + (alpha * _phi(alpha) - beta * _phi(beta)) / mass - shift * shift)
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


def point_theory(value: float) -> Theory:
    return Theory(
        "point mass",
        value,
        0.0,
        value,
        value,
        zero_fraction=1.0 if value == 0 else 0.0,
        note="Every weight is equal: a spike, no density.",
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


def _fan(shape, mode: str) -> int:
    fan_in, fan_out = fans(shape)
    return fan_in if mode == "fan_in" else fan_out


def _kaiming_gain(p: dict) -> float:
    return calculate_gain(p["nonlinearity"], p["a"])


def _gain_param(p: dict) -> float:
    return p["gain"]


DEFAULT_A = math.sqrt(5.0)  # nn.Linear / nn.Conv2d: kaiming_uniform_(weight, a=sqrt(5))


def _default_gain(p: dict) -> float:
    return calculate_gain("leaky_relu", DEFAULT_A)


def _no_gain(p: dict) -> None:
    return None


def _kaiming_gain_formula(p: dict) -> str:
    if p["nonlinearity"] == "leaky_relu":
        return f"calculate_gain('leaky_relu', {p['a']:g})"
    return f"calculate_gain('{p['nonlinearity']}')"


def _argument_gain_formula(p: dict) -> str:
    return "gain (the argument)"


def _default_gain_formula(p: dict) -> str:
    return "calculate_gain('leaky_relu', √5)"


def _no_gain_formula(p: dict) -> str:
    return ""


def _no_theory_check(p: dict, shape: tuple[int, ...]) -> None:
    return None


# ---- the torch calls -------------------------------------------------------------------------------------


def _uniform(t, g, a, b):
    init.uniform_(t, a, b, generator=g)


def _normal(t, g, mean, std):
    init.normal_(t, mean, std, generator=g)


def _constant(t, g, val):
    init.constant_(t, val)


def _xavier_uniform(t, g, gain):
    init.xavier_uniform_(t, gain=gain, generator=g)


def _xavier_normal(t, g, gain):
    init.xavier_normal_(t, gain=gain, generator=g)


def _kaiming_uniform(t, g, a, mode, nonlinearity):
    init.kaiming_uniform_(t, a=a, mode=mode, nonlinearity=nonlinearity, generator=g)


def _kaiming_normal(t, g, a, mode, nonlinearity):
    init.kaiming_normal_(t, a=a, mode=mode, nonlinearity=nonlinearity, generator=g)


def _trunc_normal(t, g, mean, std, a, b):
    init.trunc_normal_(t, mean, std, a, b, generator=g)


def _orthogonal(t, g, gain):
    init.orthogonal_(t, gain=gain, generator=g)


def _sparse(t, g, sparsity, std):
    init.sparse_(t, sparsity, std, generator=g)  # its row choice uses the global RNG, seeded by sample()


def _linear_default(t, g):
    layer = nn.Linear(t.shape[1], t.shape[0], bias=False, device=t.device, dtype=t.dtype)
    t.copy_(layer.weight.detach())


def _conv2d_default(t, g):
    layer = nn.Conv2d(t.shape[1], t.shape[0], tuple(t.shape[2:]), bias=False, device=t.device, dtype=t.dtype)
    t.copy_(layer.weight.detach())


# ---- per-scheme theory -----------------------------------------------------------------------------------


def _xavier_std(p, shape):
    fan_in, fan_out = fans(shape)
    return p["gain"] * math.sqrt(2.0 / (fan_in + fan_out))


def _kaiming_std(p, shape):
    return _kaiming_gain(p) / math.sqrt(_fan(shape, p["mode"]))


def _uniform_with_std(std: float, note: str) -> Theory:
    bound = math.sqrt(3.0) * std
    return uniform_theory(-bound, bound, note)


def _eye_theory(p, shape):
    return ones_share_theory(min(shape), math.prod(shape), "Identity: ones on the diagonal, zeros elsewhere.")


def _dirac_theory(p, shape):
    groups = p["groups"]
    ones = groups * min(shape[0] // groups, shape[1])
    return ones_share_theory(ones, math.prod(shape), "One 1 per output channel at the kernel centre: the identity convolution.")


def _orthogonal_theory(p, shape):
    rows = shape[0]
    cols = math.prod(shape) // rows
    std = p["gain"] * math.sqrt(min(rows, cols) / (rows * cols))
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


def _sparse_theory(p, shape):
    rows = shape[0]
    zeros = math.ceil(p["sparsity"] * rows) / rows
    return Theory(
        "spike and normal",
        0.0,
        p["std"] * math.sqrt(1.0 - zeros),
        loc=0.0,
        scale=p["std"],
        zero_fraction=zeros,
        note="A share ⌈sparsity·rows⌉/rows of each column set to zero, the rest N(0, std²).",
    )


def _default_theory(p, shape):
    fan_in, _ = fans(shape)
    bound = 1.0 / math.sqrt(fan_in)
    return uniform_theory(
        -bound, bound, "kaiming_uniform_(a=√5): U(−1/√fan_in, 1/√fan_in); the bias is drawn from the same range."
    )


# ---- parameter checks ------------------------------------------------------------------------------------


def _check_a_below_b(owner):
    def check(p, shape):
        if p["a"] >= p["b"]:
            raise EngineError(f"{owner}.a", f"a ({p['a']:g}) must be below b ({p['b']:g})")

    return check


def _check_std_positive(owner):
    def check(p, shape):
        if p["std"] <= 0:
            raise EngineError(f"{owner}.std", f"must be above 0, got {p['std']:g}")

    return check


def _check_trunc_normal(p, shape):
    _check_std_positive("trunc_normal")(p, shape)
    _check_a_below_b("trunc_normal")(p, shape)
    mean, std, a, b = p["mean"], p["std"], p["a"], p["b"]
    if mean < a - 2 * std or mean > b + 2 * std:  # PyTorch warns that the values may then be incorrect
        raise EngineError("trunc_normal.mean", f"mean ({mean:g}) is more than 2 std from [a, b] = [{a:g}, {b:g}]")
    # PyTorch samples by rejection; refuse cases where almost every draw would be rejected.
    mass = _big_phi((b - mean) / std) - _big_phi((a - mean) / std)
    if mass <= 0.3:
        mode = max(a, min(mean, b))
        acceptance = mass * std * math.sqrt(2 * math.pi) / ((b - a) * math.exp(-0.5 * ((mode - mean) / std) ** 2))
        if acceptance < 1e-3:
            raise EngineError(
                "trunc_normal.std",
                f"std ({std:g}) is too small for [a, b] = [{a:g}, {b:g}]: "
                "PyTorch's rejection sampler would almost never accept a value",
            )


def _check_dirac(p, shape):
    if shape[0] % p["groups"]:
        raise EngineError("dirac.groups", f"the out channels ({shape[0]}) must be divisible by groups ({p['groups']})")


def _float(name, default, lo, hi, step, doc=""):
    return Param(name, "float", default, lo, hi, step, doc=doc)


def _gain(doc="scales the standard deviation"):
    return _float("gain", 1.0, 0.0, 10.0, 0.01, doc)


def _kaiming_params():
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
    fn: Callable[..., None]  # fn(tensor, generator, **params) fills tensor in place
    theory: Callable[[dict, tuple[int, ...]], Theory]
    formula: str
    notes: str
    params: tuple[Param, ...] = ()
    ranks: tuple[int, ...] = (2, 3, 4, 5)  # tensor dimensions accepted
    gain: Callable[[dict], float | None] = _no_gain
    gain_formula: Callable[[dict], str] = _no_gain_formula  # where the gain comes from, e.g. calculate_gain('relu')
    check: Callable[[dict, tuple[int, ...]], None] = _no_theory_check
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
        notes="a fixed std ignores the layer size: deep nets explode or vanish unless std ≈ 1/√fan_in",
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
        notes="fine for biases; for weights every hidden unit stays identical (and ReLU nets get no gradient)",
    ),
    Initializer(
        id="eye",
        name="Identity (eye)",
        torch_name="torch.nn.init.eye_",
        fn=lambda t, g: init.eye_(t),
        random=False,
        ranks=(2,),
        theory=_eye_theory,
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
        theory=_dirac_theory,
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
        gain=_gain_param,
        gain_formula=_argument_gain_formula,
        theory=lambda p, s: _uniform_with_std(_xavier_std(p, s), "Bound = gain·√(6 / (fan_in + fan_out))."),
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
        gain=_gain_param,
        gain_formula=_argument_gain_formula,
        theory=lambda p, s: normal_theory(0.0, _xavier_std(p, s)),
        formula="W ~ N(0, std²), std = gain·√(2 / (fan_in + fan_out))",
        notes="Glorot & Bengio 2010: the compromise between forward (fan_in) and backward (fan_out) variance",
    ),
    Initializer(
        id="kaiming_uniform",
        name="Kaiming (He) uniform",
        torch_name="torch.nn.init.kaiming_uniform_",
        fn=_kaiming_uniform,
        params=_kaiming_params(),
        gain=_kaiming_gain,
        gain_formula=_kaiming_gain_formula,
        theory=lambda p, s: _uniform_with_std(_kaiming_std(p, s), "Bound = gain·√(3 / fan_mode)."),
        formula="W ~ U(−b, b), b = gain·√(3 / fan_mode)",
        notes="He et al. 2015: variance 2/fan_in keeps ReLU activations steady through depth",
    ),
    Initializer(
        id="kaiming_normal",
        name="Kaiming (He) normal",
        torch_name="torch.nn.init.kaiming_normal_",
        fn=_kaiming_normal,
        params=_kaiming_params(),
        gain=_kaiming_gain,
        gain_formula=_kaiming_gain_formula,
        theory=lambda p, s: normal_theory(0.0, _kaiming_std(p, s)),
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
        gain=_gain_param,
        gain_formula=_argument_gain_formula,
        theory=_orthogonal_theory,
        formula="W = gain·Q, Q from the QR decomposition of a normal matrix",
        notes="Saxe et al. 2014: all singular values equal gain, so a linear deep net preserves norms exactly",
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
        theory=_sparse_theory,
        formula="W ~ N(0, std²), then ⌈sparsity·rows⌉ entries of each column set to 0",
        notes="Martens 2010: each unit sees only some inputs",
    ),
    Initializer(
        id="linear_default",
        name="PyTorch default for nn.Linear",
        torch_name="torch.nn.Linear",
        fn=_linear_default,
        ranks=(2,),
        gain=_default_gain,
        gain_formula=_default_gain_formula,
        theory=_default_theory,
        formula="W ~ U(−1/√fan_in, 1/√fan_in)  (kaiming_uniform_ with a = √5)",
        notes="variance 1/(3·fan_in): a third of what ReLU needs, so deep nets built with the defaults fade",
    ),
    Initializer(
        id="conv2d_default",
        name="PyTorch default for nn.Conv2d",
        torch_name="torch.nn.Conv2d",
        fn=_conv2d_default,
        ranks=(4,),
        gain=_default_gain,
        gain_formula=_default_gain_formula,
        theory=_default_theory,
        formula="W ~ U(−1/√fan_in, 1/√fan_in), fan_in = in·kh·kw  (kaiming_uniform_ with a = √5)",
        notes="the same rule as nn.Linear, with the kernel's receptive field counted in fan_in",
    ),
)

INITIALIZERS: dict[str, Initializer] = {i.id: i for i in _ENTRIES}


def get_initializer(init_id: str) -> Initializer:
    try:
        return INITIALIZERS[init_id]
    except KeyError:
        raise EngineError("init", f"unknown initialiser {init_id!r} (choose {', '.join(INITIALIZERS)})") from None


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


def check_seed(seed) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not 0 <= seed <= MAX_SEED:
        raise EngineError("seed", f"expected a whole number from 0 to 2^63 − 1, got {seed!r}")
    return int(seed)


def checked_init_params(init_id: str, params: Mapping | None, shape: Sequence[int]) -> tuple[Initializer, dict, tuple]:
    """The entry, its full validated parameters and the validated shape."""
    entry = get_initializer(init_id)
    dims = check_shape(shape, entry)
    values = validate(entry.params, params, owner=entry.id)
    entry.check(values, dims)
    return entry, values, dims


def theory(init_id: str, params: Mapping | None, shape: Sequence[int]) -> Theory:
    """The theoretical distribution of ``init_id`` for a weight of ``shape``."""
    entry, values, dims = checked_init_params(init_id, params, shape)
    return entry.theory(values, dims)


# ---- sampling --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InitSample:
    """A weight tensor drawn by PyTorch (flattened) with its summary and theory."""

    init: str
    params: dict
    shape: tuple[int, ...]
    seed: int
    values: np.ndarray  # flattened, in the sampling dtype
    mean: float
    std: float  # of the sampled values (population std, ddof = 0)
    min: float
    max: float
    zero_fraction: float
    fan_in: int
    fan_out: int
    gain: float | None
    theory: Theory
    device: str
    dtype: str
    fallback_reason: str | None = None

    @property
    def count(self) -> int:
        return int(self.values.size)


def _fill(entry: Initializer, values: dict, dims: tuple, seed: int, dev: torch.device, tdtype: torch.dtype):
    tensor = torch.empty(dims, dtype=tdtype, device=dev)
    gen = torch.Generator(device=dev).manual_seed(seed)
    cuda = [dev.index or 0] if dev.type == "cuda" else []
    with torch.random.fork_rng(devices=cuda), torch.no_grad():  # sparse_ and the layer defaults use the global RNG
        torch.manual_seed(seed)
        entry.fn(tensor, gen, **values)
    return tensor


def fill(init_id: str, tensor: torch.Tensor, params: Mapping | None = None, generator: torch.Generator | None = None):
    """Fill an existing weight ``tensor`` in place with ``init_id`` (used by the depth experiment)."""
    entry, values, _ = checked_init_params(init_id, params, tuple(tensor.shape))
    with torch.no_grad():
        entry.fn(tensor, generator, **values)
    return tensor


SAMPLE_DTYPES = ("float32", "float64")  # the precisions weights are drawn in (what layers are trained in)


_CHUNK = 1 << 20  # values per float64 block in summarize (8 MiB; few blocks: each numpy call may wait for the GIL)


def summarize(values: np.ndarray) -> tuple[float, float, float, float, float]:
    """Mean, population std (ddof 0), min, max and share of zeros of ``values``, summed in float64.

    Two passes, as ``torch.std`` does (a constant tensor has std exactly 0), with the deviations
    squared block by block in a float64 buffer of at most 8 MiB: no float64 copy of a 1e7-value
    tensor, and no multi-threaded reductions (on a busy 2-core laptop those stall for milliseconds).
    """
    n = values.size
    mean = float(values.mean(dtype=np.float64))
    block = np.empty(min(n, _CHUNK), dtype=np.float64)
    squares = 0.0
    for start in range(0, n, _CHUNK):
        part = block[: min(_CHUNK, n - start)]
        np.subtract(values[start : start + _CHUNK], mean, out=part, dtype=np.float64)
        squares += float(np.dot(part, part))
    return mean, math.sqrt(squares / n), float(values.min()), float(values.max()), 1.0 - np.count_nonzero(values) / n


def sample(
    init_id: str,
    shape: Sequence[int],
    params: Mapping | None = None,
    seed: int = 0,
    device: str = "cpu",
    dtype: str = "float32",
) -> InitSample:
    """Fill a weight of ``shape`` with ``init_id`` (seeded) and summarise the values."""
    entry, values, dims = checked_init_params(init_id, params, shape)
    seed = check_seed(seed)
    if dtype not in SAMPLE_DTYPES:
        raise EngineError("dtype", f"sampling supports {' and '.join(SAMPLE_DTYPES)}, got {dtype!r}")
    fan_in, fan_out = fans(dims)

    def compute(dev, tdtype):
        return _fill(entry, values, dims, seed, dev, tdtype).reshape(-1).cpu().numpy()

    flat, placement = run_placed(device, dtype, compute)
    mean, std, lo, hi, zeros = summarize(flat)
    return InitSample(
        entry.id,
        values,
        dims,
        seed,
        flat,
        mean,
        std,
        lo,
        hi,
        zeros,
        fan_in,
        fan_out,
        entry.gain(values),
        entry.theory(values, dims),
        placement.device,
        placement.dtype,
        placement.fallback_reason,
    )


# ---- histograms ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Histogram:
    """Counts of sampled values in equal bins, the empirical density and the theory's."""

    edges: np.ndarray  # bins + 1
    counts: np.ndarray  # bins, int64
    density: np.ndarray  # counts / (total · width)
    pdf: np.ndarray | None  # theoretical density at the bin centres; None where the theory has none

    @property
    def centres(self) -> np.ndarray:
        return 0.5 * (self.edges[:-1] + self.edges[1:])


def histogram_range(samples: Sequence[InitSample], pad: float = 0.04) -> tuple[float, float]:
    """A common x range showing every sample and each bounded theory's support, slightly padded."""
    lows, highs = [], []
    for s in samples:
        lows.append(s.min)
        highs.append(s.max)
        if s.theory.low is not None and s.theory.high is not None:
            lows.append(s.theory.low)
            highs.append(s.theory.high)
    lo, hi = min(lows), max(highs)
    if hi - lo <= 1e-6 * max(1.0, abs(lo)):  # a point mass (float32 rounding may split it by an ulp)
        half = max(0.5, abs(lo) * 0.5)
        return lo - half, hi + half
    margin = pad * (hi - lo)
    return lo - margin, hi + margin


def check_bins(bins) -> int:
    if isinstance(bins, bool) or not isinstance(bins, (int, np.integer)) or not 1 <= bins <= MAX_BINS:
        raise EngineError("bins", f"expected a whole number from 1 to {MAX_BINS:,}, got {bins!r}")
    return int(bins)


def histogram(s: InitSample, bins: int = 100, value_range: tuple[float, float] | None = None) -> Histogram:
    """Bin ``s.values`` into ``bins`` equal bins over ``value_range`` (default: :func:`histogram_range`)."""
    bins = check_bins(bins)
    lo, hi = value_range if value_range is not None else histogram_range([s])
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise EngineError("range", f"expected a finite range with low < high, got ({lo!r}, {hi!r})")
    # float64 range: numpy then bins float32 samples against float64 edges (block by block, no copy)
    counts, edges = np.histogram(s.values, bins=bins, range=(np.float64(lo), np.float64(hi)))
    widths = np.diff(edges)
    density = counts / (max(s.count, 1) * widths)
    centres = 0.5 * (edges[:-1] + edges[1:])
    return Histogram(edges, counts.astype(np.int64), density, s.theory.pdf(centres))
