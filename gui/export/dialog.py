"""File > Export… and File > Export gallery…: choose format, size and style, then a file name.

The dialogs only collect choices; :mod:`gui.export.formats` and :mod:`gui.export.gallery` do the work.
The file (or folder) name comes from QFileDialog in one small method each, so tests
replace just that step. Errors are shown in a message box and the dialog stays open.
Sizes: a scale of the figure's natural size, pixels, or a 16:9 slide preset
(:data:`gui.export.size.PRESETS`: panels side by side, text sized for the slide).
Every text that may hold user input (titles, error messages) is shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.activations import ACTIVATIONS
from engine.errors import EngineError
from figures.spec import FigureSpec
from gui.export.formats import export_figure
from gui.export.gallery import GALLERY_FORMATS, INDEX_NAME, write_gallery
from gui.export.size import MAX_SIDE, MIN_SIDE, PRESETS, output_size

SCALES = (1, 2, 3, 4)


def _format_names() -> dict[str, str]:
    tr = lambda text: QCoreApplication.translate("ExportDialog", text)
    return {
        "png": tr("PNG image"),
        "svg": tr("SVG vector drawing"),
        "pdf": tr("PDF document (vector)"),
        "csv": tr("CSV data (every curve)"),
    }


def _style_names() -> dict[str, str]:
    tr = lambda text: QCoreApplication.translate("ExportDialog", text)
    return {
        "screen": tr("Screen (as shown)"),
        "print": tr("Print (white background, thick lines, large text)"),
    }


@dataclass
class ExportOptions:
    """What the user chose last time (kept for the session)."""

    fmt: str = "png"
    by_scale: bool = True
    preset: str = ""  # a slide preset's name when chosen (then by_scale is ignored)
    scale: int = 2
    width: int | None = None
    height: int | None = None
    style: str = "screen"
    include_caption: bool = False
    folder: str = ""


class ExportDialog(QDialog):
    """Export one figure: format, size (scale or pixels), style, formula; then a file name."""

    last_options = ExportOptions()

    def __init__(self, spec: FigureSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.exported_path: Path | None = None
        opts = ExportDialog.last_options
        self.setWindowTitle(self.tr("Export figure"))

        self.format_box = QComboBox()
        for fmt, name in _format_names().items():
            self.format_box.addItem(name, fmt)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(opts.fmt)))

        self.scale_radio = QRadioButton(self.tr("Scale"))
        self.pixels_radio = QRadioButton(self.tr("Pixels"))
        self.slide_radio = QRadioButton(self.tr("Slide 16:9"))
        group = QButtonGroup(self)
        group.addButton(self.scale_radio)
        group.addButton(self.pixels_radio)
        group.addButton(self.slide_radio)
        self.slide_box = QComboBox()
        for name, p in PRESETS.items():
            self.slide_box.addItem(self.tr("{0} × {1}").format(p.width, p.height), name)
        self.slide_box.setCurrentIndex(max(0, self.slide_box.findData(opts.preset)))
        self.scale_box = QComboBox()
        for s in SCALES:
            self.scale_box.addItem(self.tr("{0}×").format(s), s)
        self.scale_box.setCurrentIndex(max(0, self.scale_box.findData(opts.scale)))
        natural = output_size(spec, None, None, 1.0)
        self.width_box = self._pixels_box(opts.width or natural[0])
        self.height_box = self._pixels_box(opts.height or natural[1])
        (self.slide_radio if opts.preset else self.scale_radio if opts.by_scale else self.pixels_radio).setChecked(True)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_radio)
        scale_row.addWidget(self.scale_box)
        scale_row.addStretch()
        pixels_row = QHBoxLayout()
        pixels_row.addWidget(self.pixels_radio)
        pixels_row.addWidget(self.width_box)
        pixels_row.addWidget(QLabel("×"))
        pixels_row.addWidget(self.height_box)
        pixels_row.addStretch()
        slide_row = QHBoxLayout()
        slide_row.addWidget(self.slide_radio)
        slide_row.addWidget(self.slide_box)
        slide_row.addStretch()
        self.size_note = QLabel()
        self.size_note.setTextFormat(Qt.TextFormat.PlainText)  # may show an error that quotes user text
        self.size_note.setEnabled(False)

        self.style_box = QComboBox()
        for style, name in _style_names().items():
            self.style_box.addItem(name, style)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(opts.style)))
        self.caption_box = QCheckBox(self.tr("Include the formula under the title"))
        self.caption_box.setChecked(opts.include_caption and bool(spec.caption))
        self.caption_box.setEnabled(bool(spec.caption))

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Size:"), scale_row)
        form.addRow("", pixels_row)
        form.addRow("", slide_row)
        form.addRow("", self.size_note)
        form.addRow(self.tr("Style:"), self.style_box)
        form.addRow("", self.caption_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(spec.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)

        for signal in (
            self.format_box.currentIndexChanged,
            self.scale_box.currentIndexChanged,
            self.scale_radio.toggled,
            self.slide_radio.toggled,
            self.slide_box.currentIndexChanged,
            self.width_box.valueChanged,
            self.height_box.valueChanged,
            self.caption_box.toggled,
        ):
            signal.connect(self._update_enabled)
        self._update_enabled()

    def _pixels_box(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(MIN_SIDE, MAX_SIDE)
        box.setSuffix(self.tr(" px"))
        box.setValue(int(min(max(value, MIN_SIDE), MAX_SIDE)))
        return box

    # -- state -------------------------------------------------------------------------------
    def fmt(self) -> str:
        return self.format_box.currentData()

    def options(self) -> dict:
        """The keyword arguments for :func:`gui.export.export_figure`."""
        if self.slide_radio.isChecked():
            p = PRESETS[self.slide_box.currentData()]
            return dict(
                width=p.width,
                height=p.height,
                scale=p.scale,
                style=self.style_box.currentData(),
                include_caption=self.caption_box.isChecked(),
            )
        by_scale = self.scale_radio.isChecked()
        return dict(
            width=None if by_scale else self.width_box.value(),
            height=None if by_scale else self.height_box.value(),
            scale=float(self.scale_box.currentData()) if by_scale else 1.0,
            style=self.style_box.currentData(),
            include_caption=self.caption_box.isChecked(),
        )

    def _update_enabled(self) -> None:
        image = self.fmt() != "csv"
        by_scale = self.scale_radio.isChecked()
        for control in (self.scale_radio, self.pixels_radio, self.slide_radio, self.style_box, self.caption_box):
            control.setEnabled(image and (control is not self.caption_box or bool(self.spec.caption)))
        self.scale_box.setEnabled(image and by_scale)
        self.slide_box.setEnabled(image and self.slide_radio.isChecked())
        self.width_box.setEnabled(image and not by_scale)
        self.height_box.setEnabled(image and not by_scale)
        if not image:
            self.size_note.setText(self.tr("The data of every curve, one column per series."))
            return
        try:
            o = self.options()
            w, h = output_size(self.spec, o["width"], o["height"], o["scale"], o["include_caption"])
        except EngineError as exc:
            self.size_note.setText(str(exc))
            return
        if self.fmt() == "png":
            self.size_note.setText(self.tr("{0} × {1} pixels").format(w, h))
        else:
            self.size_note.setText(self.tr("{0} × {1} (vector; 96 units per inch)").format(w, h))

    # -- export ------------------------------------------------------------------------------
    def ask_file_name(self, suggested: str) -> str:
        """The save-file dialog (the one step tests replace)."""
        fmt = self.fmt()
        name_filter = f"{_format_names()[fmt]} (*.{fmt})"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export figure"), suggested, name_filter)
        return path

    def export(self) -> None:
        """Ask for a file name and write the figure; on error say why and stay open."""
        fmt = self.fmt()
        folder = ExportDialog.last_options.folder or QDir.homePath()
        path = self.ask_file_name(str(Path(folder) / f"{self.spec.name or 'figure'}.{fmt}"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in {f".{f}" for f in _format_names()}:
            target = target.with_name(target.name + f".{fmt}")
        try:
            self.exported_path = export_figure(self.spec, target, **self.options())
        except EngineError as exc:
            warn(self, self.tr("Export failed"), self.tr("The figure was not exported.\n\n{0}").format(user_message(exc)))
            return
        by_scale = self.scale_radio.isChecked()
        ExportDialog.last_options = replace(
            ExportDialog.last_options,
            fmt=target.suffix.lower().lstrip("."),
            by_scale=by_scale,
            preset=self.slide_box.currentData() if self.slide_radio.isChecked() else "",
            scale=int(self.scale_box.currentData()),
            width=self.width_box.value() if not by_scale else None,
            height=self.height_box.value() if not by_scale else None,
            style=self.style_box.currentData(),
            include_caption=self.caption_box.isChecked(),
            folder=str(target.parent),
        )
        self.accept()


class GalleryDialog(QDialog):
    """Export the activation gallery: which activations, format and style; then a folder."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export gallery"))
        self.written: list[Path] = []
        self.list = QListWidget()
        for act in ACTIVATIONS.values():
            item = QListWidgetItem(f"{QCoreApplication.translate('engine', act.name)}  ({act.id})")
            item.setData(Qt.ItemDataRole.UserRole, act.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        all_button = QPushButton(self.tr("All"))
        none_button = QPushButton(self.tr("None"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.format_box = QComboBox()
        names = _format_names()
        for fmt in GALLERY_FORMATS:
            self.format_box.addItem(names[fmt], fmt)
        self.style_box = QComboBox()
        for style, name in _style_names().items():
            self.style_box.addItem(name, style)
        self.style_box.setCurrentIndex(self.style_box.findData(ExportDialog.last_options.style))

        pick = QHBoxLayout()
        pick.addWidget(all_button)
        pick.addWidget(none_button)
        pick.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Style:"), self.style_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Choose folder and export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One figure per activation (f and f′) and an index page with the formulas.")))
        layout.addWidget(self.list)
        layout.addLayout(pick)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def chosen_ids(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def ask_folder(self) -> str:
        """The choose-folder dialog (the one step tests replace)."""
        start = ExportDialog.last_options.folder or QDir.homePath()
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the gallery"), start)

    def export(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            warn(self, self.tr("Export gallery"), self.tr("Tick at least one activation."))
            return
        folder = self.ask_folder()
        if not folder:
            return
        progress = QProgressDialog(self.tr("Drawing the gallery…"), self.tr("Stop"), 0, len(ids), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        stopped = False

        def report(done: int, total: int, activation_id: str) -> bool:
            nonlocal stopped
            progress.setValue(done)
            if activation_id:
                progress.setLabelText(self.tr("Drawing {0} ({1} of {2})…").format(activation_id, done + 1, total))
            QCoreApplication.processEvents()
            stopped = stopped or progress.wasCanceled()
            return not stopped

        try:
            self.written = write_gallery(
                folder, ids, fmt=self.format_box.currentData(), style=self.style_box.currentData(), progress=report
            )
        except EngineError as exc:
            warn(self, self.tr("Export failed"), self.tr("The gallery was not completed.\n\n{0}").format(user_message(exc)))
            return
        finally:
            progress.hide()
            progress.deleteLater()
        if stopped:
            return
        self.index_path = Path(folder) / INDEX_NAME
        self.accept()


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning box showing ``text`` as plain text (a message may quote what the user typed: ``<h1>`` stays ``<h1>``)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def user_message(exc: EngineError) -> str:
    """An engine error as the user should read it (the field name only where it helps)."""
    return exc.message if exc.field == "out" else str(exc)
