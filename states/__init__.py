"""Each tab's state: typed, frozen, Qt-free, checked once when built. No Qt here.

One class per tab (:class:`~states.explorer.ExplorerState`, :class:`~states.initialization.InitializationState`,
:class:`~states.depth.DepthState`, :class:`~states.training.TrainingState`), each in the module named for its tab
with the tab's limits and defaults. A state is at once what the tab shows (``tab.state()`` /
``tab.show(state)``), a section of a session file (``state.section()``, ``State.build(section)``, see
:mod:`sessions`) and what the command line draws (:func:`figures.tab_figures.figure_of`). ``build`` is the one
place values are checked (the engine's registries for ids and parameters), refusing with the path of the field
(:class:`~states.errors.StateError`: ``tabs.training.hidden[0]: 17 is outside the range 1 to 16``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from states.depth import DepthState
    from states.explorer import ExplorerState
    from states.initialization import InitializationState
    from states.race import RaceState
    from states.training import TrainingState

    #: Any tab's state.
    TabState = ExplorerState | InitializationState | DepthState | TrainingState | RaceState

#: The state classes, imported when first asked for (they import the engine, hence torch: the window's first
#: screen reads :mod:`states.limits` before torch has loaded).
_MODULES = {
    "ExplorerState": "explorer",
    "InitializationState": "initialization",
    "DepthState": "depth",
    "TrainingState": "training",
    "RaceState": "race",
}

__all__ = ["DepthState", "ExplorerState", "InitializationState", "RaceState", "TabState", "TrainingState"]


def __getattr__(name: str) -> Any:
    if name == "TabState":
        classes = [__getattr__(n) for n in _MODULES]
        union = classes[0]
        for cls in classes[1:]:
            union = union | cls
        return union
    if name in _MODULES:
        return getattr(importlib.import_module(f"states.{_MODULES[name]}"), name)
    raise AttributeError(f"module 'states' has no attribute {name!r}")
