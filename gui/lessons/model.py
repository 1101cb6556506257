"""Lessons as data: a session file (``.alab``) with a ``"lesson"`` block, checked field by field. No Qt.

A lesson is a whole session (the tab it opens and that tab's settings, checked by
:mod:`sessions` against the registries) plus what the teacher says about it::

    "lesson": {"number": 2, "title": "…", "text": "<ul><li>…</li></ul>", "question": "…",
               "steps": [{"do": "Set the layers to 5", "set": {"layers": 5}}]}

``steps`` (optional) are what the text asks the class to change, in order: each sets some fields of the
lesson tab's section (whole fields: a list or an object is replaced, not merged), so a teacher can do them
by one key with the controls folded away (:func:`step_session`). Each step is checked when the lesson is
read, applied in order on top of the lesson's own settings.

``text`` may use a few HTML tags (:data:`TEXT_TAGS`, no attributes), read by a real HTML parser; anything
else (another tag, an attribute, an unfinished tag) is refused with the field and the tag named, as every
problem is (:class:`sessions.SessionError`, ``where``
= ``"lesson.title"`` and so on). The bundled lessons are ``resources/lessons/NN-<slug>.alab``;
the caller passes the folder in (this module knows nothing of Qt or of where resources live).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from engine.errors import clipped
from sessions import FORMAT, VERSION, SessionError, parse_session, read_session

LESSON_KEY = "lesson"
SUFFIX = ".alab"
MAX_NUMBER = 99
#: field → (most characters, may be empty)
TEXT_FIELDS: dict[str, tuple[int, bool]] = {"title": (120, False), "text": (4000, False), "question": (600, False)}
LESSON_FIELDS = ("number", *TEXT_FIELDS)
STEPS = "steps"
MAX_STEPS = 8
MAX_STEP_TEXT = 160
STEP_FIELDS = ("do", "set")
#: The tags a lesson's text may use (Qt's rich text shows them; nothing that loads or runs anything).
TEXT_TAGS = frozenset({"p", "br", "b", "i", "em", "strong", "u", "ul", "ol", "li", "sub", "sup", "code", "small"})


@dataclass(frozen=True)
class LessonStep:
    """One thing the lesson asks the class to change: what to say (``do``) and the fields it sets (``values``)."""

    do: str
    values: Mapping = field(repr=False)


@dataclass(frozen=True)
class Lesson:
    """One lesson: its block's fields, the whole session it opens, and the file it came from."""

    number: int
    title: str
    text: str
    question: str
    session: Mapping = field(repr=False)
    path: Path | None = None
    steps: tuple[LessonStep, ...] = ()

    @property
    def tab(self) -> str:
        """The key of the tab the lesson opens on."""
        return self.session["tab"]


