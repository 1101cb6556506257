"""File > Export animation…: sweep one of the current tab's slider parameters into a GIF, WebP or APNG file.

The parameters offered are the tab's sliders that have a ▶ (:class:`gui.common.sweep.SweepButton`).
Each frame moves that slider as a drag would, lets the tab apply it (``tab.flush()``) and takes
``tab.figure_spec()``, the figure File > Export writes; the slider goes back where it was. Tabs
whose figures are computed in the background (depth, training) have no ``flush`` and are not
offered yet: the command line's ``export --sweep`` animates them. Cancel leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QProgressDialog,
    QWidget,
)

from engine.errors import EngineError
from engine.tables import write_atomic
from figures.spec import FigureSpec
from gui.common.sweep import SweepButton
from gui.export.animation import ANIMATION_FORMATS, MAX_FPS, MAX_FRAMES, MIN_FPS, AnimationOptions, animation_data
from gui.export.size import PRESETS


class Cancelled(Exception):
    """The user pressed Cancel while the frames were drawn."""


def sweepable(tab: QWidget) -> list:
    """The tab's parameter editors that have a ▶ (their ``spec.name`` and ``slider``), when the tab can flush."""
    if not callable(getattr(tab, "flush", None)):
        return []
    return [b.parent() for b in tab.findChildren(SweepButton) if hasattr(b.parent(), "spec")]


def settle(tab) -> None:
    """Apply the tab's waiting change now and wait for curves computed in the background (the explorer's slow ones)."""
    tab.flush()
    wait = getattr(tab, "wait_evaluated", None)
    if callable(wait) and not wait():
        raise EngineError("animation", "the plots took too long to compute")


def sweep_specs(tab, editor, values, progress: Callable[[int, int], None] | None = None) -> list[FigureSpec]:
    """The tab's figure at each value of ``editor``'s slider (set as a drag sets it); the slider is put back."""
    before = editor.slider.value()
    specs = []
    try:
        for index, value in enumerate(values):
            editor.slider.setValue(float(value))
            settle(tab)
            specs.append(tab.figure_spec())
            if progress is not None:
                progress(index + 1, len(values))
    finally:
        editor.slider.setValue(before)
        settle(tab)
    return specs


class AnimationDialog(QDialog):
    """Parameter, ends, format, speed, length, size and loop; then a file name and a progress bar."""

    def __init__(self, tab: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.editors = sweepable(tab)
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export animation"))
        form = QFormLayout(self)
        self.param_box = QComboBox()
        for editor in self.editors:
            self.param_box.addItem(editor.spec.name)
        self.start_box, self.end_box = QDoubleSpinBox(), QDoubleSpinBox()
        self.format_box = QComboBox()
        for fmt, name in zip(ANIMATION_FORMATS, ("GIF", "WebP", "APNG"), strict=True):
            self.format_box.addItem(name, fmt)
        self.fps_box = QDoubleSpinBox()
        self.fps_box.setRange(MIN_FPS, MAX_FPS)
        self.fps_box.setDecimals(0)
        self.fps_box.setValue(20)
        self.seconds_box = QDoubleSpinBox()
        self.seconds_box.setRange(0.5, 60)
        self.seconds_box.setValue(3)
        self.seconds_box.setSuffix(self.tr(" s"))
        self.size_box = QComboBox()
        self.size_box.addItem(self.tr("As on screen (960 px wide)"), None)
        for name, p in PRESETS.items():
            self.size_box.addItem(self.tr("Slide {0} × {1}").format(p.width, p.height), name)
        self.loop_box = QComboBox()
        self.loop_box.addItem(self.tr("Forever"), 0)
        self.loop_box.addItem(self.tr("Once"), 1)
        form.addRow(self.tr("Parameter"), self.param_box)
        form.addRow(self.tr("From"), self.start_box)
        form.addRow(self.tr("To"), self.end_box)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Frames per second"), self.fps_box)
        form.addRow(self.tr("Duration"), self.seconds_box)
        form.addRow(self.tr("Size"), self.size_box)
        form.addRow(self.tr("Loop"), self.loop_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.param_box.currentIndexChanged.connect(self._ends_of)
        self._ends_of(0)

    def _ends_of(self, index: int) -> None:
        if not 0 <= index < len(self.editors):
            return
        slider = self.editors[index].slider
        low, high = float(slider.minimum()), float(slider.maximum())
        for box, value in ((self.start_box, low), (self.end_box, high)):
            box.setDecimals(3)
            box.setRange(low, high)
            box.setValue(value)

    def frames(self) -> int:
        return int(min(max(round(self.seconds_box.value() * self.fps_box.value()), 2), MAX_FRAMES))

    def animation_bytes(self, progress: Callable[[int, int], None] | None = None) -> bytes:
        """The file's contents with the dialog's choices; EngineError when the tab has nothing to sweep."""
        if not self.editors:
            raise EngineError("animation", self.tr("This tab has no parameter to sweep here yet"))
        editor = self.editors[self.param_box.currentIndex()]
        count = self.frames()
        values = np.linspace(self.start_box.value(), self.end_box.value(), count)
        specs = sweep_specs(self.tab, editor, values, None if progress is None else lambda d, n: progress(d, 2 * n))
        preset = PRESETS.get(self.size_box.currentData() or "")
        size = dict(width=preset.width, height=preset.height, scale=preset.scale) if preset else {}
        options = AnimationOptions(fps=self.fps_box.value(), loop=self.loop_box.currentData())
        drawn = None if progress is None else lambda d, n: progress(n + d, 2 * n)
        return animation_data(specs, self.format_box.currentData(), options, progress=drawn, **size)

    def write(self, path: Path, cancelled: Callable[[], bool] = lambda: False) -> Path | None:
        """Write the animation to ``path`` whole, or nothing when ``cancelled()`` turns true (checked every frame)."""
        bar = QProgressDialog(self.tr("Drawing the frames…"), self.tr("Cancel"), 0, 100, self)
        bar.setMinimumDuration(0)

        def progress(done: int, total: int) -> None:
            bar.setValue(round(100 * done / total))
            if bar.wasCanceled() or cancelled():
                raise Cancelled

        try:
            data = self.animation_bytes(progress)
        except Cancelled:
            return None
        finally:
            bar.close()
        self.written = write_atomic(path, data)
        return self.written

    def export(self) -> None:
        fmt = self.format_box.currentData()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export animation"), f"animation.{fmt}", f"*.{fmt}")
        if not name:
            return
        try:
            if self.write(Path(name)) is not None:
                self.accept()
        except EngineError as exc:
            from gui.export.dialog import user_message, warn

            warn(self, self.tr("Export failed"), user_message(exc))
