"""A slider moved while the explorer's worker computes the curve: the value the user let go of is the one drawn.

Newest request wins in the worker, so every older result is thrown away; these tests make sure the newest is never
thrown away with them, wherever the change lands: while a job runs, or after its result arrived but before it was
drawn (the worker's curves are drawn one per turn of the event loop). Expected curves are closed forms in numpy.
"""

from __future__ import annotations

import numpy as np
import pytest

KINK = 0.333
N = 12  # max(k·(x−.333), 2·(x−.333), …, 12·(x−.333)) at 100,001 points is computed in the worker


@pytest.fixture
def formula(tab):
    text = "max(" + ",".join([f"k*(x-{KINK})"] + [f"{i}*(x-{KINK})" for i in range(2, N + 1)]) + ")"
    index = tab.formulas.add_formula(text, {"k": 1.0})
    tab.set_points(100_001)
    assert tab.wait_evaluated(60)
    return index


def expected(x: np.ndarray, k: float) -> np.ndarray:
    """For 1 ≤ k ≤ 2: left of the kink the smallest slope (k) wins, right of it the largest (12)."""
    return np.where(x > KINK, N, k) * (x - KINK)


def assert_drawn(tab, index: int, k: float) -> None:
    p = tab.curves[index]
    assert not p.dirty and p.params["k"] == pytest.approx(k)
    x, f = (np.asarray(a) for a in tab.curve_items()[0][index].getOriginalDataset())
    assert x.size == 100_001
    np.testing.assert_allclose(f, expected(x, k), rtol=1e-5, atol=1e-5)


def test_values_set_while_the_worker_computes_end_with_the_last_one_drawn(tab, formula):
    slider = tab.param_panel.editors["k"].slider
    for k in (1.2, 1.4, 1.6, 1.8):
        slider.setValue(k)  # the user's drag: throttled, then handed to the worker
        tab.flush()
        assert tab.evaluating()  # in the worker (the estimate says so, not a clock): the job is still running
    slider.setValue(1.25)  # let go here
    tab.flush()
    assert tab.wait_evaluated(60)
    assert_drawn(tab, formula, 1.25)


def test_a_value_set_when_an_older_result_arrives_but_before_it_is_drawn_is_drawn(tab, formula, qtbot):
    slider = tab.param_panel.editors["k"].slider
    moves = [1.75]

    def user_moves_the_slider(_results) -> None:  # runs right after the tab took the (now old) result
        if moves:
            slider.setValue(moves.pop())
            tab.flush()

    tab.evaluator.done.connect(user_moves_the_slider)
    slider.setValue(1.5)
    tab.flush()
    assert tab.evaluating()
    with qtbot.waitSignal(tab.evaluator.done, timeout=60_000):
        pass
    assert not moves  # the slider moved while k = 1.5 was waiting to be drawn
    assert tab.wait_evaluated(60)
    assert_drawn(tab, formula, 1.75)
