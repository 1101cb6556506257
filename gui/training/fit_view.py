"""The training tab's fit view for a 1-D regression dataset: the target curve, the training (and test) points,
the network's output with its kinks marked, and on demand each last-layer unit's weighted output as thin
curves that add up to the fit; below it, the computed sentence about the fit's shape (kinks and their bound,
smooth, or a straight line: :func:`figures.fit.fit_facts`, the same words File > Export writes).

Everything shown is :func:`engine.regression.fit_of` of the frame's weights. :func:`sync_task` fits the
panels to the dataset's task: squared error (the only regression loss), no x₂ features for a curve.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from engine.datasets import Data, get_dataset
from engine.regression import REGRESSION_DEFAULTS, Fit, fit_of
from engine.training_config import MAX_UNITS, SQUARED
from figures.fit import fit_facts, target_legend
from figures.palette import OKABE_ITO
from gui.common.legends import set_legend_columns
from gui.common.responsive import FULL_ROW, PLOT_ROWS, ROW_STRETCH, SQUARE, WIDE_ROWS, CentralFit, ReflowGrid
from gui.common.theme import new_plot_widget, style_legend
from gui.training.plots import POINT_SIZE, TEST_COLOR, TRAIN_COLOR, pen, same_points
from gui.training.runs import RunFrame

TARGET_COLOUR, FIT_COLOUR, UNIT_COLOUR, KINK_COLOUR = OKABE_ITO[7], OKABE_ITO[5], OKABE_ITO[2], OKABE_ITO[6]


class FitView(QWidget):
    """y = g(x), the points and the network's curve; ``contributions_toggled`` when the check box changes,
    ``clicked`` (x, y, button, modifiers) when the plot is clicked inside x ∈ [-6, 6] (the user's own points)."""

    contributions_toggled = Signal(bool)
    clicked = Signal(float, float, object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = new_plot_widget(title=self.tr("Fit"), left="y", bottom="x")
        self.plot = self.widget.getPlotItem()
        self.plot.setXRange(-6, 6, padding=0.02)
        self.plot.setMenuEnabled(False)
        self.widget.scene().sigMouseClicked.connect(self._on_click)
        self.units = [self.plot.plot(pen=pen(UNIT_COLOUR, width=1.0)) for _ in range(MAX_UNITS)]
        self.target = self.plot.plot(pen=pen(TARGET_COLOUR, dashed=True), name=self.tr("target"))
        self.train = pg.ScatterPlotItem(size=POINT_SIZE - 2, brush=pg.mkBrush(TRAIN_COLOR), pen=None, name=self.tr("train"))
        self.test = pg.ScatterPlotItem(size=POINT_SIZE - 2, brush=None, pen=pg.mkPen(TEST_COLOR), name=self.tr("test"))
        for item in (self.train, self.test):
            self.plot.addItem(item)
        self.output = self.plot.plot(pen=pen(FIT_COLOUR, width=2.5), name=self.tr("fit"))
        self.kinks = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(KINK_COLOUR), pen=pg.mkPen("k"), name=self.tr("kinks"))
        self.plot.addItem(self.kinks)
        self.legend = style_legend(pg.LegendItem())  # right of the plot, in its layout: it never covers the curve
        for item in (self.target, self.train, self.test, self.output, self.kinks):
            self.legend.addItem(item, item.name())
        self.plot.layout.addItem(self.legend, 2, 3)
        CentralFit(self.widget)  # the plot shrinks back to the view once a refolded legend lets it
        self.plot.layout.setColumnStretchFactor(3, 0)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setProperty(PLOT_ROWS, 1.5)  # the lesson's subject: taller than one readable plot
        self.facts = QLabel()  # two lines, as the map's numbers under it: the same height, never wider than the plot
        self.facts.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.facts.setMinimumWidth(0)
        self.facts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.contributions_check = QCheckBox(self.tr("show each unit's contribution"))
        self.contributions_check.setToolTip(
            self.tr("thin curves: each last-layer unit's output times its weight; with the output bias they add up to the fit")
        )
        self.contributions_check.toggled.connect(self.contributions_toggled)
        self.contributions_check.toggled.connect(lambda _: self._show_units())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget, 1)
        layout.addWidget(self.facts)  # the check box goes where the tab puts it (its run box: no height here)
        self.fit: Fit | None = None
        self._data: Data | None = None  # the points shown
        self._target: tuple | None = None  # (own points, dataset, formula, its parameters, legend) of the target shown
        self._refit = QTimer(self)  # fitted again once the legend's texts are restyled at a new scale: fitted at the
        self._refit.setSingleShot(True)  # resize alone, a legend line's old (×2.5) height left five columns at ×1,
        self._refit.setInterval(0)  # wider than the plot (a -k run of the 1024×768 screen tests)
        self._refit.timeout.connect(self.fit_legend)
        self._fitted: tuple | None = None  # what the legend was last fitted to (line height, rooms, texts' widths)
        self.widget.centralWidget.installEventFilter(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_legend()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._refit.start()
        return False

    def fit_legend(self) -> None:
        """The legend in as few columns as the plot's height holds beside its view box (one entry a row when tall),
        and never so many that it leaves the view box less than half the plot's width."""
        row = self.legend.items[0][1].boundingRect().height()  # a legend line, at the scale on screen
        room = self.height() - self.facts.sizeHint().height() - 4 * row  # less the title and the x axis
        across = self.width() // 2 - self.plot.getAxis("left").width()
        texts = tuple(round(label.boundingRect().width()) for _sample, label in self.legend.items)
        key = (round(row), round(room), round(across), texts)
        if key == self._fitted:  # refolding asks for a layout, which asks for a fit: only what changed is fitted again
            return
        self._fitted = key
        for columns in range(1, len(self.legend.items) + 1):
            if columns != self.legend.columnCount:
                set_legend_columns(self.legend, columns)
            least = self.legend.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize)
            if least.height() <= room:
                break
            if columns > 1 and least.width() > across:  # one column fewer: taller than the room, but within the view
                set_legend_columns(self.legend, columns - 1)
                break

    def _on_click(self, event) -> None:
        point = self.plot.vb.mapSceneToView(event.scenePos())
        if -6 <= point.x() <= 6 and self.plot.vb.sceneBoundingRect().contains(event.scenePos()):
            event.accept()
            self.clicked.emit(point.x(), point.y(), event.button(), event.modifiers())

    def contributions(self) -> bool:
        return self.contributions_check.isChecked()

    def set_contributions(self, on: bool) -> None:
        self.contributions_check.setChecked(on)

    def set_show_test(self, shown: bool) -> None:
        self.test.setVisible(shown)

    def show_run(self, run: RunFrame) -> None:
        fit = self.fit = run.fit if run.fit is not None else fit_of(run.config, list(run.weights))  # the worker's
        own = run.config.points is not None and run.config.target is None  # the user's points: no g(x) beside them
        cfg = run.config
        target = (own, cfg.dataset, cfg.target, cfg.target_params, target_legend(cfg))  # what the target curve shows
        # by value: frames from the training process come unpickled, the same points in new arrays each frame
        if target != self._target or not same_points(self._data, run.data):
            data, self._data, self._target = run.data, run.data, target
            self.train.setData(data.xy[data.train, 0], data.labels[data.train])
            self.test.setData(data.xy[~data.train, 0], data.labels[~data.train])
            self.target.setData(*((fit.x, fit.target) if not own else ([], [])), connect="finite")
            self.legend.getLabel(self.target).setText(target[-1])  # "target: y = |x| / 3", as exported
            values = np.concatenate([fit.target[np.isfinite(fit.target)] if not own else fit.output[:0], data.labels])
            low, high = float(values.min()), float(values.max())
            pad = 0.15 * max(high - low, 1.0)
            self.plot.setYRange(low - pad, high + pad, padding=0)
        self.output.setData(fit.x, fit.output)
        self.kinks.setData(fit.kinks, np.interp(fit.kinks, fit.x, fit.output))
        self._show_units()
        self.facts.setText(two_lines(fit_facts(fit)))
        self.facts.setToolTip(fit_facts(fit))

    def _show_units(self) -> None:
        fit, shown = self.fit, self.contributions()
        rows = fit.contributions if fit is not None and shown else np.zeros((0, 0))
        for k, item in enumerate(self.units):
            if k < len(rows):
                item.setData(fit.x, rows[k])  # type: ignore[union-attr]  # rows has entries only with a fit
                item.setVisible(True)
            else:
                item.setVisible(False)


