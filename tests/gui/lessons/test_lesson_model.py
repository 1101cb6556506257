"""The lesson model (no Qt): a lesson file is a session checked whole, then its lesson block field by field."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.lessons.model import catalogue, lesson_fields, neighbour, parse_lesson, read_lesson
from sessions import SessionError

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "lessons"


def bundled(number: int) -> dict:
    return json.loads(next(FOLDER.glob(f"{number:02d}-*.alab")).read_text(encoding="utf-8"))


def refusal(data: dict) -> SessionError:
    with pytest.raises(SessionError) as caught:
        parse_lesson(json.dumps(data))
    return caught.value


def test_every_bundled_lesson_file_is_a_valid_session_against_the_registries_with_a_lesson_block():
    for path in sorted(FOLDER.glob("*.alab")):
        lesson = read_lesson(path)
        assert lesson.path == path and lesson.tab in lesson.session["tabs"]
        assert path.name.startswith(f"{lesson.number:02d}-")


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (lambda b: b.pop("question"), "lesson.question", "missing"),
        (lambda b: b.update(number=True), "lesson.number", "whole number"),
        (lambda b: b.update(number=100), "lesson.number", "from 1 to 99"),
        (lambda b: b.update(title=["a list"]), "lesson.title", "expected text"),
        (lambda b: b.update(title="   "), "lesson.title", "empty"),
        (lambda b: b.update(text="x" * 4001), "lesson.text", "4,001 characters"),
        (lambda b: b.update(text='<p><a href="http://x">link</a></p>'), "lesson.text", "<a …> is not allowed"),
        (lambda b: b.update(text='<p style="color: red">red</p>'), "lesson.text", "<p …> is not allowed"),
        (lambda b: b.update(colour="red"), "lesson.colour", "unknown field"),
    ],
)
def test_a_bad_lesson_block_is_refused_naming_the_field(change, where, words):
    data = bundled(2)
    change(data["lesson"])
    error = refusal(data)
    assert error.where == where and words in error.message


@pytest.mark.parametrize(
    ("steps", "where", "words"),
    [
        ({"do": "x"}, "lesson.steps", "list"),
        ([{"do": "Set layers to 5"}], "lesson.steps[0]", "exactly do, set"),
        ([{"do": "", "set": {"layers": 5}}], "lesson.steps[0].do", "plain text"),
        ([{"do": "<b>five</b>", "set": {"layers": 5}}], "lesson.steps[0].do", "plain text"),
        ([{"do": "Five", "set": {}}], "lesson.steps[0].set", "fields"),
        ([{"do": "Five", "set": {"layers": 5}}, {"do": "No", "set": {"layers": 0}}], "lesson.steps[1].set", "depth.layers"),
        ([{"do": "Colour", "set": {"colour": "red"}}], "lesson.steps[0].set", "tabs.depth"),
        ([{"do": "Five", "set": {"layers": 5}}] * 9, "lesson.steps", "at most 8"),
    ],
)
def test_a_bad_lesson_step_is_refused_naming_the_step_and_field(steps, where, words):
    data = bundled(3)
    data["lesson"]["steps"] = steps
    error = refusal(data)
    assert error.where == where and words in error.message


def test_each_step_is_checked_on_top_of_the_steps_before_it():
    """Lesson 9's second step sets only Xavier's gain: valid after the first chose Xavier normal, not on the
    lesson's own Kaiming (whose parameter is ``nonlinearity``)."""
    data = bundled(9)
    assert [step.values for step in parse_lesson(json.dumps(data)).steps][1] == {"init_params": {"gain": 5 / 3}}
    data["lesson"]["steps"] = data["lesson"]["steps"][1:]
    assert refusal(data).where == "lesson.steps[0].set"


def test_a_session_without_a_lesson_block_is_not_a_lesson():
    data = bundled(2)
    del data["lesson"]
    assert refusal(data).where == "lesson"
    data["lesson"] = "text"
    assert refusal(data).where == "lesson"


def test_the_session_is_checked_before_the_lesson_block():
    data = bundled(3)
    data["tabs"]["depth"]["layers"] = 0
    data["lesson"]["title"] = ""
    assert refusal(data).where == "tabs.depth.layers"


def test_the_allowed_markup_passes_and_is_kept():
    data = bundled(2)
    data["lesson"]["text"] = "<p>a <b>b</b> <i>c</i> x<sup>2</sup> x<sub>i</sub></p><ul><li>d</li></ul><br>"
    assert parse_lesson(json.dumps(data)).text == data["lesson"]["text"]
    assert lesson_fields(data)["number"] == 2


def test_the_catalogue_refuses_a_file_named_for_another_number(tmp_path):
    (tmp_path / "01-first.alab").write_text(json.dumps(bundled(2)), encoding="utf-8")
    with pytest.raises(SessionError, match=r"01-first\.alab holds lesson 2"):
        catalogue(tmp_path)


def test_the_catalogue_refuses_a_gap_in_the_numbers(tmp_path):
    for number in (1, 3):
        (tmp_path / f"{number:02d}-x.alab").write_text(json.dumps(bundled(number)), encoding="utf-8")
    with pytest.raises(SessionError, match=r"numbered \[1, 3\]"):
        catalogue(tmp_path)


def test_next_and_previous_stop_at_the_ends_and_start_from_either_end():
    lessons = catalogue(FOLDER)
    last = len(lessons)  # the bundled lessons are numbered 1 to last without a gap (the catalogue checks it)
    assert neighbour(lessons, 1, +1).number == 2 and neighbour(lessons, last, -1).number == last - 1
    assert neighbour(lessons, last, +1) is None and neighbour(lessons, 1, -1) is None
    assert neighbour(lessons, None, +1).number == 1 and neighbour(lessons, None, -1).number == last
    assert neighbour([], None, +1) is None


@pytest.mark.subprocess
def test_the_lesson_model_imports_no_qt():
    code = "import sys, gui.lessons.model; sys.exit(any(m.split('.')[0] in ('PySide6', 'pyqtgraph') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
