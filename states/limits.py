"""Limits of the explorer's view that its plots need before the engine loads (no engine import here: the window's
first screen shows the explorer's plots while torch is still loading, :mod:`gui.startup_cache`).

How far the view may be zoomed or panned. Past ~1e300 pyqtgraph's own tick and path arithmetic overflows and raises
on every repaint (400 wheel notches out once opened 49 error dialogs); the engine's float16 tops out at 65,504,
float32 at 3.4e38. Well inside both ends.
"""

from __future__ import annotations

X_LIMIT = 1e6
MIN_X_SPAN = 1e-6
