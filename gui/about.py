"""Help > About: the versions of the app and of what it runs on, with a Copy button for bug reports.

torch (and the engine) are imported when the dialog opens, not when the menu is built: the
window appears before torch loads (:mod:`gui.startup`).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from gui.app import APP_NAME, APP_VERSION


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


@dataclass(frozen=True)
class AboutLine:
    name: str
    value: str


def about_lines(device_choice: str = "auto") -> list[AboutLine]:
    """What About shows, line by line: versions, the device ``device_choice`` ("auto", "cpu", "cuda") computes on,
    and the GPU's CUDA capability."""
    import numpy  # here, not at the top: the main window imports this module before its first paint
    import pyqtgraph
    import torch  # lazily: see the module's docstring

    from engine.devices import cuda_device

    gpu = cuda_device()
    if gpu is not None and device_choice in ("auto", "cuda"):
        device = f"CUDA ({gpu.name})"
    else:
        device = "CPU" + (_tr(" (CUDA not available)") if device_choice == "cuda" else "")
    capability = gpu.capability if gpu is not None else _tr("no CUDA device")
    return [
        AboutLine(APP_NAME, APP_VERSION),
        AboutLine("Python", platform.python_version()),
        AboutLine("PyTorch", torch.__version__ + (f" (CUDA {torch.version.cuda})" if torch.version.cuda else " (CPU)")),
        AboutLine("Qt", qVersion()),
        AboutLine("PySide6", PySide6.__version__),
        AboutLine("pyqtgraph", pyqtgraph.__version__),
        AboutLine("NumPy", numpy.__version__),
        AboutLine(_tr("Device in use"), device),
        AboutLine(_tr("CUDA capability"), capability),
        AboutLine(_tr("System"), platform.platform()),
    ]


def about_text(device_choice: str = "auto") -> str:
    """The lines as plain text, "name: value" each: what Copy puts on the clipboard."""
    return "\n".join(f"{line.name}: {line.value}" for line in about_lines(device_choice))


class AboutDialog(QDialog):
    """The versions in a read-only text box, Copy and Close buttons."""

    def __init__(self, device_choice: str = "auto", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        intro = QLabel(self.tr("{0}: activation functions and weight initialisation, to see and to teach.").format(APP_NAME))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(about_text(device_choice))
        self.text.setReadOnly(True)
        self.text.setMinimumSize(520, 230)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Put this text on the clipboard, e.g. for a bug report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