class _Markup(HTMLParser):
    """A lesson text through a real HTML parser, written out again with only :data:`TEXT_TAGS` and no attributes.

    ``refused`` lists what was left out: a tag not allowed, a tag with attributes, and text that Qt would read as
    the start of a tag (an unclosed ``<img src=…`` at the end, which the parser hands on as text).
    """

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.refused: list[str] = []
        self.out: list[str] = []
        self.last_data = ""  # the end of the text just before: the parser may hand "<" and "img …" on separately

    def handle_starttag(self, tag: str, attrs) -> None:
        self.last_data = ""
        if tag not in TEXT_TAGS or attrs:
            self.refused.append(f"<{tag}{' …' if attrs else ''}>")
        else:
            self.out.append(self.get_starttag_text() or f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.last_data = ""
        if tag not in TEXT_TAGS:
            self.refused.append(f"</{tag}>")
        else:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        joined = self.last_data + data
        unfinished = _TAG_START.search(joined)
        if unfinished:
            self.refused.append(f"an unfinished tag ({clipped(joined[unfinished.start() : unfinished.start() + 20])})")
        self.last_data = data[-1:]
        self.out.append(data.replace("<", "&lt;").replace(">", "&gt;"))

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def unknown_decl(self, data: str) -> None:
        self.refused.append(f"<![{clipped(data[:20])}")

    def handle_pi(self, data: str) -> None:
        self.refused.append(f"<?{clipped(data[:20])}")


_TAG_START = re.compile(r"<[A-Za-z/!?]")


def clean_markup(text: str) -> str:
    """``text`` as the parser read it, with only the allowed tags (comments and declarations dropped, a stray
    ``<`` or ``>`` escaped): what the panel is given, whatever a check let through."""
    parser = _Markup()
    parser.feed(text)
    parser.close()
    return "".join(parser.out)


def _check_markup(where: str, text: str) -> None:
    parser = _Markup()
    parser.feed(text)
    parser.close()
    if parser.refused:
        allowed = ", ".join(sorted(TEXT_TAGS))
        raise SessionError(
            where, f"{parser.refused[0]} is not allowed here; use plain text and the tags {allowed} (no attributes)"
        )


def lesson_fields(data: Mapping) -> dict:
    """The checked ``"lesson"`` block of session ``data``; SessionError naming the first bad field."""
    block = data.get(LESSON_KEY) if isinstance(data, Mapping) else None
    if block is None:
        raise SessionError(LESSON_KEY, 'this session has no "lesson" block (number, title, text, question)')
    if not isinstance(block, Mapping):
        raise SessionError(LESSON_KEY, f"expected an object with {', '.join(LESSON_FIELDS)}, got {type(block).__name__}")
    unknown = sorted(set(block) - {*LESSON_FIELDS, STEPS})
    if unknown:
        raise SessionError(
            f"{LESSON_KEY}.{unknown[0]}", f"unknown field; a lesson has {', '.join(LESSON_FIELDS)} and optional {STEPS}"
        )
    for name in LESSON_FIELDS:
        if name not in block:
            raise SessionError(f"{LESSON_KEY}.{name}", "missing")
    number = block["number"]
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_NUMBER:
        raise SessionError(f"{LESSON_KEY}.number", f"expected a whole number from 1 to {MAX_NUMBER}, got {number!r}")
    checked: dict[str, int | str] = {"number": number}
    for name, (most, may_be_empty) in TEXT_FIELDS.items():
        where, value = f"{LESSON_KEY}.{name}", block[name]
        if not isinstance(value, str):
            raise SessionError(where, f"expected text, got {type(value).__name__}")
        if not value.strip() and not may_be_empty:
            raise SessionError(where, "is empty")
        if len(value) > most:
            raise SessionError(where, f"is {len(value):,} characters long; the most is {most:,}")
        _check_markup(where, value)
        checked[name] = clean_markup(value.strip())
    return checked


def step_session(tab: str, section: Mapping, step: LessonStep) -> dict:
    """The checked session (:func:`sessions.parse_session`) showing tab ``tab`` with ``section`` (its JSON values)
    after ``step``: the step's fields replace the section's; SessionError if the result is not a valid state."""
    document = {"format": FORMAT, "version": VERSION, "tab": tab, "tabs": {tab: {**section, **step.values}}}
    return parse_session(json.dumps(document))


def lesson_steps(data: Mapping) -> tuple[LessonStep, ...]:
    """The checked ``steps`` of session ``data``'s lesson block, each applied in order on top of the lesson's own
    settings; SessionError naming the first bad step and field (none for a lesson block without its session)."""
    raw = data[LESSON_KEY].get(STEPS, [])
    if not isinstance(raw, list) or len(raw) > MAX_STEPS:
        raise SessionError(f"{LESSON_KEY}.{STEPS}", f"expected a list of at most {MAX_STEPS} steps")
    if "tab" not in data:  # a lesson block alone (the last session's, shown again): its words, no steps
        return ()
    tab = data["tab"]
    state = data.get("tabs", {}).get(tab)
    if raw and state is None:
        raise SessionError(f"{LESSON_KEY}.{STEPS}", f"the steps change the {tab} tab, which the session has no settings for")
    steps = []
    for index, item in enumerate(raw):
        where = f"{LESSON_KEY}.{STEPS}[{index}]"
        if not isinstance(item, Mapping) or set(item) != set(STEP_FIELDS):
            raise SessionError(where, f"expected an object with exactly {', '.join(STEP_FIELDS)}")
        do, values = item["do"], item["set"]
        if not isinstance(do, str) or not do.strip() or len(do) > MAX_STEP_TEXT or _TAG_START.search(do):
            raise SessionError(f"{where}.do", f"expected plain text of 1 to {MAX_STEP_TEXT} characters")
        if not isinstance(values, Mapping) or not values:
            raise SessionError(f"{where}.set", "expected an object with the fields the step sets")
        step = LessonStep(do.strip(), dict(values))
        try:
            state = step_session(tab, state.section(), step)["tabs"][tab]
        except SessionError as exc:
            raise SessionError(f"{where}.set", f"{exc.where}: {exc.message}") from None
        steps.append(step)
    return tuple(steps)


def lesson_from_session(data: Mapping, path: Path | None = None) -> Lesson:
    """A lesson from an already checked session's ``data``."""
    return Lesson(**lesson_fields(data), session=data, path=path, steps=lesson_steps(data))


def parse_lesson(text: str, source: str = "<lesson>") -> Lesson:
    """A lesson from a file's text: the session is checked first (registries, ranges), then its lesson block."""
    return lesson_from_session(parse_session(text, source))


def read_lesson(path: Path) -> Lesson:
    """The lesson in file ``path`` (SessionError saying what is wrong and where)."""
    path = Path(path)
    return lesson_from_session(read_session(path), path)


def catalogue(folder: Path) -> list[Lesson]:
    """The lessons ``NN-<slug>.alab`` in ``folder``, in order; each file must carry the number its name says."""
    lessons = []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
        lesson = read_lesson(path)
        prefix = path.name.split("-", 1)[0]
        if not (prefix.isascii() and prefix.isdigit()) or int(prefix) != lesson.number:  # "²".isdigit() is True
            raise SessionError(
                f"{LESSON_KEY}.number", f"{path.name} holds lesson {lesson.number}; its name must start with {lesson.number:02d}-"
            )
        lessons.append(lesson)
    numbers = [lesson.number for lesson in lessons]
    if numbers != list(range(1, len(lessons) + 1)):
        raise SessionError(
            f"{LESSON_KEY}.number", f"the lessons in {folder} are numbered {numbers}; expected 1 to {len(lessons)}"
        )
    return lessons


def neighbour(lessons: Sequence[Lesson], current: int | None, step: int) -> Lesson | None:
    """The lesson ``step`` places after number ``current`` (before, when negative); None past either end.

    With no current lesson (or a teacher's own, numbered outside the list), Next starts at the first
    lesson and Previous at the last.
    """
    if not lessons:
        return None
    index = next((i for i, lesson in enumerate(lessons) if lesson.number == current), None)
    if index is None:
        return lessons[0] if step > 0 else lessons[-1]
    wanted = index + step
    return lessons[wanted] if 0 <= wanted < len(lessons) else None
