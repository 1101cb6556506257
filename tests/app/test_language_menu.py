"""View > Language: the choice is remembered, ``--lang`` overrides it, a restart starts the same program;
and ``main.py --lang zh_CN --self-test`` passes in Chinese."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMenu

from gui.app import active_language, install_language
from gui.common.language import LanguageMenu, remembered_language, restart_command
from gui.common.settings import read_setting, write_setting
from gui.main_window import MainWindow


@pytest.fixture
def no_choice():
    write_setting("language", "system")
    yield
    write_setting("language", "system")


def test_the_view_menu_offers_system_english_and_chinese_and_remembers_the_choice(qtbot, no_choice):
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "language_menu")
    assert isinstance(menu, LanguageMenu)
    assert menu.menuAction() in window.findChild(QMenu, "menu_view").actions()
    actions = menu.actions_by_value()
    assert [a.text() for a in actions.values()][1:] == ["English", "中文"]
    assert remembered_language() is None
    menu.choose(actions["zh_CN"], ask=False)
    assert read_setting("language", "") == "zh_CN" and remembered_language() == "zh_CN"
    menu.choose(actions["system"], ask=False)
    assert remembered_language() is None


def test_a_remembered_language_that_is_not_offered_falls_back_to_the_system(no_choice):
    write_setting("language", "klingon")
    assert remembered_language() is None


def test_a_restart_runs_the_same_program_with_the_same_arguments_minus_lang():
    program, args = restart_command(["main.py", "--lang", "zh_CN", "--self-test", "--lang=en"])
    assert program == sys.executable and args == ["main.py", "--self-test"]


def test_lang_on_the_command_line_overrides_the_remembered_choice_and_the_self_test_passes_in_chinese(qapp, no_choice, capsys):
    from PySide6.QtCore import QCoreApplication

    from main import main

    write_setting("language", "en")
    try:
        status = main(["--lang", "zh_CN", "--self-test"])
        assert active_language() == "zh_CN"
        assert QCoreApplication.translate("Menus", "&File") == "文件(&F)"
    finally:
        install_language("en")
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
                widget.deleteLater()
    printed = capsys.readouterr().out
    assert status == 0 and "self-test: OK" in printed, printed[-2000:]
    assert "PASS visit tab '激活函数'" in printed  # the steps name the tabs in Chinese
