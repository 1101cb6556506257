"""The depth tab's control column: classic lessons, the network, and the run (buttons, progress, display).

:class:`DepthControls` keeps its widgets consistent (a lesson fills the network, changing
the activation or initialiser leaves the lesson, parameter sliders follow the registry
entry) and reports what the user asked for through signals. It computes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from engine.depth import BIAS_MODES, MAX_BATCH, MAX_LAYERS, MAX_WIDTH, DepthConfig
from engine.initializers import INITIALIZERS, get_initializer
from engine.presets import PRESETS, get_preset
from engine.resolve import resolve_activation
from gui.common.activation_chooser import ActivationChooser
from gui.common.checked_spin import NoticeLine, whole_number_spin
from gui.common.engine_text import engine_tr
from gui.common.param_panel import SliderParamPanel
from gui.common.tabs import control_column
from states.depth import MAX_SEED

COLUMN_WIDTH = 350


class DepthControls(QWidget):
    """The scrolling column of controls for the depth experiment."""

    #: A control that changes the run changed (the tab reruns when "run again" is ticked).
    edited = Signal()
    #: Run now: the Run button, or a lesson was chosen.
    run_requested = Signal()
    cancel_requested = Signal()
    #: "show the infinite-width theory" was switched.
    theory_toggled = Signal(bool)
    #: The layer whose histogram to show (1-based).
    layer_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._applying = False  # filling the controls from a configuration: no edits reported
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = NoticeLine()  # built first: the boxes connect their number fields to it
        boxes = [self._build_lesson_box(), self._build_network_box(), self._build_run_box()]
        self.notice.watch(self.layers_spin, self.width_spin, self.batch_spin, self.seed_spin, self.layer_spin)
        layout.addWidget(control_column([*boxes, self.notice], COLUMN_WIDTH))

    def _build_lesson_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Classic lessons"))
        layout = QVBoxLayout(box)
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("(your own network)"), "")
        for preset in PRESETS.values():
            self.preset_combo.addItem(engine_tr(preset.name), preset.id)
        self.lesson = QLabel()
        self.lesson.setWordWrap(True)
        layout.addWidget(self.preset_combo)
        layout.addWidget(self.lesson)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        return box

    def _build_network_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"))
        form = QFormLayout(box)
        self.activation_combo = ActivationChooser()
        self.activation_params = SliderParamPanel(compact=True)
        self.init_combo = QComboBox()
        for entry in INITIALIZERS.values():
            if 2 in entry.ranks:  # the network's weights are Linear (out, in)
                self.init_combo.addItem(engine_tr(entry.name), entry.id)
        self.init_params = SliderParamPanel(compact=True)
        self.layers_spin = whole_number_spin("layers", 1, MAX_LAYERS, 30)
        self.width_spin = whole_number_spin("width", 1, MAX_WIDTH, 512)
        self.batch_spin = whole_number_spin("batch", 1, MAX_BATCH, 1024)
        self.seed_spin = whole_number_spin("seed", 0, MAX_SEED, 0)
        self.bias_combo = QComboBox()
        bias_names = {"zero": self.tr("zero"), "default": self.tr("PyTorch default U(−1/√n, 1/√n)")}
        for mode in BIAS_MODES:
            self.bias_combo.addItem(bias_names[mode], mode)
        form.addRow(self.tr("activation"), self.activation_combo)
        form.addRow(self.activation_params)
        form.addRow(self.tr("initialiser"), self.init_combo)
        form.addRow(self.init_params)
        form.addRow(self.tr("layers"), self.layers_spin)
        form.addRow(self.tr("width"), self.width_spin)
        form.addRow(self.tr("batch"), self.batch_spin)
        form.addRow(self.tr("bias"), self.bias_combo)
        form.addRow(self.tr("seed"), self.seed_spin)
        self.activation_combo.chosen.connect(self._activation_chosen)
        self.init_combo.currentIndexChanged.connect(self._on_init_changed)
        for panel in (self.activation_params, self.init_params):
            panel.changed.connect(self._on_network_edit)
            panel.reset_requested.connect(lambda p=panel: self._reset(p))
        for signal in (
            self.bias_combo.currentIndexChanged,
            self.layers_spin.valueChanged,
            self.width_spin.valueChanged,
            self.batch_spin.valueChanged,
            self.seed_spin.valueChanged,
        ):
            signal.connect(self._on_edit)
        return box

    def _build_run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Run"))
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.auto_check = QCheckBox(self.tr("run again when a control changes"))
        self.auto_check.setChecked(True)
        self.theory_check = QCheckBox(self.tr("show the infinite-width theory"))
        self.theory_check.setChecked(True)
        self.previous_check = QCheckBox(self.tr("keep the previous run for comparison"))
        self.layer_spin = whole_number_spin("layer", 1, MAX_LAYERS, 1)
        layer_row = QFormLayout()
        layer_row.addRow(self.tr("histogram of layer"), self.layer_spin)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.auto_check)
        layout.addWidget(self.theory_check)
        layout.addWidget(self.previous_check)
        layout.addLayout(layer_row)
        self.run_button.clicked.connect(self.run_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.theory_check.toggled.connect(self.theory_toggled)
        self.previous_check.toggled.connect(self._on_edit)
        self.layer_spin.valueChanged.connect(self.layer_chosen)
        return box

    # ---- what the controls say --------------------------------------------------------------------------

    def config(self, device: str, dtype: str) -> DepthConfig:
        """The network the controls describe, run on ``device`` in ``dtype``."""
        return DepthConfig(
            activation=self.activation_combo.currentData(),
            activation_params=self.activation_params.values(),
            init=self.init_combo.currentData(),
            init_params=self.init_params.values(),
            layers=self.layers_spin.value(),
            width=self.width_spin.value(),
            batch=self.batch_spin.value(),
            bias=self.bias_combo.currentData(),
            seed=self.seed_spin.value(),
            device=device,
            dtype=dtype,
        )

    def lesson_comparison(self, config: DepthConfig) -> tuple[DepthConfig | None, str]:
        """The chosen lesson's comparison network at ``config``'s sizes and settings, and its label."""
        preset_id = self.preset_combo.currentData()
        if not preset_id or get_preset(preset_id).compare is None:
            return None, ""
        preset = get_preset(preset_id)
        return preset.comparison(config), engine_tr(preset.compare_label)

    def preset_id(self) -> str:
        """The chosen lesson's id, "" for the user's own network."""
        return self.preset_combo.currentData()

    def auto_run(self) -> bool:
        return self.auto_check.isChecked()

    def show_theory(self) -> bool:
        return self.theory_check.isChecked()

    def keep_previous(self) -> bool:
        return self.previous_check.isChecked()

    def layer(self) -> int:
        return self.layer_spin.value()

    def clear_problems(self) -> None:
        for panel in (self.activation_params, self.init_params):
            panel.clear_engine_problem()

    def show_problem(self, config: DepthConfig, field: str, message: str) -> None:
        """Show the engine's refusal under the activation's or the initialiser's parameter it names."""
        if not self.activation_params.show_engine_problem(config.activation, field, message):
            self.init_params.show_engine_problem(config.init, field, message)

    # ---- changing them ----------------------------------------------------------------------------------

    def set_config(self, config: DepthConfig) -> None:
        """Show ``config`` in the controls without reporting an edit."""
        self._applying = True
        try:
            self.activation_combo.set_activation(str(config.activation))
            self.activation_params.set_specs(resolve_activation(config.activation).params, config.activation_params)
            self.init_combo.setCurrentIndex(self.init_combo.findData(config.init))
            self.init_params.set_specs(get_initializer(config.init).params, config.init_params)
            for spin, value in (
                (self.layers_spin, config.layers),
                (self.width_spin, config.width),
                (self.batch_spin, config.batch),
                (self.seed_spin, config.seed),
            ):
                spin.setValue(value)
            self.bias_combo.setCurrentIndex(self.bias_combo.findData(config.bias))
        finally:
            self._applying = False

    def load_preset(self, preset_id: str) -> None:
        """Show a classic lesson: its network and its text (without reporting an edit)."""
        preset = get_preset(preset_id)
        with signals_blocked(self.preset_combo):
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset_id))
        self.set_config(preset.config)
        self.lesson.setText(f"{engine_tr(preset.lesson)}<br><i>{engine_tr(preset.source)}</i>")

    def leave_lesson(self) -> None:
        """Choose "(your own network)", keeping the network as it is."""
        with signals_blocked(self.preset_combo):
            self.preset_combo.setCurrentIndex(0)
        self.lesson.clear()

    def set_auto_run(self, on: bool) -> None:
        self.auto_check.setChecked(on)

    def set_layer_count(self, layers: int) -> None:
        """The histogram's layer can be chosen among ``layers``."""
        self.layer_spin.setMaximum(layers)

    def set_layer(self, layer: int) -> None:
        self.layer_spin.setValue(layer)

    def set_busy(self, busy: bool) -> None:
        """A run started (progress from 0, Cancel live) or ended."""
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress_bar.setValue(0)

    def set_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(100 * fraction))

    # ---- keeping the widgets consistent -----------------------------------------------------------------

    def _on_preset_chosen(self, index: int) -> None:
        preset_id = self.preset_combo.itemData(index)
        if preset_id:
            self.load_preset(preset_id)
            self.run_requested.emit()
        else:
            self.lesson.clear()

    def choose_formula(self, text: str, values: dict | None = None) -> None:
        """Make the formula ``text`` the network's activation (ExpressionError if refused), as the dialog does."""
        self.activation_combo.choose_formula(text, values)

    def _activation_chosen(self, activation_id: str, values: dict | None = None) -> None:
        if self._applying:
            return
        self.activation_params.set_specs(resolve_activation(activation_id).params, values)
        self._on_network_edit()

    def _on_init_changed(self, *_) -> None:
        if not self._applying:
            self.init_params.set_specs(get_initializer(self.init_combo.currentData()).params)
            self._on_network_edit()

    def _reset(self, panel: SliderParamPanel) -> None:
        panel.set_values({spec.name: spec.default for spec in panel.specs})
        self._on_network_edit()

    def _on_network_edit(self, *_) -> None:
        """The activation or initialiser changed: the network is no longer the lesson's."""
        if self._applying:
            return
        if self.preset_combo.currentIndex() != 0:
            self.leave_lesson()
        self._on_edit()

    def _on_edit(self, *_) -> None:
        """A control changed (a size keeps the lesson, compared at the new size)."""
        if not self._applying:
            self.edited.emit()
