"""The start page: a friendly window on first run listing the lessons, and "Explore on my own".

It is not modal (the app behind it works, a test drives it with clicks) and closes when a
lesson is chosen. It appears by itself only once, when the app itself starts (``gui.startup``,
never a window built by a test, a script or the self-test) on a real screen with no session
named (:func:`wants_start_page`); the Lessons menu shows it again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from gui.common.settings import read_setting, write_setting

SHOWN_KEY = "lessons/start_page_shown"
#: Platforms without a screen a person looks at: the start page never opens there by itself.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})


def wants_start_page(platform: str) -> bool:
    """Show the start page by itself: on the first start (never shown before) on a real screen."""
    return platform not in HEADLESS_PLATFORMS and not read_setting(SHOWN_KEY, False)


def remember_shown() -> None:
    write_setting(SHOWN_KEY, True)


class StartPage(QDialog):
    """Welcome text, one row per lesson (click or Enter opens it), and "Explore on my own"."""

    #: The lesson number chosen.
    lesson_chosen = Signal(int)

    def __init__(self, lessons: Sequence[tuple[int, str]], translate: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_page")
        self.setWindowTitle(self.tr("Welcome to Activation Lab"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        heading = QLabel(self.tr("<h2>Welcome to Activation Lab</h2>"))
        intro = QLabel(
            self.tr(
                "See how activation functions and weight initialisation shape a neural network. "
                "Follow the lessons in order (each opens the right tab with a question to ask the class), "
                "or explore on your own. The Lessons menu brings you back here."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("start_page_lessons")
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::item { padding: 6px; }")
        for number, title in lessons:
            item = QListWidgetItem(f"{number}.  {translate(title)}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)
        self.explore_button = QPushButton(self.tr("Explore on my own"))
        self.explore_button.setDefault(False)
        self.explore_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Click a lesson to open it.")), 1)
        buttons.addWidget(self.explore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        rows = max(1, self.list.count())
        self.list.setMinimumHeight(rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth() + 4)
        self.resize(600, self.sizeHint().height())

    def _choose(self, item: QListWidgetItem) -> None:
        self.close()
        self.lesson_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, number: int) -> None:
        """Open lesson ``number`` as a click on its row does."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                self._choose(item)
                return
        raise KeyError(f"no lesson {number} on the start page")
