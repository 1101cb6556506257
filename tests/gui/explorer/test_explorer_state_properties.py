"""Any explorer state hypothesis draws: the tab shows it and reads it back equal, and its File > Export figure
is the one ``export --session`` draws from the same state (CSV bytes and SVG text)."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import HealthCheck, given, settings

from cli.session import session_figures
from figures.table import figure_csv_text
from gui.app import create_app
from gui.explorer.tab import ExplorerTab
from gui.export.formats import figure_data
from tests.state_strategies import explorer_states

SVG = dict(width=640, height=480, scale=1.0, style="screen", include_caption=False)


@pytest.fixture(scope="module")
def shown_tab():
    create_app()  # as the app starts: the fonts the command line's images use too
    tab = ExplorerTab()
    tab.resize(1200, 800)
    tab.show()
    yield tab
    tab.close()
    tab.deleteLater()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(state=explorer_states())
def test_the_tab_shows_any_state_and_exports_what_export_session_draws(shown_tab, state):
    shown_tab.show_state(state)
    assert shown_tab.state() == state
    if not state.curves and state.vector is None:
        return
    gui = shown_tab.figure_spec()
    cli = session_figures({"tabs": {"explorer": state}}, device="cpu")["explorer"]
    assert figure_csv_text(gui) == figure_csv_text(cli)
    assert _drawn(figure_data(gui, "svg", **SVG)) == _drawn(figure_data(cli, "svg", **SVG))


def _drawn(svg: str) -> str:
    """The SVG as drawn: coordinates to a thousandth of a pixel (float32 curves, evaluated once in the tab's worker and
    once in the command line, have come out a float32 ulp apart: 293.799342726 against 293.799375075 px)."""
    return re.sub(r"-?\d+\.\d+", lambda m: f"{float(m.group()):.3f}", svg)


def test_a_slider_value_is_checked_once_on_its_way_to_the_plot_marks_and_notes(tab, monkeypatch):
    import engine.activation_params as activation_params

    tab.add_curve("elu", {"alpha": 0.5})
    tab.set_show_second(True)
    checks = []
    real = activation_params.validate
    monkeypatch.setattr(activation_params, "validate", lambda *a, **k: checks.append(a[0]) or real(*a, **k))
    tab.set_param(0, "alpha", 0.75)  # checked, evaluated, marked, labelled, its notes refreshed
    tab._update_notes()
    assert len(checks) == 1
    assert tab.curves[0].params["alpha"] == 0.75 and tab.curves[0].curve.f[0] == pytest.approx(0.75 * (math.exp(-6.0) - 1))
