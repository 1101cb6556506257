"""Unexpected errors reach the user in one dialog, however many arrive."""

import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.common.errors import ERROR_DIALOG, install_excepthook


@pytest.fixture
def hook(qapp):
    saved = sys.excepthook
    install_excepthook()
    yield sys.excepthook
    sys.excepthook = saved
    if ERROR_DIALOG.box is not None:
        ERROR_DIALOG.box.close()


def _raise_into(hook, message: str) -> None:
    try:
        raise ValueError(message)
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)


def _open_error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_49_errors_in_a_row_open_one_dialog_that_counts_them(hook, qtbot):
    for i in range(49):
        _raise_into(hook, f"view range overflow {i}")
    boxes = _open_error_boxes()
    assert len(boxes) == 1
    assert "view range overflow 0" in boxes[0].text()  # the first cause, as it happened
    assert "49 times" in boxes[0].text()


def test_a_new_error_after_the_dialog_was_closed_opens_a_fresh_one(hook, qtbot):
    _raise_into(hook, "first")
    _open_error_boxes()[0].close()
    _raise_into(hook, "second")
    boxes = _open_error_boxes()
    assert len(boxes) == 1 and "second" in boxes[0].text() and "times" not in boxes[0].text()
