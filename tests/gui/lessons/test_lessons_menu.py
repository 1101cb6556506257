"""The Lessons menu, the lesson panel and the start page, driven as a teacher would in the main window."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDockWidget

from gui.common.settings import write_setting
from gui.lessons.model import catalogue
from gui.lessons.start_page import SHOWN_KEY, wants_start_page
from sessions import parse_session, session_text
from tests.windows import stop_jobs

ROOT = Path(__file__).resolve().parents[3]
LESSONS = catalogue(ROOT / "resources" / "lessons")
BY_NUMBER = {lesson.number: lesson for lesson in LESSONS}


def tab_shown(window):
    return window.current_tab()


def lesson_file(tmp_path: Path, source: int = 2, **block_changes) -> Path:
    """A teacher's own copy of bundled lesson ``source`` with its lesson block changed."""
    data = json.loads(next((ROOT / "resources" / "lessons").glob(f"{source:02d}-*.alab")).read_text(encoding="utf-8"))
    data["lesson"].update(block_changes)
    data["lesson"] = {k: v for k, v in data["lesson"].items() if v is not None}
    path = tmp_path / "my-lesson.alab"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_bundled_lessons_are_the_series_in_order():
    assert [lesson.number for lesson in LESSONS] == list(range(1, len(LESSONS) + 1))
    assert [lesson.tab for lesson in LESSONS] == [
        "training",
        "explorer",
        "depth",
        "explorer",
        "training",
        "explorer",
        "explorer",
        "initialization",
        "depth",
        "explorer",
        "training",
        "race",
    ][: len(LESSONS)]  # 11: regression; 12: the activation race
    assert len(LESSONS) >= 12


def test_the_lessons_menu_lists_the_lessons_then_next_previous_and_open(main_window):
    actions = main_window.lessons
    texts = [a.text() for a in actions.menu.actions() if not a.isSeparator()]
    assert texts[: len(LESSONS)] == [f"&{lesson.number}  {lesson.title}" for lesson in LESSONS]
    assert actions.next_action.shortcut().toString() == "PgDown"
    assert actions.previous_action.shortcut().toString() == "PgUp"
    assert actions.open_action in actions.menu.actions()
    bar_titles = [a.text() for a in main_window.menuBar().actions()]
    assert "&Lessons" in bar_titles
    assert bar_titles.index("&Lessons") > bar_titles.index("&File")


@pytest.mark.parametrize("number", [lesson.number for lesson in LESSONS])
def test_each_lesson_opens_its_tab_with_its_settings_and_shows_its_panel(main_window, qtbot, number):
    lesson = BY_NUMBER[number]
    actions = main_window.lessons
    assert actions.open_number(number)
    tab = tab_shown(main_window)
    assert tab.session_key == lesson.tab
    state = tab.state().section()
    wanted = lesson.session["tabs"][lesson.tab].section()
    assert {key: state[key] for key in wanted if key in state} == {k: v for k, v in wanted.items() if k in state}
    panel = actions.panel
    assert panel.isVisible() and isinstance(panel, QDockWidget)
    assert main_window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
    assert panel.title_text() == f"{number}. {lesson.title}"
    assert panel.question_text() == lesson.question
    assert panel.body_text().split()[:3] == _plain(lesson.text).split()[:3]
    stop_jobs(main_window)


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_page_down_and_page_up_walk_the_lessons_in_order_and_stop_at_the_ends(main_window, qtbot):
    actions = main_window.lessons
    main_window.activateWindow()
    last = len(LESSONS)
    seen = []
    for _ in range(last + 1):  # one press more than there are lessons
        qtbot.keyClick(main_window, Qt.Key.Key_PageDown)
        seen.append(actions.current.number)
        stop_jobs(main_window)
    assert seen == [*range(1, last + 1), last]
    assert not actions.next_action.isEnabled() and not actions.panel.next_button.isEnabled()
    back = []
    for _ in range(last):
        qtbot.keyClick(main_window, Qt.Key.Key_PageUp)
        back.append(actions.current.number)
        stop_jobs(main_window)
    assert back == [*range(last - 1, 0, -1), 1]
    assert not actions.previous_action.isEnabled() and not actions.panel.previous_button.isEnabled()
    assert actions.panel.next_button.isEnabled()


def test_the_panels_next_button_opens_the_next_lesson(main_window, qtbot):
    actions = main_window.lessons
    actions.open_number(4)
    qtbot.mouseClick(actions.panel.next_button, Qt.MouseButton.LeftButton)
    assert actions.current.number == 5 and tab_shown(main_window).session_key == "training"
    stop_jobs(main_window)


def test_the_panel_closes_and_comes_back_with_the_next_lesson(main_window, qtbot):
    actions = main_window.lessons
    actions.open_number(2)
    actions.panel.close()
    assert not actions.panel.isVisible()
    actions.next_lesson()
    assert actions.panel.isVisible() and actions.panel.title_text().startswith("3.")
    stop_jobs(main_window)


