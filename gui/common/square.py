"""A square-bound plot in a cell of any shape (the decision maps of the training and race tabs), the label of
numbers under one, and a title that fits its plot."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from gui.common.responsive import MIN_PLOT, SQUEEZED, min_plot_size, scale_factor

SQUEEZED_WIDER = 1.2  # a squeezed map's plot at most this much wider than its square (room for its title)


class SquareBox(QWidget):
    """Holds the pyqtgraph plot ``widget`` (its aspect locked, a map over [-6, 6]²) at the size whose view box is
    the largest square this box holds, centred across and at its top (the title where titles are): the map's range
    stays its own whatever the cell's shape. The title and axes around the view box are measured as laid out."""

    def __init__(self, widget, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = widget
        widget.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        widget.getPlotItem().vb.sigResized.connect(lambda *_: self._timer.start())

    def minimumSizeHint(self) -> QSize:
        return self.widget.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.widget.sizeHint()

    def decorations(self) -> tuple[int, int]:
        """The room the plot takes beside and above/below its view box (axes, title) as now laid out."""
        box = self.widget.getPlotItem().vb.size()
        if box.width() < 2 or box.height() < 2:  # not laid out yet: about an axis and a title at this scale
            guess = round(60 * scale_factor())
            return guess, guess
        return max(0, round(self.widget.width() - box.width())), max(0, round(self.widget.height() - box.height()))

    def place(self) -> None:
        across, down = self.decorations()
        side = max(1, min(self.width() - across, self.height() - down))
        # never narrower than a readable plot while the box is that wide (a map a little wider than [-6, 6] then, but
        # never a strip); where its grid squeezed it (SQUEEZED: lesson 1 at ×1.5 on 1280×800, the loss plots below it whole) at
        # most a fifth wider than its square (the title's room; a readable plot's width widened the range by half)
        parent = self.parentWidget()
        squeezed = parent.property(SQUEEZED) if parent is not None else None
        least = min_plot_size()[0]
        if float(squeezed or 1.0) < 1.0:
            least = max(MIN_PLOT[0], min(least, round(SQUEEZED_WIDER * (side + across))))
        width = min(self.width(), max(side + across, least))
        height = min(self.height(), side + down)
        wanted = QRect((self.width() - width) // 2, 0, width, height)  # centred across, its title at the top
        if self.widget.geometry() != wanted:
            self.widget.setGeometry(wanted)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place()


class BreakingLabel(QLabel):
    """Lines of "a · b" that put each part on a line of its own while a line is wider than the label: a map at its
    least width (×2.5) shows its numbers whole. Decided from the width alone (word wrap's height-for-width made the
    layout depend on the sizes it had passed through)."""

    SEPARATOR = " · "

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:
        if text == self._full:
            return  # drawn every frame while playing: measuring the lines again for the same text costs for nothing
        self._full = text
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # another scale: the same text may break otherwise now
            self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        wide = max((metrics.horizontalAdvance(line) for line in self._full.split("\n")), default=0) > self.width() - 2
        text = self._full.replace(self.SEPARATOR, "\n") if wide and self.width() > 0 else self._full
        if text != self.text():
            super().setText(text)


def keep_title_start(plot) -> None:
    """Centre ``plot``'s title, or set it from the left when it is wider than the plot: a square map narrower than its
    title then cuts the title's end, never its start (where the number is)."""
    label = plot.titleLabel
    wanted = "left" if label.item.boundingRect().width() > label.width() else "center"
    if label.opts.get("justify") != wanted:
        label.opts["justify"] = wanted
        label.resizeEvent(None)


ELLIPSIS = "…"


class FittedTitle(QObject):
    """``plot``'s title at its width: the first of the titles given (longest first) that fits, else the last one cut
    at its end with "…"; the whole first title in the title's tooltip whenever a shorter one is shown. Fitted again
    when the plot's width or the title's size changes (a new scale). Titles are plain text, the number first, after
    an optional ``prefix`` (HTML, never cut: the race's square in its racer's colour). Titles joined with
    :meth:`join` take the same form (both of lesson 1's maps short, not one of them)."""

    def __init__(self, plot) -> None:
        super().__init__(plot)
        self.plot = plot
        self.titles: tuple[str, ...] = ()
        self.prefix = ""
        self.group: list[FittedTitle] = [self]
        self._fitted: tuple | None = None  # (titles, room, size) of the last fit
        self._applied: tuple[int, str] | None = None  # (the alternative, the text) of the last fit
        # Each text's (width, height) as the title showed it, by the label's style: fitting the race's six titles
        # set every alternative (and a bisection's cuts) as the title to measure it, a frame, each setText an HTML
        # parse and a re-layout (3 to 5 ms of a race frame's drawing); measured once, only the chosen text is shown.
        self._sizes: dict[tuple, tuple[float, float]] = {}
        plot.titleLabel.geometryChanged.connect(self.fit)  # the label laid out at its new width (not the plot: before)

    @staticmethod
    def join(titles: Sequence[FittedTitle]) -> None:
        """Fit ``titles`` together from now on: each shows the same alternative, the shortest any of them needs."""
        group = list(titles)
        for title in group:
            title.group = group

    def set(self, titles: Sequence[str], prefix: str = "") -> None:
        titles = tuple(titles)
        if (titles, prefix) != (self.titles, self.prefix):
            self.titles, self.prefix = titles, prefix
            self.fit()

    def shown(self) -> str:
        """The alternative shown (without the prefix)."""
        return self.plot.titleLabel.text.removeprefix(self.prefix)

    def _key(self) -> tuple:
        label = self.plot.titleLabel
        return self.titles, self.prefix, round(label.width()), label.opts.get("size")

    def fit(self) -> None:
        if all(title._key() == title._fitted for title in self.group):
            return
        given = [title for title in self.group if title.titles]
        level = max((title._level() for title in given), default=0)
        for title in given:
            # a title whose key, alternative and text stay is not set again (the race's other five, as one changes);
            # its text is checked too: measuring a text not measured yet shows it (_measure)
            if (title._fitted, title._applied) != (title._key(), (level, title.plot.titleLabel.text)):
                title._apply(level)
                title._applied = (level, title.plot.titleLabel.text)
            title._fitted = title._key()

    def _level(self) -> int:
        """The index of the first alternative that fits (their count when none does)."""
        room = self.plot.titleLabel.width()
        return next((i for i, text in enumerate(self.titles) if self._fits(text, room)), len(self.titles))

    def _apply(self, level: int) -> None:
        """Show alternative ``level`` (the last one when there are fewer), cut at its end with "…" if it does not fit."""
        label, room = self.plot.titleLabel, self.plot.titleLabel.width()
        tallest = 0.0  # every alternative's height kept (a Chinese title is taller than a Latin one): a shorter title
        for text in self.titles:  # would give the map more height, so more width, the whole title back, and so on
            tallest = max(tallest, self._measure(text)[1])
        chosen = self.titles[min(level, len(self.titles) - 1)]
        if not self._fits(chosen, room):  # as many characters as fit
            low, high = 0, len(chosen)
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if self._fits(chosen[:middle].rstrip() + ELLIPSIS, room) else (low, middle - 1)
            chosen = chosen[:low].rstrip() + ELLIPSIS
        self._show(chosen)
        label.setMinimumHeight(tallest)
        label.setToolTip(self.titles[0] if chosen != self.titles[0] else "")
        keep_title_start(self.plot)

    def _fits(self, text: str, room: float) -> bool:
        """Whether ``text``, shown, fits ``room`` pixels (anything fits a title not laid out yet)."""
        return room <= 0 or self._measure(text)[0] <= room

    def _measure(self, text: str) -> tuple[float, float]:
        """``text``'s size as the title (shown once to measure it, then remembered for the label's style)."""
        label = self.plot.titleLabel
        style = tuple(sorted((k, str(v)) for k, v in label.opts.items() if k != "justify"))
        key = (self.prefix + text, style, label.item.font().key(), label.item.textWidth())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 4096:  # a long race's many numbers: forget them all rather than grow
                self._sizes.clear()
            self._show(text)
            box = label.item.boundingRect()
            size = self._sizes[key] = (box.width(), box.height())
        return size

    def _show(self, text: str) -> None:
        """Show ``text`` as the title."""
        label, text = self.plot.titleLabel, self.prefix + text
        if label.text != text:
            label.setText(text)
