"""A plot title given as alternatives (gui.common.square.FittedTitle): the longest that fits the plot's width, else
the last cut with "…"; the whole title in the tooltip; fitted again when the plot widens or narrows."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from gui.common.square import ELLIPSIS, FittedTitle
from gui.common.theme import new_plot_widget  # as the tabs make plots: a title never widens its plot

LONG = "test accuracy 56% · Linear (Identity)"
SHORT = "56% · Linear (Identity)"


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def plots(qapp):
    widgets = []
    for _ in range(2):
        widget = new_plot_widget(title="Decision map")
        widget.show()
        widgets.append(widget)
    yield widgets
    for widget in widgets:
        widget.deleteLater()


def _width_of(title: FittedTitle, text: str) -> float:
    """How wide ``text`` is drawn in the title's font (measured on a label of its own, never the one tested)."""
    probe = pg.LabelItem(text, size=title.plot.titleLabel.opts.get("size"))
    return probe.item.boundingRect().width()


def _room(title: FittedTitle) -> float:
    return title.plot.titleLabel.width()  # the title's cell: the plot's width less its axis


def _between(widget, title: FittedTitle) -> None:
    """Resize ``widget`` so that its title's room lies between the short and the long title's widths."""
    widget.resize(900, 400)
    _settle()
    beside = 900 - _room(title)  # the axis and margins beside the title's cell
    widget.resize(round(beside + (_width_of(title, SHORT) + _width_of(title, LONG)) / 2), 400)
    _settle()


def _titled(widget, width: int) -> FittedTitle:
    """``widget`` ``width`` pixels wide with the long and the short title given."""
    title = FittedTitle(widget.getPlotItem())
    widget.resize(width, 400)
    _settle()
    title.set((LONG, SHORT))
    return title


def _tooltip(title: FittedTitle) -> str:
    return title.plot.titleLabel.toolTip()


def test_the_longest_title_that_fits_is_shown_and_the_whole_one_in_its_tooltip(plots):
    widget = plots[0]
    title = _titled(widget, 900)
    assert title.shown() == LONG and _tooltip(title) == ""
    _between(widget, title)
    assert _width_of(title, SHORT) <= _room(title) < _width_of(title, LONG)
    assert title.shown() == SHORT and _tooltip(title) == LONG
    widget.resize(900, 400)  # wide again: the whole title is back
    _settle()
    assert title.shown() == LONG and _tooltip(title) == ""


def test_a_title_too_long_for_every_alternative_is_cut_at_its_end_and_fits(plots):
    title = _titled(plots[0], 200)
    shown = title.shown()
    assert shown.endswith(ELLIPSIS) and SHORT.startswith(shown[:-1].rstrip()) and len(shown) > 3  # the number kept
    assert _width_of(title, shown) <= _room(title)
    assert _tooltip(title) == LONG


def test_joined_titles_take_the_same_form(plots):
    a, b = (FittedTitle(widget.getPlotItem()) for widget in plots)
    FittedTitle.join([a, b])
    plots[0].resize(900, 400)
    plots[1].resize(900, 400)
    _settle()
    a.set((LONG, SHORT))
    b.set(("test accuracy 55% · Tanh", "55% · Tanh"))
    assert (a.shown(), b.shown()) == (LONG, "test accuracy 55% · Tanh")
    _between(plots[0], a)  # only the first is narrow
    assert (a.shown(), b.shown()) == (SHORT, "55% · Tanh")  # the second, which would fit whole, goes short too


def test_a_joined_title_that_did_not_change_follows_the_form_another_ones_change_needs(plots):
    """The race sets again only the titles that changed: one left as it was must still take the group's new form."""
    a, b = (FittedTitle(widget.getPlotItem()) for widget in plots)
    FittedTitle.join([a, b])
    plots[1].resize(900, 400)
    a.set((LONG, SHORT))
    b.set(("test accuracy 55% · Tanh", "55% · Tanh"))
    _between(plots[0], a)
    assert (a.shown(), b.shown()) == (SHORT, "55% · Tanh")
    a.set(("test accuracy 9% · ReLU", "9% · ReLU"))  # whole in the narrow plot: both whole again, b not set anew
    assert (a.shown(), b.shown()) == ("test accuracy 9% · ReLU", "test accuracy 55% · Tanh")
    assert _tooltip(b) == ""
    a.set((LONG, SHORT))
    assert (a.shown(), b.shown()) == (SHORT, "55% · Tanh") and _tooltip(b) == "test accuracy 55% · Tanh"
