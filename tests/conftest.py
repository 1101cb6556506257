"""Headless Qt for every test; the engine tests need no display at all."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
