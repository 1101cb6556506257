"""The race tab: which activation learns fastest? 2–6 activations trained on the same data at once.

The user picks a preset or up to six activations, the hidden layers and the data, and presses Play,
Step or Reset (Space, S, R, as in the training tab); the racers train as one computation on the tab's
worker thread (:class:`~gui.race.runs.RaceRuns`), each frame coming back through ``progress.partial``:
every racer's small decision map, titled with its name, "95 % at epoch N" and its dead units, and
the loss and accuracy curves overlaid, one colour per racer. A tab of its own rather than a mode of the
training tab: the race has its own controls (racers, presets) and views (N maps, overlaid curves), and
the training tab's panels (diagram, gradients, hidden space, weight edits) belong to one network.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from engine.errors import EngineError
from engine.race import MAX_RACERS, RaceResult
from engine.training_config import TRAIN_DTYPES
from figures.race import race_figure_of
from figures.spec import FigureSpec
from gui.common.compute_tab import ComputeTab
from gui.common.responsive import ReflowGrid
from gui.common.square import FittedTitle
from gui.common.tabs import SelfTestStep, placement_text
from gui.common.worker import Job
from gui.race.controls import RaceControls
from gui.race.keys import install_race_keys
from gui.race.runs import RaceRuns
from gui.race.views import RaceCurves, RaceMap
from states.errors import StateError
from states.race import KEY, MAX_EPOCH, RaceState


class RaceTab(ComputeTab):
    """Race activations on one dataset and watch which learns fastest (or stalls)."""

    COMPUTE_DTYPES = TRAIN_DTYPES
    DEBOUNCE_MS = 200
    session_key = KEY

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runs = RaceRuns()  # used only by jobs on the worker thread
        self.result: RaceResult | None = None
        self._fresh = False
        self._goto = 0  # a session's epoch: the next rebuild trains again to it
        self._playing = False
        self.controls = RaceControls()
        self.maps = [RaceMap() for _ in range(MAX_RACERS)]
        self.curves = RaceCurves()
        self.grid_holder = QVBoxLayout()
        self.grid_holder.setContentsMargins(0, 0, 0, 0)
        self.grid: ReflowGrid | None = None
        self._shown_racers = 0
        # Cells (a map, the curves) out of view when a frame came (scrolled away on a small screen, the tab hidden): the
        # newest frame is drawn into them when they come into view (moved, resized, shown), before they are painted.
        self._behind: set[QWidget] = set()
        for cell in [*self.maps, self.curves]:
            cell.installEventFilter(self)
        right = QVBoxLayout()
        right.addLayout(self.grid_holder, 1)
        right.addWidget(self.error_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addLayout(right, 1)
        self._lay_out(3)
        c = self.controls
        c.edited.connect(self._on_edited)
        c.play_button.toggled.connect(self._on_play_toggled)
        c.step_button.clicked.connect(lambda: self.step())
        c.reset_button.clicked.connect(self.reset)
        c.speed_combo.currentIndexChanged.connect(self._on_speed_changed)
        self.busy_changed.connect(self._on_busy_changed)
        self.key_actions = install_race_keys(self, c)
        self.show_state(RaceState.build({}))

    def _lay_out(self, racers: int) -> None:
        """The maps of ``racers`` racers then the curves, reflowed in up to three columns."""
        if racers == self._shown_racers and self.grid is not None:
            return
        cells = [*self.maps[:racers], self.curves]
        old = self.grid
        self.grid = ReflowGrid(cells, max_columns=3)
        if old is not None:
            self.grid_holder.removeWidget(old)
            old.deleteLater()
        for m in self.maps[racers:]:
            m.setParent(None)
            FittedTitle.join([m.title])
        FittedTitle.join([m.title for m in self.maps[:racers]])  # every map's title whole, or every one short
        self.grid_holder.addWidget(self.grid)
        self.grid.content.installEventFilter(self)  # the grid's content moves when it scrolls
        self.grid.viewport().installEventFilter(self)  # and shows more of it when it grows
        self._shown_racers = racers

    # ---- state -----------------------------------------------------------------------------------------

    def state(self) -> RaceState:
        """What the tab shows (the race as the panels describe it, at the epoch on screen); while the panels hold a
        refused value (a network of 17 units), the race on screen."""
        try:
            return RaceState.build(self.controls.section(self.epoch()))
        except StateError:
            return self._shown_state

    def show_state(self, state: RaceState) -> None:
        """Show ``state`` and train its race again to its epoch (reproducible from its seed)."""
        self._shown_state = state
        self.controls.show_state(state)
        self._goto, self._fresh = state.epoch, True
        self._set_playing(False)
        self.mark_stale() if not self.isVisible() else self.request()

    def epoch(self) -> int:
        return self.result.epoch if self.result is not None else 0

    def is_playing(self) -> bool:
        return self._playing

    # ---- Play, Step, Reset --------------------------------------------------------------------------------

    def _race(self):
        """The checked race the panels describe (EngineError naming the field)."""
        try:
            state = RaceState.build(self.controls.section())
        except StateError as exc:
            raise EngineError(exc.where.removeprefix("tabs.race."), exc.message) from None
        self._job_state = state
        return state.race(self.device, self.dtype)  # "auto": CUDA when it works, else the CPU (engine.devices)

    def play(self) -> None:
        self._start(lambda race: partial(self.runs.play, race, self.controls.speed()), playing=True)

    def pause(self) -> None:
        if self._playing:
            self.cancel()

    def step(self, epochs: int = 1) -> None:
        self._start(lambda race: partial(self.runs.step, race, epochs))

    def reset(self) -> None:
        self._fresh, self._goto = True, 0
        self.request()

    def _start(self, make, playing: bool = False) -> None:
        try:
            race = self._race()
        except EngineError:
            self.request()  # shows the refusal the usual way
            return
        self._set_playing(playing)
        self.start_job(make(race))

    def _set_playing(self, playing: bool) -> None:
        self._playing = playing
        self.controls.set_playing(playing)

    def _on_play_toggled(self, on: bool) -> None:
        if on:
            self.play()
        else:
            self.pause()

    def _on_speed_changed(self, *_: object) -> None:
        if self._playing:
            self.play()  # the same race goes on at the new speed

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._set_playing(False)

    def _on_edited(self) -> None:
        self._set_playing(False)
        self._goto = 0
        self.schedule()

    # ---- ComputeTab -----------------------------------------------------------------------------------

    def job(self) -> Job:
        race = self._race()
        fresh, self._fresh = self._fresh, False
        goto, self._goto = self._goto, 0
        self._set_playing(False)
        if goto:
            return partial(self.runs.goto, race, min(goto, MAX_EPOCH))
        return partial(self.runs.rebuild, race, fresh)

    def show_partial(self, result: RaceResult) -> None:
        self._draw(result)
        QTimer.singleShot(0, self.worker.partial_shown)  # after this turn of the event loop has painted it

    def show_result(self, result: RaceResult) -> str:
        self._draw(result)
        return placement_text(result.device, result.race.base.dtype, result.fallback_reason)

    def _draw(self, result: RaceResult) -> None:
        self.result = result
        self._shown_state = replace(self._job_state, epoch=result.epoch)  # the race this job was started with
        racers = len(result.race.activations)
        self._lay_out(racers)
        for k in range(racers):
            self.maps[k].show_title(result, k)  # every title, seen or not: they are fitted together (FittedTitle.join)
        self._behind.update([*self.maps[:racers], self.curves])
        self._catch_up()
        self.controls.epoch_label.setText(self.tr("Epoch {0}").format(result.epoch))

    def _catch_up(self) -> None:
        """Draw the frame on screen into the cells behind that are in view now. A cell out of view is not drawn: at
        1024×600 two maps and the curves are below the fold, and setting the curves' twelve lines was half the drawing
        of a frame (their data, bounds and scene index, about 4 ms), for nothing on screen."""
        result = self.result
        if result is None or not self._behind:
            return
        cells: list[tuple[QWidget, partial]] = [(self.curves, partial(self.curves.show_result, result))]
        cells += [(m, partial(m.show_map, result, k)) for k, m in enumerate(self.maps[: len(result.race.activations)])]
        for cell, draw in cells:
            if cell in self._behind and self._in_view(cell):
                self._behind.discard(cell)
                draw()

    def _in_view(self, cell: QWidget) -> bool:
        """Whether any of ``cell`` is in the grid's view (and the tab shown). Not ``visibleRegion()``: that leaves out
        the opaque children, which cover the curves' cell whole."""
        port = self.grid.viewport() if self.grid is not None else None
        if port is None or not cell.isVisible() or not port.isAncestorOf(cell):
            return cell.isVisible()
        return QRect(cell.mapTo(port, QPoint(0, 0)), cell.size()).intersects(port.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._behind and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self._catch_up()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._catch_up()

    def busy_text(self) -> str:
        return self.tr("Racing…") if self._playing else self.tr("Computing…")

    # ---- LabTab -----------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Race")

    def figure_spec(self) -> FigureSpec:
        """The race on screen (maps and overlaid curves), as export --session draws its state."""
        return race_figure_of(self.state(), self.result)

    def self_test_steps(self) -> Iterable[SelfTestStep]:
        def step_once() -> None:
            self.step()
            if not self.wait_idle(60) or self.epoch() < 1 or self.problem():
                raise RuntimeError(f"the race did not train one epoch: {self.problem()}")

        return [("race: train one epoch", step_once)]
