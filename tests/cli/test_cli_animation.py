"""``main.py export ... --out FILE.gif|.webp|.apng``: animations decoded with Pillow, against the still exports."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageSequence

import main
from gui.export import animation

SLOPE = ["export", "--activation", "leaky_relu", "--width", "960", "--height", "540"]


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def frames_of(path: Path) -> tuple[list[np.ndarray], list[float], Image.Image]:
    """Every frame as an RGB array, each frame's duration in ms, and the opened image (for info)."""
    image = Image.open(path)
    arrays, durations = [], []
    for frame in ImageSequence.Iterator(image):
        arrays.append(np.asarray(frame.convert("RGB"), dtype=np.int16))
        durations.append(frame.info.get("duration"))
    return arrays, durations, image


def still(tmp_path: Path, argv: list[str], name: str = "still.png") -> np.ndarray:
    out = tmp_path / name
    assert main.main([*argv, "--out", str(out)]) == 0
    return np.asarray(Image.open(out).convert("RGB"), dtype=np.int16)


def assert_within_palette_error(frame: np.ndarray, expected: np.ndarray) -> None:
    """One 256-colour palette for the animation: nearly every pixel exact, none far off."""
    error = np.abs(frame - expected).max(axis=2)
    assert frame.shape == expected.shape
    assert error.mean() < 2.0
    assert np.mean(error > 24) < 0.002


