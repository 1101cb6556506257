"""Colours: the Okabe-Ito colour-blind-safe palette, in the order curves take them, and the heat maps' colour maps.

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

# Line styles that tell curves apart in greyscale print, cycled with the colours.
DASH_PATTERNS = ((), (6, 3), (2, 2), (6, 2, 2, 2))


def color(index: int) -> str:
    """The palette colour for curve ``index`` (cycling after eight)."""
    return OKABE_ITO[index % len(OKABE_ITO)]


# Colour maps by the names pyqtgraph knows (a trailing "_r" reverses one; gui.common.theme.colormap resolves them).
HEAT_COLORMAP = "CET-CBL2_r"  # colour-blind-safe linear map from white (nothing) through blue to black (the peak)
DIVERGING_COLORMAP = "CET-CBD1"  # colour-blind-safe, blue - light grey - yellow: 0 is the neutral middle
