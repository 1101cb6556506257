"""One figure per tab: :func:`figure_of` turns a tab's state into the figure File > Export, the gallery,
the command line and ``export --session`` write, so all of them draw the same thing.

A tab that already holds what the state computes (the depth run on screen, the drawn weights, the
trained network) hands it over instead of computing it again; the figure is built by the same
builder either way. Qt-free: a CSV never loads Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import singledispatch

from engine.depth import DepthResult, MeanField, mean_field
from engine.depth import run as run_depth
from engine.initializers import Histogram, InitSample, histogram, histogram_range, sample
from engine.training import TrainResult, lesson_stack
from figures.builders import depth_figure, init_figure
from figures.explorer import explorer_figure
from figures.fit import lesson_figure
from figures.race import race_figure_of
from figures.spec import FigureSpec
from figures.text import figure_tr, registry_tr
from states.depth import DepthState
from states.explorer import ExplorerState
from states.initialization import InitializationState
from states.race import RaceState
from states.training import TrainingState

__all__ = ["depth_figure_of", "figure_of", "initialization_figure", "race_figure_of", "training_figure_of"]


@singledispatch
def figure_of(state: object, device: str | None = None, dtype: str | None = None) -> FigureSpec | None:
    """The figure a tab's ``state`` shows, computed on ``device`` in ``dtype`` (default: the state's own
    precision for the explorer, else the CPU in float32); None when it has nothing to show. EngineError
    (or RuntimeError, an op without a kernel) when the engine refuses."""
    raise TypeError(f"no figure for {type(state).__name__}")


@figure_of.register
def _(state: ExplorerState, device: str | None = None, dtype: str | None = None) -> FigureSpec | None:
    return explorer_figure(state, (), device, dtype)


@figure_of.register
def _(state: InitializationState, device: str | None = None, dtype: str | None = None) -> FigureSpec:
    return initialization_figure(state, device=device, dtype=dtype)


@figure_of.register
def _(state: DepthState, device: str | None = None, dtype: str | None = None) -> FigureSpec:
    return depth_figure_of(state, device=device, dtype=dtype)


@figure_of.register
def _(state: TrainingState, device: str | None = None, dtype: str | None = None) -> FigureSpec:
    return training_figure_of(state, device=device, dtype=dtype)


@figure_of.register
def _(state: RaceState, device: str | None = None, dtype: str | None = None) -> FigureSpec:
    return race_figure_of(state, device=device, dtype=dtype)


def initialization_figure(
    state: InitializationState,
    samples: Sequence[InitSample] | None = None,
    histograms: Sequence[Histogram] | None = None,
    device: str | None = None,
    dtype: str | None = None,
) -> FigureSpec:
    """The histogram of the state's weights (and the compared initialiser's, on the same bins, as on screen)."""
    if samples is None or histograms is None:
        wanted = [(state.init, state.params)] + ([(state.compare_init, state.compare_params)] if state.compare else [])
        samples = [
            sample(i, tuple(state.shape), p, seed=state.seed, device=device or "cpu", dtype=dtype or "float32") for i, p in wanted
        ]
        value_range = histogram_range(samples)
        histograms = [histogram(s, state.bins, value_range) for s in samples]
    return init_figure(samples, histograms, log_y=state.log_y)


def depth_figure_of(
    state: DepthState,
    result: DepthResult | None = None,
    theory: MeanField | None = None,
    reference: DepthResult | None = None,
    reference_label: str = "",
    device: str | None = None,
    dtype: str | None = None,
) -> FigureSpec:
    """The depth run of the state's network, with its lesson's comparison (or ``reference``, e.g. the previous
    run) and the theory when shown; ``result`` and ``theory``: the run already made for this state."""
    if result is None:
        config = state.config(device or "cpu", dtype or "float32")
        compare, label = state.comparison(config)
        if compare is not None:
            reference, reference_label = run_depth(compare), registry_tr(label)
        result, theory = run_depth(config), mean_field(config)
    shown_theory = theory if state.show_theory else None
    return depth_figure(
        result, shown_theory, reference, min(state.layer, state.layers), reference_label or figure_tr("comparison")
    )


def training_figure_of(
    state: TrainingState, result: TrainResult | None = None, device: str | None = None, dtype: str | None = None
) -> FigureSpec:
    """The network's decision map and history: ``result`` (the network on screen), else the state's trained
    network when it has one, else the network at epoch 0."""
    if result is None:  # the networks as the tab builds them (side by side: with the twin, as one computation)
        stack = lesson_stack(state.config(device or "cpu", dtype or "float32"), state.side_by_side)
        if state.trained is not None:
            networks = [list(network) for network in state.trained.networks]  # plain numbers: the stack converts them
            stack.load_weights(networks, state.trained.epoch)  # type: ignore[arg-type]
        result = stack.result()  # the chosen network, after its linear twin
    return lesson_figure(result, state.contributions)
