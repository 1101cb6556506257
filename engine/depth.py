"""What an initialiser does to a deep network, layer by layer.

A fully connected network of ``layers`` layers of ``width`` units,
``h_l = f(W_l h_{l-1} + b_l)`` with ``h_0`` a batch of standard normal inputs,
the weights drawn by an entry of :data:`engine.initializers.INITIALIZERS` and
``f`` an elementwise activation of :data:`engine.activations.ACTIVATIONS` or a formula
(:mod:`engine.resolve`).
The loss is the batch mean of ``<h_L, g>`` with ``g`` standard normal (fixed by
the seed): its gradient at the output is a clean ``g / batch``, so whatever
happens to the gradient on its way back is the network's doing.

:func:`run` is a pure function in the Orange3 ``concurrent`` style: it reports
progress, stops when ``cancelled()`` turns true, runs on CUDA when asked and
available (falling back to the CPU), and returns a :class:`DepthResult` of
numpy arrays. :func:`mean_field` gives the infinite-width theory for comparison
(Poole et al. 2016; for ReLU it is He et al. 2015's variance recursion).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from engine import memory
from engine.devices import run_placed, torch_dtype
from engine.errors import EngineError
from engine.evaluate import checked_params, evaluate
from engine.initializers import INITIALIZERS, check_bins, check_seed, checked_init_params
from engine.jobs import CancelledFn, ProgressFn, check, never_cancelled, no_progress
from engine.resolve import Formula, resolve_activation

MAX_LAYERS = 100
MAX_WIDTH = 2048
MAX_BATCH = 8192
#: Tensors of batch × width values held per layer at the peak: the layer input and pre-activation autograd
#: saves, the output, and forward/backward temporaries glibc keeps until trimmed. Measured (peak RSS of a
#: subprocess): 3.4 (ReLU) to 5.0 (sigmoid with bias) in float64 at width 256, batch 8,192.
_ACTIVATIONS_PER_LAYER = 5
_WEIGHTS_PER_LAYER = 2.5
BIAS_MODES = ("zero", "default")  # default: nn.Linear's U(-1/√fan_in, 1/√fan_in)
DEPTH_DTYPES = ("float32", "float64")

#: The columns of :meth:`DepthResult.table`, as the CSV export writes them.
TABLE_HEADER = ("layer", "act_mean", "act_std", "grad_act_std", "grad_weight_std")


@dataclass(frozen=True)
class DepthConfig:
    """One run of the experiment; :func:`checked_config` fills in and checks every field."""

    activation: str | Formula = "relu"  # a registry id or a formula (engine.resolve)
    activation_params: Mapping[str, Any] = field(default_factory=dict)
    init: str = "kaiming_normal"
    init_params: Mapping[str, Any] = field(default_factory=dict)
    layers: int = 20
    width: int = 512
    batch: int = 1024
    bias: str = "zero"
    seed: int = 0
    bins: int = 60
    device: str = "auto"
    dtype: str = "float32"


@dataclass(frozen=True)
class DepthResult:
    """Per-layer statistics of one forward and backward pass (layer 1 is the first hidden layer)."""

    config: DepthConfig  # checked, parameters filled in
    layer: np.ndarray  # 1..L
    act_mean: np.ndarray
    act_std: np.ndarray
    grad_act_std: np.ndarray  # std of ∂loss/∂h_l
    grad_weight_std: np.ndarray  # std of ∂loss/∂W_l
    edges: np.ndarray  # bins + 1 edges shared by every layer (the heat map's value axis)
    heat: np.ndarray  # (L, bins): share of layer l's activations in each shared bin
    layer_edges: np.ndarray  # (L, bins + 1): each layer's own range
    layer_counts: np.ndarray  # (L, bins)
    device: str
    dtype: str
    fallback_reason: str | None = None
    overflow_layer: int | None = None  # first layer whose activations overflowed to inf or nan
    seconds: float = 0.0
    #: What a plain network in ``dtype`` (no rescaling) would show: the highest layer whose weight
    #: gradient would round to exactly zero everywhere (None: none would), and the highest layer whose
    #: largest weight gradient is below the smallest normal number (subnormal: few significant bits).
    #: Estimates from the true peaks; a plain network's own rounding may move them by a layer.
    plain_zero_layer: int | None = None
    plain_subnormal_layer: int | None = None

    def table(self) -> tuple[list[str], list[np.ndarray]]:
        """Header and columns, one row per layer (the CSV export)."""
        cols = [self.layer, self.act_mean, self.act_std, self.grad_act_std, self.grad_weight_std]
        return list(TABLE_HEADER), cols


def _whole(name: str, value: object, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not lo <= value <= hi:
        raise EngineError(name, f"expected a whole number from {lo:,} to {hi:,}, got {value!r}")
    return int(value)


def peak_bytes(layers: int, width: int, batch: int, dtype: str) -> int:
    """Estimated peak memory of a run: per layer its weight and the batch × width tensors it keeps, plus
    the input, the target and one weight gradient at a time, in ``dtype``'s bytes per value."""
    per_value = torch.empty((), dtype=torch_dtype(dtype)).element_size()
    # a weight, its gradient and transient copies: 100 layers × 2048 × batch 128 in float32 rose 3,967 MB
    # (weights 1,600 MB), against 2,118 MB estimated with one weight per layer
    per_layer = _WEIGHTS_PER_LAYER * width * width + _ACTIVATIONS_PER_LAYER * batch * width
    return int(per_value * (layers * per_layer + 2 * batch * width + width * width))


