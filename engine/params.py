"""Parameter specifications shared by every registry (activations, initialisers), and number parsing.

A :class:`Param` says what one keyword argument accepts; :func:`validate` checks a
dict of user values against a tuple of specs and never clips or guesses.
:func:`parse_number` and :func:`parse_numbers` turn typed text into numbers for the
GUI and the command line alike: full-width digits and punctuation (``１，２．５``)
count as their ASCII forms, anything else that is not plain ASCII is refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, overload

from engine.errors import EngineError

KINDS = ("float", "int", "bool", "choice")

# Full-width forms (U+FF01…FF5E are ASCII + 0xFEE0), the ideographic comma, full stop and space, and the
# minus sign our own messages print. Deliberately not NFKC: that would also read "²" as 2 and "½" as 1/2.
_WIDE = {chr(code + 0xFEE0): chr(code) for code in range(0x21, 0x7F)}
_WIDE.update({"\u3001": ",", "\u3002": ".", "\u3000": " ", "\u2212": "-", "\u00a0": " "})
_TO_ASCII = str.maketrans(_WIDE)
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|infinity|nan)", re.IGNORECASE | re.ASCII)
_WHOLE = re.compile(r"[+-]?\d+", re.ASCII)
_SEPARATORS = re.compile(r"\s*,\s*|\s+")


def ascii_number_text(text: str) -> str:
    """``text`` with full-width digits and punctuation as ASCII (``"１，２．５"`` → ``"1,2.5"``), stripped."""
    return text.translate(_TO_ASCII).strip()


@overload
def parse_number(text: str, field: str, whole: Literal[True]) -> int: ...
@overload
def parse_number(text: str, field: str, whole: bool = False) -> float | int: ...
def parse_number(text: str, field: str, whole: bool = False) -> float | int:
    """The number typed in ``text``, or EngineError naming ``field``.

    Accepts ASCII and full-width forms of ``-1.5``, ``2e-3``, ``+7``; ``inf``/``nan`` come back
    as floats for the range checks to refuse. ``whole=True`` wants an integer: ``"3"`` and ``"3.0"``
    give 3, ``"2.5"``, ``"1e400"``, ``"inf"`` and ``"nan"`` are refused. Digits that are not
    ASCII or full-width (``"²"``, ``"٣"``) are refused rather than guessed.
    """
    if not isinstance(text, str):
        raise EngineError(field, f"expected text, got {text!r}")
    plain = ascii_number_text(text)
    if not _NUMBER.fullmatch(plain):
        raise EngineError(field, f"expected a number, got {text.strip()!r}")
    if whole and _WHOLE.fullmatch(plain):
        return int(plain)
    value = float(plain)
    if whole:
        return whole_number(value, field)
    return value


def parse_numbers(text: str, field: str, whole: bool = False) -> list[float | int]:
    """Numbers separated by commas and/or spaces (``"1, 2 3"``, ``"１，２３"``), each as :func:`parse_number`."""
    plain = ascii_number_text(text) if isinstance(text, str) else text
    if not isinstance(plain, str) or not plain:
        raise EngineError(field, "expected numbers separated by commas")
    items = _SEPARATORS.split(plain)
    if any(item == "" for item in items):
        raise EngineError(field, f"an empty value between commas in {text.strip()!r}")
    return [parse_number(item, field, whole) for item in items]


def whole_number(value: object, field: str) -> int:
    """``value`` as an int if it is a finite whole number (``3``, ``3.0``), else EngineError naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise EngineError(field, f"expected a whole number, got {value!r}")
    if isinstance(value, int):
        return value
    if not math.isfinite(value) or value != math.floor(value):
        raise EngineError(field, f"expected a whole number, got {value!r}")
    return int(value)


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

    def check(self, value: object, owner: str = "") -> float | int | bool | str:
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
            value = whole_number(value, field)
        else:
            try:
                value = float(value)
            except OverflowError:  # an int beyond float64 (10**400)
                value = math.inf if value > 0 else -math.inf
            if not math.isfinite(value):
                raise EngineError(field, f"expected a finite number, got {value!r}")
        if self.minimum is not None and value < self.minimum:
            raise EngineError(field, f"{_shown(value)} is below the minimum {self.minimum:g}")
        if self.maximum is not None and value > self.maximum:
            raise EngineError(field, f"{_shown(value)} is above the maximum {self.maximum:g}")
        return value

    def parse(self, text: str, owner: str = "") -> float | int | bool | str:
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
        return self.check(parse_number(text, field, whole=self.kind == "int"), owner)


def _shown(value: float | int) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    digits = str(abs(value))
    return str(value) if len(digits) <= 15 else f"{'-' if value < 0 else ''}{digits[0]}.{digits[1:6]}e+{len(digits) - 1}"


def format_value(value: object) -> str:
    """A parameter value as a person reads and types it: ``0.1``, ``true``, ``tanh``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def defaults(specs: tuple[Param, ...]) -> dict[str, Any]:
    """The default value of every parameter."""
    return {p.name: p.default for p in specs}


def validate(specs: tuple[Param, ...], values: Mapping[str, Any] | None, owner: str = "") -> dict[str, Any]:
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