def test_a_teachers_own_lesson_file_opens_like_a_bundled_one(main_window, tmp_path):
    path = lesson_file(tmp_path, 10, number=11, title="My own lesson", question="What did you see?")
    actions = main_window.lessons
    assert actions.open_lesson_file(path)
    assert tab_shown(main_window).session_key == "explorer"
    assert actions.panel.title_text() == "11. My own lesson"
    assert actions.panel.question_text() == "What did you see?"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": None}, "lesson.title", "missing"),
        ({"number": 0}, "lesson.number", "whole number from 1"),
        ({"question": ""}, "lesson.question", "empty"),
        ({"text": "<script>alert(1)</script>"}, "lesson.text", "<script> is not allowed"),
        ({"questoin": "typo"}, "lesson.questoin", "unknown field"),
    ],
)
def test_a_teachers_lesson_with_a_bad_block_is_refused_naming_the_field_and_nothing_changes(
    main_window, tmp_path, changes, field, words
):
    path = lesson_file(tmp_path, 2, **changes)
    actions = main_window.lessons
    main_window.tabs.setCurrentIndex(2)  # the depth tab; the file would open the explorer
    before = tab_shown(main_window)
    explorer_before = main_window.lab_tabs()[0].state().section()
    assert not actions.open_lesson_file(path)
    message = actions.last_message()
    assert field in message and words in message and "my-lesson.alab" in message
    assert actions.message_box.isVisible()
    assert tab_shown(main_window) is before
    assert main_window.lab_tabs()[0].state().section() == explorer_before
    assert not actions.panel.isVisible() and actions.current is None
    actions.message_box.close()
    stop_jobs(main_window)


def test_a_teachers_lesson_with_a_bad_session_is_refused_naming_the_field(main_window, tmp_path):
    path = lesson_file(tmp_path, 2)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["tabs"]["explorer"]["curves"][0]["activation"] = "sigmoidd"
    path.write_text(json.dumps(data), encoding="utf-8")
    actions = main_window.lessons
    assert not actions.open_lesson_file(path)
    assert "tabs.explorer.curves[0].activation" in actions.last_message()
    actions.message_box.close()


# ---- the start page -----------------------------------------------------------------------------------------


def test_the_start_page_shows_itself_only_on_the_first_start_on_a_real_screen(qapp):
    write_setting(SHOWN_KEY, False)
    assert wants_start_page("xcb") and wants_start_page("windows") and wants_start_page("cocoa")
    assert not wants_start_page("offscreen")  # tests and the self-test never meet it unasked
    write_setting(SHOWN_KEY, True)
    assert not wants_start_page("xcb")


def test_the_window_opens_without_the_start_page_under_tests(main_window):
    assert main_window.lessons.start_page is None or not main_window.lessons.start_page.isVisible()


def test_the_start_page_lists_the_lessons_and_a_click_opens_one(main_window, qtbot):
    write_setting(SHOWN_KEY, False)
    actions = main_window.lessons
    page = actions.show_start_page()
    assert page.isVisible() and not page.isModal()
    assert not wants_start_page("xcb")  # shown once: remembered
    rows = [page.list.item(i).text() for i in range(page.list.count())]
    assert rows == [f"{lesson.number}.  {lesson.title}" for lesson in LESSONS]
    item = page.list.item(7)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualItemRect(item).center())
    assert not page.isVisible()
    assert actions.current.number == 8 and tab_shown(main_window).session_key == "initialization"
    stop_jobs(main_window)


def test_explore_on_my_own_closes_the_start_page_and_opens_nothing(main_window, qtbot):
    actions = main_window.lessons
    page = actions.show_start_page()
    before = tab_shown(main_window)
    qtbot.mouseClick(page.explore_button, Qt.MouseButton.LeftButton)
    assert not page.isVisible() and actions.current is None and tab_shown(main_window) is before


def test_the_lessons_menu_shows_the_start_page_again(main_window):
    actions = main_window.lessons
    actions.start_page_action.trigger()
    assert actions.start_page.isVisible()
    actions.start_page.close()


def test_a_lesson_file_opened_as_a_session_shows_its_lesson_in_the_panel(main_window, tmp_path):
    path = lesson_file(tmp_path, 4, title="Tanh, my way")
    assert main_window.open_session(path)
    actions = main_window.lessons
    assert actions.show_session_lesson(main_window.session_state())
    assert actions.panel.isVisible() and actions.panel.title_text() == "4. Tanh, my way"
    assert actions.next_action.isEnabled()


def test_a_plain_session_shows_no_lesson(main_window):
    assert not main_window.lessons.show_session_lesson({"format": "activation-lab-session", "version": 1, "tabs": {}})
    assert not main_window.lessons.panel.isVisible()


def test_the_app_start_shows_the_start_page_once_on_a_real_screen(main_window):
    write_setting(SHOWN_KEY, False)
    actions = main_window.lessons
    actions.app_started(session_named=True, platform="xcb")  # opened with a file: straight to it
    assert actions.start_page is None
    actions.app_started(platform="offscreen")
    assert actions.start_page is None
    actions.app_started(platform="xcb")
    assert actions.start_page.isVisible()
    actions.start_page.close()
    actions.app_started(platform="xcb")
    assert not actions.start_page.isVisible()  # remembered: once only


