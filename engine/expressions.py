"""Typed formula activations: ``x*sigmoid(beta*x)`` becomes a curve with sliders, derivatives and kinks.

:func:`compile_expression` checks a formula and returns an :class:`Expression`, used
like a registry activation: ``torch_fn(x, **params)``, ``parameters`` (a slider
each, default 1.0, range -10…10 the user may widen), ``kinks(params)`` and
:meth:`Expression.as_activation`, which :func:`engine.evaluate.evaluate` takes like a
registry id (through :mod:`engine.resolve`, which also keeps formulas compiled).
The text is checked and compiled by :mod:`engine.expression_compiler`, never run.

Grammar (Python syntax, whitelisted; anything else is refused with its column)::

    expr  := number | x | pi | e | NAME            NAME: a parameter (not _-prefixed, not reserved)
           | expr (+ | - | * | / | **) expr | -expr | +expr | ( expr )
           | FUNC(expr)                            exp log log1p expm1 sqrt abs sign sin cos tan tanh
                                                   sinh cosh atan erf erfc sigmoid softplus relu
           | min(expr, expr, ...) | max(expr, expr, ...) | clamp(expr, low, high)
           | where(cond, expr, expr)
           | ACT(expr, KEY=value, ...)             every elementwise registry activation by id; value:
                                                   a number, a parameter NAME, a choice string, True/False
    cond  := expr CMP expr [CMP expr ...]          CMP: < <= > >= == !=; chained means "and": 0 < x < 6

Limits: 500 characters, printable ASCII without backslashes, brackets and tree
nesting at most 40 deep, at most 250 tree nodes, 16 parameters.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import torch

from engine.activations import Activation
from engine.errors import EngineError
from engine.expression_compiler import FIELD, Compiled, Env, ExpressionError, compile_text
from engine.expression_kinks import KinkScan, scan
from engine.params import Param, validate

__all__ = [
    "FORMULA_PRESETS",
    "Expression",
    "ExpressionError",
    "FormulaPreset",
    "compile_expression",
    "get_formula_preset",
]

ID_PREFIX = "formula: "
DEFAULT_VALUE = 1.0
DEFAULT_RANGE = (-10.0, 10.0)
KINK_RANGE = (-20.0, 20.0)
KINK_POINTS = 4001


@dataclass(frozen=True)
class Expression:
    """A checked, compiled formula in ``x``; build one with :func:`compile_expression`."""

    text: str
    parameters: tuple[Param, ...]
    compiled: Compiled = field(repr=False, compare=False)
    limits: Mapping[str, tuple[float, float]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def id(self) -> str:
        """An id that cannot collide with a registry id: ``"formula: " + text``."""
        return ID_PREFIX + self.text

    @property
    def parameter_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.parameters)

    def checked(self, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Full parameter dict (defaults filled in), or EngineError naming the parameter."""
        return validate(self.parameters, params, owner=FIELD)

    def torch_fn(self, x: torch.Tensor, **params: Any) -> torch.Tensor:
        """f(x) elementwise, with the tensor's dtype and device; differentiable by autograd."""
        return self.run(x, self.checked(params))

    def run(self, x: torch.Tensor, values: Mapping[str, Any], smooth: bool = False) -> torch.Tensor:
        """f(x) for already checked ``values``; ``smooth`` uses the registry's double-backward forms."""
        if not isinstance(x, torch.Tensor) or not x.is_floating_point():
            raise EngineError("x", "expected a floating-point tensor")
        try:
            out = self.compiled.root(Env(x, values, smooth))
        except NotImplementedError as exc:  # a kernel missing for this dtype, e.g. rrelu training in float16 on the CPU
            raise EngineError(
                "dtype", f"not available in {str(x.dtype).removeprefix('torch.')} on {x.device.type}: {exc}"
            ) from None
        if out.shape != x.shape or (x.requires_grad and not out.requires_grad):
            # A formula constant in x (or in x only through where's condition) still has x's
            # shape and a place in the autograd graph (f' = 0); where() adds no NaN for inf inputs.
            out = torch.where(torch.zeros_like(x, dtype=torch.bool), x, out)
        return out

    def with_range(self, name: str, low: float, high: float) -> Expression:
        """The same formula with parameter ``name``'s slider range widened (or narrowed) to [low, high]."""
        if name not in self.parameter_names:
            raise EngineError(FIELD, f"no parameter {name!r} (parameters: {', '.join(self.parameter_names) or 'none'})")
        field_name = f"{FIELD}.{name}"
        for value in (low, high):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not np.isfinite(value):
                raise EngineError(field_name, f"expected a finite number, got {value!r}")
        if low >= high:
            raise EngineError(field_name, f"the lower end ({low:g}) must be below the upper end ({high:g})")
        hard_low, hard_high = self.limits.get(name, (-np.inf, np.inf))
        if low < hard_low or high > hard_high:
            raise EngineError(field_name, f"{name} feeds a keyword that accepts only {hard_low:g} to {hard_high:g}")
        params = tuple(
            replace(p, minimum=float(low), maximum=float(high), default=min(max(p.default, low), high)) if p.name == name else p
            for p in self.parameters
        )
        return replace(self, parameters=params)

    def kinks(
        self,
        params: Mapping[str, Any] | None = None,
        x_min: float = KINK_RANGE[0],
        x_max: float = KINK_RANGE[1],
        points: int = KINK_POINTS,
    ) -> tuple[float, ...]:
        """Where f is not differentiable in [x_min, x_max], sorted (none when it switches branch too often).

        Candidates are the places where a ``where``, ``abs``, ``sign``, ``relu``, ``min``,
        ``max``, ``clamp`` or a registry function with kinks switches branch; a candidate is kept
        when f or f' (by autograd) differs either side of it, so ``relu(x)**2`` has none.
        The work is bounded (:mod:`engine.expression_kinks`).
        """
        return self.kink_scan(params, x_min, x_max, points).kinks

    def kink_scan(
        self,
        params: Mapping[str, Any] | None = None,
        x_min: float = KINK_RANGE[0],
        x_max: float = KINK_RANGE[1],
        points: int = KINK_POINTS,
    ) -> KinkScan:
        """:meth:`kinks` with how often f switches branch when that is too often to mark (:class:`KinkScan`)."""
        values = self.checked(params)
        if not self.compiled.switches:
            return KinkScan(())
        return scan(self.compiled, values, self.run, x_min, x_max, points)

    def as_activation(self) -> Activation:
        """A registry-like :class:`Activation` (id ``"formula: ..."``) for the tabs that take one."""
        smooth: Callable[..., torch.Tensor] | None = None
        if self.compiled.smooth_forms:

            def smooth_form(x: torch.Tensor, **params: Any) -> torch.Tensor:
                return self.run(x, self.checked(params), smooth=True)

            smooth = smooth_form

        return Activation(
            id=self.id,
            name=self.text,
            family="formula",
            fn=self.torch_fn,
            formula=f"f(x) = {self.text}",
            formula_html=f"f(<i>x</i>) = {html.escape(self.text)}",
            derivative="f'(x) by autograd",
            derivative_html="f′(<i>x</i>) by autograd",
            output_range="computed over the view",
            smoothness="see the marked kinks",
            use="your own formula",
            strengths="",
            weaknesses="",
            params=self.parameters,
            kinks=lambda p: self.kinks(p),
            second_derivative_form=smooth,
            second_derivative_note=_SMOOTH_NOTE if smooth is not None else "",
        )


