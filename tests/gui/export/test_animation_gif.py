"""The GIF writer's frames: unchanged pixels stored transparent, identical frames merged, and two independent
decoders (Pillow's and Qt's) showing every frame exactly as drawn."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageSequence
from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtGui import QImage, QImageReader

from gui.export.animation import UNCHANGED, AnimationOptions, Quantizer, encode_animation, gif_frames, global_palette

pytestmark = pytest.mark.gui


def drawn_frames() -> list[np.ndarray]:
    """A red square moving over a white 40 x 30 picture with a blue bar; the third frame repeats the second."""
    frames = []
    for left in (2, 10, 10, 18):
        rgb = np.full((30, 40, 3), 255, dtype=np.uint8)
        rgb[25:, :] = (40, 60, 200)
        rgb[5:15, left : left + 10] = (220, 30, 30)
        frames.append(rgb)
    return frames


def paletted(frames: list[np.ndarray]) -> list[Image.Image]:
    images = [Image.fromarray(f, "RGB") for f in frames]
    quantizer = Quantizer(global_palette([images[0], images[-1]]))
    return [quantizer.image(quantizer.indices(i)) for i in images]


def qt_frames(data: bytes) -> list[np.ndarray]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer, QByteArray(b"gif"))
    out = []
    while reader.canRead():
        image = reader.read().convertToFormat(QImage.Format.Format_RGB888)
        rows = np.frombuffer(bytes(image.constBits()), np.uint8).reshape(image.height(), image.bytesPerLine())
        out.append(rows[:, : 3 * image.width()].reshape(image.height(), image.width(), 3).copy())
    return out


def test_unchanged_pixels_are_transparent_and_a_repeated_frame_plays_longer():
    frames = paletted(drawn_frames())
    stored, durations = gif_frames(frames, 100)
    assert durations == [100, 200, 100]
    second = np.asarray(stored[1])
    moved = np.zeros((30, 40), dtype=bool)
    moved[5:15, 2:20] = True  # where the square was or is now
    assert (second[~moved] == UNCHANGED).all()
    assert (second[moved] != UNCHANGED).any() and UNCHANGED not in np.asarray(stored[0])


def test_pillow_and_qt_decode_every_frame_as_drawn(qapp):
    expected = [f for k, f in enumerate(drawn_frames()) if k != 2]
    data = encode_animation(paletted(drawn_frames()), "gif", AnimationOptions(fps=10, loop=0))
    image = Image.open(io.BytesIO(data))
    pillow = [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(image)]
    assert image.info["loop"] == 0 and len(pillow) == 3
    for decoded in (pillow, qt_frames(data)):
        assert len(decoded) == 3
        for frame, want in zip(decoded, expected, strict=True):
            assert np.array_equal(frame, want)  # four colours: every one exact in the palette
