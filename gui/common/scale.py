"""The interface scale and the curve palette of a window: fonts, control columns and plot items at one factor.

:class:`WindowStyle` applies a scale factor (×1 = the app as designed) to the application font,
to the widgets that set a font size of their own, to the fixed-width control columns
(:func:`gui.common.tabs.control_panels`) and to every plot item on screen
(:mod:`gui.common.scene_style`), and swaps curve colours for the high-contrast palette.
Items a tab adds later (a pool of marks growing, a new pen while a slider drags) are caught
by a rescan shortly after their scene changes, so no tab needs to know about the scale.
Going back to ×1 and the default palette restores every size and colour exactly.
"""

from __future__ import annotations

import sys

from PySide6 import QtCore  # its Qt namespace used in functions only: PySide6 builds all its enums at first use
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox, QGraphicsScene, QLabel, QProxyStyle, QStyle, QStyleFactory, QWidget

from figures.palette import CLASS_POINTS, HIGH_CONTRAST, OKABE_ITO, set_active_palette
from gui.common.responsive import SCALE_PROPERTY, content_width
from gui.common.tabs import control_panels

STEP = 0.25
INTERFACE_RANGE = (1.0, 2.5)
PRESENTATION_RANGE = (1.25, 2.5)
PRESENTATION_DEFAULT = 1.5
#: After a scene changed, its new or changed items are restyled this much later (once per burst of changes).
RESCAN_MS = 200
_BASE_PT = "scale_base_pt"  # widget properties: the font size or fixed width the widget was given,
_SHOWN_PT = "scale_shown_pt"  # and the one last set here (a different one now: its owner changed it)
SIZE_RESOLVED = 0x0002  # QFont::SizeResolved (PySide6 does not export the enum): the widget set its own size
_BASE_WIDTH = "scale_base_width"
_SHOWN_WIDTH = "scale_shown_width"


#: Sizes the widget style draws in pixels whatever the font: tick boxes, radio buttons, slider handles,
#: scroll bars and icons. Scaled with the text, or a ticked box is a speck next to its label.
SCALED_METRICS = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        QStyle.PixelMetric.PM_SliderThickness,
        QStyle.PixelMetric.PM_SliderLength,
        QStyle.PixelMetric.PM_SliderControlThickness,
        QStyle.PixelMetric.PM_ScrollBarExtent,
        QStyle.PixelMetric.PM_SmallIconSize,
        QStyle.PixelMetric.PM_ToolBarIconSize,
        QStyle.PixelMetric.PM_ButtonIconSize,
    }
)


class ScaledStyle(QProxyStyle):
    """The platform's widget style with :data:`SCALED_METRICS` multiplied by ``factor``."""

    def __init__(self, base_name: str, factor: float):
        super().__init__(QStyleFactory.create(base_name))
        self.base_name = base_name
        self.factor = factor

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.factor) if metric in SCALED_METRICS else value


def step_scale(value: float, steps: int, limits: tuple[float, float]) -> float:
    """``value`` moved by ``steps`` × :data:`STEP`, kept within ``limits`` (and on the step grid)."""
    lo, hi = limits
    return min(hi, max(lo, round((value + steps * STEP) / STEP) * STEP))


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # a window is shown, so the application exists
    return app


def _palette_mapping(high_contrast: bool) -> dict[str, str]:
    points = [(CLASS_POINTS["default"][k], CLASS_POINTS["high_contrast"][k]) for k in CLASS_POINTS["default"]]
    pairs = [*zip(OKABE_ITO, HIGH_CONTRAST, strict=True), *points]
    return {a: b for a, b in pairs if a != b} if high_contrast else {b: a for a, b in pairs if a != b}


def _rescaled(widget: QWidget, base_key: str, shown_key: str, current: float, factor: float) -> float:
    base, shown = widget.property(base_key), widget.property(shown_key)
    if base is None or shown != current:
        base = current
    new = base if factor == 1.0 else round(base * factor, 3)  # back at ×1: the very size it was given
    widget.setProperty(base_key, base)
    widget.setProperty(shown_key, new)
    return new


def refresh_size_hints(root: QWidget) -> None:
    """Make every combo box under ``root`` measure itself again. A combo box forgets its cached minimum size on a
    style change but not on a font change or a new size policy: back at ×1 it kept the ×2.5 one (the controls stood
    taller than before), and a fresh window kept the one from before its tab set its policy. Done when the window
    is built and after every scale change, so both lay out alike."""
    for combo in root.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # as wide as it first was
        QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
    for widget in root.findChildren(QWidget):
        if widget.hasHeightForWidth() or (isinstance(widget, QLabel) and widget.wordWrap()):
            widget.updateGeometry()  # the layouts' cached heights for a width go too


