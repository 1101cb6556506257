"""The explorer's current view as a :class:`FigureSpec` for export: :func:`figures.explorer.explorer_figure` of
the tab's state (what ``export --session`` draws), leaving out the curves hidden by their legend entry.
"""

from __future__ import annotations

from engine.errors import EngineError
from figures.explorer import explorer_figure
from figures.spec import FigureSpec
from gui.common.tabs import LabTab


def explorer_view_figure(tab: LabTab) -> FigureSpec:
    """What the explorer tab ``tab`` shows now, as a figure (an ExplorerTab: it imports this module)."""
    hidden = [i for i in range(len(tab.curves)) if not tab.is_shown(i)]
    figure = explorer_figure(tab.state(), hidden)
    if figure is None:
        raise EngineError("explorer", "no curve is shown")
    return figure
