"""The training tab: why a network needs a non-linear activation (TensorFlow Playground's lesson, offline).

The user picks data, a network and how it learns in :class:`~gui.training.controls.TrainingControls` and presses
Play, Step or Reset; the networks train on the tab's worker thread (:class:`~gui.training.runs.TrainingRuns`; as fast
as possible, in a process of its own: :mod:`gui.training.trainer_process`), as many epochs per display frame as the
speed asks, the newest frame coming back through ``progress.partial`` to be drawn: the decision map, the network
diagram, the loss and accuracy curves, the per-layer gradient norms and the hidden space, or side by side the linear
model against the chosen activation; the epochs per second show while it plays. A diverging run stops with the
engine's message naming the epoch; Reset recovers. The worker, device/precision, refusals and status come from
:class:`~gui.common.compute_tab.ComputeTab`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QSpinBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from engine.errors import EngineError
from engine.regression import is_curve
from engine.training_config import MAX_EPOCHS, SQUARED, TRAIN_DTYPES, TrainConfig, checked_config
from engine.training_views import View
from figures.spec import FigureSpec
from figures.tab_figures import training_figure_of
from gui.common.compute_tab import ComputeTab
from gui.common.engine_messages import field_label
from gui.common.responsive import ReflowGrid
from gui.common.tabs import SelfTestStep, placement_text
from gui.common.worker import Job
from gui.training import trainer_process
from gui.training.controls import TrainingControls
from gui.training.cost_prompt import PlayCost
from gui.training.edits import ParameterEdit
from gui.training.fit_view import FitView, arrange_fit, grid_roles, sync_task
from gui.training.keys import install_training_keys
from gui.training.lesson_view import LessonView
from gui.training.network_view import NetworkDiagram
from gui.training.plots import CurvesView, DecisionMap, GradientView, HiddenSpaceView
from gui.training.recorder import RunRecorder
from gui.training.runs import Frame, TrainingRuns
from gui.training.selftest import training_self_test_steps
from gui.training.session_state import TrainingTabState
from states.training import KEY, TrainingState

DRAW_SLICE_S = 0.008  # drawing parts of a frame stops for an event-loop turn after this long (see _draw_next)
REMOVE_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def _spin(low: int, high: int, value: int, prefix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setPrefix(prefix)
    return box


class TrainingTab(ComputeTab):
    """Train a small network on 2-D points and watch it learn (or fail to, without an activation)."""

    COMPUTE_DTYPES = TRAIN_DTYPES
    DEBOUNCE_MS = 200
    session_key = KEY

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = TrainingTabState(self)  # state() and show_state(state)
        self.runs = TrainingRuns(trainer_process.shared())  # used only by jobs on the worker thread (and its process)
        self.frame: Frame | None = None
        self.recorder = RunRecorder()  # the frames drawn, for File > Export animation…
        self._fresh = False  # the next rebuild starts again even if nothing changed (Reset)
        self._resume_play = False  # a learning setting changed during Play: play on once it is applied
        self._playing = False
        self.play_cost = PlayCost(self)
        self._queue: list = []  # views still to draw in this round (each draws the newest frame)
        self._round_stale = False  # a newer frame came during the round: another round follows
        self._rate: deque[tuple[float, int]] = deque()  # (time, epoch) of the frames of the last second
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw_next)
        self.controls = TrainingControls()
        self.decision_map = DecisionMap()
        self.fit_view = FitView()  # a 1-D regression dataset's view, in the map's place
        self.map_stack = QStackedWidget()
        self.map_stack.addWidget(self.decision_map)
        self.map_stack.addWidget(self.fit_view)
        self.diagram = NetworkDiagram()
        self.curves = CurvesView()
        self.gradients = GradientView()
        self.hidden_space = HiddenSpaceView()
        self.lesson = LessonView()
        space_page = QWidget()
        space_layout = QVBoxLayout(space_page)
        space_layout.setContentsMargins(0, 0, 0, 0)
        self.space_layer = _spin(1, 1, 1, self.tr("layer "))
        self.space_unit_a = _spin(1, 1, 1, self.tr("x: unit "))
        self.space_unit_b = _spin(1, 1, 1, self.tr("y: unit "))
        spins = QHBoxLayout()
        for box in (self.space_layer, self.space_unit_a, self.space_unit_b):
            spins.addWidget(box)
            box.valueChanged.connect(self._on_view_changed)
        spins.addStretch(1)
        space_layout.addLayout(spins)
        space_layout.addWidget(self.hidden_space, 1)
        self.views = QTabWidget()
        self.views.addTab(self.curves, self.tr("Loss and accuracy"))
        self.views.addTab(self.gradients, self.tr("Gradients"))
        self.views.addTab(space_page, self.tr("Hidden space"))
        grid_roles(self.map_stack, self.views)  # the map square, the curves two plots tall when narrow
        self.single = ReflowGrid([self.diagram, self.map_stack, self.views], max_columns=2)  # 2, 1 columns
        self.pages = QStackedWidget()
        self.pages.addWidget(self.single)
        self.pages.addWidget(self.lesson)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(self.error_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addLayout(right, 1)

        c = self.controls
        c.edited.connect(self._on_edited)
        c.play_toggled.connect(lambda on: self.play() if on else self.pause())
        c.step_requested.connect(self.step)
        c.reset_requested.connect(self.reset)
        c.look_changed.connect(self._redraw)
        c.run_box.show_test_check.toggled.connect(self._show_test)
        run_layout = c.run_box.layout()
        assert run_layout is not None  # RunBox lays out its rows in a QVBoxLayout
        run_layout.addWidget(self.fit_view.contributions_check)  # with the view's other switches
        self.diagram.hovered.connect(self._on_unit_hovered)
        self.diagram.edit_requested.connect(self.ask_edit)
        self.undo_stack = QUndoStack(self)
        for action, keys in (
            (self.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (self.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        c.speed_changed.connect(self._on_speed_changed)
        self.views.currentChanged.connect(self._on_page_changed)
        for map_view in (self.decision_map, *self.lesson.maps):
            map_view.clicked.connect(self._on_map_clicked)
        self.fit_view.clicked.connect(self._on_map_clicked)  # a 1-D curve's own (x, target) points
        self.busy_changed.connect(self._on_busy)
        self.key_actions = install_training_keys(self, self.controls.run_box, self.views)  # Space, S, R, V
        self.mark_stale()  # the first networks are built when someone looks at the tab

    # ---- what the user does ---------------------------------------------------------------------------

    def ask_edit(self, layer: int, unit: int, source: int) -> bool:
        """Ask for a new value of the clicked weight or bias (``source`` -1) and set it as one undoable step."""
        if self.frame is None or layer >= len(self.frame.main.weights):
            return False
        w, b = self.frame.main.weights[layer]
        old = float(b[unit] if source < 0 else w[unit, source])
        title = self.tr("Bias") if source < 0 else self.tr("Weight")
        value, ok = QInputDialog.getDouble(self, title, title, old, -1e6, 1e6, 4)
        if not ok or value == old:
            return False
        self.undo_stack.push(ParameterEdit(self.apply_edit, layer, unit, None if source < 0 else source, old, value))
        return True

    def apply_edit(self, layer: int, unit: int, source: int | None, value: float) -> None:
        """Set one weight or bias of the networks on screen; the map is drawn again at once."""
        self._run(lambda cfg, sbs, view: partial(self.runs.edit, cfg, sbs, view, (layer, unit, source, value)))

    def _on_unit_hovered(self, column: int, row: int) -> None:
        """A unit's map large over the decision map while the pointer is on it (Playground's hover)."""
        self.decision_map.unit = (column, row) if column >= 0 else None
        if self.frame is not None and not self.frame.side_by_side:
            self.decision_map.show_run(self.frame.main, self.controls.discretise())

    def _show_test(self, shown: bool) -> None:
        self.fit_view.set_show_test(shown)
        for map_view in (self.decision_map, *self.lesson.maps):
            map_view.set_show_test(shown)

    def config(self) -> TrainConfig:
        """The settings the panels show, on the toolbar's device and precision."""
        return self.controls.config(self.device, self.dtype)

    def set_config(self, config: TrainConfig, side_by_side: bool | None = None) -> None:
        """Show ``config`` (and the lesson mode) in the controls and start those networks at epoch 0."""
        self.controls.set_config(config)
        if side_by_side is not None:
            self.controls.run_box.lesson_check.blockSignals(True)
            self.controls.set_side_by_side(side_by_side)
            self.controls.run_box.lesson_check.blockSignals(False)
        self.request()

    def play(self) -> None:
        """Train epoch after epoch until :meth:`pause` (or a divergence); a slow run asks first (:class:`PlayCost`)."""
        try:
            config, side_by_side, _ = self._settings()
        except EngineError:
            config = None  # _run shows the refusal
        if config is not None and not self.play_cost.confirmed(config, side_by_side):
            self._set_playing(False)
            return
        speed = self.controls.run_box.speed()
        self._run(lambda cfg, sbs, view: partial(self.runs.play, cfg, sbs, view, speed, MAX_EPOCHS), playing=True)

    def pause(self) -> None:
        """Stop playing; the networks keep their epoch and are drawn as they are."""
        if self._playing:
            self.cancel()

    def step(self, epochs: int = 1) -> None:
        """Train ``epochs`` epochs (the Step button: one)."""
        self._run(lambda cfg, sbs, view: partial(self.runs.step, cfg, sbs, view, epochs))

    def reset(self) -> None:
        """Back to epoch 0 with the initial weights (after a divergence too)."""
        self._fresh = True
        self.request()

    def is_playing(self) -> bool:
        return self._playing

    def epoch(self) -> int:
        """The epoch on screen (0 before any training)."""
        return self.frame.epoch if self.frame is not None else 0

    def click_map(self, x: float, y: float, button: Qt.MouseButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        """What a click at (x₁, x₂) on a map does: left adds an orange point, right a blue one, Shift/Ctrl removes."""
        if modifiers & REMOVE_MODIFIERS:
            self.controls.data_box.remove_point_near(x, y)
        elif self.controls.data_box.curve():  # the fit view: (x, target) of the user's own target
            if button == Qt.MouseButton.LeftButton:
                self.controls.data_box.add_target(x, y)
        elif button == Qt.MouseButton.LeftButton:
            self.controls.data_box.add_point(x, y, 1)
        elif button == Qt.MouseButton.RightButton:
            self.controls.data_box.add_point(x, y, 0)

    def _on_map_clicked(self, x: float, y: float, button, modifiers) -> None:
        self.click_map(x, y, button, modifiers)

    def _settings(self) -> tuple[TrainConfig, bool, View]:
        """The checked config, the lesson mode and the view (EngineError naming the field when refused); reads the
        widgets and changes none (the hidden-space spins follow the shape when a frame of it is drawn)."""
        sync_task(self.controls, self.controls.data_box.dataset_combo.currentData(), move=False)  # the task's loss
        config = checked_config(self.config())
        side_by_side = self.controls.side_by_side()
        return config, side_by_side, self._view(config.hidden, side_by_side)

    def _view(self, hidden: tuple[int, ...], side_by_side: bool) -> View:
        """What the frames must hold: the units' maps for the diagram (not shown side by side) and, while its page
        is shown, the hidden space the spins choose (a new shape they do not fit yet: its last layer's first
        two units). Nothing else is computed: each is a forward pass over thousands of points per frame."""
        if side_by_side or not self._space_shown():
            return View(units=not side_by_side, hidden_layer=0)
        if not hidden:
            return View(hidden_layer=0)
        if self.space_layer.maximum() != len(hidden) or self.space_layer.value() > len(hidden):
            layer = len(hidden)
            return View(hidden_layer=layer, hidden_units=(1, min(2, hidden[layer - 1])))
        layer = self.space_layer.value()
        width = hidden[layer - 1]
        a, b = self.space_unit_a.value(), self.space_unit_b.value()
        return View(hidden_layer=layer, hidden_units=(a if a <= width else 1, b if b <= width else min(2, width)))

    def _run(self, make, playing: bool = False) -> None:
        try:
            config, side_by_side, view = self._settings()
        except EngineError:
            self.request()  # shows the refusal the usual way
            return
        self._set_playing(playing)
        self.start_job(make(config, side_by_side, view))

    def _fit_space_spins(self, hidden: tuple[int, ...]) -> None:
        boxes = (self.space_layer, self.space_unit_a, self.space_unit_b)
        for box in boxes:
            box.blockSignals(True)
        try:
            self.space_layer.setEnabled(bool(hidden))
            if hidden:
                new_shape = self.space_layer.maximum() != len(hidden)
                self.space_layer.setMaximum(len(hidden))
                if new_shape:
                    self.space_layer.setValue(len(hidden))  # the last hidden layer: where the classes come apart
                width = hidden[self.space_layer.value() - 1]
                for box, default in ((self.space_unit_a, 1), (self.space_unit_b, min(2, width))):
                    box.setMaximum(width)
                    if new_shape or box.value() > width:
                        box.setValue(default)
        finally:
            for box in boxes:
                box.blockSignals(False)

    def _on_edited(self) -> None:
        sync_task(self.controls, self.controls.data_box.dataset_combo.currentData())  # into regression: its defaults
        self._set_playing(False)
        self.schedule()

    def _on_view_changed(self, *_) -> None:
        if self.frame is None:
            return
        if self._playing:
            self.play()  # the same networks go on, drawn with the new view
        else:
            self._run(lambda cfg, sbs, view: partial(self.runs.look, cfg, sbs, view))

    def _space_shown(self) -> bool:
        return self.views.currentIndex() == 2

    def _on_page_changed(self, *_) -> None:
        frame = self.frame
        if frame is not None and not frame.side_by_side and frame.main.config.hidden:
            has_space = frame.main.snapshot.hidden is not None
            if self._playing and has_space != self._space_shown():
                self.play()  # the same networks go on, with or without the hidden space
            elif not self._playing and self._space_shown() and not has_space:
                self._run(lambda cfg, sbs, view: partial(self.runs.look, cfg, sbs, view))
        self._redraw()

    def _on_speed_changed(self) -> None:
        if self.controls.run_box.speed() == 0 and self.runs.process is not None:
            self.runs.process.start()  # as fast as possible trains there: start it now (it imports torch: 1 to 2 s)
        if self._playing:
            self.play()  # the same networks go on at the new speed

    def _set_playing(self, playing: bool) -> None:
        self._playing = playing
        self.controls.run_box.set_playing(playing)
        self._rate.clear()
        self.controls.run_box.set_rate(None)

    def _on_busy(self, busy: bool) -> None:
        if not busy:
            self._set_playing(False)

    # ---- ComputeTab -----------------------------------------------------------------------------------

    def job(self) -> Job:
        config, side_by_side, view = self._settings()
        fresh, self._fresh = self._fresh, False
        self._resume_play = self._playing
        self._set_playing(False)
        return partial(self.runs.rebuild, config, side_by_side, view, fresh)

    def show_partial(self, frame: Frame) -> None:
        if self._playing:
            self._count(frame.epoch)
            self.status.emit(self._epoch_text(frame))  # the status bar follows the run, not the epoch Play began at
        self._draw(frame)

    def _count(self, epoch: int) -> None:
        """Epochs per second over the frames of the last second, shown beside the speed."""
        now = time.perf_counter()
        rate = self._rate
        rate.append((now, epoch))
        while len(rate) > 2 and now - rate[0][0] > 1.0:
            rate.popleft()
        if len(rate) >= 2 and rate[-1][0] > rate[0][0]:
            self.controls.run_box.set_rate((rate[-1][1] - rate[0][1]) / (rate[-1][0] - rate[0][0]))

    def epochs_per_second(self) -> float | None:
        """The rate shown while playing (the bench reads it), None before two frames."""
        rate = self._rate
        if len(rate) < 2 or rate[-1][0] <= rate[0][0]:
            return None
        return (rate[-1][1] - rate[0][1]) / (rate[-1][0] - rate[0][0])

    def show_result(self, frame: Frame) -> str:
        self._draw(frame)
        return " · ".join(t for t in (self._epoch_text(frame), self._change_text(frame)) if t)

    def _change_text(self, frame: Frame) -> str:
        """What the last settings change did to the networks, as the panel labels the settings."""
        change, self.runs.change = self.runs.change, None
        if change is None:
            return ""
        kind, fields = change
        names = ", ".join(field_label(f) for f in fields if f != "epochs")
        if kind == "kept":
            if self._resume_play:
                QTimer.singleShot(0, self.play)  # Playground keeps playing with the new setting
            return self.tr("{0} applied to the running network at epoch {1}").format(names, f"{frame.epoch:,}") if names else ""
        return self.tr("{0} changed the network or its data: back to epoch 0").format(names) if names else ""

    def _epoch_text(self, frame: Frame) -> str:
        main, last = frame.main, frame.main.history[-1]
        place = placement_text(main.device, main.config.dtype, main.fallback_reason)
        if frame.notice:  # as fast as possible, without its process (the reason's last line: the error itself)
            place += " · " + self.tr("trains in the app: its training process stopped ({0})").format(
                frame.notice.splitlines()[-1]
            )
        if main.config.loss == SQUARED:
            text = self.tr("Epoch {0}: train loss {1:.4f}, test loss {2:.4f}; {3}")
            return text.format(f"{last.epoch:,}", last.train_loss, last.test_loss, place)
        text = self.tr("Epoch {0}: train loss {1:.4f}, test accuracy {2}; {3}")
        return text.format(f"{last.epoch:,}", last.train_loss, f"{last.test_accuracy:.3f}", place)

    def busy_text(self) -> str:
        return self.tr("Training…") if self._playing else self.tr("Computing…")

    def problem_text(self, message: str) -> str:
        return self.tr("Training stopped: {0}").format(message)

    def cancelled_text(self) -> str:
        return self.tr("Paused.")

    def _draw(self, frame: Frame) -> None:
        self.frame = frame
        self.recorder.add(frame.main)
        if self._queue:  # a round is going on: its remaining views draw this newer frame, then a new round
            self._round_stale = True
            return
        self._redraw()

    def _parts(self) -> list:
        """The views to draw, one per event-loop turn (see ``_draw_next``)."""
        discretise = self.controls.discretise()
        if self.frame is not None and self.frame.side_by_side:
            return [
                lambda f: self.lesson.show_map(f, 0, discretise),
                lambda f: self.lesson.show_map(f, 1, discretise),
                lambda f: self.lesson.show_losses(f),
            ]
        page = (self.curves, self.gradients, self.hidden_space)[self.views.currentIndex()]
        assert self.frame is not None  # views are drawn for a frame
        diagram = [lambda f, part=part: part(f.main) for part in self.diagram.parts(self.frame.main.config.hidden)]
        curve = is_curve(self.frame.main.config)
        return [
            (lambda f: self.fit_view.show_run(f.main)) if curve else (lambda f: self.decision_map.show_run(f.main, discretise)),
            *diagram,
            lambda f: page.show_run(f.main),
        ]

    def _redraw(self, *_) -> None:
        frame = self.frame
        if frame is None:
            return
        main = frame.main
        last = main.history[-1]
        has_test = not bool(main.data.train.all()) and main.config.loss != SQUARED  # regression: no accuracy
        self.controls.run_box.set_epoch(last.epoch, last.test_accuracy if has_test else None)
        self.pages.setCurrentWidget(self.lesson if frame.side_by_side else self.single)
        curve = is_curve(main.config) and not frame.side_by_side
        if self.map_stack.currentWidget() is not (self.fit_view if curve else self.decision_map):
            arrange_fit(self.single, self.map_stack, curve, [self.diagram, self.views])
        self.fit_view.contributions_check.setVisible(curve)
        self._fit_space_spins(main.config.hidden)
        self._queue = self._parts()
        self._round_stale = False
        self._draw_next()

    def _draw_next(self) -> None:
        # Views in slices of the event loop: drawn all at once, the map, the network diagram and the curves
        # of an [8, 8, 8] network blocked the event loop for 85 ms. Parts are drawn until DRAW_SLICE_S has
        # passed, then the loop turns (and paints): a small network draws in one turn and one paint (one part
        # per turn cost [4, 2] five turns, and the worker waited for all of them), a large one in several.
        # Each draws the newest frame; a frame that came during the round starts the next round, so every
        # view is drawn once per round however fast frames come (restarting instead starved the last views).
        if not self._queue:
            return
        start = time.perf_counter()
        self._queue.pop(0)(self.frame)
        while self._queue and time.perf_counter() - start < DRAW_SLICE_S:
            self._queue.pop(0)(self.frame)
        if self._queue:
            self._draw_timer.start(0)
        elif self._round_stale:
            QTimer.singleShot(0, self._redraw)
        else:  # after the paint the updates above posted (timers run after posted events): the worker goes on
            QTimer.singleShot(0, self.worker.partial_shown)

    def drawing_done(self) -> bool:
        """True once every view shows the newest frame (tests and screenshots wait for it)."""
        return not self._queue and not self._round_stale

    # ---- LabTab ---------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Why non-linearity")

    def figure_spec(self) -> FigureSpec:
        if self.frame is None:
            raise EngineError("training", "no network has been trained yet")
        return training_figure_of(self.state(), self.frame.main)

    def self_test_steps(self) -> Iterable[SelfTestStep]:
        return training_self_test_steps(self)

    def state(self, with_network: bool = False) -> TrainingState:
        return self.session.read(with_network)

    def show_state(self, state: TrainingState) -> None:
        self.session.show(state)
