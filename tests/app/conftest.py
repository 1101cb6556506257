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
