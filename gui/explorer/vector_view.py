"""The vector view for the activations of a whole vector (the registry's vector entries: softmax & co.).

An editable input vector (default: the seeds' logits), the registry's parameters
(a temperature slider for the softmax family), the output as bars and the
Jacobian ∂yᵢ/∂xⱼ from autograd as a heat map: the true derivative of a function
of a whole vector, not the function applied twice.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qthrottled

import engine
from engine.activations import vector_ids
from engine.errors import EngineError
from engine.evaluate import checked_params
from engine.params import ascii_number_text, parse_numbers
from figures.builders import VECTOR_INPUT_COLOR, VECTOR_OUTPUT_COLOR, symmetric_levels
from figures.palette import color
from gui.common.engine_messages import engine_message
from gui.common.engine_text import engine_tr
from gui.common.param_panel import PROBLEM_STYLE, SliderParamPanel
from gui.common.responsive import PLOT_ROWS, WIDE_PAGE, ReflowGrid
from gui.common.theme import (
    BACKGROUND,
    DIVERGING_COLORMAP,
    FOREGROUND,
    LABEL_PT,
    TEXT,
    TICK_FONT_PT,
    ZERO_LINE,
    colormap,
    style_axes,
    style_colorbar,
)
from states.explorer import DEFAULT_LOGITS

# The seeds' logits: ten class scores with one clear winner.
CELL_TEXT_LIMIT = 144  # write each Jacobian entry in its cell up to 12 x 12
LABEL_GAP = 4  # px: the least space between two value labels over the bars
LABEL_ROOM = 0.45  # the most of the plot's height the value labels may take


def bar_label(value: float) -> str:
    """A bar's value for its label: two significant digits (the readout gives four)."""
    return f"{value:.2g}"


def parse_vector(text: str) -> list[float]:
    """Numbers separated by commas, semicolons or spaces, in ASCII or full-width forms (``"１，２３"``);
    EngineError names what is wrong."""
    plain = ascii_number_text(text).replace(";", ",")
    if not plain.strip(" ,"):
        raise EngineError("vector", "type at least one number")
    return [float(v) for v in parse_numbers(plain.strip(" ,"), "vector")]


def _cell(value: float) -> str:
    """A Jacobian entry for its cell: three decimals, and a plain 0 instead of -0.000."""
    text = f"{value:.3f}"
    return "0" if text in ("0.000", "-0.000") else text


def _style_plot(widget: pg.PlotWidget, bottom: str, left: str, grid: bool = True) -> pg.PlotItem:
    plot = widget.getPlotItem()
    style_axes(plot, grid_x=False, grid_y=grid)
    plot.setLabel("bottom", bottom, **{"font-size": "12pt"})
    plot.setLabel("left", left, **{"font-size": "12pt"})
    plot.hideButtons()
    return plot


def _title_across(plot: pg.PlotItem) -> None:
    """Centre ``plot``'s title across its view and colour bar, and let a narrow window cut it rather
    than push the colour bar and its numbers out of sight (pyqtgraph makes a title's width a minimum)."""
    title = plot.titleLabel
    plot.layout.removeItem(title)
    plot.layout.addItem(title, 0, 1, 1, plot.layout.columnCount() - 1)

    def height_only() -> None:
        title.setMinimumHeight(title.item.mapRectToParent(title.item.boundingRect()).height())

    title.updateMin = height_only
    title.setMinimumWidth(0)


