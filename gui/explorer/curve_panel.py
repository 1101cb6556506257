"""The explorer's right-hand column: the selected curve's parameter sliders and teaching extras
above the notes. Generated from the registry entry of the curve shown; the tab decides which.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from engine.resolve import is_formula
from gui.common.engine_text import engine_tr
from gui.common.param_panel import SliderParamPanel
from gui.explorer.curves import CurveSet, CurveState
from gui.explorer.extras import ExtrasPanel
from gui.explorer.formula_notes import formula_notes_html
from gui.explorer.notes import NotesPanel, describe_spans


class CurvePanel(QSplitter):
    """Parameters (a :class:`SliderParamPanel` per selected curve), extras and notes.

    Signals: ``param_changed(name, value)`` and ``reset_requested`` from the sliders; the
    extras' own signals are on :attr:`extras`.
    """

    param_changed = Signal(str, object)
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.param_panel: SliderParamPanel | None = None
        self.param_group = QGroupBox(self.tr("Parameters"))
        self.param_layout = QVBoxLayout(self.param_group)
        self.param_hint = QLabel()
        self.param_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.param_hint.setWordWrap(True)
        self.param_layout.addWidget(self.param_hint)
        self.formula_bar = QWidget()  # a formula curve's own actions, wired by gui.explorer.formula_curves
        bar = QHBoxLayout(self.formula_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.edit_formula_button = QPushButton(self.tr("Edit formula…"))
        self.widen_button = QPushButton(self.tr("Widen ranges ×2"))
        self.widen_button.setToolTip(self.tr("Double every parameter's slider range around 0"))
        bar.addWidget(self.edit_formula_button)
        bar.addWidget(self.widen_button)
        self.param_layout.addWidget(self.formula_bar)
        self.extras = ExtrasPanel()
        self.param_layout.addWidget(self.extras)
        self.param_layout.addStretch(1)
        self.notes = NotesPanel()
        self.param_scroll = QScrollArea()
        self.param_scroll.setWidgetResizable(True)
        self.param_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.param_scroll.setWidget(self.param_group)
        self.addWidget(self.param_scroll)
        self.addWidget(self.notes)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([230, 600])

    def minimumSizeHint(self) -> QSize:
        """At least as wide as the parameters need (with the scroll bar): the splitter never cuts them. As tall as
        the taller of parameters and notes, not both: on a short window (×2.5 with the lesson panel below) the
        splitter folds the notes away rather than the window asking for more than the screen."""
        hint = super().minimumSizeHint()
        bar = self.param_scroll.verticalScrollBar().sizeHint().width()
        tallest = max(self.param_scroll.minimumSizeHint().height(), self.notes.minimumSizeHint().height())
        return QSize(max(hint.width(), self.param_group.minimumSizeHint().width() + bar + 4), min(hint.height(), tallest))

    def show_curve(self, p: CurveState | None, hint: str) -> None:
        """Sliders and extras for curve ``p`` under ``hint`` (None: only the hint)."""
        if self.param_panel is not None:
            self.param_layout.removeWidget(self.param_panel)
            self.param_panel.hide()  # out of the layout but still a child until deleted: never drawn over the new one
            self.param_panel.deleteLater()
            self.param_panel = None
        self.param_hint.setText(hint)
        if p is not None:
            self.param_panel = SliderParamPanel(p.entry.params, p.params)
            self.param_panel.changed.connect(self.param_changed)
            self.param_panel.reset_requested.connect(self.reset_requested)
            self.param_layout.insertWidget(2, self.param_panel)
            self._tab_into(self.param_panel)
        self.formula_bar.setVisible(p is not None and is_formula(p.activation))
        self.extras.show_for(p)

    def _tab_into(self, panel: QWidget) -> None:
        """Tab reaches a new panel's fields where they are shown, under the hint, not after the notes at the end."""
        previous: QWidget = self.param_scroll
        for widget in panel.findChildren(QWidget):
            focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
            if focusable and widget.window() is previous.window():  # not inside a combo box's popup
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def set_params_shown(self, shown: bool) -> None:
        """The parameter box is hidden for a vector activation (its view has its own)."""
        self.param_scroll.setVisible(shown)

    def show_problem(self, name: str, message: str) -> None:
        """A refused value's reason under its widget ("" clears it)."""
        if self.param_panel is not None:
            self.param_panel.show_problem(name, message)

    def set_values(self, params: dict) -> None:
        if self.param_panel is not None:
            self.param_panel.set_values(params)

    def show_notes(self, p: CurveState, curve_set: CurveSet) -> None:
        """The notes on curve ``p``: registry text, max |f′|, saturation on the plotted range, the gap."""
        saturation = describe_spans(p.spans, curve_set.x_min, curve_set.x_max) if curve_set.show_saturation else None
        if is_formula(p.activation):  # no registry notes: every row is computed over the view
            self.notes.setHtml(formula_notes_html(p, curve_set, saturation))
            return
        extra = []
        gap, approximation = curve_set.largest_gap(p), p.entry.approximation
        if gap is not None and approximation is not None:  # a gap is computed only for an approximated entry
            name = self.tr("max |exact − {0}|").format(engine_tr(approximation.approximate))
            extra.append((name, self.tr("{0:.3g} at x = {1:.4g}").format(*gap)))
        assert isinstance(p.activation, str)  # a formula's notes were shown above
        self.notes.show_activation(
            p.activation, p.params, curve_set.extremum(p), saturation, extra, dtype=curve_set.dtype, device=curve_set.device
        )
