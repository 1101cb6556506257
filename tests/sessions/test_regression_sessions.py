"""The training tab's regression settings in session files: the fit view's switch round-trips, a version-1 file
without it opens as before, and a regression dataset's loss and inputs are the engine's, however the file says them."""

import json

import numpy as np
import pytest

from sessions import FORMAT, VERSION, SessionError, parse_session, session_text


def _opened(section: dict):
    text = json.dumps({"format": FORMAT, "version": VERSION, "tabs": {"training": section}})
    return parse_session(text)["tabs"]["training"]


def test_the_contributions_switch_goes_to_the_file_and_back():
    state = _opened({"dataset": "sawtooth", "hidden": [6], "activation": "relu", "contributions": True})
    again = parse_session(session_text({"format": FORMAT, "version": VERSION, "tabs": {"training": state}}))["tabs"]["training"]
    assert again == state and again.contributions and again.loss == "squared"


def test_a_version_1_file_without_the_switch_opens_with_it_off_and_writes_no_new_key():
    state = _opened({"dataset": "circle", "hidden": [4, 2]})
    assert state.contributions is False and "contributions" not in state.section()


def test_a_curve_drops_the_features_of_x2_and_takes_squared_error():
    state = _opened({"dataset": "step", "features": ["x1", "x2", "x1_times_x2"], "loss": "bce"})
    assert state.features == ("x1",) and state.loss == "squared"
    assert _opened({"dataset": "gaussians", "features": ["x1", "x2"]}).features == ("x1", "x2")


@pytest.mark.parametrize(
    ("section", "named"),
    [({"dataset": "circle", "loss": "squared"}, "loss"), ({"dataset": "sine", "contributions": "yes"}, "contributions")],
)
def test_bad_regression_values_name_their_field(section, named):
    with pytest.raises(SessionError) as refused:
        _opened(section)
    assert named in str(refused.value)


def test_a_typed_target_goes_to_the_file_and_back_and_its_points_follow_it():
    from engine.training_config import data_for

    state = _opened({"dataset": "abs", "noise": 10, "target": "a*x/4", "target_params": {"a": 2}})
    assert state.section()["target"] == "a*x/4" and state.section()["target_params"] == {"a": 2.0}
    again = parse_session(session_text({"format": FORMAT, "version": VERSION, "tabs": {"training": state}}))["tabs"]["training"]
    assert again == state
    data, own = data_for(state.config()), data_for(_opened({"dataset": "abs", "noise": 10}).config())
    x = data.xy[:, 0]
    np.testing.assert_allclose(data.labels - x / 2, own.labels - np.abs(x) / 3, atol=1e-12)
    assert "target" not in _opened({"dataset": "abs"}).section()  # files without one write no new key


@pytest.mark.parametrize(
    ("section", "named"),
    [
        ({"dataset": "sine", "target": "sin("}, "target"),
        ({"dataset": "sine", "target": 3}, "target"),
        ({"dataset": "spiral", "target": "x"}, "target"),
        ({"dataset": "sine", "target": "x", "target_params": []}, "target_params"),
        ({"dataset": "sine", "target": "sqrt(x)"}, "target"),
    ],
)
def test_a_bad_target_is_named(section, named):
    with pytest.raises(SessionError) as refused:
        _opened(section)
    assert named in str(refused.value)
