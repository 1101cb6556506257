"""Session files checked whole: every id against the engine's registries, every value against its limits,
the place of a JSON error by line and column; nothing Qt."""

import json
import math

import pytest

from engine.activations import ACTIVATIONS, elementwise_ids
from engine.initializers import INITIALIZERS
from sessions import FORMAT, MAX_BYTES, VERSION, SessionError, parse_session, read_session, session_text, write_session


def _text(**tabs) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "tabs": tabs})


def _refused(text: str) -> SessionError:
    with pytest.raises(SessionError) as refused:
        parse_session(text)
    return refused.value


@pytest.mark.parametrize("activation_id", elementwise_ids())
def test_every_elementwise_activation_opens_with_its_default_parameters(activation_id):
    curves = parse_session(_text(explorer={"curves": [{"activation": activation_id}]}))["tabs"]["explorer"].curves
    assert curves[0].params == {p.name: p.default for p in ACTIVATIONS[activation_id].params}


@pytest.mark.parametrize("init_id", [i for i, entry in INITIALIZERS.items() if 2 in entry.ranks])
def test_every_initialiser_for_a_linear_weight_opens(init_id):
    section = parse_session(_text(initialization={"init": init_id, "shape": [8, 8]}))["tabs"]["initialization"]
    assert section.init == init_id and set(section.params) == {p.name for p in INITIALIZERS[init_id].params}


def test_a_newer_version_is_refused_naming_both_versions():
    error = _refused(json.dumps({"format": FORMAT, "version": VERSION + 1}))
    assert error.where == "version"
    assert f"version {VERSION + 1}" in error.message and f"version {VERSION}" in error.message


@pytest.mark.parametrize(
    ("tabs", "where"),
    [
        ({"explorer": {"curves": [{"activation": "swish2"}]}}, "tabs.explorer.curves[0].activation"),
        ({"explorer": {"curves": [{"activation": "softmax"}]}}, "tabs.explorer.curves[0].activation"),
        (
            {"explorer": {"curves": [{"activation": "leaky_relu", "params": {"negative_slope": "big"}}]}},
            "tabs.explorer.curves[0].params.negative_slope",
        ),
        ({"explorer": {"x_range": [5, -5]}}, "tabs.explorer.x_range"),
        ({"explorer": {"x_range": [0, 1e9]}}, "tabs.explorer.x_range[1]"),
        ({"explorer": {"points": 1}}, "tabs.explorer.points"),
        ({"explorer": {"dtype": "float8"}}, "tabs.explorer.dtype"),
        ({"explorer": {"curves": [{"activation": "formula: x**"}]}}, "tabs.explorer.curves[0].activation"),
        ({"explorer": {"curvs": []}}, "tabs.explorer.curvs"),
        ({"initialization": {"init": "he_normal"}}, "tabs.initialization.init"),
        ({"initialization": {"init": "normal", "params": {"std": -1}}}, "tabs.initialization.params.std"),
        ({"initialization": {"shape": [0, 5]}}, "tabs.initialization.shape[0]"),
        ({"initialization": {"bins": 1_000_000}}, "tabs.initialization.bins"),
        ({"depth": {"preset": "no_such_lesson"}}, "tabs.depth.preset"),
        ({"depth": {"init": "dirac"}}, "tabs.depth.init"),
        ({"depth": {"width": 0}}, "tabs.depth.width"),
        ({"depth": {"layers": 20, "layer": 21}}, "tabs.depth.layer"),
        ({"training": {"dataset": "mnist"}}, "tabs.training.dataset"),
        ({"training": {"noise": 12.5}}, "tabs.training.noise"),
        ({"training": {"batch": 65}}, "tabs.training.batch"),
        ({"training": {"features": ["x3"]}}, "tabs.training.features"),
        ({"training": {"points": [[7.0, 0.0, 1]]}}, "tabs.training.points"),
        ({"games": {}}, "tabs.games"),
    ],
)
def test_a_bad_value_is_refused_naming_its_field(tabs, where):
    error = _refused(_text(**tabs))
    assert error.where == where
    assert error.message


