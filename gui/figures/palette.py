"""Colours: the Okabe-Ito colour-blind-safe palette, in the order curves take them, and the heat maps' colour maps.

A high-contrast palette can take its place (View > High-contrast palette, for a washed-out
projector): :func:`color` answers from the active one.

No Qt here: figure specs (and the command line's CSV path) name colours without loading a GUI.
"""

# Okabe & Ito (2008), "Color Universal Design"; black moved last so curves start coloured.
OKABE_ITO = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)

# For projectors: every colour at least 4.5:1 against the white background (WCAG 2.1's contrast for text;
# Okabe-Ito's orange, sky blue and yellow fall to 2.3, 2.3 and 1.3), and still colour-blind safe: under
# simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009) every pair stays at least ΔE 25
# apart in CIELAB (Okabe-Ito: 16), tests/gui/common/test_palettes.py. Found by a farthest-point search over
# the colours that pass the contrast bound; black stays last, as in the default palette.
HIGH_CONTRAST = (
    "#1A08FE",  # blue
    "#E71F06",  # red
    "#007278",  # teal
    "#C30CDA",  # magenta
    "#857456",  # grey-brown
    "#5E0B6B",  # dark purple
    "#800504",  # maroon
    "#000000",  # black
)

PALETTES = {"default": OKABE_ITO, "high_contrast": HIGH_CONTRAST}
_active = ["default"]

# Line styles that tell curves apart in greyscale print, cycled with the colours.
DASH_PATTERNS = ((), (6, 3), (2, 2), (6, 2, 2, 2))


def color(index: int) -> str:
    """The active palette's colour for curve ``index`` (cycling after eight)."""
    palette = active_palette()
    return palette[index % len(palette)]


def active_palette() -> tuple[str, ...]:
    return PALETTES[_active[0]]


def set_active_palette(name: str) -> None:
    """Make ``name`` (a key of :data:`PALETTES`) the palette curves take their colours from."""
    if name not in PALETTES:
        raise KeyError(name)
    _active[0] = name


# Colour maps by the names pyqtgraph knows (a trailing "_r" reverses one; gui.common.theme.colormap resolves them).
HEAT_COLORMAP = "CET-CBL2_r"  # colour-blind-safe linear map from white (nothing) through blue to black (the peak)
DIVERGING_COLORMAP = "CET-CBD1"  # colour-blind-safe, blue - light grey - yellow: 0 is the neutral middle