def checked_config(config: DepthConfig) -> DepthConfig:
    """``config`` with parameters filled in; EngineError naming the first bad field."""
    act = resolve_activation(config.activation)
    if act.vector:
        raise EngineError("activation", f"{act.id} acts on a whole vector; choose an elementwise activation")
    act_params = checked_params(act, config.activation_params)
    layers = _whole("layers", config.layers, 1, MAX_LAYERS)
    width = _whole("width", config.width, 1, MAX_WIDTH)
    batch = _whole("batch", config.batch, 1, MAX_BATCH)
    if config.dtype not in DEPTH_DTYPES:
        raise EngineError("dtype", f"the depth experiment runs in {' or '.join(DEPTH_DTYPES)}, got {config.dtype!r}")
    need = peak_bytes(layers, width, batch, config.dtype)
    if need > memory.DEPTH_BUDGET:
        raise EngineError(
            "batch",
            f"{layers} layers × {width} units × batch {batch:,} in {config.dtype} needs about {memory.format_bytes(need)} "
            f"at its peak (weights, the activations kept for the backward pass, gradients); the most is "
            f"{memory.format_bytes(memory.DEPTH_BUDGET)}: use a smaller batch, fewer layers or float32",
        )
    _, init_params, _ = checked_init_params(config.init, config.init_params, (width, width))
    if config.bias not in BIAS_MODES:
        raise EngineError("bias", f"expected one of {', '.join(BIAS_MODES)}, got {config.bias!r}")
    return replace(
        config,
        activation_params=act_params,
        init_params=init_params,
        layers=layers,
        width=width,
        batch=batch,
        seed=check_seed(config.seed),
        bins=check_bins(config.bins),
    )


def run(config: DepthConfig, progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled) -> DepthResult:
    """One forward and backward pass; per-layer statistics and histograms.

    Progress goes from 0 to 1 (forward to 0.5, backward to 0.9, histograms to 1).
    Raises :class:`engine.jobs.Cancelled` soon after ``cancelled()`` turns true.
    """
    cfg = checked_config(config)
    check(cancelled)

    def compute(dev: torch.device, tdtype: torch.dtype) -> _Computed:
        return _compute(cfg, dev, tdtype, progress, cancelled)

    (arrays, overflow, seconds, weight_peaks), placement = run_placed(cfg.device, cfg.dtype, compute)
    memory.release_memory()  # the layers' tensors are gone; hand their pages back (1.2 GB after a 1.4 GB run)
    progress(1.0)
    zero, subnormal = plain_underflow_layers(weight_peaks, torch_dtype(cfg.dtype))
    return DepthResult(
        cfg,
        *arrays,
        placement.device,
        placement.dtype,
        placement.fallback_reason,
        overflow,
        seconds,
        zero,
        subnormal,
    )


