"""Headless Qt for every test; markers by folder so ``make test-fast`` can leave the GUI out.

The engine tests need no display at all (and no pytest-qt: they run where Qt is missing).
"""

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# `make test` (CI's command) draws the same examples every run: a clean clone has no example database, and a red CI
# must name a regression, not an unlucky draw. `make fuzz` draws new ones (the default profile).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (gui/common/settings.py) writes under XDG_CONFIG_HOME: tests never touch the user's own settings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="activation-lab-test-config-")

TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests under tests/gui and tests/app drive Qt widgets: they get the ``gui`` marker."""
    for item in items:
        folder = Path(str(item.fspath)).resolve().relative_to(TESTS).parts[0]
        if folder in ("gui", "app"):
            item.add_marker(pytest.mark.gui)
