"""The one error type the engine raises for bad input, and :func:`clipped`, which every echoed value goes through."""

from __future__ import annotations

import re

#: The most characters of a value a message repeats (a 4-million-character id once froze the window for 40 s
#: and took 1.8 GB, because its refusal repeated it whole).
ECHO_CHARS = 60
#: The most characters of a whole message or place (a safety net for a site that repeats a value unclipped).
MESSAGE_CHARS = 2_000
_LONG_QUOTED = re.compile(r"""(['"])([^'"\n]{""" + str(ECHO_CHARS + 1) + r""",})\1""")


def clipped(value: object, most: int = ECHO_CHARS) -> str:
    """``repr(value)`` for a message, at most about ``most`` characters: ``'aaaa…' (1,000,000 characters)``.

    Text longer than ``most`` is cut before its repr is made, so clipping a huge value costs nothing.
    """
    if isinstance(value, str) and len(value) > most:
        return f"{value[: most - 3]!r}… ({len(value):,} characters)"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 3 * most:
        return f"a {len(str(abs(value))) if value.bit_length() < 10_000 else 'huge'}-digit number"
    text = repr(value)
    return text if len(text) <= most else text[: most - 1] + "…"


def clip_text(text: str, most: int = MESSAGE_CHARS) -> str:
    """``text`` with every over-long quoted run clipped (:func:`clipped`), and at most ``most`` characters."""
    if len(text) <= ECHO_CHARS:
        return text
    text = _LONG_QUOTED.sub(lambda m: clipped(m.group(2)), text)
    return text if len(text) <= most else text[: most - 1] + "…"


class EngineError(ValueError):
    """Bad input to the engine; ``field`` names what was wrong (e.g. ``"x_min"``); both are clipped (:func:`clip_text`)."""

    def __init__(self, field: str, message: str):
        field, message = clip_text(field, 200), clip_text(message)
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