def plain_underflow_layers(peaks: np.ndarray, tdtype: torch.dtype) -> tuple[int | None, int | None]:
    """(highest layer whose gradient peak rounds to 0 in ``tdtype``, highest whose peak is subnormal), 1-based.

    A value below half the smallest subnormal number (2^-150 in float32) rounds to zero; every
    entry of a gradient whose largest magnitude does so is exactly zero.
    """
    info = torch.finfo(tdtype)
    smallest_subnormal = info.smallest_normal * info.eps
    finite = np.isfinite(peaks)
    zero = np.flatnonzero(finite & (peaks <= smallest_subnormal / 2))
    subnormal = np.flatnonzero(finite & (peaks < info.smallest_normal))
    return (int(zero[-1]) + 1 if zero.size else None), (int(subnormal[-1]) + 1 if subnormal.size else None)


#: layer, act_mean, act_std, grad_act_std, grad_weight_std, edges, heat, layer_edges, layer_counts (DepthResult's order)
_LayerArrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]
#: the arrays, the first overflowing layer, seconds, and the true largest |∂loss/∂W_l| per layer
_Computed = tuple[_LayerArrays, int | None, float, np.ndarray]


def _compute(cfg: DepthConfig, dev: torch.device, tdtype: torch.dtype, progress: ProgressFn, cancelled: CancelledFn) -> _Computed:
    start = time.perf_counter()
    act = resolve_activation(cfg.activation)
    entry = INITIALIZERS[cfg.init]
    n, L, B = cfg.width, cfg.layers, cfg.batch
    gen = torch.Generator(device=dev).manual_seed(cfg.seed)
    cuda = [dev.index or 0] if dev.type == "cuda" else []
    grad_act: list[torch.Tensor | None] = [None] * L
    grad_w: list[torch.Tensor | None] = [None] * L
    peak_w: list[torch.Tensor | None] = [None] * L
    scale = _GradientScale(L, dev)
    backward_done = [0]

    def step_back() -> None:
        backward_done[0] += 1
        progress(0.5 + 0.4 * backward_done[0] / (2 * L))
        check(cancelled)

    def act_hook(index: int) -> Callable[[torch.Tensor], None]:
        def hook(grad: torch.Tensor) -> None:  # ∂loss/∂h_l times 2^before[l]
            grad_act[index] = grad.std(correction=0)
            step_back()

        return hook

    def weight_hook(index: int) -> Callable[[torch.Tensor], None]:
        def hook(weight: torch.Tensor) -> None:  # ∂loss/∂W_l times 2^after[l]
            grad = weight.grad
            if grad is not None:  # set: the hook runs after the gradient was accumulated
                grad_w[index] = grad.std(correction=0)
                peak_w[index] = grad.abs().amax()
            weight.grad = None  # keep one layer's weight gradient in memory, not all of them
            step_back()

        return hook

    with torch.random.fork_rng(devices=cuda):  # rrelu (training) and sparse_ draw from the global RNG
        torch.manual_seed(cfg.seed)
        h = torch.randn(B, n, generator=gen, device=dev, dtype=tdtype)
        outputs, stats = [], []
        for index in range(L):
            weight = torch.empty(n, n, device=dev, dtype=tdtype)
            with torch.no_grad():
                entry.fn(weight, gen, **cfg.init_params)
            weight.requires_grad_(True)
            bias = None
            if cfg.bias == "default":
                bound = 1.0 / math.sqrt(n)
                bias = torch.empty(n, device=dev, dtype=tdtype).uniform_(-bound, bound, generator=gen)
            h = act.fn(F.linear(h, weight, bias), **cfg.activation_params)
            d = h.detach()
            h = _Rescale.apply(h, scale, index)  # type: ignore[no-untyped-call]  # torch: Function.apply is unannotated
            h.register_hook(act_hook(index))
            weight.register_post_accumulate_grad_hook(weight_hook(index))
            std, mean = torch.std_mean(d, correction=0)
            stats.append(torch.stack([mean, std, d.min(), d.max()]))
            outputs.append(d)
            progress(0.5 * (index + 1) / L)
            check(cancelled)
        target = torch.randn(B, n, generator=gen, device=dev, dtype=tdtype)
        loss = (h * target).sum() / B
        loss.backward()
        del h, loss
    stats_np = torch.stack(stats).to("cpu", torch.float64).numpy()
    act_mean, act_std, mins, maxs = stats_np.T
    finite = np.isfinite(stats_np).all(axis=1)
    overflow = int(np.argmin(finite)) + 1 if not finite.all() else None
    lo, hi = _shared_range(act.bounds(dict(cfg.activation_params)), act_mean, act_std, mins, maxs, finite)
    heat = np.zeros((L, cfg.bins))
    layer_edges = np.zeros((L, cfg.bins + 1))
    layer_counts = np.zeros((L, cfg.bins))
    total = B * n
    for index, d in enumerate(outputs):
        check(cancelled)
        values = d.float() if d.dtype != torch.float32 else d
        if not finite[index]:
            values = values[torch.isfinite(values)]
        heat[index] = torch.histc(values, cfg.bins, lo, hi).cpu().numpy() / total
        own_lo, own_hi = _own_range(mins[index], maxs[index])
        layer_edges[index] = np.linspace(own_lo, own_hi, cfg.bins + 1)
        layer_counts[index] = torch.histc(values, cfg.bins, own_lo, own_hi).cpu().numpy()
        progress(0.9 + 0.1 * (index + 1) / L)
    before, after = scale.exponents()
    grads = [
        np.array([math.nan if t is None else math.ldexp(float(t), -int(e)) for t, e in zip(seq, exps, strict=True)])
        for seq, exps in ((grad_act, before), (grad_w, after), (peak_w, after))
    ]
    arrays: _LayerArrays = (
        np.arange(1, L + 1),
        act_mean,
        act_std,
        grads[0],
        grads[1],
        np.linspace(lo, hi, cfg.bins + 1),
        heat,
        layer_edges,
        layer_counts,
    )
    return arrays, overflow, time.perf_counter() - start, grads[2]  # the true largest |∂loss/∂W_l| per layer


