"""Draw the app icon and write it for every platform: PNG (Linux, window icon), ICO (Windows), ICNS (macOS).

The icon is drawn with QPainter at each size (no scaling of one bitmap), so the
small sizes stay crisp: a blue tile with faint axes, a white sigmoid and, from
32 px up, its derivative (the orange bell) — an activation and its slope, which is
what the app shows. ICO and ICNS are written by hand as containers of PNGs (no
Pillow needed). Run from anywhere:

    .venv/bin/python tools/make_icons.py

and commit the files it writes to ``resources/icons/``.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "activation-lab"
PNG_SIZE = 512
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold a PNG of the given pixel size (Apple's icns format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)

BLUE_TOP, BLUE_BOTTOM = QColor("#1A8AD0"), QColor("#00507F")  # around Okabe-Ito blue #0072B2
ORANGE = QColor("#E69F00")  # Okabe-Ito orange


def _curve(fn, left: float, right: float, top: float, bottom: float, y_lo: float, y_hi: float) -> QPainterPath:
    """A path through ``fn`` on x in [-6, 6], mapped into the box (left, top)-(right, bottom)."""
    path = QPainterPath()
    n = 96
    for i in range(n + 1):
        x = -6.0 + 12.0 * i / n
        px = left + (right - left) * i / n
        py = bottom - (bottom - top) * (fn(x) - y_lo) / (y_hi - y_lo)
        (path.moveTo if i == 0 else path.lineTo)(QPointF(px, py))
    return path


def draw(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, transparent outside the rounded tile."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    margin = 0.0 if size <= 32 else s * 0.06  # small icons use the whole square
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, BLUE_TOP)
    gradient.setColorAt(1.0, BLUE_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, tile.width() * 0.2, tile.width() * 0.2)

    pad = tile.width() * 0.14
    left, right = tile.left() + pad, tile.right() - pad
    top, bottom = tile.top() + pad, tile.bottom() - pad
    stroke = max(1.6, tile.width() * 0.075)
    mid_x, base_y = (left + right) / 2, bottom - (bottom - top) * 0.1  # y = 0 sits low: sigmoid is in (0, 1)

    if size >= 24:  # faint axes
        axis = QPen(QColor(255, 255, 255, 90), max(1.0, tile.width() * 0.018))
        axis.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(axis)
        p.drawLine(QPointF(left - pad * 0.4, base_y), QPointF(right + pad * 0.4, base_y))
        p.drawLine(QPointF(mid_x, top - pad * 0.4), QPointF(mid_x, bottom + pad * 0.4))

    p.setBrush(Qt.BrushStyle.NoBrush)
    y_lo, y_hi = -0.1 / 0.9, 1.0
    if size >= 32:  # the derivative: sigmoid' = s(1 - s), scaled to be seen
        pen = QPen(ORANGE, stroke * 0.75)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        sig = lambda x: 1.0 / (1.0 + math.exp(-x))
        p.drawPath(_curve(lambda x: 2.2 * sig(x) * (1 - sig(x)), left, right, top, bottom, y_lo, y_hi))
    pen = QPen(QColor("white"), stroke)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPath(_curve(lambda x: 1.0 / (1.0 + math.exp(-x)), left, right, top, bottom, y_lo, y_hi))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNGs (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with a PNG element for each of Apple's sizes (1x and @2x)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({PNG_SIZE, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(draw(size)) for size in sizes}
    ICONS.mkdir(parents=True, exist_ok=True)
    outputs = {
        f"{NAME}.png": pngs[PNG_SIZE],
        f"{NAME}.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
        f"{NAME}.icns": icns_bytes(pngs),
    }
    for name, data in outputs.items():
        (ICONS / name).write_bytes(data)
        print(f"wrote {ICONS / name} ({len(data) / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
