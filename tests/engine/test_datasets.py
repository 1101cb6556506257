"""The training lesson's datasets, features and point files, checked against the rules that define them."""

import numpy as np
import pytest
import torch

from engine.datasets import (
    DATASETS,
    DOMAIN,
    FEATURES,
    Points,
    checked_features,
    feature_matrix,
    load_points_csv,
    make_data,
    parse_points_csv,
    points_csv,
    split,
)
from engine.errors import EngineError

SEEDS = range(5)
CLASSIFICATION = [d for d, entry in DATASETS.items() if not entry.regression]  # tests/engine/test_regression.py: the rest


@pytest.mark.parametrize("dataset", CLASSIFICATION)
@pytest.mark.parametrize("noise", [0, 50])
def test_every_dataset_lies_in_the_square_with_labels_0_and_1(dataset, noise):
    data = make_data(dataset, samples=500, noise=noise, seed=3)
    assert data.xy.shape == (500, 2) and data.labels.shape == (500,)
    assert np.all(np.abs(data.xy) <= DOMAIN)
    assert set(np.unique(data.labels)) == {0, 1}


@pytest.mark.parametrize("dataset", ["circle", "gauss", "spiral", "moons"])
def test_datasets_drawn_per_class_have_exactly_half_of_each_class_at_noise_0(dataset):
    for samples in (500, 101):
        labels = make_data(dataset, samples=samples, seed=1).labels
        assert abs(int(labels.sum()) - samples / 2) <= 0.5


def test_xor_classes_are_balanced_within_four_standard_deviations():
    for seed in SEEDS:
        share = make_data("xor", samples=500, seed=seed).labels.mean()
        assert abs(share - 0.5) < 4 * np.sqrt(0.25 / 500)


def test_circle_at_noise_0_is_a_disc_of_radius_2_5_inside_a_ring_from_3_5_to_5():
    for seed in SEEDS:
        data = make_data("circle", seed=seed)
        r = np.hypot(data.xy[:, 0], data.xy[:, 1])
        np.testing.assert_array_equal(data.labels, (r < 2.5).astype(int))
        assert not np.any((r >= 2.5) & (r <= 3.5)) and r.max() <= 5.0


def test_xor_at_noise_0_labels_by_the_sign_of_x1_times_x2_with_a_gap_along_the_axes():
    for seed in SEEDS:
        data = make_data("xor", seed=seed)
        np.testing.assert_array_equal(data.labels, (data.xy[:, 0] * data.xy[:, 1] >= 0).astype(int))
        assert np.abs(data.xy).min() >= 0.3


def test_gauss_at_noise_0_is_separated_by_the_line_x1_plus_x2_equals_0():
    for seed in SEEDS:
        data = make_data("gauss", seed=seed)
        np.testing.assert_array_equal(data.labels, (data.xy.sum(axis=1) > 0).astype(int))


def test_noise_flips_circle_labels_near_the_gap():
    data = make_data("circle", noise=50, seed=0)
    r = np.hypot(data.xy[:, 0], data.xy[:, 1])
    disagree = np.mean(data.labels != (r < 2.5))
    assert 0.01 < disagree < 0.5


def test_same_seed_same_points_and_the_global_random_state_is_untouched():
    np_state, torch_state = np.random.get_state()[1].copy(), torch.get_rng_state().clone()
    a, b = make_data("spiral", noise=20, seed=7), make_data("spiral", noise=20, seed=7)
    np.testing.assert_array_equal(a.xy, b.xy)
    np.testing.assert_array_equal(a.train, b.train)
    assert not np.array_equal(a.xy, make_data("spiral", noise=20, seed=8).xy)
    np.testing.assert_array_equal(np.random.get_state()[1], np_state)
    assert torch.equal(torch.get_rng_state(), torch_state)


@pytest.mark.parametrize("ratio", [10, 50, 90])
def test_the_train_ratio_is_the_share_of_training_points(ratio):
    data = make_data("moons", samples=500, train_ratio=ratio, seed=2)
    assert data.train.sum() == 500 * ratio // 100
    assert len(data.xy) == 500 and len(data.x_train) == 500 * ratio // 100


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"dataset": "rings"}, "dataset"),
        ({"noise": 60}, "noise"),
        ({"noise": -1}, "noise"),
        ({"train_ratio": 95}, "train_ratio"),
        ({"train_ratio": 5}, "train_ratio"),
        ({"samples": 3}, "samples"),
        ({"samples": 2.5}, "samples"),
        ({"seed": -1}, "seed"),
    ],
)
def test_bad_dataset_settings_name_the_field(kwargs, field):
    with pytest.raises(EngineError) as info:
        make_data(**kwargs)
    assert info.value.field == field