class _GradientScale:
    """The powers of two by which :class:`_Rescale` multiplied the gradient on its way back.

    The gradient reaching layer l is the true one times ``2**before[l]``; layer l's weight
    gradient is the true one times ``2**after[l]`` (``after = before + step``).
    """

    def __init__(self, layers: int, dev: torch.device):
        self.total = torch.zeros((), device=dev, dtype=torch.float64)
        self.before: list[torch.Tensor | None] = [None] * layers
        self.after: list[torch.Tensor | None] = [None] * layers

    def exponents(self) -> tuple[np.ndarray, np.ndarray]:
        def as_array(seq: Sequence[torch.Tensor | None]) -> np.ndarray:
            return torch.stack([torch.zeros((), dtype=torch.float64) if t is None else t.cpu() for t in seq]).numpy()

        return as_array(self.before), as_array(self.after)


class _Rescale(torch.autograd.Function):
    """Identity forward; backward multiplies the gradient by the power of two that brings its
    largest magnitude into [1, 2).

    Backpropagation through a deep saturating net shrinks the gradient by a constant factor per
    layer: with sigmoid and nn.Linear's default init it falls below float32's smallest normal
    number (1.2e-38) in the first layers, where the CPU computes ~10× slower and with only a few
    significant bits (a weight-gradient std of 4.2e-45 instead of 1.9e-44). Powers of two are
    exact and every step of the backward pass is linear in the gradient, so the rescaled gradients
    are exactly 2^k times the ones autograd computes (bit for bit where those do not underflow);
    the statistics are divided by 2^k again in float64.
    """

    @staticmethod
    def forward(ctx: Any, h: torch.Tensor, scale: _GradientScale, index: int) -> torch.Tensor:
        ctx.scale, ctx.index = scale, index
        return h.view_as(h)

    @staticmethod
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor, None, None]:
        scale, index = ctx.scale, ctx.index
        scale.before[index] = scale.total.clone()
        peak = grad.detach().abs().amax().double()
        usable = torch.isfinite(peak) & (peak > 0)
        step = torch.where(usable, -torch.floor(torch.log2(torch.where(usable, peak, 1.0))), 0.0).clamp(-100, 100)
        scale.total = scale.total + step
        scale.after[index] = scale.total.clone()
        return grad * torch.exp2(step).to(grad.dtype), None, None


def _own_range(lo: float, hi: float) -> tuple[float, float]:
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return -1.0, 1.0
    if hi - lo <= 1e-12 * max(1.0, abs(lo)):
        half = max(0.5, abs(lo) * 0.5)
        return lo - half, hi + half
    return float(lo), float(hi)


