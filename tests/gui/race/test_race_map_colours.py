"""A racer's map is coloured in numpy with the diverging colour map: its ends at the levels, NaN transparent."""

import numpy as np

from gui.common.theme import DIVERGING_COLORMAP, colormap
from gui.race.views import rgba_of


def test_a_map_is_coloured_from_low_to_high_with_the_diverging_colour_map():
    table = colormap(DIVERGING_COLORMAP).getLookupTable(nPts=256)  # independently: pyqtgraph's own table
    values = np.array([[-2.0, 2.0], [0.0, np.nan], [-9.0, 9.0]])
    rgba = rgba_of(values, -2.0, 2.0)
    assert rgba.shape == (3, 2, 4) and rgba.dtype == np.uint8
    np.testing.assert_array_equal(rgba[0, 0, :3], table[0, :3])  # low: the first colour
    np.testing.assert_array_equal(rgba[0, 1, :3], table[255, :3])  # high: the last
    np.testing.assert_array_equal(rgba[1, 0, :3], table[127, :3])  # the middle
    np.testing.assert_array_equal(rgba[2, :, :3], rgba[0, :, :3])  # beyond the levels: clipped to the ends
    assert rgba[1, 1, 3] == 0 and (rgba[[0, 1, 2], [0, 0, 0], 3] == 255).all()  # NaN transparent, the rest opaque
