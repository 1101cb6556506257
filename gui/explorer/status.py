"""The explorer's status-bar line: how many curves were computed where, in which precision (and
where it merged grid points), and which second derivatives came from a stand-in form rather than autograd."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

import engine
from gui.common.engine_text import engine_tr


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExplorerTab", text)


def placement_message(done: Sequence[engine.Curve], points: int) -> str:
    """The status line for the computed curves ``done`` of ``points`` points each."""
    if not done:
        return _tr("No curve plotted: check an activation in the list.")
    first = done[0]
    message = _tr("{0} curve(s) × {1} points computed on {2} in {3}").format(
        len(done), f"{points:,}", first.device.upper(), first.dtype
    )
    reasons = sorted({c.fallback_reason for c in done if c.fallback_reason} | {c.grid_note for c in done if c.grid_note})
    if reasons:
        message += " — " + _tr("; ").join(reasons)
    notes = sorted(
        {
            _tr("{0}: {1}").format(engine_tr(engine.resolve_activation(c.activation).name), c.d2f_method)
            for c in done
            if c.d2f is not None and not c.d2f_method.startswith("autograd")
        }
    )
    if notes:
        message += " · " + _tr("; ").join(notes)
    return message
