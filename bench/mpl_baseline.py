"""The matplotlib baseline: the scene drawn the way the tutorials (the seeds) draw it.

An Agg figure with three stacked axes sharing x (f, f', f''), one line per activation
and plot, grid, titles and a legend. Each change recomputes the moved activation with
torch autograd on a ``requires_grad`` linspace (``create_graph`` for f''), calls
``set_data`` on its three lines, rescales y and ``canvas.draw()``s the whole figure --
the cheapest honest way matplotlib can follow a slider. matplotlib is a benchmark-only
dependency (requirements-bench.txt); the app never imports it.

    python -m bench.mpl_baseline [--quick]
"""

from __future__ import annotations

import sys
import time

import numpy as np
import torch

from bench._harness import Report, quick_mode, summarize
from bench.scenes import CHANGED_PARAM, SCENES, X_MAX, X_MIN, Scene, slope_values
from engine.activations import get_activation

#: Pixel size of the figure; the interaction benchmark passes the size of the app's plot area.
DEFAULT_SIZE = (1000, 720)


def autograd_curves(activation: str, params: dict, points: int) -> tuple[np.ndarray, ...]:
    """x, f, f', f'' the seeds' way: torch.linspace(requires_grad=True) and autograd."""
    fn = get_activation(activation).fn
    x = torch.linspace(X_MIN, X_MAX, points, requires_grad=True)
    y = fn(x, **params)
    (dy,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    if dy.requires_grad:
        (d2y,) = torch.autograd.grad(dy.sum(), x, allow_unused=True)
        d2y = torch.zeros_like(x) if d2y is None else d2y
    else:
        d2y = torch.zeros_like(x)
    return x.detach().numpy(), y.detach().numpy(), dy.detach().numpy(), d2y.numpy()


def default_params(activation: str) -> dict:
    return {p.name: p.default for p in get_activation(activation).params}


class MplScene:
    """A scene on an Agg canvas; :meth:`change` is one slider step."""

    def __init__(self, scene: Scene, size_px: tuple[int, int] = DEFAULT_SIZE, dpi: int = 100):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.scene = scene
        self.figure = Figure(figsize=(size_px[0] / dpi, size_px[1] / dpi), dpi=dpi)
        self.canvas = FigureCanvasAgg(self.figure)
        self.axes = self.figure.subplots(3, 1, sharex=True)
        for ax, title in zip(self.axes, ("f(x)", "f′(x)", "f″(x)"), strict=True):
            ax.set_title(title)
            ax.grid(True)
        self.axes[-1].set_xlabel("x")
        self.params = [default_params(a) for a in scene.activations]
        self.lines = []
        for act, params in zip(scene.activations, self.params, strict=True):
            x, *ys = autograd_curves(act, params, scene.points)
            self.lines.append([ax.plot(x, y, label=act, linewidth=2)[0] for ax, y in zip(self.axes, ys, strict=True)])
        if scene.curves > 1:
            self.axes[0].legend(loc="upper left")
        self.figure.tight_layout()  # once, as the seeds do; a layout engine per draw would cost more
        self.canvas.draw()

    def change(self, value: float) -> None:
        """Move the first activation's parameter to ``value`` and redraw the figure."""
        self.params[0][CHANGED_PARAM] = float(value)
        x, *ys = autograd_curves(self.scene.activations[0], self.params[0], self.scene.points)
        for line, y in zip(self.lines[0], ys, strict=True):
            line.set_data(x, y)
        for ax in self.axes:
            ax.relim()
            ax.autoscale_view()
        self.canvas.draw()

    def close(self) -> None:
        self.figure.clear()


def measure(scene: Scene, changes: int, warmup: int = 5, size_px: tuple[int, int] = DEFAULT_SIZE, budget_s: float | None = None):
    """Per-change latency samples (seconds) of the matplotlib scene."""
    mpl = MplScene(scene, size_px)
    values = slope_values(changes + warmup)
    for v in values[:warmup]:
        mpl.change(v)
    samples = []
    start = time.perf_counter()
    for v in values[warmup:]:
        t0 = time.perf_counter()
        mpl.change(v)
        samples.append(time.perf_counter() - t0)
        if budget_s is not None and len(samples) >= 20 and time.perf_counter() - start > budget_s:
            break
    mpl.close()
    return summarize(samples)


def main(argv=None) -> int:
    quick = quick_mode(argv)
    report = Report("mpl_baseline", "matplotlib baseline: set_data + draw per change (Agg, torch autograd)")
    report.notes.append(f"figure {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]} px at 100 dpi, tight_layout once, grid, legend")
    for scene in SCENES:
        s = measure(scene, 20 if quick else 100, budget_s=3 if quick else 15)
        report.add(scene=scene.label, curves=scene.curves, points=scene.points, **s.ms())
        print(f"  {scene.label:>18s}: median {s.median * 1e3:7.1f} ms  p95 {s.p95 * 1e3:7.1f} ms", flush=True)
    report.print([("scene", "scene", ""), ("median_ms", "median ms", ".1f"), ("p95_ms", "p95 ms", ".1f"), ("count", "n", "d")])
    report.write()
    return report.exit_status()


if __name__ == "__main__":
    sys.exit(main())
