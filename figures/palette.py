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
# simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009) every pair stays at least ΔE 29
# apart in CIELAB (Okabe-Ito: 16), tests/gui/common/test_palettes.py. Found by a search over the colours that
# pass the contrast bound, with the first two slots and the orange one kept near their Okabe-Ito hues: blue
# stays blue and orange becomes a dark gold, so the training tab's classes still sit at the blue and yellow
# ends of its colour map. Black stays last, as in the default palette.
HIGH_CONTRAST = (
    "#0972BC",  # blue
    "#6F2107",  # dark red-brown
    "#1A1D96",  # navy
    "#D14260",  # rose
    "#907302",  # dark gold
    "#5B1660",  # plum
    "#AA08FC",  # violet
    "#000000",  # black
)

PALETTES = {"default": OKABE_ITO, "high_contrast": HIGH_CONTRAST}

# The training map's points, class -> colour, per palette: they sit on the diverging map (CET-CBD1 at 80 %), not on
# white, so they are chosen against its colours (tests/gui/common/test_palettes.py): by default TensorFlow
# Playground's own orange (class 1, the yellow end) and blue (class 0); with high contrast a dark brown and a
# navy at least 3:1 (WCAG 2.1's non-text contrast) against every colour of the map. The palette's dark gold sat on
# the map's olive end at 1.8:1. Their own hexes (no curve colour) let the View menu swap them alone.
CLASS_POINTS = {"default": {1: "#F59322", 0: "#0877BD"}, "high_contrast": {1: "#6F2107", 0: "#1A1D96"}}
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
