"""The menu bar keeps File, View, Lessons, Help in order whichever feature adds its menu first."""

from PySide6.QtWidgets import QMainWindow

from gui.menus import MENU_ORDER, top_menu


def test_menus_keep_their_order_whatever_order_they_are_created_in(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    for key in ("help", "view", "file", "lessons", "view"):
        top_menu(window, key)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [title for _, title in MENU_ORDER]


def test_asking_twice_gives_the_same_menu(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert top_menu(window, "view") is top_menu(window, "view")