def two_lines(sentence: str) -> str:
    """The facts sentence on two lines: before its bracket (or after its colon), then the rest."""
    for mark in ("（", " ("):
        if mark in sentence:
            head, tail = sentence.split(mark, 1)
            return f"{head}\n{mark.strip()}{tail}"
    for mark in ("：", ": "):
        if mark in sentence:
            head, tail = sentence.split(mark, 1)
            return f"{head}{mark.strip()}\n{tail}"
    return sentence


def sync_task(controls, dataset: str, move: bool = True) -> bool:
    """Fit the panels to ``dataset``'s task; True when (``move``) the learning settings moved to the regression
    defaults (entering regression from classification: plain SGD at lr 0.03 diverges there, see engine.regression)."""
    entry = get_dataset(dataset)
    training = controls.training_box
    combo = training.loss_combo
    regression = entry.regression and (controls.data_box.points() is None or entry.inputs == 1)  # a curve's points: targets
    moved = False
    combo.blockSignals(True)
    training.blockSignals(True)
    try:
        if regression:
            moved = combo.currentData() != SQUARED
            combo.setCurrentIndex(combo.findData(SQUARED))
        elif combo.currentData() == SQUARED:
            combo.setCurrentIndex(0)  # the classification lesson's first loss
        combo.setEnabled(not regression)
        combo.view().setRowHidden(combo.findData(SQUARED), not regression)  # not offered for classes
        for feature, check in training.feature_checks.items():
            check.setEnabled(not (regression and entry.inputs == 1 and "x2" in feature))
        if moved and move:
            training.optimizer_combo.setCurrentIndex(training.optimizer_combo.findData(REGRESSION_DEFAULTS["optimizer"]))
            training.set_lr(REGRESSION_DEFAULTS["lr"])
    finally:
        combo.blockSignals(False)
        training.blockSignals(False)
    return moved and move


