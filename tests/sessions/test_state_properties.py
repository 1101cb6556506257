"""Any state hypothesis draws from the schema saves, opens and equals itself, and the command line draws it as
:func:`figures.tab_figures.figure_of` does (the window's side: tests/gui/explorer/test_explorer_state_properties.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from figures.tab_figures import figure_of
from figures.table import figure_csv_text
from main import main
from sessions import FORMAT, VERSION, parse_session, session_text
from tests.state_strategies import STATES

BOUNDED = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])


def _document(key: str, state) -> str:
    return session_text({"format": FORMAT, "version": VERSION, "tab": key, "tabs": {key: state}})


@pytest.mark.parametrize("key", STATES)
def test_any_state_saves_opens_and_equals_itself(key):
    @BOUNDED
    @given(STATES[key])
    def check(state):
        opened = parse_session(_document(key, state))["tabs"][key]
        assert opened == state
        assert type(state).build(state.section()) == state  # its JSON values build it again, checked

    check()


@pytest.mark.parametrize("key", STATES)
def test_export_session_writes_the_figure_of_the_state(key, tmp_path_factory):
    @settings(BOUNDED, max_examples=6)
    @given(STATES[key])
    def check(state):
        folder = tmp_path_factory.mktemp(key)
        path = folder / "drawn.alab"
        path.write_text(_document(key, state), encoding="utf-8")
        figure = figure_of(state, "cpu")
        if figure is None:  # nothing to show: export --session says so and writes nothing
            assert main(["export", "--session", str(path), "--out", str(folder / "out"), "--format", "csv"]) == 2
            return
        assert main(["export", "--session", str(path), "--out", str(folder / "out"), "--format", "csv"]) == 0
        assert (folder / "out" / f"{key}.csv").read_text(encoding="utf-8") == figure_csv_text(figure)

    check()
