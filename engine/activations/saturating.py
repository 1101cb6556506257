"""Saturating activations (sigmoid-like), the shrink functions and the identity."""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F

from engine.activations.entry import Activation, fixed_bounds, float_param
from engine.errors import EngineError


def _check_hardtanh(p: dict[str, Any]) -> None:
    if p["min_val"] >= p["max_val"]:
        raise EngineError("hardtanh.min_val", f"min_val ({p['min_val']:g}) must be below max_val ({p['max_val']:g})")


def _softsign(x: torch.Tensor) -> torch.Tensor:
    """x / (1 + |x|) with |x| written x·sign(x): the same values as F.softsign bit for bit and the same f′ and f″,
    but F.softsign's abs made PyTorch's double backward import sympy (1-2 s, the GUI frozen) at the first f″."""
    return x / (1 + x * torch.sign(x))


ENTRIES = (
    # ---- sigmoid-like ----------------------------------------------------------
    Activation(
        id="sigmoid",
        name="Sigmoid",
        family="sigmoid-like",
        fn=torch.sigmoid,
        formula="σ(x) = 1 / (1 + exp(-x))",
        formula_html="σ(<i>x</i>) = 1 / (1 + e<sup>−<i>x</i></sup>)",
        derivative="σ'(x) = σ(x) · (1 - σ(x))",
        derivative_html="σ′(<i>x</i>) = σ(<i>x</i>)(1 − σ(<i>x</i>))",
        output_range="(0, 1)",
        smoothness="smooth (infinitely differentiable)",
        use="output layer for binary classification: in PyTorch usually applied inside BCEWithLogitsLoss on the raw "
        "logits (more stable than sigmoid followed by BCELoss)",
        strengths="output reads as a probability",
        weaknesses="σ′ is at most 1/4, so even unsaturated every sigmoid layer shrinks the gradient at least fourfold; "
        "for |x| > 5 it saturates and the gradient all but vanishes; not zero-centred",
        bounds=fixed_bounds(0.0, 1.0),
        asymptotes=fixed_bounds(0.0, 1.0),
        hidden_rank=5,
        output_rank=1,
        output_task="binary classification",
    ),
    Activation(
        id="tanh",
        name="Tanh",
        family="sigmoid-like",
        fn=torch.tanh,
        formula="tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))",
        formula_html="tanh(<i>x</i>) = (e<sup><i>x</i></sup> − e<sup>−<i>x</i></sup>) / "
        "(e<sup><i>x</i></sup> + e<sup>−<i>x</i></sup>)",
        derivative="tanh'(x) = 1 - tanh²(x)",
        derivative_html="tanh′(<i>x</i>) = 1 − tanh<sup>2</sup>(<i>x</i>)",
        output_range="(-1, 1)",
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers of shallow nets and RNNs",
        strengths="zero-centred; gradient up to 1 (four times sigmoid's)",
        weaknesses="still saturates for |x| > 3, gradients vanish in deep nets",
        bounds=fixed_bounds(-1.0, 1.0),
        asymptotes=fixed_bounds(-1.0, 1.0),
        hidden_rank=4,
    ),
    Activation(
        id="hardtanh",
        name="Hardtanh",
        family="sigmoid-like",
        fn=lambda x, min_val, max_val: F.hardtanh(x, min_val, max_val),
        params=(
            float_param("min_val", -1.0, -10.0, 10.0, 0.1, "lower clip"),
            float_param("max_val", 1.0, -10.0, 10.0, 0.1, "upper clip"),
        ),
        formula="Hardtanh(x) = min(max(x, min_val), max_val)",
        formula_html="Hardtanh(<i>x</i>) = min(max(<i>x</i>, min_val), max_val)",
        derivative="1 if min_val < x < max_val, else 0",
        derivative_html="1 if min_val &lt; <i>x</i> &lt; max_val, else 0",
        output_range="[min_val, max_val]",
        smoothness="continuous; kinks at min_val and max_val",
        use="hidden layers where a cheap tanh is wanted; quantised nets",
        strengths="cheap; exactly linear in the middle",
        weaknesses="gradient exactly 0 outside the clip range",
        kinks=lambda p: (p["min_val"], p["max_val"]),
        bounds=lambda p: (p["min_val"], p["max_val"]),
        check=_check_hardtanh,
    ),
    Activation(
        id="hardsigmoid",
        name="Hardsigmoid",
        family="sigmoid-like",
        fn=F.hardsigmoid,
        formula="Hardsigmoid(x) = 0 if x ≤ -3;  1 if x ≥ 3;  x / 6 + 1/2 otherwise",
        formula_html="Hardsigmoid(<i>x</i>) = 0 if <i>x</i> ≤ −3; 1 if <i>x</i> ≥ 3; <i>x</i>/6 + ½ otherwise",
        derivative="1/6 if -3 < x < 3, else 0",
        derivative_html="1/6 if −3 &lt; <i>x</i> &lt; 3, else 0",
        output_range="[0, 1]",
        smoothness="continuous; kinks at -3 and 3",
        use="gates in mobile networks",
        strengths="cheap sigmoid substitute",
        weaknesses="gradient 0 outside [-3, 3]",
        kinks=lambda p: (-3.0, 3.0),
        bounds=fixed_bounds(0.0, 1.0),
        second_derivative_form=lambda x: F.relu6(x + 3.0) / 6.0,
        second_derivative_note="f'' by autograd on the equal form relu6(x + 3) / 6: "
        "PyTorch has no derivative for hardsigmoid_backward",
    ),
    Activation(
        id="softsign",
        name="Softsign",
        family="sigmoid-like",
        fn=_softsign,
        formula="Softsign(x) = x / (1 + |x|)",
        formula_html="Softsign(<i>x</i>) = <i>x</i> / (1 + |<i>x</i>|)",
        derivative="Softsign'(x) = 1 / (1 + |x|)²",
        derivative_html="Softsign′(<i>x</i>) = 1 / (1 + |<i>x</i>|)<sup>2</sup>",
        output_range="(-1, 1)",
        smoothness="continuously differentiable; f'' jumps at 0",
        use="hidden layers, as a slower-saturating tanh",
        strengths="saturates polynomially, more gently than tanh",
        weaknesses="still saturates; rarely used today",
        bounds=fixed_bounds(-1.0, 1.0),
        asymptotes=fixed_bounds(-1.0, 1.0),
    ),
    Activation(
        id="logsigmoid",
        name="LogSigmoid",
        family="sigmoid-like",
        fn=F.logsigmoid,
        formula="LogSigmoid(x) = ln(σ(x)) = -softplus(-x)",
        formula_html="LogSigmoid(<i>x</i>) = ln σ(<i>x</i>) = −ln(1 + e<sup>−<i>x</i></sup>)",
        derivative="LogSigmoid'(x) = 1 - σ(x)",
        derivative_html="LogSigmoid′(<i>x</i>) = 1 − σ(<i>x</i>)",
        output_range="(-∞, 0)",
        smoothness="smooth (infinitely differentiable)",
        use="inside losses (log-likelihood of a binary label), numerically stable",
        strengths="stable log of a probability",
        weaknesses="not used as a hidden activation",
        bounds=fixed_bounds(None, 0.0),
        asymptotes=fixed_bounds(None, 0.0),
    ),
    # ---- shrink ---------------------------------------------------------------
    Activation(
        id="tanhshrink",
        name="Tanhshrink",
        family="shrink",
        fn=F.tanhshrink,
        formula="Tanhshrink(x) = x - tanh(x)",
        formula_html="Tanhshrink(<i>x</i>) = <i>x</i> − tanh(<i>x</i>)",
        derivative="Tanhshrink'(x) = tanh²(x)",
        derivative_html="Tanhshrink′(<i>x</i>) = tanh<sup>2</sup>(<i>x</i>)",
        output_range="(-∞, ∞)",
        smoothness="smooth (infinitely differentiable)",
        use="sparse coding; rarely a hidden activation",
        strengths="pushes small values towards 0 smoothly",
        weaknesses="gradient near 0 for small inputs",
    ),
    Activation(
        id="softshrink",
        name="Softshrink",
        family="shrink",
        fn=lambda x, lambd: F.softshrink(x, lambd),
        params=(float_param("lambd", 0.5, 0.0, 10.0, 0.05, "half-width of the zero band"),),
        formula="Softshrink(x) = x - lambd if x > lambd;  x + lambd if x < -lambd;  0 otherwise",
        formula_html="Softshrink(<i>x</i>) = <i>x</i> − λ if <i>x</i> &gt; λ; <i>x</i> + λ if <i>x</i> &lt; −λ; 0 otherwise",
        derivative="1 if |x| > lambd, else 0",
        derivative_html="1 if |<i>x</i>| &gt; λ, else 0",
        output_range="(-∞, ∞)",
        smoothness="continuous; kinks at ±lambd",
        use="sparse coding, denoising (soft thresholding)",
        strengths="produces exact zeros: sparse outputs",
        weaknesses="gradient 0 inside the band",
        kinks=lambda p: (-p["lambd"], p["lambd"]),
    ),
    Activation(
        id="hardshrink",
        name="Hardshrink",
        family="shrink",
        fn=lambda x, lambd: F.hardshrink(x, lambd),
        params=(float_param("lambd", 0.5, 0.0, 10.0, 0.05, "half-width of the zero band"),),
        formula="Hardshrink(x) = x if |x| > lambd, else 0",
        formula_html="Hardshrink(<i>x</i>) = <i>x</i> if |<i>x</i>| &gt; λ, else 0",
        derivative="1 if |x| > lambd, else 0",
        derivative_html="1 if |<i>x</i>| &gt; λ, else 0",
        output_range="(-∞, ∞)",
        smoothness="discontinuous at ±lambd (jumps up by lambd: still non-decreasing)",
        use="sparse coding (hard thresholding)",
        strengths="keeps large values unchanged, zeroes small ones",
        weaknesses="jumps at ±lambd; gradient 0 inside the band",
        kinks=lambda p: (-p["lambd"], p["lambd"]),
    ),
    # ---- linear ---------------------------------------------------------------
    Activation(
        id="identity",
        name="Identity",
        family="linear",
        fn=lambda x: x * 1,
        formula="Identity(x) = x",
        formula_html="Identity(<i>x</i>) = <i>x</i>",
        derivative="Identity'(x) = 1",
        derivative_html="Identity′(<i>x</i>) = 1",
        output_range="(-∞, ∞)",
        smoothness="smooth (linear)",
        use="output layer for regression",
        strengths="no distortion of the output scale",
        weaknesses="no non-linearity: stacked linear layers collapse into one",
        output_rank=3,
        output_task="regression",
    ),
)