_SMOOTH_NOTE = "f'' by autograd on the registry's equal forms where PyTorch has no double backward"


def compile_expression(text: str) -> Expression:
    """Check and compile a formula in ``x``; :class:`ExpressionError` (an EngineError) points at what is refused."""
    compiled = compile_text(text)
    order = sorted(compiled.first_seen, key=compiled.first_seen.__getitem__)
    return Expression(text, tuple(_parameter(n, compiled.limits.get(n)) for n in order), compiled, dict(compiled.limits))


def _parameter(name: str, limits: tuple[float, float] | None) -> Param:
    low, high = DEFAULT_RANGE
    if limits is not None:
        low, high = max(low, limits[0]), min(high, limits[1])
        if low > high:  # the keyword's own range lies beyond the default one
            low, high = limits
    return Param(name, "float", min(max(DEFAULT_VALUE, low), high), low, high, 0.01)


@dataclass(frozen=True)
class FormulaPreset:
    """A ready-made formula to start from; ``name`` and ``note`` are translated in the GUI (context "engine")."""

    id: str
    name: str
    text: str
    values: Mapping[str, float]  # starting slider values (parameters not listed start at 1.0)
    note: str
    source: str = ""


_PRESETS = (
    FormulaPreset(
        id="swish",
        name="Swish / SiLU with β",
        text="x*sigmoid(beta*x)",
        values={"beta": 1.0},
        note="β = 1 is SiLU; as β grows the curve approaches ReLU, at β = 0 it is the straight line x/2. "
        "β ≈ 1.702 is a close fit to GELU.",
        source="Ramachandran, Zoph & Le 2017",
    ),
    FormulaPreset(
        id="mish",
        name="Mish",
        text="x*tanh(softplus(x))",
        values={},
        note="Smooth and non-monotonic like Swish, with a slightly deeper dip below zero; compare it with the built-in Mish.",
        source="Misra 2019",
    ),
    FormulaPreset(
        id="gelu_tanh",
        name="GELU (tanh form)",
        text="0.5*x*(1+tanh(sqrt(2/pi)*(x+0.044715*x**3)))",
        values={},
        note="The tanh approximation of GELU used by BERT and GPT-2; compare it with gelu(x, approximate='tanh') "
        "and with the exact gelu(x).",
        source="Hendrycks & Gimpel 2016",
    ),
    FormulaPreset(
        id="soft_clipping",
        name="Soft clipping",
        text="(softplus(a*x) - softplus(a*(x - 1)))/a",
        values={"a": 5.0},
        note="A smooth clamp to [0, 1]: close to linear in the middle, flat outside. "
        "Larger a gives sharper corners and approaches clamp(x, 0, 1).",
        source="Klimek & Perelstein 2020",
    ),
    FormulaPreset(
        id="bad_idea",
        name="A bad idea: x²",
        text="x**2",
        values={},
        note="Not monotonic: x and −x give the same output, so the sign is lost. f′ = 2x grows without bound, "
        "so gradients explode through a deep network, and stacked layers compute x⁴, x⁸, …",
    ),
)

FORMULA_PRESETS: dict[str, FormulaPreset] = {p.id: p for p in _PRESETS}


def get_formula_preset(preset_id: str) -> FormulaPreset:
    """The formula preset ``preset_id``, or EngineError naming the field."""
    try:
        return FORMULA_PRESETS[preset_id]
    except KeyError:
        raise EngineError("preset", f"unknown formula preset {preset_id!r} (choose {', '.join(FORMULA_PRESETS)})") from None
