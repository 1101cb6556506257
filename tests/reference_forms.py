"""Closed forms of every elementwise activation and its first two derivatives, in numpy.

Written from the formulas in the PyTorch documentation (torch.nn activation pages),
independently of torch: the tests compare the engine's autograd results with these.
Each entry maps an activation id to ``(f, df, d2f)``, functions of ``(x, **params)``.
"""

from __future__ import annotations

import math

import numpy as np

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
_erf = np.vectorize(math.erf)


def _sig(x):
    return np.exp(-np.logaddexp(0.0, -x))


def _Phi(x):
    return 0.5 * (1.0 + _erf(x / math.sqrt(2.0)))


def _phi(x):
    return np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)


def _zero(x, **_):
    return np.zeros_like(x)


def _piecewise_linear(neg_slope):
    return (
        lambda x, **p: np.where(x >= 0, x, neg_slope(p) * x),
        lambda x, **p: np.where(x > 0, 1.0, neg_slope(p)),
        _zero,
    )


def _gelu(x, approximate):
    if approximate == "none":
        return x * _Phi(x), _Phi(x) + x * _phi(x), _phi(x) * (2.0 - x * x)
    k, c = math.sqrt(2.0 / math.pi), 0.044715
    u, du, d2u = k * (x + c * x**3), k * (1.0 + 3.0 * c * x * x), 6.0 * k * c * x
    t = np.tanh(u)
    sech2 = 1.0 - t * t
    f = 0.5 * x * (1.0 + t)
    df = 0.5 * (1.0 + t) + 0.5 * x * sech2 * du
    d2f = sech2 * du + 0.5 * x * (-2.0 * t * sech2 * du * du + sech2 * d2u)
    return f, df, d2f


def _mish(x):
    s = _sig(x)
    t = np.tanh(np.logaddexp(0.0, x))
    sech2 = 1.0 - t * t
    return x * t, t + x * sech2 * s, 2.0 * sech2 * s + x * (-2.0 * t * sech2 * s * s + sech2 * s * (1.0 - s))


def _softplus(x, beta, threshold):
    lin = beta * x > threshold
    s = _sig(beta * x)
    return (
        np.where(lin, x, np.logaddexp(0.0, beta * x) / beta),
        np.where(lin, 1.0, s),
        np.where(lin, 0.0, beta * s * (1.0 - s)),
    )


def _triple(fn):
    """Split a function returning (f, df, d2f) into three functions."""

    def component(i):
        return lambda x, **p: fn(x, **p)[i]

    return tuple(component(i) for i in range(3))


