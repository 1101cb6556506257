"""The initialisation tab's control column: initialiser and its parameters, weight shape, sampling, compare.

:class:`InitControls` keeps its widgets consistent with each other (an initialiser's
parameter sliders, the layer kind it needs, the shape labels and value count, the
greyed-out compare panel) and says ``changed`` whenever the weights to draw changed.
It computes nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from engine.initializers import INITIALIZERS, MAX_VALUES, get_initializer
from gui.common.checked_spin import NoticeLine, whole_number_spin
from gui.common.engine_text import engine_tr
from gui.common.param_panel import SliderParamPanel
from gui.common.tabs import control_column
from states.initialization import (
    BINS_RANGE,
    DEFAULT_BINS,
    DEFAULT_COMPARE,
    DEFAULT_INIT,
    DEFAULT_KERNEL,
    DEFAULT_SHAPE,
    LAYER_RANKS,
    MAX_FEATURES,
    MAX_KERNEL,
    MAX_SEED,
)

COLUMN_WIDTH = 340


@dataclass(frozen=True)
class InitRequest:
    """One initialiser to draw, and the panel that shows its parameters (for refusals)."""

    init_id: str
    params: dict
    panel: SliderParamPanel


def _init_combo() -> QComboBox:
    combo = QComboBox()
    for entry in INITIALIZERS.values():
        combo.addItem(engine_tr(entry.name), entry.id)
        combo.setItemData(combo.count() - 1, entry.torch_name, Qt.ItemDataRole.ToolTipRole)
    return combo


class InitControls(QWidget):
    """The scrolling column of controls; ``changed`` when the weights to draw change."""

    #: The initialiser, its parameters, the shape, the seed, the bins or compare changed.
    changed = Signal()
    #: The density axis was switched to (True) or from a logarithmic scale.
    log_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        boxes = [self._build_init_box(), self._build_shape_box(), self._build_sampling_box(), self._build_compare_box()]
        self.notice = NoticeLine()
        self.notice.watch(self.out_spin, self.in_spin, self.kh_spin, self.kw_spin, self.seed_spin, self.bins_spin)
        layout.addWidget(control_column([*boxes, self.notice], COLUMN_WIDTH))
        self._on_init_changed()
        self._update_shape_widgets()

    def _build_init_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Initialiser"))
        layout = QVBoxLayout(box)
        self.init_combo = _init_combo()
        self.init_combo.setCurrentIndex(self.init_combo.findData(DEFAULT_INIT))
        self.params = SliderParamPanel()
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.init_combo)
        layout.addWidget(self.params)
        layout.addWidget(self.formula)
        self.init_combo.currentIndexChanged.connect(self._on_init_changed)
        self.params.changed.connect(self.changed)
        self.params.reset_requested.connect(lambda: self._reset(self.params))
        return box

    def _build_shape_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Weight shape"))
        form = QFormLayout(box)
        self.layer_combo = QComboBox()
        self.layer_combo.addItem(self.tr("Linear: (out, in)"), "linear")
        self.layer_combo.addItem(self.tr("Conv2d: (out, in, kh, kw)"), "conv2d")
        self.out_spin = whole_number_spin("out", 1, MAX_FEATURES, DEFAULT_SHAPE[0])
        self.in_spin = whole_number_spin("in", 1, MAX_FEATURES, DEFAULT_SHAPE[1])
        self.kh_spin = whole_number_spin("kh", 1, MAX_KERNEL, DEFAULT_KERNEL[0])
        self.kw_spin = whole_number_spin("kw", 1, MAX_KERNEL, DEFAULT_KERNEL[1])
        for spin in (self.out_spin, self.in_spin, self.kh_spin, self.kw_spin):
            spin.valueChanged.connect(self._on_shape_changed)
        self.out_label, self.in_label = QLabel(), QLabel()
        self.kh_label, self.kw_label = QLabel(self.tr("kernel height")), QLabel(self.tr("kernel width"))
        self.count_label = QLabel()
        form.addRow(self.tr("layer"), self.layer_combo)
        form.addRow(self.out_label, self.out_spin)
        form.addRow(self.in_label, self.in_spin)
        form.addRow(self.kh_label, self.kh_spin)
        form.addRow(self.kw_label, self.kw_spin)
        form.addRow(self.count_label)
        self.layer_combo.currentIndexChanged.connect(self._on_shape_changed)
        return box

    def _build_sampling_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sampling"))
        form = QFormLayout(box)
        self.seed_spin = whole_number_spin("seed", 0, MAX_SEED, 0)
        self.bins_spin = whole_number_spin("bins", *BINS_RANGE, DEFAULT_BINS)
        self.log_check = QCheckBox(self.tr("logarithmic density axis"))
        form.addRow(self.tr("seed"), self.seed_spin)
        form.addRow(self.tr("bins"), self.bins_spin)
        form.addRow(self.log_check)
        self.seed_spin.valueChanged.connect(self.changed)
        self.bins_spin.valueChanged.connect(self.changed)
        self.log_check.toggled.connect(self.log_toggled)
        return box

    def _build_compare_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Compare"))
        layout = QVBoxLayout(box)
        self.compare_check = QCheckBox(self.tr("overlay a second initialiser"))
        self.init2_combo = _init_combo()
        self.init2_combo.setCurrentIndex(self.init2_combo.findData(DEFAULT_COMPARE))
        self.params2 = SliderParamPanel(compact=True)  # the descriptions are the same as above
        layout.addWidget(self.compare_check)
        layout.addWidget(self.init2_combo)
        layout.addWidget(self.params2)
        self.compare_check.toggled.connect(self._on_compare_toggled)
        self.init2_combo.currentIndexChanged.connect(self._on_init2_changed)
        self.params2.changed.connect(self.changed)
        self.params2.reset_requested.connect(lambda: self._reset(self.params2))
        self.params2.set_specs(get_initializer(self.init2_combo.currentData()).params)
        self._on_compare_toggled(False)
        return box

    # ---- what the controls say --------------------------------------------------------------------------

    def init_id(self) -> str:
        return self.init_combo.currentData()

    def shape(self) -> tuple[int, ...]:
        dims: tuple[int, ...] = (self.out_spin.value(), self.in_spin.value())
        if self.layer_combo.currentData() == "conv2d":
            dims += (self.kh_spin.value(), self.kw_spin.value())
        return dims

    def requests(self) -> list[InitRequest]:
        """The initialiser to draw, then the compared one when compare is on."""
        wanted = [InitRequest(self.init_id(), self.params.values(), self.params)]
        if self.compare_check.isChecked():
            wanted.append(InitRequest(self.init2_combo.currentData(), self.params2.values(), self.params2))
        return wanted

    def seed(self) -> int:
        return self.seed_spin.value()

    def bins(self) -> int:
        return self.bins_spin.value()

    def log_y(self) -> bool:
        return self.log_check.isChecked()

    def clear_problems(self) -> None:
        """Hide the engine's refusals under both parameter panels."""
        for panel in (self.params, self.params2):
            panel.clear_engine_problem()

    # ---- changing them as the user would ----------------------------------------------------------------

    def select_init(self, init_id: str, params: dict | None = None) -> None:
        """Choose an initialiser (and parameters)."""
        self.init_combo.setCurrentIndex(self.init_combo.findData(init_id))
        if params:
            self.params.set_values(params)
            self.changed.emit()

    def set_layer_kind(self, kind: str) -> None:
        """ "linear" (out, in) or "conv2d" (out, in, kh, kw)."""
        self.layer_combo.setCurrentIndex(self.layer_combo.findData(kind))

    def set_compare(self, on: bool) -> None:
        """Overlay the second initialiser (or not)."""
        self.compare_check.setChecked(on)

    # ---- keeping the widgets consistent -----------------------------------------------------------------

    def _on_init_changed(self, *_) -> None:
        entry = get_initializer(self.init_id())
        self.params.set_specs(entry.params)
        self.formula.setText(f"<b>{engine_tr(entry.formula)}</b><br><code>{entry.torch_name}</code><br>{engine_tr(entry.notes)}")
        rank = LAYER_RANKS[self.layer_combo.currentData()]
        if rank not in entry.ranks:  # eye needs a Linear weight, dirac a Conv one: switch for the user
            wanted = next((k for k, r in LAYER_RANKS.items() if r in entry.ranks), None)
            if wanted is not None:
                self.set_layer_kind(wanted)
        self.changed.emit()

    def _on_init2_changed(self, *_) -> None:
        self.params2.set_specs(get_initializer(self.init2_combo.currentData()).params)
        self.changed.emit()

    def _reset(self, panel: SliderParamPanel) -> None:
        panel.set_values({spec.name: spec.default for spec in panel.specs})
        self.changed.emit()

    def _on_compare_toggled(self, on: bool) -> None:
        self.init2_combo.setEnabled(on)
        self.params2.setEnabled(on)
        self.changed.emit()

    def _on_shape_changed(self, *_) -> None:
        self._update_shape_widgets()
        self.changed.emit()

    def _update_shape_widgets(self) -> None:
        conv = self.layer_combo.currentData() == "conv2d"
        self.out_label.setText(self.tr("out_channels") if conv else self.tr("out_features"))
        self.in_label.setText(self.tr("in_channels") if conv else self.tr("in_features"))
        for widget in (self.kh_label, self.kh_spin, self.kw_label, self.kw_spin):
            widget.setVisible(conv)
        count = math.prod(self.shape())
        text = self.tr("{0} values").format(f"{count:,}")
        if count > MAX_VALUES:
            text += " " + self.tr("(the most is {0})").format(f"{MAX_VALUES:,}")
        self.count_label.setText(text)