def _shared_range(
    bounds: tuple[float | None, float | None],
    mean: np.ndarray,
    std: np.ndarray,
    mins: np.ndarray,
    maxs: np.ndarray,
    finite: np.ndarray,
) -> tuple[float, float]:
    """The heat map's value axis: the activation's bounds if finite, else the union of mean ± 4 std."""
    low, high = bounds
    if low is not None and high is not None:
        return float(low), float(high)
    if not finite.any():
        return -1.0, 1.0
    lo = float(np.min(np.maximum(mins, mean - 4 * std)[finite]))
    hi = float(np.max(np.minimum(maxs, mean + 4 * std)[finite]))
    if low is not None:
        lo = max(lo, float(low))
    if high is not None:
        hi = min(hi, float(high))
    return _own_range(lo, hi)


# ---- mean-field theory ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeanField:
    """The infinite-width prediction for the same per-layer statistics (nan where it does not apply)."""

    act_mean: np.ndarray
    act_std: np.ndarray
    grad_act_std: np.ndarray
    grad_weight_std: np.ndarray
    note: str = ""


# Standard normal expectations by the midpoint rule: no node falls on the kink at 0 that most
# activations have, where a rule with a node there would count half of a jump in f'.
_STEP = 20.0 / 20_000
_GRID = -10.0 + _STEP * (np.arange(20_000) + 0.5)
_WEIGHTS = np.exp(-0.5 * _GRID**2) / math.sqrt(2 * math.pi) * _STEP


def mean_field(config: DepthConfig) -> MeanField:
    """Per-layer statistics predicted for infinite width with i.i.d. zero-mean weights.

    Forward: ``q_l = n·Var(W)·E[h_{l-1}²] + Var(b)`` with ``z_l ~ N(0, q_l)``; backward:
    ``E[δh_{l-1}²] = n·Var(W)·E[f'(z_l)²]·E[δh_l²]`` from ``E[δh_L²] = 1/batch²``.
    Schemes that are not i.i.d. zero-mean (eye, constant, uniform(0, 1), ...) get nan.
    """
    cfg = checked_config(config)
    L, n, B = cfg.layers, cfg.width, cfg.batch
    nan = np.full(L, np.nan)
    _, _, dims = checked_init_params(cfg.init, cfg.init_params, (n, n))
    th = INITIALIZERS[cfg.init].theory(dict(cfg.init_params), dims)
    if not th.has_density or th.mean != 0.0:
        return MeanField(nan, nan, nan, nan, "mean-field theory needs i.i.d. zero-mean weights")
    sigma_w2 = th.std**2
    sigma_b2 = 1.0 / (3.0 * n) if cfg.bias == "default" else 0.0
    means, stds, dfs2, second = np.empty(L), np.empty(L), np.empty(L), np.empty(L + 1)
    second[0] = 1.0  # E[x²] of the standard normal input
    with np.errstate(all="ignore"):
        for index in range(L):
            q = n * sigma_w2 * second[index] + sigma_b2
            if not math.isfinite(q) or q > 1e30:
                means[index:], stds[index:], dfs2[index:], second[index + 1 :] = np.nan, np.nan, np.nan, np.nan
                break
            curve = evaluate(
                cfg.activation, cfg.activation_params, x=math.sqrt(q) * _GRID, order=1, device="cpu", dtype="float64"
            )
            m1 = float(np.sum(_WEIGHTS * curve.f))
            m2 = float(np.sum(_WEIGHTS * curve.f**2))
            means[index], stds[index] = m1, math.sqrt(max(m2 - m1 * m1, 0.0))
            assert curve.df is not None  # order=1 computes f′
            dfs2[index] = float(np.sum(_WEIGHTS * curve.df**2))
            second[index + 1] = m2
        delta_h2 = np.empty(L)
        delta_h2[L - 1] = 1.0 / B**2
        for index in range(L - 1, 0, -1):
            delta_h2[index - 1] = n * sigma_w2 * dfs2[index] * delta_h2[index]
        delta_z2 = dfs2 * delta_h2
        grad_w = np.sqrt(B * delta_z2 * second[:L])
        return MeanField(means, stds, np.sqrt(delta_h2), grad_w)
