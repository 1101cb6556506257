"""The one error a state (and so a session file) raises: what is wrong, and where (a field path or a line and column)."""

from __future__ import annotations

from engine.errors import clip_text


class StateError(ValueError):
    """A state that cannot be built (a session file that cannot be opened); ``where`` names the field
    (``tabs.explorer.curves[1].params.alpha``) or the place in the text (``line 12, column 5``), ``message`` says
    what is wrong in plain words. Both are clipped (:func:`engine.errors.clip_text`): a refusal never repeats a
    huge value whole. :mod:`sessions` calls it ``SessionError``."""

    def __init__(self, where: str, message: str):
        where, message = clip_text(where, 300), clip_text(message)
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message
