"""Both curve palettes stay apart for colour-blind viewers; the high-contrast one also reads on a washed-out projector.

The check simulates protanopia, deuteranopia and tritanopia with the full-severity matrices of
Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
vision deficiency" (applied to linear sRGB), and measures distances in CIELAB (D65). Contrast
against the white background is WCAG 2.1's ratio (L1 + 0.05) / (L2 + 0.05) of relative luminances.
"""

import itertools

import numpy as np
import pytest

from figures.palette import DIVERGING_COLORMAP, HIGH_CONTRAST, OKABE_ITO, PALETTES
from gui.common.theme import BACKGROUND
from gui.training.plots import CLASS_COLORS

MACHADO_2009 = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
D65 = np.array([0.95047, 1.0, 1.08883])
MIN_DELTA_E = 15.0  # CIE76 ΔE between any two curve colours, for every kind of vision above
MIN_CONTRAST = 4.5  # WCAG 2.1 AA contrast for text (and thin lines) on the background


def linear_rgb(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(linear: np.ndarray) -> np.ndarray:
    xyz = SRGB_TO_XYZ @ np.clip(linear, 0.0, 1.0) / D65
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def contrast(a: str, b: str) -> float:
    la, lb = (float(np.array([0.2126, 0.7152, 0.0722]) @ linear_rgb(c)) for c in (a, b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def closest_pair(palette, vision: str) -> tuple[float, str, str]:
    matrix = MACHADO_2009[vision]
    return min(
        (float(np.linalg.norm(lab(matrix @ linear_rgb(a)) - lab(matrix @ linear_rgb(b)))), a, b)
        for a, b in itertools.combinations(palette, 2)
    )


def test_the_colour_science_matches_known_values():
    assert lab(linear_rgb("#ffffff")) == pytest.approx([100, 0, 0], abs=0.05)
    assert lab(linear_rgb("#ff0000")) == pytest.approx([53.24, 80.09, 67.20], abs=0.05)  # sRGB red in CIELAB
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    # Red and green, the pair a deuteranope confuses, come out close under the simulation and far apart without it.
    red, green = linear_rgb("#d62728"), linear_rgb("#2ca02c")
    seen = {v: np.linalg.norm(lab(MACHADO_2009[v] @ red) - lab(MACHADO_2009[v] @ green)) for v in ("normal", "deuteranopia")}
    assert seen["deuteranopia"] < MIN_DELTA_E < seen["normal"]


@pytest.mark.parametrize("name", sorted(PALETTES))
@pytest.mark.parametrize("vision", sorted(MACHADO_2009))
def test_every_two_curve_colours_stay_apart_for_every_kind_of_colour_vision(name, vision):
    distance, a, b = closest_pair(PALETTES[name], vision)
    assert distance >= MIN_DELTA_E, f"{name}: {a} and {b} are only ΔE {distance:.1f} apart for {vision}"


def test_every_high_contrast_colour_reads_on_the_white_background():
    low = {c: round(contrast(c, BACKGROUND), 2) for c in HIGH_CONTRAST if contrast(c, BACKGROUND) < MIN_CONTRAST}
    assert not low


def test_the_high_contrast_palette_is_a_real_change_from_the_default_where_the_default_is_faint():
    faint = [c for c in OKABE_ITO if contrast(c, BACKGROUND) < MIN_CONTRAST]
    assert faint  # orange, sky blue, yellow, ... : why the option exists
    assert len(HIGH_CONTRAST) == len(OKABE_ITO) and len(set(HIGH_CONTRAST)) == len(HIGH_CONTRAST)


MIN_POINT_DELTA_E = 20.0  # a point's colour against any colour of the map under it (normal vision)
MIN_POINT_CONTRAST = 3.0  # WCAG 2.1 non-text contrast (1.4.11): what the high-contrast palette promises on the map


def map_colours() -> list[str]:
    """Every colour the training tab's decision map shows: the diverging map at MAP_OPACITY over the background."""
    from gui.common.theme import colormap
    from gui.training.plots import MAP_OPACITY

    lut = colormap(DIVERGING_COLORMAP).getLookupTable(nPts=256)[:, :3].astype(float)
    white = np.array([int(BACKGROUND[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)
    mixed = np.rint(MAP_OPACITY * lut + (1 - MAP_OPACITY) * white).astype(int)
    return ["#{:02x}{:02x}{:02x}".format(*rgb) for rgb in mixed]


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_the_training_points_stand_out_from_every_colour_of_the_map_under_each_palette(name):
    """Orange points once turned dark gold on the map's olive end under high contrast (1.8:1, ΔE 19.6)."""
    shown = {label: _swapped(colour, name) for label, colour in CLASS_COLORS.items()}
    worst = {
        label: (min(delta_e(c, m) for m in map_colours()), min(contrast(c, m) for m in map_colours()))
        for label, c in shown.items()
    }
    for label, (distance, ratio) in worst.items():
        assert distance >= MIN_POINT_DELTA_E, f"{name}: class {label} ({shown[label]}) only ΔE {distance:.1f} from the map"
        if name == "high_contrast":
            assert ratio >= MIN_POINT_CONTRAST, f"class {label} ({shown[label]}) only {ratio:.2f}:1 against the map"


def delta_e(a: str, b: str) -> float:
    return float(np.linalg.norm(lab(linear_rgb(a)) - lab(linear_rgb(b))))


def _swapped(colour: str, palette: str) -> str:
    """The colour the View menu's restyling shows for ``colour`` (drawn in the default palette) under ``palette``."""
    from gui.common.scale import _palette_mapping

    if palette == "default":
        return colour
    mapping = {k.upper(): v for k, v in _palette_mapping(True).items()}
    return mapping.get(colour.upper(), colour)
