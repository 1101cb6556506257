"""``export --activation``, ``--vector``, ``--init``, ``--depth`` and ``--train`` build their tab's state and draw
``figure_of(state)`` (``--train``: ``training_figure_of(state, run)``, as File > Export draws the trained network;
``--train --race``: the race tab's state, trained again to its epoch).

The flags are a state (:class:`states.explorer.ExplorerState`, within the command line's limits), so the file a
command writes is the file File > Export writes for that state (``tests/app/test_export_matches_session.py``
ties File > Export to ``figure_of``): the CSV bytes and the SVG text are compared with ``figure_of`` of the state
written here as a session section, and the CSV once more with a closed form.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from engine.activations import elementwise_ids
from engine.errors import EngineError
from engine.training import run as train
from figures.tab_figures import figure_of, training_figure_of
from figures.table import figure_csv_text
from main import main
from states.depth import COMMAND_LINE_LIMITS as DEPTH_COMMAND_LINE
from states.depth import DepthState
from states.errors import StateError
from states.explorer import COMMAND_LINE_LIMITS, MAX_POINTS, ExplorerState
from states.initialization import COMMAND_LINE_LIMITS as INIT_COMMAND_LINE
from states.initialization import InitializationState
from states.race import COMMAND_LINE_LIMITS as RACE_COMMAND_LINE
from states.race import RaceState
from states.training import COMMAND_LINE_LIMITS as TRAIN_COMMAND_LINE
from states.training import TrainingState
from tests.state_strategies import registry_params

TWO_CURVES = ["--activation", "gelu", "--activation", "elu", "--param", "2:alpha=0.5", "--x-min=-3", "--x-max", "2.5"]
TWO_CURVES_STATE = {
    "curves": [{"activation": "gelu"}, {"activation": "elu", "params": {"alpha": 0.5}}],
    "x_range": [-3.0, 2.5],
    "points": 301,
    "shade_saturation": False,
    "show_marks": False,
    "device": "cpu",
    "dtype": "float64",
}
VECTOR_STATE = {
    "curves": [],
    "vector": {"activation": "softmax", "x": [0.5, -2.0, 4.0], "params": {"temperature": 2.0}},
    "device": "cpu",
    "dtype": "float64",
}


def _export(tmp_path, argv, name):
    out = tmp_path / name
    assert main(["export", *argv, "--out", str(out)]) == 0
    return out


def test_activation_csv_is_figure_of_its_state_and_the_closed_form(tmp_path):
    out = _export(tmp_path, [*TWO_CURVES, "--points", "301"], "a.csv")
    assert out.read_text(encoding="utf-8") == figure_csv_text(figure_of(ExplorerState.build(TWO_CURVES_STATE)))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    x = np.array([float(r["x"]) for r in rows])
    assert (x.size, x[0], x[-1]) == (301, -3.0, 2.5) and np.all(np.diff(x) > 0)
    elu = [c for c in rows[0] if c.endswith("_f") and "elu" in c.lower() and "gelu" not in c.lower()]
    assert len(elu) == 1
    expected = np.where(x > 0, x, 0.5 * np.expm1(x))  # ELU with alpha 0.5 (PyTorch's docs)
    np.testing.assert_allclose([float(r[elu[0]]) for r in rows], expected, rtol=1e-12, atol=1e-12)


def test_activation_svg_is_figure_of_its_state(tmp_path):
    from cli.images import figure_file_data, start_qt

    out = _export(tmp_path, [*TWO_CURVES, "--points", "301", "--width", "900", "--height", "700"], "a.svg")
    start_qt(None)
    expected = figure_file_data(
        figure_of(ExplorerState.build(TWO_CURVES_STATE)),
        "svg",
        width=900,
        height=700,
        scale=1.0,
        style="screen",
        include_caption=False,
    )
    assert out.read_text(encoding="utf-8") == expected


def test_vector_csv_is_figure_of_the_explorer_state_with_its_vector_view(tmp_path):
    argv = ["--activation", "softmax", "--vector", "0.5,-2,4", "--temperature", "2"]
    out = _export(tmp_path, argv, "v.csv")
    assert out.read_text(encoding="utf-8") == figure_csv_text(figure_of(ExplorerState.build(VECTOR_STATE)))


def test_the_command_line_keeps_its_wider_limits_and_the_tab_its_own(tmp_path):
    points = MAX_POINTS + 1  # one more than the tab draws during a drag
    wide = {**TWO_CURVES_STATE, "x_range": [-2e6, 2e6], "points": points}
    with pytest.raises(StateError, match=r"tabs\.explorer\.points"):
        ExplorerState.build({**wide, "x_range": [-3.0, 2.5]}, "tabs.explorer")
    with pytest.raises(StateError, match=r"tabs\.explorer\.x_range\[0\]"):
        ExplorerState.build({**wide, "points": 301}, "tabs.explorer")
    state = ExplorerState.build(wide, "", COMMAND_LINE_LIMITS)
    assert (state.points, state.x_range) == (points, (-2e6, 2e6))
    argv = ["--activation", "gelu", "--activation", "elu", "--param", "2:alpha=0.5", "--x-min=-2e6", "--x-max", "2e6"]
    out = _export(tmp_path, [*argv, "--points", str(points)], "wide.csv")
    assert out.read_text(encoding="utf-8") == figure_csv_text(figure_of(state))


def test_a_state_refusal_names_the_flag(tmp_path, capsys):
    argv = ["export", "--activation", "relu", "--x-min", "1", "--x-max", "1", "--out", str(tmp_path / "r.csv")]
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("error: x_range")
    assert list(tmp_path.iterdir()) == []


def test_init_csv_is_figure_of_the_initialisation_state(tmp_path):
    argv = ["--init", "kaiming_normal", "--param", "nonlinearity=tanh", "--shape", "64,32", "--seed", "7", "--bins", "40"]
    out = _export(tmp_path, argv, "w.csv")
    state = InitializationState.build(
        {"init": "kaiming_normal", "params": {"nonlinearity": "tanh"}, "shape": [64, 32], "seed": 7, "bins": 40}
    )
    assert out.read_text(encoding="utf-8") == figure_csv_text(figure_of(state))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 40 and sum(int(r[next(c for c in r if c.endswith("count"))]) for r in rows) == 64 * 32


def test_init_takes_a_conv1d_weight_on_the_command_line_but_not_in_the_tab(tmp_path):
    section = {"init": "kaiming_uniform", "shape": [16, 8, 5], "bins": 20}
    with pytest.raises(StateError, match=r"tabs\.initialization\.shape"):
        InitializationState.build(section)
    out = _export(tmp_path, ["--init", "kaiming_uniform", "--shape", "16,8,5", "--bins", "20"], "c.csv")
    state = InitializationState.build(section, "", INIT_COMMAND_LINE)
    assert out.read_text(encoding="utf-8") == figure_csv_text(figure_of(state))


def test_depth_csv_is_figure_of_the_depth_state(tmp_path):
    argv = ["--depth", "--activation", "tanh", "--init", "xavier_normal", "--layers", "6", "--units", "32", "--batch", "64"]
    out = _export(tmp_path, [*argv, "--seed", "3"], "d.csv")
    section = {"activation": "tanh", "init": "xavier_normal", "layers": 6, "width": 32, "batch": 64, "seed": 3, "layer": 6}
    state = DepthState.build({**section, "bias": "zero"})
    assert state.preset == ""  # the user's own network: no lesson's comparison
    assert out.read_text(encoding="utf-8") == figure_csv_text(figure_of(state))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [int(float(r["layer"])) for r in rows] == [1, 2, 3, 4, 5, 6]


def test_depth_takes_a_64_bit_seed_on_the_command_line_but_not_in_the_tab(tmp_path):
    seed = 2**40
    section = {"activation": "relu", "init": "kaiming_normal", "layers": 3, "width": 16, "batch": 8, "seed": seed}
    with pytest.raises(StateError, match=r"tabs\.depth\.seed"):
        DepthState.build(section)
    assert DepthState.build(section, "", DEPTH_COMMAND_LINE).seed == seed


TRAIN_ARGV = ["--train", "--dataset", "xor", "--hidden", "3", "--lr", "0.05", "--samples", "120", "--seed", "2"]
TRAIN_STATE = {"dataset": "xor", "hidden": [3], "lr": 0.05, "samples": 120, "seed": 2, "activation": "tanh"}
#: A regression lesson's network (engine.regression's defaults) on a 1-D dataset, in float64.
FIT_ARGV = ["--train", "--dataset", "sine", "--noise", "2.5", "--samples", "80", "--dtype", "float64"]
FIT_STATE = {"dataset": "sine", "noise": 2.5, "samples": 80, "hidden": [16], "activation": "relu", "optimizer": "adam"}
FIT_STATE = {**FIT_STATE, "lr": 0.01}


def _trained_figure(section, epochs, dtype="float32"):
    """The figure File > Export draws for the tab's state after ``epochs`` epochs (the tab's run, then
    :func:`training_figure_of` of the state and that run)."""
    state = TrainingState.build(section, "", TRAIN_COMMAND_LINE)
    return training_figure_of(state, train(state.config("cpu", dtype, epochs)))


@pytest.mark.parametrize(
    ("argv", "section", "dtype"), [(TRAIN_ARGV, TRAIN_STATE, "float32"), (FIT_ARGV, FIT_STATE, "float64")], ids=["xor", "sine"]
)
def test_train_csv_is_the_figure_of_the_training_state(tmp_path, argv, section, dtype):
    out = _export(tmp_path, [*argv, "--epochs", "12"], "t.csv")
    text = out.read_text(encoding="utf-8")
    assert text == figure_csv_text(_trained_figure(section, 12, dtype))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [int(float(r["epoch"])) for r in rows if r["epoch"]] == list(range(13))  # epoch 0 (before) to 12


def test_train_svg_is_the_figure_of_the_training_state(tmp_path):
    from cli.images import figure_file_data, start_qt

    out = _export(tmp_path, [*TRAIN_ARGV, "--epochs", "5", "--width", "800", "--height", "600"], "t.svg")
    start_qt(None)
    expected = figure_file_data(
        _trained_figure(TRAIN_STATE, 5), "svg", width=800, height=600, scale=1.0, style="screen", include_caption=False
    )
    assert out.read_text(encoding="utf-8") == expected


def test_the_training_state_keeps_the_tabs_limits_and_the_command_line_its_wider_ones():
    wide = {"lr": 0.05, "reg_rate": 0.002, "seed": 2**40, "noise": 2.5, "train_ratio": 66.6, "samples": 120}
    for name in wide:  # each is refused by the tab's lists and fields
        with pytest.raises(StateError, match=rf"tabs\.training\.{name}"):
            TrainingState.build({name: wide[name]})
    state = TrainingState.build(wide, "", TRAIN_COMMAND_LINE)
    assert (state.lr, state.reg_rate, state.seed, state.noise, state.train_ratio, state.samples) == (
        0.05,
        0.002,
        2**40,
        2.5,
        66.6,
        120,
    )
    assert state.section()["samples"] == 120 and "samples" not in TrainingState.build().section()
    assert TrainingState.build(state.section(), "", TRAIN_COMMAND_LINE) == state


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--lr", "20"], "lr"),
        (["--hidden", "17"], "hidden[0]"),
        (["--samples", "5"], "samples"),
        (["--train-ratio", "95"], "train_ratio"),
        (["--dataset", "sine", "--noise", "60"], "noise"),
        (["--seed", "-1"], "seed"),
    ],
)
def test_train_state_refusals_exit_2_naming_the_flag(tmp_path, capsys, flags, named):
    assert main(["export", "--train", "--epochs", "1", *flags, "--out", str(tmp_path / "t.csv")]) == 2
    assert capsys.readouterr().err.startswith(f"error: {named}")
    assert list(tmp_path.iterdir()) == []


RACE_ARGV = ["--train", "--race", "relu,tanh", "--hidden", "4", "--dataset", "xor", "--noise", "2.5", "--seed", "3"]
RACE_ARGV = [*RACE_ARGV, "--samples", "120", "--batch", "25", "--optimizer", "adam", "--lr", "0.005", "--epochs", "4"]
#: The race tab's state those flags describe, written by hand (xavier_uniform's gain is its default, 1).
RACE_STATE = {"activations": ["relu", "tanh"], "hidden": [4], "dataset": "xor", "noise": 2.5, "seed": 3, "epoch": 4}
RACE_STATE = {**RACE_STATE, "samples": 120, "batch": 25, "optimizer": "adam", "lr": 0.005, "init_params": {"gain": 1.0}}


def test_race_csv_is_figure_of_the_race_state(tmp_path):
    out = _export(tmp_path, RACE_ARGV, "r.csv")
    text = out.read_text(encoding="utf-8")
    assert text == figure_csv_text(figure_of(RaceState.build(RACE_STATE, "", RACE_COMMAND_LINE)))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [int(float(r["epoch"])) for r in rows] == list(range(5))  # epoch 0 (before) to 4
    assert {"relu:train_loss", "tanh:test_accuracy"} <= set(rows[0])


def test_race_svg_is_figure_of_the_race_state(tmp_path):
    from cli.images import figure_file_data, start_qt

    out = _export(tmp_path, [*RACE_ARGV, "--width", "800", "--height", "600"], "r.svg")
    start_qt(None)
    state = RaceState.build(RACE_STATE, "", RACE_COMMAND_LINE)
    expected = figure_file_data(figure_of(state), "svg", width=800, height=600, scale=1.0, style="screen", include_caption=False)
    assert out.read_text(encoding="utf-8") == expected


def test_the_race_state_keeps_the_tabs_limits_and_the_command_line_its_wider_ones():
    wide = {"activations": ["relu", "tanh"], "lr": 0.005, "seed": 2**40, "noise": 2.5, "epoch": 6000, "batch": 25}
    for name in ("lr", "seed", "noise", "epoch", "batch"):  # each is refused by the tab's lists, fields and settings
        with pytest.raises(StateError, match=rf"tabs\.race\.{name}"):
            RaceState.build({"activations": ["relu", "tanh"], name: wide[name]})
    with pytest.raises(StateError, match=r'tabs\.race\.features: expected one of \["x1", "x2"\], got \["x1"\]'):
        RaceState.build({"features": ["x1"]})  # a setting the tab does not show: only its value
    state = RaceState.build(wide, "", RACE_COMMAND_LINE)
    assert (state.lr, state.seed, state.noise, state.epoch, state.batch) == (0.005, 2**40, 2.5, 6000, 25)
    assert state.race().base.batch == 25  # the engine trains with it
    assert state.section()["batch"] == 25 and not {"batch", "optimizer", "samples"} & set(RaceState.build().section())
    assert RaceState.build(state.section(), "", RACE_COMMAND_LINE) == state


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--batch", "0"], "batch"),
        (["--optimizer", "nope"], "optimizer"),
        (["--samples", "5"], "samples"),
        (["--lr", "20"], "lr"),
        (["--epochs", "100000000"], "epochs"),
        (["--race", "relu,nope"], "race: activations[1]"),
    ],
)
def test_race_state_refusals_exit_2_naming_the_flag(tmp_path, capsys, flags, named):
    argv = ["export", "--train", "--race", "relu,tanh", "--epochs", "1", *flags, "--force", "--out", str(tmp_path / "r.csv")]
    assert main(argv) == 2  # --force: the epochs' refusal is the state's limit, not the time budget's
    assert capsys.readouterr().err.startswith(f"error: {named}")
    assert list(tmp_path.iterdir()) == []


def _flag_text(value: object) -> str:
    """A parameter value as ``--param`` takes it (repr keeps every bit of a float)."""
    return str(value).lower() if isinstance(value, bool) else repr(value) if isinstance(value, float) else str(value)


@st.composite
def command_line_curves(draw) -> tuple[list[str], dict]:
    """``export --activation`` flags and the explorer section they describe (registry curves, no marks)."""
    ids = draw(st.lists(st.sampled_from(elementwise_ids()), min_size=1, max_size=3))
    params = [draw(registry_params(a)) for a in ids]
    low = draw(st.floats(-30.0, 29.0, width=32))
    high = low + draw(st.floats(0.5, 30.0, width=32))
    points, second, dtype = draw(st.integers(2, 300)), draw(st.booleans()), draw(st.sampled_from(("float32", "float64")))
    argv = [f"--activation={a}" for a in ids] + [f"--x-min={low!r}", f"--x-max={high!r}", f"--points={points}"]
    argv += [f"--param={i}:{name}={_flag_text(v)}" for i, p in enumerate(params, start=1) for name, v in p.items()]
    argv += ["--dtype", dtype] + ([] if second else ["--no-second-derivative"])
    section = {
        "curves": [{"activation": a, "params": p} for a, p in zip(ids, params, strict=True)],
        "x_range": [low, high],
        "points": points,
        "show_second": second,
        "shade_saturation": False,
        "show_marks": False,
        "device": "cpu",
        "dtype": dtype,
    }
    return argv, section


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command_line_curves())
def test_any_activation_export_is_figure_of_the_state_its_flags_describe(tmp_path, drawn):
    argv, section = drawn
    try:
        state = ExplorerState.build(section, "", COMMAND_LINE_LIMITS)
        expected = figure_csv_text(figure_of(state))
    except (StateError, EngineError):
        reject()  # a draw the engine refuses (a parameter combination, a range the dtype cannot hold)
    out = tmp_path / "p.csv"
    assert main(["export", *argv, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == expected
