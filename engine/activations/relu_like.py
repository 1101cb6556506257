"""The ReLU family and its smooth relatives (ELU, SELU, GELU, SiLU, Mish, Softplus)."""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F

from engine.activations.entry import Activation, Approximation, RandomSlopes, fixed_bounds, float_param, kink_at_zero
from engine.errors import EngineError
from engine.params import Param

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def _prelu(x: torch.Tensor, init: float) -> torch.Tensor:
    return F.prelu(x, torch.tensor([init], dtype=x.dtype, device=x.device))


def _rrelu(x: torch.Tensor, lower: float, upper: float, training: bool) -> torch.Tensor:
    return F.rrelu(x, lower, upper, training=training)


def _check_rrelu(p: dict[str, Any]) -> None:
    if p["lower"] > p["upper"]:
        raise EngineError("rrelu.lower", f"lower ({p['lower']:g}) must not exceed upper ({p['upper']:g})")


ENTRIES = (
    # ---- ReLU-like -------------------------------------------------------------
    Activation(
        id="relu",
        name="ReLU",
        family="ReLU-like",
        fn=F.relu,
        formula="ReLU(x) = max(0, x)",
        formula_html="ReLU(<i>x</i>) = max(0, <i>x</i>)",
        derivative="ReLU'(x) = 1 if x > 0, else 0 (PyTorch uses 0 at x = 0)",
        derivative_html="ReLU′(<i>x</i>) = 1 if <i>x</i> &gt; 0, else 0 (0 at <i>x</i> = 0 in PyTorch)",
        output_range="[0, ∞)",
        smoothness="continuous; kink at 0",
        use="hidden layers (the default first choice)",
        strengths="cheap; gradient 1 for all positive inputs, so deep nets train fast",
        weaknesses="dead neurons: gradient is exactly 0 for negative inputs; not zero-centred",
        kinks=kink_at_zero,
        bounds=fixed_bounds(0.0, None),
        hidden_rank=1,
    ),
    Activation(
        id="leaky_relu",
        name="Leaky ReLU",
        family="ReLU-like",
        fn=lambda x, negative_slope: F.leaky_relu(x, negative_slope),
        params=(float_param("negative_slope", 0.01, 0.0, 1.0, 0.01, "slope for x < 0"),),
        formula="LeakyReLU(x) = x if x ≥ 0, else negative_slope · x",
        formula_html="LeakyReLU(<i>x</i>) = <i>x</i> if <i>x</i> ≥ 0, else <i>a</i>·<i>x</i> &nbsp;(<i>a</i> = negative_slope)",
        derivative="1 if x > 0, else negative_slope (PyTorch uses negative_slope at x = 0)",
        derivative_html="1 if <i>x</i> &gt; 0, else <i>a</i> (<i>a</i> at <i>x</i> = 0 in PyTorch)",
        output_range="(-∞, ∞)",
        smoothness="continuous; kink at 0",
        use="hidden layers (when ReLU units die)",
        strengths="a small non-zero gradient for negative inputs while negative_slope > 0 (at 0 it is ReLU)",
        weaknesses="slope is a hand-picked hyper-parameter; still a kink at 0",
        kinks=kink_at_zero,
        bounds=lambda p: (0.0 if p["negative_slope"] == 0 else None, None),
        hidden_rank=2,
    ),
    Activation(
        id="prelu",
        name="PReLU",
        family="ReLU-like",
        fn=_prelu,
        params=(float_param("init", 0.25, 0.0, 1.0, 0.01, "initial learnable slope for x < 0"),),
        formula="PReLU(x) = x if x ≥ 0, else a · x  (a learned, starts at init)",
        formula_html="PReLU(<i>x</i>) = <i>x</i> if <i>x</i> ≥ 0, else <i>a</i>·<i>x</i> (<i>a</i> learned, starts at init)",
        derivative="1 if x > 0, else a",
        derivative_html="1 if <i>x</i> &gt; 0, else <i>a</i>",
        output_range="(-∞, ∞)",
        smoothness="continuous; kink at 0",
        use="hidden layers (ReLU > Leaky ReLU > PReLU in the usual order of trying)",
        strengths="the network learns the negative slope",
        weaknesses="extra parameters; can overfit on small data",
        kinks=kink_at_zero,
        hidden_rank=3,
    ),
    Activation(
        id="rrelu",
        name="RReLU",
        family="ReLU-like",
        fn=_rrelu,
        params=(
            float_param("lower", 1.0 / 8.0, 0.0, 1.0, 0.01, "lowest random slope"),
            float_param("upper", 1.0 / 3.0, 0.0, 1.0, 0.01, "highest random slope"),
            Param("training", "bool", False, doc="true: a random slope per element; false: (lower+upper)/2"),
        ),
        formula="RReLU(x) = x if x ≥ 0, else a · x;  a ~ U(lower, upper) in training, (lower + upper)/2 in eval",
        formula_html="RReLU(<i>x</i>) = <i>x</i> if <i>x</i> ≥ 0, else <i>a</i>·<i>x</i>; &nbsp;"
        "<i>a</i> ~ U(lower, upper) when training, (lower + upper)/2 in eval",
        derivative="1 if x > 0, else a",
        derivative_html="1 if <i>x</i> &gt; 0, else <i>a</i>",
        output_range="(-∞, ∞)",
        smoothness="continuous; kink at 0",
        use="hidden layers (randomness acts as a regulariser)",
        strengths="random negative slope regularises training",
        weaknesses="output is random while training; Xu et al. 2015 (Empirical Evaluation of Rectified Activations "
        "in Convolutional Network) found it beat Leaky ReLU on small data sets, a gain larger sets may not show",
        kinks=kink_at_zero,
        check=_check_rrelu,
        random_slopes=RandomSlopes(switch="training", low="lower", high="upper"),
    ),
    Activation(
        id="relu6",
        name="ReLU6",
        family="ReLU-like",
        fn=F.relu6,
        formula="ReLU6(x) = min(max(0, x), 6)",
        formula_html="ReLU6(<i>x</i>) = min(max(0, <i>x</i>), 6)",
        derivative="1 if 0 < x < 6, else 0",
        derivative_html="1 if 0 &lt; <i>x</i> &lt; 6, else 0",
        output_range="[0, 6]",
        smoothness="continuous; kinks at 0 and 6",
        use="hidden layers of mobile networks (MobileNet), friendly to low precision",
        strengths="bounded output suits fixed-point and float16 inference",
        weaknesses="gradient 0 both below 0 and above 6",
        kinks=lambda p: (0.0, 6.0),
        bounds=fixed_bounds(0.0, 6.0),
    ),
    Activation(
        id="threshold",
        name="Threshold",
        family="ReLU-like",
        fn=lambda x, threshold, value: F.threshold(x, threshold, value),
        params=(
            float_param("threshold", 0.1, -10.0, 10.0, 0.1, "inputs at or below it are replaced"),
            float_param("value", 20.0, -100.0, 100.0, 0.5, "what replaces them"),
        ),
        formula="Threshold(x) = x if x > threshold, else value",
        formula_html="Threshold(<i>x</i>) = <i>x</i> if <i>x</i> &gt; threshold, else value",
        derivative="1 if x > threshold, else 0",
        derivative_html="1 if <i>x</i> &gt; threshold, else 0",
        output_range="{20} ∪ (0.1, ∞)",
        range_template="{{{value}}} ∪ ({threshold}, ∞)",
        smoothness="discontinuous at threshold (unless value = threshold)",
        use="rarely as a hidden activation; a step-like gate",
        strengths="simple gating",
        weaknesses="jump in f; gradient 0 below the threshold",
        kinks=lambda p: (p["threshold"],),
    ),
    Activation(
        id="hardswish",
        name="Hardswish",
        family="ReLU-like",
        fn=F.hardswish,
        formula="Hardswish(x) = 0 if x ≤ -3;  x if x ≥ 3;  x (x + 3) / 6 otherwise",
        formula_html="Hardswish(<i>x</i>) = 0 if <i>x</i> ≤ −3; <i>x</i> if <i>x</i> ≥ 3; <i>x</i>(<i>x</i> + 3)/6 otherwise",
        derivative="0 if x ≤ -3;  1 if x ≥ 3;  (2x + 3) / 6 between (one-sided limits -0.5 at -3 and 1.5 at 3)",
        derivative_html="0 if <i>x</i> ≤ −3; 1 if <i>x</i> ≥ 3; (2<i>x</i> + 3)/6 between "
        "(one-sided limits −0.5 at −3 and 1.5 at 3)",
        output_range="[-0.375, ∞)",
        smoothness="continuous; kinks at -3 and 3",
        use="hidden layers of mobile networks (MobileNetV3)",
        strengths="cheap piecewise approximation of SiLU/swish",
        weaknesses="derivative jumps at ±3 (from 0 to -0.5 at -3, from 1.5 to 1 at 3)",
        kinks=lambda p: (-3.0, 3.0),
        bounds=fixed_bounds(-0.375, None),
    ),
    # ---- smooth ReLU-like -------------------------------------------------------
    Activation(
        id="elu",
        name="ELU",
        family="smooth ReLU-like",
        fn=lambda x, alpha: F.elu(x, alpha),
        params=(float_param("alpha", 1.0, 0.01, 10.0, 0.05, "size of the negative saturation"),),
        formula="ELU(x) = x if x > 0, else alpha · (exp(x) - 1)",
        formula_html="ELU(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else α(e<sup><i>x</i></sup> − 1)",
        derivative="1 if x > 0, else alpha · exp(x)",
        derivative_html="1 if <i>x</i> &gt; 0, else α e<sup><i>x</i></sup>",
        output_range="(-alpha, ∞)",
        smoothness="continuous; f' continuous only when alpha = 1",
        use="hidden layers",
        strengths="negative outputs push the mean activation towards 0; no dead units",
        weaknesses="exp is slower than max; saturates at -alpha",
        kinks=lambda p: () if p["alpha"] == 1.0 else (0.0,),
        bounds=lambda p: (-p["alpha"], None),
        asymptotes=lambda p: (-p["alpha"], None),
    ),
    Activation(
        id="celu",
        name="CELU",
        family="smooth ReLU-like",
        fn=lambda x, alpha: F.celu(x, alpha),
        params=(float_param("alpha", 1.0, 0.01, 10.0, 0.05, "size of the negative saturation"),),
        formula="CELU(x) = max(0, x) + min(0, alpha · (exp(x / alpha) - 1))",
        formula_html="CELU(<i>x</i>) = max(0, <i>x</i>) + min(0, α(e<sup><i>x</i>/α</sup> − 1))",
        derivative="1 if x > 0, else exp(x / alpha)",
        derivative_html="1 if <i>x</i> &gt; 0, else e<sup><i>x</i>/α</sup>",
        output_range="(-alpha, ∞)",
        smoothness="continuously differentiable for every alpha",
        use="hidden layers",
        strengths="like ELU but with a continuous derivative for any alpha",
        weaknesses="PyTorch's backward computes 1/alpha in float32: for an alpha float32 cannot hold exactly "
        "(0.1, 0.3) the gradient is only float32-accurate, even in float64",
        bounds=lambda p: (-p["alpha"], None),
        asymptotes=lambda p: (-p["alpha"], None),
        float32_gradient_param="alpha",
    ),
    Activation(
        id="selu",
        name="SELU",
        family="smooth ReLU-like",
        fn=F.selu,
        formula="SELU(x) = scale · (x if x > 0, else alpha · (exp(x) - 1));  alpha ≈ 1.6733, scale ≈ 1.0507",
        formula_html="SELU(<i>x</i>) = λ·(<i>x</i> if <i>x</i> &gt; 0, else α(e<sup><i>x</i></sup> − 1)); "
        "&nbsp;α ≈ 1.6733, λ ≈ 1.0507",
        derivative="scale if x > 0, else scale · alpha · exp(x)",
        derivative_html="λ if <i>x</i> &gt; 0, else λα e<sup><i>x</i></sup>",
        output_range="(-1.758, ∞)",
        smoothness="continuous; kink at 0 (slope 1.0507 right, 1.7581 left)",
        use="hidden layers of self-normalising networks (with Kaiming normal, nonlinearity 'linear')",
        strengths="not odd, yet for N(0, 1) inputs its output has mean ≈ 0 and variance ≈ 1, and layers pull "
        "activations back to that: the network normalises itself",
        weaknesses="needs the matching initialisation, no batch norm, and AlphaDropout instead of Dropout to self-normalise",
        kinks=kink_at_zero,
        bounds=fixed_bounds(-SELU_SCALE * SELU_ALPHA, None),
        asymptotes=fixed_bounds(-SELU_SCALE * SELU_ALPHA, None),
    ),
    Activation(
        id="gelu",
        name="GELU",
        family="smooth ReLU-like",
        fn=lambda x, approximate: F.gelu(x, approximate=approximate),
        params=(Param("approximate", "choice", "none", choices=("none", "tanh"), doc="'tanh' uses the tanh approximation"),),
        formula="GELU(x) = x · Φ(x) = x/2 · (1 + erf(x / √2));  tanh form: x/2 · (1 + tanh(√(2/π) (x + 0.044715 x³)))",
        formula_html="GELU(<i>x</i>) = <i>x</i>·Φ(<i>x</i>) = ½<i>x</i>(1 + erf(<i>x</i>/√2)); "
        "tanh form ½<i>x</i>(1 + tanh(√(2/π)(<i>x</i> + 0.044715<i>x</i><sup>3</sup>)))",
        derivative="GELU'(x) = Φ(x) + x · φ(x);  tanh form: (1 + tanh u)/2 + x/2 · sech²(u) · u',  u = √(2/π) (x + 0.044715 x³)",
        derivative_html="GELU′(<i>x</i>) = Φ(<i>x</i>) + <i>x</i>·φ(<i>x</i>); tanh form "
        "½(1 + tanh <i>u</i>) + ½<i>x</i>·sech<sup>2</sup>(<i>u</i>)·<i>u</i>′, "
        "<i>u</i> = √(2/π)(<i>x</i> + 0.044715<i>x</i><sup>3</sup>)",
        output_range="[-0.17, ∞)",
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers of transformers (BERT, GPT)",
        strengths="smooth; weights inputs by how likely they are to be positive",
        weaknesses="costlier than ReLU; dips slightly below 0",
        asymptotes=fixed_bounds(0.0, None),
        approximation=Approximation(param="approximate", exact="none", approximate="tanh"),
    ),
    Activation(
        id="silu",
        name="SiLU (swish)",
        family="smooth ReLU-like",
        fn=F.silu,
        formula="SiLU(x) = x · σ(x)",
        formula_html="SiLU(<i>x</i>) = <i>x</i>·σ(<i>x</i>)",
        derivative="SiLU'(x) = σ(x) · (1 + x · (1 - σ(x)))",
        derivative_html="SiLU′(<i>x</i>) = σ(<i>x</i>)(1 + <i>x</i>(1 − σ(<i>x</i>)))",
        output_range="[-0.2785, ∞)",
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers (EfficientNet, many CNNs)",
        strengths="smooth, non-monotonic bump helps optimisation",
        weaknesses="costlier than ReLU",
        asymptotes=fixed_bounds(0.0, None),
    ),
    Activation(
        id="mish",
        name="Mish",
        family="smooth ReLU-like",
        fn=F.mish,
        formula="Mish(x) = x · tanh(softplus(x))",
        formula_html="Mish(<i>x</i>) = <i>x</i>·tanh(ln(1 + e<sup><i>x</i></sup>))",
        derivative="Mish'(x) = tanh(sp) + x · sech²(sp) · σ(x),  sp = softplus(x)",
        derivative_html="Mish′(<i>x</i>) = tanh(<i>s</i>) + <i>x</i>·sech²(<i>s</i>)·σ(<i>x</i>), "
        "<i>s</i> = ln(1 + e<sup><i>x</i></sup>)",
        output_range="[-0.3088, ∞)",
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers (YOLOv4)",
        strengths="smooth, self-regularising shape close to SiLU",
        weaknesses="the costliest of the ReLU family",
        asymptotes=fixed_bounds(0.0, None),
    ),
    Activation(
        id="softplus",
        name="Softplus",
        family="smooth ReLU-like",
        fn=lambda x, beta, threshold: F.softplus(x, beta, threshold),
        params=(
            float_param("beta", 1.0, 0.05, 20.0, 0.05, "sharpness; large beta approaches ReLU"),
            float_param("threshold", 20.0, 1.0, 100.0, 1.0, "above beta·x > threshold the function is x"),
        ),
        formula="Softplus(x) = (1 / beta) · ln(1 + exp(beta · x));  x where beta · x > threshold",
        formula_html="Softplus(<i>x</i>) = (1/β) ln(1 + e<sup>β<i>x</i></sup>); <i>x</i> where β<i>x</i> &gt; threshold",
        derivative="Softplus'(x) = σ(beta · x)  (1 where beta · x > threshold)",
        derivative_html="Softplus′(<i>x</i>) = σ(β<i>x</i>) (1 where β<i>x</i> &gt; threshold)",
        output_range="(0, ∞)",
        smoothness="smooth, except where PyTorch switches to f(x) = x at x = threshold/beta: there f jumps (by "
        "ln(1 + e^-threshold)/beta, visible when threshold is small) and f′ jumps from σ(threshold) to 1",
        use="hidden layers; outputs that must be positive (a variance, a rate)",
        strengths="a smooth ReLU with a gradient everywhere",
        weaknesses="mathematically never 0, yet it rounds to exactly 0 far left; exp and log are slower",
        kinks=lambda p: (p["threshold"] / p["beta"],),
        bounds=fixed_bounds(0.0, None),
        asymptotes=fixed_bounds(0.0, None),
    ),
)
