"""Session files built to hurt (issue 21 items 3-6): not a file, huge ids, numbers and text Qt and JSON cannot pass
on, a dataset the tab cannot show. Each is refused at once, naming the place, with the value clipped."""

import json

import pytest

from engine.errors import ECHO_CHARS
from sessions import FORMAT, SessionError, parse_session, read_session, session_text
from tests.hostile import fifo_watchdog, make_fifo, needs_fifo

HUGE = "a" * 4_000_000


def _doc(**top) -> dict:
    return {"format": FORMAT, "version": 1, **top}


def _refusal(doc: dict | str) -> SessionError:
    with pytest.raises(SessionError) as caught:
        parse_session(doc if isinstance(doc, str) else json.dumps(doc))
    return caught.value


@needs_fifo
def test_a_session_file_that_is_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = make_fifo(tmp_path / "lesson.alab")
    with fifo_watchdog(fifo), pytest.raises(SessionError, match="FIFO"):
        read_session(fifo)


@pytest.mark.parametrize(
    ("doc", "where"),
    [
        ({"format": HUGE, "version": 1}, "format"),
        (_doc(tab=HUGE), "tab"),
        (_doc(tabs={"training": {"activation": HUGE}}), "tabs.training.activation"),
        (_doc(tabs={"training": {"init": HUGE}}), "tabs.training.init"),
        (_doc(tabs={"training": {"dataset": HUGE}}), "tabs.training.dataset"),
        (_doc(tabs={"training": {"optimizer": HUGE}}), "tabs.training.optimizer"),
        (_doc(tabs={"explorer": {"curves": [{"activation": HUGE}]}}), "tabs.explorer.curves[0].activation"),
        (_doc(tabs={"explorer": {"vector": {"activation": HUGE, "x": [1, 2]}}}), "tabs.explorer.vector.activation"),
        (_doc(tabs={"initialization": {"init": HUGE}}), "tabs.initialization.init"),
        (_doc(tabs={"depth": {"activation": HUGE}}), "tabs.depth.activation"),
        (_doc(tabs={"depth": {"init": HUGE}}), "tabs.depth.init"),
        (_doc(tabs={"training": {HUGE: 1}}), "tabs.training.'aaa"),
    ],
)
def test_a_huge_id_is_refused_with_its_value_clipped(doc, where):
    refusal = _refusal(doc)
    assert refusal.where.startswith(where)
    assert len(str(refusal)) < 1000 and "a" * (ECHO_CHARS + 1) not in str(refusal)


@pytest.mark.parametrize(
    "lesson",
    [
        {"number": 18446744073709551616},
        {"number": 2, "extra": 18446744073709551616},
        {"number": 2, "extra": [1, {"deep": -(2**64)}]},
    ],
)
def test_a_number_beyond_int64_anywhere_is_refused_naming_its_place(lesson):
    refusal = _refusal(_doc(lesson=lesson))
    assert refusal.where.startswith("lesson") and "too large" in refusal.message


def test_a_lone_surrogate_is_refused_at_load_so_saving_can_never_fail():
    text = json.dumps(_doc(lesson={"number": 2, "title": "ReLU \ud800", "text": "t", "question": "q"}))
    assert "\\ud800" in text  # JSON's escape: the file itself is valid UTF-8
    refusal = _refusal(text)
    assert refusal.where == "lesson.title" and "surrogate" in refusal.message


def test_every_accepted_session_saves_and_opens_again():
    doc = _doc(lesson={"number": 2, "title": "Ünïcode ✓ 中文", "text": "t", "question": "q"}, tabs={"training": {}})
    once = parse_session(json.dumps(doc))
    assert parse_session(session_text(once)) == once


@pytest.mark.parametrize("dataset", ["nope", None, "x" * 4_000_000])
def test_an_unknown_dataset_is_refused_even_beside_the_users_points(dataset):
    refusal = _refusal(_doc(tabs={"training": {"dataset": dataset, "points": [[0.5, 0.5, 1], [-1, -1, 0]]}}))
    assert refusal.where == "tabs.training.dataset" and len(str(refusal)) < 300


def test_a_known_dataset_beside_points_round_trips():
    doc = _doc(tabs={"training": {"dataset": "xor", "points": [[0.5, 0.5, 1], [-1.0, -1.0, 0]]}})
    once = parse_session(json.dumps(doc))
    assert once["tabs"]["training"].dataset == "xor"
    assert parse_session(session_text(once)) == once