REFERENCE = {
    "relu": (lambda x: np.maximum(x, 0.0), lambda x: (x > 0).astype(float), _zero),
    "leaky_relu": _piecewise_linear(lambda p: p["negative_slope"]),
    "prelu": _piecewise_linear(lambda p: p["init"]),
    "rrelu": _piecewise_linear(lambda p: (p["lower"] + p["upper"]) / 2.0),
    "relu6": (lambda x: np.clip(x, 0.0, 6.0), lambda x: ((x > 0) & (x < 6)).astype(float), _zero),
    "threshold": (
        lambda x, threshold, value: np.where(x > threshold, x, value),
        lambda x, threshold, value: (x > threshold).astype(float),
        _zero,
    ),
    "hardswish": (
        lambda x: np.where(x <= -3, 0.0, np.where(x >= 3, x, x * (x + 3) / 6)),
        lambda x: np.where(x < -3, 0.0, np.where(x > 3, 1.0, (2 * x + 3) / 6)),
        lambda x: np.where(np.abs(x) < 3, 1.0 / 3.0, 0.0),
    ),
    "elu": (
        lambda x, alpha: np.where(x > 0, x, alpha * np.expm1(x)),
        lambda x, alpha: np.where(x > 0, 1.0, alpha * np.exp(x)),
        lambda x, alpha: np.where(x > 0, 0.0, alpha * np.exp(x)),
    ),
    "celu": (
        lambda x, alpha: np.where(x > 0, x, alpha * np.expm1(x / alpha)),
        lambda x, alpha: np.where(x > 0, 1.0, np.exp(x / alpha)),
        lambda x, alpha: np.where(x > 0, 0.0, np.exp(x / alpha) / alpha),
    ),
    "selu": (
        lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(x)),
        lambda x: SELU_SCALE * np.where(x > 0, 1.0, SELU_ALPHA * np.exp(x)),
        lambda x: SELU_SCALE * np.where(x > 0, 0.0, SELU_ALPHA * np.exp(x)),
    ),
    "gelu": _triple(_gelu),
    "silu": (
        lambda x: x * _sig(x),
        lambda x: _sig(x) * (1 + x * (1 - _sig(x))),
        lambda x: _sig(x) * (1 - _sig(x)) * (2 + x * (1 - 2 * _sig(x))),
    ),
    "mish": _triple(_mish),
    "softplus": _triple(_softplus),
    "sigmoid": (
        _sig,
        lambda x: _sig(x) * (1 - _sig(x)),
        lambda x: _sig(x) * (1 - _sig(x)) * (1 - 2 * _sig(x)),
    ),
    "tanh": (np.tanh, lambda x: 1 - np.tanh(x) ** 2, lambda x: -2 * np.tanh(x) * (1 - np.tanh(x) ** 2)),
    "hardtanh": (
        lambda x, min_val, max_val: np.clip(x, min_val, max_val),
        lambda x, min_val, max_val: ((x > min_val) & (x < max_val)).astype(float),
        _zero,
    ),
    "hardsigmoid": (
        lambda x: np.clip(x / 6 + 0.5, 0.0, 1.0),
        lambda x: np.where(np.abs(x) < 3, 1.0 / 6.0, 0.0),
        _zero,
    ),
    "softsign": (
        lambda x: x / (1 + np.abs(x)),
        lambda x: 1 / (1 + np.abs(x)) ** 2,
        lambda x: -2 * np.sign(x) / (1 + np.abs(x)) ** 3,
    ),
    "logsigmoid": (lambda x: -np.logaddexp(0.0, -x), lambda x: _sig(-x), lambda x: -_sig(x) * _sig(-x)),
    "tanhshrink": (
        lambda x: x - np.tanh(x),
        lambda x: np.tanh(x) ** 2,
        lambda x: 2 * np.tanh(x) * (1 - np.tanh(x) ** 2),
    ),
    "softshrink": (
        lambda x, lambd: np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0.0)),
        lambda x, lambd: (np.abs(x) > lambd).astype(float),
        _zero,
    ),
    "hardshrink": (
        lambda x, lambd: np.where(np.abs(x) > lambd, x, 0.0),
        lambda x, lambd: (np.abs(x) > lambd).astype(float),
        _zero,
    ),
    "identity": (lambda x: x.copy(), lambda x: np.ones_like(x), _zero),
}

# Points, besides the kinks of f, where a closed form switches branch: f'' jumps
# (ELU and CELU at 0) or the implementation turns linear (softplus's threshold).
# Kept out of the smooth comparisons.
BRANCH_SWITCHES = {
    "elu": lambda p: (0.0,),
    "celu": lambda p: (0.0,),
    "softplus": lambda p: (p["threshold"] / p["beta"],),
}

# A non-default value for every parameter of every activation that has one.
NON_DEFAULT = {
    "leaky_relu": {"negative_slope": 0.2},
    "prelu": {"init": 0.1},
    "rrelu": {"lower": 0.05, "upper": 0.4, "training": False},
    "threshold": {"threshold": -0.5, "value": 2.0},
    "elu": {"alpha": 0.5},
    "celu": {"alpha": 0.7},
    "gelu": {"approximate": "tanh"},
    "softplus": {"beta": 2.0, "threshold": 5.0},
    "hardtanh": {"min_val": -2.0, "max_val": 0.5},
    "softshrink": {"lambd": 1.2},
    "hardshrink": {"lambd": 0.8},
}


def max_rel_error(got, want) -> float:
    """Largest error, relative where |want| >= 1 and absolute where |want| < 1."""
    got, want = np.asarray(got), np.asarray(want)
    return float(np.max(np.abs(got - want) / np.maximum(1.0, np.abs(want))))
