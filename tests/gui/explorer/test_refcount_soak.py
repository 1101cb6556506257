"""Soak: 2,000 parameter changes with repaints must not crash, leak, or eat references.

PySide6 6.12.0 lost a reference to ``None`` on some signal paths until the
interpreter crashed; ``sys.getrefcount(None)`` falling over a soak is the symptom.
Half the changes go through ``set_param``, half through the slider widget (the
throttled path), and every change is painted synchronously.
"""

import gc
import sys

import psutil
import pytest

from gui.explorer.tab import ExplorerTab

CHANGES = 2000
WARM_UP = 200
MAX_GROWTH_MB = 50
# PySide6 6.12.0 loses about 6 references per paint and 130 per plot update: over CHANGES repaints at least
# 6 × 2,000 = 12,000. Objects of earlier tests freed meanwhile (a finished worker's frames, a collected cycle)
# may legitimately drop a few hundred; a tenth of the bug's smallest signature tells the two apart.
NONE_SLACK = 6 * CHANGES // 10


@pytest.mark.timeout(900)
def test_2000_parameter_changes_keep_refcounts_and_memory(qtbot):
    tab = ExplorerTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.clear_curves()
    for name in ("sigmoid", "tanh", "gelu"):
        tab.add_curve(name)
    index = tab.add_curve("leaky_relu")
    slider = tab.param_panel.editors["negative_slope"].slider
    process = psutil.Process()

    def change(k: int) -> None:
        slope = ((k % 99) + 1) / 100
        if k % 2:
            slider.setValue(slope)
            tab.flush()
        else:
            tab.set_param(index, "negative_slope", slope)
        tab.readout_at(-1.0 + (k % 7) * 0.3)
        tab.plots.viewport().repaint()

    for k in range(WARM_UP):
        change(k)
    qtbot.wait(10)
    gc.collect()
    none_refs = sys.getrefcount(None)
    rss = process.memory_info().rss
    for k in range(CHANGES):
        change(k)
        if k % 100 == 0:
            qtbot.wait(1)  # let deferred deletes and timers run, as the event loop would
    qtbot.wait(10)
    gc.collect()
    growth_mb = (process.memory_info().rss - rss) / 2**20
    assert sys.getrefcount(None) >= none_refs - NONE_SLACK, "None lost references: the PySide6 6.12.0 bug"
    assert growth_mb < MAX_GROWTH_MB, f"resident memory grew by {growth_mb:.1f} MB"
    x, f = tab.curve_items()[0][index].getOriginalDataset()
    last = ((CHANGES - 1) % 99 + 1) / 100
    assert abs(f[0] - last * x[0]) < 1e-5  # the final value is the one on screen
