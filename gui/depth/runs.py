"""What the depth tab's background job computes and hands back (no Qt: it runs off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.depth import DepthConfig, DepthResult, MeanField, mean_field, run
from engine.jobs import CancelledFn, ProgressFn


@dataclass(frozen=True)
class DepthRun:
    """One run, its infinite-width theory and an optional comparison (a lesson's, or the previous run)."""

    result: DepthResult
    theory: MeanField
    reference: DepthResult | None = None
    reference_label: str = ""


def run_with_reference(
    config: DepthConfig,
    reference_config: DepthConfig | None,
    reference: DepthResult | None,
    reference_label: str,
    progress: ProgressFn,
    cancelled: CancelledFn,
) -> DepthRun:
    """Run ``config``; first run ``reference_config`` when given (a lesson's comparison, half the
    progress each), else keep ``reference`` (an earlier result) beside it."""
    if reference_config is None:
        result = run(config, progress, cancelled)
        return DepthRun(result, mean_field(config), reference, reference_label if reference is not None else "")
    compared = run(reference_config, lambda f: progress(0.5 * f), cancelled)
    result = run(config, lambda f: progress(0.5 + 0.5 * f), cancelled)
    return DepthRun(result, mean_field(config), compared, reference_label)
