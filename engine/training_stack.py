"""Several networks of one shape trained as one computation: the engine under every training run.

A :class:`Stack` holds ``N`` networks that share their layer sizes and how they learn (features,
hidden layers, loss, optimiser, learning rate, batch size, penalty, device, precision; see
:func:`engine.training_config.stack_key`) but may differ in activation, initialiser, bias, seed and
data: the side-by-side lesson (the linear twin and the chosen network), several seeds, an
activation race. Their weights are stacked, ``[N, in, out]`` per layer, and every mini-batch step
runs ``torch.baddbmm`` over all of them at once, so N networks cost far less than N times one
(``bench/training.py`` measures it). ``N = 1`` (a :class:`engine.training.Trainer`) keeps plain
2-D tensors and ``torch.addmm``: a batch of one through ``baddbmm`` costs about 30 % more.

Each network keeps what it has alone: its data, its seeded initial weights, its own seeded shuffle
each epoch; the networks never mix (the step differentiates the sum of their losses, whose
gradient with respect to one network's weights is that network's own). A network trained in a
stack equals the same network trained alone to float rounding (``tests/engine/test_training_stack.py``:
``baddbmm`` and ``addmm`` may round differently, and vectorised and scalar tails of elementwise
kernels too), and the same stack with the same seeds gives the same history bit for bit on the CPU.
(RReLU in training mode is the exception to the first: its random slopes come from one generator
seeded from the first network's seed, drawn for the whole stack at once.)

Speed (a [4, 2] network, 250 training points in mini-batches of 10: 25 steps an epoch) is fixed
cost per operation, so every step does as few as it can; the reason for each choice is written
beside it. Autograd computes every gradient (any registry activation or typed formula trains).
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Iterator, Sequence

import numpy as np
import torch

from engine import training_ops as ops
from engine.datasets import Data, feature_matrix
from engine.devices import intra_op_threads, run_placed
from engine.errors import EngineError
from engine.initializers import checked_init_params
from engine.jobs import CancelledFn, check, never_cancelled
from engine.optimizers import get_optimizer
from engine.training_config import (
    SQUARED,
    TrainConfig,
    checked_config,
    data_for,
    layer_activations,
    layer_inits,
    network_changes,
    stack_key,
)
from engine.training_result import EpochStats, TrainResult, history_columns, history_of
from engine.training_views import HiddenSpace, Snapshot, View, hidden_space, map_grid

__all__ = ["Diverged", "EpochStats", "Stack", "TrainResult"]

MAP_SEED = 1 << 30  # offset of the maps' seed from the epochs' (random activations only)
MEASURE_SEED = 1 << 29  # and of :meth:`Stack.measure`'s
#: The losses whose mean over a mini-batch one network trains on as a scaled sum, with the same gradient (_loss).
SUM_EXACT = frozenset({"mse", SQUARED})


class Diverged(EngineError):
    """The loss became NaN or infinite; ``epoch`` is the epoch whose training made it so, ``index`` the network."""

    def __init__(self, epoch: int, value: float, lr: float, index: int = 0):
        what = "NaN" if math.isnan(value) else "infinite"
        super().__init__(
            "lr", f"the training diverged at epoch {epoch}: the loss became {what} (learning rate {lr:g}); try a smaller one"
        )
        self.epoch, self.index, self.value, self.lr = epoch, index, value, lr

    def __reduce__(
        self,
    ) -> tuple[type, tuple[int, float, float, int]]:  # pickled as its arguments (the training process sends it back)
        return type(self), (self.epoch, self.value, self.lr, self.index)


class Stack:
    """``N`` networks trained together, one epoch per :meth:`step`; not thread-safe (one worker drives it).

    ``datas`` (one per network, all with the same number of points and training points) defaults
    to each config's own. ``threads``: torch's intra-op threads while it computes (None: leave as is).
    """

    def __init__(self, configs: Sequence[TrainConfig], datas: Sequence[Data] | None = None, threads: int | None = 1):
        if not configs:
            raise EngineError("networks", "a stack needs at least one network")
        self.configs = [checked_config(c) for c in configs]
        keys = {stack_key(c) for c in self.configs}
        if len(keys) != 1:
            raise EngineError("networks", "networks trained together must share their shape and how they learn")
        self.datas = list(datas) if datas is not None else [data_for(c) for c in self.configs]
        if len({(len(d.xy), int(d.train.sum())) for d in self.datas}) != 1:
            raise EngineError("networks", "networks trained together need as many points and training points")
        self.threads = threads
        first = self.configs[0]
        (self._dev, self._dtype), placement = run_placed(first.device, first.dtype, self._probe)
        self.device, self.fallback_reason = placement.device, placement.fallback_reason
        self._grids: dict[int, torch.Tensor] = {}
        self.reset()

    def _probe(self, dev: torch.device, dtype: torch.dtype) -> tuple[torch.device, torch.dtype]:
        torch.zeros(1, device=dev, dtype=dtype).add_(1).item()  # fails here, not mid-training, when CUDA is unusable
        return dev, dtype

    @property
    def size(self) -> int:
        return len(self.configs)

    # ---- building ---------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to epoch 0: the initial weights each seed gives, and each history's first entry."""
        with intra_op_threads(self.threads):
            self._build()
            self.epoch = 0
            self._unmeasured = False  # the last epoch's gradient norms and dead units are still to compute
            with self._seeded(0):
                self._histories: list[list[EpochStats]] = [[s] for s in self._evaluate(full=True)]

    def _build(self) -> None:
        cfg, dev, n = self.configs[0], self._dev, self.size
        per_network = [self._initial(c) for c in self.configs]  # [network][layer] -> (w (in, out), b (out,))
        layers = len(cfg.weight_shapes)
        if n == 1:
            self._weights = [per_network[0][k][0].to(dev).requires_grad_(True) for k in range(layers)]
            self._biases = [per_network[0][k][1].to(dev).requires_grad_(True) for k in range(layers)]
        else:  # [N, in, out] and [N, 1, out]: baddbmm's shapes
            self._weights = [torch.stack([p[k][0] for p in per_network]).to(dev).requires_grad_(True) for k in range(layers)]
            self._biases = [
                torch.stack([p[k][1] for p in per_network]).unsqueeze(1).to(dev).requires_grad_(True) for k in range(layers)
            ]
        self._params = self._weights + self._biases
        self._optimizer = get_optimizer(cfg.optimizer).make(self._params, cfg.lr)
        self._bind()
        # rrelu with training=True draws from torch's global RNG (it takes no generator): only then does each
        # epoch, evaluation and map run inside fork_rng with a seeded generator (0.3 ms, so not for the others).
        self._random = any(ops.is_random(a, p) for c in self.configs for a, p in layer_activations(c))
        # One torch.Generator per network, owned by the stack: each epoch's shuffle without touching global state.
        # Networks of one seed (a race) shuffle alike: one generator and one permutation serve them all.
        seeds = {c.seed for c in self.configs}
        self._shuffles = [torch.Generator().manual_seed(c.seed + 1) for c in self.configs[: 1 if len(seeds) == 1 else None]]
        self._place_data()

    def _bind(self) -> None:
        """Each layer's activation function (functions, not data: what :meth:`__setstate__` builds again)."""
        cfg, n = self.configs[0], self.size
        self._acts_of = [[ops.bound(a, p) for a, p in layer_activations(c)] for c in self.configs]  # [network][layer]
        entries = [[repr(entry) for entry in layer_activations(c)] for c in self.configs]  # [network][layer]
        self._acts = [
            ops.per_network([self._acts_of[k][layer] for k in range(n)], [entries[k][layer] for k in range(n)])
            for layer in range(len(cfg.hidden))
        ]
        self._layers = list(zip(self._weights, self._biases, self._acts, strict=False))  # the hidden layers

    def __getstate__(self) -> dict[str, object]:
        """Everything but the activation functions (closures, typed formulas) and the maps' grids: the training
        tab hands a stack to its training process with ``torch.save`` (which keeps the mini-batches views of their
        buffer) and takes it back; the copy goes on bit for bit as the original would."""
        state = {k: v for k, v in self.__dict__.items() if k not in ("_acts_of", "_acts", "_layers", "_grids")}
        state["_histories"] = [history_columns(h) for h in self._histories]  # 0.1 s per 2,000 epochs as objects
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._histories = [history_of(columns) for columns in self._histories]  # type: ignore[arg-type]
        self._grids = {}
        self._bind()

    def _initial(self, cfg: TrainConfig) -> list[tuple[torch.Tensor, torch.Tensor]]:
        gen, dtype, out = torch.Generator().manual_seed(cfg.seed), self._dtype, []
        with torch.random.fork_rng(devices=[]), torch.no_grad():  # sparse_ and linear_default use the global RNG
            torch.default_generator.manual_seed(cfg.seed)
            for (n_out, n_in), (init_id, params) in zip(cfg.weight_shapes, layer_inits(cfg), strict=True):
                entry, values, _ = checked_init_params(init_id, params, (n_out, n_in))
                weight = torch.empty(n_out, n_in, dtype=dtype)
                entry.fn(weight, gen, **values)
                out.append((weight.T.contiguous(), torch.full((n_out,), cfg.bias, dtype=dtype)))
        return out

    def _place_data(self) -> None:
        """Every network's points, training points first, and preallocated shuffle buffers cut into mini-batches."""
        dev, dtype, cfg = self._dev, self._dtype, self.configs[0]
        xs, ts = [], []
        for data in self.datas:
            order = np.concatenate([np.flatnonzero(data.train), np.flatnonzero(~data.train)])
            xy = torch.as_tensor(data.xy[order], dtype=dtype, device=dev)
            xs.append(feature_matrix(xy, cfg.features))
            ts.append(ops.targets(cfg.loss, torch.as_tensor(data.labels[order], device=dev), dtype))
        one = self.size == 1
        self._x = xs[0] if one else torch.stack(xs)  # [(N,) points, features]
        self._t = ts[0] if one else torch.stack(ts)
        self._n_train = int(self.datas[0].train.sum())
        self._has_test = self._n_train < len(self.datas[0].xy)
        x_train, t_train = self._x[..., : self._n_train, :], self._t[..., : self._n_train]
        self._x_train, self._t_train = x_train.contiguous(), t_train.contiguous()
        # Each epoch's shuffled copy is written into these buffers (index_select/take_along_dim with out=), and
        # the mini-batches are views cut once here: no allocation and no split per epoch.
        self._x_buf, self._t_buf = torch.empty_like(self._x_train), torch.empty_like(self._t_train)
        axis = 0 if one else 1
        # The targets' views keep a trailing axis of 1, as the logits have: no squeeze (an op and a node) per step.
        targets = self._t_buf.unsqueeze(-1).split(cfg.batch, dim=axis)
        self._batches = list(zip(self._x_buf.split(cfg.batch, dim=axis), targets, strict=True))

    def restore_history(self, rows: Sequence[Sequence[Sequence[float]]]) -> None:
        """Put a saved loss history (per network, ``(epoch, train_loss, test_loss, train_accuracy, test_accuracy)``
        rows before the current epoch) in front of each history; its gradient norms and dead units are NaN."""
        if len(rows) != self.size:
            raise EngineError("history", f"expected {self.size} histories, got {len(rows)}")
        for k, run in enumerate(rows):
            current = self._histories[k][-1]
            nan_norms, nan_dead = np.full_like(current.grad_norms, math.nan), np.full_like(current.dead_share, math.nan)
            earlier = [
                EpochStats(int(r[0]), float(r[1]), float(r[2]), float(r[3]), float(r[4]), nan_norms, nan_dead)
                for r in run
                if int(r[0]) < current.epoch
            ]
            self._histories[k] = [*earlier, current]

    def retune(self, configs: Sequence[TrainConfig]) -> None:
        """Apply new learning settings (``LEARNING_SETTINGS``) to the running networks: weights, epoch and history
        stay; a new optimiser starts with fresh state, a new loss or batch size re-cuts targets and batches."""
        new = [checked_config(c) for c in configs]
        if len(new) != self.size or any(network_changes(o, c)[1] for o, c in zip(self.configs, new, strict=True)):
            raise EngineError("networks", "only the learning settings can change on a running network")
        old, self.configs = self.configs[0], new
        cfg = new[0]
        if cfg.optimizer != old.optimizer:
            self._optimizer = get_optimizer(cfg.optimizer).make(self._params, cfg.lr)
        elif cfg.lr != old.lr:
            self._optimizer.lr = cfg.lr  # its state (momentum, Adam's moments) carries on
        if cfg.loss != old.loss or cfg.batch != old.batch:
            self._place_data()

    # ---- training ---------------------------------------------------------------------------------------

    def histories(self) -> list[tuple[EpochStats, ...]]:
        return [tuple(h) for h in self._histories]

    def step(self, epochs: int = 1, cancelled: CancelledFn = never_cancelled, measure_last: bool = True) -> list[EpochStats]:
        """Train every network ``epochs`` epochs (checking ``cancelled`` between them); the last epoch's statistics.

        ``measure_last``: the last epoch's gradient norms and dead units too (a backward pass over every
        training point); False leaves them NaN until :meth:`measure`, for a caller that steps one epoch at a
        time and draws only some (the training tab as fast as possible: a full evaluation every epoch cost
        0.5 of its 5.8 ms at [4,2]). Raises :class:`Diverged` (naming the first network whose loss stopped
        being finite) after that epoch; every network stays at that epoch.
        """
        with intra_op_threads(self.threads):  # set once per call, not per epoch (issue 23: 2 syscalls a step)
            for done in range(epochs):
                check(cancelled)
                with self._seeded(self.epoch + 1):
                    self._train_epoch()
                    self.epoch += 1
                    full = measure_last and done == epochs - 1
                    stats = self._evaluate(full=full)
                    self._unmeasured = not full
                for history, s in zip(self._histories, stats, strict=True):
                    history.append(s)
                for index, s in enumerate(stats):
                    losses = (s.train_loss, s.test_loss) if self._has_test else (s.train_loss,)
                    bad = next((v for v in losses if not math.isfinite(v)), None)
                    if bad is not None:
                        raise Diverged(self.epoch, bad, self.configs[index].lr, index)
        return [h[-1] for h in self._histories]

    def measure(self, norms: bool = True) -> None:
        """The current epoch's gradient norms and dead units, where :meth:`step` left them NaN (``measure_last``
        False): computed now, once, into the last entry of every history (its losses and accuracies stay).
        ``norms`` False: the dead units only (no graph, no backward pass: the race draws no gradient norms)."""
        if not self._unmeasured:
            return
        with intra_op_threads(self.threads), self._seeded(self.epoch + MEASURE_SEED):
            stats = self._evaluate(full=True, norms=norms)
        for history, s in zip(self._histories, stats, strict=True):
            history[-1] = dataclasses.replace(history[-1], grad_norms=s.grad_norms, dead_share=s.dead_share)
        self._unmeasured = False

    def _train_epoch(self) -> None:
        cfg, opt = self.configs[0], self._optimizer
        penalty = cfg.regularization != "none" and cfg.reg_rate > 0
        self._shuffle()
        for x, t in self._batches:
            # One autograd.grad per step, straight to the optimiser: no .grad fields to zero or accumulate.
            grads = torch.autograd.grad(self._loss(self._logits(x), t), self._params)
            if penalty:
                ops.regularize(cfg, self._weights, grads[: len(self._weights)])
            opt.step(grads)

    @contextlib.contextmanager
    def _seeded(self, offset: int) -> Iterator[None]:
        """With a random activation: the block draws from torch's default generator (of the device) seeded with
        the first network's seed + ``offset``, and the caller's generator is restored after; else nothing."""
        if not self._random:
            yield
            return
        cuda = self._dev.type == "cuda"
        with torch.random.fork_rng(devices=[self._dev] if cuda else []):
            generator = torch.cuda.default_generators[self._dev.index or 0] if cuda else torch.default_generator
            generator.manual_seed(self.configs[0].seed + offset)  # torch.manual_seed costs 2 ms: it seeds every backend
            yield

    def _shuffle(self) -> None:
        n = self._n_train
        perms = [torch.randperm(n, generator=g) for g in self._shuffles]  # CPU generators: the same order on CUDA
        if len(perms) == 1:  # one network, or all of one seed: one order along the points' axis
            order, axis = perms[0].to(self._dev), self._x_train.dim() - 2
            torch.index_select(self._x_train, axis, order, out=self._x_buf)
            torch.index_select(self._t_train, axis, order, out=self._t_buf)
        else:
            order = torch.stack(perms).to(self._dev)
            torch.take_along_dim(self._x_train, order.unsqueeze(-1), dim=1, out=self._x_buf)
            torch.take_along_dim(self._t_train, order, dim=1, out=self._t_buf)

    def _logits(self, x: torch.Tensor) -> torch.Tensor:
        """The training step's forward over a mini-batch: logits ``[(N,) batch, 1]``, as few Python calls as it can."""
        affine = torch.addmm if self.size == 1 else torch.baddbmm
        for w, b, act in self._layers:
            x = act(affine(b, x, w))
        return affine(self._biases[-1], x, self._weights[-1])

    def _forward(self, x: torch.Tensor, keep: bool = False, net: int | None = None) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Output logits ``[(N,) points]`` and (``keep``) each hidden layer's outputs; ``net``: that network alone."""
        if net is None or self.size == 1:
            weights, biases, acts = self._weights, self._biases, self._acts
        else:
            weights, biases = [w[net] for w in self._weights], [b[net, 0] for b in self._biases]
            acts = self._acts_of[net]
        hidden = []
        for w, b, act in zip(weights, biases, acts, strict=False):
            x = act(ops.affine(x, w, b))
            if keep:
                hidden.append(x)
        return ops.affine(x, weights[-1], biases[-1]).squeeze(-1), hidden

    def _loss(self, z: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """The sum of every network's mean loss: its gradient for one network's weights is that network's own."""
        loss = self.configs[0].loss
        if self.size == 1 and loss not in SUM_EXACT:
            return ops.mean_loss(loss, z, t)
        # Every network's mini-batch has z.shape[-2] points, so the sum of their means is the sum over all points
        # divided by that count: one reduction instead of a mean per network and their sum (two operations and
        # two autograd nodes fewer per step). The gradient is the same: 2(tanh z − t)·(0.5/n) either way.
        # One network too, for the squared losses: a sum and a product by a scalar cost 3 % less of a [4,2] step than
        # the mean's sum and division (CPU time, medians of 15 interleaved rounds: 163 against 168 µs), and the
        # gradient is the mean's bit for bit (mse_loss_backward computes (2/n)·(y − t)·g against 2·(y − t)·(g/n):
        # the same product, rounded once; checked over 3,000 random batches of 1 to 69 points, float32 and
        # float64). Not cross-entropy: its backward divides by n where this multiplies by 1/n (differs in the last bit).
        return ops.scaled_sum_loss(loss, z, t, 1.0 / z.shape[-2])

    def _evaluate(self, full: bool, norms: bool = True) -> list[EpochStats]:
        """Every network's losses and accuracies on all its points; ``full``: also dead units, and gradient norms unless
        ``norms`` is False (NaN)."""
        cfg, nt = self.configs[0], self._n_train
        norms = full and norms
        with torch.set_grad_enabled(norms):  # the loss, accuracy and dead units need no graph
            z, hidden = self._forward(self._x, keep=full)
            train_loss = ops.losses(cfg.loss, z[..., :nt], self._t[..., :nt])
            grads = torch.autograd.grad(train_loss.sum(), self._weights) if norms else ()
        with torch.no_grad():
            nan = torch.full_like(train_loss, math.nan)
            # regression (squared error): no classes, so no accuracy (NaN, as a missing test loss)
            hit = torch.full_like(z, math.nan) if cfg.loss == SQUARED else ((z >= 0) == (self._t > 0)).to(z.dtype)
            rows = [
                train_loss.detach(),
                ops.losses(cfg.loss, z[..., nt:], self._t[..., nt:]) if self._has_test else nan,
                hit[..., :nt].mean(-1),
                hit[..., nt:].mean(-1) if self._has_test else nan,
            ]
            if full:
                rows += [torch.linalg.vector_norm(g, dim=(-2, -1)) for g in grads]
                rows += [(h[..., :nt, :] == 0).all(dim=-2).to(z.dtype).mean(-1) for h in hidden]
            numbers = torch.stack(rows).reshape(len(rows), self.size).to("cpu", torch.float64).numpy()  # one sync
        layers, hidden_layers = len(self._weights), len(cfg.hidden)
        out = []
        for k in range(self.size):
            col = numbers[:, k]
            grad_norms = col[4 : 4 + layers].copy() if norms else np.full(layers, math.nan)
            dead = col[4 + len(grads) :].copy() if full else np.full(hidden_layers, math.nan)
            out.append(EpochStats(self.epoch, float(col[0]), float(col[1]), float(col[2]), float(col[3]), grad_norms, dead))
        return out

    # ---- drawing ----------------------------------------------------------------------------------------

    def snapshots(self, view: View | None = None) -> list[Snapshot]:
        """What every network computes now on the map grid (see :class:`View`): one batched forward for all."""
        cfg = self.configs[0]
        view = (view or View()).checked(cfg.hidden)
        n = view.map_size
        grid = self._grids.get(n)
        if grid is None:
            xy = torch.as_tensor(map_grid(n), dtype=self._dtype, device=self._dev)
            grid = self._grids[n] = feature_matrix(xy, cfg.features)
        with torch.no_grad(), intra_op_threads(self.threads), self._seeded(self.epoch + MAP_SEED):
            z, hidden = self._forward(grid, keep=view.units)
            output = ops.output(cfg.loss, z).reshape(self.size, n, n)
            units = [h.transpose(-1, -2).reshape(self.size, -1, n, n) for h in hidden]
            arrays = [t.to("cpu", torch.float64).numpy() for t in (output, *units)]
            spaces = [self._hidden_space(view, k) if view.hidden_layer else None for k in range(self.size)]
        levels = ops.levels(cfg.loss)
        return [
            Snapshot(self.epoch, n, arrays[0][k], tuple(a[k] for a in arrays[1:]), spaces[k], levels) for k in range(self.size)
        ]

    def results(self, view: View | None = None, seconds: float = 0.0) -> list[TrainResult]:
        """Every network as it stands now (see :meth:`result`); one batched forward draws every snapshot."""
        return [self._result(k, s, seconds) for k, s in enumerate(self.snapshots(view))]

    def result(self, net: int = -1, view: View | None = None, seconds: float = 0.0) -> TrainResult:
        """Network ``net`` (default the last: the chosen one, after a side-by-side linear twin) as it stands now:
        its history, its snapshot on ``view``'s grid and its weights; ``seconds``: how long its run took."""
        k = range(self.size)[net]
        return self._result(k, self.snapshots(view)[k], seconds)

    def _result(self, k: int, snapshot: Snapshot, seconds: float) -> TrainResult:
        c = self.configs[k]
        history = tuple(self._histories[k])
        return TrainResult(
            c, self.datas[k], history, snapshot, self.device, c.dtype, self.fallback_reason, seconds, tuple(self.weights(k))
        )

    def _hidden_space(self, view: View, net: int) -> HiddenSpace:
        def units_of(xy: np.ndarray) -> np.ndarray:
            x = feature_matrix(torch.as_tensor(xy, dtype=self._dtype, device=self._dev), self.configs[net].features)
            h = self._forward(x, keep=True, net=net)[1][view.hidden_layer - 1]
            a, b = view.hidden_units
            return h[:, [a - 1, b - 1]].to("cpu", torch.float64).numpy()

        return hidden_space(view, self.datas[net], units_of)

    # ---- weights ----------------------------------------------------------------------------------------

    def weights(self, net: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
        """(W, b) of every layer of network ``net`` as float64 arrays, W of shape (out, in): the diagram's links."""
        one = self.size == 1
        return [
            (
                (w if one else w[net]).detach().T.to("cpu", torch.float64).numpy(),
                (b if one else b[net, 0]).detach().to("cpu", torch.float64).numpy(),
            )
            for w, b in zip(self._weights, self._biases, strict=True)
        ]

    def set_parameter(self, layer: int, unit: int, source: int | None, value: float, net: int = 0) -> float:
        """Set one weight (``source``: the input unit) or, with ``source`` None, one bias of weight layer ``layer``
        (0-based) to ``value``; the value it had. The history stays: the next epoch goes on from the edit."""
        if not math.isfinite(value):
            raise EngineError("weight", f"expected a finite number, got {value}")
        one = self.size == 1
        with torch.no_grad():
            if source is None:
                b = self._biases[layer]
                cell = b[unit] if one else b[net, 0, unit]
            else:
                w = self._weights[layer]
                cell = w[source, unit] if one else w[net, source, unit]
            old = float(cell)
            cell.fill_(value)
        return old

    def load_weights(self, networks: Sequence[Sequence[tuple[np.ndarray, np.ndarray]]], epoch: int = 0) -> None:
        """Go on from saved weights: per network, (W, b) of every layer (W of shape (out, in)) after ``epoch`` epochs;
        the optimiser starts afresh. EngineError naming the layer whose shape or values do not fit."""
        if len(networks) != self.size:
            raise EngineError("networks", f"expected {self.size} networks, got {len(networks)}")
        shapes = self.configs[0].weight_shapes
        checked = []
        for weights in networks:
            if len(weights) != len(shapes):
                raise EngineError("weights", f"expected {len(shapes)} layers, got {len(weights)}")
            arrays = []
            for index, ((w, b), shape) in enumerate(zip(weights, shapes, strict=True), start=1):
                w, b = np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)
                if w.shape != shape or b.shape != (shape[0],):
                    raise EngineError(f"layer {index}", f"expected weights {shape} and biases {(shape[0],)}")
                if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
                    raise EngineError(f"layer {index}", "weights must be finite numbers")
                arrays.append((w, b))
            checked.append(arrays)
        with torch.no_grad():
            for k, arrays in enumerate(checked):
                for (w, b), weight, bias in zip(arrays, self._weights, self._biases, strict=True):
                    (weight if self.size == 1 else weight[k]).copy_(torch.as_tensor(w.T, dtype=weight.dtype))
                    (bias if self.size == 1 else bias[k, 0]).copy_(torch.as_tensor(b, dtype=bias.dtype))
        self._optimizer = get_optimizer(self.configs[0].optimizer).make(self._params, self.configs[0].lr)
        self.epoch, self._unmeasured = int(epoch), False
        with intra_op_threads(self.threads), self._seeded(self.epoch):
            self._histories = [[s] for s in self._evaluate(full=True)]