def slope_height(frame: np.ndarray) -> float:
    """f(−1) of the f(x) panel's curve, as a share of the curve's rise from x=−5 to x=5, read from its pixels.

    The curve is the blue line in the top-left panel; x=−1 is 40 % of the way from its left end to its right end.
    """
    h, w, _ = frame.shape
    panel = frame[: h // 2, : w // 2]
    blue = (panel[..., 2] - panel[..., 0] > 80) & (panel[..., 2] > 120)
    rows, cols = np.nonzero(blue)
    left, right = cols.min(), cols.max()

    def row_at(col: int) -> float:
        return float(rows[np.abs(cols - col) <= 1].mean())

    at_minus_one = round(left + 0.4 * (right - left))
    return (row_at(left) - row_at(at_minus_one)) / (row_at(left) - row_at(right))


def test_slope_sweep_gif_plays_its_frames_and_ends_on_the_still_exports(tmp_path):
    out = tmp_path / "slope.gif"
    argv = [*SLOPE, "--sweep", "negative_slope=0:1", "--frames", "6", "--fps", "20", "--out", str(out)]
    assert main.main(argv) == 0
    frames, durations, image = frames_of(out)
    assert image.format == "GIF" and image.size == (960, 540)
    assert len(frames) == 6 and durations == [50] * 6 and image.info["loop"] == 0
    assert_within_palette_error(frames[0], still(tmp_path, [*SLOPE, "--param", "negative_slope=0"], "a.png"))
    assert_within_palette_error(frames[-1], still(tmp_path, [*SLOPE, "--param", "negative_slope=1"], "b.png"))
    heights = [slope_height(f) for f in frames]
    assert np.all(np.diff(heights) > 0)  # f(−1) = −slope rises with the slope
    slopes = np.linspace(0, 1, 6)
    assert heights == pytest.approx(4 * slopes / (5 + 5 * slopes), abs=0.03)  # (f(−1) − f(−5)) / (f(5) − f(−5))


def test_webp_is_lossless_and_its_ends_equal_the_still_pngs_pixel_for_pixel(tmp_path):
    out = tmp_path / "slope.webp"
    assert main.main([*SLOPE, "--sweep", "negative_slope=0.2:0.8", "--frames", "3", "--fps", "10", "--out", str(out)]) == 0
    frames, durations, image = frames_of(out)
    assert image.format == "WEBP" and image.size == (960, 540) and image.info["loop"] == 0
    assert len(frames) == 3 and durations == [100] * 3
    assert np.array_equal(frames[0], still(tmp_path, [*SLOPE, "--param", "negative_slope=0.2"], "a.png"))
    assert np.array_equal(frames[-1], still(tmp_path, [*SLOPE, "--param", "negative_slope=0.8"], "b.png"))


def test_apng_plays_once_when_asked_and_its_ends_equal_the_stills(tmp_path):
    out = tmp_path / "elu.apng"
    argv = ["export", "--activation", "elu", "--size", "slide-small", "--sweep", "alpha=0.5:2", "--frames", "3"]
    assert main.main([*argv, "--fps", "25", "--loop", "1", "--out", str(out)]) == 0
    frames, durations, image = frames_of(out)
    assert image.format == "PNG" and image.size == (1280, 720) and image.info["loop"] == 1
    assert len(frames) == 3 and durations == [40] * 3
    base = ["export", "--activation", "elu", "--size", "slide-small"]
    assert np.array_equal(frames[0], still(tmp_path, [*base, "--param", "alpha=0.5"], "a.png"))
    assert np.array_equal(frames[-1], still(tmp_path, [*base, "--param", "alpha=2"], "b.png"))


def test_depth_gain_sweep_reaches_the_initialisers_gain(tmp_path):
    base = ["export", "--depth", "--activation", "tanh", "--init", "xavier_normal", "--units", "32", "--batch", "32"]
    base += ["--layers", "4", "--width", "640", "--height", "900"]
    out = tmp_path / "gain.webp"
    assert main.main([*base, "--sweep", "gain=0.5:2", "--frames", "2", "--out", str(out)]) == 0
    frames, _, _ = frames_of(out)
    assert len(frames) == 2 and not np.array_equal(frames[0], frames[1])
    assert np.array_equal(frames[0], still(tmp_path, [*base, "--init-param", "gain=0.5"], "a.png"))
    assert np.array_equal(frames[1], still(tmp_path, [*base, "--init-param", "gain=2"], "b.png"))


def test_training_run_draws_one_frame_every_n_epochs_and_ends_on_the_still(tmp_path):
    base = ["export", "--train", "--dataset", "xor", "--epochs", "12", "--samples", "100", "--width", "640", "--height", "480"]
    out = tmp_path / "run.apng"
    assert main.main([*base, "--frames", "4", "--out", str(out)]) == 0  # epochs 0, 4, 8, 12
    frames, _, _ = frames_of(out)
    assert len(frames) == 4 and len({f.tobytes() for f in frames}) == 4
    assert np.array_equal(frames[-1], still(tmp_path, base, "last.png"))
    first = ["export", "--train", "--dataset", "xor", "--epochs", "0", "--samples", "100", "--width", "640", "--height", "480"]
    assert np.array_equal(frames[0], still(tmp_path, first, "first.png"))


def test_chinese_animation_frames_are_the_chinese_stills(tmp_path):
    from gui.app import install_language

    weights = ["export", "--init", "kaiming_normal", "--shape", "64,32", "--width", "640", "--height", "480"]
    out = tmp_path / "zh.webp"
    try:
        assert main.main(["--lang", "zh_CN", *weights, "--sweep", "a=0:1", "--frames", "2", "--out", str(out)]) == 0
        zh = still(tmp_path, ["--lang", "zh_CN", *weights, "--param", "a=1"], "zh.png")
    finally:
        install_language("en")  # the rest of the session's tests are in English
    frames, _, _ = frames_of(out)
    assert np.array_equal(frames[-1], zh)
    english = still(tmp_path, [*weights, "--param", "a=1"], "en.png")
    assert not np.array_equal(zh, english)  # the titles and labels did change language


@pytest.mark.parametrize(
    "extra",
    [
        ["--sweep", "negative_slope=0:1", "--frames", "1"],
        ["--sweep", "negative_slope=0:1", "--frames", "1001"],
        ["--sweep", "negative_slope=0:1", "--fps", "0"],
        ["--sweep", "negative_slope=0:1", "--fps", "60"],
        ["--sweep", "negative_slope=0:1", "--loop", "-1"],
        ["--sweep", "negative_slope=0:1", "--frames", "5", "--duration", "2"],
        ["--sweep", "negative_slope=1:1"],
        ["--sweep", "negative_slope=0"],
        ["--sweep", "slope=0:1", "--frames", "2"],
        ["--frames", "3"],
        [],  # a .gif with nothing to animate
        ["--sweep", "negative_slope=0:1", "--size", "poster"],
    ],
)
def test_bad_animation_values_exit_2_and_leave_the_old_file(tmp_path, capsys, extra):
    out = tmp_path / "keep.gif"
    out.write_bytes(b"old")
    assert main.main(["export", "--activation", "leaky_relu", *extra, "--out", str(out)]) == 2
    assert out.read_bytes() == b"old"
    assert "error:" in capsys.readouterr().err


def test_a_sweep_into_a_still_format_is_refused(tmp_path):
    out = tmp_path / "s.png"
    assert main.main([*SLOPE, "--sweep", "negative_slope=0:1", "--out", str(out)]) == 2
    assert not out.exists()


def test_more_frames_than_epochs_is_refused_before_training(tmp_path):
    out = tmp_path / "run.gif"
    assert main.main(["export", "--train", "--epochs", "3", "--frames", "5", "--out", str(out)]) == 2
    assert not out.exists()


class Terminal(io.StringIO):
    """stderr as a terminal (the bars are drawn only there)."""

    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_frames_computed_then_drawn(tmp_path, monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = tmp_path / "slope.webp"
    assert main.main([*SLOPE, "--sweep", "negative_slope=0:1", "--frames", "3", "--out", str(out)]) == 0
    lines = [line for line in terminal.getvalue().replace("\r", "\n").splitlines() if line.strip()]
    computing = [line for line in lines if line.startswith("computing")]
    drawing = [line for line in lines if line.startswith("drawing")]
    assert computing and drawing and lines.index(computing[-1]) < lines.index(drawing[0])
    assert "100%" in computing[-1] and "100%" in drawing[-1]


def test_ctrl_c_while_drawing_leaves_no_file(tmp_path, monkeypatch):
    drawn = []
    real = animation.figure_image

    def interrupting(spec, **options):
        drawn.append(spec)
        if len(drawn) == 3:
            raise KeyboardInterrupt
        return real(spec, **options)

    monkeypatch.setattr(animation, "figure_image", interrupting)
    out = tmp_path / "slope.gif"
    assert main.main([*SLOPE, "--sweep", "negative_slope=0:1", "--frames", "5", "--out", str(out)]) == 130
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
@pytest.mark.timeout(900)  # 200 frames drawn on a shared 2-core machine: minutes
def test_a_ten_second_960x540_sweep_gif_is_at_most_4_mb(tmp_path):
    out = tmp_path / "ten.gif"
    assert main.main([*SLOPE, "--sweep", "negative_slope=0:1", "--duration", "10", "--fps", "20", "--out", str(out)]) == 0
    frames, durations, image = frames_of(out)
    assert len(frames) == 200 and sum(durations) == 10_000 and image.size == (960, 540)
    assert out.stat().st_size <= 4 * 1024**2
