"""The explorer's part of a session: saved, opened in a fresh tab, it shows the same curves and view."""

import json

import numpy as np
import pytest

import engine
from engine.evaluate import MAX_VECTOR
from gui.explorer.tab import ExplorerTab
from sessions import SessionError, parse_session, session_text
from states.explorer import ExplorerState, check_explorer


def _reopened(qtbot, state: dict) -> ExplorerTab:
    """A fresh tab that opened ``state`` after it went through a session file's text."""
    text = session_text({"format": "activation-lab-session", "version": 1, "tabs": {"explorer": state}})
    section = parse_session(text)["tabs"]["explorer"]
    fresh = ExplorerTab()
    qtbot.addWidget(fresh)
    fresh.show_state(section)
    return fresh


def test_curves_view_and_marks_survive_a_save_and_open(qtbot, tab):
    tab.add_curve("elu", {"alpha": 0.5})
    tab.add_curve("gelu", {"approximate": "tanh"})
    tab.formulas.add_formula("x*sigmoid(k*x)", {"k": 1.5})
    tab.formulas.set_range(2, "k", -20.0, 20.0)
    tab.remove_curve(0)  # the survivors keep their colours 1 and 2
    tab.set_x_range(-3.0, 4.0)
    tab.set_points(501)
    tab.set_show_second(False)
    tab.set_eps(0.05)
    tab.set_log_df(True)
    tab.select_curve(1)
    saved = tab.state().section()

    fresh = _reopened(qtbot, saved)

    assert fresh.state().section() == saved
    assert [p.slot for p in fresh.curves] == [1, 2]
    assert (fresh.x_min, fresh.x_max, fresh.points, fresh.show_second, fresh.log_df) == (-3.0, 4.0, 501, False, True)
    assert fresh.current == 1
    assert str(fresh.curves[1].activation) == "formula: x*sigmoid(k*x)"
    # the curves drawn are the engine's for the saved parameters
    gelu = engine.evaluate("gelu", {"approximate": "tanh"}, -3.0, 4.0, 501, order=1, device="auto", dtype="float32")
    np.testing.assert_array_equal(fresh.curves[0].curve.f, gelu.f)
    x = fresh.curves[1].curve.x_asked
    k = 1.5
    np.testing.assert_allclose(fresh.curves[1].curve.f, x / (1 + np.exp(-k * x)), rtol=1e-5, atol=1e-6)


def test_a_bad_curve_in_the_section_leaves_the_tab_as_it_was(qtbot, tab):
    tab.add_curve("tanh")
    before = tab.state().section()
    bad = {"curves": [{"activation": "relu"}, {"activation": "elu", "params": {"alpha": -1}}]}
    with pytest.raises(SessionError) as refused:
        tab.show_state(ExplorerState.build(bad))
    assert refused.value.where == "tabs.explorer.curves[1].params.alpha"
    assert tab.state().section() == before


def test_a_missing_field_takes_the_default_view(qtbot, tab):
    tab.set_x_range(-1.0, 1.0)
    tab.show_state(ExplorerState.build({"curves": [{"activation": "sigmoid"}]}))
    state = tab.state().section()
    assert state["x_range"] == [-6.0, 6.0]
    assert [c["activation"] for c in state["curves"]] == ["sigmoid"]
    assert json.loads(json.dumps(state)) == state  # plain JSON values


def _catalogue_pick(tab, activation_id: str) -> None:
    """What a click on ``activation_id`` in the activation list does."""
    tab.catalogue.select(activation_id)


def test_the_vector_view_is_saved_and_opens_as_it_was_with_the_true_jacobian(qtbot, tab):
    tab.add_curve("tanh")
    _catalogue_pick(tab, "softmax")
    assert tab.showing_vector_view()
    tab.vector_view.set_vector([1.0, 2.0, 0.5, -1.0])
    tab.vector_view.set_param("temperature", 2.5)
    saved = tab.state().section()
    assert saved["vector"] == {"activation": "softmax", "x": [1.0, 2.0, 0.5, -1.0], "params": {"temperature": 2.5}}

    fresh = _reopened(qtbot, saved)

    assert fresh.showing_vector_view()
    assert fresh.state().section() == saved
    x = np.array([1.0, 2.0, 0.5, -1.0]) / 2.5
    p = np.exp(x - x.max()) / np.exp(x - x.max()).sum()
    shown = fresh.vector_view.result
    np.testing.assert_allclose(shown.output, p, rtol=1e-6)
    # softmax(x / T): its Jacobian is (diag(p) − p pᵀ) / T
    np.testing.assert_allclose(shown.jacobian, (np.diag(p) - np.outer(p, p)) / 2.5, atol=1e-7)
    assert fresh.vector_view.input_edit.text() == "1, 2, 0.5, -1"


def test_a_section_without_a_vector_view_opens_on_the_curves(qtbot, tab):
    _catalogue_pick(tab, "softmin")
    assert tab.showing_vector_view()
    tab.show_state(ExplorerState.build({"curves": [{"activation": "sigmoid"}]}))
    assert not tab.showing_vector_view()
    assert tab.state().section()["vector"] is None


@pytest.mark.parametrize(
    ("vector", "where"),
    [
        ({"activation": "sofmax", "x": [1, 2]}, "tabs.explorer.vector.activation"),
        ({"activation": "relu", "x": [1, 2]}, "tabs.explorer.vector.activation"),
        ({"activation": "softmax", "x": [1, float("nan")]}, "tabs.explorer.vector.x[1]"),
        ({"activation": "glu", "x": [1, 2, 3]}, "tabs.explorer.vector.x"),
        ({"activation": "softmax", "x": []}, "tabs.explorer.vector.x"),
        ({"activation": "softmax", "x": [1] * (MAX_VECTOR + 1)}, "tabs.explorer.vector.x"),
        ({"activation": "softmax", "x": [1, 2], "params": {"temperature": 0.0}}, "tabs.explorer.vector.params.temperature"),
        ({"activation": "softmax", "x": [1, 2], "params": {"temperature": 1e9}}, "tabs.explorer.vector.params.temperature"),
        ({"activation": "glu", "x": [1, 2], "params": {"temperature": 2}}, "tabs.explorer.vector.params.temperature"),
        ({"activation": "softmax", "x": [6e4, 1], "params": {"temperature": 0.05}}, "tabs.explorer.vector.x"),
    ],
)
def test_a_bad_vector_view_is_refused_by_name_and_the_tab_stays(qtbot, tab, vector, where):
    tab.add_curve("elu")
    before = tab.state().section()
    section = {"curves": [{"activation": "relu"}], "dtype": "float16", "vector": vector}
    with pytest.raises(SessionError) as refused:
        check_explorer(section)  # the Qt-free check a session file goes through
    assert refused.value.where == where
    with pytest.raises(SessionError):
        tab.show_state(ExplorerState.build(section))
    assert tab.state().section() == before
    assert not tab.showing_vector_view()


def test_a_nan_typed_into_the_file_s_vector_is_refused_before_anything_is_checked():
    text = session_text({"format": "activation-lab-session", "version": 1, "tabs": {"explorer": {}}})
    text = text.replace('"explorer": {}', '"explorer": {"vector": {"activation": "softmax", "x": [1, NaN]}}')
    with pytest.raises(SessionError) as refused:
        parse_session(text)
    assert "NaN" in str(refused.value)