def test_the_same_colour_twice_is_refused():
    error = _refused(_text(explorer={"curves": [{"activation": "elu", "colour": 3}, {"activation": "tanh", "colour": 3}]}))
    assert error.where == "tabs.explorer.curves[1].colour"


def test_non_numbers_json_allows_are_refused():
    text = _text(explorer={"eps": 0.5}).replace("0.5", "NaN")
    assert "NaN" in _refused(text).message


def test_a_truncated_file_names_the_line_and_column_where_it_ends():
    text = session_text({"format": FORMAT, "version": VERSION, "tabs": {"depth": {"layers": 12, "width": 64}}})
    cut = text[: text.index('"width"') + 4]
    error = _refused(cut)
    assert error.where.startswith(f"line {cut.count(chr(10)) + 1}, column ")
    assert "truncated" in error.message


def test_text_that_is_not_json_says_so():
    assert "not JSON" in _refused("lesson 3: vanishing gradients").message


def test_another_programs_json_is_refused_by_its_format():
    assert _refused(json.dumps({"format": "jupyter", "version": 4})).where == "format"


def test_the_lesson_block_is_passed_through_untouched():
    lesson = {"title": "Sigmoid", "steps": [{"text": "Look at f′", "n": 0.25}], "anything": None}
    data = parse_session(json.dumps({"format": FORMAT, "version": VERSION, "lesson": lesson}))
    assert data["lesson"] == lesson and data["tabs"] == {}


def test_a_formula_curve_keeps_its_text_and_widened_ranges():
    curve = {"activation": "formula: x*sigmoid(k*x)", "params": {"k": 15.0}, "ranges": {"k": [-20, 20]}}
    opened = parse_session(_text(explorer={"curves": [curve]}))["tabs"]["explorer"].curves[0]
    assert opened.section()["activation"] == "formula: x*sigmoid(k*x)"
    assert opened.params == {"k": 15.0} and opened.section()["ranges"] == {"k": [-20.0, 20.0]}
    without = _refused(_text(explorer={"curves": [{**curve, "ranges": {}}]}))  # 15 is outside the default -10…10
    assert without.where == "tabs.explorer.curves[0].params.k"


def test_a_file_over_the_limit_is_refused_by_its_size_before_reading(tmp_path):
    path = tmp_path / "huge.alab"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: nothing is written, and reading it whole would take 100 MB
    with pytest.raises(SessionError) as raised:
        read_session(path)
    error = raised.value
    assert "100.0 MB" in error.message and f"{MAX_BYTES // 2**20} MB" in error.message


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1.alab"
    path.write_bytes('{"format": "activation-lab-session", "app_version": "\xe9t\xe9"}'.encode("latin-1"))
    with pytest.raises(SessionError) as raised:
        read_session(path)
    assert "UTF-8" in raised.value.message


def test_written_and_read_back_a_session_is_the_same(tmp_path):
    data = parse_session(_text(explorer={}, initialization={}, depth={}, training={}))
    path = write_session(tmp_path / "all.alab", data)
    assert read_session(path) == data


def test_a_session_that_cannot_be_written_leaves_the_old_file(tmp_path):
    path = tmp_path / "kept.alab"
    write_session(path, {"format": FORMAT, "version": VERSION})
    old = path.read_bytes()
    with pytest.raises(SessionError):
        write_session(path, {"format": FORMAT, "version": VERSION, "eps": math.nan})  # not JSON: refused before writing
    with pytest.raises(SessionError):
        write_session(tmp_path / "no_such_folder" / "x.alab", {"format": FORMAT})
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["kept.alab"]


def test_a_hidden_layer_too_wide_is_refused_by_its_place():
    error = _refused(_text(training={"hidden": [4, 17]}))
    assert error.where == "tabs.training.hidden[1]" and "17" in error.message and "16" in error.message
