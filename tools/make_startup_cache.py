"""Write resources/startup/default-curves.npz: the explorer's default curves as the engine computes them.

    python tools/make_startup_cache.py          (make startup-cache)

The window shows these before torch loads on a start with the defaults (``--fresh``, a first start; see
gui/startup_cache.py). They come from a real explorer tab built offscreen, so they are exactly what the tab draws;
tests/app/test_startup_cache.py builds them again and fails when the shipped file differs (the engine, the
registry or the defaults changed: run this again).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def default_view():
    """The default explorer's curves as a :class:`gui.startup_cache.CachedView` (builds a QApplication if none)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import create_app
    from gui.explorer.preview import cached_view_of
    from gui.explorer.tab import ExplorerTab

    create_app()
    tab = ExplorerTab()
    try:
        if not tab.wait_evaluated():
            raise RuntimeError("the default curves were not computed in time")
        view = cached_view_of(tab)
        if view is None:
            raise RuntimeError("the default explorer shows no cacheable curves")
        return view
    finally:
        tab.deleteLater()


def main() -> int:
    from gui.startup_cache import cache_bytes, shipped_path

    path = shipped_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(cache_bytes(default_view()))
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
