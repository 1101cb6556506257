"""The views skip what did not change since the last frame, compared by value (frames from the training process come
unpickled: new objects every frame), and still show what did change: new points, another run, a re-measured epoch."""

import pickle
from dataclasses import replace

import numpy as np
import pytest

import gui.training.fit_view as fit_view_module
import gui.training.plots as plots_module
from engine.datasets import Points, make_data
from engine.training import TABLE_HEADER, TrainConfig
from engine.training_views import View
from figures.fit import target_legend
from gui.training.fit_view import FitView
from gui.training.lesson_view import LossView
from gui.training.plots import CurvesView, DecisionMap, GradientView, HiddenSpaceView, HistoryColumns
from gui.training.runs import TrainingRuns

pytestmark = pytest.mark.gui

CIRCLE = TrainConfig(hidden=(3,), seed=2)
CURVE = TrainConfig(dataset="sine", hidden=(4,), activation="relu", optimizer="adam", lr=0.01, seed=2)


def frames(config: TrainConfig, steps: tuple[int, ...]):
    """The main run after each number of ``steps``, pickled and read back as the training process's frames are."""
    runs = TrainingRuns()
    return [
        pickle.loads(pickle.dumps(runs.step(config, False, View(units=False), n, lambda *_: None, lambda: False).main))
        for n in steps
    ]


def shown_points(view: DecisionMap) -> dict:
    return {key: np.column_stack(item.getData()) for key, item in view.points.items()}


def expected_points(config: TrainConfig) -> dict:
    """Each (class, is training) item's points, from the dataset made afresh by the engine."""
    data = make_data(config.dataset, config.samples, config.noise, config.train_ratio, config.seed)
    return {
        (label, train): data.xy[(data.labels == label) & (data.train == train)] for label in (0, 1) for train in (True, False)
    }


class Calls:
    def __init__(self, real) -> None:
        self.real, self.count = real, 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.real(*args, **kwargs)


def test_the_map_sets_its_points_once_for_unpickled_frames_and_again_for_new_points(qtbot, monkeypatch):
    view = DecisionMap()
    qtbot.addWidget(view)
    calls = Calls(plots_module.show_points)
    monkeypatch.setattr(plots_module, "show_points", calls)
    for run in frames(CIRCLE, (1, 1, 1)):
        view.show_run(run)
    assert calls.count == 1  # the same points in new arrays: set once
    for key, points in expected_points(CIRCLE).items():
        np.testing.assert_array_equal(shown_points(view)[key], points)
    other = replace(CIRCLE, dataset="xor", seed=5)
    view.show_run(frames(other, (1,))[0])
    assert calls.count == 2
    for key, points in expected_points(other).items():  # not the circle's any more
        np.testing.assert_array_equal(shown_points(view)[key], points)


def test_the_map_shows_a_point_the_user_added(qtbot):
    view = DecisionMap()
    qtbot.addWidget(view)
    view.show_run(frames(CIRCLE, (1,))[0])
    data = make_data(CIRCLE.dataset, CIRCLE.samples, CIRCLE.noise, CIRCLE.train_ratio, CIRCLE.seed)
    xy = np.vstack([data.xy, [[5.5, -5.5]]])
    labels = np.append(data.labels, 1)
    own = replace(CIRCLE, points=Points(xy, labels))
    run = frames(own, (1,))[0]
    view.show_run(run)
    shown = np.vstack(list(shown_points(view).values()))
    assert len(shown) == len(run.data.xy) == len(data.xy) + 1
    assert any(np.array_equal(row, [5.5, -5.5]) for row in shown)


def test_the_fit_view_sets_its_points_once_for_unpickled_frames_and_again_for_another_curve(qtbot, monkeypatch):
    view = FitView()
    qtbot.addWidget(view)
    runs = frames(CURVE, (1, 1, 1))
    calls = Calls(view.train.setData)
    monkeypatch.setattr(view.train, "setData", calls)
    for run in runs:
        view.show_run(run)
    assert calls.count == 1
    np.testing.assert_array_equal(view.output.getData()[1], runs[-1].fit.output)  # the fit itself follows every frame
    other = replace(CURVE, seed=7)  # the same curve and target, other points
    run = frames(other, (1,))[0]
    view.show_run(run)
    assert calls.count == 2
    data = make_data(other.dataset, other.samples, other.noise, other.train_ratio, other.seed)
    shown_x, shown_y = view.train.getData()
    np.testing.assert_array_equal(shown_x, data.xy[data.train, 0])
    np.testing.assert_array_equal(shown_y, data.labels[data.train])
    formula = replace(CURVE, dataset="abs")
    view.show_run(frames(formula, (1,))[0])
    assert view.legend.getLabel(view.target).text == fit_view_module.target_legend(formula) != target_legend(CURVE)


def assert_columns_are(columns: dict, norms: np.ndarray, history) -> None:
    for name in TABLE_HEADER:
        np.testing.assert_array_equal(columns[name], [getattr(s, name) for s in history])
    np.testing.assert_array_equal(norms, np.array([s.grad_norms for s in history]))


