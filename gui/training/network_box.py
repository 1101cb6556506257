"""The training tab's network and training panels: layers and units, activation, initialiser, optimiser.

Every choice list comes from a registry: the activations (elementwise ones, identity included:
the linear model), the initialisers, the optimisers and the input features; the learning rates
and regularisation rates are TensorFlow Playground's lists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from engine.activations import elementwise_ids, get_activation
from engine.datasets import DEFAULT_FEATURES, FEATURES
from engine.initializers import INITIALIZERS, get_initializer
from engine.optimizers import OPTIMIZERS
from engine.resolve import resolve_activation
from engine.training_config import AUTO_INIT, BIASES, MAX_BATCH, MAX_LAYERS, MAX_UNITS, REGULARIZATIONS, SQUARED, TrainConfig
from gui.common.activation_chooser import ActivationChooser
from gui.common.checked_spin import NoticeLine, whole_number_spin
from gui.common.engine_text import engine_tr, format_value
from gui.common.param_panel import SliderParamPanel
from states.training import LEARNING_RATES, REG_RATES

DEFAULT_LR = TrainConfig().lr


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()  # a tool button: a push button's style minimum (80 px) squeezed the column at 1024×640
    button.setText(text)
    button.setMinimumWidth(28)  # wider with the text at a larger interface scale
    button.setToolTip(tip)
    return button


def _number_combo(values, default) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(format_value(value), value)
    combo.setCurrentIndex(values.index(default))
    return combo


class LayersEditor(QWidget):
    """Hidden layers and their units, each changed with − / + buttons (0–6 layers of 1–16 units)."""

    changed = Signal()

    def __init__(self, hidden: tuple[int, ...] = (4, 2), parent: QWidget | None = None):
        super().__init__(parent)
        self._hidden = list(hidden)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._rows: list[tuple[QLabel, QToolButton, QLabel, QToolButton]] = []
        self._overrides: list[QComboBox] = []
        self.layers_label = QLabel()
        self.remove_layer = _button("−", self.tr("one hidden layer less"))
        self.add_layer = _button("+", self.tr("one hidden layer more"))
        self._grid.addWidget(QLabel(self.tr("hidden layers")), 0, 0)
        self._grid.addWidget(self.remove_layer, 0, 1)
        self._grid.addWidget(self.layers_label, 0, 2)
        self._grid.addWidget(self.add_layer, 0, 3)
        self.remove_layer.clicked.connect(lambda: self.set_hidden(tuple(self._hidden[:-1])))
        self.add_layer.clicked.connect(lambda: self.set_hidden((*self._hidden, self._hidden[-1] if self._hidden else 2)))
        for layer in range(MAX_LAYERS):
            name = QLabel(self.tr("layer {0} units").format(layer + 1))
            minus = _button("−", self.tr("one unit less in layer {0}").format(layer + 1))
            count = QLabel()
            plus = _button("+", self.tr("one unit more in layer {0}").format(layer + 1))
            minus.clicked.connect(lambda _=False, k=layer: self._add_units(k, -1))
            plus.clicked.connect(lambda _=False, k=layer: self._add_units(k, +1))
            override = QComboBox()  # this layer's own activation (the engine's layer_activations)
            override.addItem(self.tr("same"), None)
            for activation_id in elementwise_ids():
                override.addItem(engine_tr(get_activation(activation_id).name), activation_id)
            override.setToolTip(self.tr("layer {0}'s activation: the one chosen below, or its own").format(layer + 1))
            override.currentIndexChanged.connect(lambda *_: self.changed.emit())
            self._overrides.append(override)
            for column, widget in enumerate((name, minus, count, plus)):
                self._grid.addWidget(widget, layer + 1, column)
            self._grid.addWidget(override, layer + 1, 4)
            self._rows.append((name, minus, count, plus))
        self._grid.setColumnStretch(0, 1)
        self._show()

    def hidden(self) -> tuple[int, ...]:
        return tuple(self._hidden)

    def overrides(self) -> tuple:
        """Per hidden layer its own activation id, or None for the network's; () when no layer has its own."""
        chosen = tuple(self._overrides[k].currentData() for k in range(len(self._hidden)))
        return chosen if any(c is not None for c in chosen) else ()

    def set_overrides(self, overrides) -> None:
        """Show ``overrides`` (a TrainConfig's layer_activations) without reporting an edit."""
        for k, combo in enumerate(self._overrides):
            entry = overrides[k] if k < len(overrides) else None
            entry_id = entry if isinstance(entry, str) or entry is None else entry[0]
            with signals_blocked(combo):
                combo.setCurrentIndex(max(combo.findData(entry_id), 0) if entry_id is not None else 0)

    def set_hidden(self, hidden: tuple[int, ...], emit: bool = True) -> None:
        hidden = tuple(max(1, min(MAX_UNITS, int(h))) for h in hidden[:MAX_LAYERS])
        if list(hidden) == self._hidden:
            return
        self._hidden = list(hidden)
        self._show()
        if emit:
            self.changed.emit()

    def _add_units(self, layer: int, delta: int) -> None:
        hidden = list(self._hidden)
        hidden[layer] += delta
        self.set_hidden(tuple(hidden))

    def _show(self) -> None:
        self.layers_label.setText(str(len(self._hidden)))
        self.remove_layer.setEnabled(len(self._hidden) > 0)
        self.add_layer.setEnabled(len(self._hidden) < MAX_LAYERS)
        for layer, (name, minus, count, plus) in enumerate(self._rows):
            shown = layer < len(self._hidden)
            for widget in (name, minus, count, plus, self._overrides[layer]):
                widget.setVisible(shown)
            if shown:
                units = self._hidden[layer]
                count.setText(str(units))
                minus.setEnabled(units > 1)
                plus.setEnabled(units < MAX_UNITS)


