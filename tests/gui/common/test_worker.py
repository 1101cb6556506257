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
