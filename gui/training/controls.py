"""The training tab's control column: Play / Pause / Step / Reset and the lesson switch, then data, network, training.

:class:`TrainingControls` reports what the user asked for through signals and builds the
:class:`~engine.training_config.TrainConfig` the panels describe; it computes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from engine.training_config import TrainConfig
from gui.common.tabs import control_column
from gui.training.data_box import DataBox
from gui.training.network_box import NetworkBox, TrainingBox
from gui.training.runs import SPEEDS

COLUMN_WIDTH = 340


class RunBox(QGroupBox):
    """Play/Pause, Step, Reset, Play's speed and epochs per second, the epoch, the side-by-side lesson and the map's look."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Run"), parent)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("train one epoch"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("back to the initial weights (epoch 0)"))
        for button in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        self.epoch_label = QLabel()
        font = self.epoch_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.epoch_label.setFont(font)
        self.lesson_check = QCheckBox(self.tr("side by side: linear vs this activation"))
        self.lesson_check.setToolTip(self.tr("train the same network without an activation on the same points at once"))
        self.discretise_check = QCheckBox(self.tr("discretise the output"))
        self.show_test_check = QCheckBox(self.tr("show test data"))
        self.show_test_check.setChecked(True)
        self.show_test_check.setToolTip(self.tr("the test points (hollow) on the map, as Playground's “Show test data”"))
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            if not speed:
                text = self.tr("as fast as possible")
            elif speed == 1:
                text = self.tr("1 epoch per frame (Playground)")
            else:
                text = self.tr("{0} epochs per frame").format(speed)
            self.speed_combo.addItem(text, speed)
        self.speed_combo.setToolTip(self.tr("how many epochs Play trains between two pictures (Playground: one)"))
        self.rate_label = QLabel()  # its own line, its height kept when empty: the column neither widens nor jumps
        self.rate_label.setMinimumHeight(self.rate_label.fontMetrics().height())
        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel(self.tr("Speed")))
        speed_row.addWidget(self.speed_combo, 1)
        layout.addLayout(buttons)
        layout.addLayout(speed_row)
        layout.addWidget(self.epoch_label)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.lesson_check)
        layout.addWidget(self.discretise_check)
        layout.addWidget(self.show_test_check)
        self.set_epoch(0)

    def set_epoch(self, epoch: int, test_accuracy: float | None = None) -> None:
        text = self.tr("Epoch {0}").format(f"{epoch:,}")
        if test_accuracy is not None:
            text += " · " + self.tr("test accuracy {0:.0%}").format(test_accuracy)
        self.epoch_label.setText(text)

    def set_rate(self, epochs_per_s: float | None) -> None:
        """The epochs per second while playing (None: not playing)."""
        self.rate_label.setText("" if epochs_per_s is None else self.tr("{0:,.0f} epochs/s").format(epochs_per_s))

    def speed(self) -> int:
        """Epochs per frame while playing; 0: as fast as possible."""
        return int(self.speed_combo.currentData())

    def set_playing(self, playing: bool) -> None:
        self.play_button.setChecked(playing)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))


class TrainingControls(QWidget):
    """The scrolling column of the training tab's controls."""

    #: A setting that changes the networks changed (they start again at epoch 0).
    edited = Signal()
    #: Play (True) or Pause (False) was pressed.
    play_toggled = Signal(bool)
    step_requested = Signal()
    reset_requested = Signal()
    #: Only the look changed (discretise): redraw, do not train.
    look_changed = Signal()
    #: Play's speed changed (epochs per frame).
    speed_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_box = RunBox()
        self.data_box = DataBox()
        self.network_box = NetworkBox()
        self.training_box = TrainingBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(control_column([self.run_box, self.data_box, self.network_box, self.training_box], COLUMN_WIDTH))
        for combo in self.findChildren(QComboBox):  # long entries must not widen the fixed column
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        r = self.run_box
        r.play_button.clicked.connect(self.play_toggled)
        r.step_button.clicked.connect(self.step_requested)
        r.reset_button.clicked.connect(self.reset_requested)
        r.lesson_check.toggled.connect(self.edited)
        r.discretise_check.toggled.connect(self.look_changed)
        r.speed_combo.currentIndexChanged.connect(self.speed_changed)
        for box in (self.data_box, self.network_box, self.training_box):
            box.edited.connect(self.edited)

    def config(self, device: str, dtype: str) -> TrainConfig:
        """The networks' settings as the panels show them, on ``device`` in ``dtype``."""
        return TrainConfig(
            **self.data_box.fields(),
            **self.network_box.fields(),
            **self.training_box.fields(),
            device=device,
            dtype=dtype,
        )

    def set_config(self, config: TrainConfig) -> None:
        """Show ``config``'s data, network and training settings (no edit reported; the caller rebuilds)."""
        for box in (self.data_box, self.network_box, self.training_box):
            box.blockSignals(True)
        try:
            self.data_box.set_fields(config.dataset, config.noise, config.train_ratio, config.seed)
            n = self.network_box
            n.layers.set_hidden(tuple(config.hidden), emit=False)
            n.layers.set_overrides(tuple(config.layer_activations))
            n.set_activation(config.activation, dict(config.activation_params), emit=False)
            n.set_init(config.init, dict(config.init_params), emit=False)
            n.bias_combo.setCurrentIndex(n.bias_combo.findData(config.bias))
            t = self.training_box
            t.optimizer_combo.setCurrentIndex(t.optimizer_combo.findData(config.optimizer))
            t.set_lr(config.lr)
            t.batch_spin.setValue(config.batch)
            t.reg_combo.setCurrentIndex(t.reg_combo.findData(config.regularization))
            t.reg_rate_combo.setCurrentIndex(t.reg_rate_combo.findData(config.reg_rate))
            t.loss_combo.setCurrentIndex(t.loss_combo.findData(config.loss))
            for feature, check in t.feature_checks.items():
                check.setChecked(feature in config.features)
        finally:
            for box in (self.data_box, self.network_box, self.training_box):
                box.blockSignals(False)

    def side_by_side(self) -> bool:
        return self.run_box.lesson_check.isChecked()

    def set_side_by_side(self, on: bool) -> None:
        self.run_box.lesson_check.setChecked(on)

    def discretise(self) -> bool:
        return self.run_box.discretise_check.isChecked()
