"""The View menu: presentation mode, larger/smaller, the interface scale, hiding the controls, high contrast.

Presentation mode (F5 on, Esc off) shows the window full screen at the presentation scale
(×1.5 unless changed with Larger/Smaller, within ×1.25–×2.5); outside it the interface scale
(×1–×2.5, for high-DPI laptops) applies. Both scales and the palette are remembered
(``present/…`` settings). The sizes themselves are set by :class:`gui.common.scale.WindowStyle`.
"""

from __future__ import annotations

from PySide6 import QtCore  # its Qt namespace used in functions only: PySide6 builds all its enums at first use
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from gui.common.scale import INTERFACE_RANGE, PRESENTATION_DEFAULT, PRESENTATION_RANGE, STEP, WindowStyle, step_scale
from gui.common.settings import read_setting, write_setting
from gui.common.tabs import show_controls
from gui.menus import top_menu

SCALE_KEY = "present/scale"
PRESENTATION_SCALE_KEY = "present/presentation_scale"
HIGH_CONTRAST_KEY = "present/high_contrast"


def _within(limits: tuple[float, float]):
    return lambda value: limits[0] <= value <= limits[1]


def interface_scales() -> list[float]:
    """The interface scales offered in the menu: ×1 to ×2.5 in steps of :data:`STEP`."""
    lo, hi = INTERFACE_RANGE
    return [lo + k * STEP for k in range(round((hi - lo) / STEP) + 1)]


class ViewActions(QObject):
    """Creates the View menu on ``window`` and keeps its scale, full screen and palette."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.style = WindowStyle(window)
        self.interface_scale = read_setting(SCALE_KEY, 1.0, _within(INTERFACE_RANGE))
        self.presentation_scale = read_setting(PRESENTATION_SCALE_KEY, PRESENTATION_DEFAULT, _within(PRESENTATION_RANGE))
        self._state_before: QtCore.Qt.WindowState | None = None  # (WindowNoState) not Qt's enums before the first paint

        menu = self.menu = top_menu(window, "view")
        self.present_action = self._action(self.tr("&Presentation mode"), "F5", checkable=True)
        self.present_action.setToolTip(
            self.tr("Full screen with larger text and thicker lines, for a projector (F5; Esc leaves)")
        )
        self.present_action.toggled.connect(self.set_presenting)
        self.leave_action = self._action(self.tr("Leave presentation mode"), "Esc")
        self.leave_action.setEnabled(False)  # Esc belongs to the widgets unless presenting
        self.leave_action.triggered.connect(lambda: self.present_action.setChecked(False))
        self.larger_action = self._action(self.tr("&Larger"), "Ctrl+=", QKeySequence.StandardKey.ZoomIn)
        self.larger_action.triggered.connect(lambda: self.step(+1))
        self.smaller_action = self._action(self.tr("&Smaller"), "Ctrl+-", QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self.step(-1))
        self.scale_menu = menu.addMenu(self.tr("&Interface scale"))
        self.scale_group = QActionGroup(self)
        for value in interface_scales():
            action = QAction(self.tr("{0} %").format(round(value * 100)), self.scale_group)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value == self.interface_scale)
            self.scale_menu.addAction(action)
        self.scale_group.triggered.connect(lambda action: self.set_interface_scale(action.data()))
        self.controls_action = self._action(self.tr("&Hide controls"), "F6", checkable=True)
        self.controls_action.setToolTip(self.tr("Fold away every tab's controls so the plots take the screen (F6)"))
        self.controls_action.toggled.connect(self.set_controls_hidden)
        self.contrast_action = self._action(self.tr("High-&contrast palette"), checkable=True)
        self.contrast_action.setChecked(read_setting(HIGH_CONTRAST_KEY, False))
        self.contrast_action.toggled.connect(self.set_high_contrast)

        for action in (self.present_action, self.larger_action, self.smaller_action):
            menu.addAction(action)
        menu.addMenu(self.scale_menu)
        menu.addSeparator()
        menu.addAction(self.controls_action)
        menu.addAction(self.contrast_action)
        window.addAction(self.leave_action)  # a shortcut only: unchecking Presentation mode says the same
        self.restyle()

    def _action(self, text: str, *shortcuts, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(checkable)
        keys = []
        for shortcut in shortcuts:
            for key in (
                QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]
            ):
                if key not in keys:  # the same key twice on one action is an "ambiguous shortcut": neither works
                    keys.append(key)
        action.setShortcuts(keys)
        return action

    # ---- state --------------------------------------------------------------------------------------
    def presenting(self) -> bool:
        return self.present_action.isChecked()

    def current_scale(self) -> float:
        """The factor now on screen: the presentation scale while presenting, else the interface scale."""
        return self.presentation_scale if self.presenting() else self.interface_scale

    def restyle(self) -> None:
        """Apply the current scale and palette to everything in the window (also to tabs built since)."""
        self.style.apply(self.current_scale(), self.contrast_action.isChecked())
        folding = getattr(self.window, "folding", None)
        if folding is not None:
            folding.update()  # control columns and the lesson panel for the new scale

    def set_controls_hidden(self, hidden: bool) -> None:
        """View > Hide controls: fold every tab's controls away (or give them back where they fit)."""
        folding = getattr(self.window, "folding", None)
        if folding is not None:
            folding.set_user_hidden(hidden)
        else:
            show_controls(self.window, not hidden)

    # ---- actions ------------------------------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        """Presentation mode on (full screen, presentation scale) or off (the window as it was)."""
        with_signals = self.present_action.blockSignals(True)
        self.present_action.setChecked(on)
        self.present_action.blockSignals(with_signals)
        self.leave_action.setEnabled(on)
        if on:
            self._state_before = self.window.windowState() & ~QtCore.Qt.WindowState.WindowFullScreen
            self.window.setWindowState(self.window.windowState() | QtCore.Qt.WindowState.WindowFullScreen)
        else:
            before = self._state_before
            self.window.setWindowState(QtCore.Qt.WindowState.WindowNoState if before is None else before)
        self.restyle()

    def step(self, steps: int) -> None:
        """Larger (+1) or smaller (−1) by one step of the scale now in use, kept within its range."""
        if self.presenting():
            self.presentation_scale = step_scale(self.presentation_scale, steps, PRESENTATION_RANGE)
            write_setting(PRESENTATION_SCALE_KEY, self.presentation_scale)
            self.restyle()
        else:
            self.set_interface_scale(step_scale(self.interface_scale, steps, INTERFACE_RANGE))

    def set_interface_scale(self, value: float) -> None:
        self.interface_scale = value
        write_setting(SCALE_KEY, value)
        for action in self.scale_group.actions():
            action.setChecked(action.data() == value)
        if not self.presenting():
            self.restyle()

    def set_high_contrast(self, on: bool) -> None:
        write_setting(HIGH_CONTRAST_KEY, on)
        self.restyle()
