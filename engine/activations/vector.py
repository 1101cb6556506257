"""Activations of a whole vector (softmax & co.): shown with a Jacobian, not as a curve.

"Monotonic" for a vector function means: each output moves one way as its own input rises, the others fixed.
"""

from __future__ import annotations

import torch.nn.functional as F

from engine.activations.entry import Activation, fixed_bounds, float_param
from engine.params import Param


def _temperature_param() -> Param:
    return float_param("temperature", 1.0, 0.05, 20.0, 0.05, "divides the input before the function")


ENTRIES = (
    # ---- vector ---------------------------------------------------------------
    Activation(
        id="softmax",
        name="Softmax",
        family="vector",
        vector=True,
        fn=lambda x, temperature: F.softmax(x / temperature, dim=-1),
        params=(_temperature_param(),),
        formula="softmax(x)_i = exp(x_i / T) / Σ_j exp(x_j / T)",
        formula_html="softmax(<b>x</b>)<sub><i>i</i></sub> = e<sup><i>x<sub>i</sub></i>/T</sup> / "
        "Σ<sub><i>j</i></sub> e<sup><i>x<sub>j</sub></i>/T</sup>",
        derivative="∂p_i/∂x_j = p_i (δ_ij - p_j) / T   (the Jacobian diag(p) - p pᵀ, over T)",
        derivative_html="∂<i>p<sub>i</sub></i>/∂<i>x<sub>j</sub></i> = <i>p<sub>i</sub></i>(δ<sub><i>ij</i></sub> − "
        "<i>p<sub>j</sub></i>)/T &nbsp;— the Jacobian (diag(<b>p</b>) − <b>p</b><b>p</b><sup>T</sup>)/T",
        output_range="(0, 1), summing to 1",
        zero_centred_text="no: every output is positive (a probability)",
        monotonic_text="yes, in this sense: each output p_i rises with its own input x_i and falls as any other x_j rises",
        smoothness="smooth (infinitely differentiable)",
        use="output layer for multi-class classification: in PyTorch give the raw logits to CrossEntropyLoss, "
        "which applies log-softmax inside (more stable than softmax followed by a log)",
        strengths="turns scores into a probability distribution",
        weaknesses="its derivative is a Jacobian, not softmax applied twice",
        bounds=fixed_bounds(0.0, 1.0),
        sums_to_one=True,
        output_rank=2,
        output_task="multi-class classification",
    ),
    Activation(
        id="log_softmax",
        name="LogSoftmax",
        family="vector",
        vector=True,
        fn=lambda x, temperature: F.log_softmax(x / temperature, dim=-1),
        params=(_temperature_param(),),
        formula="log_softmax(x)_i = x_i / T - ln Σ_j exp(x_j / T)",
        formula_html="log_softmax(<b>x</b>)<sub><i>i</i></sub> = <i>x<sub>i</sub></i>/T − ln Σ<sub><i>j</i></sub> "
        "e<sup><i>x<sub>j</sub></i>/T</sup>",
        derivative="∂y_i/∂x_j = (δ_ij - p_j) / T",
        derivative_html="∂<i>y<sub>i</sub></i>/∂<i>x<sub>j</sub></i> = (δ<sub><i>ij</i></sub> − <i>p<sub>j</sub></i>)/T",
        output_range="(-∞, 0)",
        zero_centred_text="no: every output is negative (a log-probability)",
        monotonic_text="yes, in this sense: each output y_i rises with its own input x_i and falls as any other x_j rises",
        smoothness="smooth (infinitely differentiable)",
        use="output layer with NLLLoss (CrossEntropyLoss on the logits does both steps at once)",
        strengths="numerically stable log-probabilities",
        weaknesses="outputs are logs, not probabilities",
        bounds=fixed_bounds(None, 0.0),
    ),
    Activation(
        id="softmin",
        name="Softmin",
        family="vector",
        vector=True,
        fn=lambda x, temperature: F.softmin(x / temperature, dim=-1),
        params=(_temperature_param(),),
        formula="softmin(x)_i = exp(-x_i / T) / Σ_j exp(-x_j / T)",
        formula_html="softmin(<b>x</b>)<sub><i>i</i></sub> = e<sup>−<i>x<sub>i</sub></i>/T</sup> / "
        "Σ<sub><i>j</i></sub> e<sup>−<i>x<sub>j</sub></i>/T</sup>",
        derivative="∂p_i/∂x_j = -p_i (δ_ij - p_j) / T",
        derivative_html="∂<i>p<sub>i</sub></i>/∂<i>x<sub>j</sub></i> = −<i>p<sub>i</sub></i>(δ<sub><i>ij</i></sub> − "
        "<i>p<sub>j</sub></i>)/T",
        output_range="(0, 1), summing to 1",
        zero_centred_text="no: every output is positive (a probability)",
        monotonic_text="yes, in this sense: each output p_i falls as its own input x_i rises (and rises with any other x_j)",
        smoothness="smooth (infinitely differentiable)",
        use="attention over costs or distances (small is likely)",
        strengths="a distribution that favours the smallest input",
        weaknesses="rarely needed: softmax of -x is the same",
        bounds=fixed_bounds(0.0, 1.0),
        sums_to_one=True,
    ),
    Activation(
        id="glu",
        name="GLU",
        family="vector",
        vector=True,
        fn=lambda x: F.glu(x, dim=-1),
        formula="GLU(a, b) = a ⊗ σ(b), where the input splits in half: x = (a, b)",
        formula_html="GLU(<b>a</b>, <b>b</b>) = <b>a</b> ⊗ σ(<b>b</b>), input split in halves <b>x</b> = (<b>a</b>, <b>b</b>)",
        derivative="∂y_i/∂a_i = σ(b_i);  ∂y_i/∂b_i = a_i σ(b_i)(1 - σ(b_i))",
        derivative_html="∂<i>y<sub>i</sub></i>/∂<i>a<sub>i</sub></i> = σ(<i>b<sub>i</sub></i>); "
        "∂<i>y<sub>i</sub></i>/∂<i>b<sub>i</sub></i> = <i>a<sub>i</sub></i>σ′(<i>b<sub>i</sub></i>)",
        output_range="(-∞, ∞), half the input's length",
        zero_centred_text="no: y = a·σ(b) has the sign of a, and σ(b) > 0 weights it",
        monotonic_text="each output y_i rises with its own a_i; in b_i it rises where a_i > 0 and falls where a_i < 0",
        smoothness="smooth (infinitely differentiable)",
        use="gated layers in language models (GLU, SwiGLU variants)",
        strengths="a learned gate controls what passes",
        weaknesses="halves the width; needs an even-length input",
    ),
)
