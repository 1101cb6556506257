"""The background worker: newest request wins, errors become messages, signals arrive on the GUI thread."""

import threading
import time

from PySide6.QtCore import QThread

from engine.errors import EngineError
from engine.jobs import check
from gui.common.worker import Worker


def slow_job(tag, seen_threads):
    def job(progress, cancelled):
        seen_threads.append(threading.current_thread())
        for i in range(200):
            time.sleep(0.005)
            progress(i / 200)
            check(cancelled)
        return tag

    return job


def test_newest_request_wins_and_results_arrive_on_the_gui_thread(qtbot):
    worker = Worker()
    threads, results, receivers = [], [], []
    worker.done.connect(lambda r: (results.append(r), receivers.append(QThread.currentThread())))
    with qtbot.waitSignal(worker.done, timeout=30_000):
        worker.submit(slow_job("first", threads))
        worker.submit(slow_job("second", threads))
    assert results == ["second"]
    assert receivers[0] == worker.thread()
    assert all(t is not threading.main_thread() for t in threads)
    assert not worker.is_busy()


def test_bad_input_and_bugs_become_messages(qtbot):
    worker = Worker()

    def bad(progress, cancelled):
        raise EngineError("width", "too wide")

    def bug(progress, cancelled):
        raise ZeroDivisionError("oops")

    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.submit(bad)
    assert blocker.args == ["width: too wide"]
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.submit(bug)
    assert blocker.args == ["ZeroDivisionError: oops"]


def test_cancel_reports_cancelled_and_busy_flips_back(qtbot):
    worker = Worker()
    states = []
    worker.busy_changed.connect(states.append)
    with qtbot.waitSignal(worker.cancelled, timeout=10_000):
        worker.submit(slow_job("x", []))
        worker.cancel()
    assert states == [True, False]


def test_partial_results_of_a_replaced_job_are_not_delivered_and_the_newest_waiting_one_wins(qtbot):
    worker = Worker()
    partials, results = [], []
    first_running, release, all_sent = threading.Event(), threading.Event(), threading.Event()

    def slow_gui(value):
        partials.append(value)
        all_sent.wait(10)  # the GUI thread is busy while the job sends the rest

    worker.partial.connect(slow_gui)
    worker.done.connect(results.append)

    def old(progress, cancelled):
        first_running.set()
        release.wait(10)
        for i in range(50):
            progress.partial(("old", i))
        check(cancelled)
        return "old"

    def new(progress, cancelled):
        for i in range(50):
            progress.partial(("new", i))
        all_sent.set()
        return "new"

    with qtbot.waitSignal(worker.done, timeout=10_000):
        worker.submit(old)
        assert first_running.wait(10)
        worker.submit(new)
        release.set()
    assert results == ["new"]
    # at most one taken before the GUI thread blocked, then only the newest of the rest
    assert 1 <= len(partials) <= 2 and all(tag == "new" for tag, _ in partials) and partials[-1] == ("new", 49)


def test_a_job_waiting_for_its_partial_to_be_shown_goes_on_when_the_gui_says_so_or_cancels(qtbot):
    # The training tab's Play: the job hands a frame over and sleeps until it is drawn.
    worker = Worker()
    waited = []

    def job(progress, cancelled):
        for i in range(3):
            progress.partial(i)
            waited.append(progress.wait_shown(30.0))  # True: released, not timed out
            check(cancelled)
        progress.partial("last")
        waited.append(progress.wait_shown(30.0))
        check(cancelled)
        return "done"

    received = []
    worker.partial.connect(received.append)
    worker.partial.connect(lambda value: worker.partial_shown() if value != "last" else None)
    with qtbot.waitSignal(worker.cancelled, timeout=30_000):
        worker.submit(job)
        qtbot.waitUntil(lambda: "last" in received, timeout=30_000)
        worker.cancel()  # the job is waiting for "last" to be drawn: Pause must not wait for the screen
    assert waited == [True, True, True, True]
