"""The side-by-side lesson: the linear model and the chosen activation, trained on the same points at once.

Two decision maps above their loss curves; the titles say each one's test accuracy, so the
lesson reads at a glance: the linear model stays near chance on the rings, the other solves them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from engine.resolve import resolve_activation
from gui.common.engine_text import engine_tr
from gui.common.legends import set_legend_columns
from gui.common.ranges import SteppedRange
from gui.common.responsive import SQUARE, SQUARE_FLOOR, ReflowGrid
from gui.common.scene_style import TITLE_ROOM
from gui.common.square import FittedTitle
from gui.common.theme import add_legend, dot_style, new_plot_widget
from gui.training.plots import TEST_COLOR, TRAIN_COLOR, DecisionMap, HistoryColumns, pen
from gui.training.runs import Frame, RunFrame

LEGEND_SHARE = 0.5  # the most of a loss plot's width or height its legend may cover
#: The share of a map's readable least height it keeps where the maps and whole loss plots do not fit: 1280×800 and
#: 1366×768 at ×1.5 fit with it; at ×2.5 on 1920×1080 fitting needed 0.55, maps of ~150 px whose titles were cut to
#: "56% ·…" (which network is which lost), so there the maps keep this floor and the grid scrolls to the loss plots.
MAP_FLOOR = 0.75


class LossView(QWidget):
    """Train and test loss of one run."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = new_plot_widget(title=self.tr("Loss"), bottom=self.tr("epoch"))
        self.plot = self.widget.getPlotItem()
        self.legend = add_legend(self.plot, offset=(-10, 10))
        self.train = self.plot.plot(pen=pen(TRAIN_COLOR), name=self.tr("train"))
        self.test = self.plot.plot(pen=pen(TEST_COLOR, dashed=True), name=self.tr("test"))
        set_legend_columns(self.legend, 2)  # one row: it covers less of the curves than two
        self.plot.vb.sigResized.connect(self.place_legend)
        self.range = SteppedRange(self.plot, zero_y=True)  # in steps, not per epoch (see gui.common.ranges)
        self.columns = HistoryColumns()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

    def place_legend(self, *_args) -> None:
        """The legend only over a plot that holds it (as the race's): where it would cover much of a small plot (lesson 1
        presenting on a small screen, the maps above it squeezed) it hides; the curves' colours and dashes say the rest."""
        box = self.plot.vb.size()
        legend = self.legend.layout.effectiveSizeHint(Qt.SizeHint.MinimumSize)
        self.legend.setVisible(legend.width() <= LEGEND_SHARE * box.width() and legend.height() <= LEGEND_SHARE * box.height())

    def show_run(self, run: RunFrame) -> None:
        c = self.columns.update(run.history)
        for item, name in ((self.train, "train_loss"), (self.test, "test_loss")):
            ok = np.isfinite(c[name])
            item.setData(c["epoch"][ok], c[name][ok], **dot_style(item, ok.sum() == 1))  # one epoch: a dot
        self.range.update(float(c["epoch"][-1]) if len(c["epoch"]) else 0.0, [c["train_loss"], c["test_loss"]])


class LessonView(QWidget):
    """Linear on the left, the chosen activation on the right; maps above, loss curves below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.maps = [DecisionMap(), DecisionMap()]
        for decision_map in self.maps:
            decision_map.setProperty(SQUARE, True)
            decision_map.setProperty(SQUARE_FLOOR, MAP_FLOOR)  # smaller maps, rather than loss curves below the fold
        FittedTitle.join([decision_map.title for decision_map in self.maps])  # both titles whole, or both short
        self.losses = [LossView(), LossView()]
        for plot in [decision_map.plot for decision_map in self.maps] + [loss.plot for loss in self.losses]:
            plot.setProperty(TITLE_ROOM, True)  # the class reads these titles from the back of the room
        self.grid = ReflowGrid([*self.maps, *self.losses], max_columns=2)  # maps side by side, or one column
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

    def show_map(self, frame: Frame, index: int, discretise: bool) -> None:
        """Run ``index``'s map (0: the linear model), titled with its test accuracy."""
        run = frame.runs[index]
        last = run.history[-1]
        name = engine_tr(resolve_activation(run.config.activation).name)
        if index == 0:
            name = self.tr("Linear ({0})").format(name)
        accuracy = last.test_accuracy if np.isfinite(last.test_accuracy) else last.train_accuracy
        titles = (  # the whole title where it fits, else the short one (the numbers under the map say which accuracy)
            self.tr("test accuracy {1:.0%} · {0}").format(name, accuracy),
            self.tr("{1:.0%} · {0}", "a narrow map's title: its test accuracy, then its model").format(name, accuracy),
        )
        self.maps[index].show_run(run, discretise, titles)

    def show_losses(self, frame: Frame) -> None:
        for loss_view, run in zip(self.losses, frame.runs, strict=True):
            loss_view.show_run(run)
