"""A typed formula never freezes the window (issue 21, item 1).

``max(1*(x-.333), …, n*(x-.333))`` blocked the window for 33 s at n = 20. Costly curves are now computed in the
explorer's worker (newest request wins) while the last good plot stays, and a formula too costly for the points
asked is refused with how many fit. The window-level test types and plots such formulas from inside the event
loop while a QTimer heartbeat records how long the GUI thread worked without the loop turning: a behaviour bound
(issue 21's 100 ms; a freeze was 33 s), not a benchmark. The worker's curves are drawn one per turn of the loop
(a 1 ms timer, not a 0 ms single shot that Qt 6 posts into the batch of the paints before it): two curves and
their paints were 55 to 62 ms on end on a loaded 2-core machine, 111 ms once on CI. Expected curves are closed
forms written with numpy.
"""

from __future__ import annotations

import gc
import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from gui.common.formula_dialog import FormulaDialog

STALL_S = 0.10  # issue 21: the event loop never stalls longer on any formula the fuzzers try


@pytest.fixture(autouse=True)
def frozen_heap(tab):
    """The heap as the app has it: start-up freezes what it built (gui/startup.py, gui/main_window.py), so a full
    garbage collection on a keystroke walks only what came since, not torch's and Qt's long-lived objects (an
    unfrozen full pass cost about 30 ms each at start-up, and once pushed a keystroke here to 107 ms)."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def shifted_maxima(n: int, first: str = "1") -> str:
    return "max(" + ",".join([f"{first}*(x-.333)"] + [f"{i}*(x-.333)" for i in range(2, n + 1)]) + ")"


def line(tab, index, row=0):
    x, y = tab.curve_items()[row][index].getOriginalDataset()
    return np.asarray(x), np.asarray(y)


class Heartbeat:
    """A 5 ms timer on the GUI thread; ``longest`` is the most CPU time the GUI thread spent between two beats.

    The GUI thread's own CPU time (``time.thread_time``), not the wall clock: on a shared 2-core machine the other
    programs' turns would count as stalls; work the GUI thread does without returning to the loop always counts.
    ``longest_wall`` is kept for the message.
    """

    def __init__(self):
        self.last, self.last_wall = time.thread_time(), time.perf_counter()
        self.longest = self.longest_wall = 0.0
        self.step, self.worst_step = "start", ""  # what ran last, and before the longest stretch
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now, wall = time.thread_time(), time.perf_counter()
        if self.step == "start":  # the window's first paints before the first step are not the formulas' doing
            self.last, self.last_wall = now, wall
            return
        if now - self.last > self.longest:
            self.longest, self.worst_step = now - self.last, self.step
        self.longest_wall = max(self.longest_wall, wall - self.last_wall)
        self.last, self.last_wall = now, wall

    def stop(self) -> None:
        self.timer.stop()


def play(qtbot, steps, timeout_s: float = 120.0) -> Heartbeat:
    """Run each of ``steps`` (callables) from the event loop, one per 10 ms, with a heartbeat going."""
    heart = Heartbeat()
    steps = list(steps)
    queue = list(steps)

    def next_step():
        if queue:
            heart.step = f"step {len(steps) - len(queue)}"
            queue.pop(0)()
            QTimer.singleShot(10, next_step)

    QTimer.singleShot(10, next_step)
    qtbot.waitUntil(lambda: not queue, timeout=int(timeout_s * 1000))
    heart.step = "after the last step"
    return heart


def test_the_formula_that_froze_the_window_is_computed_in_the_background_and_plotted(tab, qtbot):
    text = shifted_maxima(20)
    start = time.perf_counter()
    index = tab.formulas.add_formula(text)
    assert time.perf_counter() - start < 5.0  # 33 s before: the scan was quartic in the number of arguments
    assert tab.wait_evaluated(60)
    x, f = line(tab, index)
    np.testing.assert_allclose(f, np.where(x > 0.333, 20, 1) * (x - 0.333), rtol=1e-5, atol=1e-5)
    assert [k.x for k in tab.curves[index].kinks] == pytest.approx([0.333], abs=1e-9)


def test_the_last_good_plot_stays_while_a_costly_formula_is_refused_with_the_points_that_fit(tab, qtbot):
    index = tab.formulas.add_formula("x*k")
    assert tab.wait_evaluated(60)
    _, good = line(tab, index)
    tab.formulas.edit_formula(index, "max(" + ",".join(["x**x"] * 60) + ")")
    tab.set_points(100_001)
    assert tab.wait_evaluated(60)
    assert "use at most" in tab.last_error and "cannot be computed" in tab.last_error
    assert "use at most" in tab.controls.range_problem.text()
    _, shown = line(tab, index)
    np.testing.assert_array_equal(shown, good)  # the last good curve stays


@pytest.mark.slow
def test_typing_and_plotting_slow_formulas_never_stalls_the_event_loop_over_100_ms(tab, qtbot):
    tab.show()
    qtbot.waitExposed(tab)
    dialog = FormulaDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    typed = shifted_maxima(20)
    steps = [lambda ch=ch: dialog.field.insert(ch) for ch in typed]  # every keystroke checked and previewed
    formulas = [
        shifted_maxima(40),
        shifted_maxima(30, first="k"),
        "max(" + ",".join(["erf(x)"] * 70) + ")",
        "where(sin(60*x) > 0, x, x)",  # switches branch too often to mark: computed, kinks not marked
        "max(" + ",".join(["x**x"] * 60) + ")",  # refused at 100,001 points
    ]
    steps += [lambda t=t: tab.formulas.add_formula(t) for t in formulas]
    steps.append(lambda: tab.set_points(100_001))
    steps += [lambda v=v: tab.set_param(1, "k", v) for v in np.linspace(1.0, 3.0, 12)]  # a drag: a new scan each
    heart = play(qtbot, steps)
    qtbot.waitUntil(lambda: not tab.evaluating(), timeout=120_000)  # the worker's last results drawn, beats going on
    heart.beat()
    heart.stop()
    assert dialog.is_valid() and dialog.formula_text() == typed
    worked, wall = heart.longest * 1000, heart.longest_wall * 1000
    assert heart.longest < STALL_S, f"the GUI thread worked {worked:.0f} ms on end ({wall:.0f} ms wall), {heart.worst_step}"
    x, f = line(tab, 0)
    assert x.size == 100_001
    np.testing.assert_allclose(f, np.where(x > 0.333, 40, 1) * (x - 0.333), rtol=1e-5, atol=1e-5)
    x, f = line(tab, 1)  # k = 3 last: left of the kink the smallest slope (2) wins, right of it the largest (30)
    np.testing.assert_allclose(f, np.where(x > 0.333, 30, 2) * (x - 0.333), rtol=1e-5, atol=1e-5)
    assert tab.curves[3].kinks == []
