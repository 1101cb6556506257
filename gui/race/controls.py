"""The race tab's control column: Play / Pause / Step / Reset, the preset, the racers, the network and the data.

:class:`RaceControls` reports edits through ``edited`` and gives the :class:`~states.race.RaceState` the
panels describe (checked by the tab); it computes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from engine.activations import ACTIVATIONS
from engine.datasets import DATASETS, MAX_NOISE
from engine.race import MAX_RACERS, MIN_RACERS
from engine.race_presets import RACE_PRESETS
from gui.common.engine_text import engine_tr
from gui.common.tabs import control_column
from states.race import RaceState
from states.training import LEARNING_RATES, MAX_DATA_SEED

COLUMN_WIDTH = 320
SPEEDS = (1, 5, 20)  # epochs per display frame
NO_RACER = ""


class ElidedCombo(QComboBox):
    """A combo box whose current text, where the box is narrower than it, ends in "…" (Qt's own cuts it mid-letter),
    the whole text in its tooltip then."""

    def edit_width(self) -> int:
        """The room for the current text (the box less its frame and arrow)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return (
            self.style()
            .subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self)
            .width()
        )

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.edit_width()
        whole = option.currentText
        option.currentText = self.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, room)
        tip = whole if option.currentText != whole else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class RaceControls(QWidget):
    """Every control of the race tab in one scrolling column."""

    #: The race changed (a new race starts at epoch 0).
    edited = Signal()
    #: A preset was chosen: the controls already show it.
    preset_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        run = QGroupBox(self.tr("Run"))
        run_layout = QVBoxLayout(run)
        buttons = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("train every racer one epoch"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("back to the shared initial weights (epoch 0)"))
        for button in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        run_layout.addLayout(buttons)
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(
                self.tr("{0} epochs per frame").format(speed) if speed > 1 else self.tr("1 epoch per frame"), speed
            )
        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel(self.tr("Speed")))
        speed_row.addWidget(self.speed_combo, 1)
        run_layout.addLayout(speed_row)
        self.epoch_label = QLabel()
        font = self.epoch_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.epoch_label.setFont(font)
        run_layout.addWidget(self.epoch_label)

        racers = QGroupBox(self.tr("Racers"))
        racers_form = QFormLayout(racers)
        self.preset_combo = ElidedCombo()
        self.preset_combo.addItem(self.tr("Your own race"), "")
        for preset in RACE_PRESETS.values():
            self.preset_combo.addItem(engine_tr(preset.name), preset.id)
        self.preset_combo.setMinimumContentsLength(12)
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # the preset's name above its box, the box the column's whole width: beside its label the box cut the names
        # ("Sigmoid vs tanh vs ReLU, 3 hidde", "…，3 个隐") at 224 px of the 248 the longest takes
        racers_form.addRow(QLabel(self.tr("Preset")))
        racers_form.addRow(self.preset_combo)
        self.lesson_label = QLabel()
        self.lesson_label.setWordWrap(True)
        racers_form.addRow(self.lesson_label)
        self.racer_combos: list[QComboBox] = []
        for k in range(MAX_RACERS):
            combo = QComboBox()
            if k >= MIN_RACERS:
                combo.addItem(self.tr("(none)"), NO_RACER)
            for act in ACTIVATIONS.values():
                if not act.vector:
                    combo.addItem(engine_tr(act.name), act.id)
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.racer_combos.append(combo)
            racers_form.addRow(self.tr("Racer {0}").format(k + 1), combo)

        network = QGroupBox(self.tr("Network and data"))
        form = QFormLayout(network)
        self.hidden_edit = QLineEdit()
        self.hidden_edit.setToolTip(self.tr("units per hidden layer, e.g. 8,8,8 (1 to 6 layers of 1 to 16 units)"))
        form.addRow(self.tr("Hidden layers"), self.hidden_edit)
        self.dataset_combo = QComboBox()
        for dataset in DATASETS.values():
            if not dataset.regression:  # a race classifies
                self.dataset_combo.addItem(engine_tr(dataset.name), dataset.id)
        form.addRow(self.tr("Dataset"), self.dataset_combo)
        self.noise_spin = QSpinBox()
        self.noise_spin.setRange(0, int(MAX_NOISE))
        self.noise_spin.setSingleStep(5)
        self.noise_spin.setSuffix(self.tr(" %"))  # Chinese writes 12%: the space is the translation's
        form.addRow(self.tr("Noise"), self.noise_spin)
        self.lr_combo = QComboBox()
        for lr in LEARNING_RATES:
            self.lr_combo.addItem(f"{lr:g}", lr)
        form.addRow(self.tr("Learning rate"), self.lr_combo)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, MAX_DATA_SEED)
        form.addRow(self.tr("Seed"), self.seed_spin)
        note = QLabel(self.tr("Every racer starts from the same weights (Xavier uniform) and sees the same batches."))
        note.setWordWrap(True)
        form.addRow(note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(control_column((run, racers, network), COLUMN_WIDTH))
        self.preset_combo.currentIndexChanged.connect(self._on_preset)
        for combo in (*self.racer_combos, self.dataset_combo, self.lr_combo):
            combo.currentIndexChanged.connect(self._on_edit)
        for spin in (self.noise_spin, self.seed_spin):
            spin.valueChanged.connect(self._on_edit)
        self.hidden_edit.editingFinished.connect(self._on_edit)
        self._hidden_text = ""

    # ---- the state the panels show ---------------------------------------------------------------------

    def section(self, epoch: int = 0) -> dict:
        """The race the panels describe, as a state section (checked by :meth:`RaceState.build`)."""
        acts = [c.currentData() for c in self.racer_combos if c.currentData() != NO_RACER]
        text = self.hidden_edit.text().strip()
        hidden: object = [int(p) if p.strip().isdigit() else p.strip() for p in text.split(",")] if text else []
        return {
            "preset": self.preset_combo.currentData(),
            "activations": acts,
            "hidden": hidden,
            "dataset": self.dataset_combo.currentData(),
            "noise": self.noise_spin.value(),
            "seed": self.seed_spin.value(),
            "lr": self.lr_combo.currentData(),
            "epoch": epoch,
        }

    def show_state(self, state: RaceState) -> None:
        """Show ``state`` in the panels without emitting ``edited``."""
        widgets = (self.preset_combo, *self.racer_combos, self.dataset_combo, self.lr_combo, self.noise_spin, self.seed_spin)
        with signals_blocked(self.hidden_edit):
            self.hidden_edit.setText(",".join(map(str, state.hidden)))
            self._hidden_text = self.hidden_edit.text()
        for w in widgets:
            w.blockSignals(True)
        try:
            self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(state.preset)))
            for k, combo in enumerate(self.racer_combos):
                wanted = state.activations[k] if k < len(state.activations) else NO_RACER
                combo.setCurrentIndex(max(0, combo.findData(wanted)))
            self.dataset_combo.setCurrentIndex(max(0, self.dataset_combo.findData(state.dataset)))
            self.lr_combo.setCurrentIndex(max(0, self.lr_combo.findData(state.lr)))
            self.noise_spin.setValue(int(state.noise))
            self.seed_spin.setValue(state.seed)
        finally:
            for w in widgets:
                w.blockSignals(False)
        preset = RACE_PRESETS.get(state.preset)
        self.lesson_label.setText(engine_tr(preset.lesson) if preset is not None else "")
        self.lesson_label.setVisible(preset is not None)

    def speed(self) -> int:
        return int(self.speed_combo.currentData())

    def set_playing(self, playing: bool) -> None:
        with signals_blocked(self.play_button):
            self.play_button.setChecked(playing)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    # ---- edits -------------------------------------------------------------------------------------------

    def _on_preset(self, *_) -> None:
        preset_id = self.preset_combo.currentData()
        if preset_id:
            preset = RACE_PRESETS[preset_id]
            section = {**self.section(), "preset": preset_id, "activations": list(preset.activations)}
            section.update(hidden=list(preset.hidden), lr=preset.lr)
            self.show_state(RaceState.build(section))
        else:
            self.lesson_label.hide()
        self.preset_chosen.emit(preset_id)
        self.edited.emit()

    def _on_edit(self, *_) -> None:
        if self.sender() is self.hidden_edit:
            if self.hidden_edit.text() == self._hidden_text:
                return  # focus left the field without a change
            self._hidden_text = self.hidden_edit.text()
        owned = (*self.racer_combos, self.hidden_edit, self.lr_combo)  # what a preset sets; data and seed stay its
        if self.preset_combo.currentData() and self.sender() in owned:
            with signals_blocked(self.preset_combo):
                self.preset_combo.setCurrentIndex(0)  # the user's own race from now on
            self.lesson_label.hide()
        self.edited.emit()
