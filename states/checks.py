"""Small checks for the values of a session file, each naming the field path it refuses.

A session file is JSON: numbers arrive as int or float, lists as lists. These helpers turn one
JSON value into the value a tab takes, or raise :class:`~states.errors.StateError`
with the path of the field (``tabs.depth.layers``). The engine's own validators do the rest
(:func:`engine_checked` turns their :class:`~engine.errors.EngineError` into a StateError
at the right path).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from engine.errors import ECHO_CHARS, EngineError, clipped
from states.errors import StateError

T = TypeVar("T")


def field(where: str, name: str | int) -> str:
    """The path of ``name`` inside ``where``: ``a.b`` for a key, ``a[2]`` for a list index; a key too long or not
    printable is shown clipped and quoted (:func:`engine.errors.clipped`)."""
    if isinstance(name, int):
        return f"{where}[{name}]"
    if len(name) > ECHO_CHARS or not name.isprintable():
        name = clipped(name)
    return f"{where}.{name}" if where else name


def obj(value: Any, where: str) -> dict[str, Any]:
    """``value`` if it is a JSON object."""
    if not isinstance(value, dict):
        raise StateError(where, f"expected an object {{...}}, got {_kind(value)}")
    return value


def only(section: Mapping[str, Any], names: Iterable[str], where: str) -> None:
    """Refuse a key of ``section`` that is not one of ``names`` (a typo would otherwise be ignored silently)."""
    known = tuple(names)
    for key in section:
        if key not in known:
            raise StateError(field(where, key), f"unknown field (known: {', '.join(known)})")


def listed(value: Any, where: str, most: int, least: int = 0) -> list[Any]:
    """``value`` if it is a JSON list of ``least`` to ``most`` items."""
    if not isinstance(value, list):
        raise StateError(where, f"expected a list [...], got {_kind(value)}")
    if not least <= len(value) <= most:
        raise StateError(where, f"expected {least} to {most:,} items, got {len(value):,}")
    return value


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise StateError(where, f"expected true or false, got {_shown(value)}")
    return value


def text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise StateError(where, f"expected text in quotes, got {_shown(value)}")
    return value


def one_of(value: Any, where: str, choices: Iterable[Any]) -> Any:
    """The one of ``choices`` that ``value`` is (text equal to text, a number equal to a number; true is not 1)."""
    options = tuple(choices)
    for choice in options:
        if isinstance(choice, bool) or isinstance(value, bool):
            if value is choice:
                return choice
        elif isinstance(choice, str):
            if value == choice:
                return choice
        elif isinstance(value, (int, float)) and value == choice:
            return choice
    raise StateError(where, f"expected one of {', '.join(map(_shown, options))}, got {_shown(value)}")


def whole(value: Any, where: str, low: int, high: int) -> int:
    """A whole number in [low, high] (``3`` or ``3.0``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StateError(where, f"expected a whole number, got {_shown(value)}")
    if isinstance(value, float) and not (math.isfinite(value) and value == math.floor(value)):
        raise StateError(where, f"expected a whole number, got {_shown(value)}")
    if not low <= value <= high:
        raise StateError(where, f"{_shown(value)} is outside the range {low:,} to {high:,}")
    return int(value)


def number(value: Any, where: str, low: float = -math.inf, high: float = math.inf) -> float:
    """A finite number in [low, high]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StateError(where, f"expected a number, got {_shown(value)}")
    try:
        result = float(value)
    except OverflowError:
        raise StateError(where, "the number is too large") from None
    if not math.isfinite(result):
        raise StateError(where, f"expected a finite number, got {_shown(result)}")
    if not low <= result <= high:
        raise StateError(where, f"{result:g} is outside the range {low:g} to {high:g}")
    return result


def engine_checked(
    where: str, check: Callable[[], T], fields: Mapping[str, str] | None = None, owners: Mapping[str, str] | None = None
) -> T:
    """``check()``; an EngineError it raises becomes a StateError at ``where`` plus the field it names.

    ``fields`` maps the engine's field names to the session's (``"hidden"`` → ``"hidden"``, ``"expression"`` →
    ``""`` for ``where`` itself); ``owners`` maps a registry entry's id to the session field holding its
    parameters, so the engine's ``elu.alpha`` becomes ``params.alpha``.
    """
    try:
        return check()
    except EngineError as exc:
        raise StateError(_engine_path(where, exc.field, fields or {}, owners or {}), exc.message) from None


def _engine_path(where: str, engine_field: str, fields: Mapping[str, str], owners: Mapping[str, str]) -> str:
    for owner, params_field in owners.items():
        if engine_field.startswith(owner + "."):
            return field(field(where, params_field), engine_field[len(owner) + 1 :])
    if engine_field in fields:
        mapped = fields[engine_field]
        return field(where, mapped) if mapped else where
    head, _, rest = engine_field.partition(".")
    if head in fields and rest:
        return field(field(where, fields[head]) if fields[head] else where, rest)
    return field(where, engine_field) if engine_field else where


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(type(value), "a number")


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return _kind(value)
