"""The cursor readout under the explorer's plots: x, then f, f′ (and f″) of every visible curve.

The values are the engine's at exactly x (:meth:`gui.explorer.curves.CurveSet.values_at`),
not read off the plotted grid. The table is rich text in a fixed-height box, so moving the
mouse never lays the window out again.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from figures.palette import color
from gui.explorer.curves import CurveState, Values

Row = tuple[CurveState, Values]


class LabelBox(QWidget):
    """A QLabel in a box of its own that lays it out by hand.

    A QLabel asks its parent's layout to lay the window out again on every ``setText``
    (≈ 3 ms here, on every slider step, for the readout). The box has no layout, so
    the request stops there; the box's own height is set by its owner.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())


def readout_text(x: float, rows: Sequence[Row], labels: Sequence[str]) -> str:
    """Plain text: "x = …", then "name: f = …, f′ = …[, f″ = …]" per row (``labels`` in row order)."""
    lines = [f"x = {x:.6g}"]
    for (_, values), name in zip(rows, labels, strict=True):
        if values is None:
            lines.append(f"{name}: —")
            continue
        f, df, d2f = values
        parts = [f"f = {f:.6g}", f"f′ = {df:.6g}"] + ([f"f″ = {d2f:.6g}"] if d2f is not None else [])
        lines.append(f"{name}: " + ", ".join(parts))
    return "\n".join(lines)


class Readout(LabelBox):
    """The readout table; :meth:`show_rows` fills it, :meth:`fit` sizes it for a number of rows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Move the mouse over the plots to read f, f′ and f″."), parent)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.label.font()
        font.setPointSize(font.pointSize() + 1)
        self.label.setFont(font)
        self._rows = 0
        self.label.installEventFilter(self)  # a new font size (View > Larger): the same rows need a new height

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.FontChange:
            self.fit(self._rows)
        return False

    def fit(self, rows: int) -> None:
        """A fixed height for ``rows`` curves and the header line, so moving the mouse never relayouts."""
        self._rows = rows
        height = self.label.fontMetrics().lineSpacing() * (rows + 1) + 8
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def show_rows(self, x: float | None, rows: Sequence[Row], labels: Sequence[str], second: bool) -> None:
        """The table for ``rows`` at ``x`` (None: no cursor yet, the cells empty); ``second``: an f″ column."""
        where = self.tr("move the mouse over the plots") if x is None else f"x = {x:.6g}"
        head = (
            f"<tr><td><b>{where}</b></td><td align='right'>&nbsp;f&nbsp;</td>"
            f"<td align='right'>&nbsp;f′&nbsp;</td>" + ("<td align='right'>&nbsp;f″&nbsp;</td>" if second else "") + "</tr>"
        )
        body = []
        for (p, values), label in zip(rows, labels, strict=True):
            name = html.escape(label)
            cells = ["—"] * (3 if second else 2) if values is None else [f"{v:.6g}" for v in values if v is not None]
            body.append(
                f"<tr><td><span style='color:{color(p.slot)}'>■</span> {name}</td>"
                + "".join(f"<td align='right'>&nbsp;{c}&nbsp;</td>" for c in cells)
                + "</tr>"
            )
        text = f"<table cellspacing='0'>{head}{''.join(body)}</table>"
        if text != self.label.text():  # a new text re-lays out the page
            self.label.setText(text)
