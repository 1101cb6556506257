"""Fixtures the window-level tests share."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def config_home(tmp_path, qapp):
    """A settings folder of the test's own, as on a first start in a fresh home; the previous one after."""
    original = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "probe", "probe").fileName()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, original.rsplit("/probe/", 1)[0])


@pytest.fixture
def window(qtbot, config_home):
    """A main window shown with no tab built yet, as start-up finds it, in a settings folder of its own (the test
    starts its tabs, shows a preview or restores a session); its background jobs stopped after. One per test:
    each test builds the tabs its own way from nothing. Files whose tests want a loaded window define their own
    ``window`` (tests.windows.shown_window), which overrides this one."""
    from gui.main_window import MainWindow  # here: collecting tests/app must not import the window (and torch)
    from tests.windows import stop_jobs

    made = MainWindow()
    qtbot.addWidget(made)
    made.show()
    yield made
    stop_jobs(made)