def grid_roles(stack: QStackedWidget, views: QWidget) -> None:
    """The training tab's grid cells: the map ``stack`` square (a fit: :func:`arrange_fit`), its row taking the height
    the curves do not need (a larger map); the ``views`` two plots tall when narrow (loss above accuracy), one where
    two plots fit across (side by side: ``CurvesView._arrange``)."""
    stack.setProperty(SQUARE, True)
    stack.setProperty(ROW_STRETCH, 2)
    views.setProperty(PLOT_ROWS, 2)
    views.setProperty(WIDE_ROWS, 1)


def arrange_fit(grid: ReflowGrid, stack: QStackedWidget, curve: bool, others: list[QWidget]) -> None:
    """Show the fit view (``curve``) or the decision map in ``stack``: a square map among the ``others`` in
    ``grid``, a 1-D fit (a curve, not bound to a square) on a row of its own above them, wide and tall."""
    stack.setCurrentIndex(1 if curve else 0)
    stack.setProperty(SQUARE, not curve)
    stack.setProperty(FULL_ROW, curve)
    shown = stack.currentWidget()
    stack.setProperty(PLOT_ROWS, shown.property(PLOT_ROWS) if shown is not None else None)
    grid.set_cells([stack, *others] if curve else [others[0], stack, *others[1:]])
