"""Start-up order: the window paints before the heavy import, and the GUI keeps running during it."""

import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from gui.startup import after_first_paint, import_in_background


class _Label(QLabel):
    painted = False

    def paintEvent(self, event):
        self.painted = True
        super().paintEvent(event)


def test_heavy_work_waits_for_the_first_paint(qtbot):
    label = _Label("Loading…")
    qtbot.addWidget(label)
    seen = []
    after_first_paint(label, lambda: seen.append(label.painted), fallback_ms=60_000)
    assert seen == []
    label.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen == [True]


def test_background_import_keeps_the_event_loop_running(qtbot, tmp_path, monkeypatch):
    (tmp_path / "slow_module_for_test.py").write_text(
        "import threading, time\nIMPORTED_ON = threading.current_thread()\ntime.sleep(0.5)\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    label = QLabel()
    qtbot.addWidget(label)
    ticks, done = [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    import_in_background(["slow_module_for_test"], lambda: done.append((threading.current_thread(), len(ticks))), parent=label)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    timer.stop()
    module = sys.modules["slow_module_for_test"]
    assert module.IMPORTED_ON is not threading.main_thread()
    assert done[0][0] is threading.main_thread()  # the continuation runs on the GUI thread
    assert done[0][1] >= 5  # the timer kept firing while the module was importing


def test_background_import_still_continues_when_the_import_fails(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    done = []
    import_in_background(["no_such_module_anywhere"], lambda: done.append(True), parent=label)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
