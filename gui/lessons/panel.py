"""The lesson panel: a dock beside the plots with the lesson's title, what to look at, and the question.

It shows whatever :class:`~gui.lessons.model.Lesson` it is given (already translated) and
reports Previous / Next; opening lessons is :mod:`gui.lessons.menu`'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.lessons.model import clean_markup

PANEL_WIDTH = 340  # wide enough for a sentence per line at the default font, narrow enough to leave the plots room
TEXT_SCALE = 1.15  # the lesson is read aloud from the screen: a little larger than the controls


class LessonPanel(QDockWidget):
    """A closable dock: lesson number and title, the text, the question for the class, Previous / Next."""

    previous_requested = Signal()
    next_requested = Signal()
    step_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Lesson"), parent)
        self.setObjectName("lesson_panel")
        self._title = ""
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.setTitleBarWidget(self._title_bar())
        content = QWidget()
        layout = QVBoxLayout(content)
        self.heading = QLabel()
        self.heading.setObjectName("lesson_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel()
        self.text.setObjectName("lesson_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.step_box = QFrame()  # the lesson's next step: its words (wrapped) and the button that does it
        self.step_box.setObjectName("lesson_step_box")
        self.step_label = QLabel()
        self.step_label.setObjectName("lesson_step")
        self.step_label.setWordWrap(True)
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        self.step_button = QPushButton()
        self.step_button.setToolTip(self.tr("Do the lesson's next step on screen (N)"))
        step_layout = QVBoxLayout(self.step_box)
        step_layout.setContentsMargins(6, 4, 6, 0)
        step_layout.addWidget(self.step_label)
        step_layout.addWidget(self.step_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.step_box.hide()
        self.question_box = QFrame()
        self.question_box.setObjectName("lesson_question_box")
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
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(6)
        layout.addWidget(self.question_box)
        layout.addStretch(1)
        font = content.font()
        font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        content.setFont(font)
        for label in (self.question_title, self.question, self.step_label):  # a style sheet above (or no content) stops the font
            label.setFont(font)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
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
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.step_box)  # below the scrolled text: always on screen, however long the lesson
        outer.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(PANEL_WIDTH)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.step_button.clicked.connect(self.step_requested)

    def _title_bar(self) -> QWidget:
        """The panel's name and its close button, in widgets that take the interface scale: Qt draws a dock's own
        title in the font it had when made (×1: small in presentation mode at ×2.5)."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 2, 2)
        self.title_label = QLabel(self.windowTitle())
        close = QToolButton()
        close.setObjectName("lesson_panel_close")
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.clicked.connect(self.close)
        row.addWidget(self.title_label, 1)
        row.addWidget(close)
        return bar

    def changeEvent(self, event: QEvent) -> None:
        """At a new scale the panel's least width starts again from :data:`PANEL_WIDTH`: Qt's dock layout raises a
        dock's minimum to its content's and never lowers it, so back at ×1 after ×2.5 the panel kept 521 px and,
        too wide to sit beside the plots, went below them (the scale round trip did not give the layout back)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.minimumWidth() != PANEL_WIDTH:
            self.setMinimumWidth(PANEL_WIDTH)  # the layout raises it again to what the content needs at this scale

    def show_lesson(
        self, number: int, title: str, text: str, question: str, total: int, has_previous: bool, has_next: bool
    ) -> None:
        """Show one lesson (texts already translated); ``total`` lessons in the series. Whatever the texts hold,
        Qt is given only the allowed tags (:func:`~gui.lessons.model.clean_markup`)."""
        self._title = f"{number}. {clean_markup(title)}"
        self.heading.setText(f"<span style='font-size: large'><b>{self._title}</b></span>")
        self.text.setText(clean_markup(text))
        self.question.setText(clean_markup(question))
        self.position.setText(self.tr("Lesson {0} of {1}").format(number, total) if 1 <= number <= total else "")
        self.previous_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)
        self.show()
        self.raise_()

    def show_step(self, number: int, total: int, text: str) -> None:
        """The button for step ``number`` of ``total`` (``text`` already translated); hidden when ``text`` is empty
        (no steps, or every step done)."""
        self.step_label.setText(self.tr("<b>Next step</b>: {0}").format(text.replace("&", "&amp;").replace("<", "&lt;")))
        self.step_button.setText(self.tr("Do step {0} of {1} (N)").format(number, total))
        self.step_box.setVisible(bool(text))

    def step_text(self) -> str:
        """The next step's words as plain text ("" when every step is done or the lesson has none)."""
        document = QTextDocument()
        document.setHtml(self.step_label.text())
        return document.toPlainText() if self.step_box.isVisibleTo(self) else ""

    def title_text(self) -> str:
        """The heading as plain text ("2. Sigmoid …")."""
        return self._title

    def body_text(self) -> str:
        """The lesson text as plain text."""
        document = QTextDocument()
        document.setHtml(self.text.text())
        return document.toPlainText()

    def question_text(self) -> str:
        return self.question.text()
