"""The explorer's current view as a :class:`FigureSpec` for export: :func:`figures.explorer.explorer_figure` of
the tab's state (what ``export --session`` draws), leaving out the curves hidden by their legend entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from engine.errors import EngineError
from figures.explorer import explorer_figure
from figures.spec import FigureSpec
from states.explorer import ExplorerState


class ShownExplorer(Protocol):
    """What the export reads of :class:`gui.explorer.tab.ExplorerTab` (which imports this module)."""

    @property
    def curves(self) -> Sequence[object]: ...
    def is_shown(self, index: int) -> bool: ...
    def state(self) -> ExplorerState: ...


def explorer_view_figure(tab: ShownExplorer) -> FigureSpec:
    """What the explorer tab ``tab`` shows now, as a figure."""
    hidden = [i for i in range(len(tab.curves)) if not tab.is_shown(i)]
    figure = explorer_figure(tab.state(), hidden)
    if figure is None:
        raise EngineError("explorer", "no curve is shown")
    return figure
