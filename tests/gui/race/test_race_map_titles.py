"""A racer's map title fits its map: the whole title ("Leaky ReLU: not at 95 % yet") where it fits, else the short
form, its training accuracy now and its name ("61 % · Leaky ReLU"), else that cut with "…"; the whole title in the
tooltip whenever it is shortened, the square in the racer's colour always in front."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QApplication

from engine.race import run_race
from figures.palette import OKABE_ITO
from figures.race import RACER_COLORS
from gui.common.square import ELLIPSIS
from gui.race.views import RaceMap
from states.race import RaceState

K = 1  # the second racer: leaky ReLU, a long name


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture(scope="module")
def result():
    return run_race(RaceState.build({"preset": "", "activations": ["relu", "leaky_relu"], "hidden": [4]}).race(), epochs=2)


@pytest.fixture
def race_map(qapp, result):
    widget = RaceMap()
    widget.resize(900, 900)
    widget.show()
    _settle()
    widget.show_racer(result, K)
    _settle()
    yield widget
    widget.deleteLater()


def _width(race_map: RaceMap, text: str) -> float:
    """``text`` drawn after the racer's square in the title's font, on a label of its own."""
    probe = pg.LabelItem(race_map.title.prefix + text, size=race_map.plot.titleLabel.opts.get("size"))
    return probe.item.boundingRect().width()


def _room(race_map: RaceMap) -> float:
    return race_map.plot.titleLabel.width()


def _width_for_room(race_map: RaceMap, room: float) -> int:
    """The map's width at which its title has ``room`` pixels (the axis beside it and the square map kept)."""
    return round(race_map.width() - _room(race_map) + room)


def _resize(race_map: RaceMap, width: int) -> None:
    race_map.resize(width, width)
    _settle()


def test_the_whole_title_where_it_fits_else_the_accuracy_and_the_name_with_the_whole_in_its_tooltip(race_map, result):
    whole = race_map.title.titles[0]
    accuracy = result.histories[K][-1].train_accuracy
    short = f"{accuracy * 100:.0f} % · Leaky ReLU"  # independently: the engine's accuracy, the registry's name
    assert whole.startswith("Leaky ReLU: ") and race_map.title.shown() == whole
    assert race_map.plot.titleLabel.toolTip() == ""
    _resize(race_map, _width_for_room(race_map, (_width(race_map, whole) + _width(race_map, short)) / 2))
    assert _width(race_map, short) <= _room(race_map) < _width(race_map, whole)
    assert race_map.title.shown() == short
    assert race_map.plot.titleLabel.toolTip() == whole
    label = race_map.plot.titleLabel
    assert label.item.boundingRect().width() <= label.width()  # drawn within its room, the square included
    assert OKABE_ITO[RACER_COLORS[K]].lower() in label.text.lower()
    _resize(race_map, 900)
    assert race_map.title.shown() == whole and label.toolTip() == ""


def test_a_map_too_narrow_for_the_short_title_cuts_it_at_its_end(race_map):
    short = race_map.title.titles[-1]
    _resize(race_map, 300)
    race_map.plot.titleLabel.opts["size"] = "40pt"  # as a large scale would (the map cannot be narrower than 240 px)
    race_map.title.fit()
    assert _width(race_map, short) > _room(race_map)
    shown = race_map.title.shown()
    number = short.split()[0]  # the accuracy
    assert shown.endswith(ELLIPSIS) and short.startswith(shown[:-1].rstrip()) and shown.startswith(number)  # kept
    label = race_map.plot.titleLabel
    assert label.item.boundingRect().width() <= label.width()