class VectorView(QWidget):
    """Output bars and Jacobian heat map of one vector activation.

    ``computed`` fires after the plots show a new result; ``status(text)`` reports
    the device and dtype used, or why an input was refused.
    """

    computed = Signal()
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.activation_id = vector_ids()[0]
        self.params: dict = checked_params(engine.get_activation(self.activation_id), {})
        self.vector: list[float] = list(DEFAULT_LOGITS)
        self.device, self.dtype = "auto", "float32"
        self.result: engine.VectorResult | None = None

        self.input_edit = QLineEdit(", ".join(f"{v:g}" for v in self.vector))
        self.input_edit.setToolTip(self.tr("Numbers separated by commas; press Enter to apply"))
        self.input_edit.editingFinished.connect(self._input_edited)
        reset = QPushButton(self.tr("Seed logits"))
        reset.setToolTip(self.tr("Back to the example logits 0.2, 0.02, …, 3.75"))
        reset.clicked.connect(lambda: self.set_vector(DEFAULT_LOGITS))
        self.input_problem = QLabel()
        self.input_problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed: never read as HTML
        self.input_problem.setWordWrap(True)
        self.input_problem.setStyleSheet(PROBLEM_STYLE)
        self.input_problem.hide()
        self.param_box = QWidget()
        self.param_layout = QVBoxLayout(self.param_box)
        self.param_layout.setContentsMargins(0, 0, 0, 0)
        self.param_panel: SliderParamPanel | None = None

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Input vector x:")))
        top.addWidget(self.input_edit, 1)
        top.addWidget(reset)

        self.input_widget = pg.PlotWidget(background=BACKGROUND)
        self.input_plot = _style_plot(self.input_widget, "", self.tr("input x"))
        # the bars' colours are the export's (figures.vector_figure): one source for both
        self.input_bars = pg.BarGraphItem(
            x=[], height=[], width=0.6, brush=pg.mkBrush(color(VECTOR_INPUT_COLOR)), pen=pg.mkPen(None)
        )
        self.bar_widget = pg.PlotWidget(background=BACKGROUND)
        self.bar_plot = _style_plot(self.bar_widget, self.tr("index i"), self.tr("output"))
        self.output_bars = pg.BarGraphItem(
            x=[], height=[], width=0.6, brush=pg.mkBrush(color(VECTOR_OUTPUT_COLOR)), pen=pg.mkPen(None)
        )
        for widget, plot, bars in (
            (self.input_widget, self.input_plot, self.input_bars),
            (self.bar_widget, self.bar_plot, self.output_bars),
        ):
            plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen(ZERO_LINE)), ignoreBounds=True)
            plot.addItem(bars)
            plot.getAxis("left").setWidth(64)
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            widget.scene().sigMouseMoved.connect(lambda pos, plot=plot: self._hover(plot, pos))
            widget.installEventFilter(self)
        self.input_plot.setXLink(self.bar_plot)
        self.label_font = QFont()
        self.label_font.setPointSize(TICK_FONT_PT - 1)
        self.bar_texts: list[pg.TextItem] = []
        self.label_mode = "hidden"  # "flat", "upright" or "hidden": how the value labels over the bars fit
        self.hovered: int | None = None  # the index i (from 1) of the bar under the pointer
        self.bar_plot.getViewBox().sigResized.connect(lambda vb: self._fit_bar_labels())

        self.jac_widget = pg.PlotWidget(background=BACKGROUND)
        self.jac_plot = _style_plot(self.jac_widget, self.tr("input j"), self.tr("output i"), grid=False)
        self.jac_plot.getViewBox().invertY(True)
        self.jac_plot.getViewBox().setAspectLocked(True, ratio=1)  # square cells, whatever the widget's shape
        self.jac_plot.setTitle(self.tr("Jacobian ∂yᵢ/∂xⱼ"), color=TEXT, size="12pt")
        self.image = pg.ImageItem()
        self.jac_plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(
            values=(-1, 1), colorMap=colormap(DIVERGING_COLORMAP), interactive=False, pen=FOREGROUND, colorMapMenu=False
        )
        self.colorbar.setImageItem(self.image, insert_in=self.jac_plot)
        style_colorbar(self.colorbar, "∂yᵢ/∂xⱼ", LABEL_PT + 2)  # a symbol with subscripts: larger than the ticks
        _title_across(self.jac_plot)
        self.cell_texts: list[pg.TextItem] = []
        self.jac_plot.getViewBox().sigResized.connect(lambda vb: self._fit_cell_texts())

        self.readout = QLabel()
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)

        bars = QSplitter(Qt.Orientation.Vertical)
        bars.addWidget(self.input_widget)
        bars.addWidget(self.bar_widget)
        bars.setSizes([200, 400])
        bars.setProperty(PLOT_ROWS, 2)
        self.jac_widget.setProperty(PLOT_ROWS, 2)  # two plots tall: at 1024×768 one plot's height left it 80 px
        self.setProperty(WIDE_PAGE, True)  # the Jacobian beside the bars: the explorer's panels fold for it
        splitter = ReflowGrid([bars, self.jac_widget], max_columns=2)  # side by side, or the Jacobian below
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.input_problem)
        layout.addWidget(self.param_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.caption)
        self._throttled_recompute = qthrottled(self.recompute, timeout=25, leading=True)
        # Computed when first shown, not here: the explorer builds this view hidden, before its first curve.
        self._use_activation(engine.get_activation(self.activation_id), self.params)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.result is None:
            self.recompute()

    # ---- public API ---------------------------------------------------------
    def set_activation(self, activation_id: str) -> None:
        act = engine.get_activation(activation_id)
        if not act.vector:
            raise EngineError("activation", f"{activation_id} is elementwise")
        self._use_activation(act, checked_params(act, {}))
        self.recompute()

    def show_result(self, result: engine.VectorResult) -> None:
        """Show a result computed elsewhere (a session's): its activation, input and parameters become the view's."""
        self._use_activation(engine.get_activation(result.activation), dict(result.params))
        self.vector = [float(v) for v in result.input]
        self.input_edit.setText(", ".join(f"{v:g}" for v in self.vector))
        self._show_result(result)

    def _use_activation(self, act: engine.Activation, params: dict) -> None:
        """``act`` with ``params`` (checked) in the view: its sliders and the output axis's name; nothing computed."""
        self.activation_id = act.id
        self.params = params
        if self.param_panel is not None:
            self.param_layout.removeWidget(self.param_panel)
            self.param_panel.deleteLater()
        self.param_panel = SliderParamPanel(act.params, self.params)
        self.param_panel.changed.connect(self._param_edited)
        self.param_panel.reset_requested.connect(self._reset_params)
        self.param_layout.addWidget(self.param_panel)
        self.bar_plot.setLabel("left", engine_tr(act.name) + "(x)", **{"font-size": "12pt"})

    def set_vector(self, values: Sequence[float]) -> bool:
        """Use ``values`` as the input; False (and a visible reason) if the engine refuses them."""
        previous = self.vector
        self.vector = [float(v) for v in values]
        if not self.recompute():
            self.vector = previous
            return False
        self.input_edit.setText(", ".join(f"{v:g}" for v in self.vector))
        return True

    def set_param(self, name: str, value) -> bool:
        """Set a parameter (e.g. temperature); False (and a visible reason) if refused."""
        try:
            new = checked_params(engine.get_activation(self.activation_id), {**self.params, name: value})
        except EngineError as exc:
            self._show_param_problem(name, exc.message)
            return False
        self.params = new
        if self.param_panel is not None:
            self.param_panel.set_values(new)
        return self.recompute()

    def set_compute(self, device: str, dtype: str) -> None:
        self.device, self.dtype = device, dtype
        if self.isVisible():
            self.recompute()

    def recompute(self) -> bool:
        """Evaluate and redraw; on bad input keep the last good plot and say why."""
        try:
            result = engine.evaluate_vector(self.activation_id, self.vector, self.params, device=self.device, dtype=self.dtype)
        except EngineError as exc:
            self._show_input_problem(exc.message)
            return False
        except RuntimeError as exc:  # e.g. an op without a kernel for this dtype
            self._show_input_problem(self.tr("cannot compute in {0}: {1}").format(self.dtype, exc))
            return False
        self._show_result(result)
        return True

    def _show_result(self, result: engine.VectorResult) -> None:
        self._show_input_problem("")
        self.result = result
        self._draw(result)
        message = self.tr("{0} computed on {1} in {2}").format(
            engine_tr(engine.get_activation(result.activation).name), result.device.upper(), result.dtype
        )
        if result.fallback_reason:
            message += " — " + result.fallback_reason
        self.status.emit(message)
        self.computed.emit()

    # ---- drawing ----------------------------------------------------------------
    def _draw(self, result: engine.VectorResult) -> None:
        n_in, n_out = len(result.input), len(result.output)
        idx_in = np.arange(1, n_in + 1, dtype=float)
        idx_out = np.arange(1, n_out + 1, dtype=float)
        self.input_bars.setOpts(x=idx_in, height=result.input, width=0.6)
        self.output_bars.setOpts(x=idx_out, height=result.output, width=0.6)
        while len(self.bar_texts) < n_out:
            text = pg.TextItem(color=TEXT)
            text.setFont(self.label_font)
            text.textItem.document().setDocumentMargin(1)  # the label's box is its text: boxes apart, texts apart
            self.bar_plot.addItem(text)
            self.bar_texts.append(text)
        for i, text in enumerate(self.bar_texts[:n_out]):
            text.setText(bar_label(float(result.output[i])))
            text.setPos(i + 1, float(result.output[i]))
        self.bar_plot.setXRange(0.4, max(n_in, n_out) + 0.6, padding=0)
        self._fit_bar_labels()
        self._show_readout()
        ticks_in = [[(i, str(i)) for i in range(1, n_in + 1)]] if n_in <= 24 else None
        ticks_out = [[(i, str(i)) for i in range(1, n_out + 1)]] if n_out <= 24 else None
        for axis, ticks in (
            (self.input_plot.getAxis("bottom"), ticks_in),
            (self.bar_plot.getAxis("bottom"), ticks_out),
            (self.jac_plot.getAxis("bottom"), ticks_in),
            (self.jac_plot.getAxis("left"), ticks_out),
        ):
            axis.setTicks(ticks)

        jac = result.jacobian
        self.image.setImage(jac.T, autoLevels=False)
        self.image.setRect(0.5, 0.5, n_in, n_out)
        self.colorbar.setLevels(symmetric_levels(jac))  # as the export draws it (figures.vector_figure)
        self.jac_plot.setXRange(0.5, n_in + 0.5, padding=0)
        self.jac_plot.setYRange(0.5, n_out + 0.5, padding=0)
        cells = n_in * n_out if n_in * n_out <= CELL_TEXT_LIMIT else 0
        while len(self.cell_texts) < cells:
            text = pg.TextItem(color="#111", anchor=(0.5, 0.5))
            font = QFont()
            font.setPointSize(8)
            text.setFont(font)
            self.jac_plot.addItem(text)
            self.cell_texts.append(text)
        for k, text in enumerate(self.cell_texts):
            if k < cells:
                i, j = divmod(k, n_in)
                text.setText(_cell(jac[i, j]))
                text.setPos(j + 1, i + 1)
            text.setProperty("wanted", k < cells)
        self._fit_cell_texts()
        act = engine.get_activation(result.activation)
        extra = ""
        if act.sums_to_one:
            extra = self.tr("Outputs sum to {0:.6g}. ").format(float(result.output.sum()))
        self.caption.setText(
            extra
            + self.tr("Each row i shows how output yᵢ moves when input xⱼ is nudged. Derivative: ")
            + engine_tr(act.derivative_html)
        )

    def _fit_bar_labels(self) -> None:
        """Value labels over the bars where they are legible: side by side if they fit, upright if
        only that fits, else none (pointing at a bar then shows its value). The y range makes room."""
        if self.result is None:
            return
        y = np.asarray(self.result.output, dtype=float)
        texts = self.bar_texts[: y.size]
        vb = self.bar_plot.getViewBox()
        (x0, x1), _ = vb.viewRange()
        pitch = vb.width() / (x1 - x0) if x1 > x0 else 0.0  # px from one bar to the next
        sizes = [t.textItem.boundingRect() for t in texts]
        wide = max((r.width() for r in sizes), default=0.0)
        tall = max((r.height() for r in sizes), default=0.0)
        if pitch >= wide + LABEL_GAP:
            mode, extent = "flat", tall
        elif pitch >= tall + LABEL_GAP:
            mode, extent = "upright", wide
        else:
            mode, extent = "hidden", tall  # room kept for the one label of the bar pointed at
        finite = y[np.isfinite(y)]
        lo, hi = (min(0.0, float(finite.min())), max(0.0, float(finite.max()))) if finite.size else (0.0, 1.0)
        span = (hi - lo) or 1.0
        room_up = extent + LABEL_GAP if (finite >= 0).any() else 0.0
        room_down = extent + LABEL_GAP if (finite < 0).any() else 0.0
        height = vb.height()
        if room_up + room_down > LABEL_ROOM * height:
            mode, room_up, room_down = "hidden", 0.0, 0.0
        self.label_mode = mode
        total = 1.06 * span / (1.0 - (room_up + room_down) / height) if height > 0 else 1.06 * span
        vb.setYRange(
            lo - 0.03 * span - room_down * total / max(height, 1.0),
            hi + 0.03 * span + room_up * total / max(height, 1.0),
            padding=0,
        )
        for i, (text, value) in enumerate(zip(texts, y, strict=True)):
            shown = mode != "hidden" or self.hovered == i + 1
            upright = mode == "upright"
            up = not value < 0
            text.setAngle(90 if upright else 0)
            # the end of the label touching the bar's end: its bottom (flat) or its start (upright, reading upwards)
            if upright:
                text.setAnchor((0.0, 0.5) if up else (1.0, 0.5))
            else:
                text.setAnchor((0.5, 1.0) if up else (0.5, 0.0))
            text.setVisible(shown and bool(np.isfinite(value)))
        for text in self.bar_texts[y.size :]:
            text.hide()

    # ---- pointing at a bar --------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and watched in (self.input_widget, self.bar_widget):
            self._set_hovered(None)
        return super().eventFilter(watched, event)

    def _hover(self, plot: pg.PlotItem, scene_pos: QPointF) -> None:
        vb = plot.getViewBox()
        index = None
        if self.result is not None and vb.sceneBoundingRect().contains(scene_pos):
            i = round(vb.mapSceneToView(scene_pos).x())
            if 1 <= i <= max(len(self.result.input), len(self.result.output)):
                index = i
        self._set_hovered(index)

    def _set_hovered(self, index: int | None) -> None:
        if index == self.hovered:
            return
        self.hovered = index
        self._fit_bar_labels()
        self._show_readout()

    def _show_readout(self) -> None:
        """The exact values of the bar under the pointer (four significant digits), or how to get them."""
        result, i = self.result, self.hovered
        if result is None or i is None or i > max(len(result.input), len(result.output)):
            self.readout.setText(self.tr("Point at a bar to read its value."))
            return
        parts = [self.tr("i = {0}").format(i)]
        if i <= len(result.input):
            parts.append(self.tr("input xᵢ = {0}").format(f"{float(result.input[i - 1]):.4g}"))
        if i <= len(result.output):
            parts.append(self.tr("output yᵢ = {0}").format(f"{float(result.output[i - 1]):.4g}"))
        self.readout.setText("    ".join(parts))

    def _fit_cell_texts(self) -> None:
        """Write values in the cells only while the cells are wide enough to hold them."""
        if self.result is None:
            return
        n_out, n_in = self.result.jacobian.shape
        size = self.jac_plot.getViewBox().size()
        roomy = size.width() / max(n_in, 1) >= 46 and size.height() / max(n_out, 1) >= 16
        for text in self.cell_texts:
            text.setVisible(roomy and text.property("wanted") is True)

    # ---- widget reactions -------------------------------------------------------
    def _input_edited(self) -> None:
        try:
            values = parse_vector(self.input_edit.text())
        except EngineError as exc:
            self._show_input_problem(exc.message)
            return
        if values != self.vector:
            self.set_vector(values)

    def _param_edited(self, name: str, value) -> None:
        try:
            self.params = checked_params(engine.get_activation(self.activation_id), {**self.params, name: value})
        except EngineError as exc:
            self._show_param_problem(name, exc.message)
            return
        if self.param_panel is not None:
            self.param_panel.show_problem(name, "")
        self._throttled_recompute()

    def _reset_params(self) -> None:
        self.params = checked_params(engine.get_activation(self.activation_id), {})
        if self.param_panel is not None:
            self.param_panel.set_values(self.params)
        self.recompute()

    def _show_input_problem(self, text: str) -> None:
        message = self.tr("Input refused: {0} (the plot shows the last good input)").format(engine_message(text)) if text else ""
        self.input_problem.setText(message)
        self.input_problem.setVisible(bool(text))
        if text:
            self.status.emit(message)

    def _show_param_problem(self, name: str, text: str) -> None:
        if self.param_panel is not None:
            self.param_panel.show_problem(name, text)
            self.param_panel.set_values(self.params)
            self.param_panel.show_problem(name, text)
