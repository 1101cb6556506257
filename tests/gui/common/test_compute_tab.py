"""The ComputeTab base, with a trivial job: what every computing tab (Initialisation, Depth, Training) inherits."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout

from engine.errors import EngineError
from engine.jobs import check

pytest.importorskip("pytestqt")

from gui.common.compute_tab import ComputeTab
from gui.common.tabs import refused_dtype_text


class SquareTab(ComputeTab):
    """Squares the number in its one "control"; ``work`` may replace the computation (slow, failing...)."""

    COMPUTE_DTYPES = ("float32", "float64")
    DEBOUNCE_MS = 20

    def __init__(self):
        super().__init__()
        self.number = 3
        self.work = None
        self.jobs = 0
        self.drawn: list = []
        self.partials: list = []
        QVBoxLayout(self).addWidget(self.error_label)

    def set_number(self, number: int) -> None:
        self.number = number
        self.schedule()

    def job(self):
        self.jobs += 1
        if self.number < 0:
            raise EngineError("number", "must not be negative")
        number, device, dtype, work = self.number, self.device, self.dtype, self.work

        def run(progress, cancelled):
            if work is not None:
                return work(number, progress, cancelled)
            return number * number, device, dtype

        return run

    def show_result(self, result) -> str:
        self.drawn.append(result)
        return f"{result[0]} on {result[1]} in {result[2]}"

    def show_partial(self, result) -> None:
        self.partials.append(result)

    def busy_text(self) -> str:
        return "Squaring…"


@pytest.fixture
def tab(qtbot):
    tab = SquareTab()
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        tab.request()
    yield tab
    tab.cancel()
    tab.wait_idle(10)


def test_edits_in_quick_succession_compute_once_with_the_last_value(tab, qtbot):
    jobs = tab.jobs
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        for number in (4, 5, 6, 7):
            tab.set_number(number)
    qtbot.wait(60)  # longer than the debounce: no second run comes
    assert tab.jobs == jobs + 1 and tab.drawn[-1][0] == 49
    assert tab.last_message() == "49 on auto in float32"


def test_an_edit_while_hidden_recomputes_when_the_tab_is_shown(tab, qtbot):
    tab.hide()
    jobs = tab.jobs
    tab.set_number(5)
    tab.set_compute("cpu", "float64")
    qtbot.wait(60)  # longer than the debounce: nobody is looking, nothing runs
    assert tab.jobs == jobs and tab.is_stale() and tab.drawn[-1][0] == 9
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        tab.show()
    assert tab.drawn[-1] == (25, "cpu", "float64") and tab.jobs == jobs + 1 and not tab.is_stale()


def test_a_refusal_before_the_job_shows_under_the_plot_and_keeps_the_last_result(tab, qtbot):
    with qtbot.waitSignal(tab.refused, timeout=10_000):
        tab.set_number(-2)
    assert tab.error_label.isVisible() and "number: must not be negative" in tab.error_label.text()
    assert "number: must not be negative" in tab.last_message() and tab.problem() == "number: must not be negative"
    assert tab.drawn[-1][0] == 9 and not tab.is_busy()
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        tab.set_number(2)
    assert not tab.error_label.isVisible() and tab.problem() == "" and tab.last_message() == "4 on auto in float32"


def test_an_engine_error_raised_by_the_job_shows_its_message_and_keeps_the_last_result(tab, qtbot):
    def refuse(number, progress, cancelled):
        raise EngineError("width", "too wide for this machine")

    tab.work = refuse
    with qtbot.waitSignal(tab.refused, timeout=10_000) as blocker:
        tab.request()
    assert blocker.args == ["width: too wide for this machine"]
    assert tab.error_label.isVisible() and "width: too wide for this machine" in tab.error_label.text()
    assert "too wide" in tab.last_message() and tab.result_text() == "9 on auto in float32"
    assert tab.drawn == [(9, "auto", "float32")]


def test_a_refusal_while_a_job_runs_stops_it_so_it_cannot_hide_the_refusal(tab, qtbot):
    release = threading.Event()

    def slow(number, progress, cancelled):
        release.wait(10)
        check(cancelled)
        return number * number, "cpu", "float32"

    tab.work = slow
    tab.request()
    tab.number = -1
    tab.request()
    release.set()
    assert tab.wait_idle(10)
    assert tab.drawn[-1][0] == 9 and tab.error_label.isVisible()
    assert "must not be negative" in tab.last_message()


def test_cancel_puts_back_the_last_good_status_and_result(tab, qtbot):
    release = threading.Event()

    def slow(number, progress, cancelled):
        release.wait(10)
        check(cancelled)
        return number * number, "cpu", "float32"

    tab.work = slow
    states = []
    tab.busy_changed.connect(states.append)
    tab.set_number(8)
    qtbot.waitUntil(tab.is_busy, timeout=10_000)
    assert tab.last_message() == "Squaring…"
    with qtbot.waitSignal(tab.cancelled, timeout=10_000):
        tab.cancel()
        release.set()
    assert "Squaring" not in tab.last_message()
    assert "Cancelled" in tab.last_message() and "9 on auto in float32" in tab.last_message()
    assert tab.drawn[-1][0] == 9 and states == [True, False]


def test_the_gui_thread_handles_timers_while_a_job_runs(tab, qtbot):
    """The job can only finish once a timer on the GUI thread has fired while it ran."""
    fired = threading.Event()
    seen_busy = []

    def needs_the_event_loop(number, progress, cancelled):
        if not fired.wait(10):
            raise EngineError("test", "the GUI thread never ran the timer")
        return number, "cpu", "float32"

    def tick():
        seen_busy.append(tab.is_busy())
        fired.set()

    tab.work = needs_the_event_loop
    with qtbot.waitSignal(tab.computed, timeout=20_000):
        tab.request()
        QTimer.singleShot(1, tick)
    assert seen_busy == [True] and tab.drawn[-1] == (3, "cpu", "float32")


def test_a_precision_the_tab_does_not_offer_is_refused_and_the_last_one_stays(tab, qtbot):
    jobs = tab.jobs
    tab.set_compute("auto", "float16")
    assert tab.dtype == "float32" and not tab.is_busy()
    qtbot.wait(60)
    assert tab.jobs == jobs
    assert refused_dtype_text("float16", ("float32", "float64"), "float32") in tab.last_message()
    assert "9 on auto in float32" in tab.last_message()
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        tab.set_compute("auto", "float64")
    assert tab.drawn[-1] == (9, "auto", "float64") and "not offered" not in tab.last_message()


def test_results_so_far_arrive_in_order_and_a_paused_job_may_return_its_state(tab, qtbot):
    """The training tab's pattern: one partial result per epoch, Pause returns the state reached."""
    go_on = threading.Event()

    def epochs(number, progress, cancelled):
        history = []
        for epoch in range(1000):
            history.append(epoch)
            progress.partial(list(history))
            if epoch == 4:
                go_on.wait(10)  # wait until the GUI has paused the run
            if cancelled():
                return len(history), "paused", "float32"
        return len(history), "finished", "float32"

    tab.work = epochs
    tab.request()
    qtbot.waitUntil(lambda: bool(tab.partials) and tab.partials[-1] == [0, 1, 2, 3, 4], timeout=10_000)
    with qtbot.waitSignal(tab.computed, timeout=10_000):
        tab.cancel()
        go_on.set()
    assert tab.drawn[-1] == (5, "paused", "float32")
    assert tab.last_message() == "5 on paused in float32"  # its own words, not "Cancelled"
    assert all(len(a) < len(b) for a, b in zip(tab.partials, tab.partials[1:], strict=False))  # newest only, in order
