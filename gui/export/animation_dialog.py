"""File > Export animation…: the current tab's figure as a GIF, WebP or APNG file.

The explorer and the depth tab sweep one of their ▶ slider parameters between two ends; the
training tab writes the run it recorded while it trained, or trains a new run of its current
settings (:mod:`gui.export.animation_sources`). Every frame is the figure File > Export writes
for that value or epoch. Format, speed, length, size and loop as on the command line; a progress
bar; Cancel leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from engine.errors import EngineError
from engine.jobs import Cancelled as EngineCancelled
from engine.tables import write_atomic
from engine.training_config import MAX_EPOCHS
from figures.spec import FigureSpec
from gui.export.animation import ANIMATION_FORMATS, MAX_FPS, MAX_FRAMES, MIN_FPS, AnimationOptions, animation_data
from gui.export.animation_sources import TrainingRun, source_of
from gui.export.size import PRESETS

NEW_RUN_EPOCHS = 200  # the new run's epochs offered first (as the 200-epoch training GIF)


class Cancelled(EngineCancelled):
    """The user pressed Cancel while the frames were computed or drawn (the engine's kind: it passes through the
    engine's CUDA-to-CPU fallback, which reruns on any Exception)."""


def sweepable(tab: QWidget) -> bool:
    """Whether the tab has something to animate: a ▶ slider to sweep, or a training run."""
    source = source_of(tab)
    return source is not None and (isinstance(source, TrainingRun) or bool(source.editors))


class AnimationDialog(QDialog):
    """Parameter, ends, format, speed, length, size and loop; then a file name and a progress bar."""

    def __init__(self, tab: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.source = source_of(tab)
        self.run = self.source if isinstance(self.source, TrainingRun) else None
        self.sweep = None if isinstance(self.source, TrainingRun) else self.source
        self.editors: list[Any] = [] if self.sweep is None else self.sweep.editors
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export animation"))
        form = QFormLayout(self)
        self.param_box = QComboBox()
        label = getattr(self.sweep, "label", lambda editor: editor.spec.name)
        for editor in self.editors:
            self.param_box.addItem(label(editor), editor.spec.name)
        gain = self.param_box.findData("gain")  # the depth tab's lesson: vanishing or exploding with the gain
        self.param_box.setCurrentIndex(max(gain, 0))
        self.start_box, self.end_box = QDoubleSpinBox(), QDoubleSpinBox()
        self.run_box = QComboBox()
        self.epochs_box = QSpinBox()
        self.epochs_box.setRange(1, MAX_EPOCHS)
        self.epochs_box.setValue(NEW_RUN_EPOCHS)
        self.epochs_box.setGroupSeparatorShown(True)
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
        if self.run is not None:
            if self.run.recorded() >= 2:
                first, last = self.run.recorder.epochs()
                text = self.tr("The run on screen: epochs {0} to {1} ({2} frames recorded)")
                self.run_box.addItem(text.format(f"{first:,}", f"{last:,}", f"{self.run.recorded():,}"), "recorded")
            self.run_box.addItem(self.tr("A new run of the current settings"), "new")
            form.addRow(self.tr("Run"), self.run_box)
            form.addRow(self.tr("Epochs"), self.epochs_box)
            self.run_box.currentIndexChanged.connect(self._run_chosen)
        else:
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
        self._ends_of(self.param_box.currentIndex())
        self._run_chosen()

    def _run_chosen(self, *_) -> None:
        """The new run's epochs only for a new run; a recording plays a frame per recorded frame by default."""
        recorded = self.run_box.currentData() == "recorded"
        self.epochs_box.setEnabled(not recorded)
        if recorded and self.run is not None:
            self.seconds_box.setValue(min(max(self.run.recorded() / self.fps_box.value(), 0.5), 60))

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

    def specs(self, progress: Callable[[float, int], None] | None = None) -> list[FigureSpec]:
        """The frames' figures with the dialog's choices; EngineError when the tab has nothing to animate."""
        count = self.frames()
        if self.run is not None:
            if self.run_box.currentData() == "recorded":
                return self.run.recorded_specs(count, progress)
            return self.run.new_run_specs(self.epochs_box.value(), count, progress)
        if self.sweep is None or not self.editors:
            raise EngineError("animation", self.tr("This tab has no parameter to sweep here yet"))
        editor = self.editors[self.param_box.currentIndex()]
        values = np.linspace(self.start_box.value(), self.end_box.value(), count)
        return self.sweep.specs(editor, values, progress)

    def animation_bytes(self, progress: Callable[[float, int], None] | None = None) -> bytes:
        """The file's contents with the dialog's choices (the figures, then the frames drawn: half the bar each)."""
        specs = self.specs(None if progress is None else lambda d, n: progress(d, 2 * n))
        preset = PRESETS.get(self.size_box.currentData() or "")
        size = dict(width=preset.width, height=preset.height, scale=preset.scale) if preset else {}
        options = AnimationOptions(fps=self.fps_box.value(), loop=self.loop_box.currentData())
        drawn = None if progress is None else lambda d, n: progress(n + d, 2 * n)
        return animation_data(specs, self.format_box.currentData(), options, progress=drawn, **size)

    def write(self, path: Path, cancelled: Callable[[], bool] = lambda: False) -> Path | None:
        """Write the animation to ``path`` whole, or nothing when ``cancelled()`` turns true (checked every frame)."""
        bar = QProgressDialog(self.tr("Drawing the frames…"), self.tr("Cancel"), 0, 100, self)
        bar.setMinimumDuration(0)

        def progress(done: float, total: int) -> None:
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
