"""The lesson panel: a dock beside the plots with the lesson's title, what to look at, and the question.

It shows whatever :class:`~gui.lessons.model.Lesson` it is given (already translated) and
reports Previous / Next; opening lessons is :mod:`gui.lessons.menu`'s job.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

PANEL_WIDTH = 340  # wide enough for a sentence per line at the default font, narrow enough to leave the plots room


class LessonPanel(QDockWidget):
    """A closable dock: lesson number and title, the text, the question for the class, Previous / Next."""

    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Lesson"), parent)
        self.setObjectName("lesson_panel")
        self._title = ""
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("lesson_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.text = QTextBrowser()
        self.text.setObjectName("lesson_text")
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.question_box = QFrame()
        self.question_box.setObjectName("lesson_question_box")
        self.question_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.question_box.setStyleSheet(
            "#lesson_question_box { background: #fff6dc; border: 1px solid #e3c775; border-radius: 6px; }"
        )
        question_layout = QVBoxLayout(self.question_box)
        self.question_title = QLabel(self.tr("<b>Ask the class</b>"))
        self.question = QLabel()
        self.question.setObjectName("lesson_question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        question_layout.addWidget(self.question_title)
        question_layout.addWidget(self.question)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous lesson (Page Up)"))
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next lesson (Page Down)"))
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.position, 1)
        buttons.addWidget(self.next_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.question_box)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(PANEL_WIDTH)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)

    def show_lesson(
        self, number: int, title: str, text: str, question: str, total: int, has_previous: bool, has_next: bool
    ) -> None:
        """Show one lesson (texts already translated); ``total`` lessons in the series."""
        self._title = f"{number}. {title}"
        self.heading.setText(f"<span style='font-size: large'><b>{self._title}</b></span>")
        self.text.setHtml(text)
        self.question.setText(question)
        self.position.setText(self.tr("Lesson {0} of {1}").format(number, total) if 1 <= number <= total else "")
        self.previous_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)
        self.show()
        self.raise_()

    def title_text(self) -> str:
        """The heading as plain text ("2. Sigmoid …")."""
        return self._title

    def body_text(self) -> str:
        """The lesson text as plain text."""
        return self.text.toPlainText()

    def question_text(self) -> str:
        return self.question.text()
