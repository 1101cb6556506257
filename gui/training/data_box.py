"""The training tab's data panel: which points, how noisy, how split, and the points a user clicks in.

:class:`DataBox` describes the data as :class:`~engine.training_config.TrainConfig` fields. The
generated dataset comes from the registry (:data:`engine.datasets.DATASETS`); once the user adds
or removes a point on the map, the box holds those points instead (:meth:`DataBox.points`) until
another dataset, noise or seed is chosen or "Clear my points" is pressed. A 1-D curve may instead follow a typed
target formula (:meth:`DataBox.target`): the generated points' targets are its values (plus the noise), so noise and
seed regenerate them; another dataset or "Clear my points" goes back to the curve.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget
from superqt.utils import signals_blocked

from engine.datasets import (
    DATASETS,
    DEFAULT_RATIO,
    DEFAULT_SAMPLES,
    MAX_NOISE,
    MAX_RATIO,
    MIN_RATIO,
    Points,
    is_curve_dataset,
    load_points_csv,
    make_data,
)
from engine.errors import EngineError
from engine.regression_target import formula_data, formula_targets
from gui.common.checked_spin import NoticeLine, whole_number_spin
from gui.common.engine_messages import engine_message
from gui.common.engine_text import engine_tr
from gui.common.formula_dialog import ask_formula
from gui.common.sweep import SweepButton
from states.training import MAX_DATA_SEED

REMOVE_RADIUS = 0.4  # a click this close (in data units) to a point removes it


class DataBox(QGroupBox):
    """Dataset, noise, train ratio, seed, Regenerate, and the user's own points."""

    #: The data changed (the networks start again on the new points).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Data"), parent)
        self._points: Points | None = None
        self._target: tuple[str, dict] | None = None  # a 1-D curve's typed g(x) and its parameters
        form = QFormLayout(self)
        self.dataset_combo = QComboBox()
        for entry in DATASETS.values():
            self.dataset_combo.addItem(engine_tr(entry.name), entry.id)
            self.dataset_combo.setItemData(
                self.dataset_combo.count() - 1, engine_tr(entry.description), Qt.ItemDataRole.ToolTipRole
            )
        self.noise_spin = whole_number_spin("noise", 0, int(MAX_NOISE), 0, self.tr(" %"))
        self.ratio_spin = whole_number_spin("training share", int(MIN_RATIO), int(MAX_RATIO), int(DEFAULT_RATIO), self.tr(" %"))
        self.seed_spin = whole_number_spin("seed", 0, MAX_DATA_SEED, 0)
        self.notice = NoticeLine()
        self.notice.watch(self.noise_spin, self.ratio_spin, self.seed_spin)
        self.regenerate_button = QPushButton(self.tr("Regenerate"))
        self.regenerate_button.setToolTip(self.tr("new points of the same kind (the next seed)"))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.regenerate_button)
        self.points_label = QLabel()
        self.points_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear my points"))
        self.clear_button.setToolTip(self.tr("go back to the generated dataset"))
        self.formula_button = QPushButton(self.tr("Formula target…"))
        self.formula_button.setToolTip(self.tr("type g(x) in the formula language: the points' targets become g at their x"))
        self.load_button = QPushButton(self.tr("Load points…"))
        self.load_button.setToolTip(self._load_tip())
        form.addRow(self.tr("dataset"), self.dataset_combo)
        noise_row = QHBoxLayout()
        self.noise_sweep = SweepButton(self.noise_spin, self)  # ▶: the noise sweeps, the points follow
        noise_row.addWidget(self.noise_sweep)
        noise_row.addWidget(self.noise_spin, 1)
        form.addRow(self.tr("noise"), noise_row)
        form.addRow(self.tr("training share"), self.ratio_spin)
        form.addRow(self.tr("seed"), seed_row)
        form.addRow(self.notice)
        form.addRow(self.points_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.clear_button)
        form.addRow(buttons)
        form.addRow(self.formula_button)
        for box in (self.noise_spin, self.seed_spin):
            box.valueChanged.connect(self._on_data_changed)
        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_changed)
        self.ratio_spin.valueChanged.connect(self.edited)
        self.regenerate_button.clicked.connect(lambda: self.seed_spin.setValue(self.seed_spin.value() + 1))
        self.clear_button.clicked.connect(self.clear_points)
        self.load_button.clicked.connect(lambda: self.load_points())
        self.formula_button.clicked.connect(lambda: self.formula_target())
        self._update_label()

    def _load_tip(self) -> str:
        if self.curve():
            return self.tr("a CSV file of x,y rows: each x (from -6 to 6) and its target y")
        return self.tr("a CSV file of x1,x2,label rows (label 0 or 1)")

    def load_points(self, path: str | Path | None = None) -> bool:
        """Train on the points of a CSV file (asked for when ``path`` is None) through the engine's reader: a curve's
        x,y rows (a target each), or x1,x2,label rows (classes) otherwise. A bad file, or one with the other view's
        columns, is said under the box, naming its line, and nothing changes. False when nothing was loaded."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Load points"), "", self.tr("CSV files (*.csv);;All files (*)"))
            if not chosen:
                return False
            path = chosen
        try:
            points = load_points_csv(path, curve=self.curve())
        except EngineError as exc:
            where = exc.field if exc.field != "csv" else ""  # "line 3, x2": the line and the column
            message = engine_message(exc.message)
            self.notice.say(self.tr("{0} not loaded: {1}").format(Path(path).name, f"{where}: {message}" if where else message))
            return False
        self.notice.say("")
        self._points, self._target = points, None
        self._update_label()
        self.edited.emit()
        return True

    # ---- the data as config fields --------------------------------------------------------------------

    def fields(self) -> dict:
        """``dataset``, ``noise``, ``train_ratio``, ``seed`` and ``points`` of a TrainConfig."""
        return {
            "dataset": self.dataset_combo.currentData(),
            "noise": float(self.noise_spin.value()),
            "train_ratio": float(self.ratio_spin.value()),
            "seed": self.seed_spin.value(),
            "points": self._points,
            "target": None if self._target is None else self._target[0],
            "target_params": {} if self._target is None else dict(self._target[1]),
        }

    def set_fields(self, dataset: str, noise: float, train_ratio: float, seed: int) -> None:
        """Show a generated dataset (the user's points are dropped) without reporting an edit."""
        with signals_blocked(self.dataset_combo), signals_blocked(self.noise_spin):
            with signals_blocked(self.ratio_spin), signals_blocked(self.seed_spin):
                self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(dataset))
                self.noise_spin.setValue(round(noise))
                self.ratio_spin.setValue(round(train_ratio))
                self.seed_spin.setValue(seed)
        self._points = self._target = None
        self._update_label()

    def set_target(self, text: str | None, params: dict | None = None) -> None:
        """Show a typed target formula (None: the curve's own) without reporting an edit."""
        self._target = None if text is None else (text, dict(params or {}))
        self._update_label()

    def target(self) -> tuple[str, dict] | None:
        """The typed target formula and its parameters (None: the curve's own target)."""
        return self._target

    def set_points(self, points: Points | None) -> None:
        """Show the user's own ``points`` (None: the generated dataset) without reporting an edit."""
        self._points = points
        self._update_label()

    def points(self) -> Points | None:
        """The user's points (None: the generated dataset)."""
        return self._points

    # ---- the user's points ----------------------------------------------------------------------------

    def _current(self) -> Points:
        if self._points is not None:
            return self._points
        dataset = self.dataset_combo.currentData()
        data = make_data(dataset, DEFAULT_SAMPLES, float(self.noise_spin.value()), seed=self.seed_spin.value())
        if self._target is not None:
            data = formula_data(data, dataset, *self._target)
        return Points(data.xy, data.labels)

    def add_point(self, x: float, y: float, label: int) -> None:
        """Add a point of class ``label`` (1: orange, 0: blue) at (x, y), starting from the points shown."""
        current = self._current()
        self._points = Points(np.vstack([current.xy, [[x, y]]]), np.append(current.labels, int(label)))
        self._update_label()
        self.edited.emit()

    def curve(self) -> bool:
        """Whether the dataset is a 1-D curve (its points are (x, target): the fit view's clicks)."""
        return is_curve_dataset(self.dataset_combo.currentData())

    def add_target(self, x: float, target: float) -> None:
        """Add a training point (x, target) of a 1-D curve's "my points" target, starting from the points shown."""
        current = self._current()
        self._points = Points(np.vstack([current.xy, [[x, 0.0]]]), np.append(current.labels.astype(np.float64), target))
        self._update_label()
        self.edited.emit()

    def formula_target(self, text: str | None = None, params: dict | None = None) -> bool:
        """A 1-D curve's targets from a typed formula g(x) (asked for when ``text`` is None), evaluated by the
        engine at the points' x: the generated points follow it (with their noise, again after a new noise or seed);
        the user's own points get its values. A refused formula is said under the box and the last good targets stay."""
        if text is None:
            answer = ask_formula(self)
            if answer is None:
                return False
            text, params = answer[0], dict(answer[1])
        params = dict(params or {})
        dataset = self.dataset_combo.currentData()
        try:
            if self._points is None:  # the generated points: checked at their x, regenerated from the formula
                generated = make_data(dataset, DEFAULT_SAMPLES, float(self.noise_spin.value()), seed=self.seed_spin.value())
                formula_data(generated, dataset, text, params)
            else:
                targets = formula_targets(text, self._points.xy[:, 0], params)
        except EngineError as exc:
            self.notice.say(self.tr("Formula target {0} not used: {1}").format(text, engine_message(exc.message)))
            return False
        self.notice.say("")
        if self._points is not None:
            self._points = Points(self._points.xy, targets)
        self._target = (text, params)
        self._update_label()
        self.edited.emit()
        return True

    def remove_point_near(self, x: float, y: float) -> bool:
        """Remove the point nearest (x, y) if it lies within REMOVE_RADIUS; True if one was removed (a 1-D curve's
        points are at (x, target))."""
        current = self._current()
        if len(current.xy) == 0:
            return False
        second = current.labels if self.curve() else current.xy[:, 1]
        distance = np.hypot(current.xy[:, 0] - x, second - y)
        nearest = int(np.argmin(distance))
        if distance[nearest] > REMOVE_RADIUS:
            return False
        keep = np.arange(len(current.xy)) != nearest
        self._points = Points(current.xy[keep], current.labels[keep])
        self._update_label()
        self.edited.emit()
        return True

    def clear_points(self) -> None:
        """Back to the generated dataset (and a curve's own target)."""
        if self._points is not None or self._target is not None:
            self._points = self._target = None
            self._update_label()
            self.edited.emit()

    def _on_data_changed(self, *_) -> None:
        """A new noise or seed: new generated points (a typed target's too)."""
        self._points = None
        self._update_label()
        self.edited.emit()

    def _on_dataset_changed(self, *_) -> None:
        self._target = None  # another curve chosen: its own target
        self._on_data_changed()

    def _update_label(self) -> None:
        if self.curve():
            if self._points is None and self._target is not None:
                text = self.tr("Target y = {0} (Clear my points goes back to the curve); a click adds a point.").format(
                    self._target[0]
                )
            elif self._points is None:
                text = self.tr("Click the fit: a click adds a training point (x, y) of your own target; Shift+click removes one.")
            else:
                text = self.tr("Your points: {0} (Shift+click removes one).").format(len(self._points.labels))
        elif self._points is None:
            text = self.tr("Click the map: left button adds an orange point, right button a blue one; Shift+click removes one.")
        else:
            counts = np.bincount(self._points.labels, minlength=2) if len(self._points.labels) else (0, 0)
            text = self.tr("Your points: {0} orange, {1} blue (Shift+click removes one).").format(counts[1], counts[0])
        self.points_label.setText(text)
        self.clear_button.setEnabled(self._points is not None or self._target is not None)
        self.formula_button.setVisible(self.curve())
        self.load_button.setToolTip(self._load_tip())
