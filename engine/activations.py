"""The registry of activation functions: every non-linear activation in torch.nn.

One :class:`Activation` per function holds everything the app shows about it: the
torch callable, its parameters (PyTorch's keyword names), formulas, family,
teaching notes, kinks and output bounds. The GUI panels, the command line and the
tests are all generated from :data:`ACTIVATIONS`; add a function here and nowhere else.

Strings are English source text; the GUI passes them through Qt's translator
(context ``"engine"``), so they must stay plain literals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

from engine.errors import EngineError
from engine.params import Param

FAMILIES = ("ReLU-like", "smooth ReLU-like", "sigmoid-like", "shrink", "linear", "vector")

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946


def _no_kinks(params: dict) -> tuple[float, ...]:
    return ()


def _kink_at_zero(params: dict) -> tuple[float, ...]:
    return (0.0,)


def _unbounded(params: dict) -> tuple[float | None, float | None]:
    return (None, None)


def _fixed_bounds(low: float | None, high: float | None):
    def bounds(params: dict) -> tuple[float | None, float | None]:
        return (low, high)

    return bounds


@dataclass(frozen=True)
class Activation:
    """One activation function and what a learner should know about it."""

    id: str  # torch.nn.functional's snake_case name
    name: str  # display name, e.g. "Leaky ReLU"
    family: str  # one of FAMILIES
    fn: Callable[..., torch.Tensor]  # fn(x, **params)
    formula: str  # plain text
    formula_html: str
    derivative: str  # f'(x), plain text
    derivative_html: str
    output_range: str
    zero_centred: bool
    monotonic: bool
    smoothness: str
    use: str  # "hidden layers", "output layer (binary)", ...
    strengths: str
    weaknesses: str
    params: tuple[Param, ...] = ()
    kinks: Callable[[dict], tuple[float, ...]] = _no_kinks
    bounds: Callable[[dict], tuple[float | None, float | None]] = _unbounded
    vector: bool = False
    # Equivalent expression with a double backward, for ops whose backward has none.
    second_derivative_form: Callable[..., torch.Tensor] | None = None
    second_derivative_note: str = ""
    check: Callable[[dict], None] | None = field(default=None, repr=False)

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)


def _float(name, default, lo, hi, step, doc=""):
    return Param(name, "float", default, lo, hi, step, doc=doc)


def _prelu(x, init):
    return F.prelu(x, torch.tensor([init], dtype=x.dtype, device=x.device))


def _rrelu(x, lower, upper, training):
    return F.rrelu(x, lower, upper, training=training)


def _check_rrelu(p):
    if p["lower"] > p["upper"]:
        raise EngineError("rrelu.lower", f"lower ({p['lower']:g}) must not exceed upper ({p['upper']:g})")


def _check_hardtanh(p):
    if p["min_val"] >= p["max_val"]:
        raise EngineError("hardtanh.min_val", f"min_val ({p['min_val']:g}) must be below max_val ({p['max_val']:g})")


def _temperature_param():
    return _float("temperature", 1.0, 0.05, 20.0, 0.05, "divides the input before the function")


_ENTRIES = (
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
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; kink at 0",
        use="hidden layers (the default first choice)",
        strengths="cheap; gradient 1 for all positive inputs, so deep nets train fast",
        weaknesses="dead neurons: gradient is exactly 0 for negative inputs; not zero-centred",
        kinks=_kink_at_zero,
        bounds=_fixed_bounds(0.0, None),
    ),
    Activation(
        id="leaky_relu",
        name="Leaky ReLU",
        family="ReLU-like",
        fn=lambda x, negative_slope: F.leaky_relu(x, negative_slope),
        params=(_float("negative_slope", 0.01, 0.0, 1.0, 0.01, "slope for x < 0"),),
        formula="LeakyReLU(x) = x if x ≥ 0, else negative_slope · x",
        formula_html="LeakyReLU(<i>x</i>) = <i>x</i> if <i>x</i> ≥ 0, else <i>a</i>·<i>x</i> &nbsp;(<i>a</i> = negative_slope)",
        derivative="1 if x > 0, else negative_slope (PyTorch uses negative_slope at x = 0)",
        derivative_html="1 if <i>x</i> &gt; 0, else <i>a</i> (<i>a</i> at <i>x</i> = 0 in PyTorch)",
        output_range="(-∞, ∞)",
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; kink at 0",
        use="hidden layers (when ReLU units die)",
        strengths="small non-zero gradient for negative inputs, so no dead neurons",
        weaknesses="slope is a hand-picked hyper-parameter; still a kink at 0",
        kinks=_kink_at_zero,
    ),
    Activation(
        id="prelu",
        name="PReLU",
        family="ReLU-like",
        fn=_prelu,
        params=(_float("init", 0.25, 0.0, 1.0, 0.01, "initial learnable slope for x < 0"),),
        formula="PReLU(x) = x if x ≥ 0, else a · x  (a learned, starts at init)",
        formula_html="PReLU(<i>x</i>) = <i>x</i> if <i>x</i> ≥ 0, else <i>a</i>·<i>x</i> (<i>a</i> learned, starts at init)",
        derivative="1 if x > 0, else a",
        derivative_html="1 if <i>x</i> &gt; 0, else <i>a</i>",
        output_range="(-∞, ∞)",
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; kink at 0",
        use="hidden layers (ReLU > Leaky ReLU > PReLU in the usual order of trying)",
        strengths="the network learns the negative slope",
        weaknesses="extra parameters; can overfit on small data",
        kinks=_kink_at_zero,
    ),
    Activation(
        id="rrelu",
        name="RReLU",
        family="ReLU-like",
        fn=_rrelu,
        params=(
            _float("lower", 1.0 / 8.0, 0.0, 1.0, 0.01, "lowest random slope"),
            _float("upper", 1.0 / 3.0, 0.0, 1.0, 0.01, "highest random slope"),
            Param("training", "bool", False, doc="true: a random slope per element; false: (lower+upper)/2"),
        ),
        formula="RReLU(x) = x if x ≥ 0, else a · x;  a ~ U(lower, upper) in training, (lower + upper)/2 in eval",
        formula_html="RReLU(<i>x</i>) = <i>x</i> if <i>x</i> ≥ 0, else <i>a</i>·<i>x</i>; &nbsp;"
        "<i>a</i> ~ U(lower, upper) when training, (lower + upper)/2 in eval",
        derivative="1 if x > 0, else a",
        derivative_html="1 if <i>x</i> &gt; 0, else <i>a</i>",
        output_range="(-∞, ∞)",
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; kink at 0",
        use="hidden layers (randomness acts as a regulariser)",
        strengths="random negative slope regularises training",
        weaknesses="output is random while training; rarely better than Leaky ReLU",
        kinks=_kink_at_zero,
        check=_check_rrelu,
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
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; kinks at 0 and 6",
        use="hidden layers of mobile networks (MobileNet), friendly to low precision",
        strengths="bounded output suits fixed-point and float16 inference",
        weaknesses="gradient 0 both below 0 and above 6",
        kinks=lambda p: (0.0, 6.0),
        bounds=_fixed_bounds(0.0, 6.0),
    ),
    Activation(
        id="threshold",
        name="Threshold",
        family="ReLU-like",
        fn=lambda x, threshold, value: F.threshold(x, threshold, value),
        params=(
            _float("threshold", 0.1, -10.0, 10.0, 0.1, "inputs at or below it are replaced"),
            _float("value", 20.0, -100.0, 100.0, 0.5, "what replaces them"),
        ),
        formula="Threshold(x) = x if x > threshold, else value",
        formula_html="Threshold(<i>x</i>) = <i>x</i> if <i>x</i> &gt; threshold, else value",
        derivative="1 if x > threshold, else 0",
        derivative_html="1 if <i>x</i> &gt; threshold, else 0",
        output_range="depends on threshold and value",
        zero_centred=False,
        monotonic=False,
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
        derivative="0 if x < -3;  1 if x > 3;  (2x + 3) / 6 otherwise",
        derivative_html="0 if <i>x</i> &lt; −3; 1 if <i>x</i> &gt; 3; (2<i>x</i> + 3)/6 otherwise",
        output_range="[-0.375, ∞)",
        zero_centred=False,
        monotonic=False,
        smoothness="continuous; kinks at -3 and 3",
        use="hidden layers of mobile networks (MobileNetV3)",
        strengths="cheap piecewise approximation of SiLU/swish",
        weaknesses="derivative jumps at ±3",
        kinks=lambda p: (-3.0, 3.0),
        bounds=_fixed_bounds(-0.375, None),
    ),
    # ---- smooth ReLU-like -------------------------------------------------------
    Activation(
        id="elu",
        name="ELU",
        family="smooth ReLU-like",
        fn=lambda x, alpha: F.elu(x, alpha),
        params=(_float("alpha", 1.0, 0.01, 10.0, 0.05, "size of the negative saturation"),),
        formula="ELU(x) = x if x > 0, else alpha · (exp(x) - 1)",
        formula_html="ELU(<i>x</i>) = <i>x</i> if <i>x</i> &gt; 0, else α(e<sup><i>x</i></sup> − 1)",
        derivative="1 if x > 0, else alpha · exp(x)",
        derivative_html="1 if <i>x</i> &gt; 0, else α e<sup><i>x</i></sup>",
        output_range="(-alpha, ∞)",
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; f' continuous only when alpha = 1",
        use="hidden layers",
        strengths="negative outputs push the mean activation towards 0; no dead units",
        weaknesses="exp is slower than max; saturates at -alpha",
        kinks=lambda p: () if p["alpha"] == 1.0 else (0.0,),
        bounds=lambda p: (-p["alpha"], None),
    ),
    Activation(
        id="celu",
        name="CELU",
        family="smooth ReLU-like",
        fn=lambda x, alpha: F.celu(x, alpha),
        params=(_float("alpha", 1.0, 0.01, 10.0, 0.05, "size of the negative saturation"),),
        formula="CELU(x) = max(0, x) + min(0, alpha · (exp(x / alpha) - 1))",
        formula_html="CELU(<i>x</i>) = max(0, <i>x</i>) + min(0, α(e<sup><i>x</i>/α</sup> − 1))",
        derivative="1 if x > 0, else exp(x / alpha)",
        derivative_html="1 if <i>x</i> &gt; 0, else e<sup><i>x</i>/α</sup>",
        output_range="(-alpha, ∞)",
        zero_centred=False,
        monotonic=True,
        smoothness="continuously differentiable for every alpha",
        use="hidden layers",
        strengths="like ELU but with a continuous derivative for any alpha",
        weaknesses="PyTorch's CELU gradients are only float32-accurate, even in float64",
        bounds=lambda p: (-p["alpha"], None),
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
        output_range="(-1.7581, ∞)",
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; kink at 0 (slope 1.0507 right, 1.7581 left)",
        use="hidden layers of self-normalising networks (with Kaiming normal, nonlinearity 'linear')",
        strengths="keeps activations near mean 0, variance 1 through many layers",
        weaknesses="needs the matching initialisation and no batch norm to self-normalise",
        kinks=_kink_at_zero,
        bounds=_fixed_bounds(-SELU_SCALE * SELU_ALPHA, None),
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
        derivative="GELU'(x) = Φ(x) + x · φ(x)",
        derivative_html="GELU′(<i>x</i>) = Φ(<i>x</i>) + <i>x</i>·φ(<i>x</i>)",
        output_range="[-0.17, ∞)",
        zero_centred=False,
        monotonic=False,
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers of transformers (BERT, GPT)",
        strengths="smooth; weights inputs by how likely they are to be positive",
        weaknesses="costlier than ReLU; dips slightly below 0",
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
        output_range="[-0.278, ∞)",
        zero_centred=False,
        monotonic=False,
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers (EfficientNet, many CNNs)",
        strengths="smooth, non-monotonic bump helps optimisation",
        weaknesses="costlier than ReLU",
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
        output_range="[-0.309, ∞)",
        zero_centred=False,
        monotonic=False,
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers (YOLOv4)",
        strengths="smooth, self-regularising shape close to SiLU",
        weaknesses="the costliest of the ReLU family",
    ),
    Activation(
        id="softplus",
        name="Softplus",
        family="smooth ReLU-like",
        fn=lambda x, beta, threshold: F.softplus(x, beta, threshold),
        params=(
            _float("beta", 1.0, 0.05, 20.0, 0.05, "sharpness; large beta approaches ReLU"),
            _float("threshold", 20.0, 1.0, 100.0, 1.0, "above beta·x > threshold the function is x"),
        ),
        formula="Softplus(x) = (1 / beta) · ln(1 + exp(beta · x));  x where beta · x > threshold",
        formula_html="Softplus(<i>x</i>) = (1/β) ln(1 + e<sup>β<i>x</i></sup>); <i>x</i> where β<i>x</i> &gt; threshold",
        derivative="Softplus'(x) = σ(beta · x)  (1 where beta · x > threshold)",
        derivative_html="Softplus′(<i>x</i>) = σ(β<i>x</i>) (1 where β<i>x</i> &gt; threshold)",
        output_range="(0, ∞)",
        zero_centred=False,
        monotonic=True,
        smoothness="smooth (the linear switch at the threshold is invisible in float32)",
        use="hidden layers; outputs that must be positive (a variance, a rate)",
        strengths="a smooth ReLU with a gradient everywhere",
        weaknesses="never exactly 0; exp and log are slower",
        bounds=_fixed_bounds(0.0, None),
    ),
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
        zero_centred=False,
        monotonic=True,
        smoothness="smooth (infinitely differentiable)",
        use="output layer for binary classification (with BCELoss)",
        strengths="output reads as a probability",
        weaknesses="saturates for |x| > 5, so gradients vanish within a few layers; not zero-centred",
        bounds=_fixed_bounds(0.0, 1.0),
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
        zero_centred=True,
        monotonic=True,
        smoothness="smooth (infinitely differentiable)",
        use="hidden layers of shallow nets and RNNs",
        strengths="zero-centred; gradient up to 1 (four times sigmoid's)",
        weaknesses="still saturates for |x| > 3, gradients vanish in deep nets",
        bounds=_fixed_bounds(-1.0, 1.0),
    ),
    Activation(
        id="hardtanh",
        name="Hardtanh",
        family="sigmoid-like",
        fn=lambda x, min_val, max_val: F.hardtanh(x, min_val, max_val),
        params=(
            _float("min_val", -1.0, -10.0, 10.0, 0.1, "lower clip"),
            _float("max_val", 1.0, -10.0, 10.0, 0.1, "upper clip"),
        ),
        formula="Hardtanh(x) = min(max(x, min_val), max_val)",
        formula_html="Hardtanh(<i>x</i>) = min(max(<i>x</i>, min_val), max_val)",
        derivative="1 if min_val < x < max_val, else 0",
        derivative_html="1 if min_val &lt; <i>x</i> &lt; max_val, else 0",
        output_range="[min_val, max_val]",
        zero_centred=True,
        monotonic=True,
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
        zero_centred=False,
        monotonic=True,
        smoothness="continuous; kinks at -3 and 3",
        use="gates in mobile networks",
        strengths="cheap sigmoid substitute",
        weaknesses="gradient 0 outside [-3, 3]",
        kinks=lambda p: (-3.0, 3.0),
        bounds=_fixed_bounds(0.0, 1.0),
        second_derivative_form=lambda x: F.relu6(x + 3.0) / 6.0,
        second_derivative_note="f'' by autograd on the equal form relu6(x + 3) / 6: "
        "PyTorch has no derivative for hardsigmoid_backward",
    ),
    Activation(
        id="softsign",
        name="Softsign",
        family="sigmoid-like",
        fn=F.softsign,
        formula="Softsign(x) = x / (1 + |x|)",
        formula_html="Softsign(<i>x</i>) = <i>x</i> / (1 + |<i>x</i>|)",
        derivative="Softsign'(x) = 1 / (1 + |x|)²",
        derivative_html="Softsign′(<i>x</i>) = 1 / (1 + |<i>x</i>|)<sup>2</sup>",
        output_range="(-1, 1)",
        zero_centred=True,
        monotonic=True,
        smoothness="continuously differentiable; f'' jumps at 0",
        use="hidden layers, as a slower-saturating tanh",
        strengths="saturates polynomially, more gently than tanh",
        weaknesses="still saturates; rarely used today",
        bounds=_fixed_bounds(-1.0, 1.0),
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
        zero_centred=False,
        monotonic=True,
        smoothness="smooth (infinitely differentiable)",
        use="inside losses (log-likelihood of a binary label), numerically stable",
        strengths="stable log of a probability",
        weaknesses="not used as a hidden activation",
        bounds=_fixed_bounds(None, 0.0),
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
        zero_centred=True,
        monotonic=True,
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
        params=(_float("lambd", 0.5, 0.0, 10.0, 0.05, "half-width of the zero band"),),
        formula="Softshrink(x) = x - lambd if x > lambd;  x + lambd if x < -lambd;  0 otherwise",
        formula_html="Softshrink(<i>x</i>) = <i>x</i> − λ if <i>x</i> &gt; λ; <i>x</i> + λ if <i>x</i> &lt; −λ; 0 otherwise",
        derivative="1 if |x| > lambd, else 0",
        derivative_html="1 if |<i>x</i>| &gt; λ, else 0",
        output_range="(-∞, ∞)",
        zero_centred=True,
        monotonic=True,
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
        params=(_float("lambd", 0.5, 0.0, 10.0, 0.05, "half-width of the zero band"),),
        formula="Hardshrink(x) = x if |x| > lambd, else 0",
        formula_html="Hardshrink(<i>x</i>) = <i>x</i> if |<i>x</i>| &gt; λ, else 0",
        derivative="1 if |x| > lambd, else 0",
        derivative_html="1 if |<i>x</i>| &gt; λ, else 0",
        output_range="(-∞, ∞)",
        zero_centred=True,
        monotonic=False,
        smoothness="discontinuous at ±lambd",
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
        zero_centred=True,
        monotonic=True,
        smoothness="smooth (linear)",
        use="output layer for regression",
        strengths="no distortion of the output scale",
        weaknesses="no non-linearity: stacked linear layers collapse into one",
    ),
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
        zero_centred=False,
        monotonic=True,
        smoothness="smooth (infinitely differentiable)",
        use="output layer for multi-class classification (CrossEntropyLoss applies it for you)",
        strengths="turns scores into a probability distribution",
        weaknesses="its derivative is a Jacobian, not softmax applied twice",
        bounds=_fixed_bounds(0.0, 1.0),
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
        zero_centred=False,
        monotonic=True,
        smoothness="smooth (infinitely differentiable)",
        use="output layer with NLLLoss",
        strengths="numerically stable log-probabilities",
        weaknesses="outputs are logs, not probabilities",
        bounds=_fixed_bounds(None, 0.0),
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
        zero_centred=False,
        monotonic=False,
        smoothness="smooth (infinitely differentiable)",
        use="attention over costs or distances (small is likely)",
        strengths="a distribution that favours the smallest input",
        weaknesses="rarely needed: softmax of -x is the same",
        bounds=_fixed_bounds(0.0, 1.0),
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
        zero_centred=False,
        monotonic=False,
        smoothness="smooth (infinitely differentiable)",
        use="gated layers in language models (GLU, SwiGLU variants)",
        strengths="a learned gate controls what passes",
        weaknesses="halves the width; needs an even-length input",
    ),
)

ACTIVATIONS: dict[str, Activation] = {a.id: a for a in _ENTRIES}


def get_activation(activation_id: str) -> Activation:
    """The registry entry for ``activation_id``, or EngineError naming the field."""
    try:
        return ACTIVATIONS[activation_id]
    except KeyError:
        raise EngineError("activation", f"unknown activation {activation_id!r}") from None


def elementwise_ids() -> tuple[str, ...]:
    """Ids of the activations applied element by element (plotted as curves)."""
    return tuple(a.id for a in _ENTRIES if not a.vector)


def vector_ids() -> tuple[str, ...]:
    """Ids of the activations that act on a whole vector (softmax & co.)."""
    return tuple(a.id for a in _ENTRIES if a.vector)