def test_every_feature_is_its_formula_of_the_coordinates():
    xy = make_data("xor", samples=50, seed=0).xy
    x1, x2 = xy[:, 0], xy[:, 1]
    expected = {
        "x1": x1,
        "x2": x2,
        "x1_squared": x1**2,
        "x2_squared": x2**2,
        "x1_times_x2": x1 * x2,
        "sin_x1": np.sin(x1),
        "sin_x2": np.sin(x2),
    }
    assert set(expected) == set(FEATURES)
    ids = tuple(FEATURES)
    matrix = feature_matrix(torch.as_tensor(xy), ids).numpy()
    for column, feature in enumerate(ids):
        np.testing.assert_allclose(matrix[:, column], expected[feature], rtol=1e-15)


def test_features_come_in_registry_order_and_bad_lists_name_the_field():
    assert checked_features(["x2", "x1"]) == ("x1", "x2")
    for bad in (["x3"], [], ["x1", "x1"]):
        with pytest.raises(EngineError) as info:
            checked_features(bad)
        assert info.value.field == "features"


def test_placed_points_keep_their_labels_through_the_split():
    points = Points(np.array([[0.0, 1.0], [2.0, -3.0], [-6.0, 6.0], [1.5, 1.5]]), np.array([1, 0, 0, 1]))
    data = split(points, train_ratio=50, seed=0)
    assert data.train.sum() == 2
    np.testing.assert_array_equal(data.xy, points.xy)
    np.testing.assert_array_equal(data.labels, points.labels)


def test_points_outside_the_square_are_refused():
    with pytest.raises(EngineError) as info:
        split(Points(np.array([[7.0, 0.0]]), np.array([1])))
    assert info.value.field == "points"


def test_csv_round_trips_points_exactly(tmp_path):
    data = make_data("gauss", samples=40, noise=30, seed=4)
    path = tmp_path / "points.csv"
    path.write_text(points_csv(Points(data.xy, data.labels)), encoding="utf-8")
    back = load_points_csv(path)
    np.testing.assert_array_equal(back.xy, data.xy)
    np.testing.assert_array_equal(back.labels, data.labels)


def test_csv_without_header_and_with_playground_labels_minus_one_and_one():
    points = parse_points_csv("1.5,-2,1\n-3,4,-1\n")
    np.testing.assert_array_equal(points.xy, [[1.5, -2.0], [-3.0, 4.0]])
    np.testing.assert_array_equal(points.labels, [1, 0])


@pytest.mark.parametrize(
    "text, field",
    [
        ("x1,x2,label\n1,2,1\n3,abc,0\n", "line 3, x2"),
        ("1,2,1\n3,4\n", "line 2"),
        ("1,2,2\n", "line 1, label"),
        ("x1,x2,label\n9,0,1\n", "line 2, x1"),
        ("1,2,-1\n1,2,0\n", "label"),
        ("x1,x2,label\n", "csv"),
    ],
)
def test_a_bad_csv_names_the_line_and_the_column(text, field):
    with pytest.raises(EngineError) as info:
        parse_points_csv(text)
    assert info.value.field == field


def test_an_unreadable_csv_names_the_file(tmp_path):
    with pytest.raises(EngineError) as info:
        load_points_csv(tmp_path / "missing.csv")
    assert info.value.field == "csv"


def test_a_curves_csv_is_x_y_rows_and_a_classification_file_is_refused_naming_its_line():
    from engine.datasets import parse_curve_csv

    points = parse_curve_csv("x,y\n-6,2.5\n0.25,-1e3\n\n6,0\n")
    np.testing.assert_array_equal(points.xy, [[-6, 0], [0.25, 0], [6, 0]])
    np.testing.assert_array_equal(points.labels, [2.5, -1e3, 0.0])
    assert points.labels.dtype == np.float64
    for text, where, said in [
        ("x1,x2,label\n1,2,1\n", "line 1", "classes, not targets"),
        ("x,y\n1,2\n1,2,1\n", "line 3", "expected 2 values"),
        ("x,y\n6.5,1\n", "line 2, x", "outside"),
        ("x,y\n1,nan\n", "line 2, y", "finite"),
        ("x,y\n1,abc\n", "line 2, y", "expected a number"),
        ("x,y\n", "csv", "no points"),
    ]:
        with pytest.raises(EngineError) as refused:
            parse_curve_csv(text)
        assert refused.value.field == where and said in refused.value.message


def test_a_classification_csv_with_a_curves_two_columns_says_so():
    from engine.datasets import parse_points_csv

    with pytest.raises(EngineError) as refused:
        parse_points_csv("x,y\n1,2\n")
    assert refused.value.field == "line 1" and "curve" in refused.value.message
