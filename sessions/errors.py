"""The one error a session file raises: a :class:`states.errors.StateError` (what is wrong, and where)."""

from __future__ import annotations

from states.errors import StateError as SessionError

__all__ = ["SessionError"]
