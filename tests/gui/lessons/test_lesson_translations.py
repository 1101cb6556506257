"""Lesson text is translatable: the template holds it under "Lessons", and the app looks it up there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from gui.lessons.menu import LessonActions
from gui.lessons.model import catalogue

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py)

LESSONS = catalogue(ROOT / "resources" / "lessons")


class LessonMarker(QTranslator):
    """Marks every string looked up under "Lessons" (⟦like this⟧), leaves the rest."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if context == translations.LESSONS_CONTEXT else None

    def isEmpty(self):
        return False


@pytest.fixture
def marker(qapp):
    translator = LessonMarker()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_template_holds_every_lessons_title_text_and_question_under_lessons(tmp_path):
    messages = translations.ts_messages(translations.build(tmp_path / "template.ts"))
    for lesson in LESSONS:
        for text in (lesson.title, lesson.text, lesson.question):
            assert (translations.LESSONS_CONTEXT, text) in messages, text[:60]


def test_a_lesson_removed_from_the_bundle_is_marked_vanished_in_the_template(tmp_path):
    ts = tmp_path / "template.ts"
    translations.build(ts)
    texts = translations.lesson_strings()
    translations.merge_lessons(ts, texts[3:])  # as if lesson 1 had been deleted
    messages = translations.ts_messages(ts)
    assert (translations.LESSONS_CONTEXT, LESSONS[0].title) not in messages
    assert (translations.LESSONS_CONTEXT, LESSONS[1].title) in messages


def test_the_menu_the_panel_and_the_start_page_show_lesson_text_through_the_translator(main_window, marker):
    actions = LessonActions(main_window)  # a fresh menu, built while the marker is installed
    assert all("⟦" in action.text() for action in actions.lesson_actions)
    actions.open_number(2)
    assert actions.panel.title_text() == f"2. ⟦{LESSONS[1].title}⟧"
    assert actions.panel.question_text() == f"⟦{LESSONS[1].question}⟧"
    assert actions.panel.body_text().startswith("⟦")
    page = actions.show_start_page()
    assert page.list.item(0).text() == f"1.  ⟦{LESSONS[0].title}⟧"
    page.close()
