"""The network diagram's unit maps (every hidden unit and the output), painted by one item.

Each was a pyqtgraph ``ImageItem``: per unit and frame ``setImage`` and ``setRect`` (Python), then at the paint its
``paint`` and ``render`` (Python: the RGBA array made a ``QImage`` there) before the one ``drawImage`` that does the
work; seven to nine of them at [4, 2] for every frame drawn as fast as possible. Here a unit's ``QImage`` is made when
its colours change (a settled unit's stay: it is neither made again nor repainted) and one ``paint`` draws them all,
each with the transform and the ``drawImage`` call its ``ImageItem`` made, so the pixels are the same.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.functions_qimage import try_make_qimage
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QTransform


class Thumbnails(pg.GraphicsObject):
    """Images (RGBA, ``image[x, y]`` as ``ImageItem``'s column-major order) each filling its own rectangle."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: dict[tuple[int, int], QRectF] = {}
        self._images: dict[tuple[int, int], np.ndarray] = {}
        self._drawn: dict[tuple[int, int], tuple[QTransform, QImage]] = {}
        self._bounds = QRectF()

    def set_places(self, rects: dict[tuple[int, int], QRectF]) -> None:
        """The units' rectangles (``key``: column, row), each image stretched over its own; no images yet."""
        self.prepareGeometryChange()
        self._rects, self._images, self._drawn = dict(rects), {}, {}
        self._bounds = QRectF()
        for rect in self._rects.values():
            self._bounds = self._bounds.united(rect)

    def set_image(self, key: tuple[int, int], rgba: np.ndarray) -> None:
        """Show ``rgba`` (w, h, 4 uint8) in ``key``'s rectangle; the same colours as shown: nothing to do."""
        shown = self._images.get(key)
        if shown is not None and np.array_equal(shown, rgba):
            return
        width, height = rgba.shape[:2]
        image = try_make_qimage(rgba.swapaxes(0, 1), levels=None, lut=None)  # what ImageItem.render makes of it
        if image is None:
            raise ValueError(f"not an RGBA image: {rgba.dtype} {rgba.shape}")
        rect = self._rects[key]
        transform = QTransform()  # as ImageItem.setRect: the image's pixels over the rectangle
        transform.translate(rect.left(), rect.top())
        transform.scale(rect.width() / width, rect.height() / height)
        self._images[key] = rgba
        self._drawn[key] = (transform, image)
        self.update(rect)

    def image(self, key: tuple[int, int]) -> np.ndarray | None:
        """The RGBA array shown for ``key`` (None before one is set)."""
        return self._images.get(key)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        # Qt paints an ImageItem under (its transform × its parent's scene transform), times the view's transform
        # where the view has one (pyqtgraph's have none: it moves the scene, QGraphicsView.isTransformed() is False).
        # This item has no transform of its own, so the painter holds its parent's scene transform: the image's
        # transform put in front of it is the product Qt made for the ImageItem, bit for bit (a test compares pixels).
        base = painter.worldTransform()
        for transform, image in self._drawn.values():
            painter.setWorldTransform(transform * base)
            painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
        painter.setWorldTransform(base)