class NetworkBox(QGroupBox):
    """Layers, the hidden layers' activation with its parameters, the initialiser and the bias."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Network"), parent)
        form = QFormLayout(self)
        self.layers = LayersEditor()
        self.activation_combo = ActivationChooser()  # identity (the linear model) included, and typed formulas
        self.activation_params = SliderParamPanel(compact=True)
        self.init_combo = QComboBox()
        self.init_combo.addItem(self.tr("auto (Kaiming for ReLU-like, else Xavier)"), AUTO_INIT)
        for entry in INITIALIZERS.values():
            if 2 in entry.ranks:
                self.init_combo.addItem(engine_tr(entry.name), entry.id)
        self.init_params = SliderParamPanel(compact=True)
        self.bias_combo = QComboBox()
        for bias in BIASES:
            self.bias_combo.addItem(format_value(bias), bias)
        self.bias_combo.setCurrentIndex(BIASES.index(0.1))
        form.addRow(self.layers)
        form.addRow(self.tr("activation"), self.activation_combo)
        form.addRow(self.activation_params)
        form.addRow(self.tr("initialiser"), self.init_combo)
        form.addRow(self.init_params)
        form.addRow(self.tr("initial bias"), self.bias_combo)
        self.layers.changed.connect(self.edited)
        self.activation_combo.chosen.connect(lambda activation_id, values: self.set_activation(activation_id, values))
        self.init_combo.currentIndexChanged.connect(self._on_init)
        self.bias_combo.currentIndexChanged.connect(self.edited)
        for panel in (self.activation_params, self.init_params):
            panel.changed.connect(self.edited)
        self.activation_params.reset_requested.connect(lambda: self.set_activation(self.activation(), {}))
        self.init_params.reset_requested.connect(self._on_init)
        self.set_activation("tanh", {}, emit=False)

    def activation(self) -> str:
        return self.activation_combo.activation()

    def set_activation(self, activation_id: str, params: dict | None = None, emit: bool = True) -> None:
        """Choose an activation, a registry id or a formula (and its parameters)."""
        self.activation_combo.set_activation(activation_id)
        self.activation_params.set_specs(resolve_activation(activation_id).params, params or {})
        if emit:
            self.edited.emit()

    def set_init(self, init_id: str, params: dict | None = None, emit: bool = True) -> None:
        with signals_blocked(self.init_combo):
            self.init_combo.setCurrentIndex(self.init_combo.findData(init_id))
        self.init_params.set_specs(() if init_id == AUTO_INIT else get_initializer(init_id).params, params or {})
        if emit:
            self.edited.emit()

    def _on_init(self, *_) -> None:
        self.set_init(self.init_combo.currentData())

    def fields(self) -> dict:
        return {
            "hidden": self.layers.hidden(),
            "layer_activations": self.layers.overrides(),
            "activation": self.activation(),
            "activation_params": self.activation_params.values(),
            "init": self.init_combo.currentData(),
            "init_params": self.init_params.values(),
            "bias": self.bias_combo.currentData(),
        }


class TrainingBox(QGroupBox):
    """Optimiser, learning rate, batch, regularisation, loss and the input features."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Training"), parent)
        form = QFormLayout(self)
        self.optimizer_combo = QComboBox()
        for entry in OPTIMIZERS.values():
            self.optimizer_combo.addItem(engine_tr(entry.name), entry.id)
            self.optimizer_combo.setItemData(
                self.optimizer_combo.count() - 1, engine_tr(entry.notes), Qt.ItemDataRole.ToolTipRole
            )
        self.lr_combo = _number_combo(LEARNING_RATES, DEFAULT_LR)
        self.batch_spin = whole_number_spin("batch", 1, MAX_BATCH, 10)
        self.reg_combo = QComboBox()
        reg_names = {"none": self.tr("none"), "l1": self.tr("L1"), "l2": self.tr("L2")}
        for reg in REGULARIZATIONS:
            self.reg_combo.addItem(reg_names[reg], reg)
        self.reg_rate_combo = _number_combo(REG_RATES, 0.0)
        self.loss_combo = QComboBox()
        self.loss_combo.addItem(self.tr("squared error (tanh output)"), "mse")
        self.loss_combo.addItem(self.tr("cross-entropy (sigmoid output)"), "bce")
        self.loss_combo.addItem(self.tr("squared error (regression)"), SQUARED)  # a regression dataset's only loss
        features = QWidget()
        grid = QGridLayout(features)
        grid.setContentsMargins(0, 0, 0, 0)
        self.feature_checks: dict[str, QCheckBox] = {}
        for index, feature in enumerate(FEATURES.values()):
            check = QCheckBox(engine_tr(feature.name))
            check.setChecked(feature.id in DEFAULT_FEATURES)
            check.toggled.connect(self.edited)
            grid.addWidget(check, index // 3, index % 3)
            self.feature_checks[feature.id] = check
        form.addRow(self.tr("optimiser"), self.optimizer_combo)
        form.addRow(self.tr("learning rate"), self.lr_combo)
        form.addRow(self.tr("batch size"), self.batch_spin)
        self.notice = NoticeLine()
        self.notice.watch(self.batch_spin)
        form.addRow(self.notice)
        form.addRow(self.tr("regularisation"), self.reg_combo)
        form.addRow(self.tr("regularisation rate"), self.reg_rate_combo)
        form.addRow(self.tr("loss"), self.loss_combo)
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("input features")))
        column.addWidget(features)
        form.addRow(column)
        for combo in (self.optimizer_combo, self.lr_combo, self.reg_combo, self.reg_rate_combo, self.loss_combo):
            combo.currentIndexChanged.connect(self.edited)
        self.batch_spin.valueChanged.connect(self.edited)

    def set_lr(self, lr: float) -> None:
        self.lr_combo.setCurrentIndex(self.lr_combo.findData(lr))

    def fields(self) -> dict:
        return {
            "optimizer": self.optimizer_combo.currentData(),
            "lr": self.lr_combo.currentData(),
            "batch": self.batch_spin.value(),
            "regularization": self.reg_combo.currentData(),
            "reg_rate": self.reg_rate_combo.currentData(),
            "loss": self.loss_combo.currentData(),
            "features": tuple(f for f, check in self.feature_checks.items() if check.isChecked()),
        }
