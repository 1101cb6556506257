"""The race tab's state: defaults from its preset, a session round trip, bad fields named by their path, and
its figure's table equal to the race trained by the engine."""

import numpy as np
import pytest

from engine.race import RaceConfig, run_race
from engine.race_presets import RACE_PRESETS
from figures.tab_figures import figure_of
from figures.table import figure_table
from sessions import parse_session, session_text
from states.errors import StateError
from states.race import RaceState


def test_an_empty_section_is_the_default_preset_and_a_section_round_trips_through_a_session():
    state = RaceState.build({})
    preset = RACE_PRESETS[state.preset]
    assert (state.activations, state.hidden, state.lr) == (preset.activations, preset.hidden, preset.lr)
    own = RaceState.build({"preset": "", "activations": ["relu", "gelu"], "hidden": [3], "seed": 4, "epoch": 9})
    text = session_text({"format": "activation-lab-session", "version": 1, "tab": "race", "tabs": {"race": own}})
    back = parse_session(text)
    assert back["tab"] == "race" and back["tabs"]["race"] == own


@pytest.mark.parametrize(
    "section, where",
    [
        ({"activations": ["relu"]}, "tabs.race.activations"),
        ({"activations": ["relu", 3]}, "tabs.race.activations[1]"),
        ({"activations": ["relu", "softmax"]}, "tabs.race.activations[1]"),
        ({"hidden": [8, 17]}, "tabs.race.hidden[1]"),
        ({"lr": 0.5}, "tabs.race.lr"),
        ({"epoch": 10_000}, "tabs.race.epoch"),
        ({"preset": "nope"}, "tabs.race.preset"),
        ({"dataset": "nope"}, "tabs.race.dataset"),
        ({"dataset": "sine"}, "tabs.race.dataset"),
        ({"speed": 1}, "tabs.race.speed"),
    ],
)
def test_bad_fields_are_refused_by_their_path(section, where):
    with pytest.raises(StateError) as info:
        RaceState.build(section)
    assert info.value.where == where


def test_the_figure_trains_the_race_to_its_epoch_and_tabulates_every_racer():
    state = RaceState.build({"preset": "", "activations": ["tanh", "relu"], "hidden": [4], "epoch": 5})
    header, columns = figure_table(figure_of(state))
    expected = run_race(RaceConfig(state.activations, state.race().base), epochs=5)
    want_header, want = expected.table()
    assert header == want_header
    for got, column in zip(columns, want, strict=True):
        np.testing.assert_allclose(np.asarray(got, dtype=float), np.asarray(column, dtype=np.float32), rtol=1e-6)
