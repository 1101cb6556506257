"""Animated exports: a sequence of figures as an animated GIF, WebP or APNG file (written by Pillow).

Each frame is :func:`gui.export.formats.figure_image` of one FigureSpec, the same image a
still PNG export writes, so an animation's first and last frames are the still exports at
the sweep's ends: pixel for pixel in WebP (lossless) and APNG, within the palette's error in
GIF. A GIF has one palette for the whole animation (taken from the first and last frames,
no dithering, so an unchanged pixel stays the same index), stores only the rectangle that
changed from one frame to the next with the unchanged pixels in it transparent (APNG: the
rectangle); identical frames in a row become one longer frame. Nothing here writes a file:
the caller writes the bytes atomically.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage

from engine.errors import EngineError
from figures.spec import FigureSpec
from gui.export.formats import figure_image

ANIMATION_FORMATS = ("gif", "webp", "apng")
MIN_FRAMES, MAX_FRAMES = 2, 1000
MIN_FPS, MAX_FPS = 1, 50  # browsers slow GIF frames shorter than 20 ms down to 100 ms
MAX_LOOP = 65535  # the formats' 16-bit loop count
MEMORY_BUDGET = 1024**3  # the frames held before encoding (RGB; one byte a pixel for GIF)


@dataclass(frozen=True)
class AnimationOptions:
    """How the frames play: ``fps`` frames a second, ``loop`` plays (0: forever)."""

    fps: float = 20
    loop: int = 0

    @property
    def frame_ms(self) -> int:
        return round(1000 / self.fps)


def check_animation(fmt: str, frames: int, options: AnimationOptions, size: tuple[int, int] | None = None) -> None:
    """EngineError naming the field for a format, frame count, speed, loop or memory out of range."""
    if fmt not in ANIMATION_FORMATS:
        raise EngineError("out", f"unsupported animation format {fmt!r}: use " + ", ".join(f".{f}" for f in ANIMATION_FORMATS))
    if isinstance(frames, bool) or not isinstance(frames, int) or not MIN_FRAMES <= frames <= MAX_FRAMES:
        raise EngineError("frames", f"must be a whole number from {MIN_FRAMES} to {MAX_FRAMES}, got {frames!r}")
    fps = options.fps
    if isinstance(fps, bool) or not isinstance(fps, (int, float)) or not MIN_FPS <= fps <= MAX_FPS:
        raise EngineError("fps", f"must be a number from {MIN_FPS} to {MAX_FPS}, got {fps!r}")
    loop = options.loop
    if isinstance(loop, bool) or not isinstance(loop, int) or not 0 <= loop <= MAX_LOOP:
        raise EngineError("loop", f"must be the number of plays, 1 to {MAX_LOOP}, or 0 for forever; got {loop!r}")
    if size is not None:
        need = frames * size[0] * size[1] * (1 if fmt == "gif" else 3)
        if need > MEMORY_BUDGET:
            raise EngineError(
                "frames",
                f"{frames} frames of {size[0]} x {size[1]} pixels need too much memory: use fewer frames or a smaller size",
            )


def pil_image(image: QImage) -> Image.Image:
    """A QImage as an RGB Pillow image, pixel for pixel."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    return Image.frombuffer("RGB", (width, height), bytes(rgb.constBits()), "raw", "RGB", stride, 1).copy()


#: The GIF palette's last entry: "unchanged", transparent over the frame before (the other 255 are colours).
UNCHANGED = 255
#: How many of a GIF's commonest colours its palette keeps exactly (the rest of the 255: a median cut).
EXACT = 128


def global_palette(samples: list[Image.Image]) -> list[int]:
    """One palette for a whole GIF from a few of its frames: 255 colours, then :data:`UNCHANGED`.

    A figure is mostly a few flat colours (background, grid, text, curves) with antialiased edges,
    and maybe a colour map: the :data:`EXACT` commonest colours are kept exactly (those pixels stay
    exact), the other entries are a median cut of the remaining pixels (a map's gradient and the
    edges take the nearest, 46 levels off at worst on the training map instead of 67 when every
    entry was a common colour).
    """
    counts: dict[tuple[int, int, int], int] = {}
    for sample in samples:
        for count, colour in sample.getcolors(sample.width * sample.height) or []:
            key = cast(tuple[int, int, int], colour)  # an RGB image's colours are (r, g, b)
            counts[key] = counts.get(key, 0) + count
    common = sorted(counts, key=counts.__getitem__, reverse=True)
    chosen, rest = common[:EXACT], common[EXACT:]
    if len(rest) <= UNCHANGED - len(chosen):
        chosen += rest
    else:
        pixels = np.repeat(np.asarray(rest, dtype=np.uint8), [counts[c] for c in rest], axis=0)
        cut = Image.fromarray(pixels.reshape(1, -1, 3), "RGB").quantize(UNCHANGED - len(chosen), Image.Quantize.MEDIANCUT)
        entries = np.asarray(cut.getpalette() or [], dtype=np.uint8).reshape(-1, 3)[: UNCHANGED - len(chosen)]
        chosen += [(int(r), int(g), int(b)) for r, g, b in entries]
    return [channel for colour in chosen for channel in colour] + [0, 0, 0] * (256 - len(chosen))


