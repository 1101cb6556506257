"""A training run as the frames of an animation: the network at evenly spaced epochs, trained once.

``export --train --frames N`` and the training tab's File > Export animation… (when nothing was
recorded) take their frames here; each frame is :func:`figures.training.training_figure` of the
run at that epoch, the figure a still export of the run at that epoch draws. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.errors import EngineError
from engine.jobs import CancelledFn, check, never_cancelled
from engine.training import TrainResult, lesson_stack
from engine.training_config import TrainConfig


def frame_epochs(epochs: int, frames: int, field: str = "frames") -> list[int]:
    """The epoch of each frame: evenly spaced from 0 to ``epochs``; EngineError naming ``field`` when there are
    more frames than epochs + 1."""
    if frames > epochs + 1:
        raise EngineError(field, f"a run of {epochs} epochs has at most {epochs + 1} frames (epoch 0 to {epochs})")
    return [round(k * epochs / (frames - 1)) for k in range(frames)]


def run_results(
    config: TrainConfig,
    epochs: list[int],
    side_by_side: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: CancelledFn = never_cancelled,
) -> list[TrainResult]:
    """The chosen network of the networks the training tab builds for ``config`` (side by side: with its linear
    twin) at each of ``epochs`` (ascending), trained once; ``progress(epoch)`` after each epoch trained."""
    stack = lesson_stack(config, side_by_side)
    results = []
    for epoch in epochs:
        while stack.epoch < epoch:
            check(cancelled)
            stack.step(1)
            if progress is not None:
                progress(stack.epoch)
        results.append(stack.result())  # the chosen network (after its linear twin), with the weights a fit is drawn from
    return results
