"""Toolbar controls for where (device) and in what precision (dtype) the engine computes.

The choices come from the engine (:data:`engine.devices.DEVICES`, :data:`engine.DTYPES`).
Every tab that computes offers ``set_compute(device, dtype)`` (and may refuse a dtype it
cannot use, saying why); the main window connects ``changed`` to them. The status bar
reports what was actually used (CUDA may fall back).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from engine.devices import DEVICES, DTYPES, cuda_available


class DeviceBar(QToolBar):
    """Device (auto / CPU / CUDA) and dtype combos; ``changed(device, dtype)`` on any change."""

    changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Computation"), parent)
        self.setObjectName("device_bar")
        self.device_combo = QComboBox()
        names = {"auto": self.tr("auto (CUDA if available)"), "cpu": self.tr("CPU"), "cuda": self.tr("CUDA")}
        has_cuda = cuda_available()
        for device in DEVICES:
            text = names.get(device, device)
            if device == "cuda" and not has_cuda:
                text = self.tr("CUDA (not available: falls back to CPU)")
            self.device_combo.addItem(text, device)
        self.device_combo.setToolTip(self.tr("Where every tab computes its plots"))
        self.dtype_combo = QComboBox()
        for dtype in DTYPES:
            self.dtype_combo.addItem(dtype, dtype)
        self.dtype_combo.setToolTip(
            self.tr("Floating-point precision of the computation; try float16 with log |f′| to see precision run out")
        )
        self.addWidget(QLabel(self.tr(" Device: ")))
        self.addWidget(self.device_combo)
        self.addWidget(QLabel(self.tr("  Precision: ")))
        self.addWidget(self.dtype_combo)
        self.device_combo.currentIndexChanged.connect(self._emit)
        self.dtype_combo.currentIndexChanged.connect(self._emit)

    def device(self) -> str:
        return self.device_combo.currentData()

    def dtype(self) -> str:
        return self.dtype_combo.currentData()

    def set_choice(self, device: str | None = None, dtype: str | None = None) -> None:
        """Select a device and/or dtype as if the user had (emits ``changed``)."""
        if device is not None:
            self.device_combo.setCurrentIndex(self.device_combo.findData(device))
        if dtype is not None:
            self.dtype_combo.setCurrentIndex(self.dtype_combo.findData(dtype))

    def _emit(self) -> None:
        self.changed.emit(self.device(), self.dtype())