class Quantizer:
    """Frames in one palette's colours (r, g, b, ... as :func:`global_palette` gives), each pixel the nearest of its
    first 255 entries: exact where the colour is one of them (Pillow's own mapping goes through a coarse colour
    cube and turns white into 252 grey). Each colour's entry is looked up once for the whole animation."""

    def __init__(self, palette: list[int]):
        self.palette = palette
        self.entries = np.asarray(palette, dtype=np.int32).reshape(-1, 3)[:UNCHANGED]
        self.known = np.zeros(1 << 24, dtype=bool)  # 16 MB each: one flag and one index per 24-bit colour
        self.index = np.zeros(1 << 24, dtype=np.uint8)

    def indices(self, frame: Image.Image) -> np.ndarray:
        """The frame's palette indices, (height, width) uint8."""
        rgb = np.asarray(frame, dtype=np.int32)
        packed = (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]
        new = np.unique(packed[~self.known[packed]])
        for start in range(0, len(new), 4096):  # bounded memory for frames with many colours
            colours = new[start : start + 4096]
            wanted = np.stack([colours >> 16, (colours >> 8) & 255, colours & 255], axis=1)
            distances = ((wanted[:, None, :] - self.entries[None, :, :]) ** 2).sum(axis=2)
            self.index[colours] = distances.argmin(axis=1)
            self.known[colours] = True
        return self.index[packed]

    def image(self, indices: np.ndarray) -> Image.Image:
        image = Image.fromarray(indices, "P")
        image.putpalette(self.palette)
        return image


def paletted(frame: Image.Image, palette: list[int]) -> Image.Image:
    """``frame`` in ``palette``'s colours, as :class:`Quantizer` maps them."""
    quantizer = Quantizer(palette)
    return quantizer.image(quantizer.indices(frame))


def gif_frames(frames: list[Image.Image], frame_ms: int) -> tuple[list[Image.Image], list[int]]:
    """The paletted frames as a GIF stores them, and each one's duration: a frame equal to the one before adds its
    time to it; in each frame after the first the pixels equal to the frame before are :data:`UNCHANGED`
    (transparent: the frame before shows through), which compresses far better than repeating them."""
    if not frames:
        return [], []
    out, durations, before = [frames[0]], [frame_ms], np.asarray(frames[0])
    for frame in frames[1:]:
        now = np.asarray(frame)
        same = now == before
        if same.all():
            durations[-1] += frame_ms
            continue
        image = Image.fromarray(np.where(same, UNCHANGED, now).astype(np.uint8), "P")
        image.putpalette(frame.getpalette() or [])
        out.append(image)
        durations.append(frame_ms)
        before = now
    return out, durations


def render_frames(
    specs: Sequence[FigureSpec],
    fmt: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    **options,
) -> list[Image.Image]:
    """The figures drawn as Pillow frames (options as :func:`figure_image`); GIF frames in one palette,
    taken from the first and last frames (drawn first). ``progress(done, count)`` after each frame."""
    count = len(specs)

    def draw(index: int) -> Image.Image:
        return pil_image(figure_image(specs[index], **options))

    first = draw(0)
    check_animation(fmt, count, AnimationOptions(), first.size)
    drawn = {0: first}
    palette: list[int] | None = None
    if fmt == "gif":
        drawn[count - 1] = draw(count - 1)
        palette = global_palette([first, drawn[count - 1]])
    quantizer = None if palette is None else Quantizer(palette)
    frames = []
    for index in range(count):
        frame = drawn.pop(index, None) or draw(index)
        frames.append(frame if quantizer is None else quantizer.image(quantizer.indices(frame)))
        if progress is not None:
            progress(index + 1, count)
    return frames


def encode_animation(frames: list[Image.Image], fmt: str, options: AnimationOptions) -> bytes:
    """The frames as a GIF, WebP or APNG file's contents."""
    check_animation(fmt, len(frames), options)
    buffer = io.BytesIO()
    head, rest = frames[0], frames[1:]
    if fmt == "gif":
        extra = {} if options.loop == 1 else {"loop": max(options.loop - 1, 0)}  # GIF counts repeats after the first play
        (head, *rest), durations = gif_frames(frames, options.frame_ms)
        head.save(
            buffer,
            "GIF",
            save_all=True,
            append_images=rest,
            duration=durations,
            disposal=1,
            optimize=False,
            transparency=UNCHANGED,
            **extra,
        )
    elif fmt == "webp":
        head.save(
            buffer,
            "WEBP",
            save_all=True,
            append_images=rest,
            duration=options.frame_ms,
            loop=options.loop,
            lossless=True,
            method=4,
        )
    else:
        head.save(
            buffer, "PNG", save_all=True, append_images=rest, duration=options.frame_ms, loop=options.loop, disposal=0, blend=0
        )
    return buffer.getvalue()


def animation_data(
    specs: Sequence[FigureSpec],
    fmt: str,
    animation: AnimationOptions,
    *,
    progress: Callable[[int, int], None] | None = None,
    **options,
) -> bytes:
    """The figures as one animated file's contents; ``options`` as :func:`figure_image` (size, scale, style)."""
    check_animation(fmt, len(specs), animation)
    return encode_animation(render_frames(specs, fmt, progress=progress, **options), fmt, animation)
