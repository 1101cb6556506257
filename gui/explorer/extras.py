"""Controls for the selected curve's teaching extras, generated from the registry's fields.

An activation with :class:`engine.activations.RandomSlopes` (RReLU) gets a line saying which
mode it is in and a button to draw the slopes again; one with an
:class:`engine.activations.Approximation` (GELU) gets a check box that plots exact − approximation.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.common.engine_text import engine_tr, format_value
from gui.explorer.curves import CurveState


class ExtrasPanel(QWidget):
    """The extras of one curve; empty for an activation without any.

    Signals: ``resample_requested`` (draw the random slopes again), ``gap_toggled(shown)``.
    """

    resample_requested = Signal()
    gap_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 6, 0, 0)
        self.mode_label: QLabel | None = None
        self.resample_button: QPushButton | None = None
        self.gap_check: QCheckBox | None = None

    def show_for(self, p: CurveState | None) -> None:
        """Rebuild the controls for curve ``p`` (None: no curve selected, no controls)."""
        while self.box.count():
            item = self.box.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.mode_label = self.resample_button = self.gap_check = None
        if p is None:
            return
        act = p.entry
        if act.random_slopes is not None:
            self.mode_label = QLabel()
            self.mode_label.setWordWrap(True)
            self.resample_button = QPushButton(self.tr("Resample slopes"))
            self.resample_button.clicked.connect(self.resample_requested)
            self.box.addWidget(self.mode_label)
            self.box.addWidget(self.resample_button)
        if act.approximation is not None:
            self.gap_check = QCheckBox(self.tr("Show exact − {0} approximation").format(engine_tr(act.approximation.approximate)))
            self.gap_check.setChecked(p.show_gap)
            self.gap_check.toggled.connect(self.gap_toggled)
            self.box.addWidget(self.gap_check)
        self.refresh(p)

    def refresh(self, p: CurveState) -> None:
        """Follow ``p``'s parameters (random or fixed mode, the slopes' range)."""
        extra = p.entry.random_slopes
        if self.mode_label is None or self.resample_button is None or extra is None:
            return
        low, high = p.params[extra.low], p.params[extra.high]
        if p.random:
            text = self.tr(
                "Training mode: every x draws its own slope from U({0}, {1}); the shaded band holds every possible draw."
            ).format(format_value(low), format_value(high))
        else:
            text = self.tr("Eval mode: one fixed slope ({0} + {1}) / 2 = {2}.").format(
                extra.low, extra.high, format_value((low + high) / 2)
            )
        self.mode_label.setText(text)
        self.resample_button.setEnabled(p.random)