class WindowStyle(QObject):
    """The scale factor and palette of ``window`` (and of the application font)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self._factor = 1.0
        self._high_contrast = False
        self._base_font: QFont | None = None
        self._styled = False  # False until the first factor or palette other than the plain one
        self._scenes: set[int] = set()
        self._changed: dict[int, QGraphicsScene] = {}  # scenes changed since the last rescan, by id
        self._rescan = QTimer(self)
        self._rescan.setSingleShot(True)
        self._rescan.setInterval(RESCAN_MS)
        self._rescan.timeout.connect(self._restyle_changed)

    def factor(self) -> float:
        return self._factor

    def high_contrast(self) -> bool:
        return self._high_contrast

    def is_plain(self) -> bool:
        return self._factor == 1.0 and not self._high_contrast

    def apply(self, factor: float, high_contrast: bool | None = None) -> None:
        """Show the window at ``factor`` (and with the high-contrast palette or not)."""
        if high_contrast is not None and high_contrast != self._high_contrast:
            self._high_contrast = high_contrast
            set_active_palette("high_contrast" if high_contrast else "default")
        self._factor = factor
        _app().setProperty(SCALE_PROPERTY, factor)  # read by gui.common.responsive
        if self.is_plain() and not self._styled:
            return  # the app as designed: nothing to walk
        self._styled = True
        self._apply_font()
        self.restyle()

    def _apply_font(self) -> None:
        app = _app()
        style = app.style()
        base_name = style.base_name if isinstance(style, ScaledStyle) else style.name()
        if self._factor != 1.0:
            app.setStyle(ScaledStyle(base_name, self._factor))
        elif isinstance(style, ScaledStyle):
            app.setStyle(QStyleFactory.create(base_name))
        if self._base_font is None:
            if self._factor == 1.0:
                return
            self._base_font = QFont(app.font())
        font = QFont(self._base_font)
        if self._factor != 1.0:
            if self._base_font.pointSizeF() > 0:
                font.setPointSizeF(self._base_font.pointSizeF() * self._factor)
            else:
                font.setPixelSize(round(self._base_font.pixelSize() * self._factor))
        app.setFont(font)

    def restyle(self) -> None:
        """Bring every widget and plot item of the window to the current factor and palette."""
        if not self._styled:
            return
        for widget in self.window.findChildren(QWidget):
            if widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_SetFont) and widget.font().resolveMask() & SIZE_RESOLVED:
                font = widget.font()
                if font.pointSizeF() > 0:
                    size = _rescaled(widget, _BASE_PT, _SHOWN_PT, font.pointSizeF(), self._factor)
                    if size != font.pointSizeF():
                        font.setPointSizeF(size)
                        widget.setFont(font)
        for panel in control_panels(self.window):
            if panel.minimumWidth() == panel.maximumWidth():
                width = round(_rescaled(panel, _BASE_WIDTH, _SHOWN_WIDTH, panel.maximumWidth(), self._factor))
                panel.setProperty(_SHOWN_WIDTH, width)  # the whole pixels set, also when unchanged: a fraction left
                if width != panel.maximumWidth():  # (1002.5 at ×2.5 twice) made the next step take 1,002 for the base
                    panel.setFixedWidth(width)
        QTimer.singleShot(0, self._settle)  # once the new fonts have reached the layouts
        if "pyqtgraph" in sys.modules:  # else no plot exists yet (the window before its first paint): nothing to walk
            from gui.common.scene_style import restyle_views

            restyle_views(self.window, self._factor, _palette_mapping(self._high_contrast))
            self._watch_scenes()

    def _settle(self) -> None:
        """After a scale change: combo boxes measured again, control columns as wide as their content needs."""
        refresh_size_hints(self.window)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widen a control column to what its content needs at this scale (text does not grow exactly with the
        factor: at ×1.5 the training column's content needs 525 px, not 510), then let the window refold. Also at ×1:
        a column widened while the fonts were still the old scale's (the window refolds as it leaves full screen)
        goes back to its own width, or it stayed 464 px instead of 401 and folded the depth tab's controls away."""
        changed = False
        for panel in control_panels(self.window):
            if panel.minimumWidth() == panel.maximumWidth() and panel.property(_BASE_WIDTH) is not None:
                width = max(round(panel.property(_BASE_WIDTH) * self._factor), content_width(panel))
                if width != panel.maximumWidth():
                    panel.setProperty(_SHOWN_WIDTH, width)
                    panel.setFixedWidth(width)
                    changed = True
        folding = getattr(self.window, "folding", None)
        if changed and folding is not None:
            folding.update()

    def _watch_scenes(self) -> None:
        """Restyle again shortly after a scene changes (new items, pens replaced by their tab)."""
        from gui.common.scene_style import views

        for view in views(self.window):
            scene = view.scene()
            if scene is not None and id(scene) not in self._scenes:
                self._scenes.add(id(scene))
                scene.changed.connect(lambda _regions, scene=scene: self._scene_changed(scene))

    def _scene_changed(self, scene: QGraphicsScene) -> None:
        if self.is_plain():
            return
        self._changed[id(scene)] = scene
        if not self._rescan.isActive():
            self._rescan.start()

    def _restyle_changed(self) -> None:
        """Restyle only the scenes that changed: a training run repaints its plots many times a second.
        One scene takes 0.06-1.1 ms (19-236 items), the whole window 10-16 ms (all tabs' widgets and 17
        views, measured at 1920×1080 and ×1.5), so at most one rescan per RESCAN_MS costs < 1 %."""
        from gui.common.scene_style import restyle_scene

        changed, self._changed = self._changed, {}
        colours = _palette_mapping(self._high_contrast)
        for scene in changed.values():
            try:
                restyle_scene(scene, self._factor, colours)
            except RuntimeError:  # its view was closed meanwhile
                pass
