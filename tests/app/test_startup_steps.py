"""Start-up's GUI-thread work comes in steps with a turn of the event loop between them (the window answers)."""

import pytest
from PySide6.QtCore import QObject, QTimer

from gui.startup import PLOT_LIBRARY_STEPS, in_steps

pytestmark = pytest.mark.gui


def test_steps_run_in_order_each_in_its_own_turn_of_the_event_loop(qtbot):
    parent = QObject()
    seen: list[str] = []

    def step(name: str):
        def run():
            seen.append(name)
            QTimer.singleShot(0, lambda: seen.append(f"event after {name}"))  # what the window would answer

        return run

    in_steps([step("a"), step("b")], lambda: seen.append("then"), parent)
    qtbot.waitUntil(lambda: "then" in seen, timeout=60_000)
    assert seen.index("a") < seen.index("event after a") < seen.index("b") < seen.index("event after b")
    assert seen.index("then") > seen.index("b")


def test_the_plot_library_steps_end_with_pyqtgraph_imported_and_the_plot_look_applied():
    import pyqtgraph as pg

    pg.setConfigOptions(background="k")  # pyqtgraph's own default
    for step in PLOT_LIBRARY_STEPS:
        step()
    from gui.common.theme import BACKGROUND

    assert pg.getConfigOption("background") == BACKGROUND


def test_the_preview_steps_make_the_plots_the_preview_then_draws_in(qtbot):
    from gui.common import ahead
    from gui.explorer.plots import StackedPlots
    from gui.explorer.preview import ExplorerPreview
    from gui.startup import PREVIEW_STEPS
    from gui.startup_cache import read_cache, shipped_path

    for step in PREVIEW_STEPS:
        step()
    made_ahead = ahead._spares[StackedPlots]
    preview = ExplorerPreview(read_cache(shipped_path(), None))
    qtbot.addWidget(preview)
    assert preview.plots is made_ahead
    assert StackedPlots not in ahead._spares  # taken: the explorer's own plots are made for it
