"""A long run's history plots draw a few points per pixel, not every epoch (50,000 epochs: 0.24 s a frame before),
and the dead-units title still reads the last epoch that measured them."""

import dataclasses

import numpy as np
import pytest

from engine.training import TrainConfig, Trainer
from gui.training.plots import CurvesView, GradientView

pytestmark = pytest.mark.gui

EPOCHS = 20_000


class Run:
    def __init__(self, history):
        self.history = tuple(history)


@pytest.fixture(scope="module")
def history():
    trainer = Trainer(TrainConfig(hidden=(4, 2), activation="relu"))
    trainer.step(1)
    last = trainer.history[-1]
    norms = np.asarray(last.grad_norms)
    rows = [
        dataclasses.replace(last, epoch=k, train_loss=1 / (k + 1), test_loss=1.1 / (k + 1), grad_norms=norms / (k + 1))
        for k in range(EPOCHS)
    ]
    rows[-2] = dataclasses.replace(rows[-2], dead_share=np.array([0.25, 0.5]))
    rows[-1] = dataclasses.replace(rows[-1], dead_share=np.full(2, np.nan))  # the last epoch did not measure them
    return rows


@pytest.mark.parametrize("view_class", [CurvesView, GradientView])
def test_history_plots_draw_a_few_points_per_pixel(qtbot, history, view_class):
    view = view_class()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    view.show_run(Run(history))
    curves = [view.train_loss, view.test_loss] if view_class is CurvesView else view.curves
    for curve in curves:
        x, _ = curve.getData()  # what is drawn, after downsampling
        # pyqtgraph keeps 5 samples a pixel, min and max of each: at most 10 a pixel of the 600 (every epoch: 20,000)
        assert 0 < len(x) <= 10 * 600 and x.min() <= 10 and x.max() >= EPOCHS - 20


def test_dead_units_title_reads_the_last_epoch_that_measured_them(qtbot, history):
    view = GradientView()
    qtbot.addWidget(view)
    view.show_run(Run(history))
    assert "25%" in view.plot.titleLabel.text and "50%" in view.plot.titleLabel.text
