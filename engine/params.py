"""Parameter specifications shared by every registry (activations, initialisers).

A :class:`Param` says what one keyword argument accepts; :func:`validate` checks a
dict of user values against a tuple of specs and never clips or guesses.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from engine.errors import EngineError

KINDS = ("float", "int", "bool", "choice")


@dataclass(frozen=True)
class Param:
    """One keyword argument, named as PyTorch names it."""

    name: str
    kind: str  # one of KINDS
    default: float | int | bool | str
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    choices: tuple[str, ...] = ()
    doc: str = ""

    def check(self, value, owner: str = ""):
        """Return ``value`` converted to this parameter's type, or raise EngineError."""
        field = f"{owner}.{self.name}" if owner else self.name
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            raise EngineError(field, f"expected true or false, got {value!r}")
        if self.kind == "choice":
            if value in self.choices:
                return value
            raise EngineError(field, f"expected one of {', '.join(self.choices)}, got {value!r}")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise EngineError(field, f"expected a number, got {value!r}")
        if self.kind == "int":
            if float(value) != int(value):
                raise EngineError(field, f"expected a whole number, got {value!r}")
            value = int(value)
        else:
            value = float(value)
            if not math.isfinite(value):
                raise EngineError(field, f"expected a finite number, got {value!r}")
        if self.minimum is not None and value < self.minimum:
            raise EngineError(field, f"{value:g} is below the minimum {self.minimum:g}")
        if self.maximum is not None and value > self.maximum:
            raise EngineError(field, f"{value:g} is above the maximum {self.maximum:g}")
        return value

    def parse(self, text: str, owner: str = ""):
        """Convert command-line text to a checked value."""
        field = f"{owner}.{self.name}" if owner else self.name
        text = text.strip()
        if self.kind == "bool":
            lowered = text.lower()
            if lowered in ("true", "1", "yes", "on"):
                return True
            if lowered in ("false", "0", "no", "off"):
                return False
            raise EngineError(field, f"expected true or false, got {text!r}")
        if self.kind == "choice":
            return self.check(text, owner)
        try:
            number = float(text)
        except ValueError:
            raise EngineError(field, f"expected a number, got {text!r}") from None
        return self.check(number, owner)


def format_value(value) -> str:
    """A parameter value as a person reads and types it: ``0.1``, ``true``, ``tanh``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def defaults(specs: tuple[Param, ...]) -> dict:
    """The default value of every parameter."""
    return {p.name: p.default for p in specs}


def validate(specs: tuple[Param, ...], values: Mapping | None, owner: str = "") -> dict:
    """Full, checked parameter dict: defaults overlaid with ``values``.

    Unknown names and out-of-range values raise :class:`EngineError`.
    """
    by_name = {p.name: p for p in specs}
    result = defaults(specs)
    for name, value in (values or {}).items():
        if name not in by_name:
            known = ", ".join(by_name) or "none"
            field = f"{owner}.{name}" if owner else name
            raise EngineError(field, f"unknown parameter (known: {known})")
        result[name] = by_name[name].check(value, owner)
    return result
