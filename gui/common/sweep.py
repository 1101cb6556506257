"""The ▶ beside a parameter slider: moves the slider between two ends, once or back and forth, so the plots follow.

The button drives the slider itself (``setValue``), so everything a drag does happens: the
editor emits its value and the tab redraws as it does for a drag. Its menu sets the ends
(the slider's range by default; "Start here"/"End here" take the current value), the speed
and once or back and forth. While a sweep plays, Space pauses it (and plays it again).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

TICK_MS = 33  # about 30 value changes a second: the latency budget of a drag
SPEEDS = {"slow": 8.0, "normal": 4.0, "fast": 2.0}  # seconds from one end to the other


class SweepButton(QToolButton):
    """▶ / ⏸ for ``slider`` (a QSlider, superqt's QDoubleSlider or a spin box: value(), setValue(), minimum(),
    maximum())."""

    def __init__(self, slider, parent: QWidget | None = None):
        super().__init__(parent)
        self.slider = slider
        self.low: float | None = None  # None: the slider's end
        self.high: float | None = None
        self.seconds = SPEEDS["normal"]
        self.bounce = True
        self._phase = 0.0  # 0 .. 1 from low to high; 1 .. 2 back again
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._space: QShortcut | None = None
        self._paused = False  # stopped by Space: Space plays it again
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolTip(self.tr("Sweep this value between two ends (the arrow: ends, speed, once or back and forth)"))
        self.setAccessibleName(self.tr("Sweep"))
        self.toggled.connect(self._play)
        self.setMenu(self._build_menu())
        self._show_state(False)

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Start here (the current value)"), self._start_here)
        menu.addAction(self.tr("End here (the current value)"), self._end_here)
        menu.addAction(self.tr("Whole range"), self._whole_range)
        menu.addSeparator()
        self.bounce_action = QAction(self.tr("Back and forth"), menu, checkable=True, checked=True)
        self.bounce_action.toggled.connect(lambda on: setattr(self, "bounce", on))
        menu.addAction(self.bounce_action)
        menu.addSeparator()
        speeds = QActionGroup(menu)
        names = {"slow": self.tr("Slow (8 s)"), "normal": self.tr("Normal (4 s)"), "fast": self.tr("Fast (2 s)")}
        for key, seconds in SPEEDS.items():
            action = QAction(names[key], speeds, checkable=True, checked=key == "normal")
            action.triggered.connect(lambda _=False, s=seconds: setattr(self, "seconds", s))
            menu.addAction(action)
        return menu

    # -- ends ----------------------------------------------------------------------------------
    def ends(self) -> tuple[float, float]:
        low = self.slider.minimum() if self.low is None else self.low
        high = self.slider.maximum() if self.high is None else self.high
        return float(low), float(high)

    def _start_here(self) -> None:
        self.low = float(self.slider.value())

    def _end_here(self) -> None:
        self.high = float(self.slider.value())

    def _whole_range(self) -> None:
        self.low = self.high = None

    # -- playing -------------------------------------------------------------------------------
    def _show_state(self, playing: bool) -> None:
        self.setText("⏸" if playing else "▶")

    def _play(self, on: bool) -> None:
        self._show_state(on)
        if on:
            low, high = self.ends()
            value = float(self.slider.value())
            inside = low != high and min(low, high) <= value <= max(low, high)
            if not inside:
                self._phase = 0.0
            elif self._phase <= 1:  # carry on from where the slider is (a drag while paused moves the sweep)
                self._phase = (value - low) / (high - low)
            self._clock.start()
            self._timer.start()
            self._space_shortcut(True)
        else:
            self._timer.stop()
            self._space_shortcut(False)

    def mousePressEvent(self, event) -> None:
        self._paused = False  # a click is not a pause: Space no longer belongs to this sweep once it stops
        super().mousePressEvent(event)

    def _space_shortcut(self, on: bool) -> None:
        """Space pauses a playing sweep and plays it again; it is the window's only while a sweep is on or paused."""
        window = self.window()
        if self._space is None and window is not None:
            self._space = QShortcut(QKeySequence(Qt.Key.Key_Space), window, self._space_pressed)
            self._space.setContext(Qt.ShortcutContext.WindowShortcut)
        if self._space is not None:
            self._space.setEnabled(on or self._paused)

    def _space_pressed(self) -> None:
        self._paused = self.isChecked()
        self.toggle()

    def advance(self, seconds: float) -> None:
        """Move the sweep on by ``seconds`` of play and set the slider (the timer's tick; tests call it directly)."""
        low, high = self.ends()
        step = seconds / self.seconds
        self._phase += step
        end = 2.0 if self.bounce else 1.0
        done = self._phase >= end
        if done:
            self._phase = end
        share = self._phase if self._phase <= 1 else 2.0 - self._phase
        value = low + share * (high - low)
        self.slider.setValue(round(value) if isinstance(self.slider.value(), int) else value)  # QSlider, QSpinBox: ints
        if done:
            self._phase = 0.0
            self._paused = False
            self.setChecked(False)

    def _tick(self) -> None:
        elapsed = self._clock.restart() / 1000
        self.advance(min(elapsed, 0.25))  # a stalled frame does not jump the sweep ahead
