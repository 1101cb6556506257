"""The registry of activation functions: every non-linear activation in torch.nn.

One :class:`Activation` per function holds everything the app shows about it: the
torch callable, its parameters (PyTorch's keyword names), formulas, family,
teaching notes, kinks, output bounds and teaching extras. The GUI panels, the command
line and the tests are all generated from :data:`ACTIVATIONS`; add a function to one
family module of this package and nowhere else.
"""

from __future__ import annotations

from engine.activations import relu_like, saturating, vector
from engine.activations.entry import FAMILIES, Activation, Approximation, RandomSlopes
from engine.activations.relu_like import SELU_ALPHA, SELU_SCALE
from engine.errors import EngineError, clipped

__all__ = [
    "ACTIVATIONS",
    "FAMILIES",
    "SELU_ALPHA",
    "SELU_SCALE",
    "Activation",
    "Approximation",
    "RandomSlopes",
    "elementwise_ids",
    "get_activation",
    "vector_ids",
]

_ENTRIES = (*relu_like.ENTRIES, *saturating.ENTRIES, *vector.ENTRIES)

ACTIVATIONS: dict[str, Activation] = {a.id: a for a in _ENTRIES}


def get_activation(activation_id: str) -> Activation:
    """The registry entry for ``activation_id``, or EngineError naming the field."""
    try:
        return ACTIVATIONS[activation_id]
    except KeyError:
        raise EngineError(
            "activation", f"unknown activation {clipped(activation_id)} (choose {', '.join(ACTIVATIONS)})"
        ) from None


def elementwise_ids() -> tuple[str, ...]:
    """Ids of the activations applied element by element (plotted as curves)."""
    return tuple(a.id for a in _ENTRIES if not a.vector)


def vector_ids() -> tuple[str, ...]:
    """Ids of the activations that act on a whole vector (softmax & co.)."""
    return tuple(a.id for a in _ENTRIES if a.vector)