def test_history_columns_follow_unpickled_frames_a_remeasured_last_epoch_and_another_run_of_the_same_length():
    columns = HistoryColumns()
    runs = TrainingRuns()
    history: tuple = ()
    for n in (1, 3, 1, 5):  # each frame's history unpickled whole: new objects, the same values
        frame = runs.step(CIRCLE, False, View(units=False), n, lambda *_: None, lambda: False)
        history = pickle.loads(pickle.dumps(frame.main.history))
        got = columns.update(history)
    assert_columns_are(got, columns.grad_norms, history)
    last = history[-1]
    remeasured = (*history[:-1], replace(last, grad_norms=last.grad_norms * 2 + 1.0))  # resent, measured since
    assert_columns_are(columns.update(remeasured), columns.grad_norms, remeasured)
    # the same network at another learning rate: the same epoch 0, other epochs after it
    other = TrainingRuns().step(
        replace(CIRCLE, lr=0.3), False, View(units=False), len(history) - 1, lambda *_: None, lambda: False
    )
    assert len(other.main.history) == len(history) and other.main.history[0].train_loss == history[0].train_loss
    assert_columns_are(columns.update(other.main.history), columns.grad_norms, other.main.history)


def test_hidden_space_labels_are_set_when_they_change_only(qtbot, monkeypatch):
    view = HiddenSpaceView()
    qtbot.addWidget(view)
    config = TrainConfig(hidden=(3, 2), seed=2)
    runs = TrainingRuns()

    def frame(layer: int, units: tuple[int, int]):
        made = runs.step(
            config, False, View(units=False, hidden_layer=layer, hidden_units=units), 1, lambda *_: None, lambda: False
        )
        return pickle.loads(pickle.dumps(made.main))

    def labels() -> tuple[str, str, str]:
        plot = view.plot
        return plot.getAxis("bottom").labelText, plot.getAxis("left").labelText, plot.titleLabel.text

    view.show_run(frame(1, (1, 3)))
    assert labels() == ("layer 1, unit 1", "layer 1, unit 3", "Hidden space: the data as layer 1 sees it")
    calls = Calls(view.plot.setLabel)
    monkeypatch.setattr(view.plot, "setLabel", calls)
    view.show_run(frame(1, (1, 3)))  # the next epoch, the same units
    assert calls.count == 0
    view.show_run(frame(2, (2, 1)))
    assert labels() == ("layer 2, unit 2", "layer 2, unit 1", "Hidden space: the data as layer 2 sees it")
    assert view.plot.getAxis("bottom").label.toPlainText().strip() == "layer 2, unit 2"  # on screen, not only stored


def test_the_gradient_title_follows_the_dead_units(qtbot):
    view = GradientView()
    qtbot.addWidget(view)
    run = frames(TrainConfig(hidden=(3,), seed=2), (2,))[0]
    view.show_run(run)
    assert view.plot.titleLabel.text == "Gradient norm per layer"
    last = run.history[-1]
    dead = replace(run, history=(*run.history[:-1], replace(last, dead_share=np.array([0.5]))))
    view.show_run(dead)
    assert view.plot.titleLabel.text == "Gradient norm per layer — dead units layer 1: 50%"
    view.show_run(run)
    assert view.plot.titleLabel.text == "Gradient norm per layer"


def test_the_map_image_is_placed_again_only_for_another_raster(qtbot, monkeypatch):
    view = DecisionMap()
    qtbot.addWidget(view)
    run = frames(CIRCLE, (1,))[0]
    view.show_run(run)
    calls = Calls(view.image.setRect)
    monkeypatch.setattr(view.image, "setRect", calls)
    view.show_run(pickle.loads(pickle.dumps(run)))  # the same extent and raster: placed already
    assert calls.count == 0
    snap = run.snapshot
    coarse = replace(snap, output=snap.output[::2, ::2], size=snap.size // 2)  # half the cells: stretched over the same square
    view.show_run(replace(run, snapshot=coarse))
    assert calls.count == 1
    placed = view.image.mapRectToParent(view.image.boundingRect())
    assert (placed.x(), placed.y(), placed.width(), placed.height()) == pytest.approx(snap.extent)


@pytest.mark.parametrize("kind", [CurvesView, LossView])
def test_a_run_at_epoch_0_shows_dots_its_next_epochs_lines_and_a_reset_dots_again(qtbot, kind):
    view = kind()
    qtbot.addWidget(view)
    runs = TrainingRuns()
    start = runs.rebuild(CIRCLE, False, View(units=False), True, lambda *_: None, lambda: False).main
    curves = (
        (view.train_loss, view.test_loss, view.train_accuracy, view.test_accuracy)
        if kind is CurvesView
        else (view.train, view.test)
    )
    for run, dots in ((start, True), *((r, False) for r in frames(CIRCLE, (1, 1))), (start, True)):
        view.show_run(pickle.loads(pickle.dumps(run)))
        for item in curves:
            assert (item.opts["symbol"] == "o") is dots and item.scatter.isVisible() is dots
            assert len(item.getData()[0]) == len(run.history)