def test_the_app_start_shows_the_lesson_of_the_restored_session_translated_as_bundled(main_window, tmp_path):
    write_setting(SHOWN_KEY, False)
    assert main_window.open_session(next((ROOT / "resources" / "lessons").glob("05-*.alab")))
    actions = main_window.lessons
    actions.app_started(platform="xcb")
    assert actions.start_page is None
    assert actions.panel.isVisible() and actions.current is bundled_lesson(actions, 5)
    stop_jobs(main_window)


def bundled_lesson(actions, number):
    """The menu's own lesson object ``number`` (the one it translates and walks)."""
    return next(lesson for lesson in actions.lessons if lesson.number == number)


def test_a_lesson_file_opened_as_a_session_shows_its_panel_and_a_plain_session_hides_it(main_window, tmp_path):
    path = lesson_file(tmp_path, 10, number=12, title="Opened from the File menu", question="Which one is smooth?")
    actions = main_window.lessons
    assert main_window.open_session(path)
    assert actions.panel.isVisibleTo(main_window)
    assert actions.panel.title_text() == "12. Opened from the File menu"
    plain = tmp_path / "plain.alab"
    main_window.session_actions.save(plain, False)
    data = json.loads(plain.read_text(encoding="utf-8"))
    data.pop("lesson", None)
    plain.write_text(json.dumps(data), encoding="utf-8")
    assert main_window.open_session(plain)
    assert not actions.panel.isVisibleTo(main_window)


def test_lesson_7_opens_on_softmax_in_the_vector_view_and_the_next_curve_lesson_leaves_it(main_window):
    actions = main_window.lessons
    assert actions.open_number(7)
    explorer = tab_shown(main_window)
    assert explorer.showing_vector_view()
    assert explorer.catalogue.current_id() == "softmax"
    view = BY_NUMBER[7].session["tabs"]["explorer"].vector.section()
    x, t = np.array(view["x"]), view["params"]["temperature"]
    p = np.exp(x / t - (x / t).max()) / np.exp(x / t - (x / t).max()).sum()
    np.testing.assert_allclose(explorer.vector_view.result.output, p, rtol=1e-6)  # the bars the lesson talks about
    assert actions.open_number(10)  # GELU, SiLU, Mish: curves again
    assert not explorer.showing_vector_view() and explorer.state().section()["vector"] is None


def _trained_training_tab(main_window, qtbot, epochs: int = 2):
    from gui.training.tab import TrainingTab

    tab = next(t for t in main_window.lab_tabs() if isinstance(t, TrainingTab))
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.frame is not None and not tab.is_busy(), timeout=60_000)
    for _ in range(epochs):
        tab.controls.run_box.step_button.click()
        assert tab.wait_idle(60)
    assert tab.epoch() == epochs
    return tab


def test_opening_a_lesson_over_a_trained_network_asks_first_and_cancel_keeps_it(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tab = _trained_training_tab(main_window, qtbot)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not main_window.lessons.open_number(1)
    assert len(asked) == 1 and "epoch 2" in asked[0]
    assert tab.epoch() == 2 and main_window.lessons.current is None  # nothing replaced
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Open)
    assert main_window.lessons.open_number(1)
    assert main_window.lessons.current is bundled_lesson(main_window.lessons, 1)
    stop_jobs(main_window)


def test_a_lesson_that_leaves_the_training_tab_alone_opens_without_asking(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _trained_training_tab(main_window, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked although nothing trained is replaced"))
    assert "training" not in BY_NUMBER[2].session["tabs"]
    assert main_window.lessons.open_number(2)
    stop_jobs(main_window)


def test_the_title_names_the_opened_lesson_not_the_session_file_it_replaced(main_window, tmp_path):
    path = tmp_path / "mine.alab"
    assert main_window.session_actions.save(path)
    assert "mine.alab" in main_window.windowTitle()
    assert main_window.lessons.open_number(2)
    assert "mine.alab" not in main_window.windowTitle()
    assert main_window.windowTitle().startswith(f"Lesson 2: {BY_NUMBER[2].title}")
    assert main_window.session_actions.path is None  # Save asks for a name instead of overwriting mine.alab
    stop_jobs(main_window)


def test_after_a_restart_a_lesson_panel_shows_only_over_its_own_tab(main_window):
    actions = main_window.lessons
    assert actions.open_number(7)  # lesson 7 is about the explorer
    depth = next(t for t in main_window.lab_tabs() if t.session_key == "depth")
    main_window.tabs.setCurrentWidget(depth)
    saved = main_window.session_state()  # what closing keeps for the next start
    actions.panel.hide()
    actions.current = None
    main_window.apply_session(parse_session(session_text(saved)))  # as the next start reads it
    actions.app_started(session_named=True, platform="xcb")
    assert not actions.panel.isVisible()
    explorer = next(t for t in main_window.lab_tabs() if t.session_key == "explorer")
    main_window.tabs.setCurrentWidget(explorer)
    actions.app_started(session_named=True, platform="xcb")
    assert actions.panel.isVisible() and actions.current is bundled_lesson(actions, 7)
    stop_jobs(main_window)
