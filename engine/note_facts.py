"""Every computed fact the explorer's notes show about one activation, for its parameters and precision.

:func:`note_facts` gathers :mod:`engine.facts` and :mod:`engine.float_limits` into one
:class:`NoteFacts` and keeps the last answers, so a notes refresh after a redraw costs nothing.
No Qt here.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import torch

from engine import facts
from engine.activation_params import CheckedParams
from engine.devices import torch_dtype
from engine.errors import EngineError
from engine.evaluate import checked_params
from engine.facts import Fact
from engine.float_limits import float_limit_facts
from engine.resolve import resolve_activation


@dataclass(frozen=True)
class NoteFacts:
    """The computed rows of the notes; ``None`` or empty where the activation has nothing to say."""

    output_range: str
    extrema: tuple[Fact, ...]
    monotonic: Fact
    zero_centred: Fact
    normal_moments: Fact
    kinks: tuple[Fact, ...]
    zero_gradient: Fact
    float_limits: tuple[Fact, ...]
    approximation: Fact | None
    float32_gradient: Fact | None


def note_facts(activation_id: str, params: Mapping[str, Any] | None, dtype: str = "float32", device: str = "cpu") -> NoteFacts:
    """The notes' computed facts for a registry activation (elementwise) with these parameters in ``dtype``.

    Monotonicity and jumps ignore changes below ``dtype``'s machine epsilon (Softplus' 2e-9 drop at its
    default switch is real in float64, not in float32); the float limits are found on ``device``
    (the CPU when the device refuses the dtype).
    """
    act = resolve_activation(activation_id)
    values = checked_params(act, params)
    key = tuple(sorted((k, v) for k, v in values.items()))
    return _cached(act.id, key, dtype, device)


@functools.lru_cache(maxsize=64)
def _cached(activation_id: str, key: tuple[tuple[str, Any], ...], dtype: str, device: str) -> NoteFacts:
    values = CheckedParams(dict(key), resolve_activation(activation_id))  # checked by note_facts: not again below
    eps = float(torch.finfo(torch_dtype(dtype)).eps)
    try:
        limits = float_limit_facts(activation_id, values, dtype, device)
    except EngineError:
        limits = float_limit_facts(activation_id, values, dtype, "cpu")
    return NoteFacts(
        output_range=facts.range_text(activation_id, values),
        extrema=tuple(facts.extremum_facts(activation_id, values)),
        monotonic=facts.monotonic_fact(activation_id, values, eps),
        zero_centred=facts.zero_centred_fact(activation_id, values),
        normal_moments=facts.moments_fact(activation_id, values),
        kinks=tuple(facts.kink_facts(activation_id, values, dtype if dtype in ("float32", "float64") else "float32", eps)),
        zero_gradient=facts.zero_gradient_fact(activation_id, values),
        float_limits=tuple(limits),
        approximation=facts.approximation_fact(activation_id, values),
        float32_gradient=facts.float32_gradient_fact(activation_id, values),
    )
